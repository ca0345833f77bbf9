"""Flatbed page → finished ID-card PDF, against the floor measured in the same run.

The floor: Pillow decodes the page, crops the card at its known box, encodes one JPEG, img2pdf
wraps it: no finding, deskewing or orientation. Two pages: the 300-dpi sample, and the same
page at 600 dpi.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import img2pdf
from PIL import Image

from bench.harness import Row, timed
from kiosk.scanner import idcard_pdf, imaging

SAMPLES = Path(
    os.environ.get(
        "KIOSK_SAMPLES", Path(__file__).resolve().parents[2] / "shared/samples/cards-300"
    )
)


def _page_bytes(path: Path, scale: int) -> bytes:
    img = Image.open(path)
    if scale != 1:
        img = img.resize((img.width * scale, img.height * scale), Image.Resampling.BICUBIC)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=90)
    return out.getvalue()


def run() -> list[Row]:
    rows: list[Row] = []
    front_path, back_path = SAMPLES / "000-front-flatbed.jpg", SAMPLES / "000-back-flatbed.jpg"
    if not front_path.is_file():
        return rows
    for dpi, scale in ((300, 1), (600, 2)):
        front, back = _page_bytes(front_path, scale), _page_bytes(back_path, scale)
        # The known box of each card, found once outside the timing.
        boxes = []
        for data in (front, back):
            card = imaging.find_card(imaging.open_image(data))
            xs = [p[0] for p in card.corners]
            ys = [p[1] for p in card.corners]
            boxes.append((round(min(xs)), round(min(ys)), round(max(xs)), round(max(ys))))

        def ours(front: bytes = front, back: bytes = back) -> int:
            return idcard_pdf.build_idcard_pdf(front, back).size

        def floor(front: bytes = front, back: bytes = back, boxes: list = boxes) -> int:
            jpegs = []
            for data, box in zip((front, back), boxes, strict=True):
                crop = Image.open(io.BytesIO(data)).crop(box)
                out = io.BytesIO()
                crop.save(out, "JPEG", quality=80)
                jpegs.append(out.getvalue())
            return len(img2pdf.convert(jpegs))

        t_ours = timed(ours, repeat=3)
        t_floor = timed(floor, repeat=3)
        rows.append(
            Row(
                "scan",
                f"two {dpi}-dpi flatbed pages → PDF",
                t_ours,
                "ms",
                t_floor,
                "floor: decode+crop at known box+JPEG+img2pdf",
            )
        )
        rows.append(
            Row(
                "scan",
                f"two {dpi}-dpi flatbed pages → PDF size",
                ours() / 1024,
                "KiB",
                floor() / 1024,
                "floor: 2 pages, 1 image each",
            )
        )
    return rows


if __name__ == "__main__":
    from bench.harness import render

    print(render(run()))
