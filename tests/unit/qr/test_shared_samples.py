"""The shared specimen cards (../shared/samples/cards-300), when this checkout has them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from kiosk.domain.mrz import compare_mrz, parse_mrz
from kiosk.scanner.qr_decode import read_card_sides

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "samples" / "cards-300"
pytestmark = pytest.mark.skipif(
    not (SAMPLES / "truth.json").is_file(), reason="shared samples not present"
)
KINDS = ("crop", "flatbed", "camera")
TODAY = date(2026, 3, 5)


def truth() -> list[dict[str, Any]]:
    if not (SAMPLES / "truth.json").is_file():
        return []
    cases: list[dict[str, Any]] = json.loads((SAMPLES / "truth.json").read_text(encoding="utf-8"))
    return cases


def open_rgb(path: Path) -> Image.Image:
    with Image.open(path) as image:
        return image.convert("RGB")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("case", truth(), ids=lambda c: str(c["case"]))
def test_every_specimen_is_read_from_the_side_that_carries_it(
    case: dict[str, Any], kind: str
) -> None:
    sides = {
        side: open_rgb(SAMPLES / f"{case['case']}-{side}-{kind}.jpg") for side in ("front", "back")
    }
    scan = read_card_sides(sides, today=TODAY)
    data = scan.card.details.to_json()
    for key in (
        "id_number",
        "old_id_number",
        "full_name",
        "date_of_birth",
        "sex",
        "address",
        "issue_date",
    ):
        assert data[key] == case[key], key
    # These specimens are 2021-model cards: the QR is on the front.
    assert scan.side == "front"


@pytest.mark.parametrize("case", truth(), ids=lambda c: str(c["case"]))
def test_specimen_mrz_agrees_with_its_qr(case: dict[str, Any]) -> None:
    from kiosk.domain.qr_payload import parse_card_qr

    card = parse_card_qr(str(case["qr_payload"]), today=TODAY)
    mrz = parse_mrz(case["mrz"], today=TODAY)
    assert compare_mrz(mrz, card.details) == []
