"""A journal whose key is missing or foreign: named as such, its cases listed without a key."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from kiosk.journal import Journal, KeyringKeyProvider
from kiosk.journal.errors import KeyMissing
from kiosk.journal.health import key_problem
from kiosk.journal.keys import SERVICE, key_username
from kiosk.journal.store import unfinished_without_key
from tests.helpers.memory_keyring import MemoryKeyring
from tests.unit.journal.citizen import ID_NUMBER, fields


def test_a_missing_key_is_named_and_the_cases_listed_masked(
    journal: Journal, journal_path: Path, memory_keyring: MemoryKeyring
) -> None:
    case = journal.new_case("officer-1", "unit-1")
    journal.save_step(case.id, "details", fields(), "officer-1")
    journal_id = journal.journal_id
    journal.close()
    assert key_problem(journal_path) == ""
    memory_keyring.store.clear()
    assert key_problem(journal_path) == "key_missing"
    with pytest.raises(KeyMissing):
        Journal(journal_path, KeyringKeyProvider())
    cases = unfinished_without_key(journal_path)
    assert [c.id for c in cases] == [case.id]
    assert cases[0].masked_id_number and ID_NUMBER not in cases[0].masked_id_number
    # A foreign key (a copied profile with another account's keyring entry).
    other = base64.b64encode(b"\x01" * 32).decode()
    memory_keyring.set_password(SERVICE, key_username(journal_id), other)
    assert key_problem(journal_path) == "wrong_key"


def test_no_journal_or_not_a_journal_is_not_a_key_problem(tmp_path: Path) -> None:
    assert key_problem(tmp_path / "absent.sqlite3") == ""
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    assert key_problem(junk) == ""


def test_journals_set_aside_go_with_their_keys_after_case_days(
    journal_path: Path, memory_keyring: MemoryKeyring
) -> None:
    from datetime import UTC, datetime, timedelta

    from kiosk.config import RetentionSettings
    from kiosk.journal.damaged_files import quarantine, quarantined_files

    now = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    ids = []
    for age in (40, 10):  # days before now
        with Journal(journal_path, KeyringKeyProvider()) as old:
            ids.append(old.journal_id)
        quarantine(journal_path, now - timedelta(days=age))
    assert len(quarantined_files(journal_path)) == 2
    with Journal(journal_path, KeyringKeyProvider()) as current:
        report = current.apply_retention(now, RetentionSettings(case_days=30))
    assert report.set_aside_deleted == 1
    left = quarantined_files(journal_path)
    assert [p.name.rpartition(".corrupt-")[2][:8] for p in left] == ["20261125"]
    assert (SERVICE, key_username(ids[0])) not in memory_keyring.store  # its key went too
    assert (SERVICE, key_username(ids[1])) in memory_keyring.store
