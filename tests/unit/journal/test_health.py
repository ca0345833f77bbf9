"""What `kiosk doctor` will read about the journal."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring

from kiosk.journal import Journal, KeyringKeyProvider, journal_health, quarantine
from kiosk.journal.keys import SERVICE, key_username
from tests.unit.journal import citizen


def test_a_healthy_journal(journal_path: Path) -> None:
    with Journal(journal_path, KeyringKeyProvider()) as journal:
        draft = journal.new_case("officer-7", "unit-hy-01")
        journal.save_step(draft.id, "details", citizen.fields(), "officer-7")
        sending = journal.new_case("officer-7", "unit-hy-01")
        journal.mark_creating(sending.id, "key-1")
        done = journal.new_case("officer-7", "unit-hy-01")
        journal.put_blob(done.id, "front.jpg", citizen.scan_jpeg())
        journal.mark_creating(done.id, "key-2")
        journal.mark_created(done.id, {"account_id": "acc-1"})
        journal_id = journal.journal_id

        report = journal_health(journal_path)  # while the app holds it open

    assert report["ok"] is True and report["problems"] == []
    assert report["integrity"] == "ok"
    assert report["journal_id"] == journal_id
    assert (report["key_present"], report["key_matches"]) == (True, True)
    assert report["keyring"]["secure"] is True
    assert (report["unfinished_cases"], report["awaiting_reconcile"]) == (2, 1)
    assert report["cases"]["created"] == 1
    assert report["retention_due"] == {"scans": 1, "details": 1, "cases": 0}
    later = journal_health(journal_path, now=datetime.now(UTC) + timedelta(days=31))
    assert later["retention_due"] == {"scans": 0, "details": 0, "cases": 3}
    assert report["size_bytes"] > 0 and report["quarantined"] == []
    json.dumps(report)  # doctor prints it as JSON too
    citizen.assert_absent(
        json.dumps(report, ensure_ascii=False).encode(), citizen.personal_needles()
    )


def test_no_journal_yet_is_fine(journal_path: Path) -> None:
    report = journal_health(journal_path)
    assert (report["exists"], report["ok"]) == (False, True)
    assert not journal_path.exists()  # looking does not create it


def test_missing_and_wrong_keys_are_reported(journal_path: Path) -> None:
    with Journal(journal_path, KeyringKeyProvider()) as journal:
        journal_id = journal.journal_id
    keyring.set_password(SERVICE, key_username(journal_id), "AAAA" * 11)  # 33 bytes
    assert journal_health(journal_path)["problems"] == ["wrong_key"]
    keyring.delete_password(SERVICE, key_username(journal_id))
    report = journal_health(journal_path)
    assert report["problems"] == ["key_missing"] and report["key_present"] is False
    assert report["ok"] is False


def test_corrupt_and_quarantined_files_are_reported(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(random.Random(9).randbytes(8192))
    report = journal_health(journal_path)
    assert report["ok"] is False and report["problems"] == ["corrupt"]
    moved = quarantine(journal_path)
    assert journal_health(journal_path)["quarantined"] == [moved.name]
