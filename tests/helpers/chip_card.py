"""Emulated Vietnamese ID card chips for the tests: a test CSCA and Document Signer made here,
a TD1 MRZ, a generated face (DG2), DG13 and an EF.SOD signed by the Document Signer. The
files are what a real chip holds, built with the kiosk's own TLV encoder only for lengths;
the emulator (chip_emulator.py) serves them over vpcd."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from asn1crypto import algos, cms, core
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID
from PIL import Image, ImageDraw

from kiosk.chip import bac, lds
from kiosk.chip.tlv import encode

# A made-up citizen (no real person): the values the tests expect back.
CITIZEN = {
    "id_number": "001090012345",
    "full_name": "Nguyễn Văn An",
    "date_of_birth": "15/03/1990",
    "sex": "Nam",
    "nationality": "Việt Nam",
    "ethnicity": "Kinh",
    "religion": "Không",
    "place_of_origin": "Xã Tân Lập, Huyện Đan Phượng, Hà Nội",
    "place_of_residence": "Số 12 Phố Hàng Bạc, Phường Hàng Đào, Quận Hoàn Kiếm, Hà Nội",
    "personal_identification": "Nốt ruồi C:2cm dưới mép trái",
    "issue_date": "10/05/2021",
    "expiry_date": "15/03/2030",
    "old_id_number": "013456789",
    "card_identifier": "0123456789ABCDEF",
}
FATHER, MOTHER = "Nguyễn Văn Bình", "Trần Thị Cúc"
BIRTH_YYMMDD = "900315"
EXPIRY_YYMMDD = "300315"
DOCUMENT_NUMBER = CITIZEN["id_number"][-9:]


def bac_key() -> bac.BacKey:
    return bac.BacKey(DOCUMENT_NUMBER, BIRTH_YYMMDD, EXPIRY_YYMMDD)


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


@dataclass(frozen=True)
class TestPki:
    csca_key: ec.EllipticCurvePrivateKey
    csca: x509.Certificate
    signer_key: rsa.RSAPrivateKey
    signer: x509.Certificate

    def write_csca(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "csca-test.pem"
        path.write_bytes(self.csca.public_bytes(serialization.Encoding.PEM))
        return path


def make_pki(label: str = "Test CSCA") -> TestPki:
    now = dt.datetime.now(dt.UTC)
    csca_key = ec.generate_private_key(ec.SECP256R1())
    csca = (
        x509.CertificateBuilder()
        .subject_name(_name(label))
        .issuer_name(_name(label))
        .public_key(csca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .sign(csca_key, hashes.SHA256())
    )
    signer_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    signer = (
        x509.CertificateBuilder()
        .subject_name(_name(label + " Document Signer"))
        .issuer_name(csca.subject)
        .public_key(signer_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .sign(csca_key, hashes.SHA256())
    )
    return TestPki(csca_key, csca, signer_key, signer)


def _yymmdd(text: str) -> str:
    return dt.datetime.strptime(text, "%d/%m/%Y").strftime("%y%m%d")


def key_of(fields: dict[str, str]) -> bac.BacKey:
    """The BAC key of a card with these DG13 fields (the kiosk's rule: last 9 digits)."""
    return bac.BacKey(
        fields["id_number"][-9:], _yymmdd(fields["date_of_birth"]), _yymmdd(fields["expiry_date"])
    )


def _mrz_name(full_name: str) -> str:
    plain = unicodedata.normalize("NFD", full_name.replace("Đ", "D").replace("đ", "d"))
    words = "".join(c for c in plain if not unicodedata.combining(c)).upper().split()
    return (words[0] + "<<" + "<".join(words[1:]))[:30].ljust(30, "<")


def td1_mrz(fields: dict[str, str] = CITIZEN) -> str:
    key = key_of(fields)
    number, birth, expiry = key.document_number, key.date_of_birth, key.date_of_expiry
    line1 = f"IDVNM{number}{bac.check_digit(number)}{fields['id_number']}<<"
    line1 = line1[:30].ljust(30, "<")
    sex = "M" if fields["sex"] == "Nam" else "F"
    line2 = f"{birth}{bac.check_digit(birth)}{sex}{expiry}{bac.check_digit(expiry)}VNM"
    line2 = line2.ljust(29, "<")
    composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
    line2 += bac.check_digit(composite)
    return line1 + line2 + _mrz_name(fields["full_name"])


def face_jpeg() -> bytes:
    image = Image.new("RGB", (240, 320), (235, 235, 240))
    draw = ImageDraw.Draw(image)
    draw.ellipse((60, 60, 180, 200), fill=(224, 182, 150))
    draw.ellipse((90, 110, 105, 122), fill=(40, 30, 30))
    draw.ellipse((135, 110, 150, 122), fill=(40, 30, 30))
    draw.arc((95, 140, 145, 175), 20, 160, fill=(120, 40, 40), width=3)
    draw.rectangle((40, 210, 200, 320), fill=(30, 60, 120))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def _face_record(jpeg: bytes) -> bytes:
    """ISO/IEC 19794-5: general header, facial information (no feature points), image
    information (JPEG, 240 x 320), image."""
    info = (
        bytes(2)  # feature points
        + b"\x01"  # gender: male
        + bytes(1 + 1 + 3 + 2 + 3 + 3)  # eye, hair, feature mask, expression, pose, uncertainty
        + b"\x01\x00"  # full frontal, JPEG
        + (240).to_bytes(2, "big")
        + (320).to_bytes(2, "big")
        + b"\x01\x02\x00\x00\x00\x00"  # colour space, source, device, quality
    )
    block = (4 + len(info) + len(jpeg)).to_bytes(4, "big") + info + jpeg
    header = b"FAC\x00010\x00" + (14 + len(block)).to_bytes(4, "big") + b"\x00\x01"
    return header + block


def dg2(jpeg: bytes) -> bytes:
    biometric_header = encode(0xA1, encode(0x80, b"\x01\x01") + encode(0x87, b"\x01\x01"))
    template = encode(0x7F60, biometric_header + encode(0x5F2E, _face_record(jpeg)))
    return encode(0x75, encode(0x7F61, encode(0x02, b"\x01") + template))


def _field(number: int, *values: bytes) -> bytes:
    return encode(0x30, encode(0x02, bytes((number,))) + b"".join(values))


def _utf8(text: str) -> bytes:
    return encode(0x0C, text.encode("utf-8"))


def dg13(details: dict[str, str]) -> bytes:
    numbers = {name: n for n, name in lds.DG13_FIELDS.items()}
    fields = [_field(numbers[k], _utf8(v)) for k, v in details.items()]
    parents = encode(0x30, _utf8(FATHER)) + encode(0x30, _utf8(MOTHER))
    fields.insert(12, _field(13, parents))
    return encode(0x6D, encode(0x02, b"\x01") + encode(0x30, b"".join(fields)))


def ef_com(groups: list[int]) -> bytes:
    tags = {n: t for t, n in lds.DG_TAGS.items()}
    return encode(
        0x60,
        encode(0x5F01, b"0107")
        + encode(0x5F36, b"040000")
        + encode(0x5C, bytes(tags[n] for n in groups)),
    )


class _DgHash(core.Sequence):  # type: ignore[misc]
    _fields = [("n", core.Integer), ("h", core.OctetString)]  # noqa: RUF012


class _DgHashes(core.SequenceOf):  # type: ignore[misc]
    _child_spec = _DgHash


class _Lso(core.Sequence):  # type: ignore[misc]
    _fields = [  # noqa: RUF012
        ("version", core.Integer),
        ("alg", algos.DigestAlgorithm),
        ("hashes", _DgHashes),
    ]


def signed_sod(groups: dict[int, bytes], signer: x509.Certificate, key: rsa.RSAPrivateKey) -> bytes:
    """EF.SOD: 77 { ContentInfo(SignedData(LDSSecurityObject)) } signed RSA-PSS SHA-256 over
    signed attributes, the Document Signer certificate inside."""
    lso = _Lso(
        {
            "version": 0,
            "alg": {"algorithm": "sha256"},
            "hashes": [
                {"n": n, "h": hashlib.sha256(content).digest()}
                for n, content in sorted(groups.items())
            ],
        }
    ).dump()
    attrs = cms.CMSAttributes(
        [
            {"type": "content_type", "values": ["2.23.136.1.1.1"]},
            {"type": "message_digest", "values": [hashlib.sha256(lso).digest()]},
        ]
    )
    signature = key.sign(
        attrs.dump(),
        padding.PSS(padding.MGF1(hashes.SHA256()), 32),
        hashes.SHA256(),
    )
    cert = asn1_x509.Certificate.load(signer.public_bytes(serialization.Encoding.DER))
    signer_info = {
        "version": "v1",
        "sid": cms.SignerIdentifier(
            {
                "issuer_and_serial_number": {
                    "issuer": cert.issuer,
                    "serial_number": cert.serial_number,
                }
            }
        ),
        "digest_algorithm": {"algorithm": "sha256"},
        "signed_attrs": attrs,
        "signature_algorithm": {
            "algorithm": "rsassa_pss",
            "parameters": {
                "hash_algorithm": {"algorithm": "sha256"},
                "mask_gen_algorithm": {
                    "algorithm": "mgf1",
                    "parameters": {"algorithm": "sha256"},
                },
                "salt_length": 32,
                "trailer_field": "trailer_field_bc",
            },
        },
        "signature": signature,
    }
    signed = cms.SignedData(
        {
            "version": "v3",
            "digest_algorithms": [{"algorithm": "sha256"}],
            "encap_content_info": {
                "content_type": "2.23.136.1.1.1",
                "content": core.ParsableOctetString(lso),
            },
            "certificates": [cert],
            "signer_infos": [signer_info],
        }
    )
    info = cms.ContentInfo({"content_type": "signed_data", "content": signed})
    return encode(0x77, info.dump())


@dataclass(frozen=True)
class CardImage:
    """What the emulator serves: files by id, the BAC key's MRZ values, faults to play."""

    files: dict[int, bytes]
    key: bac.BacKey = field(default_factory=bac_key)
    # the emulator leaves the field (closes its socket) at this READ BINARY, 0: never
    remove_at_read: int = 0
    # the benchmark's baseline card: answers these recorded commands with these bytes, no crypto
    replay: tuple[tuple[bytes, bytes], ...] = ()
    # the chip's Active Authentication private key (DG15 holds a public key)
    active_key: rsa.RSAPrivateKey | None = None
    # its Chip Authentication private key (DG14 holds the public key)
    chip_key: ec.EllipticCurvePrivateKey | None = None

    def write(self, path: Path) -> Path:
        path.write_text(
            json.dumps(
                {
                    "files": {f"{fid:04X}": data.hex() for fid, data in self.files.items()},
                    "document_number": self.key.document_number,
                    "date_of_birth": self.key.date_of_birth,
                    "date_of_expiry": self.key.date_of_expiry,
                    "remove_at_read": self.remove_at_read,
                    "replay": [[c.hex(), r.hex()] for c, r in self.replay],
                    "active_key": _private_numbers(self.active_key),
                    "chip_key": (
                        f"{self.chip_key.private_numbers().private_value:x}"
                        if self.chip_key is not None
                        else None
                    ),
                }
            )
        )
        return path

    def with_faults(self, *, remove_at_read: int) -> CardImage:
        return replace(self, remove_at_read=remove_at_read)


def _private_numbers(key: rsa.RSAPrivateKey | None) -> dict[str, str] | None:
    if key is None:
        return None
    numbers = key.private_numbers()
    return {"n": f"{numbers.public_numbers.n:x}", "d": f"{numbers.d:x}"}


def dg15(key: rsa.RSAPublicKey) -> bytes:
    spki = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return encode(0x6F, spki)


# P-256 (SEC 2): what a chip writes when it spells its curve out in DG14
_P256 = {
    "p": 0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF,
    "b": 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B,
    "n": 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551,
}


def explicit_spki(key: ec.EllipticCurvePublicKey) -> bytes:
    """The key's SubjectPublicKeyInfo with P-256's parameters written out, not named."""
    from asn1crypto import keys

    def point(k: ec.EllipticCurvePublicKey) -> bytes:
        return k.public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )

    generator = ec.derive_private_key(1, ec.SECP256R1()).public_key()
    domain = {
        "version": "ecdpVer1",
        "field_id": {"field_type": "prime_field", "parameters": _P256["p"]},
        "curve": {
            "a": (_P256["p"] - 3).to_bytes(32, "big"),
            "b": _P256["b"].to_bytes(32, "big"),
        },
        "base": point(generator),
        "order": _P256["n"],
        "cofactor": 1,
    }
    info = keys.PublicKeyInfo(
        {
            "algorithm": {"algorithm": "ec", "parameters": ("specified", domain)},
            "public_key": point(key),
        }
    )
    return bytes(info.dump())


