"""A real training gateway per test, clients with test-sized patience, and the fault proxy."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from kiosk.portal import GatewayClient, NewAccount
from kiosk.sandbox import RunningGateway, SandboxSettings, serve_in_thread
from kiosk.sandbox.models import CitizenAccount, SmsMessage
from kiosk.sandbox.seed import DEMO_PASSWORD
from tests.helpers.fault_proxy import FaultProxy
from tests.helpers.gateway import (  # noqa: F401
    OFFICER,
    ManualClock,
    citizen_data,
    gateway,
    gateway_clock,
    make_gateway,
)

# Small waits so retries cost milliseconds; timeouts generous except where a test shrinks them.
FAST: dict[str, Any] = {
    "connect_timeout": 2.0,
    "read_timeout": 5.0,
    "retries": 2,
    "backoff_factor": 0.01,
    "backoff_max": 0.05,
    "backoff_jitter": 0.0,
    "longest_wait": 2.0,
}

Connect = Callable[..., GatewayClient]


@pytest.fixture
def connect() -> Iterator[Connect]:
    """connect(url, user=OFFICER, **options): a client logged in as `user` (None: not at all).

    The log-in goes through a patient client and the session is handed over with resume(),
    so a test may give its client a read timeout shorter than a password check takes.
    """
    made: list[GatewayClient] = []

    def make(url: str, user: str | None = OFFICER, **options: Any) -> GatewayClient:
        client = GatewayClient(url, **{**FAST, **options})
        made.append(client)
        if user is not None:
            handed: list[str | None] = []
            with GatewayClient(url, **FAST, on_tokens_changed=handed.append) as patient:
                patient.login(user, DEMO_PASSWORD)
            token = handed[-1]
            assert token is not None
            client.resume(token)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture(scope="module")
def shared_gateway() -> Iterator[RunningGateway]:
    """One gateway for a module's tests that neither move its clock nor stop it.

    Starting a gateway costs a few tenths of a second; tests sharing one keep apart by using
    a citizen number (n) of their own.
    """
    running = serve_in_thread(settings=SandboxSettings(clock=ManualClock()))
    yield running
    running.stop()


@pytest.fixture
def proxy(shared_gateway: RunningGateway) -> Iterator[FaultProxy]:
    with FaultProxy(shared_gateway.host, shared_gateway.port) as running:
        yield running


def new_case(client: GatewayClient, n: int, **overrides: Any) -> NewAccount:
    """A citizen's details with a fresh OTP, read from the simulated phone as a trainee would."""
    data = citizen_data(n, **overrides)
    sent = client.send_otp(data["phone"], data["id_number"])
    texts = [m.text for m in client.training_sms(data["phone"]) if m.kind == "otp"]
    found = re.search(r"\b(\d{6})\b", texts[-1])
    assert found
    return NewAccount(**data, otp_id=sent.otp_id, otp_code=found.group(1))


def accounts_with_id(running: RunningGateway, id_number: str) -> list[str]:
    with running.gateway.db.read() as session:
        return list(
            session.scalars(select(CitizenAccount.id).where(CitizenAccount.id_number == id_number))
        )


def password_sms_count(running: RunningGateway, phone_e164: str) -> int:
    with running.gateway.db.read() as session:
        count = session.scalar(
            select(func.count())
            .select_from(SmsMessage)
            .where(SmsMessage.to_phone == phone_e164, SmsMessage.kind == "password")
        )
    return int(count or 0)


def wait_until(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    """Wait for something a background thread will do; fail (not hang) if it never happens."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)
