"""Finding, cropping, deskewing and turning the card upright, on the samples and on scenes."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from PIL import Image, ImageFilter

from kiosk.scanner import imaging
from kiosk.scanner.errors import (
    EmptyScanError,
    ImageTooLargeError,
    NoCardError,
    UnreadableImageError,
)
from tests.unit.scanner import scenes

KINDS = ("crop", "flatbed", "camera")


def _similarity(a: Image.Image, b: Image.Image) -> float:
    """Correlation of two card images at a common small size (1.0 = identical)."""
    size = (200, 126)
    # Band-pass: a crop a pixel or two off still matches, lighting over the card is ignored,
    # a turned card never matches.

    def band(img: Image.Image) -> np.ndarray:
        small = img.convert("L").resize(size)
        fine = np.asarray(small.filter(ImageFilter.GaussianBlur(1.5)), dtype=np.float64)
        coarse = np.asarray(small.filter(ImageFilter.GaussianBlur(8)), dtype=np.float64)
        return (fine - coarse).ravel()

    x, y = band(a), band(b)
    x, y = x - x.mean(), y - y.mean()
    return float(x @ y / np.sqrt((x @ x) * (y @ y)))


@pytest.mark.parametrize("case", ["000", "001", "002"])
@pytest.mark.parametrize("side", ["front", "back"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_sample_is_found_at_true_size(
    samples_dir: Path, case: str, side: str, kind: str
) -> None:
    card = imaging.find_card(imaging.open_image(samples_dir / f"{case}-{side}-{kind}.jpg"))
    w_mm, h_mm = card.size_mm
    assert w_mm == pytest.approx(imaging.CARD_WIDTH_MM, abs=0.3)
    assert h_mm == pytest.approx(imaging.CARD_HEIGHT_MM, abs=0.3)
    # The samples are 300-dpi scans; a camera frame's card is about as sharp.
    assert 270 <= card.dpi <= 330
    reference = Image.open(samples_dir / f"{case}-{side}-crop.jpg")
    same = _similarity(card.image, reference)
    turned = _similarity(card.image.rotate(180), reference)
    assert same > 0.7, f"crop differs from the reference card (r={same:.2f})"
    assert same > turned + 0.2, "card not upright"
    assert card.whole_image == (kind == "crop")


@pytest.mark.parametrize("turn", [90, 180, 270])
@pytest.mark.parametrize("side", ["front", "back"])
def test_turned_flatbed_pages_come_out_upright(samples_dir: Path, side: str, turn: int) -> None:
    page = imaging.open_image(samples_dir / f"001-{side}-flatbed.jpg").rotate(turn, expand=True)
    card = imaging.find_card(page)
    reference = Image.open(samples_dir / f"001-{side}-crop.jpg")
    assert _similarity(card.image, reference) > 0.7
    assert card.orientation == ("qr" if side == "front" else "text")


def test_front_qr_reads_upright_after_crop(samples_dir: Path) -> None:
    page = imaging.open_image(samples_dir / "002-front-camera.jpg").rotate(180)
    card = imaging.find_card(page)
    found = zxingcpp.read_barcodes(card.image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert found and round(found[0].orientation) % 360 == 0


@pytest.mark.parametrize(
    ("angle", "offset"), [(0.0, (10.0, 10.0)), (7.5, (60.0, 120.0)), (-23.0, (90.0, 200.0))]
)
def test_generated_flatbed_skew_and_offset(
    front_crop: Image.Image, angle: float, offset: tuple[float, float]
) -> None:
    page, corners = scenes.flatbed_page(front_crop, angle=angle, offset_mm=offset)
    card = imaging.find_card(page)
    # Within 0.5 mm at 300 dpi, whatever the skew; and the crop is the card.
    assert scenes.corner_error(card.corners, corners) < 6.0
    assert _similarity(card.image, front_crop) > 0.9


def test_generated_flatbed_at_600_dpi_keeps_resolution(back_crop: Image.Image) -> None:
    page, _ = scenes.flatbed_page(back_crop, dpi=600, angle=3.0)
    card = imaging.find_card(page)
    assert card.dpi == pytest.approx(600, abs=12)
    assert card.image.width == pytest.approx(imaging.CARD_WIDTH_MM / 25.4 * card.dpi, abs=2)


def test_max_dpi_caps_the_crop(back_crop: Image.Image) -> None:
    page, _ = scenes.flatbed_page(back_crop, dpi=600)
    card = imaging.find_card(page, max_dpi=300)
    assert card.dpi == 300
    assert card.image.size == (1011, 638)


@pytest.mark.parametrize(
    "corners",
    [
        [(300, 250), (1280, 290), (1250, 900), (330, 870)],  # tilted, mild perspective
        [
            (470, 220),
            (1150, 220),
            (1250, 800),
            (370, 800),
        ],  # keystone: camera looking down at an angle
        [(1150, 200), (1200, 1000), (700, 1020), (660, 210)],  # card turned a quarter
    ],
)
def test_generated_camera_perspective_with_shadows(
    back_crop: Image.Image, corners: list[tuple[float, float]]
) -> None:
    frame = scenes.camera_frame(back_crop, corners)
    card = imaging.find_card(frame)
    assert scenes.corner_error(card.corners, np.array(corners)) < 16.0
    # The hand's shadow darkens a corner, so the match is looser; upright is still clear.
    same, turned = (
        _similarity(card.image, back_crop),
        _similarity(card.image.rotate(180), back_crop),
    )
    assert same > 0.4
    assert same > turned + 0.2


def test_card_on_a_dark_desk_with_a_black_band(front_crop: Image.Image) -> None:
    frame = scenes.camera_frame(front_crop, [(400, 300), (1300, 320), (1290, 880), (390, 860)])
    arr = np.asarray(frame).copy()
    arr[:60] = 0  # a camera frame whose top edge is a black band
    card = imaging.find_card(Image.fromarray(arr))
    assert _similarity(card.image, front_crop) > 0.9


def test_blank_page_is_an_empty_scan() -> None:
    page = Image.new("RGB", (2480, 3508), (245, 245, 240))
    with pytest.raises(EmptyScanError) as err:
        imaging.find_card(page)
    assert err.value.code == "empty_scan"
    assert err.value.problem == "empty_scan"


def test_page_without_a_card_is_refused() -> None:
    page = Image.new("RGB", (2480, 3508), (245, 245, 240))
    # A square sticker and a line of dark marks: nothing card-shaped.
    page.paste((30, 30, 30), (400, 400, 1400, 1400))
    page.paste((10, 10, 10), (300, 2500, 2200, 2540))
    with pytest.raises(NoCardError) as err:
        imaging.find_card(page)
    assert err.value.problem == "no_card"


def test_noise_is_not_a_card() -> None:
    with pytest.raises(NoCardError):
        imaging.find_card(scenes.noise_image((1200, 900)))


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims width×height; no pixel data follows."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def test_decompression_bomb_is_refused_before_decoding() -> None:
    with pytest.raises(ImageTooLargeError) as err:
        imaging.open_image(_png_header_only(40000, 40000))
    assert err.value.code == "too_large"


def test_not_an_image_is_unreadable(tmp_path: Path) -> None:
    bad = tmp_path / "scan.jpg"
    bad.write_text("not a picture", encoding="utf-8")
    with pytest.raises(UnreadableImageError):
        imaging.open_image(bad)
    with pytest.raises(UnreadableImageError):
        imaging.open_image(tmp_path / "missing.jpg")


def test_huge_jpeg_is_decoded_at_reduced_scale() -> None:
    # A 1200-dpi card-sized region is 16 Mpx; cap decoding at 4 Mpx to see draft at work.
    img = Image.new("RGB", (4800, 3400), (200, 210, 220))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    decoded = imaging.open_image(out.getvalue(), decode_max_pixels=4_000_000)
    assert decoded.width * decoded.height <= 4_000_000
    assert decoded.width >= 1200


def test_modes_are_normalised_to_rgb() -> None:
    rgba = Image.new("RGBA", (40, 30), (0, 0, 0, 0))
    assert imaging.to_rgb(rgba).getpixel((0, 0)) == (255, 255, 255)
    sixteen = Image.new("I;16", (40, 30), 65535)
    assert imaging.to_rgb(sixteen).getpixel((0, 0)) == (255, 255, 255)
    assert imaging.to_rgb(Image.new("L", (4, 4), 7)).mode == "RGB"


def test_rotated_180_keeps_size_and_flips(front_crop: Image.Image) -> None:
    card = imaging.find_card(front_crop)
    flipped = card.rotated_180()
    assert flipped.image.size == card.image.size
    assert flipped.rotation == (card.rotation + 180) % 360
    assert _similarity(flipped.image.rotate(180), card.image) > 0.99
