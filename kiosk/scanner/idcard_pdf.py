"""Both sides of the ID card on one A4 page at true size, as one PDF of bounded size.

Like the photocopies counters make: the front above, the back below, each 85.6 × 53.98 mm.
The JPEG bytes are embedded as they are (reportlab's DCT pass-through, no ASCII85), so the
file is the two JPEGs plus about 2 KB. The size bound is a guarantee: quality, then resolution,
step down until the file fits. The output is deterministic (reportlab's invariant mode).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from kiosk.scanner.errors import ImageTooLargeError, ScanProblem
from kiosk.scanner.imaging import (
    CARD_HEIGHT_MM,
    CARD_WIDTH_MM,
    MM_PER_INCH,
    CardImage,
    find_card,
    open_image,
)

MAX_BYTES = 5 * 1024 * 1024
# (dpi, JPEG quality), tried in order until the file fits, each dpi capped at the one asked
# for (300 by default). 300 dpi at quality 80 keeps 6-pt card text sharp at about 80–150 KB a
# side; the last steps exist only for pathological input.
LADDER: tuple[tuple[int, int], ...] = (
    (600, 80),
    (600, 65),
    (400, 65),
    (300, 80),
    (300, 70),
    (300, 60),
    (250, 55),
    (200, 50),
    (150, 45),
    (120, 40),
    (100, 30),
    (75, 25),
)
PAGE_TOP_MM = 25.0
GAP_MM = 20.0
TITLE = "Ảnh hai mặt thẻ căn cước"
SUBJECT = "Mặt trước và mặt sau, đúng kích thước thật (85,6 × 53,98 mm)"

CardSource = CardImage | Image.Image | bytes | Path


@dataclass(frozen=True)
class PdfResult:
    data: bytes
    size: int
    quality: int
    dpi: int


_RL_LOCK = threading.Lock()


@contextmanager
def _binary_streams() -> Iterator[None]:
    """reportlab's useA85 is global: set it for this build only, one build at a time."""
    from reportlab import rl_config

    with _RL_LOCK:
        previous = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = previous


def as_card(source: CardSource) -> CardImage:
    """A CardImage from a card, a whole page/frame, or the bytes/path of an image file."""
    if isinstance(source, CardImage):
        return source
    if isinstance(source, Image.Image):
        return find_card(source)
    return find_card(open_image(source))


def encode_side(card: CardImage, dpi: int, quality: int, *, grey: bool = False) -> bytes:
    """The card as a baseline JPEG at `dpi` (never above the card's own resolution)."""
    img = card.image
    target = min(float(dpi), card.dpi)
    if target < card.dpi - 0.5:
        size = (
            max(1, round(CARD_WIDTH_MM / MM_PER_INCH * target)),
            max(1, round(CARD_HEIGHT_MM / MM_PER_INCH * target)),
        )
        img = img.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    img = img.convert("L") if grey else img.convert("RGB")
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, optimize=True, dpi=(round(target), round(target)))
    return out.getvalue()


def render_pdf(front_jpeg: bytes, back_jpeg: bytes) -> bytes:
    """One A4 page: front above back, centred, each at 85.6 × 53.98 mm; JPEGs as they are."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    page_w, page_h = A4
    card_w, card_h = CARD_WIDTH_MM * mm, CARD_HEIGHT_MM * mm
    x = (page_w - card_w) / 2
    y_front = page_h - PAGE_TOP_MM * mm - card_h
    y_back = y_front - GAP_MM * mm - card_h
    out = io.BytesIO()
    with _binary_streams():
        c = canvas.Canvas(out, pagesize=A4, invariant=True, pageCompression=1)
        c.setTitle(TITLE)
        c.setSubject(SUBJECT)
        c.setAuthor("kiosk")
        c.setCreator("kiosk idcard-pdf")
        c.setKeywords("CCCD, căn cước, mặt trước, mặt sau")
        # An ImageReader over JPEG bytes hands reportlab the file itself (DCTDecode pass-through).
        c.drawImage(ImageReader(io.BytesIO(front_jpeg)), x, y_front, card_w, card_h)
        c.drawImage(ImageReader(io.BytesIO(back_jpeg)), x, y_back, card_w, card_h)
        c.showPage()
        c.save()
    return out.getvalue()


def build_idcard_pdf(
    front: CardSource,
    back: CardSource,
    *,
    max_bytes: int = MAX_BYTES,
    dpi: int = 300,
    grey: bool = False,
) -> PdfResult:
    """The two sides as one PDF no larger than max_bytes, at the best quality that fits.

    Raises ImageTooLargeError only when even the smallest step cannot fit max_bytes (a limit
    far below what an ID card needs); NoCardError/EmptyScanError come from finding the card.
    """
    front_card, back_card = as_card(front), as_card(back)
    overhead = 4096
    steps = sorted({(min(d, dpi), q) for d, q in LADDER}, key=lambda s: (-s[0], -s[1]))
    for step_dpi, quality in steps:
        f = encode_side(front_card, step_dpi, quality, grey=grey)
        b = encode_side(back_card, step_dpi, quality, grey=grey)
        if len(f) + len(b) + overhead // 2 > max_bytes:
            continue
        data = render_pdf(f, b)
        if len(data) <= max_bytes:
            used_dpi = round(min(step_dpi, front_card.dpi, back_card.dpi))
            return PdfResult(data=data, size=len(data), quality=quality, dpi=used_dpi)
    raise ImageTooLargeError(
        f"cannot fit in {max_bytes} bytes",
        ScanProblem.PDF_TOO_LARGE,
        max_bytes=max_bytes,
    )
