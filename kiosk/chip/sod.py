"""EF.SOD and passive authentication (Doc 9303 part 11, 5.1; part 10, 4.6.2): the data group
hashes the issuer signed, the Document Signer's CMS signature over them, and the Document
Signer certificate chained to a CSCA certificate IT installed."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from asn1crypto import cms, core
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from kiosk.chip import tlv
from kiosk.chip.errors import LdsError

LDS_SECURITY_OBJECT = "2.23.136.1.1.1"
CSCA_MASTER_LIST = "2.23.136.1.1.2"

_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


# asn1crypto declares structures as class-level specs
class _DataGroupHash(core.Sequence):  # type: ignore[misc]
    _fields = [  # noqa: RUF012
        ("data_group_number", core.Integer),
        ("data_group_hash_value", core.OctetString),
    ]


class _DataGroupHashes(core.SequenceOf):  # type: ignore[misc]
    _child_spec = _DataGroupHash


class _LdsSecurityObject(core.Sequence):  # type: ignore[misc]
    _fields = [  # noqa: RUF012
        ("version", core.Integer),
        ("hash_algorithm", cms.DigestAlgorithm),
        ("data_group_hash_values", _DataGroupHashes),
        ("lds_version_info", core.Any, {"optional": True}),
    ]


class _Certificates(core.SetOf):  # type: ignore[misc]
    _child_spec = core.Any


class _CscaMasterList(core.Sequence):  # type: ignore[misc]
    _fields = [("version", core.Integer), ("cert_list", _Certificates)]  # noqa: RUF012


@dataclass(frozen=True)
class SecurityObject:
    hash_algorithm: str
    hashes: Mapping[int, bytes]
    # what the signature check needs, kept as parsed
    signed_data: Any
    signer: x509.Certificate | None


def _signed_data(der: bytes, content_type: str) -> Any:
    try:
        info = cms.ContentInfo.load(der)
        if info["content_type"].dotted != "1.2.840.113549.1.7.2":
            raise LdsError("sod_not_signed_data")
        signed = info["content"]
        encap = signed["encap_content_info"]
        if encap["content_type"].dotted != content_type:
            raise LdsError("sod_content_type")
        return signed
    except (ValueError, TypeError, KeyError) as exc:
        raise LdsError("sod_cms") from exc


def parse_sod(data: bytes) -> SecurityObject:
    outer = tlv.parse(data)
    if outer.tag != 0x77:
        raise LdsError("sod_tag")
    signed = _signed_data(outer.value, LDS_SECURITY_OBJECT)
    try:
        content = signed["encap_content_info"]["content"].native
        lso = _LdsSecurityObject.load(content)
        algorithm = lso["hash_algorithm"]["algorithm"].native
        groups = {
            int(item["data_group_number"].native): bytes(item["data_group_hash_value"].native)
            for item in lso["data_group_hash_values"]
        }
    except (ValueError, TypeError, KeyError) as exc:
        raise LdsError("sod_lds_security_object") from exc
    if algorithm not in _HASHES:
        raise LdsError(f"sod_hash_{algorithm}")
    return SecurityObject(algorithm, groups, signed, _signer_certificate(signed))


def _signer_certificate(signed: Any) -> x509.Certificate | None:
    certs = [c.chosen for c in signed["certificates"]] if signed["certificates"] else []
    if not certs:
        return None
    sid = signed["signer_infos"][0]["sid"]
    chosen = certs[0]
    for cert in certs:
        if sid.name == "issuer_and_serial_number":
            if (
                cert.issuer == sid.chosen["issuer"]
                and cert.serial_number == sid.chosen["serial_number"].native
            ):
                chosen = cert
        elif cert.key_identifier == sid.chosen.native:
            chosen = cert
    return x509.load_der_x509_certificate(chosen.dump())


def digest(algorithm: str, data: bytes) -> bytes:
    return hashlib.new(algorithm, data).digest()


Status = Literal["verified", "failed", "not_verified"]


@dataclass(frozen=True)
class PassiveAuthentication:
    """The three-valued outcome: verified; failed (hash or signature mismatch: refuse the
    data); not_verified (nothing wrong found, but no installed CSCA vouches for the signer)."""

    status: Status
    reason: str = ""  # failed: hash_mismatch, signature, ...; not_verified: no_csca, ...
    data_group: int | None = None  # the group whose hash did not match

    @property
    def code(self) -> str:
        """verified / failed:REASON / not_verified (the CLI's `authentication` value)."""
        return f"failed:{self.reason}" if self.status == "failed" else self.status


def check_hashes(sod: SecurityObject, groups: Mapping[int, bytes]) -> PassiveAuthentication | None:
    for number, content in sorted(groups.items()):
        expected = sod.hashes.get(number)
        if expected is None:
            return PassiveAuthentication("failed", "hash_missing", number)
        if digest(sod.hash_algorithm, content) != expected:
            return PassiveAuthentication("failed", "hash_mismatch", number)
    return None


def _verify(public_key: Any, signature: bytes, message: bytes, algo: Any, hash_name: str) -> None:
    hash_alg = _HASHES[hash_name]()
    kind = algo.signature_algo
    if isinstance(public_key, rsa.RSAPublicKey):
        if kind == "rsassa_pss":
            params = algo["parameters"]
            pss_hash = _HASHES[params["hash_algorithm"]["algorithm"].native]()
            mgf_hash = _HASHES[params["mask_gen_algorithm"]["parameters"]["algorithm"].native]()
            pad: padding.AsymmetricPadding = padding.PSS(
                padding.MGF1(mgf_hash), int(params["salt_length"].native)
            )
            public_key.verify(signature, message, pad, pss_hash)
        else:
            public_key.verify(signature, message, padding.PKCS1v15(), hash_alg)
    elif isinstance(public_key, ec.EllipticCurvePublicKey):
        if len(signature) % 2 == 0 and signature[:1] != b"\x30":
            # plain (r || s) signatures, as some issuers write them (BSI TR-03111)
            half = len(signature) // 2
            from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

            signature = encode_dss_signature(
                int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big")
            )
        public_key.verify(signature, message, ec.ECDSA(hash_alg))
    else:
        raise InvalidSignature("unsupported key type")


def verify_signature(sod: SecurityObject) -> PassiveAuthentication | None:
    """None when the Document Signer's signature over the hashes holds."""
    if sod.signer is None:
        return PassiveAuthentication("failed", "no_document_signer")
    signed = sod.signed_data
    try:
        info = signed["signer_infos"][0]
        digest_name = info["digest_algorithm"]["algorithm"].native
        content = signed["encap_content_info"]["content"].native
        attrs = info["signed_attrs"]
        if attrs.native is not None and len(attrs):
            message_digest = None
            content_type = None
            for attr in attrs:
                if attr["type"].native == "message_digest":
                    message_digest = attr["values"][0].native
                elif attr["type"].native == "content_type":
                    content_type = attr["values"][0].dotted
            if content_type not in (None, LDS_SECURITY_OBJECT):
                return PassiveAuthentication("failed", "signature")
            if message_digest != digest(digest_name, content):
                return PassiveAuthentication("failed", "signature")
            # the signature covers the attributes as a SET, not as the [0] they are stored in
            message = b"\x31" + attrs.dump()[1:]
        else:
            message = content
        _verify(
            sod.signer.public_key(),
            bytes(info["signature"].native),
            message,
            info["signature_algorithm"],
            digest_name,
        )
    except InvalidSignature:
        return PassiveAuthentication("failed", "signature")
    except (ValueError, TypeError, KeyError):
        return PassiveAuthentication("failed", "signature_unreadable")
    return None


def _load_certificates(data: bytes) -> list[x509.Certificate]:
    if b"-----BEGIN CERTIFICATE-----" in data:
        return x509.load_pem_x509_certificates(data)
    try:
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        pass
    # an ICAO CSCA master list (Doc 9303 part 12, 9): CMS SignedData of a CscaMasterList
    signed = _signed_data(data, CSCA_MASTER_LIST)
    content = signed["encap_content_info"]["content"].native
    master = _CscaMasterList.load(content)
    return [x509.load_der_x509_certificate(c.dump()) for c in master["cert_list"]]


def load_csca(path: Path | str | None) -> list[x509.Certificate]:
    """CSCA certificates from a file (PEM, DER or master list) or every such file of a folder.
    Unreadable files are skipped: the doctor lists what it found."""
    if not path:
        return []
    root = Path(path)
    files = sorted(p for p in root.iterdir() if p.is_file()) if root.is_dir() else [root]
    found: list[x509.Certificate] = []
    for file in files:
        try:
            found.extend(_load_certificates(file.read_bytes()))
        except (OSError, ValueError, LdsError):
            continue
    return found


def check_chain(
    signer: x509.Certificate, cscas: Iterable[x509.Certificate]
) -> PassiveAuthentication:
    candidates = [c for c in cscas if c.subject == signer.issuer]
    if not candidates:
        return PassiveAuthentication("not_verified", "unknown_signer")
    for csca in candidates:
        try:
            signer.verify_directly_issued_by(csca)
        except (InvalidSignature, ValueError, TypeError):
            continue
        return PassiveAuthentication("verified")
    return PassiveAuthentication("failed", "certificate_signature")


def passive_authentication(
    sod: SecurityObject, groups: Mapping[int, bytes], cscas: Iterable[x509.Certificate]
) -> PassiveAuthentication:
    """Hashes first (a tampered group is a failure whatever the CSCA), then the signature,
    then the chain; no CSCA installed is not_verified:no_csca."""
    found = check_hashes(sod, groups) or verify_signature(sod)
    if found is not None:
        return found
    assert sod.signer is not None  # verify_signature refused a SOD without one
    installed = list(cscas)
    if not installed:
        return PassiveAuthentication("not_verified", "no_csca")
    return check_chain(sod.signer, installed)
