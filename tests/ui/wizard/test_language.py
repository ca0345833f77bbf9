"""The kiosk in English: switched at run time, every screen re-worded, the focus kept.

The walks go through what an officer reaches with the keyboard (log-in, start screen, a
refusal, the scan page with the camera's window, the details and their findings, the drop
question, the form, the OTP sent and a wrong code, the result, an account that already exists,
the settings, the doctor, the idle lock, the unit page, the supervisor's view) and find no
Vietnamese letter outside the data: citizens' details, the officer's name, unit and device
names, the words the unit naming rule requires, and the national portal's own button names
quoted for the citizen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QWidget,
)

from kiosk.cases import CaseState
from kiosk.domain.units import ELIGIBLE_MARKERS
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.ui import i18n
from kiosk.ui.app import KioskApp
from kiosk.ui.doctor_dialog import DoctorDialog
from kiosk.ui.settings_dialog import SettingsDialog
from kiosk.ui.wizard.confirm import ask_to_drop
from tests.helpers.fake_camera import FakeCameraSource
from tests.helpers.gateway import (
    NO_UNIT_OFFICER,
    OFFICER,
    OFFICER_2,
    SEEDED_ID_NUMBER,
    SUPERVISOR,
    WRONG_NAME_OFFICER,
)
from tests.ui.language import VIETNAMESE
from tests.ui.wizard.driver import Officer, log_in, wait_until
from tests.ui.wizard.test_camera import choose_camera, open_camera, with_fake_camera
from tests.unit.cases.citizens import camera_files, card_files, citizen

_TAGS = re.compile(r"<[^>]+>")


def visible_texts(root: QWidget) -> list[str]:
    """Every text a person sees in root: labels, buttons, group titles, list and table rows."""
    found: list[str] = [root.windowTitle()]
    for label in root.findChildren(QLabel):
        if label.isVisible() and label.text():
            found.append(_TAGS.sub(" ", label.text()))
    for button in root.findChildren(QAbstractButton):
        if button.isVisible():
            found += [button.text(), button.toolTip()]
    for box in root.findChildren(QGroupBox):
        if box.isVisible():
            found.append(box.title())
    for view in root.findChildren(QListWidget):
        if view.isVisible():
            found += [view.item(i).text() for i in range(view.count())]
    for combo in root.findChildren(QComboBox):
        if combo.isVisible():
            found.append(combo.currentText())
    for edit in root.findChildren(QLineEdit):
        if edit.isVisible():
            found.append(edit.placeholderText())
    for table in root.findChildren(QTableWidget):
        if table.isVisible():
            found += [
                table.horizontalHeaderItem(c).text()
                for c in range(table.columnCount())
                if table.horizontalHeaderItem(c) is not None
            ]
            found += [
                table.item(r, c).text()
                for r in range(table.rowCount())
                for c in range(table.columnCount())
                if table.item(r, c) is not None
            ]
    return [t for t in found if t]


def vietnamese_in(root: QWidget, data: Iterable[str]) -> list[str]:
    """The texts that still hold Vietnamese once the data in them is taken out."""
    words = sorted((d for d in data if d), key=len, reverse=True)
    left = []
    for text in visible_texts(root):
        bare = text
        for d in words:
            bare = bare.replace(d, " ")
        if VIETNAMESE.search(bare):
            left.append(text)
    return left


@pytest.fixture
def english(qapp) -> Iterator[None]:
    yield
    i18n.install(qapp, "vi")


def switch_to_english(app: KioskApp) -> None:
    app.window.language_actions["en"].trigger()
    wait_until(lambda: not VIETNAMESE.search(app.window.title.text()), what="the English window")


@pytest.mark.usefixtures("english")
def test_switching_keeps_the_focus_and_rewords_the_log_in_page(
    make_kiosk: Callable[..., KioskApp],
    gateway: RunningGateway,
) -> None:
    app = make_kiosk(gateway.url)
    page = app.session.login_page
    wait_until(lambda: app.window.pages.currentWidget() is page, what="the log-in page")
    page.username.setFocus()
    wait_until(lambda: QApplication.focusWidget() is page.username, what="the focus")
    switch_to_english(app)
    wait_until(lambda: QApplication.focusWidget() is page.username, what="the focus kept")
    assert not vietnamese_in(app.window, []), vietnamese_in(app.window, [])


@pytest.mark.usefixtures("english")
def test_an_english_walk_finds_no_vietnamese_outside_the_data(
    qtbot,
    make_kiosk: Callable[..., KioskApp],
    gateway: RunningGateway,
    tmp_path: Path,
) -> None:
    app = make_kiosk(gateway.url)
    switch_to_english(app)
    log_in(qtbot, app, OFFICER_2)
    officer_data = app.session.officer
    assert officer_data is not None
    data = [officer_data.full_name, *(u.name for u in officer_data.units)]
    # The start screen, and the header naming the officer and the unit.
    assert app.window.officer_label.text().startswith("Officer")
    assert not vietnamese_in(app.window, data), vietnamese_in(app.window, data)

    desk = Officer(qtbot, app)
    desk.start_case()
    wizard = desk.wizard
    # A number that is not an ID number: the refusal is the catalogue's, in English.
    desk.type("12345")
    desk.press(Qt.Key.Key_Return)
    desk.wait(lambda: wizard.lookup_page.findChildren(QLabel), "the refusal")
    assert not vietnamese_in(app.window, data), vietnamese_in(app.window, data)

    # Through the scans to the details page, where the findings speak.
    person = citizen(7)
    details = person.details
    data += [details.full_name, details.address, details.sex.value, person.payload]
    front, back = card_files(tmp_path, person)
    desk.wedge_scan(person.payload)
    desk.wait_page(wizard.scan_page, "the scan page")
    assert not vietnamese_in(app.window, data), vietnamese_in(app.window, data)
    desk.scan_side("front", front)
    desk.scan_side("back", back)
    desk.wait(lambda: wizard.case.has_pdf, "the ID-card PDF")
    assert not vietnamese_in(app.window, data), vietnamese_in(app.window, data)
    desk.press(Qt.Key.Key_Return)
    desk.wait_page(wizard.details_page)
    desk.type("02213456789")  # a landline: the phone's finding shows
    desk.press(Qt.Key.Key_Tab)
    desk.wait(lambda: "landline" in " ".join(visible_texts(app.window)), "the phone's finding")
    assert not vietnamese_in(app.window, data), vietnamese_in(app.window, data)


@pytest.mark.usefixtures("english")
def test_the_supervisor_view_speaks_english(
    qtbot,
    make_kiosk: Callable[..., KioskApp],
    gateway: RunningGateway,
) -> None:
    from kiosk.ui.supervisor import attach

    app = make_kiosk(gateway.url)
    log_in_supervisor(app)
    officer_data = wait_until(lambda: app.session.officer, what="the supervisor logged in")
    view = attach(app.session, officer_data)
    wait_until(lambda: view.isVisible(), what="the supervisor view shown")
    data = [officer_data.full_name, *(u.name for u in officer_data.units)]
    switch_to_english(app)
    wait_until(lambda: not vietnamese_in(app.window, data), 10, "the supervisor view in English")
    assert app.window.officer_label.text().startswith("Supervisor")


def log_in_supervisor(app: KioskApp) -> None:
    page = app.session.login_page
    wait_until(lambda: app.window.pages.currentWidget() is page, what="the log-in page")
    page.username.setText(SUPERVISOR)
    page.password.setText(DEMO_PASSWORD)
    page.submit.click()


# The national portal's own buttons, named as the citizen will see them there (the English text
# glosses them): another site's words, quoted, like data.
PORTAL_LABELS = ["[Quên mật khẩu]", "“Quên mật khẩu”", "[Đăng nhập]"]


def no_vietnamese(root: QWidget, data: Iterable[str]) -> None:
    left = vietnamese_in(root, data)
    assert not left, left


@pytest.mark.hardware_fake  # the camera step uses tests/helpers/fake_camera.py
@pytest.mark.usefixtures("english")
def test_an_english_case_to_its_end_and_every_dialog_on_the_way(
    qtbot,
    make_kiosk: Callable[..., KioskApp],
    gateway: RunningGateway,
    tmp_path: Path,
) -> None:
    app = make_kiosk(gateway.url)
    switch_to_english(app)
    log_in(qtbot, app, OFFICER_2)
    officer_data = app.session.officer
    assert officer_data is not None
    person = citizen(8)
    details = person.details
    data = [officer_data.full_name, *(u.name for u in officer_data.units)]
    data += [details.full_name, details.address, details.sex.value, person.payload]
    data += PORTAL_LABELS
    window = app.window

    # Step 2 with the (fake) document camera: its window, then both sides.
    front, back = camera_files(tmp_path, person)
    source = FakeCameraSource([front, back])
    camera = with_fake_camera(app, source)
    data += [d.name for d in camera.list_devices()]  # a device's own name is data
    desk = Officer(qtbot, app)
    desk.start_case()
    wizard = desk.wizard
    desk.wedge_scan(person.payload)
    desk.wait_page(wizard.scan_page, "the scan page")
    choose_camera(desk)
    no_vietnamese(window, data)
    dialog = open_camera(desk, "front")
    no_vietnamese(dialog, data)
    desk.press(Qt.Key.Key_Space, widget=dialog)
    desk.wait(lambda: wizard.scan_page.camera_dialog is None and not wizard.scan_page.busy)
    source.showing = 1
    dialog = open_camera(desk, "back")
    desk.press(Qt.Key.Key_Space, widget=dialog)
    desk.wait(lambda: wizard.case.has_pdf, "the ID-card PDF")
    desk.press(Qt.Key.Key_Return)
    desk.wait_page(wizard.details_page)

    # Esc: the drop question, worded from the case's state (nothing sent yet).
    desk.press(Qt.Key.Key_Escape)
    box = desk.wait(lambda: window.findChild(QMessageBox, "ConfirmCancel"), "the drop question")
    desk.wait(lambda: box.isVisible(), "the drop question shown")
    assert box.property("case_state") == CaseState.WORKING.value
    no_vietnamese(box, data)
    desk.press(Qt.Key.Key_Escape, widget=box)  # "Go on": the case stays
    desk.wait(
        lambda: not any(b.isVisible() for b in window.findChildren(QMessageBox, "ConfirmCancel")),
        "the question gone",
    )

    # Step 4: the form.
    desk.wait(lambda: wizard.details_page.phone_edit.hasFocus(), "the phone field")
    desk.type(person.phone)
    desk.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    desk.press(Qt.Key.Key_Return)
    desk.wait_page(wizard.form_page)
    desk.wait(lambda: wizard.form_page.pdf, "the form")
    no_vietnamese(window, data)
    desk.print_to_file(tmp_path / "form.pdf")
    desk.press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    no_vietnamese(window, data)
    desk.press(Qt.Key.Key_Return)

    # Step 5: the OTP page, the code sent, a wrong code, then the right one.
    otp = wizard.otp_page
    desk.wait_page(otp)
    no_vietnamese(window, data)
    desk.press(Qt.Key.Key_Return)
    code = desk.read_otp()
    desk.wait(lambda: desk.focus() is otp.code_edit, "focus on the code")
    no_vietnamese(window, data)
    desk.type("111111" if code != "111111" else "222222")
    desk.press(Qt.Key.Key_Return)
    desk.wait(lambda: otp.notice.isVisible() and not otp.busy, "the wrong code refused")
    no_vietnamese(window, data)
    otp.code_edit.clear()
    desk.wait(lambda: desk.focus() is otp.code_edit, "focus back on the code")
    desk.type(code)
    desk.press(Qt.Key.Key_Return)

    # Step 6: the result.
    desk.wait_page(wizard.result_page, "the result page")
    no_vietnamese(window, [*data, details.id_number])

    # The next citizen already has an account: the exists page.
    desk.press(Qt.Key.Key_Return)
    desk.wait(lambda: app.work.wizard is not None and app.work.wizard is not wizard, "next case")
    wizard = desk.wizard
    desk.wait_page(wizard.lookup_page)
    desk.type(SEEDED_ID_NUMBER)
    desk.press(Qt.Key.Key_Return)
    desk.wait_page(wizard.exists_page, "the exists page")
    no_vietnamese(window, data)

    # The drop question in the states the live walk cannot hold still: the create may have
    # left (the case is kept), and a finished case.
    for state in (CaseState.CREATING, CaseState.ENDED):
        box = ask_to_drop(wizard, state, lambda: None, lambda: None)
        desk.wait(lambda b=box: b.isVisible(), "the question")
        no_vietnamese(box, data)
        box.reject()

    # The machine's settings and the doctor.
    settings = SettingsDialog(app.settings, window)
    settings.show()
    desk.wait(lambda: settings.isVisible(), "the settings dialog")
    no_vietnamese(settings, data)
    settings.reject()
    doctor = DoctorDialog(settings=app.settings, parent=window)
    with qtbot.waitSignal(doctor.checks_done, timeout=60000):
        doctor.show()
    no_vietnamese(doctor, data)
    doctor.reject()

    # The idle lock, and a wrong password on it.
    app.session.lock("idle")
    lock = app.session.lock_screen
    desk.wait(lambda: window.pages.currentWidget() is lock, "the lock screen")
    no_vietnamese(window, data)
    lock.password.setText("wrong")
    desk.press(Qt.Key.Key_Return, widget=lock.password)
    desk.wait(lambda: bool(lock.error.text()), "the wrong password refused")
    no_vietnamese(window, data)


@pytest.mark.parametrize("username", [OFFICER, NO_UNIT_OFFICER, WRONG_NAME_OFFICER])
@pytest.mark.usefixtures("english")
def test_the_unit_page_speaks_english(
    make_kiosk: Callable[..., KioskApp], gateway: RunningGateway, username: str
) -> None:
    """Two units to choose from, none, and one whose name the rule refuses."""
    app = make_kiosk(gateway.url)
    switch_to_english(app)
    page = app.session.login_page
    wait_until(lambda: app.window.pages.currentWidget() is page, what="the log-in page")
    page.username.setText(username)
    page.password.setText(DEMO_PASSWORD)
    page.submit.click()
    units = app.session.unit_page
    wait_until(lambda: app.window.pages.currentWidget() is units, what="the unit page")
    officer_data = wait_until(lambda: app.session.officer, what="the officer")
    data = [officer_data.full_name, *(u.name for u in officer_data.units)]
    # The naming rule quotes the words a unit's (Vietnamese) name must contain: data too.
    data += [f"“{marker}”" for marker in ELIGIBLE_MARKERS]
    no_vietnamese(app.window, data)
