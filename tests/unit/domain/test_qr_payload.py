"""Hand-made card QR payloads: every variant the kiosk meets, and every way one goes wrong."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from kiosk.domain.citizen import Sex
from kiosk.domain.findings import FindingCode, Severity
from kiosk.domain.qr_payload import (
    CardQr,
    CardQrError,
    format_card_qr,
    looks_mangled,
    parse_card_qr,
)
from tests.unit.domain.strategies import TODAY

CARD_2021 = "049202000284||Khuất Văn A|24022002|Nam|Thôn X, Xã Y, Huyện Z, Quảng Nam|31052021"
CARD_2024 = (
    "001195012345|013456789|Nguyễn Thị Ngọc Ánh|07031995|Nữ|"
    "Số 12 ngõ 34 Nguyễn Trãi, Thượng Đình, Thanh Xuân, Hà Nội|04102024||||"
)


def parse(text: str) -> CardQr:
    return parse_card_qr(text, today=TODAY)


def rejected(text: str) -> str:
    with pytest.raises(CardQrError) as info:
        parse(text)
    finding = info.value.finding
    assert finding.severity is Severity.ERROR
    assert finding.code in set(FindingCode)  # the UI has words for every code
    return info.value.code


def test_seven_field_card_of_2021() -> None:
    card = parse(CARD_2021)
    d = card.details
    assert d.id_number == "049202000284"
    assert d.old_id_number == ""
    assert d.full_name == "Khuất Văn A"
    assert d.date_of_birth == date(2002, 2, 24)
    assert d.sex is Sex.MALE
    assert d.address == "Thôn X, Xã Y, Huyện Z, Quảng Nam"
    assert d.issue_date == date(2021, 5, 31)
    assert card.field_count == 7
    assert card.extra_fields == ()
    assert card.warnings == ()


def test_eleven_field_card_of_2024_keeps_old_number_and_ignores_trailing_fields() -> None:
    card = parse(CARD_2024)
    assert card.field_count == 11
    assert card.extra_fields == ("", "", "", "")
    assert card.details.old_id_number == "013456789"
    assert card.details.sex is Sex.FEMALE
    assert card.details.issue_date == date(2024, 10, 4)
    assert card.warnings == ()


def test_unknown_trailing_content_is_kept_aside_not_shifted_into_fields() -> None:
    card = parse(CARD_2021 + "|X1|X2")
    assert card.details.issue_date == date(2021, 5, 31)
    assert card.extra_fields == ("X1", "X2")


def test_nfd_payload_from_a_wedge_scanner_comes_out_nfc() -> None:
    card = parse(unicodedata.normalize("NFD", CARD_2024))
    assert card.details.full_name == "Nguyễn Thị Ngọc Ánh"
    assert unicodedata.is_normalized("NFC", card.details.address)
    assert card.details.sex is Sex.FEMALE


def test_stray_spaces_and_line_breaks_are_cleaned() -> None:
    noisy = "\r\n 049202000284 | |  Khuất   Văn\r\nA |24 02 2002| nam |Thôn X,\tXã Y |31052021\r\n"
    d = parse(noisy).details
    assert d.id_number == "049202000284"
    assert d.full_name == "Khuất Văn A"
    assert d.date_of_birth == date(2002, 2, 24)
    assert d.sex is Sex.MALE
    assert d.address == "Thôn X, Xã Y"


def test_scanner_prefix_and_byte_order_mark_are_removed() -> None:
    assert parse("]Q1" + CARD_2021).details.id_number == "049202000284"
    assert parse("\ufeff" + CARD_2021).details.id_number == "049202000284"


def test_upper_case_name_is_title_cased() -> None:
    text = CARD_2021.replace("Khuất Văn A", "KHUẤT VĂN A")
    assert parse(text).details.full_name == "Khuất Văn A"


def test_card_json_uses_iso_dates_and_card_words() -> None:
    data = parse(CARD_2021).to_json()
    assert data["date_of_birth"] == "2002-02-24"
    assert data["issue_date"] == "2021-05-31"
    assert data["sex"] == "Nam"
    assert data["warnings"] == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "qr_empty"),
        ("  \r\n", "qr_empty"),
        ("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", "qr_is_url"),
        ("www.example.vn", "qr_is_url"),
        ("hello world", "qr_not_card"),
        ("049202000284|Khuất Văn A|24022002", "qr_too_few_fields"),
        ("049202000284||Khuất Văn A|24022002|Nam|Thôn X", "qr_too_few_fields"),
        (CARD_2021.replace("049202000284", "04920200028"), "qr_bad_id_number"),
        (CARD_2021.replace("049202000284", "0492020002845"), "qr_bad_id_number"),
        (CARD_2021.replace("049202000284", "04920200028A"), "qr_bad_id_number"),
        (CARD_2021.replace("049202000284", "０４９２０２０００２８４"), "qr_bad_id_number"),
        (CARD_2021.replace("||", "|1234|"), "qr_bad_old_id_number"),
        (CARD_2021.replace("Khuất Văn A", ""), "qr_bad_name"),
        (CARD_2021.replace("Khuất Văn A", "Khuất Văn 4"), "qr_bad_name"),
        (CARD_2021.replace("Khuất Văn A", "Хуат Ван"), "qr_bad_name"),
        (CARD_2021.replace("24022002", "30022002"), "qr_bad_date_of_birth"),
        (CARD_2021.replace("24022002", "2402200"), "qr_bad_date_of_birth"),
        (CARD_2021.replace("24022002", "2002-02-24"), "qr_bad_date_of_birth"),
        (CARD_2021.replace("24022002", "24021850"), "qr_bad_date_of_birth"),
        (CARD_2021.replace("24022002", "24022030"), "qr_bad_date_of_birth"),
        (CARD_2021.replace("31052021", "31062021"), "qr_bad_issue_date"),
        (CARD_2021.replace("31052021", ""), "qr_bad_issue_date"),
        (CARD_2021.replace("31052021", "31052001"), "qr_dates_inconsistent"),
        (CARD_2021.replace("|Nam|", "|Male?|"), "qr_mangled_text"),
        (CARD_2021.replace("|Nam|", "|X|"), "qr_bad_sex"),
        (CARD_2021.replace("|Nam|", "||"), "qr_bad_sex"),
    ],
)
def test_rejections_carry_a_stable_code(text: str, code: str) -> None:
    assert rejected(text) == code


def test_payload_read_twice_in_one_line_is_rejected_not_half_filled() -> None:
    assert rejected(CARD_2021 + "\r\n" + CARD_2021) == "qr_bad_issue_date"


def test_utf8_read_as_cp1252_by_a_wedge_is_rejected() -> None:
    mangled = CARD_2024.encode("utf-8").decode("cp1252", errors="replace")
    assert rejected(mangled) == "qr_mangled_text"


def test_utf8_read_as_latin1_by_a_wedge_is_rejected() -> None:
    mangled = CARD_2024.encode("utf-8").decode("latin-1")
    assert rejected(mangled) == "qr_mangled_text"


def test_non_ascii_replaced_by_question_marks_is_rejected() -> None:
    mangled = "".join(c if c.isascii() else "?" for c in CARD_2024)
    assert rejected(mangled) == "qr_mangled_text"


def test_female_card_whose_scanner_dropped_non_ascii_is_rejected() -> None:
    dropped = "".join(c for c in CARD_2024 if c.isascii())
    assert "|N|" in dropped
    assert rejected(dropped) == "qr_mangled_text"


def test_female_card_whose_scanner_stripped_accents_is_rejected() -> None:
    stripped = (
        "".join(c for c in unicodedata.normalize("NFD", CARD_2024) if not unicodedata.combining(c))
        .replace("đ", "d")
        .replace("Đ", "D")
    )
    assert rejected(stripped) == "qr_mangled_text"


def test_male_card_without_any_accent_is_filled_with_a_warning() -> None:
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", CARD_2021) if not unicodedata.combining(c)
    )
    card = parse(stripped)
    assert card.details.full_name == "Khuat Van A"
    assert [w.code for w in card.warnings] == ["qr_no_diacritics"]
    assert card.warnings[0].severity is Severity.WARNING


def test_genuine_vietnamese_is_never_taken_for_mojibake() -> None:
    for text in (CARD_2021, CARD_2024, "Bà Rịa–Vũng Tàu", "ẤP 3, XÃ AN THẠNH", "Ánh Ầ Ẫ Ẩ"):
        assert not looks_mangled(text), text


def test_control_characters_mean_a_mangled_payload() -> None:
    assert rejected(CARD_2021.replace("Thôn X", "Thôn\x1bX")) == "qr_mangled_text"


def test_id_number_disagreeing_with_the_card_is_a_warning_not_a_rejection() -> None:
    # G = 3 (female, 2000s) on a card that says male, born 2002.
    card = parse(CARD_2021.replace("049202000284", "049302000284"))
    assert [w.code for w in card.warnings] == ["id_sex_mismatch"]
    assert card.warnings[0].values == {
        "stated_year": 2002,
        "entered_year": 2002,
        "stated_sex": "Nữ",
        "entered_sex": "Nam",
    }


def test_unknown_place_code_is_a_warning() -> None:
    card = parse(CARD_2021.replace("049202000284", "099202000284"))
    assert [w.code for w in card.warnings] == ["id_unknown_place_code"]


def test_issue_date_after_today_is_a_warning_about_the_clock() -> None:
    card = parse_card_qr(CARD_2021, today=date(2021, 5, 1))
    assert [w.code for w in card.warnings] == ["qr_issue_date_in_future"]


def test_format_is_the_inverse_of_parse_for_both_variants() -> None:
    for text in (CARD_2021, CARD_2024):
        card = parse(text)
        assert format_card_qr(card.details, field_count=card.field_count) == text


def test_partly_mangled_payload_is_rejected_even_beside_genuine_letters() -> None:
    # "Nguyễn" typed byte by byte as cp1252 next to an address still in real Vietnamese: the
    # round trip cannot repair the whole text, the telltale "á»" still gives it away.
    mojibake = "Nguyễn".encode().decode("cp1252")
    assert mojibake == "Nguyá»…n"
    text = CARD_2024.replace("Nguyễn Thị", mojibake + " Thị")
    assert rejected(text) == "qr_mangled_text"
