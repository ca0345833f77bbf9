"""The doctor's answer as data: codes and values, for scripts and tickets.

The words (the console table, the text inside --json) are the UI catalogue's:
kiosk/ui/catalogue/doctor.py renders these dicts in the language loaded.
"""

from __future__ import annotations

from typing import Any

from kiosk.doctor.result import CheckResult


def as_dict(result: CheckResult) -> dict[str, Any]:
    return {
        "name": result.name,
        "status": result.status,
        "ok": result.ok,
        "found": [p.to_json() for p in result.detail],
        "fix": [p.to_json() for p in result.hint] if not result.ok else [],
    }
