"""The training gateway's database (practice citizens in clear) is the owner's only while the
kiosk runs, and gone when it closes; a crashed run's file is gone at the next start."""

from __future__ import annotations

import stat
import sys

import pytest

from kiosk import config, paths
from kiosk.ui.app import KioskApp, training_database_files


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_the_training_database_is_private_and_does_not_outlive_the_kiosk(qtbot) -> None:
    db = training_database_files()[0]
    paths.ensure(db.parent)
    db.write_bytes(b"a crashed run's practice citizens")
    db.chmod(0o644)
    app = KioskApp(config.load())
    qtbot.addWidget(app.window)
    app.start()
    qtbot.waitUntil(lambda: app.session.client is not None, timeout=30_000)
    assert b"crashed run" not in db.read_bytes()
    present = [p for p in training_database_files() if p.exists()]
    assert db in present
    for path in present:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    app.close()
    assert [p for p in training_database_files() if p.exists()] == []


def test_a_remembered_training_session_is_forgotten_at_close(qtbot, memory_keyring) -> None:
    from kiosk.sandbox.seed import DEMO_PASSWORD
    from tests.helpers.gateway import OFFICER_2

    app = KioskApp(config.load())
    qtbot.addWidget(app.window)
    app.start()
    page = app.session.login_page
    qtbot.waitUntil(lambda: app.window.pages.currentWidget() is page, timeout=30_000)
    page.username.setText(OFFICER_2)
    page.password.setText(DEMO_PASSWORD)
    page.remember.setChecked(True)
    page.submit.click()
    qtbot.waitUntil(lambda: app.session.officer is not None, timeout=30_000)
    gateway_tokens = [s for s, _u in memory_keyring.store if s.startswith("kiosk-gateway:")]
    assert gateway_tokens, "the session should be remembered while the kiosk runs"
    app.close()
    # Its gateway (and database) are gone: a token for it would only pile up in the keyring.
    assert [s for s, _u in memory_keyring.store if s.startswith("kiosk-gateway:")] == []
