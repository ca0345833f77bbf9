"""install-linux.sh run for real under a DESTDIR: prefixes it must refuse, updates that keep
what IT wrote, an interrupted update, and removal by the recorded prefix."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import tarball

from kiosk import config
from tests.packaging.test_linux_archive import bundle  # noqa: F401 (fixture)

pytestmark = pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")


def install(script: Path, root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KIOSK_CONFIG"}
    return subprocess.run(
        ["sh", str(script), *args],
        env=dict(env, DESTDIR=str(root)),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def script(bundle: Path, tmp_path: Path) -> Path:  # noqa: F811
    """The archive as IT gets it, unpacked with tar (its files are dated 1970 by design)."""
    archive = tarball.build(bundle)
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    subprocess.run(["tar", "-xzf", str(archive), "-C", str(unpacked)], check=True)
    return unpacked / "kiosk" / "install-linux.sh"


def read(path: Path) -> dict:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def test_a_prefix_that_is_not_a_kiosk_folder_is_never_deleted(script: Path, tmp_path) -> None:
    root = tmp_path / "root"
    opt_file = root / "opt" / "other-app" / "data.txt"
    opt_file.parent.mkdir(parents=True)
    opt_file.write_text("someone else's", encoding="utf-8")
    done = install(script, root, "--prefix", "/opt")
    assert done.returncode == 2 and "refusing" in done.stderr
    done = install(script, root, "--prefix", "/opt/other-app")
    assert done.returncode == 2 and "not a kiosk folder" in done.stderr
    assert opt_file.read_text(encoding="utf-8") == "someone else's"
    done = install(script, root, "--prefix", "/opt/other-app", "--uninstall")
    assert done.returncode == 2
    assert opt_file.is_file()
    assert install(script, root, "--prefix", "opt/kiosk").returncode == 2  # not absolute


def test_a_trailing_slash_updates_the_same_kiosk(script: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    assert install(script, root, "--gateway-url", "https://gw.example.vn").returncode == 0
    installed = root / "opt" / "kiosk"
    assert (installed / ".kiosk-bundle").is_file()
    done = install(script, root, "--prefix", "/opt/kiosk/")
    assert done.returncode == 0, done.stderr
    assert (installed / "kiosk").is_file()
    assert sorted(p.name for p in (root / "opt").iterdir()) == ["kiosk"]
    assert os.readlink(root / "usr" / "local" / "bin" / "kiosk") == "/opt/kiosk/kiosk"


def test_an_interrupted_update_leaves_a_working_kiosk(script: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    assert install(script, root, "--gateway-url", "https://gw.example.vn").returncode == 0
    installed = root / "opt" / "kiosk"
    # Cut between the two renames: the old copy aside, the new one not yet in place.
    installed.rename(root / "opt" / "kiosk.old")
    (root / "opt" / "kiosk.new").mkdir()
    done = install(script, root)
    assert done.returncode == 0, done.stderr
    assert (installed / "kiosk").is_file()
    assert sorted(p.name for p in (root / "opt").iterdir()) == ["kiosk"]


def test_parameters_change_only_their_keys(script: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    written = root / "etc" / "xdg" / "kiosk" / "config.toml"
    params = ["--gateway-url", "https://gw.example.vn", "--unit", "HY-1", "--place", "Hưng Yên"]
    done = install(script, root, *params)
    assert done.returncode == 0, done.stderr
    # IT adds keys by hand, the installer knows nothing of them.
    with written.open("a", encoding="utf-8") as fh:
        fh.write("\n[retention]\ncase_days = 7\n\n[ui]\nidle_lock_minutes = 3\n")
    done = install(script, root, "--counter", "Quầy 5\ntầng 2")
    assert done.returncode == 0, done.stderr
    data = read(written)
    assert data["gateway"]["url"] == "https://gw.example.vn"  # not blanked
    assert data["counter"] == {"unit_id": "HY-1", "place": "Hưng Yên", "name": "Quầy 5\ntầng 2"}
    assert data["retention"]["case_days"] == 7
    assert data["ui"]["idle_lock_minutes"] == 3
    assert written.stat().st_mode & 0o777 == 0o644
    # The same command again, or none: nothing changes.
    before = written.read_bytes()
    assert install(script, root).returncode == 0
    assert written.read_bytes() == before
    assert config.mode(config.load([written]), installed=True) == "production"


def test_a_wrong_parameter_stops_before_anything_changes(script: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    assert install(script, root, "--gateway-url", "https://gw.example.vn").returncode == 0
    written = root / "etc" / "xdg" / "kiosk" / "config.toml"
    before = written.read_bytes()
    done = install(script, root, "--training")  # training and a gateway: a contradiction
    assert done.returncode == 2
    assert "gateway" in done.stderr
    assert written.read_bytes() == before
    assert not (written.parent / "config.toml.new").exists()


def test_a_fresh_install_without_parameters_is_not_configured(script: Path, tmp_path) -> None:
    root = tmp_path / "root"
    assert install(script, root).returncode == 0
    written = root / "etc" / "xdg" / "kiosk" / "config.toml"
    assert config.mode(config.load([written]), installed=True) == "not_configured"
    assert install(script, root, "--training").returncode == 0
    assert config.mode(config.load([written]), installed=True) == "training"


def test_installed_files_carry_the_install_date_not_1970(script: Path, tmp_path) -> None:
    root = tmp_path / "root"
    assert install(script, root).returncode == 0
    assert (root / "opt" / "kiosk" / "kiosk").stat().st_mtime > 86400 * 365 * 50


def test_uninstall_finds_the_recorded_prefix(script: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    assert install(script, root, "--prefix", "/srv/kiosk-counter").returncode == 0
    assert (root / "srv" / "kiosk-counter" / "kiosk").is_file()
    assert (root / "etc" / "xdg" / "kiosk" / "install-prefix").read_text() == "/srv/kiosk-counter\n"
    done = install(script, root, "--uninstall")
    assert done.returncode == 0, done.stderr
    assert not (root / "srv" / "kiosk-counter").exists()
    assert not (root / "usr" / "local" / "bin" / "kiosk").exists()
    assert (root / "etc" / "xdg" / "kiosk" / "config.toml").is_file()  # kept without --purge


def test_uninstall_purge_removes_every_accounts_data(script: Path, tmp_path: Path) -> None:
    root = tmp_path / "root"
    assert install(script, root, "--gateway-url", "https://gw.example.vn").returncode == 0
    home = root / "home" / "officer"
    journal = home / ".local" / "share" / "kiosk" / "journal.sqlite3.corrupt-20260101-000000"
    journal.parent.mkdir(parents=True)
    journal.write_bytes(b"sealed")
    log = home / ".local" / "state" / "kiosk" / "log" / "kiosk.log"
    log.parent.mkdir(parents=True)
    log.write_text("masked", encoding="utf-8")
    done = install(script, root, "--uninstall", "--purge")
    assert done.returncode == 0, done.stderr
    assert not (home / ".local" / "share" / "kiosk").exists()
    assert not (home / ".local" / "state" / "kiosk").exists()
    assert not (root / "etc" / "xdg" / "kiosk").exists()
    assert not (root / "opt" / "kiosk").exists()


def test_the_smoke_check_of_the_installed_mode(bundle: Path, tmp_path: Path) -> None:  # noqa: F811
    """packaging/smoke.py's check, on this checkout standing in for the frozen bundle."""
    import smoke

    exe = bundle / "kiosk"
    exe.write_text(
        f'#!/bin/sh\nKIOSK_INSTALLED=1 exec "{sys.executable}" -m kiosk "$@"\n', encoding="utf-8"
    )
    said = smoke.check_installed_mode(smoke.Bundle(bundle, tmp_path / "work"))
    assert "not configured" in said
