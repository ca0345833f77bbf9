"""Vietnamese mobile numbers: only a mobile can receive the OTP (landlines such as 0221… cannot)."""

from __future__ import annotations

import phonenumbers
from phonenumbers import PhoneNumberType

_MOBILE_TYPES = (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE)


def normalise_mobile(value: str) -> str | None:
    """E.164 form ('+84912345678') of a Vietnamese mobile number, or None if it is not one."""
    if not isinstance(value, str) or len(value) > 32:
        return None
    try:
        number = phonenumbers.parse(value, "VN")
    except phonenumbers.NumberParseException:
        return None
    if number.country_code != 84 or not phonenumbers.is_valid_number(number):
        return None
    if phonenumbers.number_type(number) not in _MOBILE_TYPES:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
