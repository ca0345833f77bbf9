"""Officer log-in over HTTP: tokens, expiry, refresh rotation, log-out, throttle, units."""

from __future__ import annotations

import http.client
import json
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from email.message import Message
from typing import Any

import requests
from sqlalchemy import select

from kiosk.sandbox import RunningGateway
from kiosk.sandbox.models import AuditEvent, AuthToken
from kiosk.sandbox.security import token_hash
from kiosk.sandbox.seed import DEMO_PASSWORD
from tests.helpers.gateway import (
    NO_UNIT_OFFICER,
    OFFICER,
    SUPERVISOR,
    WRONG_NAME_OFFICER,
    GatewayClient,
    ManualClock,
)


def _login(
    gateway: RunningGateway, username: str, password: str = DEMO_PASSWORD
) -> requests.Response:
    return GatewayClient(gateway.url).post(
        "/v1/auth/login", json={"username": username, "password": password}
    )


def test_login_gives_tokens_roles_and_units(gateway: RunningGateway) -> None:
    response = _login(gateway, OFFICER)
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 15 * 60
    assert body["officer"]["username"] == OFFICER
    assert body["officer"]["roles"] == ["officer"]
    assert {u["id"] for u in body["officer"]["units"]} == {"HY-TTPVHCC", "HY-PHOHIEN"}
    assert all(u["eligible"] for u in body["officer"]["units"])
    assert body["officer"]["unit_diagnosis"] is None
    # only hashes are stored
    with gateway.gateway.db.read() as s:
        hashes = set(s.scalars(select(AuthToken.token_hash)))
    assert token_hash(body["access_token"]) in hashes
    assert body["access_token"] not in hashes


def test_username_is_case_insensitive(gateway: RunningGateway) -> None:
    assert _login(gateway, "CanBo.Demo").status_code == 200


def test_wrong_password_and_unknown_user_get_the_same_refusal(gateway: RunningGateway) -> None:
    wrong = _login(gateway, OFFICER, "Demo@2027")
    unknown = _login(gateway, "khong.co.ai", DEMO_PASSWORD)
    for response in (wrong, unknown):
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "invalid_credentials"
        assert response.json()["error"]["message"] == "Tên đăng nhập hoặc mật khẩu không đúng."


def _login_from(
    gateway: RunningGateway, source: str, username: str, password: str = DEMO_PASSWORD
) -> tuple[int, Message, dict[str, Any]]:
    """A log-in from another client address: loopback is all of 127.0.0.0/8 on Linux."""
    connection = http.client.HTTPConnection(
        gateway.host, gateway.port, timeout=30, source_address=(source, 0)
    )
    try:
        connection.request(
            "POST",
            "/v1/auth/login",
            body=json.dumps({"username": username, "password": password}),
            headers={"Content-Type": "application/json"},
        )
        response = connection.getresponse()
        return response.status, response.headers, json.loads(response.read())
    finally:
        connection.close()


def test_five_wrong_passwords_slow_that_client_down_not_the_officer(
    gateway: RunningGateway, gateway_clock: ManualClock
) -> None:
    for _ in range(5):
        assert _login(gateway, OFFICER, "sai-mat-khau").status_code == 401
    slowed = _login(gateway, OFFICER)  # this client waits, even with the right password
    assert slowed.status_code == 429
    assert slowed.json()["error"]["code"] == "too_many_attempts"
    assert int(slowed.headers["Retry-After"]) == 60
    assert _login(gateway, SUPERVISOR).status_code == 200  # other officers are not affected
    # the officer at a counter that has not failed gets in at once: no lock-out by strangers
    status, _headers, _body = _login_from(gateway, "127.0.0.2", OFFICER)
    assert status == 200
    gateway_clock.advance(60)
    assert _login(gateway, OFFICER).status_code == 200


