"""A damaged journal file: a clear error, moved aside, and a fresh journal to go on with."""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

import pytest

from kiosk.journal import (
    Journal,
    JournalCorrupt,
    KeyringKeyProvider,
    open_journal,
    quarantine,
)
from kiosk.journal.damaged_files import quarantined_files
from tests.unit.journal import citizen


def _journal_with_a_case(path: Path) -> str:
    with Journal(path, KeyringKeyProvider()) as journal:
        case = journal.new_case("officer-7", "unit-hy-01")
        journal.save_step(case.id, "details", citizen.fields(), "officer-7")
        journal.put_blob(case.id, "front.jpg", citizen.scan_jpeg())
        assert journal.checkpoint()
        return case.id


def _assert_fresh_journal_works(path: Path) -> None:
    opened = open_journal(path, KeyringKeyProvider())
    with opened.journal as journal:
        moved = opened.quarantined
        assert moved is not None
        assert any(Path(f"{moved}{s}").exists() for s in ("", "-wal"))
        assert opened.error is not None and opened.error.code == "corrupt"
        case = journal.new_case("officer-7", "unit-hy-01")
        journal.save_step(case.id, "details", citizen.fields(), "officer-7")
        assert journal.load_case(case.id).fields == citizen.fields()
        assert journal.check_integrity().ok
    assert quarantined_files(path) == [opened.quarantined]


def test_garbage_file_is_corrupt_and_quarantined(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(random.Random(3).randbytes(10_000))
    with pytest.raises(JournalCorrupt) as corrupt:
        Journal(journal_path, KeyringKeyProvider())
    assert corrupt.value.code == "corrupt"
    assert corrupt.value.code == "corrupt"
    _assert_fresh_journal_works(journal_path)


def test_truncated_journal_is_corrupt(journal_path: Path) -> None:
    _journal_with_a_case(journal_path)
    size = journal_path.stat().st_size
    with journal_path.open("r+b") as fh:
        fh.truncate(size // 2)
    with pytest.raises(JournalCorrupt):
        Journal(journal_path, KeyringKeyProvider())
    _assert_fresh_journal_works(journal_path)


def test_quarantine_moves_the_wal_and_index_with_the_file(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    parts = {"": b"main file", "-wal": b"committed frames", "-shm": b"wal index"}
    for suffix, content in parts.items():
        Path(f"{journal_path}{suffix}").write_bytes(content)
    moved = quarantine(journal_path)
    for suffix, content in parts.items():
        assert Path(f"{moved}{suffix}").read_bytes() == content
        assert not Path(f"{journal_path}{suffix}").exists()


def test_garbage_inside_pages_is_found_at_open(journal_path: Path) -> None:
    _journal_with_a_case(journal_path)
    with journal_path.open("r+b") as fh:
        fh.seek(4096)  # keep the header page, damage the next two
        fh.write(random.Random(4).randbytes(8192))
    with pytest.raises(JournalCorrupt):
        Journal(journal_path, KeyringKeyProvider())
    _assert_fresh_journal_works(journal_path)


def test_another_sqlite_database_is_not_taken_for_a_journal(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    other = sqlite3.connect(journal_path)
    other.execute("CREATE TABLE notes (text TEXT)")
    other.commit()
    other.close()
    with pytest.raises(JournalCorrupt) as corrupt:
        Journal(journal_path, KeyringKeyProvider())
    assert "not a kiosk journal" in corrupt.value.detail
    _assert_fresh_journal_works(journal_path)


def test_a_wal_without_its_journal_is_not_replayed_into_a_new_one(journal_path: Path) -> None:
    _journal_with_a_case(journal_path)
    with Journal(journal_path, KeyringKeyProvider()) as journal:
        journal.new_case("officer-7", "unit-hy-01")
        wal = Path(f"{journal_path}-wal").read_bytes()
    os.remove(journal_path)
    Path(f"{journal_path}-wal").write_bytes(wal)
    with pytest.raises(JournalCorrupt):
        Journal(journal_path, KeyringKeyProvider())
    _assert_fresh_journal_works(journal_path)


def test_a_zero_byte_file_becomes_a_new_journal(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(b"")  # a crash right after the file was created
    with Journal(journal_path, KeyringKeyProvider()) as journal:
        assert journal.check_integrity().ok


def test_open_journal_without_damage_moves_nothing(journal_path: Path) -> None:
    case_id = _journal_with_a_case(journal_path)
    opened = open_journal(journal_path, KeyringKeyProvider())
    with opened.journal as journal:
        assert opened.quarantined is None and opened.error is None
        assert journal.load_case(case_id).fields == citizen.fields()
    assert quarantined_files(journal_path) == []


def test_quarantine_never_overwrites_an_earlier_one(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    first_bytes, second_bytes = b"first damaged file", b"second damaged file"
    journal_path.write_bytes(first_bytes)
    first = quarantine(journal_path)
    journal_path.write_bytes(second_bytes)
    second = quarantine(journal_path)
    assert first != second
    assert (first.read_bytes(), second.read_bytes()) == (first_bytes, second_bytes)
