"""Basic Access Control (Doc 9303 part 11, section 4.3 and appendix D): the document basic
access keys from the MRZ, and the two halves of the mutual authentication."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from kiosk.chip import cipher
from kiosk.chip.errors import AccessDenied, SecureMessagingError

# the ICAO check digit is the domain's (kiosk/domain/mrz.py), re-exported for the key
from kiosk.domain.mrz import check_digit as check_digit

ENC_COUNTER = 1
MAC_COUNTER = 2
_MRZ_FIELD = re.compile(r"[A-Z0-9<]+")


def adjust_parity(key: bytes) -> bytes:
    """Each DES key byte with odd parity (the low bit set so the byte has an odd bit count)."""
    out = bytearray()
    for b in key:
        high = b & 0xFE
        out.append(high | (bin(high).count("1") % 2 == 0))
    return bytes(out)


def derive_key(seed: bytes, counter: int) -> bytes:
    """Doc 9303 part 11, 9.7.1: SHA-1(K_seed || c)[:16] as a two-key 3DES key with parity."""
    # SHA-1 is what the standard fixes for BAC key derivation, not a choice made here
    digest = hashlib.sha1(seed + counter.to_bytes(4, "big"), usedforsecurity=True).digest()  # noqa: S324
    return adjust_parity(digest[:16])


@dataclass(frozen=True)
class BacKey:
    """What BAC is opened with: document number and the two dates as printed in the MRZ."""

    document_number: str
    date_of_birth: str  # YYMMDD
    date_of_expiry: str  # YYMMDD

    def __post_init__(self) -> None:
        for value in (self.date_of_birth, self.date_of_expiry):
            if len(value) != 6 or not value.isdigit():
                raise ValueError("dates are YYMMDD")
        if not _MRZ_FIELD.fullmatch(self.document_number.upper()):
            raise ValueError("document number: MRZ characters only")

    def mrz_information(self) -> str:
        number = self.document_number.upper()
        if len(number) < 9:
            number = number.ljust(9, "<")
        return (
            number
            + check_digit(number)
            + self.date_of_birth
            + check_digit(self.date_of_birth)
            + self.date_of_expiry
            + check_digit(self.date_of_expiry)
        )

    def seed(self) -> bytes:
        mrz = self.mrz_information().encode("ascii")
        return hashlib.sha1(mrz).digest()[:16]  # noqa: S324 (fixed by Doc 9303)

    def keys(self) -> tuple[bytes, bytes]:
        """(K_enc, K_mac)."""
        seed = self.seed()
        return derive_key(seed, ENC_COUNTER), derive_key(seed, MAC_COUNTER)

    def __repr__(self) -> str:  # the key is personal data: never in logs or tracebacks
        return "BacKey(<hidden>)"


def ifd_authentication(
    rnd_icc: bytes, rnd_ifd: bytes, k_ifd: bytes, k_enc: bytes, k_mac: bytes
) -> bytes:
    """EXTERNAL AUTHENTICATE data: E_IFD || M_IFD (Doc 9303 part 11, 4.3.3.1)."""
    if len(rnd_icc) != 8 or len(rnd_ifd) != 8 or len(k_ifd) != 16:
        raise ValueError("RND.ICC and RND.IFD are 8 bytes, K.IFD 16")
    e_ifd = cipher.encrypt(k_enc, rnd_ifd + rnd_icc + k_ifd)
    return e_ifd + cipher.retail_mac(k_mac, cipher.pad(e_ifd))


def icc_key_material(
    response: bytes, rnd_icc: bytes, rnd_ifd: bytes, k_enc: bytes, k_mac: bytes
) -> bytes:
    """Checks the card's answer and returns K.ICC. A bad MAC means the card computed with
    other keys: the BAC key was wrong (AccessDenied)."""
    if len(response) != 40:
        raise SecureMessagingError("external_authenticate_length")
    e_icc, m_icc = response[:32], response[32:]
    if not cipher.mac_equal(cipher.retail_mac(k_mac, cipher.pad(e_icc)), m_icc):
        raise AccessDenied("mac")
    r = cipher.decrypt(k_enc, e_icc)
    if r[:8] != rnd_icc or r[8:16] != rnd_ifd:
        raise SecureMessagingError("challenge_echo")
    return r[16:]


def session_keys(k_ifd: bytes, k_icc: bytes) -> tuple[bytes, bytes]:
    """(KS_enc, KS_mac) from K_seed = K.IFD xor K.ICC."""
    seed = bytes(a ^ b for a, b in zip(k_ifd, k_icc, strict=True))
    return derive_key(seed, ENC_COUNTER), derive_key(seed, MAC_COUNTER)


def send_sequence_counter(rnd_icc: bytes, rnd_ifd: bytes) -> int:
    """SSC: the four least significant bytes of RND.ICC then of RND.IFD."""
    return int.from_bytes(rnd_icc[4:] + rnd_ifd[4:], "big")
