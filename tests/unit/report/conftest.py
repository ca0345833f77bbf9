"""The day report runs against the real training gateway on loopback."""

from tests.helpers.gateway import gateway, gateway_clock, make_gateway  # noqa: F401
