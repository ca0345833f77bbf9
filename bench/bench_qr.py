"""Card QR decoding: time per image kind and decode rate, against one plain zxing-cpp call.

The baseline is what a first attempt would write: `zxingcpp.read_barcodes(image)` once on the
whole raw image (all formats, defaults). Images are generated (tests/unit/qr/synthetic_cards)
so the run needs nothing outside the repository; the shared specimen cards are timed too when
the checkout has them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

import zxingcpp
from PIL import Image, ImageEnhance, ImageFilter

from bench.harness import Row, timed
from kiosk.domain.qr_payload import CardQrError, parse_card_qr
from kiosk.scanner.qr_decode import CardQrNotFoundError, read_card_qr, read_card_sides
from tests.unit.qr.synthetic_cards import (
    SAMPLE,
    draw_card,
    in_camera_frame,
    on_flatbed,
    sample_payload,
)

BENCH = "qr"
TODAY = date(2026, 3, 5)
SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "cards-300"


def _ours(image: Image.Image) -> str | None:
    try:
        return read_card_qr(image, today=TODAY).card.details.id_number
    except CardQrNotFoundError:
        return None


def _baseline(image: Image.Image) -> str | None:
    for barcode in zxingcpp.read_barcodes(image):
        try:
            return parse_card_qr(barcode.text, today=TODAY).details.id_number
        except CardQrError:
            continue
    return None


def _baseline_all(images: list[Image.Image]) -> list[str | None]:
    return [_baseline(image) for image in images]


def _kinds() -> dict[str, Image.Image]:
    card = draw_card(sample_payload(11), dpi=300, qr_on_back=True)
    return {
        "card crop 300 dpi": card.back,
        "flatbed A4 300 dpi": on_flatbed(card.back, dpi=300, card_dpi=300, seed=1),
        "flatbed A4 600 dpi": on_flatbed(card.back, dpi=600, card_dpi=300, seed=2),
        "camera 1516x1020": in_camera_frame(card.back, blur=1.0, seed=3),
        "side without QR (crop)": card.front,
    }


def _generated_set() -> dict[str, list[Image.Image]]:
    """Easy to hard, per kind; deterministic (every image comes from a seed)."""
    old = draw_card(sample_payload(7), dpi=300)
    new = draw_card(sample_payload(11), dpi=300, qr_on_back=True)
    crops: list[Image.Image] = []
    for sides in (old.front, new.back):
        for angle in (0, 90, 23):
            crops.append(sides.rotate(angle, expand=True, fillcolor=(250, 250, 250)))
        for radius in (1.0, 1.6, 2.2):
            crops.append(sides.filter(ImageFilter.GaussianBlur(radius)))
        crops.append(ImageEnhance.Contrast(sides).enhance(0.12))
    flatbeds = [
        on_flatbed(card, dpi=dpi, card_dpi=300, angle=angle, seed=seed)
        for seed, (card, dpi, angle) in enumerate(
            [
                (old.front, 100, 2.0),
                (new.back, 100, -4.0),
                (old.front, 150, 7.0),
                (new.back, 150, 1.0),
                (old.front, 300, -2.0),
                (new.back, 300, 11.0),
                (old.front, 600, 3.0),
            ]
        )
    ]
    cameras = [
        in_camera_frame(card, fill=fill, blur=blur, seed=seed)
        for seed, (card, fill, blur) in enumerate(
            [
                (old.front, 0.75, 0.8),
                (new.back, 0.75, 1.5),
                (old.front, 0.75, 2.0),
                (new.back, 0.75, 2.3),
                (old.front, 0.5, 1.0),
                (new.back, 0.5, 1.5),
                (old.front, 0.35, 0.8),
                (new.back, 0.35, 1.2),
            ]
        )
    ]
    return {"card crops": crops, "flatbed pages": flatbeds, "camera frames": cameras}


def _rate(images: list[Image.Image], read: Callable[[Image.Image], str | None]) -> float:
    hits = sum(1 for image in images if read(image) == SAMPLE.id_number)
    return 100.0 * hits / len(images)


def _samples() -> list[Row]:
    truth_file = SAMPLES / "truth.json"
    if not truth_file.is_file():
        return []
    rows: list[Row] = []
    cases = json.loads(truth_file.read_text(encoding="utf-8"))
    for kind in ("crop", "flatbed", "camera"):
        times, base_times, sides, right = [], [], [], 0
        for case in cases:
            images = {}
            for side in ("front", "back"):
                with Image.open(SAMPLES / f"{case['case']}-{side}-{kind}.jpg") as opened:
                    images[side] = opened.convert("RGB")

            scan = read_card_sides(images, today=TODAY)
            right += scan.card.details.id_number == case["id_number"]
            sides.append(scan.side or "?")
            times.append(timed(partial(read_card_sides, images, today=TODAY), repeat=3))
            base_times.append(timed(partial(_baseline_all, list(images.values())), repeat=3))
        rows.append(
            Row(
                BENCH,
                f"specimens {kind}: both sides, ms/card",
                sum(times) / len(times),
                "ms",
                sum(base_times) / len(base_times),
                f"{right}/{len(cases)} right; QR side: {','.join(sides)}",
            )
        )
    return rows


def run() -> list[Row]:
    rows: list[Row] = []
    for name, image in _kinds().items():
        found = _ours(image) is not None
        base_found = _baseline(image) is not None
        rows.append(
            Row(
                BENCH,
                f"decode {name}",
                timed(partial(_ours, image), repeat=5),
                "ms",
                timed(partial(_baseline, image), repeat=5),
                f"found: ours {'yes' if found else 'no'}, baseline {'yes' if base_found else 'no'}",
            )
        )
    for name, images in _generated_set().items():
        rows.append(
            Row(
                BENCH,
                f"decode rate, {len(images)} {name}",
                _rate(images, _ours),
                "%",
                _rate(images, _baseline),
                "baseline: one zxing call, all formats",
            )
        )
    rows.extend(_samples())
    return rows
