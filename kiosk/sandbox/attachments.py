"""The ID-card attachment: a real, readable PDF of at most 5 MB, judged by its content.

The file name and the declared content type are the client's word; the bytes are checked:
a PDF header, then pypdf must find at least one page. An encrypted PDF is refused too: a
supervisor must be able to open what the officer sent.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from kiosk.sandbox.errors import ApiError

# pypdf reports every oddity of a damaged file as a warning; one refused file is one log line.
logging.getLogger("pypdf").setLevel(logging.ERROR)

# ISO 32000 lets the header start anywhere in the first 1024 bytes.
_HEADER_WINDOW = 1024


@dataclass(frozen=True)
class CheckedPdf:
    content: bytes
    sha256: str
    pages: int


def check_pdf(content: bytes, max_bytes: int) -> CheckedPdf:
    if len(content) > max_bytes:
        raise ApiError(
            "attachment_too_large", details={"size": len(content), "max_bytes": max_bytes}
        )
    if b"%PDF-" not in content[:_HEADER_WINDOW]:
        raise ApiError("attachment_not_pdf", details={"reason": "not_pdf"})
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted:
            raise ApiError("attachment_not_pdf", details={"reason": "encrypted"})
        pages = len(reader.pages)
    except ApiError:
        raise
    except (
        PyPdfError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
        OSError,
    ) as exc:
        # Every parser error means one thing for the officer: this is not a usable PDF.
        raise ApiError("attachment_not_pdf", details={"reason": "unreadable"}) from exc
    if pages < 1:
        raise ApiError("attachment_not_pdf", details={"reason": "no_pages"})
    return CheckedPdf(content=content, sha256=hashlib.sha256(content).hexdigest(), pages=pages)
