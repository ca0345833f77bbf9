"""Typed results (and the one typed request) of the gateway contract v1.

Unknown fields in answers are ignored, so a newer gateway does not break an older kiosk;
missing or mistyped fields become BadResponse. Enumerations the gateway may grow (roles,
levels, SMS kinds) are plain strings. Personal data is kept out of repr(), so a model that
ends up in a log line or a traceback shows its shape, not the citizen.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


def _private(**kwargs: Any) -> Any:
    return Field(repr=False, **kwargs)


class Health(_Answer):
    status: str
    version: str
    contract: str = "v1"
    mode: str  # "training" | "production"
    time: datetime

    @property
    def training(self) -> bool:
        return self.mode == "training"


class Unit(_Answer):
    id: str
    name: str
    level: str  # "province" | "commune"
    eligible: bool
    # Why the unit cannot be chosen ("name_rule"); None when eligible.
    reason: str | None = None


class UnitsResult(_Answer):
    units: list[Unit]
    # "no_unit_assigned", "no_eligible_unit", or None when at least one unit can be chosen.
    diagnosis: str | None = None

    @property
    def eligible(self) -> list[Unit]:
        return [u for u in self.units if u.eligible]


class Officer(_Answer):
    id: int
    username: str
    full_name: str = _private()
    roles: list[str]
    units: list[Unit] = Field(default_factory=list)
    unit_diagnosis: str | None = None

    @property
    def is_supervisor(self) -> bool:
        return "supervisor" in self.roles

    @property
    def is_officer(self) -> bool:
        return "officer" in self.roles


class TokenPair(_Answer):
    """What log-in and refresh return; the client keeps the tokens to itself."""

    access_token: str = _private()
    refresh_token: str = _private()
    expires_in: int
    refresh_expires_in: int | None = None
    officer: Officer


class ExistingAccount(_Answer):
    username_masked: str
    full_name_masked: str
    created_at: datetime


class LookupResult(_Answer):
    exists: bool
    account: ExistingAccount | None = None


class OtpSent(_Answer):
    otp_id: str
    phone: str = _private()  # E.164, as the gateway normalised it
    expires_at: datetime
    resend_after: datetime
    attempts_left: int
    sends_left_this_hour: int | None = None


class NewAccount(BaseModel):
    """The `data` part of a creation request, exactly as sent (fields of seed 002)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id_number: str = _private()
    old_id_number: str | None = _private(default=None)
    full_name: str = _private()
    date_of_birth: date = _private()
    sex: str | None = None
    phone: str = _private()
    email: str | None = _private(default=None)
    address: str | None = _private(default=None)
    unit_id: str
    otp_id: str
    otp_code: str = _private()
    # Not citizen data: the desk the request comes from, kept with the account. The client
    # fills it from its counter_name when left empty.
    counter: str | None = None


class AccountCreated(_Answer):
    account_id: str
    username: str = _private()  # the citizen's log-in name: the ID number
    level: int
    created_at: datetime
    password_sms: str
    # True when the gateway answered from its idempotency store (an earlier try had landed).
    replayed: bool = False


class UnitRef(_Answer):
    id: str
    name: str


class OfficerRef(_Answer):
    id: int
    username: str
    full_name: str = _private()


class Review(_Answer):
    status: str  # "checked" | "needs_action"
    note: str = _private()
    reviewed_by: OfficerRef
    reviewed_at: datetime


class Account(_Answer):
    account_id: str
    id_number: str = _private()
    old_id_number: str | None = _private(default=None)
    full_name: str = _private()
    date_of_birth: date = _private()
    sex: str | None = None
    phone: str = _private()
    email: str | None = _private(default=None)
    address: str | None = _private(default=None)
    level: int
    unit: UnitRef | None = None
    created_by: OfficerRef | None = None
    created_at: datetime
    counter: str | None = None
    has_attachment: bool = False
    review: Review | None = None


class AccountSummary(_Answer):
    """One row of an officer's own list, masked by the gateway as the history screen shows it
    (the account in full: GatewayClient.account)."""

    account_id: str
    id_number_masked: str
    full_name_masked: str
    phone_masked: str
    unit: UnitRef | None = None
    created_by: OfficerRef | None = None
    created_at: datetime
    counter: str | None = None
    has_attachment: bool = False
    review: Review | None = None


class AccountPage(_Answer):
    items: list[AccountSummary]
    total: int
    page: int
    page_size: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.page_size)) if self.page_size else 1


class SmsMessage(_Answer):
    id: int
    to: str = _private()
    sender: str
    kind: str  # "otp" | "password"
    text: str = _private()
    sent_at: datetime
