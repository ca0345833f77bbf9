"""Masking of personal data for display and for logs.

Code that logs a citizen's data calls the mask_* helpers explicitly; redact() is the safety net
the log handler applies to every record, catching numbers and secrets that slipped through.
"""

from __future__ import annotations

import re
import unicodedata

_DIGITS = re.compile(r"\d")
# Runs of 6+ digits (ID numbers, phones, OTPs), allowing the separators people type in phones.
_DIGIT_RUN = re.compile(r"(?<![\w.])\+?\d(?:[ .-]?\d){5,}(?![\w])")
_EMAIL = re.compile(r"\b([\w.+-])[\w.+-]*@([\w-]+\.[\w.-]+)\b")
_BEARER = re.compile(
    r"(?i)\b(bearer|token|password|passwd|pwd|otp|otp_code|secret)(\"?\s*[:=]\s*\"?|\s+)([^\s\"',}&]+)"
)
# Long opaque strings (JWT-like tokens, keys).
_OPAQUE = re.compile(r"\b[A-Za-z0-9_-]{32,}(?:\.[A-Za-z0-9_-]{8,}){0,2}\b")


def mask_id_number(value: str) -> str:
    """'001203012345' -> '001*******45': the province stays readable, the person does not."""
    digits = "".join(_DIGITS.findall(value or ""))
    if len(digits) < 6:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 5) + digits[-2:]


def mask_phone(value: str) -> str:
    """'+84912345678' or '0912345678' -> '091****678'."""
    digits = "".join(_DIGITS.findall(value or ""))
    if digits.startswith("84") and len(digits) == 11:
        digits = "0" + digits[2:]
    if len(digits) < 7:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 6) + digits[-3:]


def mask_name(value: str) -> str:
    """'Nguyễn Văn An' -> 'N. V. A.': enough for an officer to recognise a case."""
    words = unicodedata.normalize("NFC", value or "").split()
    return " ".join(w[0] + "." for w in words)


def mask_email(value: str) -> str:
    if "@" not in (value or ""):
        return "*" * len(value or "")
    local, _, domain = value.partition("@")
    return (local[:1] or "*") + "***@" + domain


def redact(text: str) -> str:
    """Mask anything in free text that looks like personal data or a secret."""
    if not text:
        return text
    text = _BEARER.sub(lambda m: f"{m.group(1)}{m.group(2)}***", text)
    text = _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)
    text = _OPAQUE.sub("***", text)
    return _DIGIT_RUN.sub(lambda m: "#" * 3 + "…", text)
