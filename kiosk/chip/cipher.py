"""The Doc 9303 part 11 BAC primitives: two-key 3DES in CBC with a zero IV, ISO/IEC 9797-1
padding method 2, and the retail MAC (ISO/IEC 9797-1 MAC algorithm 3 with DES)."""

from __future__ import annotations

import hmac

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, modes

BLOCK = 8
_ZERO_IV = bytes(BLOCK)


def pad(data: bytes) -> bytes:
    """ISO/IEC 9797-1 padding method 2: 0x80 then zeros to the block size (always adds)."""
    extra = BLOCK - (len(data) + 1) % BLOCK
    return data + b"\x80" + bytes(extra % BLOCK)


def unpad(data: bytes) -> bytes:
    stripped = data.rstrip(b"\x00")
    if not stripped.endswith(b"\x80") or len(data) - len(stripped) >= BLOCK:
        raise ValueError("bad ISO 9797-1 padding")
    return stripped[:-1]


def _tdes(key: bytes) -> TripleDES:
    if len(key) != 16:
        raise ValueError("BAC keys are two-key 3DES (16 bytes)")
    # K1 K2 K1 spelled out: the library no longer takes the two-key short form
    return TripleDES(key + key[:8])


def encrypt(key: bytes, data: bytes) -> bytes:
    """3DES-CBC, IV zero; `data` must already be a whole number of blocks."""
    enc = Cipher(_tdes(key), modes.CBC(_ZERO_IV)).encryptor()
    return enc.update(data) + enc.finalize()


def decrypt(key: bytes, data: bytes) -> bytes:
    dec = Cipher(_tdes(key), modes.CBC(_ZERO_IV)).decryptor()
    return dec.update(data) + dec.finalize()


def _des_ecb(key8: bytes, block: bytes, *, decrypt_: bool = False) -> bytes:
    # Single DES is 3DES with K1 = K2 = K3.
    # one block at a time inside the MAC's own chaining: ECB is the building block here
    cipher = Cipher(TripleDES(key8 * 3), modes.ECB())  # noqa: S305
    ctx = cipher.decryptor() if decrypt_ else cipher.encryptor()
    return ctx.update(block) + ctx.finalize()


def retail_mac(key: bytes, data: bytes) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 over already padded `data`: DES-CBC with Ka over every
    block, then the last result decrypted with Kb and encrypted with Ka again. 8 bytes."""
    if len(key) != 16 or len(data) % BLOCK or not data:
        raise ValueError("retail MAC needs a 16-byte key and whole blocks")
    ka, kb = key[:8], key[8:]
    state = bytes(BLOCK)
    for i in range(0, len(data), BLOCK):
        block = bytes(a ^ b for a, b in zip(state, data[i : i + BLOCK], strict=True))
        state = _des_ecb(ka, block)
    state = _des_ecb(kb, state, decrypt_=True)
    return _des_ecb(ka, state)


def mac_equal(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)
