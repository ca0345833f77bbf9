"""The doctor's answer as a table for a console, or JSON for scripts and tickets."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from kiosk.doctor.result import CheckResult, Status
from kiosk.doctor.runner import TITLES

STATUS_WORDS: dict[Status, str] = {"ok": "ĐẠT", "fail": "LỖI", "skip": "BỎ QUA"}


def as_dict(result: CheckResult) -> dict[str, Any]:
    return {
        "name": result.name,
        "title": TITLES.get(result.name, result.name),
        "status": result.status,
        "ok": result.ok,
        "detail": result.detail,
        "hint": result.hint if not result.ok else "",
    }


def as_json(results: list[CheckResult], about: dict[str, Any] | None = None) -> str:
    body: dict[str, Any] = dict(about or {})
    body["ok"] = all(r.ok for r in results)
    body["checks"] = [as_dict(r) for r in results]
    return json.dumps(body, ensure_ascii=False, indent=2)


def as_table(results: list[CheckResult], width: int = 100) -> str:
    """Three columns; a failure's fix goes on its own line(s) under the detail."""
    name_w = max([len("Kiểm tra")] + [len(TITLES.get(r.name, r.name)) for r in results])
    status_w = max(len(w) for w in STATUS_WORDS.values())
    indent = name_w + status_w + 4
    text_w = max(30, width - indent)
    lines = [f"{'Kiểm tra':<{name_w}}  {'Kết quả':<{status_w}}  Chi tiết"]
    lines.append("-" * min(width, indent + text_w))
    for r in results:
        detail = textwrap.wrap(r.detail, text_w) or [""]
        title = TITLES.get(r.name, r.name)
        lines.append(f"{title:<{name_w}}  {STATUS_WORDS[r.status]:<{status_w}}  {detail[0]}")
        lines.extend(" " * indent + more for more in detail[1:])
        if not r.ok and r.hint:
            for number, part in enumerate(textwrap.wrap("→ Cách sửa: " + r.hint, text_w)):
                lines.append(" " * indent + ("" if number == 0 else "  ") + part)
    failures = sum(1 for r in results if not r.ok)
    lines.append("")
    lines.append(
        "Tất cả đều đạt."
        if not failures
        else f"{failures} mục LỖI: làm theo “Cách sửa” rồi chạy lại."
    )
    return "\n".join(lines)
