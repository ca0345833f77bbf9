"""What a black-box probe found: every bad input a 422 in the documented envelope on both
stores, safe headers, active PDFs refused, OTPs bound to their officer, private files."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest
import requests
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from kiosk.sandbox import RunningGateway, SandboxSettings, serve_in_thread
from tests.helpers.gateway import (
    NO_UNIT_OFFICER,
    OFFICER_2,
    WRONG_NAME_OFFICER,
    GatewayClient,
    citizen_data,
    phone_number,
    sample_pdf,
)


def _is_422_envelope(response: requests.Response) -> bool:
    body = response.json()
    return (
        response.status_code == 422
        and set(body) == {"error"}
        and set(body["error"]) == {"code", "message", "details"}
    )


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "0000-01-01"])
def test_days_outside_the_calendar_are_refused_not_a_crash(
    client: GatewayClient, supervisor: GatewayClient, day: str
) -> None:
    assert _is_422_envelope(client.get("/v1/citizen-accounts", params={"date": day}))
    assert _is_422_envelope(supervisor.get("/v1/citizen-accounts/totals", params={"date": day}))
    search = supervisor.post("/v1/citizen-accounts/search", json={"date": day})
    assert _is_422_envelope(search), search.text
    # the connection still serves the next request
    assert client.get("/v1/units").status_code == 200


@pytest.mark.parametrize("value", [0, "0", 631152000, "1990-05-17T00:00:00", "1990-05-17 00:00"])
def test_date_of_birth_is_a_calendar_date_and_nothing_else(
    client: GatewayClient, value: object
) -> None:
    data = client.otp_for(citizen_data(40))
    refused = client.create({**data, "date_of_birth": value})
    assert _is_422_envelope(refused), refused.text
    assert refused.json()["error"]["details"]["fields"][0]["field"] == "date_of_birth"


@pytest.mark.parametrize("field", ["counter", "email", "unit_id", "otp_id", "address"])
def test_nul_bytes_in_the_create_form_are_refused(client: GatewayClient, field: str) -> None:
    data = client.otp_for(citizen_data(41))
    value = {"email": "a\x00@b.vn"}.get(field, "x\x00y")
    refused = client.create({**data, field: value})
    assert _is_422_envelope(refused), refused.text


def test_nul_bytes_elsewhere_are_refused(
    client: GatewayClient, supervisor: GatewayClient, gateway: RunningGateway
) -> None:
    login = GatewayClient(gateway.url).post(
        "/v1/auth/login", json={"username": "canbo\x00demo", "password": "x"}
    )
    assert _is_422_envelope(login), login.text
    data = client.otp_for(citizen_data(42))
    account_id = client.create(data).json()["account_id"]
    review = supervisor.post(
        f"/v1/citizen-accounts/{account_id}/review", json={"status": "checked", "note": "a\x00"}
    )
    assert _is_422_envelope(review), review.text
    listing = client.get("/v1/citizen-accounts", params={"unit_id": "HY\x00"})
    assert _is_422_envelope(listing), listing.text


def test_headers_say_no_store_and_nosniff(client: GatewayClient, gateway: RunningGateway) -> None:
    tokens = GatewayClient(gateway.url).post(
        "/v1/auth/login", json={"username": "canbo.demo", "password": "Demo@2026"}
    )
    listing = client.get("/v1/citizen-accounts")
    refusal = client.get("/v1/nothing-here")
    health = requests.get(gateway.url + "/v1/health", timeout=10)
    for response in (tokens, listing, refusal):
        assert response.headers["Cache-Control"] == "no-store"
    for response in (tokens, listing, refusal, health):
        assert response.headers["X-Content-Type-Options"] == "nosniff"


def _active_pdf(kind: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(sample_pdf()))
    if kind == "javascript":
        script = DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject("app.alert('x');"),
            }
        )
        tree = DictionaryObject(
            {NameObject("/Names"): ArrayObject([TextStringObject("a"), writer._add_object(script)])}
        )
        writer._root_object[NameObject("/Names")] = DictionaryObject(
            {NameObject("/JavaScript"): writer._add_object(tree)}
        )
    elif kind == "openaction":
        action = DictionaryObject(
            {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("1")}
        )
        writer._root_object[NameObject("/OpenAction")] = action
    elif kind == "launch":
        action = DictionaryObject(
            {NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("a.exe")}
        )
        writer._root_object[NameObject("/OpenAction")] = action
    elif kind == "embedded":
        writer.add_attachment("note.txt", b"hello")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("kind", ["javascript", "openaction", "launch", "embedded", "html"])
def test_pdfs_with_active_content_are_refused(client: GatewayClient, kind: str) -> None:
    pdf = (
        b"<html><script>alert(1)</script></html>\n" + sample_pdf()
        if kind == "html"
        else (_active_pdf(kind))
    )
    data = client.otp_for(citizen_data(43))
    refused = client.create(data, pdf=pdf)
    assert refused.status_code == 422, refused.text
    assert refused.json()["error"]["code"] == "unsafe_pdf"
    assert client.create(data).status_code == 201  # the same case with a clean scan


def test_an_otp_is_consumed_only_by_the_officer_who_sent_it(
    client: GatewayClient, gateway: RunningGateway
) -> None:
    data = client.otp_for(citizen_data(44, unit_id="HY-VANGIANG"))
    other = GatewayClient(gateway.url)
    other.login(OFFICER_2)
    stolen = other.create(data)
    assert stolen.status_code == 422 and stolen.json()["error"]["code"] == "otp_not_found"
    assert client.create({**data, "unit_id": "HY-TTPVHCC"}).status_code == 201


@pytest.mark.parametrize("username", [NO_UNIT_OFFICER, WRONG_NAME_OFFICER])
def test_only_officers_with_an_eligible_unit_send_otp(
    gateway: RunningGateway, username: str
) -> None:
    officer = GatewayClient(gateway.url)
    officer.login(username)
    refused = officer.send_otp(phone_number(45), citizen_data(45)["id_number"])
    assert refused.status_code == 403, refused.text
    assert refused.json()["error"]["code"] == "unit_not_allowed"
    assert refused.json()["error"]["details"]["reason"] == "no_eligible_unit"
    assert officer.sms(phone_number(45)) == []


def test_the_sqlite_file_is_private(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        folder = tmp_path / "gw"
        with serve_in_thread(folder / "gw.sqlite3", settings=SandboxSettings()) as running:
            GatewayClient(running.url).login()
            files = sorted(p.name for p in folder.iterdir())
            assert files == ["gw.sqlite3", "gw.sqlite3-shm", "gw.sqlite3-wal"]
            for path in folder.iterdir():
                assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    finally:
        os.umask(old)


def test_what_the_caller_may_not_see_answers_like_what_does_not_exist(
    client: GatewayClient, gateway: RunningGateway
) -> None:
    theirs = client.create(client.otp_for(citizen_data(46))).json()["account_id"]
    unknown = "00000000-0000-4000-8000-00000000beef"
    other = GatewayClient(gateway.url)
    other.login(OFFICER_2)
    boss = GatewayClient(gateway.url)
    boss.login("giamsat.demo")
    with gateway.gateway.db.read() as s:
        from sqlalchemy import select

        from kiosk.sandbox.models import CitizenAccount

        online = s.scalar(select(CitizenAccount.id).where(CitizenAccount.unit_id.is_(None)))
    probes = [
        (other, "GET", "/v1/citizen-accounts/{}", theirs),
        (other, "GET", "/v1/citizen-accounts/{}/request-form", theirs),
        (boss, "GET", "/v1/citizen-accounts/{}/attachment", online),
        (boss, "POST", "/v1/citizen-accounts/{}/reveal", online),
    ]
    for who, method, path, hidden in probes:
        kwargs = {"json": {"reason": "review"}} if method == "POST" else {}
        seen = who.http.request(method, who.url(path.format(hidden)), timeout=30, **kwargs)
        absent = who.http.request(method, who.url(path.format(unknown)), timeout=30, **kwargs)
        assert (seen.status_code, seen.json()) == (absent.status_code, absent.json()), path
        assert seen.status_code == 404
