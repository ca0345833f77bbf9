"""The training gateway over real HTTP on loopback, for every suite that needs a gateway.

Use the fixtures by importing them in a conftest.py:

    from tests.helpers.gateway import gateway, gateway_clock, make_gateway  # noqa: F401

`gateway` is a RunningGateway (`.url`, `.stop()`, `.gateway.db`) on a fresh temporary database
with the demo data, driven by a ManualClock (`gateway_clock`) so tests move time instead of
sleeping. `GatewayClient` speaks the contract with requests, as the kiosk does.
"""

from __future__ import annotations

import io
import re
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kiosk.sandbox import RunningGateway, SandboxSettings, officers, serve_in_thread
from kiosk.sandbox.seed import DEMO_PASSWORD, ensure_demo_data

OFFICER = "canbo.demo"
OFFICER_2 = "canbo2.demo"
SUPERVISOR = "giamsat.demo"
NO_UNIT_OFFICER = "canbo.chuagan"
WRONG_NAME_OFFICER = "canbo.saiten"
PROVINCE_UNIT = "HY-TTPVHCC"
COMMUNE_UNIT = "HY-PHOHIEN"
OTHER_COMMUNE_UNIT = "HY-VANGIANG"
WRONG_NAME_UNIT = "HY-NGHIATRU"
SEEDED_ID_NUMBER = "033090001234"
SEEDED_OLD_ID_NUMBER = "145123456"


class ManualClock:
    """A clock that moves only when told: 5-minute expiries without 5-minute tests."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 3, 5, 2, 0, tzinfo=UTC)
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self._now += timedelta(seconds=seconds)


def sample_pdf(text: str = "CCCD front and back", pages: int = 1) -> bytes:
    """A small real PDF, like the kiosk's scan of a card."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    for page in range(pages):
        pdf.drawString(72, 760, f"{text} - page {page + 1}")
        pdf.rect(72, 560, 243, 153)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def padded_pdf(size: int) -> bytes:
    """A real, readable one-page PDF of about `size` bytes (the bulk is a metadata string)."""
    base = sample_pdf()
    writer = PdfWriter(clone_from=io.BytesIO(base))
    writer.add_metadata({"/Padding": ""})
    probe = io.BytesIO()
    writer.write(probe)
    writer.add_metadata({"/Padding": "x" * max(0, size - len(probe.getvalue()))})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def phone_number(n: int) -> str:
    """A distinct, valid Vietnamese mobile number (Vinaphone 091x) per n, in local form."""
    return f"09123{n:05d}"


def id_number(n: int) -> str:
    """A distinct 12-digit ID number per n: Hưng Yên (033), male born in the 1990s."""
    return f"0330{90 + n % 10:02d}{n:06d}"[:12]


def citizen_data(n: int, **overrides: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id_number": id_number(n),
        "full_name": "Nguyễn Văn An",
        "date_of_birth": "1990-05-17",
        "sex": "Nam",
        "phone": phone_number(n),
        "email": None,
        "address": "Phường Phố Hiến, Hưng Yên",
        "unit_id": PROVINCE_UNIT,
    }
    data.update(overrides)
    return data


