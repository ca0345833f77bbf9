"""Personal data never reaches the files in clear; sealed records cannot be altered or moved."""

from __future__ import annotations

import base64
import os
import sqlite3
from pathlib import Path

import keyring
import pytest

from kiosk.journal import (
    DataTampered,
    Journal,
    KeyMissing,
    KeyringKeyProvider,
    WrongKey,
)
from kiosk.journal.keys import SERVICE, key_username
from tests.unit.journal import citizen


def _fill(journal: Journal) -> tuple[str, bytes, bytes]:
    case = journal.new_case("officer-7", "unit-hy-01")
    journal.save_step(case.id, "details", citizen.fields(), "officer-7")
    scan, form = citizen.scan_jpeg(5), citizen.form_pdf()
    journal.put_blob(case.id, "front.jpg", scan)
    journal.put_blob(case.id, "form.pdf", form)
    request = {**citizen.fields(), "otp_id": "otp-1", "otp_code": "482913"}
    journal.mark_creating(case.id, "key-1", request=request, attachment="form.pdf")
    journal.mark_created(case.id, {"username": citizen.ID_NUMBER, "account_id": "acc-1"})
    return case.id, scan, form


def _needles(scan: bytes, form: bytes) -> dict[str, bytes]:
    needles = citizen.personal_needles()
    needles["otp code"] = b"482913"
    needles.update({f"scan {k}": v for k, v in citizen.chunks(scan).items()})
    needles.update({f"form {k}": v for k, v in citizen.chunks(form).items()})
    return needles


def test_no_personal_data_in_the_files_before_or_after_checkpoint(journal: Journal) -> None:
    case_id, scan, form = _fill(journal)
    needles = _needles(scan, form)
    raw = citizen.journal_bytes(journal.path)
    assert os.path.getsize(f"{journal.path}-wal") > len(scan)  # the data is in the WAL now
    citizen.assert_absent(raw, needles)
    # Positive control: the search does see what is meant to be there in clear.
    assert citizen.found(raw, {"masked id": b"033*******21", "case id": case_id.encode()})

    assert journal.checkpoint()
    raw = citizen.journal_bytes(journal.path)
    assert os.path.getsize(f"{journal.path}-wal") == 0
    citizen.assert_absent(raw, needles)
    assert citizen.found(raw, {"masked id": b"033*******21"})


def _exec(path: Path, sql: str, *args: object) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql, args)
        conn.commit()
    finally:
        conn.close()


def _fetch(path: Path, sql: str, *args: object) -> bytes:
    conn = sqlite3.connect(path)
    try:
        return bytes(conn.execute(sql, args).fetchone()[0])
    finally:
        conn.close()


