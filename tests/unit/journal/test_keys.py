"""The data key goes only to a keyring that protects it."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyrings.alt.file import PlaintextKeyring

from kiosk.journal import (
    InsecureKeyring,
    Journal,
    KeyringKeyProvider,
    KeyringUnavailable,
    is_secure_backend,
)
from kiosk.journal.keys import SERVICE, key_username
from tests.helpers.memory_keyring import MemoryKeyring


class HomeMadeFileKeyring(KeyringBackend):
    """A third-party fallback the deny-list does not name: keyring's own convention (a
    priority below 1 is a last resort, not a recommendation) is what gives it away."""

    priority = 0.2

    def __init__(self, folder: Path) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.folder = folder

    def get_password(self, service: str, username: str) -> str | None:
        path = self.folder / f"{service}-{username}.txt"
        return path.read_text() if path.exists() else None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / f"{service}-{username}.txt").write_text(password)

    def delete_password(self, service: str, username: str) -> None:
        (self.folder / f"{service}-{username}.txt").unlink()


def _use(backend: KeyringBackend) -> None:
    # conftest restores the test keyring after each test.
    keyring.set_keyring(backend)


def test_plaintext_keyring_is_refused_and_nothing_is_written(
    journal_path: Path, tmp_path: Path
) -> None:
    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "keyring_pass.cfg")
    _use(plaintext)
    with pytest.raises(InsecureKeyring) as refused:
        Journal(journal_path, KeyringKeyProvider())
    assert refused.value.code == "insecure_keyring"
    assert "PlaintextKeyring" in refused.value.backend
    assert not (tmp_path / "keyring_pass.cfg").exists()
    assert not journal_path.exists()
    assert not is_secure_backend(plaintext)


def test_a_journal_made_elsewhere_is_not_read_through_a_plaintext_keyring(
    journal_path: Path, tmp_path: Path
) -> None:
    with Journal(journal_path, KeyringKeyProvider()):
        pass
    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "keyring_pass.cfg")
    with pytest.raises(InsecureKeyring):
        Journal(journal_path, KeyringKeyProvider(plaintext))


def test_home_made_low_priority_store_is_refused(journal_path: Path, tmp_path: Path) -> None:
    store = HomeMadeFileKeyring(tmp_path / "keys")
    with pytest.raises(InsecureKeyring):
        Journal(journal_path, KeyringKeyProvider(store))
    assert not (tmp_path / "keys").exists()


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring()],  # type: ignore[no-untyped-call]
    ids=["fail", "null"],
)
def test_no_keyring_at_all_is_refused(journal_path: Path, backend: KeyringBackend) -> None:
    _use(backend)
    with pytest.raises(KeyringUnavailable) as refused:
        Journal(journal_path, KeyringKeyProvider())
    assert refused.value.code in ("keyring_unavailable", "insecure_keyring")
    assert not journal_path.exists()


def test_the_tests_memory_keyring_counts_as_secure(journal_path: Path) -> None:
    store = MemoryKeyring()
    assert is_secure_backend(store)
    with Journal(journal_path, KeyringKeyProvider(store)) as journal:
        assert (SERVICE, key_username(journal.journal_id)) in store.store


def test_delete_key_removes_it_from_the_keyring(journal_path: Path) -> None:
    provider = KeyringKeyProvider()
    with Journal(journal_path, provider) as journal:
        journal_id = journal.journal_id
    assert provider.has_key(journal_id)
    provider.delete_key(journal_id)
    provider.delete_key(journal_id)  # already gone: fine
    assert not provider.has_key(journal_id)
    assert keyring.get_password(SERVICE, key_username(journal_id)) is None
