"""Each failure the network can bring, reached for real through the fault proxy or a dead port.

Retries are proven by what the gateway and the proxy saw (requests, accounts, SMS sent), never
by timing.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable

import pytest

from kiosk.portal import (
    BadResponse,
    GatewayClient,
    Offline,
    RateLimited,
    ServerError,
    SessionExpired,
    Timeout,
    new_idempotency_key,
)
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.seed import DEMO_PASSWORD
from tests.helpers.fault_proxy import Fault, FaultProxy
from tests.helpers.gateway import OFFICER, sample_pdf
from tests.portal.conftest import (
    FAST,
    Connect,
    accounts_with_id,
    new_case,
    password_sms_count,
    wait_until,
)

CREATE = "/v1/citizen-accounts"
# A read timeout well under the proxy's delay, so "too slow" is never a matter of luck.
HASTY = {"read_timeout": 0.4}
DELAY = 1.0


def _closed_port() -> int:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = int(sock.getsockname()[1])
    sock.close()
    return port


def _e164(phone: str) -> str:
    return "+84" + phone[1:]


# -- offline ---------------------------------------------------------------------------------


def test_nothing_listening_is_offline() -> None:
    with GatewayClient(f"http://127.0.0.1:{_closed_port()}", **FAST) as client:
        with pytest.raises(Offline) as offline:
            client.health()
        assert offline.value.code == "offline"
        assert not offline.value.maybe_processed
        with pytest.raises(Offline):
            client.login(OFFICER, DEMO_PASSWORD)


def test_a_gateway_that_stops_mid_session_is_offline_and_the_session_survives(
    make_gateway: Callable[..., RunningGateway], connect: Connect
) -> None:
    running = make_gateway()
    client = connect(running.url)
    running.stop()
    with pytest.raises(Offline):
        client.units()
    with pytest.raises(Offline):
        client.lookup("033090001234")
    assert client.logged_in  # back online, the officer goes on without logging in again


# -- timeouts and retries of reads -----------------------------------------------------------


def test_a_gateway_too_slow_every_time_is_a_timeout(connect: Connect, proxy: FaultProxy) -> None:
    client = connect(proxy.url, **HASTY)
    proxy.add(Fault.delay_response(DELAY), path="/v1/units", times=3)
    with pytest.raises(Timeout) as slow:
        client.units()
    assert slow.value.maybe_processed
    # One retry after a silent gateway, not `retries` of them: the officer is waiting.
    assert proxy.stats().injected == {"delay_response": 2}
    assert proxy.pending() == 1


def test_a_create_that_never_gets_an_answer_is_a_timeout_the_officer_can_retry(
    connect: Connect, proxy: FaultProxy, shared_gateway: RunningGateway
) -> None:
    patient = connect(shared_gateway.url)
    case = new_case(patient, 64)
    key = new_idempotency_key()
    hasty = connect(proxy.url, **HASTY)
    proxy.add(Fault.delay_response(DELAY), method="POST", path=CREATE, times=2)
    with pytest.raises(Timeout) as slow:
        hasty.create_account(case, sample_pdf(), key)
    assert slow.value.maybe_processed
    assert proxy.stats().injected == {"delay_response": 2}
    created = hasty.create_account(case, sample_pdf(), key)
    assert created.replayed
    assert accounts_with_id(shared_gateway, case.id_number) == [created.account_id]


def test_one_slow_answer_to_a_get_is_retried(connect: Connect, proxy: FaultProxy) -> None:
    client = connect(proxy.url, **HASTY)
    proxy.add(Fault.delay_response(DELAY), path="/v1/units")
    assert client.units().units
    assert [r.fault.value for r in proxy.seen if r.path == "/v1/units"] == [
        "delay_response",
        "pass",
    ]


def test_503_with_retry_after_is_waited_out_for_a_get(connect: Connect, proxy: FaultProxy) -> None:
    client = connect(proxy.url)
    proxy.add(Fault.http_503(retry_after=1), path="/v1/units")
    assert client.units().units
    assert [r.fault.value for r in proxy.seen if r.path == "/v1/units"] == ["respond", "pass"]


def test_a_retry_after_beyond_the_longest_wait_goes_straight_to_the_officer(
    connect: Connect, proxy: FaultProxy
) -> None:
    client = connect(proxy.url)
    proxy.add(Fault.http_503(retry_after=120), path="/v1/units", times=3)
    with pytest.raises(ServerError) as busy:
        client.units()
    assert busy.value.status == 503
    assert busy.value.retry_after == 120
    assert proxy.stats().injected == {"respond": 1}


def test_429_on_every_try_is_rate_limited(connect: Connect, proxy: FaultProxy) -> None:
    client = connect(proxy.url, retries=1)
    proxy.add(Fault.http_429(retry_after=0), path="/v1/units", times=2)
    with pytest.raises(RateLimited) as limited:
        client.units()
    assert limited.value.code == "rate_limited"
    assert limited.value.retry_after == 0
    assert proxy.stats().injected == {"respond": 2}


def test_500_is_a_server_error_and_not_retried(connect: Connect, proxy: FaultProxy) -> None:
    client = connect(proxy.url)
    proxy.add(Fault.http_500(), path="/v1/units")
    with pytest.raises(ServerError) as failed:
        client.units()
    assert (failed.value.status, failed.value.code) == (500, "internal_error")
    assert len([r for r in proxy.seen if r.path == "/v1/units"]) == 1


def test_an_answer_outside_the_contract_is_a_bad_response(
    connect: Connect, proxy: FaultProxy
) -> None:
    client = connect(proxy.url)
    proxy.add(Fault.respond(200, body={"unexpected": True}), path="/v1/units")
    with pytest.raises(BadResponse):
        client.units()
    proxy.add(Fault.respond(200, body=b"<html>portal login</html>"), path="/v1/units")
    with pytest.raises(BadResponse):
        client.units()


def test_a_redirect_is_never_followed(connect: Connect, proxy: FaultProxy) -> None:
    client = connect(proxy.url)
    proxy.add(Fault.respond(302, headers={"Location": "http://203.0.113.9/steal"}))
    with pytest.raises(BadResponse) as odd:
        client.units()
    assert odd.value.status == 302
    assert [r.path for r in proxy.seen][-1:] == ["/v1/units"]
    assert proxy.stats().forwarded == 2  # the log-in and the resume; the redirect went nowhere


# -- POSTs that must not be sent twice -------------------------------------------------------


def test_a_lost_otp_answer_is_not_sent_again(
    connect: Connect, proxy: FaultProxy, shared_gateway: RunningGateway
) -> None:
    client = connect(proxy.url)
    proxy.add(Fault.drop_response(), path="/v1/otp")
    with pytest.raises(Offline) as lost:
        client.send_otp("0912300077", "033090000077")
    assert lost.value.maybe_processed  # it did reach the gateway: tell the officer so
    otps = [m for m in client.training_sms("0912300077") if m.kind == "otp"]
    assert len(otps) == 1  # one SMS, not one per retry
    assert len([r for r in proxy.seen if r.path == "/v1/otp"]) == 1


def test_a_busy_gateway_does_not_make_a_post_repeat(connect: Connect, proxy: FaultProxy) -> None:
    client = connect(proxy.url)
    proxy.add(Fault.http_503(retry_after=1), path="/v1/otp")
    with pytest.raises(ServerError):
        client.send_otp("0912300078", "033090000078")
    assert len([r for r in proxy.seen if r.path == "/v1/otp"]) == 1


# -- creation: retried only with its key, and one account whatever happens ------------------


def test_a_create_whose_answer_is_lost_is_retried_and_yields_one_account(
    connect: Connect, proxy: FaultProxy, shared_gateway: RunningGateway
) -> None:
    client = connect(proxy.url)
    case = new_case(client, 51)
    proxy.add(Fault.drop_response(), method="POST", path=CREATE)
    created = client.create_account(case, sample_pdf(), new_idempotency_key())
    assert created.replayed  # the second try got the first try's outcome
    assert accounts_with_id(shared_gateway, case.id_number) == [created.account_id]
    assert password_sms_count(shared_gateway, _e164(case.phone)) == 1
    creates = [r for r in proxy.seen if r.path == CREATE]
    assert [r.fault.value for r in creates] == ["drop_response", "pass"]


def test_a_create_that_times_out_is_retried_and_yields_one_account(
    connect: Connect, proxy: FaultProxy, shared_gateway: RunningGateway
) -> None:
    patient = connect(shared_gateway.url)
    case = new_case(patient, 52)
    hasty = connect(proxy.url, **HASTY)
    proxy.add(Fault.delay_response(DELAY), method="POST", path=CREATE)
    created = hasty.create_account(case, sample_pdf(), new_idempotency_key())
    assert created.replayed
    assert accounts_with_id(shared_gateway, case.id_number) == [created.account_id]
    assert password_sms_count(shared_gateway, _e164(case.phone)) == 1


def test_a_create_delivered_late_after_its_retry_still_makes_one_account(
    connect: Connect, proxy: FaultProxy, shared_gateway: RunningGateway
) -> None:
    patient = connect(shared_gateway.url)
    case = new_case(patient, 53)
    hasty = connect(proxy.url, **HASTY)
    before = proxy.stats().forwarded
    proxy.add(Fault.delay_request(DELAY), method="POST", path=CREATE)
    created = hasty.create_account(case, sample_pdf(), new_idempotency_key())
    assert not created.replayed  # the retry overtook the first try
    # The first try reaches the gateway afterwards and gets the stored answer.
    wait_until(lambda: proxy.stats().forwarded == before + 2)
    assert accounts_with_id(shared_gateway, case.id_number) == [created.account_id]
    assert password_sms_count(shared_gateway, _e164(case.phone)) == 1


def test_a_create_reset_before_reaching_the_gateway_is_retried(
    connect: Connect, proxy: FaultProxy, shared_gateway: RunningGateway
) -> None:
    client = connect(proxy.url)
    case = new_case(client, 54)
    proxy.add(Fault.reset(), method="POST", path=CREATE)
    created = client.create_account(case, sample_pdf(), new_idempotency_key())
    assert not created.replayed
    assert proxy.stats().injected == {"reset": 1}
    assert accounts_with_id(shared_gateway, case.id_number) == [created.account_id]


@pytest.mark.parametrize(
    ("fault", "n"),
    [
        (Fault.http_503(retry_after=1), 60),
        (Fault.http_429(retry_after=0), 61),
        (Fault.error(409, "request_in_progress", retry_after=0), 62),
        (Fault.error(502, "bad_gateway"), 63),
    ],
    ids=["503", "429", "409-in-progress", "502"],
)
def test_a_create_waits_out_a_busy_answer(
    fault: Fault, n: int, connect: Connect, proxy: FaultProxy, shared_gateway: RunningGateway
) -> None:
    client = connect(proxy.url)
    case = new_case(client, n)
    proxy.add(fault, method="POST", path=CREATE)
    created = client.create_account(case, sample_pdf(), new_idempotency_key())
    assert accounts_with_id(shared_gateway, case.id_number) == [created.account_id]
    assert [r.fault.value for r in proxy.seen if r.path == CREATE] == ["respond", "pass"]


def test_500_on_create_is_not_retried(connect: Connect, proxy: FaultProxy) -> None:
    client = connect(proxy.url)
    case = new_case(client, 56)
    proxy.add(Fault.http_500(), method="POST", path=CREATE)
    with pytest.raises(ServerError) as failed:
        client.create_account(case, sample_pdf(), new_idempotency_key())
    assert failed.value.maybe_processed
    assert len([r for r in proxy.seen if r.path == CREATE]) == 1


def test_when_every_try_is_lost_the_same_key_later_finds_the_account(
    connect: Connect, proxy: FaultProxy, shared_gateway: RunningGateway
) -> None:
    client = connect(proxy.url)
    case = new_case(client, 57)
    key = new_idempotency_key()
    proxy.add(Fault.drop_response(), method="POST", path=CREATE, times=3)
    with pytest.raises(Offline) as lost:
        client.create_account(case, sample_pdf(), key)
    assert lost.value.maybe_processed
    assert proxy.stats().injected == {"drop_response": 3}
    # The officer presses "Tạo tài khoản" again: the case kept its key.
    created = client.create_account(case, sample_pdf(), key)
    assert created.replayed
    assert accounts_with_id(shared_gateway, case.id_number) == [created.account_id]
    assert password_sms_count(shared_gateway, _e164(case.phone)) == 1


def test_a_lost_refresh_answer_ends_the_session_cleanly(
    connect: Connect, proxy: FaultProxy
) -> None:
    """The gateway rotated the refresh token but its answer never came: the old one is void."""
    client = connect(proxy.url)
    proxy.add(Fault.drop_response(), path="/v1/auth/refresh")
    with pytest.raises(Offline):
        client.refresh()
    with pytest.raises(SessionExpired):
        client.refresh()
    assert not client.logged_in


# -- privacy ---------------------------------------------------------------------------------


def test_logs_of_a_troubled_creation_hold_no_personal_data(
    connect: Connect, proxy: FaultProxy, caplog: pytest.LogCaptureFixture
) -> None:
    client = connect(proxy.url)
    case = new_case(client, 58)
    sms = client.training_sms(case.phone)
    caplog.set_level(logging.DEBUG)
    proxy.plan(Fault.drop_response(), Fault.http_503(retry_after=0))
    client.create_account(case, sample_pdf(), new_idempotency_key())
    client.training_sms(case.phone)
    proxy.add(Fault.drop_response(), path="/v1/training/sms")
    client.training_sms(case.phone)
    text = caplog.text
    assert "create_account" in text  # the operations are logged...
    secrets = [case.id_number, case.phone, _e164(case.phone)[1:], case.otp_code, DEMO_PASSWORD]
    secrets += [case.full_name, *case.full_name.split()[-1:], sms[-1].text]
    for secret in secrets:
        assert secret not in text  # ...the citizen is not
