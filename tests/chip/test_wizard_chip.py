"""F7 "Đọc chip" on the details page, over the emulated reader with a real kiosk and gateway:
one key fills the details from the chip, shows the photo and the verified mark."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.ui.app import KioskApp
from tests.helpers import chip_card
from tests.helpers.gateway import OFFICER_2, gateway, gateway_clock, make_gateway  # noqa: F401
from tests.helpers.pcsc_stack import PcscStack
from tests.ui.conftest import gui_thread_gc  # noqa: F401
from tests.ui.wizard.conftest import make_kiosk, private_sane  # noqa: F401
from tests.ui.wizard.driver import Officer, log_in
from tests.unit.cases.citizens import citizen


def _fields_of(person_n: int) -> tuple[object, dict[str, str]]:
    person = citizen(person_n)
    details = person.details
    fields = {
        "id_number": details.id_number,
        "full_name": details.full_name,
        "date_of_birth": details.date_of_birth.strftime("%d/%m/%Y"),
        "sex": details.sex.value,
        "nationality": "Việt Nam",
        "place_of_residence": details.address,
        "issue_date": details.issue_date.strftime("%d/%m/%Y"),
        # born 1990, issued 2021 at 31: valid until 40
        "expiry_date": details.date_of_birth.replace(year=2030).strftime("%d/%m/%Y"),
        "old_id_number": "033456789",
    }
    return person, fields


@pytest.fixture
def chip_officer(
    qtbot,
    make_kiosk: Callable[..., KioskApp],  # noqa: F811
    gateway,  # noqa: F811
    csca_dir: Path,
) -> Officer:
    app = make_kiosk(gateway.url, f'backend = "file"\nchip_csca = "{csca_dir.as_posix()}"')
    log_in(qtbot, app, OFFICER_2)
    return Officer(qtbot, app)


def test_f7_fills_from_the_chip_with_photo_and_verified_mark(
    chip_officer: Officer, stack: PcscStack, pki: chip_card.TestPki, tmp_path: Path
) -> None:
    officer = chip_officer
    person, fields = _fields_of(61)
    card = chip_card.build_card(pki, fields=fields).write(tmp_path / "card.json")
    officer.to_details(person, tmp_path)
    page = officer.wizard.details_page
    panel = page.chip_panel
    assert page.old_id_edit.text() == ""  # the QR of this card has none
    with stack.card(card):
        officer.press(Qt.Key.Key_F7)
        officer.wait(lambda: panel.outcome, "the chip read")
    assert panel.outcome == "verified"
    assert panel.photo.isVisible() and not panel.photo.pixmap().isNull()
    assert page.old_id_edit.text() == "033456789"  # only the chip has it
    assert page.name_edit.text() == fields["full_name"]
    assert panel.from_chip == {"full_name", "date_of_birth", "sex", "old_id_number", "address"}
    assert page.old_id_edit.toolTip()
    assert not page.notice.isVisible()  # nothing differed from the QR


def test_f7_refuses_a_tampered_chip_and_a_missing_card(
    chip_officer: Officer, stack: PcscStack, pki: chip_card.TestPki, tmp_path: Path
) -> None:
    officer = chip_officer
    person, fields = _fields_of(62)
    officer.to_details(person, tmp_path)
    page = officer.wizard.details_page
    panel = page.chip_panel
    officer.press(Qt.Key.Key_F7)  # no card on the reader
    officer.wait(lambda: page.notice.isVisible() and not page.busy, "the no-card notice")
    assert panel.outcome == ""
    tampered = chip_card.build_card(pki, fields=fields, tamper_dg13=True)
    with stack.card(tampered.write(tmp_path / "t.json")):
        officer.press(Qt.Key.Key_F7)
        officer.wait(lambda: panel.outcome, "the chip read")
    assert panel.outcome == "failed:hash_mismatch"
    assert page.name_edit.text() == person.details.full_name  # nothing filled
    assert not panel.photo.isVisible()
