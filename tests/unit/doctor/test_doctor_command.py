"""`kiosk doctor` as IT runs it: table or JSON, exit codes, --only, --gateway, --user."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest

from kiosk.cli import main
from kiosk.sandbox.seed import DEMO_PASSWORD
from tests.helpers.gateway import SUPERVISOR

NETWORK = "gateway,clock,login"


def test_json_against_a_working_gateway_exits_0(
    gateway, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["doctor", "--json", "--gateway", gateway.url, "--only", NETWORK])
    body = json.loads(capsys.readouterr().out)
    assert code == 0, body
    assert [c["name"] for c in body["checks"]] == ["gateway", "clock", "login"]
    assert body["gateway_url"] == gateway.url and body["training"] is False


def test_a_closed_port_exits_1_with_a_fix(
    closed_port_url, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["doctor", "--gateway", closed_port_url, "--only", NETWORK])
    out = capsys.readouterr().out
    assert code == 1
    assert "LỖI" in out and "→ Cách sửa:" in out


def test_a_real_log_in_reads_the_password_from_stdin(
    gateway, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(DEMO_PASSWORD + "\n"))
    code = main(
        [
            "doctor",
            "--json",
            "--gateway",
            gateway.url,
            "--only",
            "login",
            "--user",
            SUPERVISOR,
            "--password-stdin",
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    login = json.loads(captured.out)["checks"][0]
    assert login["found"][0]["code"] == "login_ok"
    assert login["found"][0]["params"]["user"] == SUPERVISOR
    assert SUPERVISOR in login["detail"]  # and the words for people
    assert DEMO_PASSWORD not in captured.out + captured.err


def test_unknown_check_names_are_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "--only", "fonts,bogus"]) == 2
    assert "bogus" in capsys.readouterr().err


def test_list_names_every_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "--list"]) == 0
    out = capsys.readouterr().out
    for name in (
        "gateway",
        "tls",
        "clock",
        "login",
        "keyring",
        "scanners",
        "printers",
        "fonts",
        "disk",
        "data_dir",
        "journal",
        "version",
    ):
        assert name in out


@pytest.fixture
def back_to_vietnamese() -> Iterator[None]:
    """The process keeps one Qt application: leave it speaking the default language."""
    yield
    from kiosk.ui.catalogue.doctor import load_language

    load_language("vi")


@pytest.mark.usefixtures("back_to_vietnamese")
def test_the_report_speaks_english_from_the_ui_catalogue(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from tests.ui.language import VIETNAMESE

    code = main(["doctor", "--lang", "en", "--only", "fonts,disk,version"])
    out = capsys.readouterr().out
    assert code in (0, 1)
    assert "Fonts" in out and "Disk space" in out and "Version" in out
    assert not VIETNAMESE.search(out), out
    body_code = main(["doctor", "--lang", "en", "--json", "--only", "version"])
    body = json.loads(capsys.readouterr().out)
    assert body_code == 0
    [version] = body["checks"]
    assert version["title"] == "Version" and version["found"][0]["code"] == "version_source"
    assert "running from source" in version["detail"]
