"""`kiosk read-qr`: one JSON object per image, exit 3 and one line on stderr when no card QR."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from kiosk.cli import main
from tests.unit.domain.test_qr_payload import CARD_2021
from tests.unit.qr.synthetic_cards import SAMPLE, draw_card, sample_payload


@pytest.fixture
def card_files(tmp_path: Path) -> dict[str, Path]:
    sides = draw_card(sample_payload(11), dpi=300, qr_on_back=True)
    paths = {"front": tmp_path / "front.png", "back": tmp_path / "back.jpg"}
    sides.front.save(paths["front"])
    sides.back.save(paths["back"], quality=90)
    return paths


def test_an_image_prints_one_json_object(
    card_files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["read-qr", str(card_files["back"])]) == 0
    out = capsys.readouterr()
    [line] = out.out.splitlines()
    data = json.loads(line)
    assert data["id_number"] == SAMPLE.id_number
    assert data["full_name"] == SAMPLE.full_name
    assert data["date_of_birth"] == SAMPLE.date_of_birth.isoformat()
    assert data["issue_date"] == "2021-05-31"
    assert data["sex"] == "Nữ"
    assert data["old_id_number"] == ""
    assert data["address"] == SAMPLE.address
    assert data["warnings"] == []
    assert out.err == ""


def test_image_without_card_qr_exits_3_with_one_line(
    card_files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["read-qr", str(card_files["back"]), str(card_files["front"])]) == 3
    out = capsys.readouterr()
    assert len(out.out.splitlines()) == 1  # the back still printed its card
    [err] = out.err.splitlines()
    assert "front.png" in err and "[qr_not_found]" in err


def test_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_image = tmp_path / "notes.txt"
    not_image.write_text("hello", encoding="utf-8")
    assert main(["read-qr", str(not_image), str(tmp_path / "missing.png")]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 2


def test_text_payload_is_parsed_the_same_way(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read-qr", "--text", CARD_2021 + "\r\n"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["full_name"] == "Khuất Văn A"
    assert data["date_of_birth"] == "2002-02-24"


def test_rejected_text_exits_3_with_the_reason(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read-qr", "--text", "049202000284|Khuất Văn A"]) == 3
    out = capsys.readouterr()
    assert out.out == ""
    [err] = out.err.splitlines()
    assert "[qr_too_few_fields]" in err and "trường" in err


def test_warnings_are_printed_in_the_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read-qr", "--text", CARD_2021.replace("049202", "049302")]) == 0
    [warning] = json.loads(capsys.readouterr().out)["warnings"]
    assert warning["code"] == "id_sex_mismatch"
    assert warning["severity"] == "warning"


def test_nothing_to_read_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read-qr"]) == 2
    assert capsys.readouterr().err


def test_rgba_png_with_transparency(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    image = draw_card(sample_payload(), dpi=300).front.convert("RGBA")
    path = tmp_path / "card.png"
    Image.Image.save(image, path)
    assert main(["read-qr", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["id_number"] == SAMPLE.id_number
