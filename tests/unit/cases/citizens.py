"""Citizens for case tests: card images with a real QR, and what the officer types.

Shared by tests/unit/cases (headless) and tests/ui/wizard (the GUI), so both run the same
citizen through the same code. Images are generated, never read from a samples folder.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image

from kiosk.domain.citizen import CitizenDetails, Sex
from kiosk.domain.qr_payload import format_card_qr
from tests.unit.qr.synthetic_cards import QR_MM, add_noise, draw_card, in_camera_frame, px


@dataclass(frozen=True)
class Citizen:
    details: CitizenDetails
    phone: str  # as the citizen says it

    @property
    def payload(self) -> str:
        return format_card_qr(self.details)


def citizen(n: int = 1, *, sex: Sex = Sex.FEMALE) -> Citizen:
    """A new citizen of Hưng Yên (033), born 1990: no account in the demo data."""
    digit = "1" if sex is Sex.FEMALE else "0"
    return Citizen(
        CitizenDetails(
            id_number=f"033{digit}90{n:06d}",
            full_name="Trần Thị Minh Hằng" if sex is Sex.FEMALE else "Lê Văn Đức",
            date_of_birth=date(1990, 5, 17),
            sex=sex,
            address="Thôn Đông, Xã Văn Giang, Hưng Yên",
            issue_date=date(2021, 5, 31),
        ),
        phone=f"09123{n:05d}",
    )


def glass_scan(card: Image.Image, *, angle: float = 1.5, seed: int = 0) -> Image.Image:
    """What a flatbed returns for its card region (100 × 70 mm at 300 dpi): the card laid
    slightly crooked near the glass corner, on the lid's colour, with sensor noise."""
    page = Image.new("RGB", (px(100, 300), px(70, 300)), (244, 245, 241))
    turned = card.convert("RGBA").rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    page.paste(turned, (px(4, 300), px(5, 300)), turned)
    return add_noise(page, seed, 4)


def card_files(
    folder: Path, person: Citizen, *, qr_on_back: bool = False, qr_mm: float = QR_MM
) -> tuple[Path, Path]:
    """Front and back as a scanner's "scan to file" saves them (JPEG).

    `qr_mm=3` makes a QR too small to read: a card whose details must be typed.
    """
    sides = draw_card(person.payload, qr_on_back=qr_on_back, qr_mm=qr_mm)
    paths = []
    for name, image in (("front", sides.front), ("back", sides.back)):
        path = folder / f"{name}.jpg"
        buffer = io.BytesIO()
        glass_scan(image, seed=len(paths)).save(buffer, "JPEG", quality=90)
        path.write_bytes(buffer.getvalue())
        paths.append(path)
    return paths[0], paths[1]


def camera_files(folder: Path, person: Citizen) -> tuple[Path, Path]:
    """Front and back as a document camera sees them (1516×1020 frames, PNG)."""
    sides = draw_card(person.payload)
    paths = []
    for seed, (name, image) in enumerate((("front", sides.front), ("back", sides.back))):
        path = folder / f"camera-{name}.png"
        in_camera_frame(image, blur=0.8, seed=seed).save(path)
        paths.append(path)
    return paths[0], paths[1]


def card_pages(person: Citizen, *, qr_on_back: bool = False) -> tuple[Image.Image, Image.Image]:
    """Front and back as a scanner driver returns them (PIL images)."""
    sides = draw_card(person.payload, qr_on_back=qr_on_back)
    return glass_scan(sides.front, seed=0), glass_scan(sides.back, seed=1)
