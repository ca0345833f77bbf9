"""Nothing exposed after a case done at the keyboard in the real kiosk window.

The officer logs in with "remember on this counter", serves one citizen from the lookup to
the created account (scans picked from the scanner's folder, the form printed to a file of
the officer's choosing, both outside the kiosk's folders), takes the next citizen, and the
kiosk closes. Then every file under KIOSK_HOME and in the kiosk's temp dir, and every keyring
entry, is searched as in test_exposure.py; the keyring may hold the journal's data key and
the remembered refresh token, nothing else.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kiosk.sandbox import RunningGateway
from kiosk.sandbox.models import SmsMessage
from kiosk.ui.app import KioskApp
from tests.helpers.memory_keyring import MemoryKeyring
from tests.soak.exposure import TempWatch, needles, search_keyring, search_tree
from tests.soak.flow import OTP
from tests.soak.gui_tests.window import log_in
from tests.soak.ledger import table
from tests.soak.test_exposure import citizen_secrets, keyring_is_only_keys
from tests.ui.wizard.driver import Officer
from tests.unit.cases.citizens import citizen

N = 4343


def sent_codes(running: RunningGateway, phone_e164: str) -> dict[str, str]:
    with running.gateway.db.read() as session:
        texts = session.scalars(
            select(SmsMessage.text).where(
                SmsMessage.to_phone == phone_e164, SmsMessage.kind == "otp"
            )
        ).all()
    codes = [found.group(1) for text in texts if (found := OTP.search(text))]
    return {f"OTP code {i + 1}": code for i, code in enumerate(codes)}


@pytest.mark.slow
def test_no_file_of_the_kiosk_holds_the_citizen_after_a_gui_case(
    qtbot: Any,
    kiosk_window: Callable[[str], KioskApp],
    gateway_outside: RunningGateway,
    kiosk_home: Path,
    private_tmp: Path,
    kiosk_log: Path,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    report: Callable[[str], None],
) -> None:
    person = citizen(N)
    scanner_folder = tmp_path / "scanner"  # the scanner's "scan to folder", not the kiosk's
    scanner_folder.mkdir()
    with TempWatch.watch(private_tmp) as created:
        app = kiosk_window(gateway_outside.url)
        log_in(app, remember=True)
        officer = Officer(qtbot, app)
        officer.to_otp(person, scanner_folder)
        wizard = officer.wizard
        officer.press(Qt.Key.Key_Return)  # send the code
        code = officer.read_otp()
        officer.wait(lambda: officer.focus() is wizard.otp_page.code_edit, "the code field")
        officer.type(code)
        officer.press(Qt.Key.Key_Return)
        officer.wait_page(wizard.result_page, "the result page")
        officer.press(Qt.Key.Key_Return)  # the next citizen
        officer.wait(
            lambda: app.work.wizard is not None and app.work.wizard is not wizard,
            "the next citizen's case",
        )
        app.close()

    secrets = {**citizen_secrets(person), **sent_codes(gateway_outside, "+84" + person.phone[1:])}
    tokens = {
        f"refresh token {i + 1}": value
        for i, ((service, _user), value) in enumerate(memory_keyring.store.items())
        if service.startswith("kiosk-gateway")
    }
    wanted = needles({**secrets, **tokens})
    home_files, home_hits = search_tree(kiosk_home, wanted)
    temp_files, temp_hits = search_tree(private_tmp, wanted)
    keyring_hits = search_keyring(memory_keyring.store, needles(secrets))
    logged = kiosk_log.read_text(encoding="utf-8")
    report(
        table(
            "exposure scan, case at the keyboard",
            [
                ("files searched (home / temp)", f"{home_files} / {temp_files}"),
                ("hits in files (must be 0)", len(home_hits + temp_hits)),
                ("hits in the keyring (must be 0)", len(keyring_hits)),
                ("keyring entries", len(memory_keyring.store)),
                ("refresh token remembered", "yes" if tokens else "no"),
                ("files created in the temp dir (must be 0)", len(created)),
                ("log lines", logged.count("\n")),
            ],
        )
    )
    assert "logged in" in logged  # the kiosk's own log was written, and searched
    assert tokens, "the remembered session should be in the keyring"
    assert home_hits == [] and temp_hits == [] and keyring_hits == []
    assert keyring_is_only_keys(memory_keyring.store) == []
    assert created == []
