"""The training gateway's suites: a real gateway over HTTP on loopback for each test."""

from tests.helpers.gateway import (  # noqa: F401
    client,
    gateway,
    gateway_clock,
    make_gateway,
    supervisor,
)
