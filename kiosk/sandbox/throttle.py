"""The throttle on log-in attempts: counted before the password is hashed, in the database.

Two counters per attempt, each a row locked for the length of one short transaction:
- the client's: (username, client address). After `login_max_failures` failures in a row this
  client waits before its next attempt is judged, a delay that doubles with every further
  failure up to `login_lockout_seconds` (429 with Retry-After). The right password ends it.
- the username's: failures from every address. Past `login_user_alarm_failures` the username is
  under attack from many places; then a client that has failed even once for it waits the base
  delay before each attempt, while a client that has not failed still gets in at once.

So guessing costs an attacker time per address, and an attacker cannot keep the officer out:
the officer's own counter never failed, so its right password is judged as usual.
The attempt is counted before the slow hash and forgiven after a success, so attempts sent in
parallel cannot all be judged: at most `login_max_failures` of one client's are.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from kiosk.sandbox.models import LoginThrottle
from kiosk.sandbox.settings import SandboxSettings

# the client part of the username's own row
ANY_CLIENT = "*"


@dataclass(frozen=True)
class Admission:
    """None: judge the password (the attempt is counted already); else seconds to wait."""

    retry_after: int | None


def _key(username: str, client: str) -> str:
    return f"{username}\n{client}"


def _locked_rows(session: Session, keys: list[str], now: datetime) -> dict[str, LoginThrottle]:
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    for key in keys:
        session.execute(
            insert(LoginThrottle)
            .values(key=key, failures=0, last_failure_at=now, next_allowed_at=None)
            .on_conflict_do_nothing(index_elements=["key"])
        )
    # sorted: two logins locking the same rows lock them in the same order (no deadlock)
    rows = session.scalars(
        select(LoginThrottle)
        .where(LoginThrottle.key.in_(keys))
        .order_by(LoginThrottle.key)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return {row.key: row for row in rows}


def _seconds(until: datetime, now: datetime) -> int:
    return max(1, math.ceil((until - now).total_seconds()))


def _delay(settings: SandboxSettings, failures: int) -> timedelta:
    beyond = max(0, failures - settings.login_max_failures)
    seconds = min(
        settings.login_base_delay_seconds * 2 ** min(beyond, 30), settings.login_lockout_seconds
    )
    return timedelta(seconds=seconds)


def admit(session: Session, settings: SandboxSettings, username: str, client: str) -> Admission:
    now = settings.now()
    mine, theirs = _key(username, client), _key(username, ANY_CLIENT)
    rows = _locked_rows(session, sorted({mine, theirs}), now)
    window = timedelta(seconds=settings.login_lockout_seconds)
    for row in rows.values():
        if row.failures and now - row.last_failure_at >= window:
            row.failures = 0
            row.next_allowed_at = None
    client_row, user_row = rows[mine], rows[theirs]
    if client_row.next_allowed_at is not None and now < client_row.next_allowed_at:
        return Admission(_seconds(client_row.next_allowed_at, now))
    if user_row.failures >= settings.login_user_alarm_failures and client_row.failures > 0:
        # Under attack: a client that has failed waits the base delay after its last failure,
        # then is judged (refusing it until the window ends would lock a mistyping officer out).
        judged_from = client_row.last_failure_at + timedelta(
            seconds=settings.login_base_delay_seconds
        )
        if now < judged_from:
            return Admission(_seconds(judged_from, now))
    for row in (client_row, user_row):
        row.failures += 1
        row.last_failure_at = now
    if client_row.failures >= settings.login_max_failures:
        client_row.next_allowed_at = now + _delay(settings, client_row.failures)
    return Admission(None)


def forgive(session: Session, settings: SandboxSettings, username: str, client: str) -> None:
    """The password was right: the client starts afresh, the username's count loses this try."""
    now = settings.now()
    mine, theirs = _key(username, client), _key(username, ANY_CLIENT)
    rows = _locked_rows(session, sorted({mine, theirs}), now)
    session.delete(rows[mine])
    user_row = rows[theirs]
    user_row.failures = max(0, user_row.failures - 1)
