"""Log-in, token refresh, lapsed sessions, "remember on this counter" and log-out, for real."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from kiosk.portal import (
    CredentialStore,
    GatewayClient,
    RateLimited,
    SessionExpired,
    Unauthorised,
    new_idempotency_key,
)
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.seed import DEMO_PASSWORD
from tests.helpers.gateway import (
    NO_UNIT_OFFICER,
    OFFICER,
    SUPERVISOR,
    ManualClock,
    sample_pdf,
)
from tests.helpers.memory_keyring import MemoryKeyring
from tests.portal.conftest import FAST, Connect, accounts_with_id, new_case

ACCESS_TTL = 15 * 60
REFRESH_TTL = 12 * 3600


def test_login_returns_the_officer_with_roles_and_units(shared_gateway: RunningGateway) -> None:
    with GatewayClient(shared_gateway.url, **FAST) as client:
        officer = client.login(OFFICER, DEMO_PASSWORD)
        assert officer.username == OFFICER
        assert officer.is_officer and not officer.is_supervisor
        assert {u.id for u in officer.units} == {"HY-TTPVHCC", "HY-PHOHIEN"}
        assert client.officer == officer
        assert client.logged_in


def test_wrong_password_is_unauthorised_with_the_gateway_code(
    shared_gateway: RunningGateway,
) -> None:
    with GatewayClient(shared_gateway.url, **FAST) as client:
        with pytest.raises(Unauthorised) as refused:
            client.login(OFFICER, "not-the-password")
        assert refused.value.code == "invalid_credentials"
        assert refused.value.status == 401
        assert refused.value.message  # the gateway's Vietnamese sentence, as a fallback
        assert not isinstance(refused.value, SessionExpired)
        assert not client.logged_in


def test_too_many_failed_logins_is_rate_limited_with_a_wait(
    make_gateway: Callable[..., RunningGateway],
) -> None:
    running = make_gateway(login_max_failures=2)
    with GatewayClient(running.url, **FAST) as client:
        for _ in range(2):
            with pytest.raises(Unauthorised):
                client.login(SUPERVISOR, "wrong")
        with pytest.raises(RateLimited) as limited:
            client.login(SUPERVISOR, DEMO_PASSWORD)
    assert limited.value.code == "too_many_attempts"
    assert limited.value.retry_after is not None and limited.value.retry_after > 0


def test_calls_before_log_in_ask_for_a_log_in(shared_gateway: RunningGateway) -> None:
    with GatewayClient(shared_gateway.url, **FAST) as client:
        with pytest.raises(SessionExpired) as expired:
            client.units()
        assert expired.value.code == "unauthenticated"


def test_an_expired_access_token_is_renewed_inside_the_client(
    gateway: RunningGateway, gateway_clock: ManualClock
) -> None:
    rotations: list[str | None] = []
    with GatewayClient(gateway.url, **FAST, on_tokens_changed=rotations.append) as client:
        client.login(OFFICER, DEMO_PASSWORD)
        gateway_clock.advance(ACCESS_TTL + 1)
        assert client.units().diagnosis is None
        assert client.units().diagnosis is None
    assert len(rotations) == 2  # log-in, then exactly one renewal
    assert rotations[0] != rotations[1]
    assert all(isinstance(token, str) and token for token in rotations)


def test_concurrent_workers_share_one_renewal(
    gateway: RunningGateway, gateway_clock: ManualClock
) -> None:
    """Two refreshes with the same rotating token would make the gateway end the session."""
    rotations: list[str | None] = []
    client = GatewayClient(gateway.url, **FAST, on_tokens_changed=rotations.append, pool_size=8)
    client.login(OFFICER, DEMO_PASSWORD)
    gateway_clock.advance(ACCESS_TTL + 1)
    start = threading.Barrier(6)
    outcomes: list[Any] = []

    def work() -> None:
        start.wait()
        try:
            outcomes.append(client.units().diagnosis)
        except Exception as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    client.close()
    assert outcomes == [None] * 6
    assert len(rotations) == 2


def test_a_lapsed_session_keeps_the_case_and_goes_on_after_a_new_log_in(
    make_gateway: Callable[..., RunningGateway], gateway_clock: ManualClock
) -> None:
    # Short sessions, so the session lapses while the citizen's OTP (5 minutes) is still good.
    running = make_gateway(access_token_ttl_seconds=60, refresh_token_ttl_seconds=120)
    rotations: list[str | None] = []
    with GatewayClient(running.url, **FAST, on_tokens_changed=rotations.append) as client:
        client.login(OFFICER, DEMO_PASSWORD)
        case = new_case(client, 41)
        key = new_idempotency_key()  # saved with the case before the first try
        gateway_clock.advance(121)
        with pytest.raises(SessionExpired) as expired:
            client.create_account(case, sample_pdf(), key)
        assert expired.value.code == "invalid_refresh_token"
        assert rotations[-1] is None  # the UI wipes the remembered session
        assert not client.logged_in
        assert accounts_with_id(running, case.id_number) == []
        # The log-in dialog, then the same case, same key: nothing was lost.
        client.login(OFFICER, DEMO_PASSWORD)
        created = client.create_account(case, sample_pdf(), key)
    assert not created.replayed
    assert accounts_with_id(running, case.id_number) == [created.account_id]


def test_resume_from_a_remembered_token_rotates_it(shared_gateway: RunningGateway) -> None:
    store = CredentialStore(shared_gateway.url)
    with GatewayClient(shared_gateway.url, **FAST, on_tokens_changed=store.update) as first:
        first.login(SUPERVISOR, DEMO_PASSWORD)
    remembered = store.recall()
    assert remembered is not None
    with GatewayClient(shared_gateway.url, **FAST, on_tokens_changed=store.update) as counter:
        officer = counter.resume(remembered)
        assert officer.username == SUPERVISOR
        assert store.recall() not in (None, remembered)  # rotated, and kept in step
    with GatewayClient(shared_gateway.url, **FAST) as thief, pytest.raises(SessionExpired):
        thief.resume(remembered)  # the rotated-out token is void


def test_logout_revokes_at_the_gateway_and_wipes_the_keyring(
    shared_gateway: RunningGateway, memory_keyring: MemoryKeyring
) -> None:
    store = CredentialStore(shared_gateway.url)
    client = GatewayClient(shared_gateway.url, **FAST, on_tokens_changed=store.update)
    client.login(OFFICER, DEMO_PASSWORD)
    remembered = store.recall()
    assert remembered is not None
    assert client.logout() is True
    assert memory_keyring.store == {}
    assert client.officer is None
    with pytest.raises(SessionExpired):
        client.units()
    with pytest.raises(SessionExpired):
        client.resume(remembered)
    client.close()


def test_logout_with_the_gateway_down_still_ends_the_local_session(
    make_gateway: Callable[..., RunningGateway], memory_keyring: MemoryKeyring
) -> None:
    running = make_gateway()
    store = CredentialStore(running.url)
    client = GatewayClient(running.url, **FAST, on_tokens_changed=store.update)
    client.login(OFFICER, DEMO_PASSWORD)
    running.stop()
    assert client.logout() is False
    assert not client.logged_in
    assert memory_keyring.store == {}
    client.close()


def test_a_failing_callback_does_not_fail_the_officer(shared_gateway: RunningGateway) -> None:
    def broken(_token: str | None) -> None:
        raise OSError("keyring daemon gone")

    with GatewayClient(shared_gateway.url, **FAST, on_tokens_changed=broken) as client:
        client.login(OFFICER, DEMO_PASSWORD)
        assert client.units().units


def test_unit_diagnosis_of_an_officer_without_a_unit(
    connect: Connect, shared_gateway: RunningGateway
) -> None:
    client = connect(shared_gateway.url, user=NO_UNIT_OFFICER)
    result = client.units()
    assert result.units == []
    assert result.diagnosis == "no_unit_assigned"
