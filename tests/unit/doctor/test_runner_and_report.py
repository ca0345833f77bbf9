"""Running checks in order, surviving a crashing one, and the table and JSON IT reads."""

from __future__ import annotations

import json

import pytest

from kiosk.doctor import (
    CheckResult,
    NamedCheck,
    as_json,
    as_table,
    exit_code,
    failed,
    passed,
    run_checks,
    select,
    skipped,
    standard_checks,
)
from kiosk.doctor.runner import ORDER


def _boom(ctx: object) -> CheckResult:
    raise RuntimeError("a bug in a check")


def test_the_standard_checks_follow_the_documented_order() -> None:
    names = [c.name for c in standard_checks()]
    assert "printers" not in names  # Qt: handed in by the CLI or the GUI
    assert names == [n for n in ORDER if n != "printers"]
    with_printers = standard_checks(printers=lambda ctx: passed("printers", "x"))
    assert [c.name for c in with_printers] == list(ORDER)


def test_a_crashing_check_becomes_a_failed_line(make_context) -> None:
    checks = [NamedCheck("version", _boom), *select(standard_checks(), ["fonts"])]
    seen: list[str] = []
    results = run_checks(checks, make_context(), progress=lambda pct, title: seen.append(title))
    assert [r.name for r in results] == ["version", "fonts"]
    assert not results[0].ok and "RuntimeError" in results[0].detail
    assert results[1].ok
    assert seen == ["Phiên bản", "Phông chữ"]


def test_cancel_stops_before_the_next_check(make_context) -> None:
    results = run_checks(standard_checks(), make_context(), cancelled=lambda: True)
    assert results == []


def test_select_refuses_unknown_names() -> None:
    with pytest.raises(ValueError, match="bogus"):
        select(standard_checks(), ["fonts", "bogus"])


def test_exit_code_is_1_only_for_failures() -> None:
    assert exit_code([passed("fonts", "a"), skipped("tls", "b")]) == 0
    assert exit_code([passed("fonts", "a"), failed("disk", "c", "d")]) == 1


def test_the_table_puts_the_fix_under_a_failure() -> None:
    text = as_table(
        [
            passed("fonts", "đủ"),
            failed("clock", "chậm 600 giây", "Bật đồng bộ giờ"),
            skipped("tls", "http"),
        ],
        width=80,
    )
    lines = text.splitlines()
    clock = next(i for i, line in enumerate(lines) if line.startswith("Đồng hồ máy"))
    assert "LỖI" in lines[clock]
    assert "→ Cách sửa: Bật đồng bộ giờ" in lines[clock + 1]
    assert any(line.startswith("Chứng chỉ TLS") and "BỎ QUA" in line for line in lines)
    assert "1 mục LỖI" in lines[-1]
    assert all(len(line) <= 80 for line in lines)


def test_json_carries_status_title_and_hint() -> None:
    body = json.loads(as_json([failed("disk", "c", "d"), passed("fonts", "e")], {"version": "x"}))
    assert body["ok"] is False and body["version"] == "x"
    assert body["checks"][0] == {
        "name": "disk",
        "title": "Dung lượng ổ đĩa",
        "status": "fail",
        "ok": False,
        "detail": "c",
        "hint": "d",
    }
    assert body["checks"][1]["hint"] == ""
