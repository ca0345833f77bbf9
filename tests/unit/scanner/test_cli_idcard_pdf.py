"""`kiosk idcard-pdf`: files or whole pages in, one PDF out, exit 2 with one line on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from kiosk.cli import main


def test_two_flatbed_pages_make_one_pdf(
    samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cccd.pdf"
    code = main(
        [
            "idcard-pdf",
            str(samples_dir / "002-front-flatbed.jpg"),
            str(samples_dir / "002-back-camera.jpg"),
            "-o",
            str(out),
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert f"{out.stat().st_size} byte" in printed
    assert out.stat().st_size <= 1024 * 1024
    assert len(PdfReader(out).pages) == 1


def test_max_bytes_is_honoured(samples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "small.pdf"
    code = main(
        [
            "idcard-pdf",
            str(samples_dir / "000-front-crop.jpg"),
            str(samples_dir / "000-back-crop.jpg"),
            "-o",
            str(out),
            "--max-bytes",
            "90000",
        ]
    )
    assert code == 0
    assert out.stat().st_size <= 90_000


def _one_line_error(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.strip()
    assert err and "\n" not in err
    return err


def test_not_an_image_exits_2(
    samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "front.jpg"
    bad.write_text("hello", encoding="utf-8")
    code = main(
        [
            "idcard-pdf",
            str(bad),
            str(samples_dir / "000-back-crop.jpg"),
            "-o",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 2
    assert "mặt trước" in _one_line_error(capsys)
    assert not (tmp_path / "x.pdf").exists()


def test_blank_page_exits_2(
    samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blank = tmp_path / "back.png"
    Image.new("RGB", (1240, 1754), (250, 250, 250)).save(blank)
    code = main(
        [
            "idcard-pdf",
            str(samples_dir / "000-front-crop.jpg"),
            str(blank),
            "-o",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 2
    assert "mặt sau" in _one_line_error(capsys)


def test_impossible_limit_exits_2(
    samples_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "idcard-pdf",
            str(samples_dir / "000-front-crop.jpg"),
            str(samples_dir / "000-back-crop.jpg"),
            "-o",
            str(tmp_path / "x.pdf"),
            "--max-bytes",
            "2000",
        ]
    )
    assert code == 2
    assert "2000" in _one_line_error(capsys)
