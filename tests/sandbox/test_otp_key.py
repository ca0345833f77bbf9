"""The OTP hash key across restarts: kept in a training database, never in a production one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from kiosk.sandbox import RunningGateway
from kiosk.sandbox.db import sqlite_url
from kiosk.sandbox.models import GatewayKey
from tests.helpers.gateway import GatewayClient, citizen_data


def _client(running: RunningGateway) -> GatewayClient:
    client = GatewayClient(running.url)
    client.login()
    return client


def test_a_code_sent_before_a_training_restart_still_works(
    make_gateway: Callable[..., RunningGateway], gateway_store: str, tmp_path: Path
) -> None:
    # a SQLite file of the test's own: a gateway's temporary database goes when it stops
    own = sqlite_url(tmp_path / "gw.sqlite3")
    kept = {"database_url": own} if gateway_store == "sqlite" else {}
    first = make_gateway(**kept)
    url = first.gateway.settings.database_url
    before = _client(first)
    data = before.otp_for(citizen_data(41))
    before.close()
    first.stop()

    again = make_gateway(database_url=url)
    after = _client(again)
    try:
        created = after.create(data)
        assert created.status_code == 201, created.json()["error"]["code"]
    finally:
        after.close()
    assert again.gateway.settings.secret_key == first.gateway.settings.secret_key


def test_a_given_key_is_used_and_not_stored(
    make_gateway: Callable[..., RunningGateway],
) -> None:
    running = make_gateway(secret_key=b"k" * 32)
    assert running.gateway.settings.secret_key == b"k" * 32
    with running.gateway.db.read() as session:
        assert session.scalars(select(GatewayKey)).all() == []


def test_production_keeps_no_key_next_to_the_hashes(
    make_gateway: Callable[..., RunningGateway],
) -> None:
    running = make_gateway(production=True)
    assert len(running.gateway.settings.secret_key) == 32
    with running.gateway.db.read() as session:
        assert session.scalars(select(GatewayKey)).all() == []
