"""Help › Kiểm tra máy: the doctor's table in the GUI, against the real training gateway."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from kiosk import config
from kiosk.ui import doctor_dialog
from kiosk.ui.doctor_dialog import DoctorDialog
from kiosk.ui.main_window import MainWindow
from tests.helpers.gateway import gateway, gateway_clock, make_gateway  # noqa: F401


def _settings(url: str) -> config.Settings:
    return config.Settings.model_validate({"gateway": {"url": url}})


def _rows(dialog: DoctorDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {
        table.item(r, 0).data(0x0100): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }


def run(qtbot, dialog: DoctorDialog) -> dict[str, tuple[str, str]]:
    with qtbot.waitSignal(dialog.checks_done, timeout=60000):
        dialog.show()
    return _rows(dialog)


def test_every_check_gets_a_row_with_its_verdict(qtbot, gateway) -> None:  # noqa: F811
    dialog = DoctorDialog(settings=_settings(gateway.url))
    qtbot.addWidget(dialog)
    rows = run(qtbot, dialog)
    assert next(iter(rows)) == "config" and "printers" in rows and len(rows) == 14  # with "mode"
    assert rows["gateway"][0] == "ĐẠT"
    assert rows["login"][0] == "ĐẠT"
    assert rows["tls"][0] == "BỎ QUA"
    # No printer on a test machine: the row fails and says what to do.
    assert rows["printers"][0] == "LỖI" and "Cách sửa:" in rows["printers"][1]
    assert dialog.run_button.isEnabled()


def test_a_dead_gateway_shows_the_fix(qtbot) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dialog = DoctorDialog(settings=_settings(f"http://127.0.0.1:{port}"))
    qtbot.addWidget(dialog)
    rows = run(qtbot, dialog)
    status, text = rows["gateway"]
    assert status == "LỖI"
    assert "từ chối kết nối" in text and "Cách sửa:" in text
    assert "lỗi" in dialog.summary.text()


def test_the_report_is_copied_as_the_cli_prints_it(qtbot, gateway) -> None:  # noqa: F811
    dialog = DoctorDialog(settings=_settings(gateway.url))
    qtbot.addWidget(dialog)
    run(qtbot, dialog)
    dialog.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Kiểm tra") and "Kết nối máy chủ" in text and "Máy in" in text


def test_the_help_menu_opens_it(qtbot, kiosk_home: Path) -> None:
    window = MainWindow(config.Settings())
    qtbot.addWidget(window)
    action = doctor_dialog.install(window)
    assert action in window.help_menu.actions()
    assert action.text() == "Kiểm tra máy…"
    action.trigger()
    dialog = window.findChild(DoctorDialog)
    assert dialog is not None
    with qtbot.waitSignal(dialog.checks_done, timeout=60000):
        pass
    dialog.reject()


def test_the_printer_verdict() -> None:
    from kiosk.ui.printers import PrinterList, judge

    office = PrinterList(["HP LaserJet", "PDF"], "HP LaserJet")
    assert judge(office, "").ok and "In ra: HP LaserJet" in judge(office, "").detail
    assert judge(office, "PDF").ok
    missing = judge(office, "Canon LBP")
    assert not missing.ok and "Canon LBP" in missing.detail and "printer.name" in missing.hint
    assert not judge(PrinterList(["PDF"], ""), "").ok  # printers, but no default
    assert not judge(PrinterList([], ""), "").ok
