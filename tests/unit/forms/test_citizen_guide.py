"""The citizen's handout: the steps of seeds 000 and 002 part II, masked numbers, one page."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from kiosk.forms import fonts
from kiosk.forms.citizen_guide import PORTAL_URL, GuideReason, render_citizen_guide
from tests.unit.forms import pdftools
from tests.unit.forms.pdftools import flat, needs_poppler

ID_NUMBER = "033202000284"
PHONE = "+84912345678"


def guide(reason: GuideReason = GuideReason.CREATED, **kw: object) -> bytes:
    args: dict[str, object] = {
        "reason": reason,
        "day": date(2026, 3, 5),
        "unit_name": "Trung tâm Phục vụ hành chính công tỉnh Hưng Yên",
        "place": "Hưng Yên",
        "id_number": ID_NUMBER,
        "phone": PHONE,
        "support_lines": ["Điện thoại hỗ trợ: 0221 3829883"],
        "case_ref": "YC-20260305-K3QZ7D2M",
    }
    args.update(kw)
    return render_citizen_guide(**args)  # type: ignore[arg-type]


def text_of(pdf: bytes) -> str:
    pages = pdftools.page_texts(pdf)
    assert len(pages) == 1
    return flat(pages[0])


def test_created_guide_tells_how_to_log_in_and_recover_the_password() -> None:
    text = text_of(guide())
    assert unicodedata.is_normalized("NFC", text)
    expected = [
        "HƯỚNG DẪN ĐĂNG NHẬP CỔNG DỊCH VỤ CÔNG QUỐC GIA",
        "Hưng Yên, ngày 05 tháng 3 năm 2026",
        "đã được tạo",
        PORTAL_URL,
        "[Đăng nhập]",
        "[Quên mật khẩu]",
        "Chờ thêm ít phút",
        "Khởi động lại điện thoại",
        "từ 8 ký tự trở lên, có chữ thường, chữ in hoa, chữ số và ký tự đặc biệt",
        "Không cho ai biết mật khẩu và mã OTP",
        "Điện thoại hỗ trợ: 0221 3829883",
        "033*******84",
        "091****678",
        "Mã hồ sơ: YC-20260305-K3QZ7D2M",
    ]
    assert [i for i, s in enumerate(expected) if s not in text] == []


def test_numbers_are_masked_never_in_clear() -> None:
    text = "".join(text_of(guide()).split())
    assert ID_NUMBER not in text
    assert "912345678" not in text


def test_exists_guide_says_nothing_was_created_and_how_to_complain() -> None:
    text = text_of(guide(GuideReason.EXISTS, id_number="033*******84", phone=""))
    assert "đã có tài khoản" in text
    assert "khiếu nại" in text
    assert "đã được tạo" not in text
    assert "033*******84" in text  # the gateway's masked number is printed as given


def test_without_unit_or_contacts_sends_the_citizen_to_the_counter() -> None:
    text = text_of(guide(unit_name="", place="", support_lines=[], case_ref=""))
    assert "Ngày 05 tháng 3 năm 2026" in text
    assert "Hỏi cán bộ tại Bộ phận một cửa" in text
    assert "Mã hồ sơ" not in text


def test_every_printed_character_has_a_glyph() -> None:
    regular = TTFontFile(str(fonts.font_faces()[0].path))
    for reason in GuideReason:
        text = text_of(guide(reason))
        missing = {c for c in text if not c.isspace() and ord(c) not in regular.charToGlyph}
        assert missing == set()


@pytest.mark.parametrize("reason", list(GuideReason))
def test_deterministic(reason: GuideReason) -> None:
    assert guide(reason) == guide(reason)


@needs_poppler
def test_fonts_embedded() -> None:
    rows = pdftools.fonts(guide())
    assert rows and all(r.embedded and r.subset for r in rows)
