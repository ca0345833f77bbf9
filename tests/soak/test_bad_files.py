"""Bad files: each gets a clear Vietnamese message, the kiosk goes on, other cases unharmed.

A counter with cases in every state (one created, one with its scans and details, one
waiting for the OTP) meets truncated, empty, huge and non-image scans, a broken PDF, an
attachment over 5 MB, a journal file of garbage and a damaged case in the journal. After
each, the other cases are exactly as they were and a new case still goes through.
"""

from __future__ import annotations

import hashlib
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kiosk.journal import (
    DataTampered,
    Journal,
    JournalCorrupt,
    KeyringKeyProvider,
    Status,
    open_journal,
)
from kiosk.portal import Rejected
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.models import Attachment
from kiosk.scanner.device import ScanOptions
from kiosk.scanner.errors import ScanError
from kiosk.scanner.file_import import FileImportDriver, load_first_page
from kiosk.scanner.idcard_pdf import MAX_BYTES, PdfResult, build_idcard_pdf
from kiosk.scanner.imaging import CardImage
from kiosk.ui.catalogue.journal import text_of as journal_words
from kiosk.ui.catalogue.scanner import text_of as scan_words
from kiosk.ui.messages import describe
from tests.helpers.gateway import ManualClock, citizen_data, padded_pdf
from tests.soak.bad_inputs import bad_scans
from tests.soak.desk import Desk
from tests.soak.flow import OTP, HeadlessOfficer, citizen_number
from tests.soak.ledger import table
from tests.unit.cases.citizens import card_files, card_pages, citizen
from tests.unit.scanner.scenes import noise_image

MIB = 1024 * 1024


@dataclass
class Counter:
    """A counter in the middle of its day: the journal, the officer, cases in every state."""

    running: RunningGateway
    journal: Journal
    desk: Desk
    officer: HeadlessOfficer
    others: dict[str, str]  # case id -> fingerprint of everything the journal holds of it

    def fingerprint(self, case_id: str) -> str:
        record = self.journal.load_case(case_id)
        digest = hashlib.sha256(repr((record.status, record.step, record.fields)).encode())
        for name in record.blobs:
            digest.update(name.encode() + self.journal.get_blob(case_id, name))
        return digest.hexdigest()

    def unharmed(self) -> bool:
        return all(self.fingerprint(i) == print_ for i, print_ in self.others.items())


@pytest.fixture
def counter(
    make_gateway: Callable[..., RunningGateway],
    gateway_clock: ManualClock,
    tmp_path: Path,
    journals: Callable[..., Journal],
    desks: Callable[..., Desk],
) -> Counter:
    running = make_gateway()
    journal = journals(tmp_path / "data" / "journal.sqlite3", clock=gateway_clock)
    desk = desks(running.url, journal, clock=gateway_clock)
    officer = HeadlessOfficer(desk.service, desk.log_in)
    created = officer.serve(1)
    waiting, _code = officer.prepare(2)  # the OTP is on the citizen's phone
    scanned = desk.service.start()
    officer.on_event = _stop_at("details")
    with pytest.raises(_Stop):
        officer.carry_on(scanned, 3)
    officer.on_event = None
    ids = (created.case_id, waiting.case_id, scanned.case_id)
    result = Counter(running, journal, desk, officer, {})
    result.others = {case_id: result.fingerprint(case_id) for case_id in ids}
    return result


class _Stop(Exception):
    pass


def _stop_at(event: str) -> Callable[[str, int, Any], None]:
    def stop(what: str, _n: int, _case: Any) -> None:
        if what == event:
            raise _Stop

    return stop


def test_bad_scans_each_get_a_clear_message(
    qapp: Any, counter: Counter, tmp_path: Path, report: Callable[[str], None]
) -> None:
    person = citizen(40)
    (tmp_path / "good").mkdir()
    front, _back = card_files(tmp_path / "good", person)
    files = bad_scans(tmp_path / "bad", front.read_bytes())
    service = counter.desk.service
    case = service.start()
    case = service.lookup(case, person.details.id_number)
    driver = FileImportDriver()
    rows: list[tuple[str, object]] = []
    expected = {
        "truncated JPEG": "unreadable",
        "zero-byte file": "unreadable",
        "40000x40000 PNG header": "too_large",
        "text file named .jpg": "unreadable",
        "broken PDF": "unreadable",
        "file over the size limit": "too_large",
    }
    for label, path in files.items():
        device = FileImportDriver.device_for(path)
        with pytest.raises(ScanError) as scanned:
            driver.scan(device, ScanOptions(), threading.Event(), lambda _f: None)
        # The lookup page's "open a card image" reads files the same way.
        with pytest.raises(ScanError) as opened:
            load_first_page(path)
        said = describe(scanned.value)
        assert scanned.value.code == opened.value.code == expected[label], label
        assert said.title == "Chưa quét được" and said.retryable
        assert said.text == scan_words(expected[label])
        rows.append((label, f"{scanned.value.code}: {said.text}"))
    report(table("bad scan files: what the officer reads", rows))

    # The same case goes on with the right files; nothing else moved.
    front_page, back_page = card_pages(person)
    case = service.add_side(case, "front", front_page).case
    case = service.add_side(case, "back", back_page).case
    summary = service.finish_scan(case)
    case = summary.case
    assert summary.qr is not None and summary.pdf_size <= MAX_BYTES
    assert counter.unharmed()


