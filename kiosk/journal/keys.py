"""The journal's data key, kept in the OS keyring and nowhere else.

One random 256-bit key per journal file, stored base64 under service "kiosk", username
"journal-key:<journal id>". The journal file holds only a sealed check value, so a wrong key is
told apart from damaged data.

Which keyring backends may hold the key is decided in ONE place for the whole kiosk,
kiosk.portal.credentials.choose_backend (deny-list of keyrings.alt / fail / null, keyring's
"recommended" priority, a chainer judged by its members and its best acceptable member used
directly). A data key in a readable file next to the journal would make the encryption
pointless, so whatever that check refuses, the journal refuses too.
"""

from __future__ import annotations

import base64
import binascii
from typing import Protocol

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from kiosk.journal.crypto import KEY_BYTES, new_key
from kiosk.journal.errors import InsecureKeyring, KeyMissing, KeyringUnavailable, WrongKey
from kiosk.portal.credentials import KeyringRefused, choose_backend
from kiosk.portal.credentials import backend_name as backend_name

SERVICE = "kiosk"
# What a keyring raises when it is there but cannot be used right now (locked, no D-Bus).
_KEYRING_FAILURES = (keyring.errors.KeyringError, OSError, RuntimeError)


def is_secure_backend(backend: KeyringBackend | None = None) -> bool:
    """True when the kiosk may keep secrets in `backend` (default: the active one)."""
    return not isinstance(choose_backend(backend), KeyringRefused)


def require_secure_keyring(backend: KeyringBackend | None = None) -> KeyringBackend:
    """The backend to talk to (a chainer's best acceptable member, not the chainer), or
    InsecureKeyring (a plaintext or not-recommended store) / KeyringUnavailable (none)."""
    chosen = choose_backend(backend)
    if isinstance(chosen, KeyringRefused):
        if chosen.reason == "insecure":
            raise InsecureKeyring(chosen.backend)
        raise KeyringUnavailable(f"{chosen.reason}: backend {chosen.backend}")
    return chosen


def key_username(journal_id: str) -> str:
    return f"journal-key:{journal_id}"


class KeyProvider(Protocol):
    """Where a journal gets its data key; KeyringKeyProvider in the application."""

    def create_key(self, journal_id: str) -> bytes:
        """Make, store and return a new key for a new journal."""
        ...

    def load_key(self, journal_id: str) -> bytes:
        """The stored key, or KeyMissing / WrongKey / KeyringUnavailable / InsecureKeyring."""
        ...

    def has_key(self, journal_id: str) -> bool: ...

    def delete_key(self, journal_id: str) -> None: ...


class KeyringKeyProvider:
    """Data keys in the OS keyring (the active `keyring` backend unless one is given)."""

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self._backend = backend
        self.service = service

    def _secure_backend(self) -> KeyringBackend:
        # Checked on every use: reading a key from a plaintext store is as bad as writing one.
        return require_secure_keyring(self._backend)

    def create_key(self, journal_id: str) -> bytes:
        backend = self._secure_backend()
        key = new_key()
        encoded = base64.b64encode(key).decode("ascii")
        try:
            backend.set_password(self.service, key_username(journal_id), encoded)
        except _KEYRING_FAILURES as exc:
            raise KeyringUnavailable(type(exc).__name__) from exc
        return key

    def _read(self, journal_id: str) -> str | None:
        backend = self._secure_backend()
        try:
            return backend.get_password(self.service, key_username(journal_id))
        except _KEYRING_FAILURES as exc:
            raise KeyringUnavailable(type(exc).__name__) from exc

    def load_key(self, journal_id: str) -> bytes:
        encoded = self._read(journal_id)
        if encoded is None:
            raise KeyMissing(f"journal {journal_id}")
        try:
            key = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise WrongKey(f"journal {journal_id}: stored key is not base64") from exc
        if len(key) != KEY_BYTES:
            raise WrongKey(f"journal {journal_id}: stored key has {len(key)} bytes")
        return key

    def has_key(self, journal_id: str) -> bool:
        return self._read(journal_id) is not None

    def delete_key(self, journal_id: str) -> None:
        backend = self._secure_backend()
        try:
            backend.delete_password(self.service, key_username(journal_id))
        except keyring.errors.PasswordDeleteError:
            return
        except _KEYRING_FAILURES as exc:
            raise KeyringUnavailable(type(exc).__name__) from exc


class EphemeralKeyProvider:
    """Data keys held in this process's memory only.

    For training mode on a PC without a secure keyring (a headless Linux box, a developer's
    venv): the journal still guards every case against network failures, but nothing it
    holds can be read once the process ends, so a restart starts a new training journal.
    Never used with a real gateway: there a case must survive a restart.
    """

    def __init__(self) -> None:
        self._keys: dict[str, bytes] = {}

    def create_key(self, journal_id: str) -> bytes:
        self._keys[journal_id] = new_key()
        return self._keys[journal_id]

    def load_key(self, journal_id: str) -> bytes:
        try:
            return self._keys[journal_id]
        except KeyError:
            raise KeyMissing(f"journal {journal_id} (key lived in memory only)") from None

    def has_key(self, journal_id: str) -> bool:
        return journal_id in self._keys

    def delete_key(self, journal_id: str) -> None:
        self._keys.pop(journal_id, None)


TRAINING_JOURNAL_FILE = "training-journal.sqlite3"
