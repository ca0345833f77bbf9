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


CODE = ISS[ISS.index("[Code]") :]


def test_the_documented_parameters_are_read() -> None:
    for name in ("GATEWAYURL", "UNIT", "CABUNDLE", "COUNTER", "PLACE"):
        assert f"Param('{name}')" in CODE, name
    for name in ("PURGEDATA", "TRAINING"):
        assert f"SwitchGiven('{name}')" in CODE, name
    assert "{commonappdata}\\kiosk\\config.toml" in ISS


def test_purgedata_is_a_switch_not_a_param_constant() -> None:
    # {param:PURGEDATA|0} is "0" for a bare /PURGEDATA: the documented switch did nothing.
    assert "param:PURGEDATA" not in ISS
    body = CODE[CODE.index("function SwitchGiven") :]
    body = body[: body.index("end;\n\n")]
    assert "ParamStr(I)" in body and "'/' + Name" in body


def test_the_config_is_written_by_the_kiosk_key_by_key_never_by_hand() -> None:
    # A hand-written file blanked every key not given; the kiosk's own tomli_w round-trip
    # changes only the given keys (kiosk/commands/config_set.py, tested under tests/packaging).
    assert "config set --file" in CODE and "{#CliExe}" in CODE
    assert not re.search(r"'(url|ca_bundle|unit_id|name) = '", CODE)
    assert "SaveStringsTo" not in CODE
    for key in ("gateway.url", "counter.unit_id", "counter.name", "counter.place"):
        assert f"Pair('{key}'" in CODE, key


def test_values_are_checked_before_anything_is_installed() -> None:
    assert "function InitializeSetup" in CODE and "function NextButtonClick" in CODE
    check = CODE[CODE.index("function CheckValues") : CODE.index("function InitializeSetup")]
    assert "https://" in check and "FileExists(CaSource)" in check


def test_an_update_removes_the_old_bundle_and_the_version_has_three_parts() -> None:
    deletes = re.findall(r"^Type: \w+; Name: \"([^\"]+)\"", ISS, re.M)
    assert "{app}\\_internal" in deletes and "{app}\\kiosk*.exe" in deletes
    assert "GetVersionNumbersString" not in ISS
    assert "GetVersionComponents" in ISS


def test_programdata_is_not_writable_by_users() -> None:
    assert "icacls.exe" in ISS and "/inheritance:r" in ISS
    assert "*S-1-5-32-545:(OI)(CI)RX" in ISS  # Users: read only


def test_the_script_is_plain_ascii() -> None:
    # Inno Setup reads a script without a BOM in the ANSI code page: keep it ASCII.
    assert ISS.isascii()
