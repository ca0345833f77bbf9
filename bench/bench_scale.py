"""Cost that grows with the day's work, not with the province's history (issue 20).

The training gateway's database is filled to 1 000, 10 000 and 100 000 accounts through its own
models (bulk inserts: one executemany per thousand rows, identity numbers alongside), 30 days
of four desks, with a fixed "probe day" of 60 accounts present at every size. At each size the
probe day's officer's list (30 rows), supervisor's search (60 rows), name search and day totals
are timed over loopback HTTP (median of 20); the probe day's figures can only change because
the table grew. The 100 000 figure carries the 1 000 one as its baseline: the goal is a ratio
<= 1.3. SQLite, and PostgreSQL when a server can start (tests/helpers/postgres.py). After each
fill the store's statistics are refreshed (ANALYZE), as a province's database does on its own
(PostgreSQL's autovacuum; `kiosk sandbox migrate` for SQLite).

`fill` is shared with bench_forms (a 5 000-account day for the report and the refresh).
"""

from __future__ import annotations

import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert, select, text

from bench.harness import Row
from kiosk.sandbox import RunningGateway, SandboxSettings, serve_in_thread
from kiosk.sandbox.models import CitizenAccount, IdentityNumber, Officer
from kiosk.sandbox.text import fold_text
from tests.helpers.gateway import GatewayClient, ManualClock
from tests.unit.report.factory import (
    DAY,
    DESKS,
    add_extra_officer,
    id_number_of,
    local_moment,
    name_of,
    phone_of,
)

BENCH = "scale"
SIZES = (1_000, 10_000, 100_000)
PROBE = 60  # accounts on the probe day, at every size
HISTORY_DAYS = 30
REPEAT = 20
BATCH = 1_000
OFFICER, SUPERVISOR, PASSWORD = "canbo.demo", "giamsat.demo", "Demo@2026"
NAME_QUERY = "Nguyễn Văn"  # found on the probe day, typed with accents: folded by the gateway


def _row(n: int, created_at: datetime, ids: dict[str, int], *, probe: bool) -> dict[str, object]:
    officer, unit = DESKS[n % len(DESKS)]
    name = name_of(n)
    counter = f"Quầy {1 + n % 4}"
    reviewed = ("checked", "needs_action", None)[n % 3]
    later = created_at + timedelta(hours=1)
    return {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"kiosk-bench-{'probe' if probe else 'bg'}-{n}")),
        # probe numbers as the tests' factory makes them; history numbers apart ("09…")
        "id_number": id_number_of(n) if probe else f"09{n:010d}",
        "old_id_number": None,
        "full_name": name,
        "full_name_folded": fold_text(name),
        "date_of_birth": date(1990 + n % 10, 1 + n % 12, 1 + n % 28),
        "sex": "Nữ" if n % 2 else "Nam",
        "phone": phone_of(n) if probe else f"+8497{n % 10_000_000:07d}",
        "email": None,
        "address": "Hưng Yên",
        "level": 2,
        "source": "officer",
        "unit_id": unit,
        "created_by_id": ids[officer],
        "created_at": created_at,
        "changed_at": later if reviewed else created_at,
        "counter": counter,
        "counter_folded": fold_text(counter),
        "client_address": f"10.0.0.{1 + n % 4}",
        "review_status": reviewed,
        "review_note": None,
        "reviewed_by_id": ids[SUPERVISOR] if reviewed else None,
        "reviewed_at": later if reviewed else None,
    }


def fill(
    running: RunningGateway,
    first: int,
    count: int,
    moment: Callable[[int], datetime],
    *,
    probe: bool = False,
) -> None:
    """`count` accounts numbered from `first`, created at moment(n), through the gateway's
    models in bulk (the ORM's per-object events would cost minutes at 100 000: the folded
    name, change time and identity numbers they keep are written here)."""
    add_extra_officer(running)
    db = running.gateway.db
    with db.read() as session:
        ids = {o.username: o.id for o in session.scalars(select(Officer))}
    for start in range(first, first + count, BATCH):
        numbers = range(start, min(start + BATCH, first + count))
        rows = [_row(n, moment(n), ids, probe=probe) for n in numbers]
        with db.write() as session:
            session.execute(insert(CitizenAccount), rows)
            session.execute(
                insert(IdentityNumber),
                [{"number": r["id_number"], "account_id": r["id"]} for r in rows],
            )
    with db.engine.connect() as connection:
        connection.execute(text("ANALYZE"))
        connection.commit()


