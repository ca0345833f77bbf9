"""The account-request form read back as a person's tools read it: text, fonts, page, QR."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from kiosk.forms import fonts, layout
from kiosk.forms.request_data import MAX_LENGTHS
from kiosk.forms.request_form import CONSENT, STATEMENT, TITLE, render_request_form
from tests.unit.forms import pdftools
from tests.unit.forms.pdftools import flat, needs_poppler
from tests.unit.forms.samples import LONG_ADDRESS, LONG_NAME, form_data

A4_POINTS = (595.2756, 841.8898)
# Glyph boxes come from font metrics: an italic or accented letter may reach past its advance.
TOLERANCE = 2.0


def expected_strings(**changes: object) -> dict[str, str]:
    data = form_data(**changes)
    return {
        "title": TITLE,
        "motto": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "slogan": "Độc lập - Tự do - Hạnh phúc",
        "full_name": data.full_name,
        "date_of_birth": "24/02/2002",
        "sex": data.sex,
        "id_number": data.id_number,
        "old_id_number": data.old_id_number,
        "phone": "0912 345 678",
        "email": data.email,
        "address": data.address,
        "unit": f"Kính gửi: {data.unit_name}",
        "officer": data.officer_name,
        "date_line": "Hưng Yên, ngày 05 tháng 3 năm 2026",
        "case_ref": f"Mã hồ sơ: {data.case_ref}",
        "statement": STATEMENT,
        "consent": CONSENT,
        "citizen_signs": "NGƯỜI ĐỀ NGHỊ",
        "officer_signs": "CÁN BỘ TIẾP NHẬN",
    }


def missing_from(text: str, expected: dict[str, str]) -> list[str]:
    """Names (never values: they are personal data) of what the text lacks."""
    body = flat(text)
    return [key for key, value in expected.items() if flat(value) not in body]


def test_text_reads_back_as_entered_in_nfc() -> None:
    pdf = render_request_form(form_data())
    [text] = pdftools.page_texts(pdf)
    assert unicodedata.is_normalized("NFC", text)
    assert missing_from(text, expected_strings()) == []


@needs_poppler
def test_poppler_reads_the_same_text() -> None:
    text = pdftools.poppler_text(render_request_form(form_data()))
    assert unicodedata.is_normalized("NFC", text)
    assert missing_from(text, expected_strings()) == []


def test_decomposed_input_prints_composed() -> None:
    nfd = {
        "full_name": unicodedata.normalize("NFD", "Khuất Thị Ánh Tuyết"),
        "address": unicodedata.normalize("NFD", "Xã Hoàng Hoa Thám, huyện Ân Thi"),
    }
    [text] = pdftools.page_texts(render_request_form(form_data(**nfd)))
    assert unicodedata.is_normalized("NFC", text)
    expected = {k: unicodedata.normalize("NFC", v) for k, v in nfd.items()}
    assert missing_from(text, expected) == []


def test_markup_characters_print_as_typed() -> None:
    tricky = {"officer_name": "Trần <b>Văn</b> & Bình", "address": 'Số 5 & 7 <khu A> "B"'}
    [text] = pdftools.page_texts(render_request_form(form_data(**tricky)))
    assert missing_from(text, tricky) == []


def test_empty_optional_fields_say_so() -> None:
    pdf = render_request_form(form_data(old_id_number="", email="", address="", sex=""))
    [text] = pdftools.page_texts(pdf)
    assert flat(text).count("(không có)") == 4


def test_one_a4_page() -> None:
    reader = pdftools.reader(render_request_form(form_data()))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(A4_POINTS[0], abs=0.01)
    assert float(box.height) == pytest.approx(A4_POINTS[1], abs=0.01)


def test_same_input_same_bytes_and_other_input_other_bytes() -> None:
    first = render_request_form(form_data())
    assert render_request_form(form_data()) == first
    assert render_request_form(form_data(case_ref="YC-20260305-OTHER")) != first


def test_creation_date_is_the_form_date_and_metadata_is_impersonal() -> None:
    data = form_data()
    meta = pdftools.reader(render_request_form(data)).metadata
    assert meta is not None
    assert str(meta["/CreationDate"]) == "D:20260305000000+07'00'"
    assert str(meta["/ModDate"]) == "D:20260305000000+07'00'"
    blob = " ".join(str(v) for v in meta.values())
    personal = [data.full_name, data.id_number, data.phone, data.email, data.address]
    assert [v for v in personal if v in blob] == []
    assert data.case_ref in blob


@needs_poppler
def test_every_font_is_embedded_subset_and_ours() -> None:
    rows = pdftools.fonts(render_request_form(form_data()))
    assert rows
    assert all(r.embedded and r.subset and r.unicode_map for r in rows)
    assert {r.name.split("+", 1)[1] for r in rows} <= {
        "CrimsonText-Regular",
        "CrimsonText-Bold",
        "CrimsonText-Italic",
        "CrimsonText-BoldItalic",
    }


@needs_poppler
def test_renders_on_a_machine_without_any_font(tmp_path: Path) -> None:
    """poppler with a fontconfig that knows no font at all: it complains about any font the
    PDF does not carry itself (checked against a Helvetica PDF so the test can fail)."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>',
        encoding="utf-8",
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(conf)}

    def render(pdf: bytes) -> str:
        source = tmp_path / "doc.pdf"
        source.write_bytes(pdf)
        done = subprocess.run(
            ["pdftoppm", "-r", "20", "-png", str(source), str(tmp_path / "page")],
            capture_output=True,
            env=env,
            check=True,
        )
        return done.stderr.decode()

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Helvetica", 12)
    canvas.drawString(100, 100, "Cong hoa")
    canvas.save()
    assert "Helvetica" in render(buffer.getvalue())
    assert render(render_request_form(form_data())) == ""


