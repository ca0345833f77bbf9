"""The citizen's mobile number, which receives the OTP and the password (domain-facts.md §5).

Validity and the mobile/landline distinction come from libphonenumber's metadata
(`phonenumbers`); this module only tidies what officers type and names the refusals (codes).
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from kiosk.domain.findings import Checked, Finding, FindingCode

FIELD = "phone"
REGION = "VN"
_SEPARATORS = re.compile(r"[\s.\-()/]+")
_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


def _tidy(text: str) -> str:
    number = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text or ""))
    if number.startswith("00"):
        number = "+" + number[2:]
    # "84912345678": the country code typed without "+"; parsed as national it would be invalid.
    if number.startswith("84") and len(number) == 11:
        number = "+" + number
    return number


def _error(code: FindingCode) -> Checked[str]:
    return Checked(None, (Finding.error(FIELD, code),))


def check_phone(text: str) -> Checked[str]:
    """A Vietnamese mobile number as E.164 ('+84912345678'), or the reason it cannot be used."""
    number = _tidy(text)
    if not number:
        return _error(FindingCode.PHONE_REQUIRED)
    if not re.fullmatch(r"\+?\d+", number):
        return _error(FindingCode.PHONE_NOT_DIGITS)
    try:
        parsed = phonenumbers.parse(number, REGION)
    except NumberParseException:
        return _error(FindingCode.PHONE_INVALID)
    if parsed.country_code != phonenumbers.country_code_for_region(REGION):
        return _error(FindingCode.PHONE_FOREIGN)
    if not phonenumbers.is_valid_number(parsed):
        return _error(FindingCode.PHONE_INVALID)
    if phonenumbers.number_type(parsed) not in _MOBILE_TYPES:
        return _error(FindingCode.PHONE_NOT_MOBILE)
    return Checked(phonenumbers.format_number(parsed, PhoneNumberFormat.E164))


def format_phone_display(e164: str) -> str:
    """'+84912345678' -> '0912 345 678', the grouping officers read out to citizens."""
    digits = e164.removeprefix("+84")
    national = "0" + digits
    if len(national) != 10 or not national.isdigit():
        return e164
    return f"{national[:4]} {national[4:7]} {national[7:]}"