def test_the_wait_doubles_with_every_further_failure(
    gateway: RunningGateway, gateway_clock: ManualClock
) -> None:
    for _ in range(5):
        assert _login(gateway, OFFICER, "sai").status_code == 401
    waits = []
    for _ in range(3):
        refused = _login(gateway, OFFICER, "sai")
        assert refused.status_code == 429
        wait = int(refused.headers["Retry-After"])
        waits.append(wait)
        gateway_clock.advance(wait)
        assert _login(gateway, OFFICER, "sai").status_code == 401  # judged after the wait
    assert waits == [60, 120, 240]


def test_parallel_wrong_passwords_are_not_all_judged(gateway: RunningGateway) -> None:
    attempts = ["sai-mat-khau"] * 19 + [DEMO_PASSWORD]
    with ThreadPoolExecutor(max_workers=len(attempts)) as pool:
        codes = list(pool.map(lambda p: _login(gateway, OFFICER, p).status_code, attempts))
    judged = [c for c in codes if c in (200, 401)]
    assert len(judged) <= 5, codes
    assert codes.count(429) >= len(attempts) - 5


def test_an_attack_from_many_addresses_stops_guesses_not_the_officer(
    make_gateway: Callable[..., RunningGateway],
) -> None:
    gateway = make_gateway(login_user_alarm_failures=6)
    for n in range(2, 8):  # six addresses, one wrong guess each: the username is under attack
        status, _h, _b = _login_from(gateway, f"127.0.0.{n}", OFFICER, "doan-mo")
        assert status == 401
    status, headers, body = _login_from(gateway, "127.0.0.2", OFFICER, "doan-lan-hai")
    assert status == 429 and body["error"]["code"] == "too_many_attempts"
    assert int(headers["Retry-After"]) == 60
    status, _h, _b = _login_from(gateway, "127.0.0.20", OFFICER)  # a counter that never failed
    assert status == 200


def test_under_attack_a_mistyping_officer_waits_the_base_delay_not_the_lockout(
    make_gateway: Callable[..., RunningGateway], gateway_clock: ManualClock
) -> None:
    """Refused only until the base delay after its own last failure, then judged (it used to
    be refused, unrecorded, until the 15-minute window ran out)."""
    gateway = make_gateway(login_user_alarm_failures=6)
    for n in range(2, 8):
        assert _login_from(gateway, f"127.0.0.{n}", OFFICER, "doan-mo")[0] == 401
    assert _login_from(gateway, "127.0.0.2", OFFICER)[0] == 429
    gateway_clock.advance(61)
    assert _login_from(gateway, "127.0.0.2", OFFICER)[0] == 200


def test_access_token_expires_after_its_lifetime(
    gateway: RunningGateway, gateway_clock: ManualClock
) -> None:
    client = GatewayClient(gateway.url)
    client.login(OFFICER)
    assert client.get("/v1/units").status_code == 200
    gateway_clock.advance(15 * 60)
    expired = client.get("/v1/units")
    assert expired.status_code == 401
    assert expired.json()["error"]["code"] == "access_token_expired"
    assert expired.headers["WWW-Authenticate"] == "Bearer"


