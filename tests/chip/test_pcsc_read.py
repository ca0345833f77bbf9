"""The kiosk reads emulated ID card chips through the real pcscd, vpcd driver and pyscard."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cryptography import x509
from PIL import Image

from kiosk.chip import bac, pcsc, sod
from kiosk.chip.errors import AccessDenied, CardRemoved, NoCard, NoReader
from kiosk.chip.reader import ChipRead, read_chip
from tests.helpers import chip_card
from tests.helpers.pcsc_stack import PcscStack


def _read(stack: PcscStack, key: bac.BacKey, cscas: list[x509.Certificate]) -> ChipRead:
    with pcsc.connect(stack.reader) as transport:
        return read_chip(transport, key, cscas)


def test_reader_is_listed_and_empty_reader_has_no_card(stack: PcscStack) -> None:
    assert stack.reader in pcsc.list_readers()
    with pytest.raises(NoCard):
        pcsc.connect(stack.reader)
    with pytest.raises(NoReader):
        pcsc.connect("No Such Reader")


def test_right_key_reads_verified_details(
    stack: PcscStack, card_file: Path, csca_dir: Path
) -> None:
    with stack.card(card_file):
        read = _read(stack, chip_card.bac_key(), sod.load_csca(csca_dir))
    assert read.authentication.code == "verified"
    assert read.ef_com.data_groups == (1, 2, 13)
    assert read.mrz is not None and read.dg13 is not None and read.face is not None
    assert read.mrz.document_number == chip_card.DOCUMENT_NUMBER
    assert read.mrz.date_of_birth == chip_card.BIRTH_YYMMDD
    assert read.dg13.fields == chip_card.CITIZEN
    assert read.dg13.parents == (chip_card.FATHER, chip_card.MOTHER)
    assert read.face.mime == "image/jpeg"
    with Image.open(io.BytesIO(read.face.data)) as image:
        assert image.size == (240, 320)


def test_wrong_key_is_access_denied(stack: PcscStack, card_file: Path) -> None:
    wrong = bac.BacKey(chip_card.DOCUMENT_NUMBER, chip_card.BIRTH_YYMMDD, "300316")
    with stack.card(card_file), pytest.raises(AccessDenied):
        _read(stack, wrong, [])


def test_tampered_dg13_is_a_hash_mismatch(
    stack: PcscStack, pki: chip_card.TestPki, csca_dir: Path, tmp_path: Path
) -> None:
    card = chip_card.build_card(pki, tamper_dg13=True).write(tmp_path / "tampered.json")
    with stack.card(card):
        read = _read(stack, chip_card.bac_key(), sod.load_csca(csca_dir))
    assert read.authentication.code == "failed:hash_mismatch"
    assert read.authentication.data_group == 13


def test_unknown_signer_is_not_verified(stack: PcscStack, card_file: Path, tmp_path: Path) -> None:
    other = chip_card.make_pki("Other CSCA").write_csca(tmp_path / "other")
    with stack.card(card_file):
        unknown = _read(stack, chip_card.bac_key(), sod.load_csca(other.parent))
        nothing = _read(stack, chip_card.bac_key(), [])
    assert (unknown.authentication.status, unknown.authentication.reason) == (
        "not_verified",
        "unknown_signer",
    )
    assert nothing.authentication.code == "not_verified"
    assert nothing.authentication.reason == "no_csca"


def test_card_removed_mid_read_is_a_clear_error(
    stack: PcscStack, pki: chip_card.TestPki, tmp_path: Path
) -> None:
    card = chip_card.build_card(pki).with_faults(remove_at_read=4).write(tmp_path / "gone.json")
    with stack.card(card), pytest.raises(CardRemoved):
        _read(stack, chip_card.bac_key(), [])


def test_active_authentication_tells_a_cloned_chip(
    stack: PcscStack, pki: chip_card.TestPki, csca_dir: Path, tmp_path: Path
) -> None:
    genuine = chip_card.build_card(pki, active=True).write(tmp_path / "genuine.json")
    clone = chip_card.build_card(pki, active=True, clone=True).write(tmp_path / "clone.json")
    cscas = sod.load_csca(csca_dir)
    with stack.card(genuine):
        read = _read(stack, chip_card.bac_key(), cscas)
    assert (read.authentication.code, read.active_authentication) == ("verified", "verified")
    assert read.ef_com.data_groups == (1, 2, 13, 15)
    with stack.card(clone):
        copied = _read(stack, chip_card.bac_key(), cscas)
    assert copied.active_authentication == "failed"
    assert copied.authentication.code == "failed:active_authentication"


def test_chip_authentication_tells_a_cloned_chip(
    stack: PcscStack, pki: chip_card.TestPki, csca_dir: Path, tmp_path: Path
) -> None:
    genuine = chip_card.build_card(pki, chip_auth=True, explicit_curve=True)
    genuine = genuine.write(tmp_path / "genuine.json")
    clone = chip_card.build_card(pki, chip_auth=True, clone=True).write(tmp_path / "clone.json")
    cscas = sod.load_csca(csca_dir)
    with stack.card(genuine):
        read = _read(stack, chip_card.bac_key(), cscas)
    assert (read.authentication.code, read.chip_authentication) == ("verified", "verified")
    assert read.ef_com.data_groups == (1, 2, 13, 14)
    with stack.card(clone):
        copied = _read(stack, chip_card.bac_key(), cscas)
    assert copied.chip_authentication == "failed"
    assert copied.authentication.code == "failed:chip_authentication"
