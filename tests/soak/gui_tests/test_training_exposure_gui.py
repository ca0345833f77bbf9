"""Training mode at rest: after a case done at the keyboard against the kiosk's own training
gateway, nothing under KIOSK_HOME or HOME holds the practice citizen, because the training gateway's
database (which holds her in clear: it plays the portal) is removed when the kiosk closes.

A counter left in training by mistake serves real people into that database: it must be as
gone as the journal's details are sealed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk import config
from kiosk.ui.app import KioskApp, training_database_files
from tests.helpers.memory_keyring import MemoryKeyring
from tests.soak.exposure import needles, search_keyring, search_tree
from tests.soak.gui_tests.window import log_in
from tests.soak.ledger import table
from tests.soak.test_exposure import citizen_secrets
from tests.ui.wizard.driver import Officer
from tests.unit.cases.citizens import citizen

N = 4344
CODE = re.compile(r"\b(\d{6})\b")


@pytest.mark.slow
def test_no_file_of_the_kiosk_holds_the_practice_citizen_after_training(
    qtbot: Any,
    kiosk_home: Path,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    report: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # HOME too: anything written outside the kiosk's folders (Qt's caches, a toolkit's
    # recent-files list, a print dialog's settings) is searched as well.
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    person = citizen(N)
    scanner_folder = tmp_path / "scanner"
    scanner_folder.mkdir()
    app = KioskApp(config.load())  # no gateway: training, as `make run`
    qtbot.addWidget(app.window)
    app.window.resize(1366, 768)
    app.window.show()
    qtbot.waitExposed(app.window)
    app.start()
    log_in(app)
    officer = Officer(qtbot, app)
    officer.to_otp(person, scanner_folder)
    wizard = officer.wizard
    officer.press(Qt.Key.Key_Return)  # send the code
    code = officer.read_otp()
    officer.wait(lambda: officer.focus() is wizard.otp_page.code_edit, "the code field")
    officer.type(code)
    officer.press(Qt.Key.Key_Return)
    officer.wait_page(wizard.result_page, "the result page")
    db = training_database_files()[0]
    assert db.stat().st_size > 0  # the practice citizen is in there while the kiosk runs
    panel = app.work.sms_panel
    assert panel is not None
    sent = {f"SMS code {i + 1}": c for i, c in enumerate(CODE.findall(" ".join(panel.texts())))}
    app.close()

    wanted = needles({**citizen_secrets(person), **sent})
    files, hits = search_tree(kiosk_home, wanted)
    home_files, home_hits = search_tree(home, wanted)
    keyring_hits = search_keyring(memory_keyring.store, needles(citizen_secrets(person)))
    left = [p.name for p in training_database_files() if p.exists()]
    report(
        table(
            "exposure scan, training case at the keyboard",
            [
                ("files searched under KIOSK_HOME", files),
                ("files searched under HOME", home_files),
                ("codes sent by SMS searched", len(sent)),
                ("hits in files (must be 0)", len(hits + home_hits)),
                ("hits in the keyring (must be 0)", len(keyring_hits)),
                ("training database files left (must be 0)", len(left)),
            ],
        )
    )
    assert sent
    assert left == []
    assert hits == [] and home_hits == [] and keyring_hits == []
