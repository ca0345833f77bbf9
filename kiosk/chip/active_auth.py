"""Active Authentication (Doc 9303 part 11, 6.1): the chip proves it holds the private key
whose public half DG15 carries, by signing a challenge of the reader's. A copy of a chip's
files onto another chip passes passive authentication but not this.

RSA keys sign with ISO/IEC 9796-2 digital signature scheme 1 (message recovery); EC keys with
plain ECDSA over the challenge."""

from __future__ import annotations

import hashlib
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from kiosk.chip import tlv
from kiosk.chip.errors import LdsError

Outcome = Literal["verified", "failed", "absent"]
PublicKey = rsa.RSAPublicKey | ec.EllipticCurvePublicKey

# ISO/IEC 10118-3 hash identifiers in a two-byte ISO 9796-2 trailer (xx CC)
_TRAILER_HASHES = {0x33: "sha1", 0x34: "sha256", 0x35: "sha512", 0x36: "sha384", 0x38: "sha224"}
# ECDSA: DG14 would name the hash; without it these are tried (all collision resistant enough
# for a fresh 8-byte challenge)
_EC_HASHES: tuple[type[hashes.HashAlgorithm], ...] = (
    hashes.SHA256,
    hashes.SHA1,
    hashes.SHA224,
    hashes.SHA384,
    hashes.SHA512,
)


def parse_dg15(data: bytes) -> PublicKey:
    root = tlv.parse(data)
    if root.tag != 0x6F:
        raise LdsError("dg15_tag")
    try:
        key = serialization.load_der_public_key(root.value)
    except ValueError as exc:
        raise LdsError("dg15_key") from exc
    if not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        raise LdsError("dg15_key_type")
    return key


def _rsa_recovered(key: rsa.RSAPublicKey, signature: bytes) -> bytes | None:
    numbers = key.public_numbers()
    size = (numbers.n.bit_length() + 7) // 8
    value = int.from_bytes(signature, "big")
    if len(signature) != size or value >= numbers.n:
        return None
    return pow(value, numbers.e, numbers.n).to_bytes(size, "big")


def verify_rsa(key: rsa.RSAPublicKey, challenge: bytes, signature: bytes) -> bool:
    message = _rsa_recovered(key, signature)
    if message is None or message[0] >> 4 != 0x6:
        return False
    if message[-1] == 0xBC:
        algorithm, trailer = "sha1", 1
    elif message[-1] == 0xCC and message[-2] in _TRAILER_HASHES:
        algorithm, trailer = _TRAILER_HASHES[message[-2]], 2
    else:
        return False
    size = hashlib.new(algorithm).digest_size
    recovered = message[1 : len(message) - size - trailer]
    digest = message[len(message) - size - trailer : len(message) - trailer]
    # 0x6A: partial recovery, the challenge is the non-recoverable part
    if message[0] != 0x6A:
        return False
    return hashlib.new(algorithm, recovered + challenge).digest() == digest


def verify_ec(key: ec.EllipticCurvePublicKey, challenge: bytes, signature: bytes) -> bool:
    if signature[:1] == b"\x30":
        der = signature
    else:
        half = len(signature) // 2
        der = encode_dss_signature(
            int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big")
        )
    for algorithm in _EC_HASHES:
        try:
            key.verify(der, challenge, ec.ECDSA(algorithm()))
        except InvalidSignature:
            continue
        return True
    return False


def verify(key: PublicKey, challenge: bytes, signature: bytes) -> bool:
    if isinstance(key, rsa.RSAPublicKey):
        return verify_rsa(key, challenge, signature)
    return verify_ec(key, challenge, signature)