def test_an_attachment_over_5_mb_is_refused_and_the_kiosk_never_makes_one(
    qapp: Any, counter: Counter, report: Callable[[str], None]
) -> None:
    client = counter.desk.client
    too_big = padded_pdf(int(5.1 * MIB))
    data = {**citizen_data(41), "otp_id": str(uuid.uuid4()), "otp_code": "123456"}
    with pytest.raises(Rejected) as refused:
        client.create_account(data, too_big, str(uuid.uuid4()))
    said = describe(refused.value)
    assert refused.value.code == "attachment_too_large" and refused.value.status == 413
    assert said.text == "Tệp ảnh thẻ vượt quá 5 MB."

    # The worst scans there are (noise does not compress), asked for at 600 dpi: the PDF
    # builder steps quality and resolution down until the file fits, and the gateway takes it.
    front = CardImage(noise_image((2022, 1275), seed=1), 600.0)
    back = CardImage(noise_image((2022, 1275), seed=2), 600.0)
    built = build_idcard_pdf(front, back, dpi=600)
    assert built.size <= MAX_BYTES
    # Under a tighter bound the builder steps down the ladder instead of going over it.
    squeezed = build_idcard_pdf(front, back, dpi=600, max_bytes=2 * MIB)
    assert squeezed.size <= 2 * MIB and (squeezed.dpi, squeezed.quality) < (600, 80)
    person = citizen(42)
    sent = client.send_otp(person.phone, person.details.id_number)
    texts = [m.text for m in client.training_sms(phone=sent.phone) if m.kind == "otp"]
    found = OTP.search(texts[-1])
    assert found is not None
    data = {
        **citizen_data(42, id_number=person.details.id_number, phone=person.phone),
        "full_name": person.details.full_name,
        "sex": person.details.sex.value,
        "unit_id": counter.desk.service.unit.id,
        "otp_id": sent.otp_id,
        "otp_code": found.group(1),
    }
    created = client.create_account(data, built.data, str(uuid.uuid4()))
    with counter.running.gateway.db.read() as session:
        stored = session.get(Attachment, created.account_id)
        assert stored is not None and bytes(stored.content) == built.data
    report(
        table(
            "attachments",
            [
                ("5.1 MB attachment", f"{refused.value.status} {refused.value.code}: {said.text}"),
                ("kiosk PDF of noise at 600 dpi", _pdf(built)),
                ("  accepted by the gateway", "yes"),
                ("the same under a 2 MB bound", _pdf(squeezed)),
            ],
        )
    )
    assert counter.unharmed()


def _pdf(result: PdfResult) -> str:
    return f"{result.size / MIB:.2f} MB ({result.dpi} dpi, JPEG quality {result.quality})"


def test_a_journal_of_garbage_is_set_aside_and_a_fresh_one_works(
    qapp: Any, counter: Counter, tmp_path: Path, report: Callable[[str], None]
) -> None:
    path = tmp_path / "other" / "journal.sqlite3"
    path.parent.mkdir()
    garbage = bytes(range(256)) * 64
    path.write_bytes(garbage)
    opened = open_journal(path, KeyringKeyProvider())
    try:
        error = opened.error
        assert isinstance(error, JournalCorrupt) and opened.quarantined is not None
        said = describe(error)
        assert said.text == journal_words("corrupt")
        assert opened.quarantined.read_bytes() == garbage  # kept, as it was, for IT
        # A whole case on the fresh journal.
        desk = Desk(counter.running.url, opened.journal)
        try:
            fresh = HeadlessOfficer(desk.service, desk.log_in).serve(43)
            assert opened.journal.load_case(fresh.case_id).status is Status.CREATED
        finally:
            desk.close()
    finally:
        opened.journal.close()
    report(table("journal of garbage", [("officer reads", said.text), ("set aside", "yes")]))
    assert counter.unharmed()


def test_one_damaged_case_leaves_the_others_working(qapp: Any, counter: Counter) -> None:
    journal = counter.journal
    damaged, *_ = counter.others
    # One byte of one sealed scan changed inside the SQLite file (as a bad sector would).
    import sqlite3

    conn = sqlite3.connect(journal.path)
    try:
        (data,) = conn.execute(
            "SELECT data FROM blobs WHERE case_id = ? AND name = 'idcard.pdf'", (damaged,)
        ).fetchone()
        broken = bytes(data[:100]) + bytes([data[100] ^ 0x01]) + bytes(data[101:])
        conn.execute(
            "UPDATE blobs SET data = ? WHERE case_id = ? AND name = 'idcard.pdf'",
            (broken, damaged),
        )
        conn.commit()
    finally:
        conn.close()
    with pytest.raises(DataTampered) as tampered:
        journal.get_blob(damaged, "idcard.pdf")
    assert describe(tampered.value).text == journal_words("tampered")
    rest = {i: p for i, p in counter.others.items() if i != damaged}
    assert all(counter.fingerprint(i) == p for i, p in rest.items())
    # The case waiting for its OTP is finished; a new one goes through.
    for summary in counter.desk.service.unfinished():
        if summary.id in rest:
            case = counter.desk.service.load(summary.id)
            counter.officer.carry_on(case, citizen_number(case) or 0)
    assert counter.officer.serve(44).outcome is not None
