"""A CaseService on a real journal and a real training gateway over loopback HTTP."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kiosk.cases import CaseService
from kiosk.domain.account_case import AccountCase
from kiosk.journal import Journal, KeyringKeyProvider
from kiosk.portal import GatewayClient
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.models import Attachment, CitizenAccount
from kiosk.sandbox.seed import DEMO_PASSWORD
from tests.helpers.gateway import (  # noqa: F401
    OFFICER_2,
    ManualClock,
    gateway,
    gateway_clock,
    make_gateway,
)
from tests.unit.cases.citizens import Citizen

# Retries that cost milliseconds, so a "gateway down" test does not wait for real backoff.
FAST: dict[str, Any] = {
    "connect_timeout": 2.0,
    "read_timeout": 10.0,
    "retries": 2,
    "backoff_factor": 0.01,
    "backoff_max": 0.05,
    "backoff_jitter": 0.0,
    "longest_wait": 2.0,
}


def logged_in(url: str, username: str = OFFICER_2) -> GatewayClient:
    client = GatewayClient(url, **FAST)
    client.login(username, DEMO_PASSWORD)
    return client


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened = Journal(tmp_path / "journal.sqlite3", KeyringKeyProvider())
    yield opened
    opened.close()


@pytest.fixture
def make_service(
    journal: Journal,
    gateway_clock: ManualClock,  # noqa: F811
) -> Iterator[Callable[..., CaseService]]:
    clients: list[GatewayClient] = []

    def make(url: str, username: str = OFFICER_2, **options: Any) -> CaseService:
        client = logged_in(url, username)
        clients.append(client)
        officer = client.officer
        assert officer is not None
        unit = next(u for u in officer.units if u.eligible)
        return CaseService(journal, client, officer, unit, clock=gateway_clock, **options)

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def service(
    gateway: RunningGateway,  # noqa: F811
    make_service: Callable[..., CaseService],
) -> CaseService:
    return make_service(gateway.url)


def fill_details(case: AccountCase, person: Citizen) -> None:
    """What the officer adds to the QR's details on page 3."""
    case.fill_from_qr()
    case.phone = person.phone
    case.phone_confirmed = True


def latest_otp(service: CaseService, phone_e164: str) -> str:
    """The newest code on the simulated phone, read as a trainee reads it."""
    texts = [m.text for m in service.training_sms(phone_e164) if m.kind == "otp"]
    assert texts, "no OTP in the training outbox"
    found = re.search(r"\b(\d{6})\b", texts[-1])
    assert found
    return found.group(1)


def accounts_with_id(running: RunningGateway, id_number: str) -> list[CitizenAccount]:
    with running.gateway.db.read() as session:
        rows = session.scalars(select(CitizenAccount).where(CitizenAccount.id_number == id_number))
        found = list(rows)
        session.expunge_all()
        return found


def attachment_of(running: RunningGateway, account_id: str) -> bytes:
    with running.gateway.db.read() as session:
        row = session.get(Attachment, account_id)
        assert row is not None
        return bytes(row.content)
