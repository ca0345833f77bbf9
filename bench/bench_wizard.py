"""One citizen from lookup to created account: the officer's keystrokes and clicks, and the
longest time the screen did not respond, against the training gateway over loopback.

Each flow runs in a child process (a fresh kiosk, offscreen, its own KIOSK_HOME and an
in-memory keyring), driven key by key by tests/ui/wizard/driver.py:
- "QR": the handheld scanner reads the card's QR into the lookup field (1 action), both sides
  come from the scanner's files, the details are filled from the QR;
- the baseline: the same citizen with a card whose QR cannot be read, every detail typed.
Both measure a counter whose printer is remembered: Ctrl+P prints at once. A real CUPS queue
is not needed for the count: `[printer] file` makes the kiosk print into a PDF file, with the
same single key. "QR, no printer" is the first day on a PC without a printer: the form is
saved with Ctrl+S, its path typed in the save dialog.
Scans from files count one click each (a double-click on the file); with a scanner device
each side is one key (F5/F6). The stall probe (kiosk.ui.stall_probe) runs through the whole
flow; its baseline is the same probe on the idle start screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.harness import Row

ROOT = Path(__file__).resolve().parents[1]


def _child(kind: str, home: str, printer: str = "remembered") -> dict[str, float]:
    """In the child process: one citizen through the kiosk, keyboard first."""
    import time

    from PySide6.QtCore import Qt

    from kiosk import config
    from kiosk.sandbox import SandboxSettings, serve_in_thread
    from kiosk.ui.app import KioskApp
    from kiosk.ui.stall_probe import StallProbe
    from tests.helpers.gateway import OFFICER_2, ManualClock
    from tests.ui.wizard.driver import Officer, log_in, wait_until
    from tests.unit.cases.citizens import card_files, citizen

    clock = ManualClock()
    gateway = serve_in_thread(settings=SandboxSettings(clock=clock))
    cfg = Path(home) / "system" / "config.toml"
    cfg.parent.mkdir(parents=True, exist_ok=True)
    printout = Path(home) / "form.pdf"
    text = f'[gateway]\nurl = "{gateway.url}"\n'
    if printer == "remembered":
        text += f'[printer]\nfile = "{printout.as_posix()}"\n'
    cfg.write_text(text, encoding="utf-8")
    app = KioskApp(config.load())
    app.work.clock = clock
    app.window.resize(1366, 768)
    app.window.show()
    app.window.activateWindow()
    app.session.start()
    log_in(None, app, OFFICER_2)
    officer = Officer(None, app)
    wait_until(lambda: app.home.history.page, what="the start screen")

    probe = StallProbe()
    probe.start()
    end = time.monotonic() + 1.0
    wait_until(lambda: time.monotonic() > end, what="an idle second")
    idle = probe.stop()

    person = citizen(1)
    folder = Path(home) / "scans"
    folder.mkdir()
    front, back = card_files(folder, person, qr_mm=18.0 if kind == "qr" else 3.0)
    probe.start()
    started = time.perf_counter()
    officer.start_case()
    wizard = officer.wizard
    if kind == "qr":
        officer.wedge_scan(person.payload)
    else:
        officer.type(person.details.id_number)
        officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.scan_page)
    officer.scan_side("front", front)
    officer.scan_side("back", back)
    officer.wait(lambda: wizard.case.has_pdf, "the PDF")
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.details_page)
    if kind != "qr":
        details = person.details
        officer.type(details.full_name)
        officer.press(Qt.Key.Key_Tab)
        officer.type(details.date_of_birth.strftime("%d/%m/%Y"))
        officer.press(Qt.Key.Key_Tab)
        officer.press(Qt.Key.Key_Down)  # "Nam"
        officer.press(Qt.Key.Key_Down)  # "Nữ"
        officer.press(Qt.Key.Key_Tab)
        officer.press(Qt.Key.Key_Tab)  # no old CMND
        officer.type(details.address)
        officer.press(Qt.Key.Key_Tab)
    officer.type(person.phone)
    officer.press(Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.form_page)
    officer.wait(lambda: wizard.form_page.pdf, "the form")
    if printer == "remembered":
        officer.print_form()
    else:
        officer.print_to_file(printout)
    assert printout.read_bytes() == wizard.form_page.pdf
    officer.press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.otp_page)
    officer.press(Qt.Key.Key_Return)
    code = officer.read_otp()
    officer.type(code)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.result_page)
    seconds = time.perf_counter() - started
    stall = probe.stop()
    assert wizard.case.outcome is not None
    result = {
        "keys": officer.keys,
        "clicks": officer.clicks,
        "scans": officer.scans,
        "actions": officer.actions,
        "stall_ms": stall,
        "idle_stall_ms": idle,
        "seconds": seconds,
        "print_path_keys": 0 if printer == "remembered" else len(str(printout)),
    }
    app.close()
    gateway.stop()
    return result


def _run_child(kind: str, printer: str = "remembered") -> dict[str, float]:
    with tempfile.TemporaryDirectory() as home:
        sane = Path(home) / "sane"
        sane.mkdir()
        (sane / "dll.conf").write_text("", encoding="utf-8")
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            QT_LOGGING_RULES="qt.multimedia.*=false",
            KIOSK_HOME=home,
            XDG_DATA_HOME=str(Path(home) / "xdg-data"),
            PYTHON_KEYRING_BACKEND="tests.helpers.memory_keyring.MemoryKeyring",
            SANE_CONFIG_DIR=str(sane),
            PYTHONPATH=str(ROOT),
        )
        code = (
            "import json, os, sys\n"
            "from bench.bench_wizard import _child\n"
            f"print('RESULT ' + json.dumps(_child({kind!r}, {home!r}, {printer!r})), flush=True)\n"
            # Leave without the interpreter's final teardown of Qt objects.
            "os._exit(0)\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    for line in done.stdout.splitlines():
        if line.startswith("RESULT "):
            data: dict[str, float] = json.loads(line.removeprefix("RESULT "))
            return data
    raise RuntimeError(f"wizard flow failed ({done.returncode}): {done.stderr[-2000:]}")


def run() -> list[Row]:
    qr = _run_child("qr")
    first_day = _run_child("qr", printer="none")
    typed = _run_child("typed")
    detail = (
        "keys {keys} (of which {print_path_keys} type the PDF path in the save dialog), "
        "clicks {clicks}, scanner triggers {scans}"
    )
    fields = ("keys", "clicks", "scans", "print_path_keys")
    return [
        Row(
            "wizard",
            "actions, details typed by hand (baseline)",
            typed["actions"],
            "n",
            note=detail.format(**{k: int(typed[k]) for k in fields}),
        ),
        Row(
            "wizard",
            "actions, one citizen with QR auto-fill",
            qr["actions"],
            "n",
            baseline=typed["actions"],
            note=detail.format(**{k: int(qr[k]) for k in fields}),
        ),
        Row(
            "wizard",
            "actions, QR auto-fill, no printer (form saved to a chosen file)",
            first_day["actions"],
            "n",
            baseline=typed["actions"],
            note=detail.format(**{k: int(first_day[k]) for k in fields}),
        ),
        Row("wizard", "longest stall, idle start screen (baseline)", qr["idle_stall_ms"], "ms"),
        Row(
            "wizard",
            "longest stall, lookup to result (QR)",
            qr["stall_ms"],
            "ms",
            baseline=qr["idle_stall_ms"],
        ),
        Row(
            "wizard",
            "longest stall, lookup to result (typed)",
            typed["stall_ms"],
            "ms",
            baseline=qr["idle_stall_ms"],
        ),
        Row(
            "wizard",
            "wall time lookup to result (QR)",
            qr["seconds"] * 1000,
            "ms",
            note="loopback gateway, file scans, remembered printer ([printer] file)",
        ),
    ]
