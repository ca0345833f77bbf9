"""`kiosk report`: the day's report from the remembered supervisor session, every exit code.

In-process runs (`kiosk.cli.main`) so the test's in-memory keyring is the one the command
reads, against the real training gateway on loopback.
"""

from __future__ import annotations

import csv
import io
import socket
import subprocess
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.commands import report
from kiosk.portal.client import GatewayClient
from kiosk.portal.credentials import ACCOUNT, REPORT_ACCOUNT, CredentialStore
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.seed import DEMO_PASSWORD
from tests.helpers.gateway import OFFICER, SUPERVISOR
from tests.unit.report.factory import DAY, EXTRA_OFFICER_NAME, Made, insert_accounts

DAY_TEXT = DAY.isoformat()


def remember(url: str, username: str, account: str = REPORT_ACCOUNT) -> CredentialStore:
    """Log in once and remember the session: the report's own (as `kiosk report --login`
    does) by default, or the kiosk's (account=ACCOUNT, "Ghi nhớ đăng nhập")."""
    store = CredentialStore(url, account=account)
    with GatewayClient(url, on_tokens_changed=store.update) as client:
        client.login(username, DEMO_PASSWORD)
    return store


def login_at_the_terminal(monkeypatch, capsys, url: str, username: str, password: str):
    asked: list[str] = []
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or username)
    monkeypatch.setattr(report.getpass, "getpass", lambda prompt: asked.append(prompt) or password)
    code, said = run(capsys, "--login", "--gateway", url)
    return code, said, asked


