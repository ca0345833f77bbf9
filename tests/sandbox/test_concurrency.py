"""Twenty counters racing to create the same citizen: the database lets exactly one win."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from kiosk.sandbox import RunningGateway
from kiosk.sandbox.models import CitizenAccount, IdempotencyRecord
from tests.helpers.gateway import GatewayClient, citizen_data, phone_number

PARALLEL = 20


def _accounts_with(gateway: RunningGateway, id_no: str) -> int:
    with gateway.gateway.db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(CitizenAccount)
                .where(CitizenAccount.id_number == id_no)
            )
            or 0
        )


def test_twenty_parallel_creates_of_one_id_number_make_one_account(
    gateway: RunningGateway,
) -> None:
    target = citizen_data(1)
    # Each request carries its own valid code (a different phone each), so only the
    # one-account-per-ID rule can stop the others.
    setup = GatewayClient(gateway.url)
    setup.login()
    bodies = [setup.otp_for({**target, "phone": phone_number(100 + i)}) for i in range(PARALLEL)]
    clients = []
    for _ in range(PARALLEL):
        c = GatewayClient(gateway.url)
        c.http.headers["Authorization"] = setup.http.headers["Authorization"]
        clients.append(c)

    with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
        responses = list(
            pool.map(
                lambda cb: cb[0].create(cb[1], key=str(uuid.uuid4())),
                zip(clients, bodies, strict=True),
            )
        )

    codes = sorted(r.status_code for r in responses)
    assert codes == [201] + [409] * (PARALLEL - 1)
    assert {r.json()["error"]["code"] for r in responses if r.status_code == 409} == {
        "account_exists"
    }
    assert _accounts_with(gateway, target["id_number"]) == 1
    # exactly one password SMS went out
    passwords = [m for m in setup.sms() if m["kind"] == "password"]
    assert len(passwords) == 1


def test_parallel_retries_with_one_key_make_one_account(gateway: RunningGateway) -> None:
    client = GatewayClient(gateway.url)
    client.login()
    data = client.otp_for(citizen_data(2))
    key = str(uuid.uuid4())
    retriers = []
    for _ in range(10):
        c = GatewayClient(gateway.url)
        c.http.headers["Authorization"] = client.http.headers["Authorization"]
        retriers.append(c)
    with ThreadPoolExecutor(max_workers=10) as pool:
        responses = list(pool.map(lambda c: c.create(data, key=key), retriers))
    created = [r for r in responses if r.status_code == 201]
    in_flight = [r for r in responses if r.status_code == 409]
    assert len(created) + len(in_flight) == 10
    assert all(r.json()["error"]["code"] == "request_in_progress" for r in in_flight)
    assert len({r.json()["account_id"] for r in created}) == 1  # replays of the one result
    assert _accounts_with(gateway, data["id_number"]) == 1
    with gateway.gateway.db.read() as s:
        assert s.scalar(select(func.count()).select_from(IdempotencyRecord)) == 1


def test_the_database_itself_refuses_a_second_account(gateway: RunningGateway) -> None:
    seeded = "033090001234"
    with pytest.raises(IntegrityError) as caught, gateway.gateway.db.write() as s:
        s.add(
            CitizenAccount(
                id=str(uuid.uuid4()),
                id_number=seeded,
                full_name="Ai Đó",
                date_of_birth=date(1990, 1, 1),
                phone="+84912000999",
                level=2,
                source="officer",
                created_at=gateway.settings.now(),
            )
        )
    assert _accounts_with(gateway, seeded) == 1
    # and its message quotes no personal data (it could reach a log)
    assert seeded not in str(caught.value) and "Ai Đó" not in str(caught.value)


def test_a_person_known_by_two_numbers_gets_one_account_under_a_race(
    gateway: RunningGateway,
) -> None:
    """The same person arrives at counters with the CCCD (old CMND noted) and with the CMND
    alone, at the same moment: one account, whichever number it was made under."""
    setup = GatewayClient(gateway.url)
    setup.login()
    per_kind = 3
    for round_no in range(3):
        cccd = f"0330951{round_no:05d}"
        cmnd = f"14500{round_no:04d}"
        bodies = []
        for i in range(per_kind):
            phone = phone_number(300 + round_no * 10 + i)
            bodies.append(
                setup.otp_for(citizen_data(0, id_number=cccd, old_id_number=cmnd, phone=phone))
            )
            phone = phone_number(500 + round_no * 10 + i)
            bodies.append(setup.otp_for(citizen_data(0, id_number=cmnd, phone=phone)))
        clients = []
        for _ in bodies:
            c = GatewayClient(gateway.url)
            c.http.headers["Authorization"] = setup.http.headers["Authorization"]
            clients.append(c)
        with ThreadPoolExecutor(max_workers=len(bodies)) as pool:
            responses = list(
                pool.map(lambda cb: cb[0].create(cb[1]), zip(clients, bodies, strict=True))
            )
        codes = sorted(r.status_code for r in responses)
        assert codes == [201] + [409] * (len(bodies) - 1), [r.text for r in responses]
        with gateway.gateway.db.read() as s:
            made = s.scalar(
                select(func.count())
                .select_from(CitizenAccount)
                .where(
                    (CitizenAccount.id_number.in_([cccd, cmnd]))
                    | (CitizenAccount.old_id_number.in_([cccd, cmnd]))
                )
            )
        assert made == 1
        for c in clients:
            c.close()
