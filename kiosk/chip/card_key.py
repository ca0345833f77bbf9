"""The BAC key of a Vietnamese ID card from what the counter knows: the 12-digit ID number,
the date of birth, and the date of expiry (given, or computed by the Law on Identification's
age rules). Sources and certainty: docs/chip.md."""

from __future__ import annotations

from datetime import date

from kiosk.chip.bac import BacKey

# Law on Identification 2023 (26/2023/QH15), art. 21: the card is renewed at 14, 25, 40 and
# 60; one issued within the two years before such an age stays valid until the next one. The
# Law on Citizen Identification 2014 (art. 21) had 25, 40, 60 with the same two-year clause;
# its cards were issued from 14, so one list serves both.
RENEWAL_AGES = (14, 25, 40, 60)
GRACE_YEARS = 2


def _birthday(birth: date, age: int) -> date:
    try:
        return birth.replace(year=birth.year + age)
    except ValueError:  # 29 February in a common year
        return date(birth.year + age, 2, 28)


def expiry_by_age(birth: date, issue: date) -> date | None:
    """The card's expiry date, or None when the card is valid for life (issued within two
    years of 60 or later: no date to compute; the chip's value must then be given)."""
    for age in RENEWAL_AGES:
        milestone = _birthday(birth, age)
        if milestone <= issue:
            continue
        if _birthday(issue, GRACE_YEARS) >= milestone:  # issued within 2 years before it
            continue
        return milestone
    return None


def document_number(id_number: str) -> str:
    """The MRZ document number of a CCCD/Căn cước: the last 9 digits of the 12-digit ID
    number (the full number sits in the MRZ's optional data)."""
    digits = id_number.strip()
    if len(digits) != 12 or not digits.isascii() or not digits.isdigit():
        raise ValueError("id_number")
    return digits[3:]


def bac_key(id_number: str, birth: date, expiry: date) -> BacKey:
    return BacKey(document_number(id_number), birth.strftime("%y%m%d"), expiry.strftime("%y%m%d"))
