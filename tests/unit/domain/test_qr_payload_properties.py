"""Property tests: no input crashes the parser, and no input gives a half-filled record."""

from __future__ import annotations

import unicodedata
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.citizen import CitizenDetails, Sex
from kiosk.domain.findings import FindingCode
from kiosk.domain.names import check_full_name
from kiosk.domain.qr_payload import CardQr, CardQrError, format_card_qr, parse_card_qr
from tests.unit.domain.strategies import DETERMINISTIC, TODAY, citizens


def assert_complete(card: CardQr) -> None:
    """Every field is present and valid: what 'never half-filled' means."""
    d = card.details
    assert len(d.id_number) == 12 and d.id_number.isascii() and d.id_number.isdigit()
    assert d.old_id_number == "" or (len(d.old_id_number) in (9, 12) and d.old_id_number.isdigit())
    assert check_full_name(d.full_name).value == d.full_name
    assert isinstance(d.date_of_birth, date) and d.date_of_birth.year >= 1900
    assert d.date_of_birth <= TODAY
    assert isinstance(d.sex, Sex)
    assert d.issue_date is not None and d.issue_date >= d.date_of_birth
    assert unicodedata.is_normalized("NFC", d.address)
    assert d.address == d.address.strip() and "\n" not in d.address and "\r" not in d.address
    assert card.field_count >= 7
    assert all(not w.is_error for w in card.warnings)


def parse_or_reject(text: str) -> CardQr | None:
    try:
        card = parse_card_qr(text, today=TODAY)
    except CardQrError as exc:
        assert exc.code.startswith("qr_") and exc.code in set(FindingCode)
        return None
    assert_complete(card)
    return card


@DETERMINISTIC
@given(st.text(max_size=400))
def test_arbitrary_text_never_crashes_or_half_fills(text: str) -> None:
    parse_or_reject(text)


@DETERMINISTIC
@given(
    st.lists(
        st.text(alphabet=st.characters(exclude_characters="|"), max_size=30),
        min_size=0,
        max_size=13,
    ).map("|".join)
)
def test_arbitrary_fields_never_crash_or_half_fill(text: str) -> None:
    parse_or_reject(text)


@DETERMINISTIC
@given(citizens(), st.sampled_from([7, 11]))
def test_every_valid_card_round_trips(details: CitizenDetails, field_count: int) -> None:
    text = format_card_qr(details, field_count=field_count)
    card = parse_or_reject(text)
    assert card is not None
    assert card.details == details
    # A card without a single accented letter is possible, and worth a second look.
    assert [w.code for w in card.warnings] == (["qr_no_diacritics"] if text.isascii() else [])


@DETERMINISTIC
@given(citizens(), st.sampled_from(["\r\n", "\n", " ", "\r"]), st.booleans())
def test_wedge_noise_does_not_change_the_record(
    details: CitizenDetails, noise: str, decompose: bool
) -> None:
    text = format_card_qr(details)
    noisy = noise + text.replace("|", noise + "|" + noise) + noise
    if decompose:
        noisy = unicodedata.normalize("NFD", noisy)
    card = parse_or_reject(noisy)
    assert card is not None and card.details == details


@DETERMINISTIC
@given(citizens(), st.data())
def test_damaged_payloads_are_rejected_or_complete(
    details: CitizenDetails, data: st.DataObject
) -> None:
    text = format_card_qr(details)
    position = data.draw(st.integers(0, len(text) - 1))
    operation = data.draw(st.sampled_from(["delete", "insert", "replace"]))
    char = data.draw(st.characters())
    if operation == "delete":
        damaged = text[:position] + text[position + 1 :]
    elif operation == "insert":
        damaged = text[:position] + char + text[position:]
    else:
        damaged = text[:position] + char + text[position + 1 :]
    parse_or_reject(damaged)


@DETERMINISTIC
@given(citizens(), st.sampled_from(["cp1252", "latin-1"]))
def test_utf8_mojibake_of_any_card_with_accents_is_rejected(
    details: CitizenDetails, encoding: str
) -> None:
    text = format_card_qr(details)
    if text.isascii():
        return
    mangled = text.encode("utf-8").decode(encoding, errors="replace")
    try:
        parse_card_qr(mangled, today=TODAY)
    except CardQrError as exc:
        assert exc.code == "qr_mangled_text"
    else:
        raise AssertionError("mojibake accepted")
