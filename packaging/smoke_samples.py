"""Inputs for the frozen app's smoke test, made here so the test needs no sample files.

An invented citizen (no real person) on a card-sized image with the card's QR code, the back
side, and the JSON of a request form. Same bytes on every run.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import segno
from PIL import Image, ImageDraw

from kiosk.domain.citizen import CitizenDetails, Sex
from kiosk.domain.qr_payload import format_card_qr

DPI = 300
CARD_PX = (1011, 638)  # 85.6 × 54 mm at 300 dpi
PAGE_PX = (1240, 1754)  # A4 at 150 dpi: the card is found on a scanned page

CITIZEN = CitizenDetails(
    id_number="033190004321",
    old_id_number="145000321",
    full_name="Trần Thị Thu Hà",
    date_of_birth=date(1990, 8, 14),
    sex=Sex.FEMALE,
    address="Thôn Đông, xã Minh Hải, huyện Văn Lâm, tỉnh Hưng Yên",
    issue_date=date(2021, 6, 1),
)


@dataclass(frozen=True)
class Samples:
    front: Path
    back: Path
    form_json: Path
    id_number: str


def _card(qr: bool) -> Image.Image:
    card = Image.new("RGB", CARD_PX, (232, 240, 236))
    draw = ImageDraw.Draw(card)
    draw.rectangle((0, 0, CARD_PX[0] - 1, 120), fill=(176, 32, 40))
    for row in range(6):
        y = 190 + row * 62
        draw.rectangle((330, y, 330 + 420 - row * 30, y + 22), fill=(60, 60, 70))
    draw.rectangle((40, 170, 290, 500), fill=(150, 160, 170))  # the photo
    if qr:
        payload = format_card_qr(CITIZEN)
        code = segno.make_qr(payload.encode("utf-8"), error="m", boost_error=False)
        buffer = io.BytesIO()
        code.save(buffer, kind="png", scale=5, border=2)
        buffer.seek(0)
        image = Image.open(buffer).convert("RGB")
        card.paste(image, (CARD_PX[0] - image.width - 30, 150))
    else:
        for row in range(3):  # the MRZ lines of the back
            y = 470 + row * 50
            draw.rectangle((40, y, CARD_PX[0] - 40, y + 26), fill=(40, 40, 40))
    return card


def _on_page(card: Image.Image) -> Image.Image:
    page = Image.new("RGB", PAGE_PX, (246, 246, 242))
    half = card.resize((card.width // 2, card.height // 2))
    page.paste(half, (90, 120))
    return page


def make(folder: Path) -> Samples:
    folder.mkdir(parents=True, exist_ok=True)
    front, back = folder / "front.png", folder / "back-page.jpg"
    _card(qr=True).save(front)
    _on_page(_card(qr=False)).save(back, quality=92)
    form = folder / "form.json"
    form.write_text(
        json.dumps(
            {
                "id_number": CITIZEN.id_number,
                "old_id_number": CITIZEN.old_id_number,
                "full_name": CITIZEN.full_name,
                "date_of_birth": CITIZEN.date_of_birth.isoformat(),
                "sex": "Nữ",
                "phone": "0912000321",
                "email": "",
                "address": CITIZEN.address,
                "unit_name": "Bộ phận một cửa xã Minh Hải",
                "officer_name": "Nguyễn Văn Bình",
                "place": "Hưng Yên",
                "date": "2026-03-05",
                "case_ref": "YC-20260305-SMOKE001",
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    return Samples(front, back, form, CITIZEN.id_number)
