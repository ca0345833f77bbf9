"""Retention deletes for real: the bytes leave the files, not only the rows."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.config import RetentionSettings
from kiosk.journal import CaseNotFound, Journal, Status
from kiosk.journal.records import FINISHED
from kiosk.journal.retention import CaseTimes, plan
from tests.unit.journal import citizen


def _sealed_blob(path: Path, case_id: str, name: str) -> bytes:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT data FROM blobs WHERE case_id = ? AND name = ?", (case_id, name)
        ).fetchone()
        return bytes(row[0])
    finally:
        conn.close()


def _created_case(journal: Journal, id_number: str, name: str, seed: int) -> str:
    case = journal.new_case("officer-7", "unit-hy-01")
    journal.save_step(
        case.id, "details", citizen.fields(id_number=id_number, full_name=name), "officer-7"
    )
    journal.put_blob(case.id, "front.jpg", citizen.scan_jpeg(seed))
    journal.put_blob(case.id, "form.pdf", citizen.form_pdf())
    journal.mark_creating(case.id, f"key-{seed}", attachment="form.pdf")
    journal.mark_created(case.id, {"username": id_number})
    return case.id


def test_scans_and_details_go_when_the_case_is_created(journal: Journal) -> None:
    done = _created_case(journal, "001203012345", "Trần Quốc Việt", seed=11)
    still_open = journal.new_case("officer-7", "unit-hy-01")
    journal.put_blob(still_open.id, "front.jpg", citizen.scan_jpeg(12))
    sealed = _sealed_blob(journal.path, done, "front.jpg")
    assert journal.checkpoint()
    pieces = citizen.chunks(sealed)
    before = citizen.found(citizen.journal_bytes(journal.path), pieces)
    assert len(before) > 0.9 * len(pieces)  # the search does find the sealed scan first

    report = journal.apply_retention()

    assert (report.blobs_deleted, report.cases_reduced, report.cases_deleted) == (2, 1, 0)
    assert report.wal_truncated and report.pages_freed > 0
    citizen.assert_absent(citizen.journal_bytes(journal.path), pieces)
    reduced = journal.load_case(done)
    assert reduced.blobs == () and reduced.fields == {} and reduced.outcome is None
    assert reduced.reduced_at is not None and reduced.status is Status.CREATED
    assert reduced.masked_id_number == "001*******45"  # the masked summary stays
    assert journal.load_case(still_open.id).blobs == ("front.jpg",)
    actions = [e.action for e in journal.audit_trail(done)]
    assert actions[-2:] == ["scans_deleted", "details_deleted"]
    assert journal.apply_retention().blobs_deleted == 0


def test_expired_cases_are_deleted_with_their_masked_summary(journal: Journal) -> None:
    old = _created_case(journal, "001203012345", "Trần Quốc Việt", seed=21)
    recent = _created_case(journal, "079203099876", "Phạm Thu Hà", seed=22)
    stale_draft = journal.new_case("officer-7", "unit-hy-01")
    journal.save_step(stale_draft.id, "details", citizen.fields(), "officer-7")
    now = datetime.now(UTC)
    journal.apply_retention(now)
    assert journal.checkpoint()
    raw = citizen.journal_bytes(journal.path)
    gone = {"masked id": b"001*******45", "masked name": b"T. Q. V.", "id": old.encode()}
    assert citizen.found(raw, gone) == list(gone)  # present before the deadline

    # The old case finished 31 days ago: move the clock instead of waiting.
    later = now + timedelta(days=31)
    report = journal.apply_retention(later, RetentionSettings(case_days=30))

    assert report.cases_deleted == 3  # both created cases and the draft untouched for 31 days
    raw = citizen.journal_bytes(journal.path)
    citizen.assert_absent(raw, gone)
    citizen.assert_absent(raw, citizen.personal_needles())
    for case_id in (old, recent, stale_draft.id):
        with pytest.raises(CaseNotFound):
            journal.load_case(case_id)
    assert journal.audit_trail(old) == []


def test_abandoned_cases_lose_their_scans_too(journal: Journal) -> None:
    case = journal.new_case("officer-7", "unit-hy-01")
    journal.save_step(case.id, "scan", citizen.fields(), "officer-7")
    journal.put_blob(case.id, "front.jpg", citizen.scan_jpeg(31))
    journal.abandon(case.id, "officer-7", "citizen_left")
    report = journal.apply_retention()
    assert (report.blobs_deleted, report.cases_reduced) == (1, 1)
    assert journal.load_case(case.id).fields == {}


def test_days_rule_keeps_scans_until_due(journal: Journal) -> None:
    case_id = _created_case(journal, "001203012345", "Trần Quốc Việt", seed=41)
    rules = RetentionSettings(scans="days", scan_days=2)
    now = datetime.now(UTC)
    assert journal.apply_retention(now + timedelta(days=1), rules).blobs_deleted == 0
    assert journal.retention_due(now + timedelta(days=2), rules).drop_blobs == [case_id]
    assert journal.apply_retention(now + timedelta(days=2), rules).blobs_deleted == 2


def _times(status: Status, finished: datetime | None, updated: datetime) -> CaseTimes:
    return CaseTimes(
        id="c",
        status=status,
        updated_at=updated,
        finished_at=finished,
        has_blobs=True,
        reduced=False,
    )


@pytest.mark.parametrize("status", FINISHED)
def test_plan_for_finished_cases_by_rule(status: Status) -> None:
    finished = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)
    case = [_times(status, finished, finished)]
    same_time = plan(case, finished, RetentionSettings(scans="on_created"))
    assert (same_time.drop_blobs, same_time.reduce, same_time.delete) == (["c"], ["c"], [])
    in_a_minute = finished + timedelta(minutes=1)
    assert plan(case, in_a_minute, RetentionSettings(scans="end_of_day")).empty
    two_days = finished + timedelta(days=2)
    assert plan(case, two_days, RetentionSettings(scans="end_of_day")).drop_blobs == ["c"]
    assert plan(case, two_days, RetentionSettings(scans="days", scan_days=3)).empty
    assert plan(case, two_days, RetentionSettings(scans="days", scan_days=2)).reduce == ["c"]
    expired = plan(case, finished + timedelta(days=30), RetentionSettings(case_days=30))
    assert (expired.drop_blobs, expired.reduce, expired.delete) == ([], [], ["c"])


@pytest.mark.parametrize("status", [Status.OPEN, Status.CREATING])
def test_plan_keeps_unfinished_cases_until_case_days(status: Status) -> None:
    updated = datetime(2026, 3, 5, 9, 0, tzinfo=UTC)
    case = [_times(status, None, updated)]
    rules = RetentionSettings(scans="on_created", case_days=30)
    assert plan(case, updated + timedelta(days=29, hours=23), rules).empty
    assert plan(case, updated + timedelta(days=30), rules).delete == ["c"]
