"""Screenshots of every screen an officer meets for one citizen, to look at as a user would.

    python scripts/screens.py OUT_DIR [--size 1366x728] [--lang vi|en]

Runs offscreen against a training gateway on loopback (no display needed), walks one citizen
with a readable QR from the start screen to the created account as tests/ui/wizard/driver.py
does, and saves the window at each step as OUT_DIR/NN-name.png; then the doctor dialog and a
supervisor's review screen. Nothing here is a test: it is for eyes (docs/development.md).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VIETNAM = dt.timezone(dt.timedelta(hours=7))


def _walk(out: Path, width: int, height: int, language: str, home: str) -> None:
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtWidgets import QApplication

    from kiosk import config
    from kiosk.sandbox import SandboxSettings, serve_in_thread
    from kiosk.ui.app import KioskApp
    from tests.helpers.gateway import OFFICER, SUPERVISOR, ManualClock
    from tests.ui.wizard.driver import Officer, wait_until
    from tests.unit.cases.citizens import card_files, citizen

    shots = 0

    def shot(name: str, widget: object | None = None) -> None:
        nonlocal shots
        shots += 1
        QApplication.processEvents()
        target = widget if widget is not None else app.window
        target.grab().save(str(out / f"{shots:02d}-{name}.png"))  # type: ignore[attr-defined]

    clock = ManualClock()
    gateway = serve_in_thread(settings=SandboxSettings(clock=clock))
    cfg = Path(home) / "system" / "config.toml"
    cfg.parent.mkdir(parents=True, exist_ok=True)
    cfg.write_text(
        f'[gateway]\nurl = "{gateway.url}"\n[ui]\nlanguage = "{language}"\n', encoding="utf-8"
    )
    app = KioskApp(config.load())
    app.work.clock = clock
    app.window.resize(width, height)
    app.window.show()
    app.session.start()
    wait_until(lambda: app.window.pages.currentWidget() is app.session.login_page, what="log-in")
    shot("login")
    page = app.session.login_page
    page.username.setText(OFFICER)
    page.password.setText("Demo@2026")
    page.password.setFocus()
    from PySide6.QtTest import QTest

    QTest.keyClick(page.password, Qt.Key.Key_Return)
    wait_until(lambda: app.window.pages.currentWidget() is app.session.unit_page, what="units")
    shot("units")
    QTest.keyClick(app.session.unit_page.units, Qt.Key.Key_Return)
    wait_until(lambda: app.work.service is not None, what="the start screen ready")
    wait_until(lambda: app.home.history.page, what="the start screen")
    shot("home")

    officer = Officer(None, app)
    person = citizen(1)
    folder = Path(home) / "scans"
    folder.mkdir()
    front, back = card_files(folder, person, qr_mm=18.0)
    officer.start_case()
    wizard = officer.wizard
    shot("lookup")
    officer.wedge_scan(person.payload)
    officer.wait_page(wizard.scan_page)
    shot("scan-empty")
    officer.scan_side("front", front)
    officer.scan_side("back", back)
    officer.wait(lambda: wizard.case.has_pdf, "the PDF")
    shot("scan-done")
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.details_page)
    shot("details")
    officer.type(person.phone)
    shot("details-phone")
    officer.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.form_page)
    officer.wait(lambda: wizard.form_page.pdf, "the form")
    shot("form")
    officer.print_to_file(Path(home) / "form.pdf")
    officer.press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.otp_page)
    shot("otp")
    officer.press(Qt.Key.Key_Return)
    code = officer.read_otp()
    shot("otp-sent")
    officer.type(code)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.result_page)
    shot("result")
    app.window.close()
    app.close()

    # A supervisor's review screen, in a second kiosk on the same gateway.
    app = KioskApp(config.load())
    app.window.resize(width, height)
    app.window.show()
    app.session.start()
    log_in_page = app.session.login_page
    wait_until(lambda: app.window.pages.currentWidget() is log_in_page, what="log-in")
    log_in_page.username.setText(SUPERVISOR)
    log_in_page.password.setText("Demo@2026")
    QTest.keyClick(log_in_page.password, Qt.Key.Key_Return)
    wait_until(lambda: app.work.supervisor_view is not None, what="the review screen")
    view = app.work.supervisor_view
    day = clock().astimezone(VIETNAM).date()  # the training gateway's day, not the PC's
    view.filters.day.setDate(QDate(day.year, day.month, day.day))
    wait_until(lambda: view.model.rowCount() > 0, what="the day's accounts", timeout=30)
    view.table.selectRow(0)
    wait_until(lambda: view.detail.account is not None, what="an account opened")
    shot("supervisor")
    app.close()
    gateway.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x728")
    parser.add_argument("--lang", default="vi", choices=("vi", "en"))
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    if args.child:
        _walk(args.out.resolve(), width, height, args.lang, os.environ["KIOSK_HOME"])
        os._exit(0)  # no interpreter teardown of Qt objects
    with tempfile.TemporaryDirectory() as home:
        sane = Path(home) / "sane"
        sane.mkdir()
        (sane / "dll.conf").write_text("", encoding="utf-8")
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            QT_LOGGING_RULES="qt.multimedia.*=false",
            KIOSK_HOME=home,
            XDG_DATA_HOME=str(Path(home) / "xdg-data"),
            PYTHON_KEYRING_BACKEND="tests.helpers.memory_keyring.MemoryKeyring",
            SANE_CONFIG_DIR=str(sane),
            PYTHONPATH=str(ROOT),
        )
        command = [sys.executable, __file__, str(args.out), "--size", args.size]
        return subprocess.run(  # noqa: S603 (this interpreter, this script)
            [*command, "--lang", args.lang, "--child"], env=env, cwd=ROOT, timeout=300
        ).returncode


if __name__ == "__main__":
    sys.exit(main())
