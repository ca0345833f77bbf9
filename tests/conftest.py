"""Every test runs offscreen, in its own KIOSK_HOME, with an in-memory keyring."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.helpers.memory_keyring import MemoryKeyring

# Before any QApplication exists: without a display Qt would abort the whole run.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.helpers.memory_keyring.MemoryKeyring"


def _session_sane_config() -> None:
    """libsane reads dll.conf once per process, at the first sane_init: whichever test starts
    SANE first decides which backends exist for all the others. A session-wide private config
    listing the `test` driver makes that order irrelevant (and keeps the real network out)."""
    folder = tempfile.mkdtemp(prefix="kiosk-sane-")
    (Path(folder) / "dll.conf").write_text("test\n", encoding="utf-8")
    system_test_conf = Path("/etc/sane.d/test.conf")
    if system_test_conf.is_file():
        shutil.copy(system_test_conf, folder)
    os.environ["SANE_CONFIG_DIR"] = folder


_session_sane_config()


@pytest.fixture(autouse=True)
def kiosk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Config, data, logs and cache of this test only; nothing of the real profile."""
    home = tmp_path / "kiosk-home"
    home.mkdir()
    monkeypatch.setenv("KIOSK_HOME", str(home))
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    yield home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True, scope="session")
def _qapplication_first(qapp):  # type: ignore[no-untyped-def]
    """The run's one Qt application is a QApplication, made before any test: a command run
    in-process (`kiosk doctor` wording its table) would otherwise make a QCoreApplication,
    and every widget made after it would abort the whole run."""
    return qapp
