"""The citizen's details as the ID card states them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Sex(StrEnum):
    """Values are the card's own words, which the portal and the printed form use too."""

    MALE = "Nam"
    FEMALE = "Nữ"


def parse_sex(text: str) -> Sex | None:
    """'Nam', 'NỮ', 'nữ' (NFC or NFD), 'M'/'F' -> Sex; anything else -> None."""
    word = unicodedata.normalize("NFC", text).strip().casefold()
    if word in ("nam", "m", "male"):
        return Sex.MALE
    if word in ("nữ", "f", "female"):
        return Sex.FEMALE
    return None


@dataclass(frozen=True)
class CitizenDetails:
    """The card fields: everything page 3 of the wizard is prefilled with.

    `address` and `issue_date` come only from the card QR; typed entry may leave them empty.
    """

    id_number: str
    full_name: str
    date_of_birth: date
    sex: Sex
    old_id_number: str = ""
    address: str = ""
    issue_date: date | None = None

    def to_json(self) -> dict[str, str | None]:
        return {
            "id_number": self.id_number,
            "old_id_number": self.old_id_number,
            "full_name": self.full_name,
            "date_of_birth": self.date_of_birth.isoformat(),
            "sex": self.sex.value,
            "address": self.address,
            "issue_date": self.issue_date.isoformat() if self.issue_date else None,
        }
