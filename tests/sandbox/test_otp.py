"""OTP rules of domain-facts §7, over HTTP, with the gateway's clock moved by the test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select

from kiosk.sandbox import RunningGateway
from kiosk.sandbox.models import Attachment, AuditEvent, CitizenAccount, IdentityNumber, OtpCode
from tests.helpers.gateway import (
    SUPERVISOR,
    GatewayClient,
    ManualClock,
    citizen_data,
    id_number,
    phone_number,
)


def test_send_gives_an_id_and_the_limits(client: GatewayClient, gateway_clock: ManualClock) -> None:
    response = client.send_otp(phone_number(1), id_number(1))
    assert response.status_code == 201
    body = response.json()
    assert body["phone"] == "+84912300001"
    assert body["attempts_left"] == 5
    assert body["sends_left_this_hour"] == 4
    now = gateway_clock()
    assert (datetime.fromisoformat(body["expires_at"]) - now).total_seconds() == 300
    assert (datetime.fromisoformat(body["resend_after"]) - now).total_seconds() == 60


def test_the_code_reaches_the_simulated_phone_and_is_stored_only_hashed(
    client: GatewayClient, gateway: RunningGateway
) -> None:
    client.send_otp(phone_number(2), id_number(2))
    code = client.latest_otp(phone_number(2))
    assert len(code) == 6 and code.isdigit()
    with gateway.gateway.db.read() as s:
        row = s.scalars(select(OtpCode)).one()
    assert code not in row.code_hash
    assert len(row.code_hash) == 64


def test_resend_waits_for_the_cooldown_and_says_when(
    client: GatewayClient, gateway_clock: ManualClock
) -> None:
    client.send_otp(phone_number(3), id_number(3))
    gateway_clock.advance(20)
    refused = client.send_otp(phone_number(3), id_number(3))
    assert refused.status_code == 429
    error = refused.json()["error"]
    assert error["code"] == "otp_cooldown"
    assert refused.headers["Retry-After"] == "40"
    assert error["details"]["retry_after_seconds"] == 40
    assert "40 giây" in error["message"]
    gateway_clock.advance(40)
    assert client.send_otp(phone_number(3), id_number(3)).status_code == 201


def test_the_newest_code_voids_the_older_ones(
    client: GatewayClient, gateway_clock: ManualClock
) -> None:
    data = citizen_data(4)
    first = client.otp_for(data)
    gateway_clock.advance(61)
    second = client.otp_for(data)
    old = client.create(first)
    assert old.status_code == 410
    assert old.json()["error"]["code"] == "otp_superseded"
    assert client.create(second).status_code == 201


def test_a_code_expires_after_five_minutes(
    client: GatewayClient, gateway_clock: ManualClock
) -> None:
    data = client.otp_for(citizen_data(5))
    gateway_clock.advance(300)
    response = client.create(data)
    assert response.status_code == 410
    assert response.json()["error"]["code"] == "otp_expired"


def test_a_code_is_still_good_just_before_it_expires(
    client: GatewayClient, gateway_clock: ManualClock
) -> None:
    data = client.otp_for(citizen_data(6))
    gateway_clock.advance(299)
    assert client.create(data).status_code == 201


def test_five_wrong_codes_kill_it(client: GatewayClient) -> None:
    data = client.otp_for(citizen_data(7))
    wrong = f"{(int(data['otp_code']) + 1) % 1_000_000:06d}"
    for left in (4, 3, 2, 1):
        response = client.create({**data, "otp_code": wrong})
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "otp_invalid"
        assert response.json()["error"]["details"]["attempts_left"] == left
        assert f"Còn {left} lần thử" in response.json()["error"]["message"]
    fifth = client.create({**data, "otp_code": wrong})
    assert fifth.status_code == 410
    assert fifth.json()["error"]["code"] == "otp_locked"
    # even the right code is refused now
    right = client.create(data)
    assert right.status_code == 410
    assert right.json()["error"]["code"] == "otp_locked"


def test_a_used_code_cannot_create_another_account(
    client: GatewayClient, gateway: RunningGateway
) -> None:
    data = client.otp_for(citizen_data(9))
    assert client.create(data).status_code == 201
    # Remove the account behind the gateway's back, so that only the code's state stands
    # between this request and a second creation.
    with gateway.gateway.db.write() as s:
        s.query(Attachment).delete()
        s.query(IdentityNumber).delete()
        s.query(CitizenAccount).filter(CitizenAccount.id_number == data["id_number"]).delete()
    reused = client.create(data)
    assert reused.status_code == 410
    assert reused.json()["error"]["code"] == "otp_used"


def test_a_code_is_bound_to_phone_and_id_number(
    client: GatewayClient, gateway_clock: ManualClock
) -> None:
    data = client.otp_for(citizen_data(10))
    other_phone = client.create({**data, "phone": phone_number(11)})
    assert other_phone.status_code == 422
    assert other_phone.json()["error"]["code"] == "otp_mismatch"
    other_id = client.create({**data, "id_number": id_number(12)})
    assert other_id.json()["error"]["code"] == "otp_mismatch"
    unknown = client.create({**data, "otp_id": "00000000-0000-4000-8000-00000000dead"})
    assert unknown.json()["error"]["code"] == "otp_not_found"
    assert client.create(data).status_code == 201


def test_hourly_limit_per_phone(
    make_gateway: Callable[..., RunningGateway], gateway_clock: ManualClock
) -> None:
    running = make_gateway(otp_sends_per_hour=3)
    client = GatewayClient(running.url)
    client.login()
    for _ in range(3):
        assert client.send_otp(phone_number(13), id_number(13)).status_code == 201
        gateway_clock.advance(61)
    refused = client.send_otp(phone_number(13), id_number(13))
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "otp_hourly_limit"
    # the first send (183 s ago) leaves the one-hour window in 3600 - 183 s
    assert refused.headers["Retry-After"] == str(3600 - 183)
    # another phone is not affected
    assert client.send_otp(phone_number(14), id_number(13)).status_code == 201
    gateway_clock.advance(3600 - 183)
    client.login()  # the access token has expired meanwhile
    assert client.send_otp(phone_number(13), id_number(13)).status_code == 201


def test_landline_and_garbage_numbers_are_refused(client: GatewayClient) -> None:
    for phone in ("0221 3856789", "0221.3829883", "abc", "0912"):
        response = client.send_otp(phone, id_number(15))
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "not_a_mobile_number"


def test_refusals_of_otp_send_are_audited(
    client: GatewayClient,
    gateway: RunningGateway,
) -> None:
    client.send_otp(phone_number(16), id_number(16))
    client.send_otp(phone_number(16), id_number(16))
    with gateway.gateway.db.read() as s:
        outcomes = [
            e.outcome for e in s.scalars(select(AuditEvent).where(AuditEvent.action == "otp.send"))
        ]
        details = [e.details for e in s.scalars(select(AuditEvent))]
    assert outcomes == ["ok", "otp_cooldown"]
    assert all(phone_number(16)[1:] not in d for d in details)  # masked in the trail


def test_only_officers_send_codes(gateway: RunningGateway) -> None:
    client = GatewayClient(gateway.url)
    client.login(SUPERVISOR)
    response = client.send_otp(phone_number(17), id_number(17))
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden_role"
