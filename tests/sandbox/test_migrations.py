"""Schema migrations: an older database is upgraded in place, its rows kept; the models and the
migrations never drift apart."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text

from kiosk.sandbox import SandboxSettings, migrate, serve_in_thread
from kiosk.sandbox.db import Base, Database, sqlite_url
from kiosk.sandbox.models import CitizenAccount, IdentityNumber, Officer
from kiosk.sandbox.seed import ensure_demo_data
from tests.helpers.gateway import SEEDED_ID_NUMBER, GatewayClient, ManualClock

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def store_url(gateway_store: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    if gateway_store == "postgresql":
        url: str = request.getfixturevalue("postgres_server").new_database()
        return url
    return sqlite_url(tmp_path / "old.sqlite3")


def make_legacy_database(url: str) -> None:
    """A database as gateways before migrations left it: the baseline tables, filled with the
    demo data, and no alembic_version table."""
    db = Database(url)
    try:
        with db.write_connection() as connection:
            config = migrate._config(connection)
            command.upgrade(config, migrate.BASELINE)
            connection.execute(text("DROP TABLE alembic_version"))
        # the seed of the time wrote through the ORM; the baseline columns are a subset of today's
        with db.write_connection() as connection:
            for statement in _baseline_seed_rows():
                connection.execute(text(statement[0]), statement[1])
    finally:
        db.dispose()


def _baseline_seed_rows() -> list[tuple[str, dict[str, object]]]:
    return [
        (
            "INSERT INTO units (id, name, level) VALUES (:id, :name, :level)",
            {"id": "U1", "name": "Bộ phận Một cửa UBND phường Phố Hiến", "level": "commune"},
        ),
        (
            "INSERT INTO citizen_accounts (id, id_number, old_id_number, full_name, date_of_birth,"
            " phone, level, source, unit_id, created_at) VALUES (:id, :n, :old, :name, :dob,"
            " :phone, 2, 'officer', 'U1', :at)",
            {
                "id": "a0000000-0000-0000-0000-000000000001",
                "n": "033090009999",
                "old": "145000999",
                "name": "Người Cũ",
                "dob": "1990-01-01",
                "phone": "+84912000999",
                "at": "2026-01-02 03:04:05",
            },
        ),
        # the same person again under the old number alone: the race the schema closes now
        (
            "INSERT INTO citizen_accounts (id, id_number, full_name, date_of_birth,"
            " phone, level, source, unit_id, created_at) VALUES (:id, :n, :name, :dob,"
            " :phone, 2, 'officer', 'U1', :at)",
            {
                "id": "a0000000-0000-0000-0000-000000000002",
                "n": "145000999",
                "name": "Người Cũ",
                "dob": "1990-01-01",
                "phone": "+84912000999",
                "at": "2026-01-02 03:04:06",
            },
        ),
    ]


def test_a_database_from_before_migrations_is_upgraded_and_keeps_its_rows(
    store_url: str,
) -> None:
    make_legacy_database(store_url)
    db = Database(store_url)
    try:
        with db.engine.connect() as connection:
            assert migrate.current(connection) is None
        result = migrate.upgrade(db)
        assert result.stamped_legacy
        assert result.before == migrate.BASELINE
        assert result.after == migrate.head()
        with db.read() as session:
            kept = session.scalar(
                select(CitizenAccount).where(CitizenAccount.id_number == "033090009999")
            )
            assert kept is not None and kept.full_name == "Người Cũ"
            assert kept.full_name_folded == "nguoi cu"  # filled for the search (0006)
            # both accounts of the earlier race are kept; each number has one owner now
            assert session.scalar(select(func.count()).select_from(CitizenAccount)) == 2
            owners = {
                n: a
                for n, a in session.execute(
                    select(IdentityNumber.number, IdentityNumber.account_id)
                )
            }
            assert owners == {
                "033090009999": kept.id,
                "145000999": "a0000000-0000-0000-0000-000000000002",
            }
        # a second run finds nothing to do and changes nothing
        again = migrate.upgrade(db)
        assert not again.changed and not again.stamped_legacy
    finally:
        db.dispose()


def test_the_gateway_upgrades_an_old_database_at_start(store_url: str) -> None:
    make_legacy_database(store_url)
    settings = SandboxSettings(database_url=store_url, clock=ManualClock())
    with serve_in_thread(settings=settings) as running:
        with running.gateway.db.read() as session:
            assert session.scalar(select(func.count()).select_from(CitizenAccount)) == 2
            # the old database had no officers: the training seed does not add to a used one
            assert session.scalar(select(func.count()).select_from(Officer)) == 0
        with running.gateway.db.engine.connect() as connection:
            assert migrate.current(connection) == migrate.head()


def test_models_and_migrations_agree(store_url: str) -> None:
    db = Database(store_url)
    try:
        migrate.upgrade(db)
        with db.engine.connect() as connection:
            context = MigrationContext.configure(connection)
            differences = compare_metadata(context, Base.metadata)
        assert differences == [], "a model changed without a migration"
    finally:
        db.dispose()


def test_a_fresh_database_is_created_by_the_migrations_and_seeded(store_url: str) -> None:
    settings = replace(SandboxSettings(clock=ManualClock()), database_url=store_url)
    with serve_in_thread(settings=settings) as running:
        client = GatewayClient(running.url)
        client.login()
        found = client.post("/v1/citizen-accounts/lookup", json={"id_number": SEEDED_ID_NUMBER})
        assert found.json()["exists"] is True
        client.close()


def test_cli_migrate_reports_and_is_idempotent(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "old.sqlite3")
    make_legacy_database(url)

    def run() -> str:
        result = subprocess.run(
            [sys.executable, "-m", "kiosk", "sandbox", "migrate", "--database-url", url],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=ROOT,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    first = run()
    assert migrate.BASELINE in first and migrate.head() in first
    assert "already current" in run()
    db = Database(url)
    try:
        ensure_demo_data(db, ManualClock()())  # the upgraded schema takes today's writes
    finally:
        db.dispose()


def test_every_revision_refuses_to_go_back() -> None:
    """One policy for all: a downgrade would drop a province's rows (restore a backup)."""
    from alembic.script import ScriptDirectory

    from kiosk.sandbox import migrate

    scripts = ScriptDirectory.from_config(migrate._config())
    revisions = list(scripts.walk_revisions())
    assert len(revisions) >= 8
    for revision in revisions:
        with pytest.raises(migrate.DowngradeRefused):
            revision.module.downgrade()
