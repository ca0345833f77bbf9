"""A busy day at the training gateway: hundreds of accounts from several officers and units.

Creating hundreds of accounts through the API costs three requests each (OTP, outbox, create);
the bulk is therefore inserted through the gateway's own database layer (it is our test
gateway), while `create_through_api` makes a few the real way, request form included, so both
paths end up in the same lists. Everything is deterministic: names, numbers and times follow
the account's index.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from kiosk.domain.units import fold
from kiosk.portal.client import GatewayClient
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.models import Attachment, CitizenAccount, Officer, OfficerUnit
from kiosk.sandbox.seed import demo_scan_pdf
from tests.helpers.gateway import sample_pdf

DAY = date(2026, 3, 5)  # the ManualClock's day (02:00 UTC = 09:00 in Vietnam)
PREVIOUS_DAY = date(2026, 3, 4)
VIETNAM = timedelta(hours=7)
EXTRA_OFFICER = "canbo3.test"
EXTRA_OFFICER_NAME = "Hoàng Minh Đức"

SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
MIDDLES = ("Văn", "Thị", "Minh", "Thu", "Đức", "Ngọc", "Quang")
GIVENS = ("An", "Bình", "Cường", "Dũng", "Hà", "Hạnh", "Hương", "Khánh", "Linh", "Nam", "Phúc")
GIVENS += ("Quyên", "Sơn", "Tâm", "Trang", "Tuấn", "Vy", "Yến", "Đạt")

# (officer username, unit id): who works where on the generated day
DESKS = (
    ("canbo.demo", "HY-TTPVHCC"),
    ("canbo.demo", "HY-PHOHIEN"),
    ("canbo2.demo", "HY-VANGIANG"),
    (EXTRA_OFFICER, "HY-PHOHIEN"),
)


@dataclass(frozen=True, repr=False)
class Made:
    account_id: str
    officer: str
    unit_id: str
    full_name: str
    id_number: str
    phone: str  # E.164
    created_at: datetime


def name_of(n: int) -> str:
    return (
        f"{SURNAMES[n % len(SURNAMES)]} {MIDDLES[(n // 3) % len(MIDDLES)]} "
        f"{GIVENS[(n // 7) % len(GIVENS)]}"
    )


def id_number_of(n: int) -> str:
    # 033 Hưng Yên, born in the 1990s; distinct from tests/helpers/gateway.id_number.
    return f"0330{90 + n % 10:02d}5{n:05d}"


def phone_of(n: int) -> str:
    return f"+8498{n:07d}"


def local_moment(day: date, minutes_after_7_30: int) -> datetime:
    start = datetime.combine(day, time(7, 30), tzinfo=UTC) - VIETNAM
    return start + timedelta(minutes=minutes_after_7_30)


def add_extra_officer(gateway: RunningGateway) -> int:
    """A second officer at Phố Hiến (same published demo password as the others)."""
    with gateway.gateway.db.write() as session:
        existing = session.scalar(select(Officer).where(Officer.username == EXTRA_OFFICER))
        if existing is not None:
            return existing.id
        template = session.scalar(select(Officer).where(Officer.username == fold("canbo.demo")))
        assert template is not None
        officer = Officer(
            username=EXTRA_OFFICER,
            full_name=EXTRA_OFFICER_NAME,
            password_hash=template.password_hash,
            roles="officer",
            created_at=template.created_at,
        )
        session.add(officer)
        session.flush()
        session.add(OfficerUnit(officer_id=officer.id, unit_id="HY-PHOHIEN"))
        return officer.id


def insert_accounts(
    gateway: RunningGateway, count: int, *, day: date = DAY, first: int = 0
) -> list[Made]:
    """`count` accounts created on `day`, spread over the desks and the working hours."""
    add_extra_officer(gateway)
    pdf = demo_scan_pdf()
    digest = hashlib.sha256(pdf).hexdigest()
    made: list[Made] = []
    with gateway.gateway.db.write() as session:
        ids = {
            o.username: o.id
            for o in session.scalars(select(Officer).where(Officer.roles.contains("officer")))
        }
        for n in range(first, first + count):
            officer, unit = DESKS[n % len(DESKS)]
            account = CitizenAccount(
                id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"kiosk-test-account-{n}")),
                id_number=id_number_of(n),
                old_id_number=None,
                full_name=name_of(n),
                date_of_birth=date(1990 + n % 10, 1 + n % 12, 1 + n % 28),
                sex="Nữ" if n % 2 else "Nam",
                phone=phone_of(n),
                email=None,
                address="Hưng Yên",
                level=2,
                source="officer",
                unit_id=unit,
                created_by_id=ids[officer],
                created_at=local_moment(day, (n * 7) % 540),
                counter=f"Quầy {1 + n % 4}",
                client_address=f"10.0.0.{1 + n % 4}",
            )
            session.add(account)
            session.flush()
            session.add(
                Attachment(
                    account_id=account.id,
                    filename="cccd.pdf",
                    content_type="application/pdf",
                    size=len(pdf),
                    sha256=digest,
                    content=pdf,
                )
            )
            made.append(
                Made(
                    account.id,
                    officer,
                    unit,
                    account.full_name,
                    account.id_number,
                    account.phone,
                    account.created_at,
                )
            )
    return made


def latest_otp(client: GatewayClient, phone: str) -> str:
    texts = [m.text for m in client.training_sms(phone=phone) if m.kind == "otp"]
    assert texts, "no OTP in the training outbox"
    found = re.search(r"\b(\d{6})\b", texts[-1])
    assert found, "no code in the OTP message"
    return found.group(1)


def create_through_api(
    gateway: RunningGateway, username: str, unit_id: str, n: int, *, with_form: bool = True
) -> Made:
    """One account made as a counter makes it: log-in, OTP, outbox, create, request form."""
    with GatewayClient(gateway.url) as client:
        client.login(username, "Demo@2026")
        phone = f"+8491{n:07d}"
        id_number = f"0330{80 + n % 10:02d}7{n:05d}"
        sent = client.send_otp(phone, id_number)
        created = client.create_account(
            {
                "id_number": id_number,
                "full_name": name_of(n),
                "date_of_birth": "1988-08-08",
                "sex": "Nam",
                "phone": phone,
                "unit_id": unit_id,
                "otp_id": sent.otp_id,
                "otp_code": latest_otp(client, phone),
                "counter": "Quầy API",
            },
            sample_pdf(f"scan {n}"),
            str(uuid.uuid4()),
        )
        if with_form:
            client.upload_request_form(created.account_id, sample_pdf(f"form {n}", pages=1))
        return Made(
            created.account_id,
            username,
            unit_id,
            name_of(n),
            id_number,
            phone,
            created.created_at,
        )
