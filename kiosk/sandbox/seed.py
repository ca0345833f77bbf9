"""Demo data of the training gateway: the province of Hưng Yên, its units, officers, citizens.

Fixed log-ins, printed by the README and docs/gateway.md, so a trainer can hand them out:
every demo officer's password is DEMO_PASSWORD. Two officers exist to train the seed's problem
(1), "cannot choose a unit": one assigned to no unit, one assigned only to a unit whose name
breaks the naming rule ("Bộ phận 1 cửa" with a digit, as people do write it).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import func, select

from kiosk.domain.units import fold
from kiosk.sandbox.db import Database
from kiosk.sandbox.models import Attachment, CitizenAccount, Officer, OfficerUnit, Unit
from kiosk.sandbox.security import hash_password

# Published on purpose: trainers hand it out; the demo data is fictional.
DEMO_PASSWORD = "Demo@2026"  # noqa: S105
PROVINCE = "Hưng Yên"


@dataclass(frozen=True)
class DemoUnit:
    id: str
    name: str
    level: str


@dataclass(frozen=True)
class DemoOfficer:
    username: str
    full_name: str
    roles: tuple[str, ...]
    unit_ids: tuple[str, ...]
    purpose: str


UNITS: tuple[DemoUnit, ...] = (
    DemoUnit(
        "HY-TTPVHCC",
        "Trung tâm Phục vụ hành chính công và Kiểm soát thủ tục hành chính tỉnh Hưng Yên",
        "province",
    ),
    DemoUnit("HY-PHOHIEN", "Bộ phận Một cửa UBND phường Phố Hiến", "commune"),
    # capitals with diacritics: the rule must still see "Bộ phận một cửa"
    DemoUnit("HY-VANGIANG", "BỘ PHẬN MỘT CỬA UBND XÃ VĂN GIANG", "commune"),
    # breaks the rule: "1" instead of "một"
    DemoUnit("HY-NGHIATRU", "Bộ phận 1 cửa UBND xã Nghĩa Trụ", "commune"),
)

OFFICERS: tuple[DemoOfficer, ...] = (
    DemoOfficer(
        "canbo.demo",
        "Nguyễn Thị Lan",
        ("officer",),
        ("HY-TTPVHCC", "HY-PHOHIEN"),
        "cán bộ một cửa, hai đơn vị",
    ),
    DemoOfficer(
        "canbo2.demo",
        "Trần Văn Minh",
        ("officer",),
        ("HY-VANGIANG",),
        "cán bộ một cửa xã Văn Giang",
    ),
    DemoOfficer(
        "giamsat.demo",
        "Phạm Thu Hà",
        ("supervisor",),
        ("HY-TTPVHCC", "HY-PHOHIEN", "HY-VANGIANG"),
        "giám sát viên",
    ),
    DemoOfficer(
        "canbo.chuagan",
        "Lê Văn Nam",
        ("officer",),
        (),
        "chưa được gán đơn vị: lỗi (1) nguyên nhân 1",
    ),
    DemoOfficer(
        "canbo.saiten",
        "Đỗ Thị Mai",
        ("officer",),
        ("HY-NGHIATRU",),
        "chỉ có đơn vị đặt tên sai: lỗi (1) nguyên nhân 2",
    ),
)


@dataclass(frozen=True)
class DemoCitizen:
    id_number: str
    old_id_number: str | None
    full_name: str
    date_of_birth: date
    sex: str
    phone: str
    creator: str | None  # None: registered online by the citizen
    unit_id: str | None
    days_ago: int


# Fictional people; 033 is Hưng Yên's province code in the ID number.
CITIZENS: tuple[DemoCitizen, ...] = (
    DemoCitizen(
        "033090001234",
        "145123456",
        "Trần Văn Bình",
        date(1990, 4, 12),
        "Nam",
        "+84912000101",
        "canbo.demo",
        "HY-TTPVHCC",
        3,
    ),
    DemoCitizen(
        "033185004321",
        None,
        "Lê Thị Hoa",
        date(1985, 9, 30),
        "Nữ",
        "+84983000202",
        "canbo2.demo",
        "HY-VANGIANG",
        1,
    ),
    DemoCitizen(
        "033201007777",
        None,
        "Phạm Minh Tuấn",
        date(2001, 1, 5),
        "Nam",
        "+84388000303",
        None,
        None,
        30,
    ),
)


@cache
def _demo_password_hash() -> str:
    # Hashed once per process: every demo officer shares one published password, so a salt per
    # officer would protect nothing, and seeding each test's gateway would cost seconds.
    return hash_password(DEMO_PASSWORD)


@cache
def demo_scan_pdf() -> bytes:
    """A small real PDF standing in for a scanned card, for the seeded accounts."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    pdf.setTitle("Training sample")
    pdf.setFont("Helvetica", 14)
    pdf.drawString(72, 760, "MAU DAO TAO - KHONG PHAI GIAY TO THAT")
    pdf.rect(72, 560, 243, 153)
    pdf.rect(330, 560, 243, 153)
    pdf.drawString(80, 540, "Mat truoc")
    pdf.drawString(338, 540, "Mat sau")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def has_demo_officers(db: Database) -> bool:
    names = [fold(o.username) for o in OFFICERS]
    with db.read() as session:
        return (
            session.scalar(select(func.count(Officer.id)).where(Officer.username.in_(names))) or 0
        ) > 0


def ensure_demo_data(db: Database, now: datetime) -> bool:
    """Insert the demo data into an empty database; True when it did."""
    with db.write() as session:
        if session.scalar(select(func.count(Unit.id))):
            return False
        session.add_all(Unit(id=u.id, name=u.name, level=u.level) for u in UNITS)
        ids: dict[str, int] = {}
        for o in OFFICERS:
            officer = Officer(
                username=fold(o.username),
                full_name=o.full_name,
                password_hash=_demo_password_hash(),
                roles=" ".join(o.roles),
                created_at=now,
            )
            session.add(officer)
            session.flush()
            ids[o.username] = officer.id
            session.add_all(OfficerUnit(officer_id=officer.id, unit_id=u) for u in o.unit_ids)
        pdf = demo_scan_pdf()
        for i, c in enumerate(CITIZENS):
            account_id = f"00000000-0000-4000-8000-{i + 1:012d}"
            session.add(
                CitizenAccount(
                    id=account_id,
                    id_number=c.id_number,
                    old_id_number=c.old_id_number,
                    full_name=c.full_name,
                    date_of_birth=c.date_of_birth,
                    sex=c.sex,
                    phone=c.phone,
                    email=None,
                    address=f"{PROVINCE}",
                    level=2,
                    source="officer" if c.creator else "self_registered",
                    unit_id=c.unit_id,
                    created_by_id=ids[c.creator] if c.creator else None,
                    created_at=now - timedelta(days=c.days_ago),
                    counter=None,
                    client_address=None,
                )
            )
            if c.creator:
                session.flush()
                session.add(
                    Attachment(
                        account_id=account_id,
                        filename=f"cccd-mau-{i + 1}.pdf",
                        content_type="application/pdf",
                        size=len(pdf),
                        sha256=hashlib.sha256(pdf).hexdigest(),
                        content=pdf,
                    )
                )
    return True