class GatewayClient:
    """The contract spoken with requests, one officer per client."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = requests.Session()
        self.tokens: dict[str, Any] = {}

    def close(self) -> None:
        self.http.close()

    def url(self, path: str) -> str:
        return self.base_url + path

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.http.get(self.url(path), timeout=30, **kwargs)

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        return self.http.post(self.url(path), timeout=30, **kwargs)

    def login(self, username: str = OFFICER, password: str = DEMO_PASSWORD) -> dict[str, Any]:
        response = self.post("/v1/auth/login", json={"username": username, "password": password})
        assert response.status_code == 200, response.text
        self.tokens = response.json()
        self.http.headers["Authorization"] = f"Bearer {self.tokens['access_token']}"
        return self.tokens

    def send_otp(self, phone: str, id_no: str) -> requests.Response:
        return self.post(
            "/v1/otp", json={"phone": phone, "purpose": "create_account", "id_number": id_no}
        )

    def sms(self, phone: str | None = None) -> list[dict[str, Any]]:
        params = {"phone": phone} if phone else {}
        response = self.get("/v1/training/sms", params=params)
        assert response.status_code == 200, response.text
        messages: list[dict[str, Any]] = response.json()["messages"]
        return messages

    def latest_otp(self, phone: str) -> str:
        """The newest code the simulated phone received, read as a trainee would."""
        texts = [m["text"] for m in self.sms(phone) if m["kind"] == "otp"]
        assert texts, "no OTP message in the outbox"
        found = re.search(r"\b(\d{6})\b", texts[-1])
        assert found
        return found.group(1)

    def otp_for(self, data: dict[str, Any]) -> dict[str, Any]:
        """Send an OTP for this citizen and return data completed with otp_id and otp_code."""
        sent = self.send_otp(data["phone"], data["id_number"])
        assert sent.status_code == 201, sent.text
        return {**data, "otp_id": sent.json()["otp_id"], "otp_code": self.latest_otp(data["phone"])}

    def create(
        self,
        data: dict[str, Any] | str,
        pdf: bytes | None = None,
        key: str | None = None,
        headers: dict[str, str] | None = None,
        filename: str = "cccd.pdf",
    ) -> requests.Response:
        body = data if isinstance(data, str) else _json(data)
        all_headers = {"Idempotency-Key": key or str(uuid.uuid4()), **(headers or {})}
        files = {
            "data": (None, body, "application/json"),
            "attachment": (filename, sample_pdf() if pdf is None else pdf, "application/pdf"),
        }
        return self.post("/v1/citizen-accounts", files=files, headers=all_headers)


def _json(data: dict[str, Any]) -> str:
    import json

    return json.dumps(data, ensure_ascii=False)


@pytest.fixture
def gateway_clock() -> ManualClock:
    return ManualClock()


STORES = ("sqlite", "postgresql")


def start_gateways(
    clock: ManualClock,
    new_database_url: Callable[[SandboxSettings], str] | None = None,
    *,
    demo_officers_in_production: bool = True,
) -> Iterator[Callable[..., RunningGateway]]:
    """The body of make_gateway; new_database_url(settings) gives each gateway a database of
    its own on a server (tests/sandbox runs every gateway test on PostgreSQL too).

    A production gateway never seeds demo data itself; for the suites that only need "a
    production gateway" to log in to, the demo units and officers are added after the start,
    as a province's IT adds its own (tests/sandbox checks the bare production gateway)."""
    started: list[RunningGateway] = []

    def start(**overrides: Any) -> RunningGateway:
        settings = replace(SandboxSettings(clock=clock), **overrides)
        if new_database_url is not None and "database_url" not in overrides:
            settings = replace(settings, database_url=new_database_url(settings))
        running = serve_in_thread(settings=settings)
        started.append(running)
        if settings.production and demo_officers_in_production:
            ensure_demo_data(running.gateway.db, settings.now())
        return running

    yield start
    for running in started:
        running.stop()


PROVINCE_PASSWORD = "Tinh@HungYen2026"


def add_province_officer(
    running: RunningGateway, username: str = "canbo.tinh", password: str = PROVINCE_PASSWORD
) -> str:
    """An officer of a production gateway, added as province IT does; the username."""
    db = running.gateway.db
    officers.import_units(
        db, [officers.UnitRow(COMMUNE_UNIT, "Bộ phận Một cửa UBND phường Phố Hiến", "commune")]
    )
    officers.add_officer(
        db,
        username=username,
        full_name="Nguyễn Văn Tỉnh",
        roles=["officer"],
        unit_ids=[COMMUNE_UNIT],
        password=password,
        now=running.settings.now(),
    )
    return username


@pytest.fixture
def make_gateway(gateway_clock: ManualClock) -> Iterator[Callable[..., RunningGateway]]:
    """Start gateways with setting overrides: make_gateway(production=True, ...)."""
    yield from start_gateways(gateway_clock)


@pytest.fixture
def gateway(make_gateway: Callable[..., RunningGateway]) -> RunningGateway:
    return make_gateway()


@pytest.fixture
def client(gateway: RunningGateway) -> Iterator[GatewayClient]:
    """A client logged in as the demo officer (canbo.demo)."""
    c = GatewayClient(gateway.url)
    c.login(OFFICER)
    yield c
    c.close()


@pytest.fixture
def supervisor(gateway: RunningGateway) -> Iterator[GatewayClient]:
    c = GatewayClient(gateway.url)
    c.login(SUPERVISOR)
    yield c
    c.close()
