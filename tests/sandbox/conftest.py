"""The training gateway's suites: a real gateway over HTTP on loopback for each test, on SQLite
and on a private PostgreSQL server (tests.helpers.postgres)."""

from collections.abc import Callable, Iterator

import pytest

from kiosk.sandbox import RunningGateway, SandboxSettings
from kiosk.sandbox.db import Database
from kiosk.sandbox.seed import ensure_demo_data
from tests.helpers.gateway import (  # noqa: F401
    STORES,
    ManualClock,
    client,
    gateway,
    gateway_clock,
    start_gateways,
    supervisor,
)
from tests.helpers.postgres import PostgresServer, postgres_server  # noqa: F401


@pytest.fixture(params=STORES)
def gateway_store(request: pytest.FixtureRequest) -> str:
    store: str = request.param
    return store


@pytest.fixture
def make_gateway(
    gateway_clock: ManualClock,  # noqa: F811 (the imported fixture, requested)
    gateway_store: str,
    request: pytest.FixtureRequest,
) -> Iterator[Callable[..., RunningGateway]]:
    """Start gateways with setting overrides, on the test's store."""
    new_url = None
    if gateway_store == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres_server")

        def new_url(settings: SandboxSettings) -> str:
            seeded = settings.seed_demo_data and not settings.production
            # the demo data is dated by the clock: the template is made with the default one
            if seeded and settings.clock() != ManualClock()():
                return server.new_database()
            return server.new_database(server.template(_TEMPLATES[seeded], _prepare(seeded)))

    yield from start_gateways(gateway_clock, new_url, demo_officers_in_production=False)


_TEMPLATES = {True: "kiosk_seeded", False: "kiosk_migrated"}


def _prepare(seeded: bool) -> Callable[[str], None]:
    def prepare(url: str) -> None:
        db = Database(url)
        try:
            db.create_schema()
            if seeded:
                ensure_demo_data(db, ManualClock()())
        finally:
            db.dispose()

    return prepare
