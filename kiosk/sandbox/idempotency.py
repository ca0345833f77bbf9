"""Idempotent account creation (IETF httpapi Idempotency-Key draft, Stripe's practice).

Keys are scoped to the officer. The fingerprint is taken over the meaning of the request (the
JSON part with its keys sorted, and the attachment's SHA-256), not over the raw bytes: a
retried multipart body has a new random boundary but asks for the same thing.

Same key + same fingerprint -> the stored response, status included; same key + another
fingerprint -> 422 idempotency_key_reused; same key while the first is still running -> 409
request_in_progress. Requests refused before the work starts (malformed form, bad PDF) leave no
record, as with Stripe: the client may correct them under the same key.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.sandbox.context import Gateway
from kiosk.sandbox.errors import ApiError
from kiosk.sandbox.models import IdempotencyRecord


@dataclass(frozen=True)
class Claim:
    record_id: int


@dataclass(frozen=True)
class Replay:
    status_code: int
    body: dict[str, Any]


def fingerprint(data: Any, attachment_sha256: str) -> str:
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{canonical}\n{attachment_sha256}".encode()).hexdigest()


def _in_progress() -> ApiError:
    return ApiError("request_in_progress", retry_after=1)


def claim(gw: Gateway, officer_id: int, key: str, print_: str) -> Claim | Replay:
    now = gw.settings.now()
    lock = timedelta(seconds=gw.settings.idempotency_lock_seconds)
    try:
        with gw.db.write() as session:
            session.execute(delete(IdempotencyRecord).where(IdempotencyRecord.expires_at < now))
            record = session.scalar(
                select(IdempotencyRecord).where(
                    IdempotencyRecord.officer_id == officer_id, IdempotencyRecord.key == key
                )
            )
            if record is None:
                record = IdempotencyRecord(
                    officer_id=officer_id,
                    key=key,
                    fingerprint=print_,
                    state="in_progress",
                    created_at=now,
                    expires_at=now + timedelta(seconds=gw.settings.idempotency_ttl_seconds),
                    locked_until=now + lock,
                )
                session.add(record)
                session.flush()
                return Claim(record.id)
            if record.fingerprint != print_:
                raise ApiError("idempotency_key_reused")
            if record.state == "done" and record.status_code is not None:
                return Replay(record.status_code, json.loads(record.response_json or "{}"))
            if record.locked_until > now:
                raise _in_progress()
            # The first attempt's worker died without an answer: this retry takes over.
            record.locked_until = now + lock
            return Claim(record.id)
    except IntegrityError as exc:
        # Another worker inserted the same key between our read and our insert.
        raise _in_progress() from exc


def complete(session: Session, claimed: Claim, status_code: int, body: dict[str, Any]) -> None:
    record = session.get(IdempotencyRecord, claimed.record_id)
    if record is None:
        return
    record.state = "done"
    record.status_code = status_code
    record.response_json = json.dumps(body, ensure_ascii=False, default=str)


def release(gw: Gateway, claimed: Claim) -> None:
    """Forget a claim whose work failed unexpectedly, so a retry can do the work."""
    with gw.db.write() as session:
        session.execute(
            delete(IdempotencyRecord).where(
                IdempotencyRecord.id == claimed.record_id,
                IdempotencyRecord.state == "in_progress",
            )
        )
