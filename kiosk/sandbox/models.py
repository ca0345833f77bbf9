"""Tables of the training gateway.

The database, not the code path, keeps the promises that matter under concurrency: one account
per person (every number a person is known by, CCCD and old CMND, is a primary key of
identity_numbers) and one outcome per idempotency key (unique officer + key).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Connection,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
    insert,
)
from sqlalchemy.orm import Mapped, Mapper, mapped_column, relationship

from kiosk.sandbox.db import Base, UtcDateTime
from kiosk.sandbox.text import fold_text


class Unit(Base):
    __tablename__ = "units"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # "province" (provincial service centre) or "commune" (commune/ward one-stop unit)
    level: Mapped[str] = mapped_column(String(20))


class OfficerUnit(Base):
    __tablename__ = "officer_units"

    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), primary_key=True)


class Officer(Base):
    __tablename__ = "officers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # stored folded (lower case, NFC) so log-in is case-insensitive
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(300))
    # space-separated: "officer", "supervisor" or both
    roles: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # fold_text(full_name + username), kept by _fold_officer: what a supervisor's search reads
    search_folded: Mapped[str | None] = mapped_column(String(300), nullable=True)
    # set by `kiosk sandbox officers disable`: no log-in, no session
    disabled_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    units: Mapped[list[Unit]] = relationship(
        secondary="officer_units", order_by="Unit.id", lazy="selectin"
    )

    @property
    def role_list(self) -> list[str]:
        return self.roles.split()


class AuthToken(Base):
    """Access and refresh tokens, hashed. A session groups one log-in and its refreshes."""

    __tablename__ = "auth_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"), index=True)
    session_id: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # access | refresh
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    # the log-in's purge of expired tokens looks them up by expiry
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class LoginThrottle(Base):
    """Failed log-in counters (kiosk.sandbox.throttle): one row per username and client
    address, one per username across all addresses."""

    __tablename__ = "login_throttle"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    last_failure_at: Mapped[datetime] = mapped_column(UtcDateTime)
    next_allowed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class GatewayKey(Base):
    """Keys a training gateway keeps across restarts: the OTP hash key (kiosk.sandbox.keys)."""

    __tablename__ = "gateway_keys"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


class OtpCode(Base):
    __tablename__ = "otp_codes"
    __table_args__ = (Index("ix_otp_phone_purpose", "phone", "purpose", "created_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    phone: Mapped[str] = mapped_column(String(20))
    purpose: Mapped[str] = mapped_column(String(40))
    id_number: Mapped[str] = mapped_column(String(12))
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    code_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    resend_after: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    max_attempts: Mapped[int] = mapped_column(Integer)
    # active | used | superseded | locked
    status: Mapped[str] = mapped_column(String(12), default="active")
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class CitizenAccount(Base):
    __tablename__ = "citizen_accounts"
    # Every list, search and total asks for one day of one officer or of some units: these
    # make the plan touch that day's rows only, whatever the province's history.
    __table_args__ = (
        Index("ix_citizen_accounts_creator_day", "created_by_id", "created_at"),
        Index("ix_citizen_accounts_unit_day", "unit_id", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    id_number: Mapped[str] = mapped_column(String(12), unique=True)
    old_id_number: Mapped[str | None] = mapped_column(String(12), nullable=True, index=True)
    full_name: Mapped[str] = mapped_column(String(100))
    # fold_text of full_name and counter, kept by _fold_account: the search's LIKE reads these
    full_name_folded: Mapped[str | None] = mapped_column(String(100), nullable=True)
    counter_folded: Mapped[str | None] = mapped_column(String(100), nullable=True)
    date_of_birth: Mapped[date] = mapped_column(Date)
    sex: Mapped[str | None] = mapped_column(String(3), nullable=True)
    phone: Mapped[str] = mapped_column(String(20))
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    address: Mapped[str | None] = mapped_column(String(300), nullable=True)
    level: Mapped[int] = mapped_column(Integer)
    # "officer" (made at a counter) or "self_registered" (made by the citizen online)
    source: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"), nullable=True, index=True)
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("officers.id"), nullable=True, index=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    counter: Mapped[str | None] = mapped_column(String(100), nullable=True)
    client_address: Mapped[str | None] = mapped_column(String(64), nullable=True)
    review_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    review_note: Mapped[str | None] = mapped_column(String(1000), nullable=True)
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("officers.id"), nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # the last change a supervisor's list shows (created, reviewed, request form stored):
    # the `since` cursor of the search reads it (kiosk.sandbox.supervision); alone in its index
    # so that no day's list or total takes it for a (unit, …) index
    changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True, index=True)

    unit: Mapped[Unit | None] = relationship(lazy="joined")
    created_by: Mapped[Officer | None] = relationship(foreign_keys=[created_by_id], lazy="joined")
    reviewed_by: Mapped[Officer | None] = relationship(foreign_keys=[reviewed_by_id], lazy="joined")


@event.listens_for(CitizenAccount, "before_insert")
@event.listens_for(CitizenAccount, "before_update")
def _fold_account(
    _mapper: Mapper[CitizenAccount], _conn: Connection, target: CitizenAccount
) -> None:
    target.full_name_folded = fold_text(target.full_name)
    if target.changed_at is None:
        target.changed_at = target.created_at
    target.counter_folded = fold_text(target.counter) if target.counter else None


@event.listens_for(Officer, "before_insert")
@event.listens_for(Officer, "before_update")
def _fold_officer(_mapper: Mapper[Officer], _conn: Connection, target: Officer) -> None:
    target.search_folded = fold_text(f"{target.full_name} {target.username}")


class IdentityNumber(Base):
    """Every number an account's holder is known by, each at most once across all accounts.

    A unique id_number alone let "CCCD with the old CMND noted" and "the CMND alone" make two
    accounts for one person when the two creates raced (READ COMMITTED sees neither). Rows are
    written with the account (see _index_numbers), in its transaction.
    """

    __tablename__ = "identity_numbers"

    number: Mapped[str] = mapped_column(String(12), primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("citizen_accounts.id"), index=True)


@event.listens_for(CitizenAccount, "after_insert")
def _index_numbers(
    _mapper: Mapper[CitizenAccount], connection: Connection, target: CitizenAccount
) -> None:
    numbers = dict.fromkeys(n for n in (target.id_number, target.old_id_number) if n)
    connection.execute(
        insert(IdentityNumber), [{"number": n, "account_id": target.id} for n in numbers]
    )


class Attachment(Base):
    """The ID-card scan, apart from the account row so lists never load it."""

    __tablename__ = "attachments"

    account_id: Mapped[str] = mapped_column(ForeignKey("citizen_accounts.id"), primary_key=True)
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class RequestForm(Base):
    """The account-request form the citizen checked and signed, as the counter sent it."""

    __tablename__ = "request_forms"

    account_id: Mapped[str] = mapped_column(ForeignKey("citizen_accounts.id"), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    pages: Mapped[int] = mapped_column(Integer)
    uploaded_at: Mapped[datetime] = mapped_column(UtcDateTime)
    uploaded_by_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    content: Mapped[bytes] = mapped_column(LargeBinary)

    uploaded_by: Mapped[Officer] = relationship(lazy="joined")


class IdempotencyRecord(Base):
    __tablename__ = "idempotency_records"
    __table_args__ = (UniqueConstraint("officer_id", "key", name="uq_idempotency_officer_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    officer_id: Mapped[int] = mapped_column(ForeignKey("officers.id"))
    key: Mapped[str] = mapped_column(String(128))
    fingerprint: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(12))  # in_progress | done
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    response_json: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    locked_until: Mapped[datetime] = mapped_column(UtcDateTime)


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    officer_id: Mapped[int | None] = mapped_column(
        ForeignKey("officers.id"), nullable=True, index=True
    )
    action: Mapped[str] = mapped_column(String(40))
    # "ok" or the error code the request was refused with
    outcome: Mapped[str] = mapped_column(String(40))
    target: Mapped[str | None] = mapped_column(String(100), nullable=True)
    unit_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    client_address: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # JSON; masked values only, the account row holds the data itself
    details: Mapped[str] = mapped_column(Text, default="{}")


class SmsMessage(Base):
    __tablename__ = "sms_messages"
    __table_args__ = (Index("ix_sms_to_sent", "to_phone", "sent_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    to_phone: Mapped[str] = mapped_column(String(20))
    sender: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))  # otp | password
    text: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
