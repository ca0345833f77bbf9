"""The one-page PDF: true size, JPEGs as they are, ≤ 5 MB whatever comes in, deterministic."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from kiosk.scanner import idcard_pdf, imaging
from kiosk.scanner.errors import ImageTooLargeError
from tests.unit.scanner import scenes

MM = 72 / 25.4


def _placements(data: bytes) -> list[tuple[float, float, float, float]]:
    """(x, y, width, height) in points of every image drawn on page 1."""
    page = PdfReader(io.BytesIO(data)).pages[0]
    out: list[tuple[float, float, float, float]] = []

    def visit(op: bytes, args: list[object], cm: list[float], tm: list[float]) -> None:
        if op == b"Do":
            out.append((cm[4], cm[5], cm[0], cm[3]))

    page.extract_text(visitor_operand_before=visit)
    return out


def _images(data: bytes) -> list[bytes]:
    reader = PdfReader(io.BytesIO(data))
    xobjects = reader.pages[0]["/Resources"]["/XObject"]
    raws = []
    for ref in xobjects.values():
        obj = ref.get_object()
        assert obj["/Filter"] in ("/DCTDecode", ["/DCTDecode"])
        raws.append(obj._data)
    return raws


def test_samples_make_a_small_true_size_a4_page(
    samples_dir: Path, truth: list[dict[str, str]]
) -> None:
    result = idcard_pdf.build_idcard_pdf(
        samples_dir / "000-front-flatbed.jpg", samples_dir / "000-back-flatbed.jpg"
    )
    assert result.size == len(result.data) <= 1024 * 1024
    assert (result.dpi, result.quality) == (300, idcard_pdf.LADDER[0][1])
    reader = PdfReader(io.BytesIO(result.data))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (210, 297)
    assert reader.metadata is not None and reader.metadata.title == idcard_pdf.TITLE
    placed = _placements(result.data)
    assert len(placed) == 2
    (fx, fy, fw, fh), (_bx, by, bw, bh) = placed
    for w, h in ((fw, fh), (bw, bh)):
        assert w / MM == pytest.approx(85.6, abs=0.05)
        assert h / MM == pytest.approx(53.98, abs=0.05)
    assert fy > by + fh  # front above back, not overlapping
    assert fx == pytest.approx((float(box.width) - fw) / 2)


def test_jpeg_bytes_are_embedded_unchanged(front_crop: Image.Image, back_crop: Image.Image) -> None:
    front, back = imaging.find_card(front_crop), imaging.find_card(back_crop)
    result = idcard_pdf.build_idcard_pdf(front, back)
    expected = {
        hashlib.sha256(idcard_pdf.encode_side(c, result.dpi, result.quality)).hexdigest()
        for c in (front, back)
    }
    embedded = {hashlib.sha256(raw).hexdigest() for raw in _images(result.data)}
    assert embedded == expected
    # ≈ the two JPEGs plus a couple of kB of PDF structure.
    assert result.size - sum(len(r) for r in _images(result.data)) < 4096


def test_output_is_deterministic(front_crop: Image.Image, back_crop: Image.Image) -> None:
    a = idcard_pdf.build_idcard_pdf(front_crop, back_crop)
    b = idcard_pdf.build_idcard_pdf(front_crop, back_crop)
    assert a.data == b.data


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_text_stays_legible_qr_decodes_from_the_printed_page(
    samples_dir: Path, truth: list[dict[str, str]], tmp_path: Path
) -> None:
    result = idcard_pdf.build_idcard_pdf(
        samples_dir / "001-front-camera.jpg", samples_dir / "001-back-camera.jpg"
    )
    pdf = tmp_path / "cards.pdf"
    pdf.write_bytes(result.data)
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf), str(tmp_path / "p")], check=True
    )
    page = Image.open(tmp_path / "p.png")
    found = zxingcpp.read_barcodes(page, formats=zxingcpp.BarcodeFormat.QRCode)
    digests = {hashlib.sha256(r.text.encode()).hexdigest() for r in found}
    # Compared by digest: the payload holds an ID number and a name.
    assert hashlib.sha256(truth[1]["qr_payload"].encode()).hexdigest() in digests


def test_five_megabytes_guaranteed_for_noise_at_1200_dpi() -> None:
    # A card-sized region scanned at 1200 dpi, pure noise: the worst JPEG input there is.
    noise = scenes.noise_image((4043, 2550))
    card = imaging.CardImage(image=noise, dpi=1200)
    normal = idcard_pdf.build_idcard_pdf(card, card)
    assert normal.size <= idcard_pdf.MAX_BYTES
    high = idcard_pdf.build_idcard_pdf(card, card, dpi=600)
    assert high.size <= idcard_pdf.MAX_BYTES
    # Two noise sides at 600 dpi are ~4 MB at the first step: under 2 MB the ladder steps down.
    high = idcard_pdf.build_idcard_pdf(card, card, dpi=600, max_bytes=2_000_000)
    assert high.size <= 2_000_000
    assert (high.dpi, high.quality) != (600, idcard_pdf.LADDER[0][1])
    assert len(PdfReader(io.BytesIO(high.data)).pages) == 1


def test_smaller_limits_step_down_and_impossible_ones_fail(
    front_crop: Image.Image, back_crop: Image.Image
) -> None:
    small = idcard_pdf.build_idcard_pdf(front_crop, back_crop, max_bytes=120_000)
    assert small.size <= 120_000
    with pytest.raises(ImageTooLargeError) as err:
        idcard_pdf.build_idcard_pdf(front_crop, back_crop, max_bytes=5_000)
    assert err.value.problem == "pdf_too_large" and err.value.params == {"max_bytes": 5000}


def test_grey_and_lower_dpi(front_crop: Image.Image, back_crop: Image.Image) -> None:
    grey = idcard_pdf.build_idcard_pdf(front_crop, back_crop, grey=True, dpi=200)
    assert grey.dpi == 200
    raws = _images(grey.data)
    assert {Image.open(io.BytesIO(r)).mode for r in raws} == {"L"}
    assert {Image.open(io.BytesIO(r)).width for r in raws} == {round(85.6 / 25.4 * 200)}
