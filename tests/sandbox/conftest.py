"""The training gateway's suites: a real gateway over HTTP on loopback for each test, on SQLite
and on a private PostgreSQL server (tests.helpers.postgres)."""

import pytest

from tests.helpers.gateway import (  # noqa: F401
    STORES,
    client,
    gateway,
    gateway_clock,
    make_gateway,
    supervisor,
)
from tests.helpers.postgres import postgres_server  # noqa: F401


@pytest.fixture(params=STORES)
def gateway_store(request: pytest.FixtureRequest) -> str:
    store: str = request.param
    return store
