"""Draw the kiosk's icon: an ID card with a tick, on the blue of public-service signage.

python scripts/make_icon.py writes resources/icons/kiosk.png (256 px, window and Linux menu)
and resources/icons/kiosk.ico (16–256 px, Windows executables and installer). Drawn here so
the icon has no licence but the project's and can be changed in code review.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZE = 1024  # drawn large, scaled down with a good filter
BLUE = (11, 83, 148)
RED = (196, 30, 40)
GREEN = (26, 147, 72)
PAPER = (255, 255, 255)
INK = (170, 182, 196)


def draw() -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=190, fill=BLUE)
    # The card, 85.6 × 53.98 in proportion.
    w = 720
    h = round(w * 53.98 / 85.6)
    left, top = (SIZE - w) // 2, 250
    d.rounded_rectangle((left, top, left + w, top + h), radius=48, fill=PAPER)
    d.ellipse((left + 60, top + 70, left + 230, top + 240), fill=RED)  # the emblem
    for i, length in enumerate((330, 270, 300)):
        y = top + 95 + i * 70
        d.rounded_rectangle((left + 280, y, left + 280 + length, y + 30), radius=15, fill=INK)
    # The tick: the account is created.
    cx, cy, r = 700, 740, 175
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=GREEN, outline=PAPER, width=28)
    d.line(
        [(cx - 85, cy + 5), (cx - 20, cy + 70), (cx + 95, cy - 65)],
        fill=PAPER,
        width=52,
        joint="curve",
    )
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "kiosk.png", optimize=True)
    sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    big.save(OUT / "kiosk.ico", sizes=sizes)
    print(f"wrote {OUT / 'kiosk.png'} and {OUT / 'kiosk.ico'}")


if __name__ == "__main__":
    main()
