"""The training gateway's suites: a real gateway over HTTP on loopback for each test, on SQLite
and on a private PostgreSQL server (tests.helpers.postgres)."""

from collections.abc import Callable, Iterator

import pytest

from kiosk.sandbox import RunningGateway
from tests.helpers.gateway import (  # noqa: F401
    STORES,
    ManualClock,
    client,
    gateway,
    gateway_clock,
    start_gateways,
    supervisor,
)
from tests.helpers.postgres import postgres_server  # noqa: F401


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
        new_url = request.getfixturevalue("postgres_server").new_database
    yield from start_gateways(gateway_clock, new_url, demo_officers_in_production=False)
