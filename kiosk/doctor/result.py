"""What one check found: passed, failed (with what to do) or skipped (not applicable here)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Status = Literal["ok", "fail", "skip"]


@dataclass(frozen=True)
class CheckResult:
    """`detail` says what was found, `hint` what IT should do about a failure; both Vietnamese.

    A skipped check (TLS on a plain-http training gateway, the clock when the gateway did not
    answer) counts as passed: the failure that made it pointless is reported by its own check.
    """

    name: str
    ok: bool
    detail: str
    hint: str = ""
    skipped: bool = False

    @property
    def status(self) -> Status:
        if self.skipped:
            return "skip"
        return "ok" if self.ok else "fail"


def passed(name: str, detail: str) -> CheckResult:
    return CheckResult(name, True, detail)


def failed(name: str, detail: str, hint: str) -> CheckResult:
    return CheckResult(name, False, detail, hint)


def skipped(name: str, detail: str) -> CheckResult:
    return CheckResult(name, True, detail, skipped=True)