def dg14(key: ec.EllipticCurvePublicKey, *, explicit: bool = False) -> bytes:
    """SecurityInfos: ChipAuthenticationInfo (ECDH, 3DES, version 1) and the public key."""
    spki = (
        explicit_spki(key)
        if explicit
        else key.public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    ca_info = core.Sequence.load(
        encode(
            0x30, core.ObjectIdentifier("0.4.0.127.0.7.2.2.3.2.1").dump() + encode(0x02, b"\x01")
        )
    ).dump()
    pk_info = encode(0x30, core.ObjectIdentifier("0.4.0.127.0.7.2.2.1.2").dump() + spki)
    return encode(0x6E, encode(0x31, ca_info + pk_info))


def build_card(
    pki: TestPki,
    *,
    fields: dict[str, str] = CITIZEN,
    tamper_dg13: bool = False,
    active: bool = False,
    chip_auth: bool = False,
    explicit_curve: bool = False,
    clone: bool = False,
) -> CardImage:
    """`active`: the chip has DG15 and answers Active Authentication; `chip_auth`: DG14 and
    Chip Authentication; `clone`: DG14/DG15 copied from the genuine chip onto one that holds
    other keys."""
    details = dict(fields)
    groups = {1: encode(0x61, encode(0x5F1F, td1_mrz(details).encode())), 2: dg2(face_jpeg())}
    groups[13] = dg13(details)
    chip_key = None
    if active:
        # 1024 bits: a signature that fits a short APDU under secure messaging
        chip_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
        groups[15] = dg15(chip_key.public_key())
        if clone:
            chip_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    ca_key = None
    if chip_auth:
        ca_key = ec.generate_private_key(ec.SECP256R1())
        groups[14] = dg14(ca_key.public_key(), explicit=explicit_curve)
        if clone:
            ca_key = ec.generate_private_key(ec.SECP256R1())
    sod = signed_sod(groups, pki.signer, pki.signer_key)
    if tamper_dg13:  # changed after signing: the name a forger would want
        details["full_name"] = "Nguyễn Văn Bảo"
        groups[13] = dg13(details)
    files = {lds.dg_fid(n): content for n, content in groups.items()}
    files[lds.EF_COM] = ef_com(sorted(groups))
    files[lds.EF_SOD] = sod
    return CardImage(files, key_of(fields), active_key=chip_key, chip_key=ca_key)
