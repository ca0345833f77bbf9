"""The day's lists and totals read the asked day, not the province's history (issue 20).

The statements the gateway really sends for an officer's list, a supervisor's search (and its
refresh: what changed since a cursor) and the day totals are captured and explained on the
same database: a plan that reads accounts of other days (a full scan, or all of an officer's
accounts) fails; a refresh's plan may be bounded by the change time instead. On PostgreSQL
sequential scans are priced out (tiny test tables would make one the cheapest), so the plan
shows whether an index serves the query at all.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from kiosk.sandbox import RunningGateway
from tests.helpers.gateway import PROVINCE_UNIT, GatewayClient, citizen_data

DAY = "2026-03-05"


def _captured(gateway: RunningGateway, calls: list[tuple[str, Any]]) -> None:
    engine = gateway.gateway.db.engine

    def remember(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "citizen_accounts" in statement:
            calls.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", remember)


def _plan(gateway: RunningGateway, statement: str, parameters: Any) -> str:
    engine = gateway.gateway.db.engine
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            return "\n".join(str(r[-1]) for r in rows)
        connection.exec_driver_sql("SET enable_seqscan = off")
        rows = connection.exec_driver_sql("EXPLAIN " + statement, parameters)
        return "\n".join(str(r[0]) for r in rows)


def _unbounded(plan: str) -> bool:
    """Does the plan read accounts beyond the asked day: a full scan, or an index walk that
    the day does not bound (every account an officer ever made)?"""
    lines = plan.splitlines()
    for n, line in enumerate(lines):
        text = line.strip()
        if text.startswith("SCAN citizen_accounts"):
            return True
        bounded = ("created_at>" in text, "changed_at>" in text)
        if text.startswith("SEARCH citizen_accounts") and not any(bounded):
            return True
        if "Seq Scan on citizen_accounts" in text:
            return True
        if " on citizen_accounts" in text and "Index" in text:
            condition = lines[n + 1] if n + 1 < len(lines) else ""
            bounded = ("created_at >=" in condition, "changed_at >=" in condition)
            if "Index Cond" not in condition or not any(bounded):
                return True
    return False


def test_lists_search_and_totals_read_one_day(
    gateway: RunningGateway, client: GatewayClient, supervisor: GatewayClient
) -> None:
    for n in range(3):
        client.create(client.otp_for(citizen_data(60 + n))).raise_for_status()
    calls: list[tuple[str, Any]] = []
    _captured(gateway, calls)
    assert client.get("/v1/citizen-accounts", params={"date": DAY}).status_code == 200
    first = supervisor.post("/v1/citizen-accounts/search", json={"date": DAY})
    assert first.status_code == 200
    # a refresh: what changed since the last answer, bounded by the day or by the change
    since = {"date": DAY, "since": first.json()["cursor"]}
    assert supervisor.post("/v1/citizen-accounts/search", json=since).status_code == 200
    paged = {"date": DAY, "since": "c1.0", "page_size": 1}
    more = supervisor.post("/v1/citizen-accounts/search", json=paged).json()
    assert more["more"] is True
    next_page = {"date": DAY, "since": more["cursor"]}
    assert supervisor.post("/v1/citizen-accounts/search", json=next_page).status_code == 200
    totals = supervisor.get("/v1/citizen-accounts/totals", params={"date": DAY})
    assert totals.status_code == 200 and totals.json()["all"]["total"] == 3
    by_unit = supervisor.get(
        "/v1/citizen-accounts/totals", params={"date": DAY, "unit_id": PROVINCE_UNIT}
    )
    assert by_unit.status_code == 200
    assert len(calls) >= 4
    plans = [_plan(gateway, statement, parameters) for statement, parameters in calls]
    scanning = [p for p in plans if _unbounded(p)]
    assert scanning == [], "\n\n".join(scanning)
