"""Cases, steps, scans and states on a real journal file, across reopenings."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from kiosk.journal import (
    BlobNotFound,
    BlobTooLarge,
    CaseNotFound,
    InvalidTransition,
    Journal,
    KeyringKeyProvider,
    Status,
)
from tests.unit.journal import citizen


def reopen(path: Path) -> Journal:
    return Journal(path, KeyringKeyProvider())


def test_a_saved_step_survives_closing_and_reopening(journal_path: Path) -> None:
    with reopen(journal_path) as journal:
        case = journal.new_case("officer-7", "unit-hy-01")
        journal.save_step(case.id, "lookup", {"id_number": citizen.ID_NUMBER}, "officer-7")
        journal.save_step(case.id, "details", citizen.fields(), "officer-7")
        front, back = citizen.scan_jpeg(1), citizen.scan_jpeg(2)
        journal.put_blob(case.id, "front.jpg", front)
        journal.put_blob(case.id, "back.jpg", back)
    with reopen(journal_path) as journal:
        loaded = journal.load_case(case.id)
        assert loaded.step == "details"
        assert loaded.status is Status.OPEN
        assert loaded.fields == citizen.fields()
        assert loaded.blobs == ("back.jpg", "front.jpg")
        assert journal.get_blob(case.id, "front.jpg") == front
        assert journal.get_blob(case.id, "back.jpg") == back
        assert loaded.officer_id == "officer-7" and loaded.unit_id == "unit-hy-01"
        assert loaded.masked_id_number == "033*******21"
        assert loaded.masked_name == "N. T. Á. T."


def test_the_file_is_in_wal_mode_with_incremental_vacuum(journal: Journal) -> None:
    journal.new_case("officer-7", "unit-hy-01")
    probe = sqlite3.connect(journal.path)
    try:
        assert probe.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert probe.execute("PRAGMA auto_vacuum").fetchone()[0] == 2  # incremental
    finally:
        probe.close()
    assert Path(f"{journal.path}-wal").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_journal_files_are_owner_only(journal: Journal) -> None:
    journal.new_case("officer-7", "unit-hy-01")
    for suffix in ("", "-wal", "-shm"):
        assert stat.S_IMODE(os.stat(f"{journal.path}{suffix}").st_mode) == 0o600
    assert stat.S_IMODE(journal.path.parent.stat().st_mode) == 0o700


def test_unfinished_cases_are_offered_newest_first_without_decryption(journal: Journal) -> None:
    first = journal.new_case("officer-7", "unit-hy-01")
    journal.save_step(first.id, "details", citizen.fields(), "officer-7")
    second = journal.new_case("officer-7", "unit-hy-01")
    journal.save_step(second.id, "scan", {"id_number": "001203012345"}, "officer-7")
    other = journal.new_case("officer-9", "unit-hy-02")
    done = journal.new_case("officer-7", "unit-hy-01")
    journal.abandon(done.id, "officer-7", "citizen left")
    journal.mark_creating(first.id, "key-1")

    mine = journal.unfinished_cases("officer-7")
    assert [c.id for c in mine] == [first.id, second.id]
    assert mine[0].needs_reconcile and not mine[1].needs_reconcile
    assert (mine[1].step, mine[1].masked_id_number) == ("scan", "001*******45")
    assert {c.id for c in journal.unfinished_cases()} == {first.id, second.id, other.id}


def test_each_step_is_audited_with_field_names_only(journal: Journal) -> None:
    case = journal.new_case("officer-7", "unit-hy-01")
    journal.save_step(case.id, "details", citizen.fields(), "officer-7")
    journal.save_step(case.id, "details", citizen.fields(email=""), "officer-7")
    journal.put_blob(case.id, "front.jpg", citizen.scan_jpeg())
    journal.record(case.id, "officer-7", "form_printed")
    journal.abandon(case.id, "officer-7", f"khách gọi lại số {citizen.PHONE_LOCAL}")

    trail = journal.audit_trail(case.id)
    assert [e.action for e in trail] == [
        "case_opened",
        "step_saved",
        "step_saved",
        "blob_saved",
        "form_printed",
        "abandoned",
    ]
    assert trail[2].detail == "step=details; changed=email"
    assert trail[3].detail.startswith("front.jpg (")
    assert all(e.actor == "officer-7" for e in trail)
    assert trail[0].at <= trail[-1].at
    text = "\n".join(f"{e.actor} {e.action} {e.detail}" for e in trail).encode()
    citizen.assert_absent(text, citizen.personal_needles())


def test_a_refused_save_changes_nothing(journal: Journal) -> None:
    case = journal.new_case("officer-7", "unit-hy-01")
    journal.save_step(case.id, "details", citizen.fields(), "officer-7")
    with pytest.raises(TypeError):
        journal.save_step(case.id, "otp", {"when": object()}, "officer-7")
    journal.mark_creating(case.id, "key-1")
    with pytest.raises(InvalidTransition) as refused:
        journal.save_step(case.id, "otp", citizen.fields(phone="+84987654321"), "officer-7")
    assert refused.value.code == "invalid_state"
    loaded = journal.load_case(case.id)
    assert (loaded.step, loaded.fields) == ("details", citizen.fields())
    assert [e.action for e in journal.audit_trail(case.id)].count("step_saved") == 1


def test_mark_creating_is_persisted_with_the_exact_request(journal_path: Path) -> None:
    request = {"id_number": citizen.ID_NUMBER, "otp_id": "otp-1", "otp_code": "123456"}
    with reopen(journal_path) as journal:
        case = journal.new_case("officer-7", "unit-hy-01")
        journal.put_blob(case.id, "form.pdf", citizen.form_pdf())
        journal.mark_creating(case.id, "5b0e7c1e-key", request=request, attachment="form.pdf")
        # The same key again (a retry of the same click) is harmless; another key is not.
        journal.mark_creating(case.id, "5b0e7c1e-key", request=request, attachment="form.pdf")
        with pytest.raises(InvalidTransition):
            journal.mark_creating(case.id, "another-key")
    with reopen(journal_path) as journal:
        loaded = journal.load_case(case.id)
        assert loaded.status is Status.CREATING
        assert loaded.pending is not None
        assert loaded.idempotency_key == "5b0e7c1e-key"
        assert loaded.pending.request == request
        assert loaded.pending.attachment == "form.pdf"
        # The attachment is frozen while the request may be in flight: same key, same body.
        with pytest.raises(InvalidTransition):
            journal.put_blob(case.id, "form.pdf", b"%PDF-1.7 other")
        with pytest.raises(InvalidTransition):
            journal.delete_blob(case.id, "form.pdf")
        with pytest.raises(InvalidTransition):
            journal.abandon(case.id, "officer-7", "gave up")


def test_mark_creating_needs_the_attachment_it_names(journal: Journal) -> None:
    case = journal.new_case("officer-7", "unit-hy-01")
    with pytest.raises(BlobNotFound):
        journal.mark_creating(case.id, "key-1", attachment="form.pdf")
    assert journal.load_case(case.id).status is Status.OPEN


def test_created_case_keeps_outcome_and_drops_the_request(journal: Journal) -> None:
    case = journal.new_case("officer-7", "unit-hy-01")
    journal.mark_creating(case.id, "key-1", request={"otp_code": "123456"})
    with pytest.raises(InvalidTransition):
        journal.mark_creating(case.id, "key-2")
    outcome = {"account_id": "acc-1", "username": citizen.ID_NUMBER, "level": 2}
    journal.mark_created(case.id, outcome)
    journal.mark_created(case.id, outcome)  # a reconciled replay of the same answer
    loaded = journal.load_case(case.id)
    assert loaded.status is Status.CREATED
    assert loaded.outcome == outcome
    assert loaded.pending is None and loaded.finished_at is not None
    with pytest.raises(InvalidTransition):
        journal.save_step(case.id, "details", {}, "officer-7")
    assert journal.unfinished_cases() == []


def test_refusals_fail_or_reopen_a_case(journal: Journal) -> None:
    final = journal.new_case("officer-7", "unit-hy-01")
    journal.mark_creating(final.id, "key-1")
    journal.mark_failed(final.id, "account_exists")
    failed = journal.load_case(final.id)
    assert (failed.status, failed.failure_code) == (Status.FAILED, "account_exists")

    fixable = journal.new_case("officer-7", "unit-hy-01")
    journal.mark_creating(fixable.id, "key-2", request={"otp_code": "111111"})
    journal.reopen_after_refusal(fixable.id, "otp_expired")
    reopened = journal.load_case(fixable.id)
    assert reopened.status is Status.OPEN and reopened.pending is None
    journal.mark_creating(fixable.id, "key-3")
    assert journal.load_case(fixable.id).idempotency_key == "key-3"
    with pytest.raises(ValueError):
        journal.mark_failed(fixable.id, "Account exists for 033190004321")


def test_blobs_replace_delete_and_refuse_the_oversized(journal_path: Path) -> None:
    journal = Journal(journal_path, KeyringKeyProvider(), max_blob_bytes=300_000)
    with journal:
        case = journal.new_case("officer-7", "unit-hy-01")
        journal.put_blob(case.id, "front.jpg", citizen.scan_jpeg(1))
        journal.put_blob(case.id, "front.jpg", citizen.scan_jpeg(3))  # rescanned
        assert journal.get_blob(case.id, "front.jpg") == citizen.scan_jpeg(3)
        with pytest.raises(BlobTooLarge) as too_large:
            journal.put_blob(case.id, "back.jpg", bytes(300_001))
        assert too_large.value.code == "blob_too_large"
        assert journal.delete_blob(case.id, "front.jpg") is True
        assert journal.delete_blob(case.id, "front.jpg") is False
        with pytest.raises(BlobNotFound):
            journal.get_blob(case.id, "front.jpg")
        with pytest.raises(ValueError):
            journal.put_blob(case.id, "../escape.jpg", b"x")
        assert journal.load_case(case.id).blobs == ()


def test_unknown_case_is_a_typed_error(journal: Journal) -> None:
    with pytest.raises(CaseNotFound) as missing:
        journal.load_case("no-such-case")
    assert missing.value.code == "case_not_found"
    with pytest.raises(CaseNotFound):
        journal.save_step("no-such-case", "details", {}, "officer-7")
