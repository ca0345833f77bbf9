"""Chip Authentication (Doc 9303 part 11, 6.2; BSI TR-03110 v1): an ephemeral ECDH with the
chip's static key from DG14 gives new secure messaging keys. Only the genuine chip, holding the
private key, can answer under them: a copy of the files onto another chip cannot.

Implemented: id-CA-ECDH-3DES-CBC-CBC with a named curve (MSE:Set KAT, then 3DES secure
messaging with keys derived from the shared secret, SSC zero). Keys with explicit curve
parameters are matched to the named curve with the same base point. DH and AES variants come
out `unsupported`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from asn1crypto import core, keys
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from kiosk.chip import tlv
from kiosk.chip.apdu import Command
from kiosk.chip.bac import derive_key
from kiosk.chip.errors import LdsError

Outcome = Literal["verified", "failed", "unsupported", "absent"]

CA_ECDH_3DES = "0.4.0.127.0.7.2.2.3.2.1"
PK_ECDH = "0.4.0.127.0.7.2.2.1.2"
CA_PREFIX = "0.4.0.127.0.7.2.2.3."


@dataclass(frozen=True)
class ChipKey:
    public_key: ec.EllipticCurvePublicKey
    key_id: int | None


@dataclass(frozen=True)
class Dg14:
    protocols: tuple[str, ...]  # the Chip Authentication protocols the chip lists
    keys: tuple[ChipKey, ...]  # its ECDH keys this module can use
    other_keys: int  # keys it cannot use (DH, explicit curve parameters)


def _oid(node: tlv.Tlv) -> str:
    return str(core.ObjectIdentifier.load(node.raw).dotted)


def parse_dg14(data: bytes) -> Dg14:
    root = tlv.parse(data)
    if root.tag != 0x6E:
        raise LdsError("dg14_tag")
    infos = root.require(0x31)
    protocols: list[str] = []
    keys: list[ChipKey] = []
    other = 0
    for info in infos.children():
        parts = info.children()
        if info.tag != 0x30 or not parts or parts[0].tag != 0x06:
            raise LdsError("dg14_security_info")
        oid = _oid(parts[0])
        if oid.startswith(CA_PREFIX):
            protocols.append(oid)
        elif oid == PK_ECDH and len(parts) >= 2:
            key_id = int.from_bytes(parts[2].value, "big") if len(parts) > 2 else None
            try:
                key = serialization.load_der_public_key(parts[1].raw)
            except (ValueError, TypeError):  # explicit parameters the library does not map
                explicit = explicit_key(parts[1].raw)
                if explicit is None:
                    other += 1
                    continue
                key = explicit
            if isinstance(key, ec.EllipticCurvePublicKey):
                keys.append(ChipKey(key, key_id))
            else:
                other += 1
        elif oid.startswith("0.4.0.127.0.7.2.2.1."):  # id-PK-DH and others
            other += 1
    return Dg14(tuple(protocols), tuple(keys), other)


# curves a chip's explicit parameters are matched against, by their base point
_CURVES: tuple[type[ec.EllipticCurve], ...] = (
    ec.SECP256R1,
    ec.BrainpoolP256R1,
    ec.SECP384R1,
    ec.BrainpoolP384R1,
    ec.SECP521R1,
    ec.BrainpoolP512R1,
    ec.SECP224R1,
    ec.SECP192R1,
)


def explicit_key(spki: bytes) -> ec.EllipticCurvePublicKey | None:
    """An EC key whose SubjectPublicKeyInfo spells out its curve (as many chips write DG14):
    the named curve with the same base point, the point checked to lie on it."""
    try:
        info = keys.PublicKeyInfo.load(spki)
        params = info["algorithm"]["parameters"]
        if info["algorithm"]["algorithm"].native != "ec" or params.name != "specified":
            return None
        base = bytes(params.chosen["base"].native)
        point = bytes(info["public_key"].native)
    except (ValueError, TypeError, KeyError):
        return None
    for curve in _CURVES:
        generator = _point(ec.derive_private_key(1, curve()).public_key())
        size = (len(generator) - 1) // 2
        if len(base) < 1 + size or base[1 : 1 + size] != generator[1 : 1 + size]:
            continue
        try:
            return ec.EllipticCurvePublicKey.from_encoded_point(curve(), point)
        except ValueError:
            return None
    return None


def _point(key: ec.EllipticCurvePublicKey) -> bytes:
    return key.public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )


@dataclass(frozen=True)
class Exchange:
    command: Command  # MSE:Set KAT, sent under the current (BAC) keys
    ks_enc: bytes
    ks_mac: bytes


def key_agreement(chip: ChipKey) -> Exchange:
    """The ephemeral key pair, the command that gives its public point to the chip, and the
    session keys both sides derive from the shared secret (x coordinate)."""
    ephemeral = ec.generate_private_key(chip.public_key.curve)
    shared = ephemeral.exchange(ec.ECDH(), chip.public_key)
    data = tlv.encode(0x91, _point(ephemeral.public_key()))
    if chip.key_id is not None:
        size = max(1, (chip.key_id.bit_length() + 7) // 8)
        data += tlv.encode(0x84, chip.key_id.to_bytes(size, "big"))
    return Exchange(
        Command(0x00, 0x22, 0x41, 0xA6, data), derive_key(shared, 1), derive_key(shared, 2)
    )