def test_a_changed_byte_is_an_authentication_error(journal: Journal) -> None:
    victim = journal.new_case("officer-7", "unit-hy-01")
    journal.save_step(victim.id, "details", citizen.fields(), "officer-7")
    journal.put_blob(victim.id, "front.jpg", citizen.scan_jpeg())
    bystander = journal.new_case("officer-7", "unit-hy-01")
    journal.save_step(bystander.id, "details", citizen.fields(full_name="Lê Văn Bình"), "x")

    sealed = bytearray(_fetch(journal.path, "SELECT fields FROM cases WHERE id = ?", victim.id))
    sealed[len(sealed) // 2] ^= 0x01
    _exec(journal.path, "UPDATE cases SET fields = ? WHERE id = ?", bytes(sealed), victim.id)
    blob = bytearray(_fetch(journal.path, "SELECT data FROM blobs WHERE case_id = ?", victim.id))
    blob[-1] ^= 0x80  # the tag itself
    _exec(journal.path, "UPDATE blobs SET data = ? WHERE case_id = ?", bytes(blob), victim.id)

    with pytest.raises(DataTampered) as tampered:
        journal.load_case(victim.id)
    assert tampered.value.code == "tampered"
    assert victim.id in tampered.value.detail
    with pytest.raises(DataTampered):
        journal.get_blob(victim.id, "front.jpg")
    assert journal.load_case(bystander.id).fields["full_name"] == "Lê Văn Bình"
    # The officer can still overwrite the damaged case with what the citizen says again.
    journal.save_step(victim.id, "details", citizen.fields(), "officer-7")
    assert journal.load_case(victim.id).fields == citizen.fields()


def test_ciphertexts_cannot_be_swapped_between_cases_or_slots(journal: Journal) -> None:
    first = journal.new_case("officer-7", "unit-hy-01")
    second = journal.new_case("officer-7", "unit-hy-01")
    journal.save_step(first.id, "details", citizen.fields(), "officer-7")
    journal.save_step(second.id, "details", citizen.fields(full_name="Lê Văn Bình"), "x")
    journal.put_blob(first.id, "front.jpg", citizen.scan_jpeg(1))
    journal.put_blob(second.id, "front.jpg", citizen.scan_jpeg(2))

    first_scan = _fetch(
        journal.path, "SELECT data FROM blobs WHERE case_id = ? AND name = 'front.jpg'", first.id
    )
    _exec(
        journal.path,
        "UPDATE blobs SET data = ? WHERE case_id = ? AND name = 'front.jpg'",
        first_scan,
        second.id,
    )
    with pytest.raises(DataTampered):
        journal.get_blob(second.id, "front.jpg")

    # Same case, another slot: the front scan presented as the back one.
    _exec(
        journal.path,
        "INSERT INTO blobs (case_id, name, size, data, saved_at) VALUES (?, 'back.jpg', 1, ?, '')",
        first.id,
        first_scan,
    )
    with pytest.raises(DataTampered):
        journal.get_blob(first.id, "back.jpg")

    first_fields = _fetch(journal.path, "SELECT fields FROM cases WHERE id = ?", first.id)
    _exec(journal.path, "UPDATE cases SET fields = ? WHERE id = ?", first_fields, second.id)
    with pytest.raises(DataTampered):
        journal.load_case(second.id)
    assert journal.get_blob(first.id, "front.jpg") == citizen.scan_jpeg(1)


def test_the_key_lives_in_the_keyring_only(journal: Journal) -> None:
    stored = keyring.get_password(SERVICE, key_username(journal.journal_id))
    assert stored is not None
    key = base64.b64decode(stored)
    assert len(key) == 32
    journal.new_case("officer-7", "unit-hy-01")
    assert journal.checkpoint()
    citizen.assert_absent(
        citizen.journal_bytes(journal.path), {"key": key, "key b64": stored.encode()}
    )


def test_missing_key_is_a_typed_error_in_vietnamese(journal_path: Path) -> None:
    with Journal(journal_path, KeyringKeyProvider()) as journal:
        journal_id = journal.journal_id
    keyring.delete_password(SERVICE, key_username(journal_id))
    with pytest.raises(KeyMissing) as missing:
        Journal(journal_path, KeyringKeyProvider())
    assert missing.value.code == "key_missing"
    assert missing.value.code == "key_missing"


def test_wrong_or_malformed_key_is_a_typed_error_in_vietnamese(journal_path: Path) -> None:
    with Journal(journal_path, KeyringKeyProvider()) as journal:
        case = journal.new_case("officer-7", "unit-hy-01")
        journal.save_step(case.id, "details", citizen.fields(), "officer-7")
        journal_id = journal.journal_id
    right = keyring.get_password(SERVICE, key_username(journal_id))
    assert right is not None
    other = base64.b64encode(os.urandom(32)).decode()
    keyring.set_password(SERVICE, key_username(journal_id), other)
    with pytest.raises(WrongKey) as wrong:
        Journal(journal_path, KeyringKeyProvider())
    assert wrong.value.code == "wrong_key"
    keyring.set_password(SERVICE, key_username(journal_id), "not base64 at all!")
    with pytest.raises(WrongKey):
        Journal(journal_path, KeyringKeyProvider())
    # With the right key back, nothing was lost.
    keyring.set_password(SERVICE, key_username(journal_id), right)
    with Journal(journal_path, KeyringKeyProvider()) as journal:
        assert journal.load_case(case.id).fields == citizen.fields()