@pytest.fixture
def day(gateway: RunningGateway) -> list[Made]:
    return insert_accounts(gateway, 150)


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(["report", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def no_personal_data(text: str, made: list[Made]) -> bool:
    return not any(m.id_number in text or m.full_name in text or m.phone[3:] in text for m in made)


def test_csv_of_the_day_with_the_remembered_session(
    capsys,
    tmp_path: Path,
    gateway: RunningGateway,
    day: list[Made],
) -> None:
    store = remember(gateway.url, SUPERVISOR)
    first_token = store.recall()
    target = tmp_path / "ngay.csv"
    code, said = run(capsys, "--date", DAY_TEXT, "-o", str(target), "--gateway", gateway.url)
    assert code == report.EXIT_OK, said
    assert f"{len(day)} tài khoản ngày 05/03/2026" in said
    assert no_personal_data(said, day)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    rows = rows[1 : rows.index([])]
    assert len(rows) == len(day)
    assert {r[4] for r in rows} == {m.full_name for m in day}
    assert all("*" in r[5] and "*" in r[6] for r in rows)
    # the rotated refresh token was stored back: a second run works too
    assert store.recall() not in (None, first_token)
    code, said = run(
        capsys, "--date", DAY_TEXT, "-o", str(target), "--gateway", gateway.url, "--delimiter", ","
    )
    assert code == report.EXIT_OK, said
    assert target.read_text(encoding="utf-8-sig").splitlines()[0].count(",") == 8


def test_pdf_for_one_unit_and_the_gateway_from_the_configuration(
    capsys,
    tmp_path: Path,
    kiosk_home: Path,
    gateway: RunningGateway,
    day: list[Made],
) -> None:
    config = kiosk_home / "system" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(
        f'[gateway]\nurl = "{gateway.url}"\n[counter]\nplace = "Hưng Yên"\n', encoding="utf-8"
    )
    remember(gateway.url, SUPERVISOR)
    target = tmp_path / "pho-hien.PDF"
    code, said = run(capsys, "--date", DAY_TEXT, "-o", str(target), "--unit", "HY-PHOHIEN")
    assert code == report.EXIT_OK, said
    in_unit = [m for m in day if m.unit_id == "HY-PHOHIEN"]
    assert f"{len(in_unit)} tài khoản" in said
    text = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "BỘ PHẬN MỘT CỬA UBND PHƯỜNG PHỐ HIẾN" in text  # the agency is the chosen unit
    assert "Hưng Yên, ngày" in text and "Ngày 05/03/2026" in text
    assert EXTRA_OFFICER_NAME in text and "TỔNG CỘNG" in text
    assert "Văn Giang" not in text and "VĂN GIANG" not in text


def test_refusals_have_their_own_exit_codes(
    capsys,
    tmp_path: Path,
    gateway: RunningGateway,
    day: list[Made],
) -> None:
    out = str(tmp_path / "r.csv")
    url = gateway.url
    assert run(capsys, "--date", "05/03/2026", "-o", out, "--gateway", url)[0] == report.EXIT_USAGE
    assert run(capsys, "--date", DAY_TEXT, "-o", "r.xlsx", "--gateway", url)[0] == report.EXIT_USAGE
    code, said = run(capsys, "--date", DAY_TEXT, "-o", out)  # training: no gateway URL
    assert code == report.EXIT_USAGE and "--gateway" in said

    code, said = run(capsys, "--date", DAY_TEXT, "-o", out, "--gateway", url)
    assert code == report.EXIT_NO_SESSION and "kiosk report --login" in said
    # The kiosk's remembered session is not the report's.
    remember(url, SUPERVISOR, account=ACCOUNT)
    code, said = run(capsys, "--date", DAY_TEXT, "-o", out, "--gateway", url)
    assert code == report.EXIT_NO_SESSION
    assert run(capsys, "--date", DAY_TEXT, "--gateway", url)[0] == report.EXIT_USAGE  # no -o

    store = remember(url, OFFICER)
    code, said = run(capsys, "--date", DAY_TEXT, "-o", out, "--gateway", url)
    assert code == report.EXIT_FORBIDDEN and "giám sát viên" in said
    store.forget()

    remember(url, SUPERVISOR)
    code, said = run(
        capsys, "--date", DAY_TEXT, "-o", out, "--gateway", url, "--unit", "HY-NGHIATRU"
    )
    assert code == report.EXIT_FORBIDDEN
    missing_dir = str(tmp_path / "no" / "such" / "dir" / "r.csv")
    code, said = run(capsys, "--date", DAY_TEXT, "-o", missing_dir, "--gateway", url)
    assert code == report.EXIT_WRITE_FAILED and "thư mục không tồn tại" in said
    assert not Path(out).exists()
    assert no_personal_data(said, day)


def test_a_revoked_session_and_an_unreachable_gateway(
    capsys,
    tmp_path: Path,
    kiosk_home: Path,
    gateway: RunningGateway,
) -> None:
    out = str(tmp_path / "r.csv")
    store = remember(gateway.url, SUPERVISOR)
    token = store.recall()
    assert token is not None
    with GatewayClient(gateway.url) as other:  # the session ends elsewhere (log-out)
        other.resume(token)
        other.logout()
    store.remember(token)  # the stale token is all this PC still has
    code, said = run(capsys, "--date", DAY_TEXT, "-o", out, "--gateway", gateway.url)
    assert code == report.EXIT_NO_SESSION and "hết hạn" in said
    assert store.recall() is None  # a refused token is not kept

    config = kiosk_home / "system" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("[gateway]\nretries = 0\nconnect_timeout = 2\n", encoding="utf-8")
    with socket.socket() as s:  # a loopback port nothing listens on
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}"
    CredentialStore(closed, account=REPORT_ACCOUNT).remember("a-token-for-a-gateway-that-is-down")
    code, said = run(capsys, "--date", DAY_TEXT, "-o", out, "--gateway", closed)
    assert code == report.EXIT_GATEWAY and "không kết nối được" in said


def test_the_report_has_its_own_session_and_leaves_the_kiosks_alone(
    monkeypatch, capsys, tmp_path: Path, gateway: RunningGateway, day: list[Made]
) -> None:
    """A report run rotates only its own token: the kiosk on the same PC stays logged in
    (before, both shared one remembered token and the report logged the kiosk out)."""
    kiosk = remember(gateway.url, SUPERVISOR, account=ACCOUNT)
    kiosk_token = kiosk.recall()
    code, said, asked = login_at_the_terminal(
        monkeypatch, capsys, gateway.url, SUPERVISOR, DEMO_PASSWORD
    )
    assert code == report.EXIT_OK, said
    assert asked == ["Tên đăng nhập: ", "Mật khẩu: "]
    assert DEMO_PASSWORD not in said
    mine = CredentialStore(gateway.url, account=REPORT_ACCOUNT)
    first = mine.recall()
    assert first is not None and first != kiosk_token
    for _ in range(2):
        target = tmp_path / "ngay.csv"
        code, said = run(capsys, "--date", DAY_TEXT, "-o", str(target), "--gateway", gateway.url)
        assert code == report.EXIT_OK, said
    assert mine.recall() not in (None, first)
    assert kiosk.recall() == kiosk_token
    with GatewayClient(gateway.url) as counter:  # the kiosk resumes its session as before
        assert counter.resume(kiosk_token or "").is_supervisor


def test_login_refusals(monkeypatch, capsys, gateway: RunningGateway) -> None:
    code, _said, _ = login_at_the_terminal(monkeypatch, capsys, gateway.url, SUPERVISOR, "sai")
    assert code == report.EXIT_NO_SESSION
    code, _said, _ = login_at_the_terminal(monkeypatch, capsys, gateway.url, OFFICER, DEMO_PASSWORD)
    assert code == report.EXIT_FORBIDDEN
    assert CredentialStore(gateway.url, account=REPORT_ACCOUNT).recall() is None
