"""What the registry offers on this machine, the remembered choice, and the error catalogue."""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk import config
from kiosk.scanner import errors, registry
from kiosk.scanner.device import ScanDevice, ScanOptions


def test_registry_offers_what_exists(tmp_path: Path) -> None:
    settings = config.ScannerSettings(
        watch_folder=str(tmp_path), backend="escl", device="http://127.0.0.1:9/eSCL"
    )
    names = [d.name for d in registry.drivers(settings)]
    assert names[-1] == "file"
    assert "folder" in names and "escl" in names
    if sys.platform.startswith("linux"):
        assert "sane" in names and "wia" not in names
    assert [d.name for d in registry.drivers()].count("folder") == 0


def test_choice_and_settings_are_remembered() -> None:
    device = ScanDevice(backend="sane", id="test:0", name="Test")
    registry.remember(device, ScanOptions(dpi=600, color=False))
    choice = registry.remembered(config.load().scanner)
    assert (choice.backend, choice.device) == ("sane", "test:0")
    assert (choice.options.dpi, choice.options.color) == (600, False)


def test_every_error_has_a_stable_code_and_vietnamese_message() -> None:
    codes = {
        "offline",
        "busy",
        "jammed",
        "feeder_empty",
        "cover_open",
        "cancelled",
        "no_card",
        "empty_scan",
        "too_large",
        "unreadable",
    }
    assert codes <= set(errors.ERRORS_BY_CODE)
    for code, cls in errors.ERRORS_BY_CODE.items():
        err = cls("detail")
        assert err.code == code
        assert err.problem == code  # what the officer is told, worded by the UI catalogue
