"""AES-256-GCM sealing of journal records, each bound to where it belongs.

A sealed record is `version (1 byte) | nonce (12 bytes) | ciphertext + tag (16 bytes)`. The
associated data names the journal, the case and the slot ("fields", "blob:front.jpg", ...):
a ciphertext copied into another case, another slot or another journal fails authentication
instead of decrypting into the wrong citizen's file.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kiosk.journal.errors import DataTampered

KEY_BYTES = 32
NONCE_BYTES = 12  # random 96-bit nonces: safe far beyond the records one counter writes
VERSION = b"\x01"
OVERHEAD = len(VERSION) + NONCE_BYTES + 16


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def associated_data(journal_id: str, case_id: str, slot: str) -> bytes:
    return f"kiosk-journal/v1|{journal_id}|{case_id}|{slot}".encode()


class Sealer:
    """Encrypts and authenticates records with one journal's data key."""

    def __init__(self, key: bytes, journal_id: str) -> None:
        if len(key) != KEY_BYTES:
            raise ValueError("the journal key must be 32 bytes")
        self._aead = AESGCM(key)
        self.journal_id = journal_id

    def seal(self, plaintext: bytes, case_id: str, slot: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        aad = associated_data(self.journal_id, case_id, slot)
        return VERSION + nonce + self._aead.encrypt(nonce, plaintext, aad)

    def open(self, sealed: bytes, case_id: str, slot: str) -> bytes:
        """Plaintext, or DataTampered naming the case and slot (never the content)."""
        where = f"case {case_id}, {slot}"
        if len(sealed) < OVERHEAD or sealed[:1] != VERSION:
            raise DataTampered(f"{where}: not a sealed record")
        nonce = sealed[1 : 1 + NONCE_BYTES]
        aad = associated_data(self.journal_id, case_id, slot)
        try:
            return self._aead.decrypt(nonce, sealed[1 + NONCE_BYTES :], aad)
        except InvalidTag as exc:
            raise DataTampered(f"{where}: authentication failed") from exc
