"""Running checks in order, surviving a crashing one, and the table and JSON IT reads (worded
by the UI catalogue, whose own tests may speak of words)."""

from __future__ import annotations

import json

import pytest

from kiosk.doctor import (
    CheckResult,
    Hint,
    NamedCheck,
    Said,
    exit_code,
    failed,
    passed,
    run_checks,
    say,
    select,
    skipped,
    standard_checks,
)
from kiosk.doctor.runner import ORDER
from kiosk.ui.catalogue.doctor import as_json, as_table

OK = say(Said.CLOCK_OK)


def _boom(ctx: object) -> CheckResult:
    raise RuntimeError("a bug in a check")


def test_the_standard_checks_follow_the_documented_order() -> None:
    names = [c.name for c in standard_checks()]
    assert "printers" not in names  # Qt: handed in by the CLI or the GUI
    assert names == [n for n in ORDER if n != "printers"]
    with_printers = standard_checks(printers=lambda ctx: passed("printers", OK))
    assert [c.name for c in with_printers] == list(ORDER)


def test_a_crashing_check_becomes_a_failed_line(make_context) -> None:
    checks = [NamedCheck("version", _boom), *select(standard_checks(), ["fonts"])]
    seen: list[str] = []
    results = run_checks(checks, make_context(), progress=lambda pct, title: seen.append(title))
    assert [r.name for r in results] == ["version", "fonts"]
    assert not results[0].ok and results[0].codes == ["check_crashed"]
    assert results[0].detail[0].values == {"error": "RuntimeError"}
    assert results[0].hint_codes == ["send_log"]
    assert results[1].ok
    assert seen == ["version", "fonts"]


def test_cancel_stops_before_the_next_check(make_context) -> None:
    results = run_checks(standard_checks(), make_context(), cancelled=lambda: True)
    assert results == []


def test_select_refuses_unknown_names() -> None:
    with pytest.raises(ValueError, match="bogus"):
        select(standard_checks(), ["fonts", "bogus"])


def test_exit_code_is_1_only_for_failures() -> None:
    assert exit_code([passed("fonts", OK), skipped("tls", OK)]) == 0
    assert exit_code([passed("fonts", OK), failed("disk", OK, say(Hint.ASK_SUPPORT))]) == 1


def test_the_table_puts_the_fix_under_a_failure() -> None:
    text = as_table(
        [
            passed("fonts", OK),
            failed("clock", say(Said.CLOCK_SLOW, seconds=600), say(Hint.CLOCK_BEHIND)),
            skipped("tls", say(Said.TLS_SKIP_LOOPBACK)),
        ],
        width=80,
    )
    lines = text.splitlines()
    clock = next(i for i, line in enumerate(lines) if line.startswith("Đồng hồ máy"))
    assert "LỖI" in lines[clock]
    assert "chậm 600 giây" in lines[clock]
    assert "→ Cách sửa: Đồng hồ máy này có thể đang chậm" in lines[clock + 1]
    assert any(line.startswith("Chứng chỉ TLS") and "BỎ QUA" in line for line in lines)
    assert "1 mục LỖI" in lines[-1]
    assert all(len(line) <= 80 for line in lines)


def test_json_carries_status_title_and_hint() -> None:
    disk = failed(
        "disk", say(Said.DISK_FREE, free="608 KB", path="/d"), say(Hint.FREE_DISK_OTHER, min_mb=500)
    )
    body = json.loads(as_json([disk, passed("fonts", OK)], {"version": "x"}))
    assert body["ok"] is False and body["version"] == "x"
    assert body["checks"][0] == {
        "name": "disk",
        "title": "Dung lượng ổ đĩa",
        "status": "fail",
        "ok": False,
        "found": [
            {"kind": "Said", "code": "disk_free", "params": {"free": "608 KB", "path": "/d"}}
        ],
        "fix": [{"kind": "Hint", "code": "free_disk_other", "params": {"min_mb": 500}}],
        "detail": "Còn trống 608 KB trên ổ chứa /d",
        "hint": body["checks"][0]["hint"],
    }
    assert "500 MB" in body["checks"][0]["hint"] and "Disk Cleanup" not in body["checks"][0]["hint"]
    assert body["checks"][1]["hint"] == "" and body["checks"][1]["fix"] == []


def test_the_table_never_breaks_a_path_at_a_hyphen() -> None:
    path = "/var/lib/kiosk-data/very-long-folder-name-of-the-kiosk-journal"
    text = as_table([passed("data_dir", say(Said.FOLDERS_WRITABLE, path=path))], width=60)
    assert path in text
