"""Scanners: SANE's real `test` driver through a private config, a watch folder, nothing.

Each case runs `kiosk doctor --only scanners` in a fresh process: libsane reads SANE_CONFIG_DIR
once per process, so a config chosen by an earlier test would otherwise decide what is found.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import sane_test

REPO = Path(__file__).resolve().parents[3]


def _sane_config(folder: Path, test_driver: bool) -> Path:
    if test_driver:
        return sane_test.write_config(folder)
    folder.mkdir(parents=True)
    # A real SANE driver (old SCSI scanners) that finds nothing on this machine; never the
    # system config, whose network discovery takes seconds.
    (folder / "dll.conf").write_text("abaton\n", encoding="utf-8")
    return folder


def doctor_scanners(
    tmp_path: Path, system_config, *, test_driver: bool = False, **scanner: str
) -> dict[str, Any]:
    lines = ["[scanner]", *(f'{k} = "{v}"' for k, v in scanner.items())]
    system_config("\n".join(lines) + "\n")
    env = dict(os.environ, SANE_CONFIG_DIR=str(_sane_config(tmp_path / "sane", test_driver)))
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "doctor", "--json", "--only", "scanners"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    body = json.loads(done.stdout)
    result: dict[str, Any] = body["checks"][0]
    assert done.returncode == (0 if result["ok"] else 1)
    return result


def codes(result: dict[str, Any]) -> list[str]:
    return [p["code"] for p in result["found"]]


def needs_sane() -> None:
    if not sys.platform.startswith("linux") or not sane_test.sane_installed():
        pytest.skip("SANE (libsane + python-sane) not installed")


def test_no_scanner_fails_with_driver_hints(tmp_path: Path, system_config) -> None:
    result = doctor_scanners(tmp_path, system_config)
    assert not result["ok"]
    assert codes(result)[0] == "no_scanner"
    assert [h["code"] for h in result["fix"]] == ["no_scanner"]


def test_the_sane_test_driver_is_found(tmp_path: Path, system_config) -> None:
    needs_sane()
    result = doctor_scanners(tmp_path, system_config, test_driver=True)
    assert result["ok"], result
    assert codes(result)[0] == "scanners_seen"
    assert "(sane)" in result["found"][0]["params"]["devices"]


def test_a_watch_folder_counts_as_a_scanner(tmp_path: Path, system_config) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    result = doctor_scanners(tmp_path, system_config, watch_folder=str(folder))
    assert result["ok"] and str(folder) in result["found"][0]["params"]["devices"]


def test_the_remembered_scanner_missing_is_a_failure(tmp_path: Path, system_config) -> None:
    needs_sane()
    result = doctor_scanners(
        tmp_path, system_config, test_driver=True, backend="sane", device="test:99"
    )
    assert not result["ok"]
    assert result["found"][-1]["code"] == "chosen_scanner_missing"
    assert result["found"][-1]["params"] == {"backend": "sane", "device": "test:99"}


def test_a_remembered_camera_that_is_not_plugged_in_is_a_failure(
    tmp_path: Path, system_config
) -> None:
    # This machine has no camera: the doctor lists Qt Multimedia's cameras and says so.
    result = doctor_scanners(tmp_path, system_config, backend="camera", device="/dev/video7")
    assert not result["ok"]
    assert result["found"][-1]["params"] == {"backend": "camera", "device": "/dev/video7"}
    assert [h["code"] for h in result["fix"]] == ["no_scanner"]


def test_cameras_the_caller_lists_count_as_scanners(monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk import config
    from kiosk.doctor import scanner_check
    from kiosk.doctor.context import DoctorContext
    from kiosk.scanner.device import ScanDevice
    from kiosk.scanner.file_import import FileImportDriver

    monkeypatch.setattr(scanner_check, "drivers", lambda _settings: [FileImportDriver()])
    settings = config.Settings(scanner=config.ScannerSettings(backend="camera", device="cam-1"))
    ctx = DoctorContext(settings)
    ctx.cameras = lambda: [ScanDevice("camera", "cam-1", "Document camera")]
    result = scanner_check.scanners_check(ctx)
    assert result.ok and result.detail[0].values == {"devices": "Document camera (camera)"}

    def broken() -> list[ScanDevice]:
        raise RuntimeError("multimedia backend missing")

    ctx.cameras = broken
    result = scanner_check.scanners_check(ctx)
    assert not result.ok and "cameras_failed" in result.codes