def _within_margins(pdf: bytes) -> tuple[int, list[str]]:
    pages, found = pdftools.words(pdf)
    width, height = pages[0]
    left, right = layout.MARGIN_LEFT, width - layout.MARGIN_RIGHT
    top, bottom = layout.MARGIN_TOP, height - layout.MARGIN_BOTTOM
    outside = [
        f"page {w.page} word #{i}"
        for i, w in enumerate(found)
        if w.x0 < left - TOLERANCE
        or w.x1 > right + TOLERANCE
        or w.y0 < top - TOLERANCE
        or w.y1 > bottom + TOLERANCE
    ]
    return len(pages), outside


@needs_poppler
def test_everything_is_inside_the_margins() -> None:
    assert _within_margins(render_request_form(form_data())) == (1, [])


@needs_poppler
def test_long_name_and_address_wrap_on_one_page() -> None:
    assert len(LONG_NAME) == 120 and len(LONG_ADDRESS) == 300
    # Far wider than the value column, so they can only be whole if they wrapped.
    assert stringWidth(LONG_ADDRESS, fonts.REGULAR, 13) > 3 * layout.FRAME_WIDTH
    pdf = render_request_form(form_data(full_name=LONG_NAME, address=LONG_ADDRESS))
    assert _within_margins(pdf) == (1, [])
    [text] = pdftools.page_texts(pdf)
    assert missing_from(text, {"name": LONG_NAME, "address": LONG_ADDRESS}) == []
    _, found = pdftools.words(pdf)
    address_lines = {round(w.y0) for w in found if w.text in ("Khoái", "ngách", "trường")}
    assert len(address_lines) >= 2


def _words_of_length(words: list[str], length: int) -> str:
    out = ""
    i = 0
    while len(out) < length:
        out = (out + " " + words[i % len(words)]).strip()
        i += 1
    return out[:length].rstrip()


@needs_poppler
def test_longest_allowed_values_together_still_fit_one_page() -> None:
    name_words = ["Nguyễn", "Huỳnh", "Phương", "Thảo", "Ngọc", "Bích", "Trâm", "Khuê"]
    text_words = ["Trung", "tâm", "Phục", "vụ", "hành", "chính", "công", "tỉnh", "Hưng", "Yên"]
    longest = {
        "full_name": _words_of_length(name_words, MAX_LENGTHS["full_name"]),
        "address": _words_of_length(text_words, MAX_LENGTHS["address"]),
        "unit_name": _words_of_length(text_words, MAX_LENGTHS["unit_name"]),
        "officer_name": _words_of_length(name_words, MAX_LENGTHS["officer_name"]),
        "place": _words_of_length(text_words, MAX_LENGTHS["place"]),
        "email": "nguyen.huynh.phuong.thao.ngoc.bich.tram.khue@trungtam-phucvu-hanhchinhcong"
        ".hungyen.gov.vn",
    }
    pdf = render_request_form(form_data(**longest))
    assert _within_margins(pdf) == (1, [])
    [text] = pdftools.page_texts(pdf)
    email = longest.pop("email")
    assert missing_from(text, longest) == []
    # An address without spaces breaks anywhere; it must still be all there, in order.
    assert email in "".join(text.split())


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils not installed")
def test_qr_in_the_footer_reads_as_the_case_reference(tmp_path: Path) -> None:
    source = tmp_path / "form.pdf"
    source.write_bytes(render_request_form(form_data()))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(source), str(tmp_path / "p")], check=True)
    [page] = sorted(tmp_path.glob("p*.png"))
    with Image.open(page) as image:
        results = zxingcpp.read_barcodes(
            image, formats=zxingcpp.BarcodeFormats([zxingcpp.BarcodeFormat.QRCode])
        )
    assert [r.text for r in results] == ["YC-20260305-K3QZ7D2M"]


@needs_poppler
def test_header_motto_right_unit_left_citizen_signs_right() -> None:
    pages, found = pdftools.words(render_request_form(form_data()))
    middle = pages[0][0] / 2

    def first(word: str) -> pdftools.Word:
        return next(w for w in found if w.text == word)

    assert first("CỘNG").x0 > middle  # national motto, top right
    assert first("TRUNG").x1 < middle  # the unit, top left
    assert first("TRUNG").y0 < first("GIẤY").y0  # both above the title
    assert first("NGƯỜI").x0 > middle  # the citizen signs on the right
    assert first("CÁN").x1 < middle
    assert abs(first("Hưng").x0 - first("Độc").x0) < 40 * mm  # date line under the motto
