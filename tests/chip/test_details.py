"""A chip read as the kiosk's fields: read-qr's keys, the DG13 extras, MRZ cross-checks."""

from __future__ import annotations

from kiosk.chip import lds, sod
from kiosk.chip.details import chip_details
from kiosk.chip.reader import ChipRead
from tests.helpers import chip_card


def _read(fields: dict[str, str]) -> ChipRead:
    pki = chip_card.make_pki()
    files = chip_card.build_card(pki, fields=fields).files
    groups = {n: files[lds.dg_fid(n)] for n in (1, 2, 13)}
    return ChipRead(
        lds.parse_ef_com(files[lds.EF_COM]),
        groups,
        sod.parse_sod(files[lds.EF_SOD]),
        sod.PassiveAuthentication("verified"),
        lds.parse_dg1(groups[1]),
        lds.parse_dg2(groups[2]),
        lds.parse_dg13(groups[13]),
    )


def test_the_fields_of_a_card() -> None:
    data = chip_details(_read(chip_card.CITIZEN))
    assert {k: data[k] for k in ("id_number", "date_of_birth", "issue_date", "expiry_date")} == {
        "id_number": "001090012345",
        "date_of_birth": "1990-03-15",
        "issue_date": "2021-05-10",
        "expiry_date": "2030-03-15",
    }
    assert data["address"] == chip_card.CITIZEN["place_of_residence"]
    assert (data["father_name"], data["mother_name"]) == (chip_card.FATHER, chip_card.MOTHER)
    assert data["warnings"] == []


def test_dg13_that_disagrees_with_the_mrz_is_a_warning() -> None:
    read = _read(chip_card.CITIZEN)
    assert read.dg13 is not None
    other = dict(read.dg13.fields, date_of_birth="16/03/1990", id_number="001090099999")
    changed = ChipRead(
        read.ef_com,
        read.groups,
        read.security_object,
        read.authentication,
        read.mrz,
        read.face,
        lds.Dg13(other, read.dg13.parents),
    )
    assert chip_details(changed)["warnings"] == [
        "chip_birth_mrz_mismatch",
        "chip_number_mrz_mismatch",
    ]


def test_without_dg13_the_mrz_gives_what_it_has() -> None:
    read = _read(chip_card.CITIZEN)
    bare = ChipRead(read.ef_com, read.groups, read.security_object, read.authentication, read.mrz)
    data = chip_details(bare)
    assert (data["id_number"], data["date_of_birth"], data["sex"]) == (
        "001090012345",
        "1990-03-15",
        "Nam",
    )
    assert data["full_name"] == "NGUYEN VAN AN"
