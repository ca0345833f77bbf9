"""What one check found: passed, failed (with what to do) or skipped (not applicable here)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kiosk.doctor.codes import Phrase

Status = Literal["ok", "fail", "skip"]


@dataclass(frozen=True)
class CheckResult:
    """`detail` says what was found, `hint` what IT should do about a failure: phrases (codes
    with values) that the UI catalogue words.

    A skipped check (TLS on a plain-http training gateway, the clock when the gateway did not
    answer) counts as passed: the failure that made it pointless is reported by its own check.
    """

    name: str
    ok: bool
    detail: tuple[Phrase, ...]
    hint: tuple[Phrase, ...] = ()
    skipped: bool = False

    @property
    def status(self) -> Status:
        if self.skipped:
            return "skip"
        return "ok" if self.ok else "fail"

    @property
    def codes(self) -> list[str]:
        """The detail's codes, for tests and scripts."""
        return [str(p.code) for p in self.detail]

    @property
    def hint_codes(self) -> list[str]:
        return [str(p.code) for p in self.hint]


def _phrases(said: Phrase | tuple[Phrase, ...] | list[Phrase]) -> tuple[Phrase, ...]:
    return (said,) if isinstance(said, Phrase) else tuple(said)


def passed(name: str, *detail: Phrase) -> CheckResult:
    return CheckResult(name, True, detail)


def failed(
    name: str,
    detail: Phrase | tuple[Phrase, ...] | list[Phrase],
    hint: Phrase | tuple[Phrase, ...] | list[Phrase],
) -> CheckResult:
    return CheckResult(name, False, _phrases(detail), _phrases(hint))


def skipped(name: str, *detail: Phrase) -> CheckResult:
    return CheckResult(name, True, detail, skipped=True)
