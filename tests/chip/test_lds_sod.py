"""The LDS parsers and passive authentication on files built in memory (the PC/SC tests read
the same files through the reader)."""

from __future__ import annotations

from pathlib import Path

import pytest
from asn1crypto import cms, core
from cryptography.hazmat.primitives import serialization
from hypothesis import given
from hypothesis import strategies as st

from kiosk.chip import lds, sod, tlv
from kiosk.chip.errors import LdsError
from tests.helpers import chip_card


@given(st.integers(min_value=1, max_value=0x7F5F), st.binary(max_size=70_000))
def test_tlv_round_trip(tag: int, value: bytes) -> None:
    if tag > 0xFF:
        # Two-byte tags: a first byte saying "more bytes" (low five bits set), a last byte
        # without the continuation bit (0x1F80 would announce a third byte).
        tag = ((tag >> 8) | 0x1F) << 8 | (tag & 0x7F)
    elif tag & 0x1F == 0x1F:
        tag ^= 0x01
    parsed = tlv.parse(tlv.encode(tag, value))
    assert (parsed.tag, parsed.value) == (tag, value)


def test_truncated_files_are_lds_errors() -> None:
    whole = tlv.encode(0x61, tlv.encode(0x5F1F, b"X" * 90))
    for cut in (1, 2, 5, len(whole) - 1):
        with pytest.raises(LdsError):
            tlv.parse(whole[:cut])
    with pytest.raises(LdsError):  # 89 characters: neither TD1 nor TD3
        lds.parse_dg1(tlv.encode(0x61, tlv.encode(0x5F1F, b"X" * 89)))


def test_mrz_of_the_test_card() -> None:
    mrz = lds.parse_mrz(chip_card.td1_mrz())
    assert (mrz.document_code, mrz.issuing_state, mrz.nationality) == ("ID", "VNM", "VNM")
    assert mrz.optional_data == chip_card.CITIZEN["id_number"]
    assert "NGUYEN" not in repr(mrz)
    with pytest.raises(LdsError):
        lds.parse_mrz("X" * 60)


def test_signature_and_signer_failures() -> None:
    pki = chip_card.make_pki()
    card = chip_card.build_card(pki)
    groups = {n: card.files[lds.dg_fid(n)] for n in (1, 2, 13)}
    raw = bytearray(card.files[lds.EF_SOD])
    good = sod.parse_sod(bytes(raw))
    assert sod.passive_authentication(good, groups, [pki.csca]).code == "verified"
    # a group the SOD does not list
    extra = {**groups, 14: b"\x6e\x00"}
    assert sod.passive_authentication(good, extra, [pki.csca]).reason == "hash_missing"
    # a flipped bit in the signature
    signature = good.signed_data["signer_infos"][0]["signature"].native
    at = bytes(raw).index(signature)
    raw[at + 10] ^= 0x01
    assert sod.passive_authentication(sod.parse_sod(bytes(raw)), groups, [pki.csca]).code == (
        "failed:signature"
    )
    # a CSCA of the same name but another key: the chain is forged
    impostor = chip_card.make_pki().csca
    assert sod.passive_authentication(good, groups, [impostor]).code == (
        "failed:certificate_signature"
    )


def test_csca_from_a_master_list(tmp_path: Path) -> None:
    pki = chip_card.make_pki()
    from asn1crypto import x509 as asn1_x509

    cert = asn1_x509.Certificate.load(pki.csca.public_bytes(serialization.Encoding.DER))

    class CertSet(core.SetOf):  # type: ignore[misc]
        _child_spec = asn1_x509.Certificate

    class MasterList(core.Sequence):  # type: ignore[misc]
        _fields = [("version", core.Integer), ("certs", CertSet)]  # noqa: RUF012

    content = MasterList({"version": 0, "certs": [cert]}).dump()
    signed = cms.SignedData(
        {
            "version": "v3",
            "digest_algorithms": [],
            "encap_content_info": {
                "content_type": "2.23.136.1.1.2",
                "content": core.ParsableOctetString(content),
            },
            "signer_infos": [],
        }
    )
    path = tmp_path / "masterlist.ml"
    path.write_bytes(cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump())
    (tmp_path / "readme.txt").write_text("not a certificate")
    assert [c.subject for c in sod.load_csca(path)] == [pki.csca.subject]
    assert [c.subject for c in sod.load_csca(tmp_path)] == [pki.csca.subject]
    assert sod.load_csca("") == []


def test_dg13_with_unknown_fields_keeps_the_known_ones() -> None:
    data = tlv.encode(
        0x6D,
        tlv.encode(0x30, tlv.encode(0x02, b"\x02") + tlv.encode(0x0C, "Lê Thị Hoa".encode()))
        + tlv.encode(0x30, tlv.encode(0x02, b"\x63") + tlv.encode(0x0C, b"?")),
    )
    dg13 = lds.parse_dg13(data)
    assert dg13.fields == {"full_name": "Lê Thị Hoa"}
    assert dg13.unknown == (0x63,)
