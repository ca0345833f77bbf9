"""The audit trail: who did what, where, when, and how it ended.

Details hold masked values only; the account rows hold the data itself, so the trail can be
shown to an inspector without exposing anyone.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from kiosk.sandbox.db import Database
from kiosk.sandbox.errors import ApiError
from kiosk.sandbox.models import AuditEvent

T = TypeVar("T")


@dataclass(frozen=True)
class Actor:
    officer_id: int | None
    client_address: str | None


def record(
    session: Session,
    *,
    at: datetime,
    actor: Actor,
    action: str,
    outcome: str = "ok",
    target: str | None = None,
    unit_id: str | None = None,
    details: Mapping[str, Any] | None = None,
) -> None:
    session.add(
        AuditEvent(
            at=at,
            officer_id=actor.officer_id,
            action=action,
            outcome=outcome,
            target=target,
            unit_id=unit_id,
            client_address=actor.client_address,
            details=json.dumps(dict(details or {}), ensure_ascii=False, default=str),
        )
    )


def run_audited(
    db: Database,
    now: datetime,
    actor: Actor,
    action: str,
    work: Callable[[Session], T],
    *,
    target: str | None = None,
    unit_id: str | None = None,
    details: Mapping[str, Any] | None = None,
) -> T:
    """Run `work` in one write transaction and audit its outcome in the same transaction.

    `work` raises ApiError only before writing anything, or after writes that must stand
    (a wrong OTP attempt is counted even though the request is refused).
    """
    error: ApiError | None = None
    result: T | None = None
    with db.write() as session:
        try:
            result = work(session)
        except ApiError as exc:
            error = exc
        record(
            session,
            at=now,
            actor=actor,
            action=action,
            outcome=error.code if error else "ok",
            target=target,
            unit_id=unit_id,
            details=details,
        )
    if error is not None:
        raise error
    return result  # type: ignore[return-value]


def record_refusal(
    db: Database,
    now: datetime,
    actor: Actor,
    action: str,
    error: ApiError,
    *,
    details: Mapping[str, Any] | None = None,
) -> None:
    with db.write() as session:
        record(session, at=now, actor=actor, action=action, outcome=error.code, details=details)
