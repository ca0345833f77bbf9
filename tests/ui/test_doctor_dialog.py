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
    assert next(iter(rows)) == "config" and "printers" in rows and len(rows) == 15  # mode, chip
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
    chosen = judge(office, "")
    assert chosen.ok and chosen.codes == ["printers_ok"]
    assert chosen.detail[0].values["printer"] == "HP LaserJet"
    assert judge(office, "PDF").ok
    missing = judge(office, "Canon LBP")
    assert not missing.ok and missing.codes == ["chosen_printer_missing"]
    assert missing.detail[0].values["printer"] == "Canon LBP"
    assert missing.hint_codes == ["chosen_printer"]
    assert not judge(PrinterList(["PDF"], ""), "").ok  # printers, but no default
    assert not judge(PrinterList([], ""), "").ok


def test_switching_language_rewords_what_was_found(qtbot, qapp, gateway) -> None:  # noqa: F811
    from kiosk.ui import i18n
    from tests.ui.language import VIETNAMESE

    dialog = DoctorDialog(settings=_settings(gateway.url))
    qtbot.addWidget(dialog)
    before = run(qtbot, dialog)
    try:
        i18n.install(qapp, "en")
        # LanguageChange reaches the dialog through the event loop.
        qtbot.waitUntil(lambda: _rows(dialog)["gateway"][0] == "PASS")
        after = _rows(dialog)
        assert after.keys() == before.keys()
        assert after["gateway"][0] == "PASS" and after["printers"][0] == "FAIL"
        titles = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        assert "Gateway connection" in titles
        for name, (status, text) in after.items():
            assert not VIETNAMESE.search(status + text), (name, text)
        assert not VIETNAMESE.search(dialog.summary.text() + dialog.windowTitle())
    finally:
        i18n.install(qapp, "vi")
    qtbot.waitUntil(lambda: _rows(dialog)["gateway"][0] == "ĐẠT")
