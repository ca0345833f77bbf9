"""QR codes drawn as vector squares (segno computes the symbol; reportlab draws it).

Vector modules stay sharp on any printer and add only a few hundred bytes; a bitmap would be
resampled by the printer driver and could blur at 18 mm.
"""

from __future__ import annotations

import segno
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of light border the QR standard asks for


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw `text` as a QR code whose square (quiet zone included) has its lower left at x, y."""
    qr = segno.make(text, error="m", micro=False)
    rows = [list(r) for r in qr.matrix_iter(border=QUIET_ZONE)]
    module = size / len(rows)
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    path = canvas.beginPath()
    for r, row in enumerate(rows):
        top = y + size - (r + 1) * module
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            # One rectangle per run of dark modules: fewer operators, no hairline seams.
            path.rect(x + start * module, top, (c - start) * module, module)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class QrFlowable(Flowable):  # type: ignore[misc]
    """A QR code placed in the flow of a document (e.g. inside a table cell)."""

    def __init__(self, text: str, size: float) -> None:
        super().__init__()
        self.text = text
        self.size = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.text, 0, 0, self.size)
