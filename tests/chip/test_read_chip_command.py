"""`kiosk read-chip` end to end on the emulated reader: exit codes and printed values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from kiosk.cli import main
from tests.helpers import chip_card
from tests.helpers.pcsc_stack import PcscStack

ARGS = [
    "read-chip",
    "--id-number",
    chip_card.CITIZEN["id_number"],
    "--date-of-birth",
    "1990-03-15",
    "--json",
]


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, object], str]:
    code = main([*ARGS, *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else {}), err


def test_verified_read_with_expiry_from_the_age_rule(
    stack: PcscStack,
    card_file: Path,
    csca_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    photo = tmp_path / "face.jpg"
    with stack.card(card_file):
        code, data, _ = _run(
            capsys,
            "--issue-date",
            "2021-05-10",
            "--csca",
            str(csca_dir),
            "--reader",
            stack.reader,
            "--photo",
            str(photo),
        )
    assert code == 0
    assert data["authentication"] == "verified"
    assert data["reader"] == stack.reader
    assert data["id_number"] == chip_card.CITIZEN["id_number"]
    assert data["full_name"] == chip_card.CITIZEN["full_name"]
    assert data["date_of_birth"] == "1990-03-15"
    assert data["issue_date"] == "2021-05-10"
    assert data["expiry_date"] == "2030-03-15"
    assert data["sex"] == "Nam"
    assert data["address"] == chip_card.CITIZEN["place_of_residence"]
    assert data["father_name"] == chip_card.FATHER
    assert data["warnings"] == []
    with Image.open(photo) as image:
        assert image.size == (240, 320)


def test_exit_codes(
    stack: PcscStack,
    pki: chip_card.TestPki,
    card_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _, err = _run(capsys, "--expiry", "2030-03-15", "--reader", stack.reader)
    assert (code, err.strip().endswith("[no_card]")) == (3, True)
    with stack.card(card_file):
        code, data, _ = _run(capsys, "--expiry", "2030-03-15", "--csca", str(tmp_path))
        assert (code, data["authentication"]) == (0, "not_verified")
        assert data["authentication_reason"] == "no_csca"
        code, _, err = _run(capsys, "--expiry", "2030-03-16")
        assert (code, err.strip().endswith("[access_denied]")) == (4, True)
        plain = [a for a in ARGS if a != "--json"]
        assert main([*plain, "--expiry", "2030-03-15", "--csca", str(tmp_path)]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert f"reader: {stack.reader}" in lines and "authentication: not_verified" in lines
    code, _, err = _run(capsys, "--expiry", "2030-03-15", "--reader", "No Such Reader")
    assert (code, err.strip().endswith("[no_reader]")) == (3, True)
    tampered = chip_card.build_card(pki, tamper_dg13=True).write(tmp_path / "t.json")
    with stack.card(tampered):
        code, data, _ = _run(capsys, "--expiry", "2030-03-15")
    assert (code, data) == (
        5,
        {
            "reader": stack.reader,
            "authentication": "failed:hash_mismatch",
            "active_authentication": "absent",
            "chip_authentication": "absent",
            "data_group": 13,
        },
    )


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys)[0] == 2  # no expiry, no issue date
    assert _run(capsys, "--issue-date", "2049-01-01")[0] == 2  # issued at 58: valid for life
    assert main(["read-chip", "--id-number", "12", "--date-of-birth", "1990-03-15",
                 "--expiry", "2030-03-15"]) == 2  # fmt: skip