def test_refresh_rotates_and_a_reused_refresh_token_ends_the_session(
    gateway: RunningGateway,
) -> None:
    client = GatewayClient(gateway.url)
    first = client.login(OFFICER)
    rotated = client.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert rotated.status_code == 200
    second = rotated.json()
    assert second["refresh_token"] != first["refresh_token"]
    # the old access token went with the rotation; the new one works
    old = client.get("/v1/units", headers={"Authorization": f"Bearer {first['access_token']}"})
    assert old.status_code == 401
    new = client.get("/v1/units", headers={"Authorization": f"Bearer {second['access_token']}"})
    assert new.status_code == 200
    # the old refresh token is void, and presenting it again revokes the whole session
    reused = client.post("/v1/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert reused.status_code == 401
    assert reused.json()["error"]["code"] == "invalid_refresh_token"
    after = client.get("/v1/units", headers={"Authorization": f"Bearer {second['access_token']}"})
    assert after.status_code == 401
    refreshed = client.post("/v1/auth/refresh", json={"refresh_token": second["refresh_token"]})
    assert refreshed.status_code == 401


def test_refresh_token_expires(gateway: RunningGateway, gateway_clock: ManualClock) -> None:
    client = GatewayClient(gateway.url)
    tokens = client.login(OFFICER)
    gateway_clock.advance(12 * 3600)
    response = client.post("/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert response.status_code == 401


def test_logout_revokes_both_tokens(gateway: RunningGateway) -> None:
    client = GatewayClient(gateway.url)
    tokens = client.login(OFFICER)
    response = client.post("/v1/auth/logout")
    assert response.status_code == 204
    assert response.content == b""
    assert client.get("/v1/units").json()["error"]["code"] == "invalid_token"
    again = client.post("/v1/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert again.status_code == 401


def test_calls_without_or_with_a_bad_token_are_refused(gateway: RunningGateway) -> None:
    client = GatewayClient(gateway.url)
    missing = client.get("/v1/units")
    assert missing.status_code == 401
    assert missing.json()["error"]["code"] == "unauthenticated"
    bad = client.get("/v1/units", headers={"Authorization": "Bearer not-a-token"})
    assert bad.json()["error"]["code"] == "invalid_token"
    basic = client.get("/v1/units", headers={"Authorization": "Basic Y2FuYm86eA=="})
    assert basic.json()["error"]["code"] == "unauthenticated"


def test_units_tell_the_two_causes_of_problem_1_apart(gateway: RunningGateway) -> None:
    client = GatewayClient(gateway.url)
    client.login(NO_UNIT_OFFICER)
    assert client.get("/v1/units").json() == {"units": [], "diagnosis": "no_unit_assigned"}
    client.login(WRONG_NAME_OFFICER)
    body = client.get("/v1/units").json()
    assert body["diagnosis"] == "no_eligible_unit"
    assert [(u["id"], u["eligible"], u["reason"]) for u in body["units"]] == [
        ("HY-NGHIATRU", False, "name_rule")
    ]
    client.login(OFFICER)
    assert client.get("/v1/units").json()["diagnosis"] is None


def test_supervisor_role_and_units(gateway: RunningGateway) -> None:
    body = _login(gateway, SUPERVISOR).json()
    assert body["officer"]["roles"] == ["supervisor"]
    assert len(body["officer"]["units"]) == 3
    # an upper-case unit name passes the rule too
    by_id = {u["id"]: u for u in body["officer"]["units"]}
    assert by_id["HY-VANGIANG"]["name"].isupper()
    assert by_id["HY-VANGIANG"]["eligible"] is True


def test_logins_and_failures_are_audited(gateway: RunningGateway) -> None:
    _login(gateway, OFFICER)
    _login(gateway, OFFICER, "sai")
    with gateway.gateway.db.read() as s:
        events = [(e.action, e.outcome) for e in s.scalars(select(AuditEvent))]
    assert ("auth.login", "ok") in events
    assert ("auth.login", "invalid_credentials") in events


def test_the_hash_cost_is_a_setting_applied_at_the_next_log_in(
    make_gateway: Callable[..., RunningGateway],
) -> None:
    from kiosk.sandbox.models import Officer
    from kiosk.sandbox.security import hash_cost

    gateway = make_gateway(password_scrypt_p=1)

    def stored() -> tuple[int, int] | None:
        with gateway.gateway.db.read() as s:
            officer = s.scalar(select(Officer).where(Officer.username == OFFICER))
            assert officer is not None
            return hash_cost(officer.password_hash)

    assert stored() == (2**14, 5)  # as seeded
    assert _login(gateway, OFFICER).status_code == 200
    assert stored() == (2**14, 1)
    assert _login(gateway, OFFICER).status_code == 200  # the new hash verifies
    assert _login(gateway, OFFICER, "sai").status_code == 401
