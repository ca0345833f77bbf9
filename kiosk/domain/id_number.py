"""Rules of the CMND/CCCD number (domain-facts.md §3).

A 12-digit number reads `PPP G YY NNNNNN`: birth-registration code, century-and-sex digit,
last two digits of the birth year. The law (Decree 70/2024) guarantees only "12 digits", so
anything the structure says that disagrees with the entered details is a WARNING the officer
confirms, never a block; only a malformed number is an error (that includes a place code
in no range the circular gives places: 000, 100, 296–999).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kiosk.domain.citizen import Sex
from kiosk.domain.findings import Finding, FindingCode
from kiosk.domain.provinces import is_abroad_code, is_possible_code, province_name

FIELD = "id_number"
CMND_LENGTH = 9
CCCD_LENGTH = 12
# Separators people type or scanners insert; anything else non-digit is an error, not noise.
_SEPARATORS = re.compile(r"[\s.\-]+")


@dataclass(frozen=True)
class IdNumberInfo:
    """What a 12-digit number states about its holder."""

    place_code: str
    place_name: str | None  # None: a country code or an unknown code
    abroad: bool
    birth_year: int
    sex: Sex


def normalize_id_number(text: str) -> str:
    """Full-width digits to ASCII (NFKC), spaces, dots and dashes removed."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", text or ""))


def describe_id_number(id_number: str) -> IdNumberInfo | None:
    """Decode a 12-digit number; None for anything that is not exactly 12 ASCII digits."""
    if len(id_number) != CCCD_LENGTH or not id_number.isascii() or not id_number.isdigit():
        return None
    code = id_number[:3]
    century_sex = int(id_number[3])
    return IdNumberInfo(
        place_code=code,
        place_name=province_name(code),
        abroad=is_abroad_code(code),
        birth_year=1900 + 100 * (century_sex // 2) + int(id_number[4:6]),
        sex=Sex.MALE if century_sex % 2 == 0 else Sex.FEMALE,
    )


def check_id_number(
    id_number: str, date_of_birth: date | None = None, sex: Sex | None = None
) -> list[Finding]:
    """Errors for a malformed number; warnings for what disagrees with the entered details.

    `id_number` is taken as typed: it is normalised here first.
    """
    number = normalize_id_number(id_number)
    if not number:
        return [Finding.error(FIELD, FindingCode.ID_REQUIRED)]
    if not (number.isascii() and number.isdigit()):
        return [Finding.error(FIELD, FindingCode.ID_NOT_DIGITS)]
    if len(number) not in (CMND_LENGTH, CCCD_LENGTH):
        return [Finding.error(FIELD, FindingCode.ID_BAD_LENGTH, length=len(number))]
    info = describe_id_number(number)
    if info is None:  # a 9-digit CMND carries no structure to check
        return []
    if not is_possible_code(info.place_code):
        # 000, 100, 296–999: no card carries these; a typing slip, caught before the lookup.
        return [Finding.error(FIELD, FindingCode.ID_BAD_PLACE_CODE, place_code=info.place_code)]
    findings: list[Finding] = []
    if info.place_name is None and not info.abroad:
        findings.append(
            Finding.warning(FIELD, FindingCode.ID_UNKNOWN_PLACE_CODE, place_code=info.place_code)
        )
    mismatch = _mismatch(info, date_of_birth, sex)
    if mismatch is not None:
        findings.append(mismatch)
    return findings


def _mismatch(info: IdNumberInfo, date_of_birth: date | None, sex: Sex | None) -> Finding | None:
    """What the number states against what was entered; sexes travel as Sex values."""
    year_differs = date_of_birth is not None and date_of_birth.year != info.birth_year
    sex_differs = sex is not None and sex is not info.sex
    if not (year_differs or sex_differs):
        return None
    if year_differs and sex_differs:
        code = FindingCode.ID_YEAR_SEX_MISMATCH
    elif year_differs:
        code = FindingCode.ID_YEAR_MISMATCH
    else:
        code = FindingCode.ID_SEX_MISMATCH
    return Finding.warning(
        FIELD,
        code,
        stated_year=info.birth_year,
        entered_year=date_of_birth.year if date_of_birth is not None else 0,
        stated_sex=info.sex.value,
        entered_sex=sex.value if sex is not None else "",
    )


def check_qr_matches_lookup(qr_id_number: str, looked_up: str) -> list[Finding]:
    """The card read must be the card looked up: anything else is someone else's card."""
    if normalize_id_number(qr_id_number) == normalize_id_number(looked_up):
        return []
    return [Finding.error(FIELD, FindingCode.QR_ID_DIFFERS_FROM_LOOKUP)]
