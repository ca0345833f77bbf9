"""The case reference printed (and QR-coded) on a form, so a signed paper finds its case again.

The wizard passes its case's own reference. When there is none (the `kiosk request-form`
command), one is derived from the form's content: the same details give the same reference,
and the reference reveals nothing about them (a truncated SHA-256).
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from datetime import date

PREFIX = "YC"
MAX_LENGTH = 64
# Letters, digits and a few separators: safe in a QR, a file name and a search box.
_VALID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]*")


def is_valid_case_ref(value: str) -> bool:
    return len(value) <= MAX_LENGTH and _VALID.fullmatch(value) is not None


def derive_case_ref(day: date, parts: Iterable[str]) -> str:
    """'YC-20260305-K3QZ7D2M': the form's date, then 8 base32 characters of the content hash."""
    canonical = "\x1f".join(unicodedata.normalize("NFC", p) for p in parts)
    digest = hashlib.sha256(canonical.encode("utf-8")).digest()
    # Base32 has no 0/1/8/9, so nothing reads as O/I/B/g when copied by hand.
    code = base64.b32encode(digest).decode("ascii")[:8]
    return f"{PREFIX}-{day:%Y%m%d}-{code}"
