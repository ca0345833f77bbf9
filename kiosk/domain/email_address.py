"""The optional e-mail address: syntax checked by `email-validator`, never DNS.

A counter PC may have no outside DNS, and a slow lookup must not hold up the officer, so
deliverability is not checked.
"""

from __future__ import annotations

import unicodedata

from email_validator import EmailNotValidError, validate_email

from kiosk.domain.findings import Checked, Finding, FindingCode

FIELD = "email"


def check_email(text: str) -> Checked[str]:
    """'' stays '' (the field is optional); otherwise the normalised address or the reason."""
    address = unicodedata.normalize("NFC", text or "").strip()
    if not address:
        return Checked("")
    try:
        result = validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        return Checked(None, (Finding.error(FIELD, FindingCode.EMAIL_INVALID),))
    return Checked(result.normalized)
