"""Typed journal errors, each with a stable code.

As with the scanner errors, `code` is what the UI and the tests rely on (the UI catalogue,
kiosk/ui/catalogue/journal.py, words it for the officer or IT), and `detail` is the technical
cause for the log. Neither ever holds personal data: case ids and field names at most.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar


class JournalProblem(StrEnum):
    JOURNAL = "journal"
    CORRUPT = "corrupt"
    BUSY = "busy"
    DISK_FULL = "disk_full"
    STORAGE = "storage"
    INSECURE_KEYRING = "insecure_keyring"
    KEYRING_UNAVAILABLE = "keyring_unavailable"
    KEY_MISSING = "key_missing"
    WRONG_KEY = "wrong_key"
    TAMPERED = "tampered"
    CASE_NOT_FOUND = "case_not_found"
    BLOB_NOT_FOUND = "blob_not_found"
    BLOB_TOO_LARGE = "blob_too_large"
    INVALID_STATE = "invalid_state"


class JournalError(Exception):
    """Base of every journal error; `code` is stable and worded by the UI."""

    code: ClassVar[JournalProblem] = JournalProblem.JOURNAL

    def __init__(self, detail: str = "") -> None:
        self.detail = detail
        super().__init__(self.code.value if not detail else f"{self.code.value} ({detail})")


class JournalCorrupt(JournalError):
    """Not a SQLite file, not a kiosk journal, or failing SQLite's own checks."""

    code = JournalProblem.CORRUPT


class JournalBusy(JournalError):
    code = JournalProblem.BUSY


class DiskFull(JournalError):
    code = JournalProblem.DISK_FULL


class StorageError(JournalError):
    """The file cannot be opened, read or written (permissions, I/O)."""

    code = JournalProblem.STORAGE


class InsecureKeyring(JournalError):
    """The keyring backend would keep the data key readable on disk (or keeps nothing)."""

    code = JournalProblem.INSECURE_KEYRING

    def __init__(self, backend: str) -> None:
        self.backend = backend
        super().__init__(f"backend {backend}")


class KeyringUnavailable(JournalError):
    code = JournalProblem.KEYRING_UNAVAILABLE


class KeyMissing(JournalError):
    code = JournalProblem.KEY_MISSING


class WrongKey(JournalError):
    code = JournalProblem.WRONG_KEY


class DataTampered(JournalError):
    """Authenticated decryption failed: the bytes were changed, or moved from elsewhere."""

    code = JournalProblem.TAMPERED


class CaseNotFound(JournalError):
    code = JournalProblem.CASE_NOT_FOUND


class BlobNotFound(JournalError):
    code = JournalProblem.BLOB_NOT_FOUND


class BlobTooLarge(JournalError):
    code = JournalProblem.BLOB_TOO_LARGE


class InvalidTransition(JournalError):
    """A programming or race error: e.g. editing a case whose create request is in flight."""

    code = JournalProblem.INVALID_STATE
