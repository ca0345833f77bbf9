"""The Inno Setup script cannot be compiled here; what can be checked by reading, is."""

from __future__ import annotations

import re

import bundle_plan

from tests.packaging.conftest import REPO

ISS = (REPO / "installer" / "kiosk.iss").read_text(encoding="utf-8")


def test_it_installs_per_machine_from_the_bundle() -> None:
    assert re.search(r"^PrivilegesRequired=admin$", ISS, re.M)
    assert "..\\dist\\kiosk" in ISS
    assert f'#define AppExe "{bundle_plan.APP_NAME}.exe"' in ISS
    assert f'#define CliExe "{bundle_plan.CLI_NAME}.exe"' in ISS


def test_the_documented_parameters_are_read() -> None:
    for name in ("GATEWAYURL", "UNIT", "CABUNDLE", "COUNTER", "PURGEDATA"):
        assert f"param:{name}" in ISS or f"Param('{name}')" in ISS, name
    # tomllib refuses a byte-order mark, so the config must be written without one.
    assert "SaveStringsToUTF8FileWithoutBOM" in ISS
    assert "{commonappdata}\\kiosk\\config.toml" in ISS


def test_the_script_is_plain_ascii() -> None:
    # Inno Setup reads a script without a BOM in the ANSI code page: keep it ASCII.
    assert ISS.isascii()
