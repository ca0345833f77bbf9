"""Bodies of the supervision operations: the day's accounts, totals, reveal, request form.

A supervisor's list carries the citizen's name but only masked ID numbers and phones; the full
record comes from `reveal`, one account at a time, and every reveal is audited.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from kiosk.sandbox.schemas import IsoDay, OfficerRef, ReviewOut, UnitRef, _Request

ReviewFilter = Literal["unreviewed", "checked", "needs_action"]
MAX_PAGE_SIZE = 100


class SearchRequest(_Request):
    """A POST body rather than a query string: `q` may be a name or an ID number."""

    date: IsoDay = Field(description="Local day (UTC+7) the accounts were created")
    unit_id: Annotated[str, StringConstraints(min_length=1, max_length=40)] | None = None
    officer_id: Annotated[int, Field(ge=1, le=2**31 - 1)] | None = None
    q: Annotated[
        str,
        StringConstraints(max_length=100),
        Field(
            description="Text to find: the citizen's name (accents and case ignored), digits of "
            "the ID number or phone, the officer's name or the counter"
        ),
    ] = ""
    review: ReviewFilter | None = Field(
        default=None, description="Only accounts with this review state"
    )
    page: Annotated[int, Field(ge=1, le=100_000)] = 1
    page_size: Annotated[int, Field(ge=1, le=MAX_PAGE_SIZE)] = 50


class SupervisedAccount(BaseModel):
    account_id: str
    created_at: dt.datetime
    created_by: OfficerRef | None
    unit: UnitRef | None
    counter: str | None = Field(description="Name of the desk the account was created at")
    client_address: str | None = Field(description="Network address of the counter PC")
    full_name: str
    id_number_masked: str
    phone_masked: str
    has_attachment: bool
    has_request_form: bool
    review: ReviewOut | None


class SupervisedPage(BaseModel):
    items: list[SupervisedAccount]
    total: int
    page: int
    page_size: int


class TotalsRow(BaseModel):
    total: int
    unreviewed: int
    checked: int
    needs_action: int


class UnitTotals(TotalsRow):
    unit: UnitRef


class OfficerTotals(TotalsRow):
    officer: OfficerRef
    unit: UnitRef


class DayTotals(BaseModel):
    date: dt.date
    all: TotalsRow
    units: list[UnitTotals] = Field(description="Every unit in scope, also those with none")
    officers: list[OfficerTotals] = Field(description="One row per officer and unit with accounts")


class RequestFormInfo(BaseModel):
    account_id: str
    size: int
    sha256: str
    pages: int
    uploaded_at: dt.datetime
    uploaded_by: OfficerRef


class RevealRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Annotated[
        Literal["review", "contact_citizen", "correction", "other"],
        Field(description="Why the supervisor needs the data in full; kept in the audit trail"),
    ] = "review"
