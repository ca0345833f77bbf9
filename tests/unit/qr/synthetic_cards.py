"""Synthetic ID-card images with a real QR code drawn by segno, for tests and bench/bench_qr.py.

A 2021 CCCD carries the QR on the front, a 2024 Căn cước on the back (beside the MRZ). Cards
are placed as the kiosk meets them: a tight crop, on a flatbed A4 page (300/600 dpi, slightly
skewed), or in a camera frame (perspective, dark desk, blur, noise, JPEG). Every image is
made from a seed, so the same call always gives the same pixels.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date

import segno
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from kiosk.domain.citizen import CitizenDetails, Sex
from kiosk.domain.qr_payload import format_card_qr

CARD_MM = (85.6, 53.98)
QR_MM = 18.0
A4_MM = (210.0, 297.0)
MM_PER_INCH = 25.4

SAMPLE = CitizenDetails(
    id_number="001195012345",
    old_id_number="",
    full_name="Nguyễn Thị Ngọc Ánh",
    date_of_birth=date(1995, 3, 7),
    sex=Sex.FEMALE,
    address="Số 12 ngõ 34 Nguyễn Trãi, Phường Thượng Đình, Quận Thanh Xuân, Hà Nội",
    issue_date=date(2021, 5, 31),
)


def px(mm: float, dpi: float) -> int:
    return round(mm / MM_PER_INCH * dpi)


def qr_image(payload: str, module_px: int) -> Image.Image:
    """The QR as a card prints it: byte mode UTF-8, error correction M, quiet zone 2."""
    buffer = io.BytesIO()
    # Bytes, so segno writes UTF-8 as cards do, never Latin-1 for text that happens to fit it.
    segno.make_qr(payload.encode("utf-8"), error="m", boost_error=False).save(
        buffer, kind="png", scale=module_px, border=2
    )
    buffer.seek(0)
    return Image.open(buffer).convert("RGB")


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _noise(size: tuple[int, int], seed: int, amplitude: int) -> Image.Image:
    """Uniform grey noise around 128 from a seeded generator (Pillow's own is not seeded).

    One odd-sized tile repeated: the same statistics as a full field, and pages stay fast.
    """
    rng = random.Random(seed)
    tile_size = (min(size[0], 509), min(size[1], 383))
    low = 128 - amplitude
    data = bytes(low + b % (2 * amplitude + 1) for b in rng.randbytes(tile_size[0] * tile_size[1]))
    tile = Image.frombytes("L", tile_size, data)
    field = Image.new("L", size)
    for x in range(0, size[0], tile_size[0]):
        for y in range(0, size[1], tile_size[1]):
            field.paste(tile, (x, y))
    return field


def add_noise(image: Image.Image, seed: int, amplitude: int = 12) -> Image.Image:
    noise = _noise(image.size, seed, amplitude).convert("RGB")
    return ImageChops.add(image.convert("RGB"), noise, offset=-128)


@dataclass(frozen=True)
class CardSides:
    front: Image.Image
    back: Image.Image
    qr_side: str  # "front" (2021 CCCD) or "back" (2024 Căn cước)
    payload: str


def draw_card(
    payload: str, *, dpi: float = 300, qr_on_back: bool = False, qr_mm: float = QR_MM
) -> CardSides:
    """Both sides of a card at `dpi`; the QR is `qr_mm` wide on the side the model puts it."""
    size = (px(CARD_MM[0], dpi), px(CARD_MM[1], dpi))
    unit = dpi / 300

    def blank() -> tuple[Image.Image, ImageDraw.ImageDraw]:
        card = Image.new("RGB", size, (232, 238, 232))
        draw = ImageDraw.Draw(card)
        # Fine guilloche-like lines: the texture real cards have under the QR's quiet zone.
        for y in range(0, size[1], max(2, round(6 * unit))):
            draw.line([(0, y), (size[0], y + round(20 * unit))], fill=(222, 230, 224), width=1)
        return card, draw

    qr = qr_image(payload, 1)
    modules = qr.size[0]
    module_px = max(1, round(px(qr_mm, dpi) / modules))
    qr = qr_image(payload, module_px)

    front, draw = blank()
    big, small = _font(round(34 * unit)), _font(round(22 * unit))
    draw.ellipse(
        [round(30 * unit), round(25 * unit), round(150 * unit), round(145 * unit)],
        fill=(200, 40, 40),
    )
    draw.text(
        (round(220 * unit), round(20 * unit)),
        "CONG HOA XA HOI CHU NGHIA VIET NAM",
        fill=(30, 40, 110),
        font=small,
    )
    draw.text(
        (round(260 * unit), round(90 * unit)), "CAN CUOC CONG DAN", fill=(180, 30, 30), font=big
    )
    draw.rectangle(
        [round(40 * unit), round(190 * unit), round(265 * unit), round(480 * unit)],
        fill=(160, 168, 180),
    )
    for row, label in enumerate(
        ("So / No.", "Ho va ten / Full name", "Ngay sinh", "Gioi tinh", "Noi thuong tru")
    ):
        draw.text(
            (round(300 * unit), round((180 + 60 * row) * unit)),
            label,
            fill=(40, 40, 40),
            font=small,
        )
    back, bdraw = blank()
    bdraw.rounded_rectangle(
        [round(60 * unit), round(60 * unit), round(200 * unit), round(170 * unit)],
        radius=round(12 * unit),
        fill=(210, 178, 60),
    )
    mrz_font = _font(round(30 * unit))
    for row, line in enumerate(
        (
            "IDVNM1950123452001195012345<<<",
            "9503077F4603071VNM<<<<<<<<<<<0",
            "NGUYEN<<THI<NGOC<ANH<<<<<<<<<<",
        )
    ):
        bdraw.text(
            (round(40 * unit), round((460 + 50 * row) * unit)),
            line,
            fill=(20, 20, 20),
            font=mrz_font,
        )
    target = back if qr_on_back else front
    x = size[0] - qr.size[0] - round(30 * unit)
    y = round(150 * unit) if not qr_on_back else round(60 * unit)
    target.paste(qr, (x, y))
    return CardSides(front, back, "back" if qr_on_back else "front", payload)


def on_flatbed(
    card: Image.Image,
    *,
    dpi: float,
    card_dpi: float,
    angle: float = 2.0,
    seed: int = 0,
    at_mm: tuple[float, float] = (18.0, 22.0),
) -> Image.Image:
    """The card lying skewed in the corner of an A4 flatbed scan at `dpi`."""
    scale = dpi / card_dpi
    placed = card.resize(
        (round(card.width * scale), round(card.height * scale)), Image.Resampling.LANCZOS
    )
    placed = placed.convert("RGBA").rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    page = Image.new("RGB", (px(A4_MM[0], dpi), px(A4_MM[1], dpi)), (244, 245, 241))
    page.paste(placed, (px(at_mm[0], dpi), px(at_mm[1], dpi)), placed)
    page = add_noise(page, seed, 4)
    return jpeg(page, 85)


def in_camera_frame(
    card: Image.Image,
    *,
    size: tuple[int, int] = (1516, 1020),
    fill: float = 0.75,
    tilt: float = 0.06,
    blur: float = 1.2,
    seed: int = 0,
) -> Image.Image:
    """The card under a document camera: perspective, dark desk, blur, sensor noise, JPEG."""
    width = round(size[0] * fill)
    height = round(width * card.height / card.width)
    card = card.resize((width, height), Image.Resampling.LANCZOS)
    frame = Image.new("RGB", size, (120, 70, 62))
    left, top = (size[0] - width) // 2, (size[1] - height) // 2
    # Far edge shorter than the near one: a camera looking down at an angle.
    inset = round(width * tilt)
    quad = (
        left + inset,
        top,
        left + width - inset,
        top,
        left + width,
        top + height,
        left,
        top + height,
    )
    mask = Image.new("L", card.size, 255)
    coefficients = _inverse_quad(quad, card.size)
    warped = card.transform(
        size, Image.Transform.PERSPECTIVE, coefficients, Image.Resampling.BICUBIC
    )
    warped_mask = mask.transform(size, Image.Transform.PERSPECTIVE, coefficients)
    frame.paste(warped, (0, 0), warped_mask)
    frame = frame.filter(ImageFilter.GaussianBlur(blur)) if blur else frame
    return jpeg(add_noise(frame, seed, 10), 80)


def _inverse_quad(quad: tuple[int, ...], source: tuple[int, int]) -> tuple[float, ...]:
    """PERSPECTIVE coefficients that put the whole `source` image onto `quad` of the output."""
    return perspective_coefficients(
        [(quad[0], quad[1]), (quad[2], quad[3]), (quad[4], quad[5]), (quad[6], quad[7])],
        [(0, 0), (source[0], 0), (source[0], source[1]), (0, source[1])],
    )


def perspective_coefficients(
    dst: list[tuple[float, float]], src: list[tuple[float, float]]
) -> tuple[float, ...]:
    """Coefficients (a..h) with src = ((a x + b y + c)/(g x + h y + 1), ...) for x, y in dst."""
    rows: list[list[float]] = []
    rhs: list[float] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    return tuple(_solve(rows, rhs))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [vr - f * vc for vr, vc in zip(m[r], m[col], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="JPEG", quality=quality)
    buffer.seek(0)
    out = Image.open(buffer)
    out.load()
    return out


def sample_payload(field_count: int = 7) -> str:
    return format_card_qr(SAMPLE, field_count=field_count)
