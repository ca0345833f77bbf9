"""Request and response bodies of contract v1. Requests refuse unknown fields."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

ID_NUMBER_PATTERN = r"^([0-9]{9}|[0-9]{12})$"
IDEMPOTENCY_KEY_PATTERN = r"^[A-Za-z0-9_.:\-]{8,128}$"
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")
# Letters of any script plus the apostrophe and hyphen of names such as "H'Hen Niê", "Y-Moan".
_NAME_PUNCTUATION = {" ", "'", "-", "’"}

IdNumber = Annotated[
    str,
    StringConstraints(pattern=ID_NUMBER_PATTERN),
    Field(description="CMND (9 digits) or CCCD (12 digits)", examples=["033090001234"]),
]
Role = Literal["officer", "supervisor"]
Diagnosis = Literal["no_unit_assigned", "no_eligible_unit"]


# Days a request may name: their local-day bounds in UTC stay inside Python's calendar.
CALENDAR_MIN = date(1900, 1, 1)
CALENDAR_MAX = date(9998, 12, 31)
_DAY = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
# line breaks and tabs are text (a review note); every other control character is not
_ALLOWED_CONTROLS = {"\n", "\r", "\t"}


def has_control_characters(value: str) -> bool:
    return any(unicodedata.category(c) == "Cc" and c not in _ALLOWED_CONTROLS for c in value)


def _iso_day(value: object) -> object:
    # pydantic's lax mode reads 0, "0" and Unix times as days of 1970 and accepts datetimes
    # with a zero time; a birth date or a filter must be written YYYY-MM-DD.
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not _DAY.match(value):
        raise ValueError("ngày phải viết YYYY-MM-DD")
    return value


def _in_calendar(value: date) -> date:
    if not CALENDAR_MIN <= value <= CALENDAR_MAX:
        raise ValueError(f"ngày phải từ {CALENDAR_MIN} đến {CALENDAR_MAX}")
    return value


IsoDay = Annotated[date, BeforeValidator(_iso_day), AfterValidator(_in_calendar)]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    @field_validator("*", mode="after")
    @classmethod
    def _no_control_characters(cls, value: object) -> object:
        # NUL and friends: PostgreSQL refuses them in text (a 500), SQLite stores them as-is
        if isinstance(value, str) and has_control_characters(value):
            raise ValueError("chứa ký tự điều khiển")
        return value


# ---- auth -------------------------------------------------------------------------------------


class LoginRequest(_Request):
    username: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=128)]


class RefreshRequest(_Request):
    refresh_token: Annotated[str, StringConstraints(min_length=1, max_length=200)]


class UnitOut(BaseModel):
    id: str
    name: str
    level: Literal["province", "commune"]
    eligible: bool = Field(description="The name passes the one-stop naming rule")
    reason: Literal["name_rule"] | None = Field(
        description="Why the unit cannot be chosen; null when eligible"
    )


class UnitsOut(BaseModel):
    units: list[UnitOut]
    diagnosis: Diagnosis | None = Field(
        description="no_unit_assigned: the officer has no unit; no_eligible_unit: every unit "
        "breaks the naming rule; null: at least one unit can be chosen"
    )


class OfficerOut(BaseModel):
    id: int
    username: str
    full_name: str
    roles: list[Role]
    units: list[UnitOut]
    unit_diagnosis: Diagnosis | None


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 (the scheme name)
    expires_in: int = Field(description="Seconds the access token is valid")
    refresh_expires_in: int = Field(description="Seconds the refresh token is valid")
    officer: OfficerOut


# ---- lookup and OTP ---------------------------------------------------------------------------


class LookupRequest(_Request):
    id_number: IdNumber


class MaskedAccount(BaseModel):
    username_masked: str
    full_name_masked: str
    created_at: datetime


class LookupResult(BaseModel):
    exists: bool
    account: MaskedAccount | None = None


class OtpRequest(_Request):
    phone: Annotated[
        str,
        StringConstraints(min_length=1, max_length=32),
        Field(description="Vietnamese mobile number, any usual form; E.164 preferred"),
    ]
    purpose: Literal["create_account"]
    id_number: IdNumber


class OtpSent(BaseModel):
    otp_id: str
    phone: str = Field(description="The number the code went to, E.164")
    expires_at: datetime
    resend_after: datetime
    attempts_left: int
    sends_left_this_hour: int


# ---- accounts ---------------------------------------------------------------------------------


class CreateAccountData(_Request):
    """The JSON part `data` of the multipart create request (fields of seed 002)."""

    id_number: IdNumber
    old_id_number: Annotated[str, StringConstraints(pattern=ID_NUMBER_PATTERN)] | None = None
    full_name: Annotated[str, StringConstraints(min_length=2, max_length=100)]
    date_of_birth: IsoDay
    sex: Literal["Nam", "Nữ"] | None = None
    phone: Annotated[str, StringConstraints(min_length=1, max_length=32)]
    email: Annotated[str, StringConstraints(max_length=254)] | None = None
    address: Annotated[str, StringConstraints(max_length=300)] | None = None
    unit_id: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    otp_id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    otp_code: Annotated[str, StringConstraints(pattern=r"^[0-9]{6}$")]
    # Not citizen data: the counter (desk) the request comes from, kept with the account. It
    # rides in the JSON because HTTP headers cannot carry Vietnamese letters.
    counter: Annotated[str, StringConstraints(max_length=100)] | None = None

    @field_validator("full_name")
    @classmethod
    def _name(cls, value: str) -> str:
        value = " ".join(unicodedata.normalize("NFC", value).split())
        if len(value) < 2 or not all(c.isalpha() or c in _NAME_PUNCTUATION for c in value):
            raise ValueError("họ tên chỉ gồm chữ cái và khoảng trắng")
        return value

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        if value is None or value == "":
            return None
        if not _EMAIL.match(value):
            raise ValueError("email không đúng định dạng")
        return value

    @field_validator("address")
    @classmethod
    def _address(cls, value: str | None) -> str | None:
        if value is None:
            return None
        value = " ".join(unicodedata.normalize("NFC", value).split())
        if any(unicodedata.category(c).startswith("C") for c in value):
            raise ValueError("địa chỉ chứa ký tự điều khiển")
        return value or None


class AccountCreated(BaseModel):
    account_id: str
    username: str = Field(description="The citizen's log-in name: the ID number")
    level: int
    created_at: datetime
    password_sms: Literal["sent"]


class UnitRef(BaseModel):
    id: str
    name: str


class OfficerRef(BaseModel):
    id: int
    username: str
    full_name: str


class ReviewOut(BaseModel):
    status: Literal["checked", "needs_action"]
    note: str
    reviewed_by: OfficerRef
    reviewed_at: datetime


class AccountOut(BaseModel):
    account_id: str
    id_number: str
    old_id_number: str | None
    full_name: str
    date_of_birth: date
    sex: str | None
    phone: str
    email: str | None
    address: str | None
    level: int
    unit: UnitRef | None
    created_by: OfficerRef | None
    created_at: datetime
    counter: str | None
    has_attachment: bool
    review: ReviewOut | None


class OwnAccountOut(BaseModel):
    """One row of an officer's own list, masked as the counter's history shows it: the list
    is read at a public counter, the account in full is GET /v1/citizen-accounts/{id}."""

    account_id: str
    id_number_masked: str = Field(description="'033*******34'")
    full_name_masked: str = Field(description="Initials: 'N. V. A.'")
    phone_masked: str
    unit: UnitRef | None
    created_by: OfficerRef | None
    created_at: datetime
    counter: str | None
    has_attachment: bool
    review: ReviewOut | None


class AccountPage(BaseModel):
    items: list[OwnAccountOut]
    total: int
    page: int
    page_size: int


class ReviewRequest(_Request):
    status: Literal["checked", "needs_action"]
    note: Annotated[str, StringConstraints(max_length=1000)] = ""


# ---- training and health ----------------------------------------------------------------------


class SmsOut(BaseModel):
    id: int
    to: str
    sender: str
    kind: Literal["otp", "password"]
    text: str
    sent_at: datetime


class SmsList(BaseModel):
    messages: list[SmsOut]


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    contract: Literal["v1"]
    mode: Literal["training", "production"]
    time: datetime
