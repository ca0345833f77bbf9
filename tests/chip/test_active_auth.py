"""Active Authentication's signature checks, against signatures made here."""

from __future__ import annotations

import hashlib
import os

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from kiosk.chip import active_auth
from kiosk.chip.errors import LdsError
from tests.helpers.chip_card import dg15

RSA_KEY = rsa.generate_private_key(public_exponent=65537, key_size=1024)


def _iso9796(challenge: bytes, algorithm: str, trailer: bytes) -> bytes:
    numbers = RSA_KEY.private_numbers()
    n, d = numbers.public_numbers.n, numbers.d
    size = (n.bit_length() + 7) // 8
    digest_size = hashlib.new(algorithm).digest_size
    m1 = os.urandom(size - digest_size - len(trailer) - 1)
    message = b"\x6a" + m1 + hashlib.new(algorithm, m1 + challenge).digest() + trailer
    return pow(int.from_bytes(message, "big"), d, n).to_bytes(size, "big")


@pytest.mark.parametrize(("algorithm", "trailer"), [("sha1", b"\xbc"), ("sha256", b"\x34\xcc")])
def test_rsa_iso9796_2(algorithm: str, trailer: bytes) -> None:
    key = active_auth.parse_dg15(dg15(RSA_KEY.public_key()))
    challenge = os.urandom(8)
    signature = _iso9796(challenge, algorithm, trailer)
    assert active_auth.verify(key, challenge, signature)
    assert not active_auth.verify(key, os.urandom(8), signature)
    assert not active_auth.verify(key, challenge, signature[:-1] + b"\x00")


def test_ecdsa_plain_and_der() -> None:
    private = ec.generate_private_key(ec.SECP256R1())
    challenge = os.urandom(8)
    der = private.sign(challenge, ec.ECDSA(hashes.SHA256()))
    r, s = decode_dss_signature(der)
    plain = r.to_bytes(32, "big") + s.to_bytes(32, "big")
    public = private.public_key()
    assert active_auth.verify(public, challenge, der)
    assert active_auth.verify(public, challenge, plain)
    assert not active_auth.verify(public, challenge + b"x", plain)


def test_dg15_that_is_not_a_key() -> None:
    with pytest.raises(LdsError):
        active_auth.parse_dg15(b"\x6f\x03\x01\x02\x03")


def test_dg14_keys_this_reader_can_and_cannot_use() -> None:
    from asn1crypto import core

    from kiosk.chip import chip_auth, tlv
    from tests.helpers.chip_card import dg14, explicit_spki

    key = ec.generate_private_key(ec.SECP256R1()).public_key()
    parsed = chip_auth.parse_dg14(dg14(key))
    assert parsed.protocols == (chip_auth.CA_ECDH_3DES,)
    assert [k.public_key.public_numbers() for k in parsed.keys] == [key.public_numbers()]
    dh_only = tlv.encode(
        0x6E,
        tlv.encode(
            0x31,
            tlv.encode(
                0x30,
                core.ObjectIdentifier("0.4.0.127.0.7.2.2.1.1").dump() + tlv.encode(0x30, b""),
            ),
        ),
    )
    assert chip_auth.explicit_key(explicit_spki(key)).public_numbers() == key.public_numbers()
    spelled_out = chip_auth.parse_dg14(dg14(key, explicit=True))
    assert [k.public_key.public_numbers() for k in spelled_out.keys] == [key.public_numbers()]
    unusable = chip_auth.parse_dg14(dh_only)
    assert (unusable.keys, unusable.other_keys) == ((), 1)
