"""Decoding the card QR from images made here: crops, flatbed pages, camera frames."""

from __future__ import annotations

from functools import cache

import pytest
from PIL import Image, ImageEnhance, ImageFilter

from kiosk.domain.citizen import Sex
from kiosk.scanner.qr_decode import (
    CardQrNotFoundError,
    CardScan,
    content_region,
    decode_qr,
    read_card_qr,
    read_card_sides,
)
from tests.unit.domain.strategies import TODAY
from tests.unit.qr.synthetic_cards import (
    SAMPLE,
    CardSides,
    draw_card,
    in_camera_frame,
    on_flatbed,
    sample_payload,
)

CHEAP_STEPS = ("region", "whole")


@cache
def card_2021() -> CardSides:
    return draw_card(sample_payload(7), dpi=300)


@cache
def card_2024() -> CardSides:
    return draw_card(sample_payload(11), dpi=300, qr_on_back=True)


def read(image: Image.Image, *, recover: bool = True) -> CardScan:
    return read_card_qr(image, today=TODAY, recover=recover)


def test_card_crop_is_read_by_the_first_cheap_step() -> None:
    scan = read(card_2021().front)
    assert scan.step == "whole"
    assert scan.card.details == SAMPLE
    assert scan.card.field_count == 7
    assert scan.side is None


def test_eleven_field_qr_of_a_2024_card() -> None:
    scan = read(card_2024().back)
    assert scan.card.field_count == 11
    assert scan.card.details.sex is Sex.FEMALE


def test_the_qr_side_is_found_and_named_for_both_card_models() -> None:
    old, new = card_2021(), card_2024()
    front_scan = read_card_sides({"front": old.front, "back": old.back}, today=TODAY)
    assert front_scan.side == "front"
    back_scan = read_card_sides({"front": new.front, "back": new.back}, today=TODAY)
    assert back_scan.side == "back"
    # Cheap steps run on both sides before any recovery step on the side without a QR.
    assert back_scan.step in CHEAP_STEPS


def test_side_without_qr_alone_is_not_found() -> None:
    with pytest.raises(CardQrNotFoundError) as info:
        read(card_2024().front)
    assert info.value.code == "qr_not_found"
    assert info.value.finding.field == "qr"


@pytest.mark.parametrize("angle", [90, 180, 270, 17, -33])
def test_rotated_cards(angle: int) -> None:
    rotated = card_2021().front.rotate(angle, expand=True, fillcolor=(250, 250, 250))
    assert read(rotated).card.details.id_number == SAMPLE.id_number


def test_flatbed_page_at_300_dpi_is_read_from_the_card_region() -> None:
    page = on_flatbed(card_2021().front, dpi=300, card_dpi=300, angle=2.5, seed=3)
    region = content_region(page)
    assert region is not None
    # The card lies in the top-left corner: the region is a small part of the page.
    assert (region[2] - region[0]) * (region[3] - region[1]) < 0.2 * page.width * page.height
    scan = read(page)
    assert scan.step == "region"
    assert scan.box is not None
    assert region[0] <= scan.box[0] and scan.box[2] <= region[2]
    assert scan.card.details == SAMPLE


def test_flatbed_page_at_600_dpi() -> None:
    page = on_flatbed(card_2024().back, dpi=600, card_dpi=300, angle=-1.5, seed=4)
    assert read(page).card.details.id_number == SAMPLE.id_number


def test_both_sides_on_one_flatbed_page() -> None:
    sides = card_2024()
    page = on_flatbed(sides.front, dpi=300, card_dpi=300, seed=5, at_mm=(20, 20))
    back = on_flatbed(sides.back, dpi=300, card_dpi=300, seed=6, at_mm=(20, 150))
    # Paste the lower half of the second page (the back) onto the first.
    page.paste(back.crop((0, page.height // 2, page.width, page.height)), (0, page.height // 2))
    scan = read(page)
    assert scan.card.field_count == 11


def test_low_resolution_flatbed_needs_and_gets_recovery() -> None:
    # 100 dpi: about 1.2 px a module, below what zxing reads directly.
    page = on_flatbed(card_2021().front, dpi=100, card_dpi=300, seed=7)
    with pytest.raises(CardQrNotFoundError):
        read(page, recover=False)
    scan = read(page)
    assert scan.step not in CHEAP_STEPS
    assert scan.card.details == SAMPLE


def test_camera_frame_is_read() -> None:
    frame = in_camera_frame(card_2024().back, blur=0.8, seed=8)
    assert read(frame).card.details.id_number == SAMPLE.id_number


def test_blurred_camera_frame_needs_and_gets_recovery() -> None:
    frame = in_camera_frame(card_2024().back, blur=2.0, seed=3)
    with pytest.raises(CardQrNotFoundError):
        read(frame, recover=False)
    scan = read(frame)
    assert scan.step not in CHEAP_STEPS
    assert scan.card.details.id_number == SAMPLE.id_number


def test_small_blurred_card_in_a_far_camera_frame_gets_upscaled() -> None:
    frame = in_camera_frame(card_2024().back, fill=0.35, blur=1.0, seed=3)
    with pytest.raises(CardQrNotFoundError):
        read(frame, recover=False)
    assert "upscale" in read(frame).step


def test_faded_low_contrast_card() -> None:
    faded = ImageEnhance.Contrast(card_2021().front).enhance(0.15)
    assert read(faded).card.details == SAMPLE


def test_heavily_blurred_card_is_reported_not_guessed() -> None:
    hopeless = card_2021().front.filter(ImageFilter.GaussianBlur(6))
    with pytest.raises(CardQrNotFoundError) as info:
        read(hopeless)
    assert info.value.code == "qr_not_found"


@pytest.mark.parametrize("mode", ["L", "RGBA", "P", "1", "CMYK", "I;16"])
def test_any_pillow_mode(mode: str) -> None:
    assert read(card_2021().front.convert(mode)).card.details == SAMPLE


def test_a_qr_that_is_not_a_card_gives_the_parser_reason() -> None:
    card = draw_card("https://dichvucong.gov.vn/", dpi=300)
    with pytest.raises(CardQrNotFoundError) as info:
        read(card.front)
    assert info.value.code == "qr_is_url"


def test_a_card_qr_with_mangled_text_is_refused() -> None:
    mangled = sample_payload().encode("utf-8").decode("latin-1")
    card = draw_card(mangled, dpi=300)
    with pytest.raises(CardQrNotFoundError) as info:
        read(card.front)
    assert info.value.code == "qr_mangled_text"


def test_blank_page_has_no_region_and_no_qr() -> None:
    blank = Image.new("RGB", (1240, 1754), (245, 245, 245))
    assert content_region(blank) is None
    assert decode_qr(blank, recover=False) == ()
    with pytest.raises(CardQrNotFoundError):
        read(blank)


def test_decode_qr_returns_every_code_of_the_first_step_that_finds_one() -> None:
    a, b = card_2021().front, draw_card("https://example.vn/", dpi=300).front
    both = Image.new("RGB", (a.width, a.height * 2), "white")
    both.paste(a, (0, 0))
    both.paste(b, (0, a.height))
    texts = sorted(hit.text for hit in decode_qr(both))
    assert texts == sorted([sample_payload(7), "https://example.vn/"])
