"""The Linux archive and its installer script, run for real against a stand-in bundle."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

import pytest
import tarball

from kiosk import config
from tests.packaging.conftest import PACKAGING

DESKTOP = PACKAGING / "linux" / "kiosk.desktop"


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    """A folder shaped like dist/kiosk: an executable `kiosk` and an _internal folder.

    The executable is this checkout's kiosk (the frozen one is the same code): the installer
    really runs `kiosk config set` and `kiosk uninstall-data` through it.
    """
    folder = tmp_path / "dist" / "kiosk"
    (folder / "_internal").mkdir(parents=True)
    exe = folder / "kiosk"
    exe.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m kiosk "$@"\n', encoding="utf-8")
    exe.chmod(0o755)
    return folder


def test_the_desktop_entry_starts_the_installed_kiosk() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    # The spec version the file follows; older desktop-file-validate builds reject 1.5, and
    # nothing here needs a key newer than 1.0.
    assert entry["Version"] == "1.0"
    assert entry["Exec"] == "/opt/kiosk/kiosk"
    # The bundle lays resources out under _internal/ (bundle_plan.datas): the drawn icon.
    icon = entry["Icon"].removeprefix("/opt/kiosk/_internal/")
    assert (PACKAGING.parent / icon).is_file()
    assert "dịch vụ công" in entry["Name"]


def test_the_archive_carries_the_bundle_and_its_installer(bundle: Path) -> None:
    out = tarball.build(bundle)
    assert out.name.startswith(f"kiosk-{tarball.bundle_plan.version()}-linux-")
    with tarfile.open(out) as archive:
        members = {m.name: m for m in archive.getmembers()}
    assert {"kiosk/kiosk", "kiosk/kiosk.desktop", "kiosk/install-linux.sh"} <= set(members)
    assert members["kiosk/install-linux.sh"].mode & 0o111
    assert members["kiosk/kiosk"].mode & 0o111
    assert all(m.uid == 0 and m.mtime == 0 for m in members.values())


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_install_writes_a_config_the_kiosk_reads(bundle: Path, tmp_path: Path) -> None:
    tarball.build(bundle)  # puts install-linux.sh and the desktop entry beside the executable
    root = tmp_path / "root"
    ca = tmp_path / "province-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="utf-8")
    counter = 'Quầy "3" \\ tầng 1'
    done = subprocess.run(
        [
            "sh",
            str(bundle / "install-linux.sh"),
            "--gateway-url",
            "https://dvc-gateway.hungyen.gov.vn",
            "--unit",
            "HY-TTPVHCC",
            "--ca-bundle",
            str(ca),
            "--counter",
            counter,
        ],
        env=dict(os.environ, DESTDIR=str(root)),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert (root / "opt" / "kiosk" / "kiosk").is_file()
    assert os.readlink(root / "usr" / "local" / "bin" / "kiosk") == "/opt/kiosk/kiosk"
    assert (root / "usr" / "share" / "applications" / "kiosk.desktop").is_file()
    written = root / "etc" / "xdg" / "kiosk" / "config.toml"
    with written.open("rb") as fh:
        data = tomllib.load(fh)
    assert data["counter"]["name"] == counter  # quotes and backslash survived
    assert data["gateway"]["ca_bundle"] == "/etc/xdg/kiosk/ca-bundle.pem"
    assert (root / "etc" / "xdg" / "kiosk" / "ca-bundle.pem").read_text() == ca.read_text()
    settings = config.load([written])  # the kiosk's own validation accepts it
    assert settings.gateway.url == "https://dvc-gateway.hungyen.gov.vn"
    assert settings.counter.unit_id == "HY-TTPVHCC"

    # An upgrade without parameters keeps what IT wrote.
    again = subprocess.run(
        ["sh", str(bundle / "install-linux.sh")],
        env=dict(os.environ, DESTDIR=str(root)),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert again.returncode == 0, again.stderr
    assert config.load([written]).counter.unit_id == "HY-TTPVHCC"
