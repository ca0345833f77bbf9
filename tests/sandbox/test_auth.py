"""Officer log-in over HTTP: tokens, expiry, refresh rotation, log-out, throttle, units."""

from __future__ import annotations

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


def test_five_wrong_passwords_lock_the_username_for_a_while(
    gateway: RunningGateway, gateway_clock: ManualClock
) -> None:
    for _ in range(5):
        assert _login(gateway, OFFICER, "sai-mat-khau").status_code == 401
    locked = _login(gateway, OFFICER)  # even the right password waits
    assert locked.status_code == 429
    assert locked.json()["error"]["code"] == "too_many_attempts"
    assert 1 <= int(locked.headers["Retry-After"]) <= 15 * 60 + 1
    assert _login(gateway, SUPERVISOR).status_code == 200  # other officers are not affected
    gateway_clock.advance(15 * 60 + 1)
    assert _login(gateway, OFFICER).status_code == 200


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
