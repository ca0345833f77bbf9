"""Health, training vs production mode, the error shape of every 4xx, and privacy of logs."""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
import requests

from kiosk.sandbox import RunningGateway, serve_in_thread
from tests.helpers.gateway import (
    PROVINCE_PASSWORD,
    GatewayClient,
    ManualClock,
    add_province_officer,
    citizen_data,
    phone_number,
)


def _is_error_shape(response: requests.Response) -> bool:
    body = response.json()
    error = body.get("error", {})
    return (
        set(body) == {"error"}
        and set(error) == {"code", "message", "details"}
        and isinstance(error["message"], str)
        and bool(error["message"])
    )


def test_health_tells_mode_version_and_time(
    make_gateway: Callable[..., RunningGateway], gateway_clock: ManualClock
) -> None:
    training = make_gateway()
    body = requests.get(training.url + "/v1/health", timeout=10).json()
    assert body["status"] == "ok" and body["mode"] == "training" and body["contract"] == "v1"
    assert datetime.fromisoformat(body["time"]) == gateway_clock()
    # probes add cache-busting parameters; health ignores them (other routes refuse them)
    assert requests.get(training.url + "/v1/health?_=123", timeout=10).status_code == 200
    production = make_gateway(production=True)
    assert requests.get(production.url + "/v1/health", timeout=10).json()["mode"] == "production"


def test_outbox_filters_by_phone_and_time(
    client: GatewayClient, gateway_clock: ManualClock
) -> None:
    client.send_otp(phone_number(1), citizen_data(1)["id_number"])
    gateway_clock.advance(10)
    mark = gateway_clock().isoformat()
    gateway_clock.advance(10)
    client.send_otp(phone_number(2), citizen_data(2)["id_number"])
    assert [m["to"] for m in client.sms()] == ["+84912300001", "+84912300002"]
    assert [m["to"] for m in client.sms(phone_number(1))] == ["+84912300001"]
    later = client.get("/v1/training/sms", params={"since": mark}).json()["messages"]
    assert [m["to"] for m in later] == ["+84912300002"]
    naive = client.get("/v1/training/sms", params={"since": mark[:19]}).json()["messages"]
    assert naive == later  # a moment without zone is UTC
    bad = client.get("/v1/training/sms", params={"since": "yesterday"})
    assert bad.status_code == 422
    landline = client.get("/v1/training/sms", params={"phone": "02213829883"})
    assert landline.json()["error"]["code"] == "not_a_mobile_number"


def test_production_mode_has_no_outbox_and_hands_sms_to_the_sender(
    make_gateway: Callable[..., RunningGateway],
) -> None:
    delivered: list[tuple[str, str, str]] = []
    running = make_gateway(
        production=True, sms_sender=lambda to, text, kind: delivered.append((to, text, kind))
    )
    client = GatewayClient(running.url)
    client.login(add_province_officer(running), PROVINCE_PASSWORD)
    assert client.send_otp(phone_number(3), citizen_data(3)["id_number"]).status_code == 201
    outbox = client.get("/v1/training/sms")
    assert outbox.status_code == 404
    assert outbox.json()["error"]["code"] == "training_only"
    assert [(to, kind) for to, _, kind in delivered] == [("+84912300003", "otp")]
    with running.gateway.db.read() as s:
        from sqlalchemy import func, select

        from kiosk.sandbox.models import SmsMessage

        assert s.scalar(select(func.count()).select_from(SmsMessage)) == 0


def test_unknown_paths_methods_and_bodies_get_the_error_shape(client: GatewayClient) -> None:
    not_found = client.get("/v1/nothing-here")
    assert not_found.status_code == 404 and _is_error_shape(not_found)
    assert not_found.json()["error"]["code"] == "not_found"
    wrong_method = client.http.delete(client.url("/v1/citizen-accounts"))
    assert wrong_method.status_code == 405 and _is_error_shape(wrong_method)
    assert wrong_method.headers["Allow"] == "GET, POST"
    malformed = client.post(
        "/v1/otp", data=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert malformed.status_code == 400 and _is_error_shape(malformed)
    wrong_type = client.post("/v1/otp", json=["phone"])
    assert wrong_type.status_code == 422 and _is_error_shape(wrong_type)
    missing = client.post("/v1/otp", json={})
    fields = {f["field"] for f in missing.json()["error"]["details"]["fields"]}
    assert fields == {"phone", "purpose", "id_number"}
    assert "chưa nhập" in missing.json()["error"]["message"]
    bad_purpose = client.post(
        "/v1/otp",
        json={
            "phone": phone_number(4),
            "purpose": "login",
            "id_number": citizen_data(4)["id_number"],
        },
    )
    assert bad_purpose.status_code == 422
    huge_page = client.get("/v1/citizen-accounts", params={"page_size": 1000})
    assert huge_page.status_code == 422 and _is_error_shape(huge_page)


def test_oversized_bodies_are_refused_with_the_error_shape(client: GatewayClient) -> None:
    declared = client.post(
        "/v1/auth/login",
        data=b"x" * (7 * 1024 * 1024),
        headers={"Content-Type": "application/json"},
    )
    assert declared.status_code == 413 and _is_error_shape(declared)

    def chunks() -> Iterator[bytes]:  # no Content-Length: the bytes are counted while read
        for _ in range(70):
            yield b"x" * 100_000

    streamed = client.post(
        "/v1/citizen-accounts/lookup", data=chunks(), headers={"Content-Type": "application/json"}
    )
    assert streamed.status_code == 413 and _is_error_shape(streamed)
    assert streamed.json()["error"]["code"] == "payload_too_large"


def test_huge_declared_body_is_cut_without_reading(gateway: RunningGateway) -> None:
    with socket.create_connection((gateway.host, gateway.port), timeout=10) as sock:
        sock.sendall(
            b"POST /v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
            b"\r\nContent-Length: 1000000000\r\n\r\n"
        )
        received = b""
        while chunk := sock.recv(4096):  # the gateway closes after answering
            received += chunk
        answer = received.decode("latin-1")
    assert answer.startswith("HTTP/1.1 413")
    assert '"payload_too_large"' in answer


def test_the_gateway_logs_no_personal_data(
    client: GatewayClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    data = client.otp_for(citizen_data(5))
    client.create(data)
    client.create(data)
    client.create({**data, "otp_code": "000000"}, b"not a pdf")
    client.post("/v1/citizen-accounts/lookup", json={"id_number": data["id_number"]})
    # what the gateway's side logs (its own loggers, uvicorn's, SQLAlchemy's), not the client's
    logged = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("urllib3"))
    assert any(r.name.startswith("urllib3") for r in caplog.records)  # capture was live
    for secret in (
        data["id_number"],
        data["phone"],
        data["phone"][1:],
        data["otp_code"],
        "Nguyễn Văn An",
        client.tokens["access_token"],
    ):
        assert secret not in logged


def test_a_database_file_keeps_its_data_across_restarts(tmp_path: Path) -> None:
    db = tmp_path / "training.sqlite3"
    with serve_in_thread(db_path=db) as first:
        client = GatewayClient(first.url)
        client.login()
        created = client.create(client.otp_for(citizen_data(6)))
        assert created.status_code == 201
        client.close()
    with serve_in_thread(db_path=db) as second:
        client = GatewayClient(second.url)
        client.login()  # the demo officers were not seeded twice
        page = client.get("/v1/citizen-accounts").json()
        assert created.json()["account_id"] in [i["account_id"] for i in page["items"]]
        units = client.get("/v1/units").json()["units"]
        assert len(units) == 2
        client.close()
    assert db.is_file()
