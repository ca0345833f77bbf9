"""What a check tells the officer: a stable code for the UI, a Vietnamese reason, a severity.

A Finding is attached to one field, so the GUI can show it inline beside that field. An
ERROR blocks the step; a WARNING is shown and confirmed by the officer, then the case goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

T = TypeVar("T")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    field: str
    code: str
    message: str
    severity: Severity

    @classmethod
    def error(cls, field: str, code: str, message: str) -> Finding:
        return cls(field, code, message, Severity.ERROR)

    @classmethod
    def warning(cls, field: str, code: str, message: str) -> Finding:
        return cls(field, code, message, Severity.WARNING)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def to_json(self) -> dict[str, str]:
        return {
            "field": self.field,
            "code": self.code,
            "message": self.message,
            "severity": self.severity.value,
        }


@dataclass(frozen=True)
class Checked(Generic[T]):
    """A normalised value (None when unusable) and what was found while checking it."""

    value: T | None
    findings: tuple[Finding, ...] = ()

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if not f.is_error)

    @property
    def ok(self) -> bool:
        return self.value is not None and not self.errors


def has_errors(findings: tuple[Finding, ...] | list[Finding]) -> bool:
    return any(f.is_error for f in findings)
