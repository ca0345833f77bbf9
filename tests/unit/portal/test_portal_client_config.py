"""Building the client from the [gateway] settings (no network)."""

from __future__ import annotations

import pytest

from kiosk.config import GatewaySettings
from kiosk.portal import GatewayClient, InsecureGateway, new_idempotency_key


def test_settings_reach_the_client() -> None:
    settings = GatewaySettings(
        url="https://gateway.hungyen.gov.vn/", read_timeout=7.5, connect_timeout=2, retries=0
    )
    with GatewayClient.from_settings(settings, counter_name="Quầy 1") as client:
        assert client.base_url == "https://gateway.hungyen.gov.vn"
        assert client.policy.retries == 0
        assert client.counter_name == "Quầy 1"
        assert not client.logged_in


def test_training_mode_passes_the_embedded_gateway_url() -> None:
    settings = GatewaySettings()  # no url: training mode
    with pytest.raises(InsecureGateway):
        GatewayClient.from_settings(settings)
    with GatewayClient.from_settings(settings, base_url="http://127.0.0.1:8765") as client:
        assert client.base_url == "http://127.0.0.1:8765"


def test_insecure_http_only_when_the_settings_allow_it() -> None:
    with pytest.raises(InsecureGateway):
        GatewayClient.from_settings(GatewaySettings(url="http://10.0.0.9:8000"))
    allowed = GatewaySettings(url="http://10.0.0.9:8000", allow_insecure_http=True)
    with GatewayClient.from_settings(allowed) as client:
        assert client.base_url == "http://10.0.0.9:8000"


def test_idempotency_keys_are_fresh_uuid4s() -> None:
    keys = {new_idempotency_key() for _ in range(100)}
    assert len(keys) == 100
    assert all(len(k) == 36 and k[14] == "4" for k in keys)
