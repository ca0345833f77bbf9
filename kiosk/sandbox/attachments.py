"""The ID-card attachment: a real, readable PDF of at most 5 MB, judged by its content.

The file name and the declared content type are the client's word; the bytes are checked:
a PDF header, then pypdf must find at least one page. An encrypted PDF is refused too: a
supervisor must be able to open what the officer sent.

A scan has no business running anything: a PDF with active content (JavaScript, a launch or
other non-navigation action on opening or on a page, embedded files, XFA forms, rich media) or
with bytes before its header (an HTML page that is also a PDF) is refused as unsafe_pdf, since
the supervisor's viewer would open it on a government PC.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import DictionaryObject

from kiosk.sandbox.errors import ApiError

# pypdf reports every oddity of a damaged file as a warning; one refused file is one log line.
logging.getLogger("pypdf").setLevel(logging.ERROR)

# ISO 32000 lets the header start anywhere in the first 1024 bytes.
_HEADER_WINDOW = 1024


# Names that only active content uses, as they appear in uncompressed objects; objects inside
# compressed object streams are reached by _has_active_structure instead.
_ACTIVE_TOKEN = re.compile(
    rb"/(?:JavaScript|JS|Launch|EmbeddedFiles?|RichMedia|XFA|SubmitForm|ImportData)(?![A-Za-z0-9])"
)
# actions that only move the view
_NAVIGATION = {"/GoTo", "/Thread", "/Named"}
_MAX_PAGES_CHECKED = 50


def _unsafe_action(action: Any) -> bool:
    action = action.get_object() if hasattr(action, "get_object") else action
    if not isinstance(action, DictionaryObject):
        return False  # a destination array: open at a page
    if action.get("/S") not in _NAVIGATION:
        return True
    follow = action.get("/Next")
    return follow is not None and _unsafe_action(follow)


def _unsafe_additional(actions: Any) -> bool:
    actions = actions.get_object() if hasattr(actions, "get_object") else actions
    return isinstance(actions, DictionaryObject) and any(
        _unsafe_action(a) for a in actions.values()
    )


def _has_active_structure(reader: PdfReader) -> bool:
    root: Any = reader.trailer["/Root"].get_object()
    if "/OpenAction" in root and _unsafe_action(root["/OpenAction"]):
        return True
    if "/AA" in root and _unsafe_additional(root["/AA"]):
        return True
    names: Any = root["/Names"].get_object() if "/Names" in root else {}
    if "/JavaScript" in names or "/EmbeddedFiles" in names:
        return True
    if "/AcroForm" in root and "/XFA" in root["/AcroForm"].get_object():
        return True
    for page in list(reader.pages)[:_MAX_PAGES_CHECKED]:
        if "/AA" in page and _unsafe_additional(page["/AA"]):
            return True
        annotations: Any = page["/Annots"].get_object() if "/Annots" in page else []
        for reference in annotations:
            annotation: Any = reference.get_object()
            if annotation.get("/Subtype") in ("/FileAttachment", "/RichMedia", "/Screen"):
                return True
            action: Any = annotation["/A"].get_object() if "/A" in annotation else None
            # a link to a web page is a link; any other action on a click is not a scan's
            if action is not None and action.get("/S") != "/URI" and _unsafe_action(action):
                return True
    return False


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
    header_at = content.find(b"%PDF-", 0, _HEADER_WINDOW)
    if header_at < 0:
        raise ApiError("attachment_not_pdf", details={"reason": "not_pdf"})
    if content[:header_at].strip():
        raise ApiError("unsafe_pdf", details={"reason": "prefix"})
    if _ACTIVE_TOKEN.search(content):
        raise ApiError("unsafe_pdf", details={"reason": "active_content"})
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted:
            raise ApiError("attachment_not_pdf", details={"reason": "encrypted"})
        pages = len(reader.pages)
        if _has_active_structure(reader):
            raise ApiError("unsafe_pdf", details={"reason": "active_content"})
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
