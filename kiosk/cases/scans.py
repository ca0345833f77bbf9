"""The two sides of the card, from a scanner page to the stored crop, the QR and the PDF.

Plain functions over images and bytes; CaseService stores what they return in the journal.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from PIL import Image

from kiosk.domain.findings import Finding
from kiosk.domain.qr_payload import CardQr
from kiosk.scanner.idcard_pdf import MAX_BYTES, PdfResult, build_idcard_pdf
from kiosk.scanner.imaging import CardImage, find_card, open_image
from kiosk.scanner.qr_decode import CardQrNotFoundError, read_card_sides

SIDES = ("front", "back")
# The crop as stored: sharp enough to rebuild the PDF at 300 dpi after a restart.
STORE_QUALITY = 92


def blob_name(side: str) -> str:
    if side not in SIDES:
        raise ValueError(f"side must be one of {SIDES}")
    return f"{side}.jpg"


def crop(page: Image.Image) -> CardImage:
    """The card found on a scanner page or in an image file, upright, at true size."""
    return find_card(page)


def encode(card: CardImage) -> bytes:
    out = io.BytesIO()
    dpi = round(card.dpi)
    card.image.convert("RGB").save(out, "JPEG", quality=STORE_QUALITY, dpi=(dpi, dpi))
    return out.getvalue()


def decode(data: bytes, dpi: float) -> CardImage:
    """A stored crop back as a CardImage (no new search: it already is the card)."""
    return CardImage(image=open_image(data), dpi=dpi, whole_image=True)


@dataclass(frozen=True)
class QrReading:
    card: CardQr | None
    side: str = ""
    problem: Finding | None = None  # why nothing usable was read


def read_qr(front: CardImage, back: CardImage, today: date | None = None) -> QrReading:
    """The card QR from whichever side carries it (2021: front, 2024: back)."""
    try:
        found = read_card_sides({"front": front.image, "back": back.image}, today=today)
    except CardQrNotFoundError as exc:
        return QrReading(None, problem=exc.finding)
    return QrReading(found.card, found.side or "")


def build_pdf(front: CardImage, back: CardImage, max_bytes: int = MAX_BYTES) -> PdfResult:
    return build_idcard_pdf(front, back, max_bytes=max_bytes)
