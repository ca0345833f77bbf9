"""Officers, supervisors and units of a production gateway, managed by province IT.

The functions behind `kiosk sandbox officers add|disable|reset-password` and `kiosk sandbox
units import`. Passwords come in as arguments of these functions only; the command reads them
from a prompt or stdin, never from argv, and nothing here logs them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.domain.units import fold
from kiosk.sandbox.db import Database
from kiosk.sandbox.models import AuthToken, Officer, OfficerUnit, Unit
from kiosk.sandbox.passwords import meets_rule
from kiosk.sandbox.security import hash_password

ROLES = ("officer", "supervisor")
LEVELS = ("province", "commune")


class OfficerError(ValueError):
    """A refusal of the management commands; its text is for the IT operator's terminal."""


@dataclass(frozen=True)
class UnitRow:
    id: str
    name: str
    level: str


def check_password(password: str) -> None:
    if len(password) < 10 or not meets_rule(password):
        raise OfficerError(
            "password must have 10+ characters with lower and upper case, a digit and a symbol"
        )


def add_officer(
    db: Database,
    *,
    username: str,
    full_name: str,
    roles: Iterable[str],
    unit_ids: Iterable[str],
    password: str,
    now: datetime,
) -> int:
    key = fold(username.strip())
    roles = list(dict.fromkeys(roles))
    units = list(dict.fromkeys(unit_ids))
    if not key or len(key) > 64 or any(not c.isprintable() or c.isspace() for c in key):
        raise OfficerError("username: 1-64 printable characters without spaces")
    if not roles or any(r not in ROLES for r in roles):
        raise OfficerError(f"roles must be among {', '.join(ROLES)}")
    check_password(password)
    with db.write() as session:
        if session.scalar(select(Officer.id).where(Officer.username == key)) is not None:
            raise OfficerError(f"officer {key} exists already")
        known = set(session.scalars(select(Unit.id).where(Unit.id.in_(units))))
        missing = [u for u in units if u not in known]
        if missing:
            raise OfficerError(f"unknown units: {', '.join(missing)} (import them first)")
        officer = Officer(
            username=key,
            full_name=" ".join(full_name.split()),
            password_hash=hash_password(password),
            roles=" ".join(roles),
            created_at=now,
        )
        session.add(officer)
        session.flush()
        session.add_all(OfficerUnit(officer_id=officer.id, unit_id=u) for u in units)
        return officer.id


def _revoke_all(session: Session, officer_id: int, now: datetime) -> None:
    session.execute(
        update(AuthToken)
        .where(AuthToken.officer_id == officer_id, AuthToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def disable_officer(db: Database, username: str, now: datetime) -> None:
    """No more log-ins, and every session of the officer ends now."""
    with db.write() as session:
        officer = session.scalar(select(Officer).where(Officer.username == fold(username)))
        if officer is None:
            raise OfficerError(f"no officer {username}")
        officer.disabled_at = now
        _revoke_all(session, officer.id, now)


def reset_password(db: Database, username: str, password: str, now: datetime) -> None:
    check_password(password)
    with db.write() as session:
        officer = session.scalar(select(Officer).where(Officer.username == fold(username)))
        if officer is None:
            raise OfficerError(f"no officer {username}")
        officer.password_hash = hash_password(password)
        officer.disabled_at = None
        _revoke_all(session, officer.id, now)


def read_units_csv(text: str) -> list[UnitRow]:
    """Columns id,name,level (a header line); level is province or commune."""
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None or not {"id", "name", "level"} <= set(reader.fieldnames):
        raise OfficerError("the CSV needs a header line with id,name,level")
    rows = []
    for line, record in enumerate(reader, start=2):
        unit_id, name, level = (record[k].strip() for k in ("id", "name", "level"))
        if not unit_id or len(unit_id) > 40 or not name or len(name) > 300:
            raise OfficerError(f"line {line}: id 1-40 characters, name 1-300")
        if level not in LEVELS:
            raise OfficerError(f"line {line}: level must be province or commune")
        rows.append(UnitRow(unit_id, " ".join(name.split()), level))
    return rows


def import_units(db: Database, rows: Iterable[UnitRow]) -> tuple[int, int]:
    """Add new units and rename existing ones; (added, updated). Units are never deleted:
    accounts keep pointing at them."""
    added = updated = 0
    with db.write() as session:
        for row in rows:
            unit = session.get(Unit, row.id)
            if unit is None:
                session.add(Unit(id=row.id, name=row.name, level=row.level))
                added += 1
            elif (unit.name, unit.level) != (row.name, row.level):
                unit.name, unit.level = row.name, row.level
                updated += 1
    return added, updated


def import_units_file(db: Database, path: Path) -> tuple[int, int]:
    return import_units(db, read_units_csv(path.read_text(encoding="utf-8-sig")))
