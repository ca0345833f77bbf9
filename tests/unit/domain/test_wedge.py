"""The keyboard-wedge buffer: what a handheld scanner types, however it arrives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.citizen import CitizenDetails
from kiosk.domain.qr_payload import format_card_qr
from kiosk.domain.wedge import LineKind, WedgeBuffer, WedgeLine
from tests.unit.domain.strategies import DETERMINISTIC, TODAY, citizens
from tests.unit.domain.test_qr_payload import CARD_2021, CARD_2024


def feed_all(buffer: WedgeBuffer, *chunks: str) -> list[WedgeLine]:
    return [line for chunk in chunks for line in buffer.feed(chunk)]


def test_a_scan_followed_by_enter_gives_one_card() -> None:
    buffer = WedgeBuffer(today=TODAY)
    [line] = buffer.feed(CARD_2024 + "\r\n")
    assert line.kind is LineKind.CARD
    assert line.card is not None and line.card.details.id_number == "001195012345"
    assert buffer.pending == ""


def test_keystrokes_one_at_a_time_give_the_same_card() -> None:
    buffer = WedgeBuffer(today=TODAY)
    lines = feed_all(buffer, *(CARD_2021 + "\r"))
    assert [line.kind for line in lines] == [LineKind.CARD]


def test_stray_enter_inside_a_payload_does_not_cut_it() -> None:
    buffer = WedgeBuffer(today=TODAY)
    head, tail = CARD_2021.split("|Nam|")
    assert buffer.feed(head + "|Na\r\n") == []
    lines = buffer.feed("m|" + tail + "\n")
    assert [line.kind for line in lines] == [LineKind.CARD]
    # The break was inserted inside the sex field; dropping it restores the word.
    assert lines[0].card is not None and lines[0].card.details.sex.value == "Nam"


def test_enter_before_the_issue_date_waits_for_it() -> None:
    buffer = WedgeBuffer(today=TODAY)
    head = CARD_2021.rsplit("|", 1)[0]
    assert buffer.feed(head + "|\r\n") == []
    assert [line.kind for line in buffer.feed("31052021\r\n")] == [LineKind.CARD]


def test_trailing_empty_fields_split_by_enter_are_dropped() -> None:
    buffer = WedgeBuffer(today=TODAY)
    lines = feed_all(buffer, CARD_2024[:-3] + "\r\n", "|||\r\n")
    assert [line.kind for line in lines] == [LineKind.CARD]


def test_two_scans_in_a_row_give_two_cards() -> None:
    buffer = WedgeBuffer(today=TODAY)
    lines = buffer.feed(CARD_2021 + "\r\n" + CARD_2024 + "\r\n")
    assert [line.kind for line in lines] == [LineKind.CARD, LineKind.CARD]


def test_a_typed_id_number_is_plain_text() -> None:
    buffer = WedgeBuffer(today=TODAY)
    [line] = buffer.feed("001095012345\r")
    assert line.kind is LineKind.TEXT
    assert line.text == "001095012345"


def test_backspace_and_escape_edit_the_pending_text() -> None:
    buffer = WedgeBuffer(today=TODAY)
    buffer.feed("0010950123456\b")
    assert buffer.pending == "001095012345"
    buffer.feed("\x1b")
    assert buffer.pending == ""


def test_a_mangled_scan_is_rejected_with_its_reason() -> None:
    buffer = WedgeBuffer(today=TODAY)
    [line] = buffer.feed(CARD_2024.encode().decode("latin-1") + "\r\n")
    assert line.kind is LineKind.REJECTED
    assert line.error is not None and line.error.code == "qr_mangled_text"
    assert line.card is None


def test_a_scanned_web_link_is_rejected_not_taken_for_an_id() -> None:
    buffer = WedgeBuffer(today=TODAY)
    [line] = buffer.feed("https://vneid.gov.vn/\r\n")
    assert line.kind is LineKind.REJECTED
    assert line.error is not None and line.error.code == "qr_is_url"


def test_flush_completes_a_scan_sent_without_enter() -> None:
    buffer = WedgeBuffer(today=TODAY)
    assert buffer.feed(CARD_2021) == []
    [line] = buffer.flush()
    assert line.kind is LineKind.CARD
    assert buffer.flush() == []


def test_endless_input_without_enter_is_cut_and_rejected() -> None:
    buffer = WedgeBuffer(today=TODAY)
    lines = buffer.feed("x|" * 700)
    assert [line.kind for line in lines] == [LineKind.REJECTED]
    assert len(buffer.pending) < 1000


@DETERMINISTIC
@given(
    citizens(),
    st.lists(st.integers(1, 40), min_size=1, max_size=30),
    st.sampled_from(["\r", "\n", "\r\n"]),
    st.sampled_from([7, 11]),
)
def test_any_chunking_of_a_scan_gives_the_parsed_card(
    details: CitizenDetails, cuts: list[int], enter: str, field_count: int
) -> None:
    text = format_card_qr(details, field_count=field_count) + enter
    chunks, start = [], 0
    for size in cuts:
        chunks.append(text[start : start + size])
        start += size
    chunks.append(text[start:])
    lines = feed_all(WedgeBuffer(today=TODAY), *chunks)
    assert [line.kind for line in lines] == [LineKind.CARD]
    assert lines[0].card is not None and lines[0].card.details == details


@DETERMINISTIC
@given(st.text(max_size=300))
def test_no_keystrokes_crash_the_buffer(text: str) -> None:
    buffer = WedgeBuffer(today=TODAY)
    for line in buffer.feed(text) + buffer.flush():
        if line.kind is LineKind.CARD:
            assert line.card is not None and line.error is None
        elif line.kind is LineKind.REJECTED:
            assert line.error is not None and line.card is None
