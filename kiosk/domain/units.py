"""The one-stop unit naming rule (seed 002, part II (1)) and the diagnosis of why none is usable.

The portal lets an officer pick a unit only when its name contains "Trung tâm phục vụ hành
chính công" or "Bộ phận một cửa", whatever the letter case. Names typed on another system may
arrive decomposed (NFD) or in capitals with diacritics, so the comparison is NFC + casefold on
both sides; a plain `lower()` would miss "Đ"/"đ" pairs written in NFD and similar cases.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from enum import StrEnum

ELIGIBLE_MARKERS: tuple[str, ...] = (
    "Trung tâm phục vụ hành chính công",
    "Bộ phận một cửa",
)


class UnitDiagnosis(StrEnum):
    """Why an officer cannot choose any unit: the two causes the seed names."""

    NO_UNIT_ASSIGNED = "no_unit_assigned"
    NO_ELIGIBLE_UNIT = "no_eligible_unit"


class IneligibleReason(StrEnum):
    """Why one unit cannot be chosen."""

    NAME_RULE = "name_rule"


def fold(text: str) -> str:
    """Case- and normalisation-insensitive form of a name, for comparison only."""
    # casefold() can produce decomposed sequences; normalising again keeps both sides NFC.
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())


_FOLDED_MARKERS = tuple(fold(m) for m in ELIGIBLE_MARKERS)


def is_eligible_unit_name(name: str) -> bool:
    """True when the unit name contains one of the two required phrases."""
    folded = fold(name)
    return any(marker in folded for marker in _FOLDED_MARKERS)


def ineligible_reason(name: str) -> IneligibleReason | None:
    """None for a selectable unit, otherwise the reason it is not."""
    return None if is_eligible_unit_name(name) else IneligibleReason.NAME_RULE


def diagnose(assigned_unit_names: Iterable[str]) -> UnitDiagnosis | None:
    """None when at least one assigned unit is selectable, otherwise which cause applies."""
    names = list(assigned_unit_names)
    if not names:
        return UnitDiagnosis.NO_UNIT_ASSIGNED
    if not any(is_eligible_unit_name(n) for n in names):
        return UnitDiagnosis.NO_ELIGIBLE_UNIT
    return None
