"""After the kiosk process is killed mid-case, the window offers the case where it stopped.

A kiosk run (the kill soak's child process, tests/helpers/soak_child.py) serves a citizen on
the journal of this KIOSK_HOME and is SIGKILLed just after the details were saved. The kiosk
window then starts, the officer logs in, and the start screen lists the case; taken up, it
opens on the step the journal holds, with every field and both scans.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.account_case import AccountCase, Step
from kiosk.domain.masking import mask_id_number
from kiosk.journal import Journal, KeyringKeyProvider, default_path
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.ui.app import KioskApp
from tests.helpers.gateway import OFFICER_2
from tests.helpers.memory_keyring import MemoryKeyring
from tests.soak import progress
from tests.soak.gui_tests.window import log_in
from tests.soak.kill_soak import Zygote
from tests.ui.wizard.driver import Officer

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        sys.platform != "linux" or "fork" not in multiprocessing.get_all_start_methods(),
        reason="SIGKILL, fork and /proc",
    ),
]
N = 71


def killed_after(
    event: str, running: RunningGateway, backend: MemoryKeyring, folder: Path
) -> AccountCase:
    """A kiosk run on this KIOSK_HOME's journal, killed when it has saved `event`."""
    path = default_path()
    Journal(path, KeyringKeyProvider()).close()
    report = folder / "progress.txt"
    entries = [[s, u, p] for (s, u), p in backend.store.items() if u.startswith("journal-key:")]
    zygote = Zygote(folder)
    try:
        pid = zygote.run(
            {
                "url": running.url,
                "journal": str(path),
                "progress": str(report),
                "keyring": entries,
                "username": OFFICER_2,
                "password": DEMO_PASSWORD,
                "first": N,
                "count": 1,
            }
        )
        deadline = time.monotonic() + 30
        try:
            while not any(line.event == event for line in progress.read(report)):
                assert time.monotonic() < deadline, f"the kiosk run never reached {event!r}"
                time.sleep(0.001)
        finally:
            os.kill(pid, signal.SIGKILL)
            ended = zygote.reap(pid)
        assert ended["signal"] == signal.SIGKILL
    finally:
        zygote.close()
    with Journal(path, KeyringKeyProvider()) as journal:
        [summary] = journal.unfinished_cases()
        record = journal.load_case(summary.id)
        assert {"front.jpg", "back.jpg", "idcard.pdf"} <= set(record.blobs)
        case = AccountCase.from_dict(record.fields)
        case.case_id = record.id
        return case


def test_a_killed_case_is_offered_on_its_step_with_its_fields_and_scans(
    qtbot: Any,
    kiosk_window: Callable[[str], KioskApp],
    gateway: RunningGateway,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    saved = killed_after("details", gateway, memory_keyring, tmp_path)
    assert saved.phone_confirmed and saved.step in (Step.FORM, Step.OTP)

    app = kiosk_window(gateway.url)
    log_in(app)
    officer = Officer(qtbot, app)
    home = app.home
    officer.wait(lambda: home.unfinished.count() == 1, "the unfinished case listed")
    assert mask_id_number(saved.id_number) in home.unfinished.item(0).text()
    home.unfinished.setFocus()
    officer.press(Qt.Key.Key_Return)
    officer.wait(lambda: app.work.wizard is not None, "the case reopened")
    wizard = officer.wizard
    page = wizard.form_page if saved.step is Step.FORM else wizard.otp_page
    officer.wait_page(page, "the step the journal holds")
    # Everything the journal held is on screen as it was (the form page may add its
    # reference and fingerprint if the kill came before the form was made).
    on_screen, journalled = wizard.case.to_dict(), saved.to_dict()
    differ = sorted(k for k, v in journalled.items() if v not in ("", None) and on_screen[k] != v)
    assert differ == [], "fields that differ from the journal"

    # Every field and both scans, back through the pages.
    while wizard.currentPage() is not wizard.details_page:
        officer.click(wizard.button(wizard.WizardButton.BackButton))
        officer.idle()
    details = wizard.details_page
    shown = (details.name_edit.text(), details.phone_edit.text(), details.address_edit.text())
    assert shown == (saved.full_name, saved.phone, saved.address)
    assert details.phone_own.isChecked()
    officer.click(wizard.button(wizard.WizardButton.BackButton))
    officer.wait_page(wizard.scan_page)
    officer.wait(
        lambda: (
            wizard.scan_page.views["front"].has_image and wizard.scan_page.views["back"].has_image
        ),
        "the saved scans",
    )
