"""Officer log-in, token refresh with rotation, log-out, and the throttle on wrong passwords."""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from kiosk.domain.units import diagnose, fold, ineligible_reason
from kiosk.sandbox import audit, throttle
from kiosk.sandbox.audit import Actor
from kiosk.sandbox.context import Gateway
from kiosk.sandbox.errors import ApiError
from kiosk.sandbox.models import AuthToken, Officer, OfficerUnit, Unit
from kiosk.sandbox.schemas import OfficerOut, TokenPair, UnitOut, UnitsOut
from kiosk.sandbox.security import (
    burn_password_check,
    hash_cost,
    hash_password,
    new_token,
    token_hash,
    verify_password,
)

_HASH_SLOTS = threading.BoundedSemaphore(os.cpu_count() or 2)


def fold_username(username: str) -> str:
    return fold(username.strip())


def unit_out(unit_id: str, name: str, level: str) -> UnitOut:
    reason = ineligible_reason(name)
    return UnitOut(
        id=unit_id,
        name=name,
        level="province" if level == "province" else "commune",
        eligible=reason is None,
        reason=None if reason is None else "name_rule",
    )


def units_out(units: Iterable[tuple[str, str, str]]) -> UnitsOut:
    items = [unit_out(*u) for u in units]
    diagnosis = diagnose(u.name for u in items)
    return UnitsOut(units=items, diagnosis=None if diagnosis is None else diagnosis.value)


def officer_out(officer: Officer) -> OfficerOut:
    units = units_out((u.id, u.name, u.level) for u in officer.units)
    roles = [r for r in officer.role_list if r in ("officer", "supervisor")]
    return OfficerOut(
        id=officer.id,
        username=officer.username,
        full_name=officer.full_name,
        roles=roles,
        units=units.units,
        unit_diagnosis=units.diagnosis,
    )


def _issue(
    session: Session, gw: Gateway, officer: Officer, session_id: str, now: datetime
) -> TokenPair:
    s = gw.settings
    access, refresh = new_token(), new_token()
    session.add_all(
        [
            AuthToken(
                officer_id=officer.id,
                session_id=session_id,
                kind="access",
                token_hash=token_hash(access),
                created_at=now,
                expires_at=now + timedelta(seconds=s.access_token_ttl_seconds),
            ),
            AuthToken(
                officer_id=officer.id,
                session_id=session_id,
                kind="refresh",
                token_hash=token_hash(refresh),
                created_at=now,
                expires_at=now + timedelta(seconds=s.refresh_token_ttl_seconds),
            ),
        ]
    )
    return TokenPair(
        access_token=access,
        refresh_token=refresh,
        expires_in=s.access_token_ttl_seconds,
        refresh_expires_in=s.refresh_token_ttl_seconds,
        officer=officer_out(officer),
    )


def login(gw: Gateway, username: str, password: str, client: str | None) -> TokenPair:
    now = gw.settings.now()
    key = fold_username(username)
    address = client or "unknown"
    with gw.db.read() as session:
        officer = session.scalar(select(Officer).where(Officer.username == key))
        officer_id = officer.id if officer else None
        # a disabled officer is refused like an unknown name, after the same hash
        usable = officer is not None and officer.disabled_at is None
        stored_hash = officer.password_hash if officer and usable else None
    actor = Actor(officer_id=officer_id, client_address=client)
    # Counted before the hash, in its own short transaction: parallel attempts queue on the
    # throttle's rows, not on the hash, and cannot all be judged.
    with gw.db.write() as session:
        admission = throttle.admit(session, gw.settings, key, address)
    if admission.retry_after is not None:
        retry_after = admission.retry_after
        error = ApiError(
            "too_many_attempts",
            message=(
                f"Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {_minutes(retry_after)} phút."
            ),
            details={"retry_after_seconds": retry_after},
            retry_after=retry_after,
        )
        audit.record_refusal(gw.db, now, actor, "auth.login", error)
        raise error
    # The slow hash runs outside any transaction: it must not hold the database's write lock.
    # One hash per core at a time: 16 MiB each, fifty at once only fight over memory bandwidth.
    with _HASH_SLOTS:
        if stored_hash is None:
            burn_password_check(password)
            ok = False
        else:
            ok = verify_password(password, stored_hash)

    # The configured cost reaches a stored hash at its next log-in; hashed here, outside the
    # transaction, like the check.
    wanted = (gw.settings.password_scrypt_n, gw.settings.password_scrypt_p)
    rehashed = None
    if ok and stored_hash is not None and hash_cost(stored_hash) != wanted:
        with _HASH_SLOTS:
            rehashed = hash_password(password, n=wanted[0], p=wanted[1])

    def work(session: Session) -> TokenPair:
        if not ok:
            raise ApiError("invalid_credentials")  # the failure was counted by admit()
        throttle.forgive(session, gw.settings, key, address)
        fresh = session.get(Officer, officer_id)
        assert fresh is not None
        if rehashed is not None and fresh.password_hash == stored_hash:
            fresh.password_hash = rehashed
        # expired tokens are kept a day for the audit trail's sake, then dropped
        session.execute(delete(AuthToken).where(AuthToken.expires_at < now - timedelta(days=1)))
        return _issue(session, gw, fresh, secrets.token_hex(16), now)

    return audit.run_audited(gw.db, now, actor, "auth.login", work)


def _minutes(seconds: int) -> int:
    return max(1, -(-seconds // 60))


def refresh(gw: Gateway, refresh_token: str, client: str | None) -> TokenPair:
    now = gw.settings.now()
    error: ApiError | None = None
    pair: TokenPair | None = None
    with gw.db.write() as session:
        token = session.scalar(
            select(AuthToken).where(
                AuthToken.token_hash == token_hash(refresh_token), AuthToken.kind == "refresh"
            )
        )
        actor = Actor(officer_id=token.officer_id if token else None, client_address=client)
        if token is None or token.expires_at <= now:
            error = ApiError("invalid_refresh_token")
        elif token.revoked_at is not None:
            # A rotated-out refresh token came back: someone holds a copy. End the whole session.
            _revoke_session(session, token.session_id, now)
            error = ApiError("invalid_refresh_token", details={"reason": "reused"})
        else:
            _revoke_session(session, token.session_id, now)
            officer = session.get(Officer, token.officer_id)
            assert officer is not None
            pair = _issue(session, gw, officer, token.session_id, now)
        audit.record(
            session,
            at=now,
            actor=actor,
            action="auth.refresh",
            outcome=error.code if error else "ok",
        )
    if error is not None:
        raise error
    assert pair is not None
    return pair


def _revoke_session(session: Session, session_id: str, now: datetime) -> None:
    session.execute(
        update(AuthToken)
        .where(AuthToken.session_id == session_id, AuthToken.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def logout(gw: Gateway, session_id: str, actor: Actor) -> None:
    now = gw.settings.now()

    def work(session: Session) -> None:
        _revoke_session(session, session_id, now)

    audit.run_audited(gw.db, now, actor, "auth.logout", work)


def units_of(gw: Gateway, officer_id: int) -> UnitsOut:
    with gw.db.read() as session:
        rows = session.execute(
            select(Unit.id, Unit.name, Unit.level)
            .join(OfficerUnit, OfficerUnit.unit_id == Unit.id)
            .where(OfficerUnit.officer_id == officer_id)
            .order_by(Unit.id)
        ).all()
    return units_out((r[0], r[1], r[2]) for r in rows)