def history_moment(n: int) -> datetime:
    """The 30 days before the probe day, four desks' working hours."""
    day = DAY - timedelta(days=1 + n % HISTORY_DAYS)
    return local_moment(day, (n * 7) % 540)


def _median_ms(call: Callable[[], object]) -> float:
    call()  # warm: connection, statement cache
    samples = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def _ok(response: object) -> object:
    response.raise_for_status()  # type: ignore[attr-defined]
    return response


def _operations(
    officer: GatewayClient, supervisor: GatewayClient
) -> dict[str, Callable[[], object]]:
    day = DAY.isoformat()
    return {
        "officer's list (30 rows)": lambda: _ok(
            officer.get("/v1/citizen-accounts", params={"date": day, "page_size": 100})
        ),
        "supervisor search (60 rows)": lambda: _ok(
            supervisor.post("/v1/citizen-accounts/search", json={"date": day, "page_size": 100})
        ),
        "name search": lambda: _ok(
            supervisor.post(
                "/v1/citizen-accounts/search",
                json={"date": day, "q": NAME_QUERY, "page_size": 100},
            )
        ),
        "day totals": lambda: _ok(
            supervisor.get("/v1/citizen-accounts/totals", params={"date": day})
        ),
    }


def _check_probe(officer: GatewayClient, supervisor: GatewayClient) -> None:
    """The probe day is the same at every size: 30 of the officer's, 60 in the search."""
    day = DAY.isoformat()
    own = officer.get("/v1/citizen-accounts", params={"date": day, "page_size": 100}).json()
    seen = supervisor.post("/v1/citizen-accounts/search", json={"date": day}).json()
    if own["total"] != PROBE // 2 or seen["total"] != PROBE:
        raise RuntimeError(f"probe day changed: {own['total']} / {seen['total']}")


@contextmanager
def gateway_on(
    database_url: str | None, clock: ManualClock | None = None
) -> Iterator[RunningGateway]:
    # a clock that moves only when told: tokens never expire during a long fill; by default
    # 09:00 on the probe day
    settings = SandboxSettings(clock=clock or ManualClock(datetime(2026, 3, 5, 2, 0, tzinfo=UTC)))
    if database_url:
        settings = replace(settings, database_url=database_url)
    running = serve_in_thread(settings=settings)
    try:
        yield running
    finally:
        running.stop()


def _measure(store: str, database_url: str | None) -> list[Row]:
    figures: dict[str, dict[int, float]] = {}
    with gateway_on(database_url) as running:
        fill(running, 0, PROBE, lambda n: local_moment(DAY, (n * 7) % 540), probe=True)
        officer, supervisor = GatewayClient(running.url), GatewayClient(running.url)
        officer.login(OFFICER, PASSWORD)
        supervisor.login(SUPERVISOR, PASSWORD)
        filled = PROBE
        fill_s: dict[int, float] = {}
        for size in SIZES:
            started = time.perf_counter()
            fill(running, filled, size - filled, history_moment)
            fill_s[size] = time.perf_counter() - started
            filled = size
            _check_probe(officer, supervisor)
            for name, call in _operations(officer, supervisor).items():
                figures.setdefault(name, {})[size] = _median_ms(call)
        officer.close()
        supervisor.close()
    rows: list[Row] = []
    for name, by_size in figures.items():
        for size in SIZES:
            rows.append(
                Row(
                    BENCH,
                    f"{store} {size // 1000}k probe day: {name}",
                    by_size[size],
                    "ms",
                    baseline=by_size[SIZES[0]] if size == SIZES[-1] else None,
                    note="goal ratio <= 1.3" if size == SIZES[-1] else "",
                )
            )
    for size in SIZES:
        rows.append(Row(BENCH, f"{store} fill to {size:,}", fill_s[size] * 1000, "ms"))
    return rows


def run() -> list[Row]:
    rows = _measure("sqlite", None)
    try:
        import psycopg  # noqa: F401

        from tests.helpers.postgres import PostgresServer, find_bindir
    except ImportError:
        return [*rows, Row(BENCH, "postgresql skipped", 0, "", note="no postgres extra")]
    bindir = find_bindir()
    if bindir is None:
        return [*rows, Row(BENCH, "postgresql skipped", 0, "", note="no PostgreSQL server")]
    server = PostgresServer(bindir)
    try:
        server.start()
        rows += _measure("postgresql", server.new_database())
    finally:
        server.stop()
    return rows


if __name__ == "__main__":
    from bench.harness import render

    print(render(run()))
