"""Bodies of the supervision operations: the day's accounts, totals, reveal, request form.

A supervisor's list carries the citizen's name but only masked ID numbers and phones; the full
record comes from `reveal`, one account at a time, and every reveal is audited.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from kiosk.sandbox.schemas import IsoDay, OfficerRef, ReviewOut, UnitRef, _Request

ReviewFilter = Literal["unreviewed", "checked", "needs_action"]
MAX_PAGE_SIZE = 100
# An export asks for a whole day: larger pages, fewer round trips (the screen keeps 100).
MAX_EXPORT_PAGE_SIZE = 1000
CURSOR_PATTERN = r"^c1\.[0-9]{1,17}(\.[0-9a-f-]{36})?$"


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
    page_size: Annotated[
        int,
        Field(
            ge=1,
            le=MAX_EXPORT_PAGE_SIZE,
            description=f"Rows per page: a screen asks for at most {MAX_PAGE_SIZE}, an export "
            f"for up to {MAX_EXPORT_PAGE_SIZE}",
        ),
    ] = 50
    since: Annotated[
        str | None,
        Field(
            pattern=CURSOR_PATTERN,
            description="The `cursor` of an earlier answer: only the accounts of the day (date, "
            "unit_id, officer_id, q) created or changed since then, whatever their review state "
            "(`review` narrows `total` only, so a list filtered by state can drop an account "
            "reviewed elsewhere), oldest change first. A change may come twice: apply by "
            "account_id. `page` must be 1; when `more` is true, ask again with the new cursor.",
        ),
    ] = None

    @model_validator(mode="after")
    def _changes_are_not_paged(self) -> SearchRequest:
        if self.since is not None and self.page != 1:
            raise ValueError("khi có since, page phải là 1")
        return self


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
    total: int = Field(description="Accounts the filters select now, all pages")
    page: int
    page_size: int
    cursor: str = Field(
        description="Pass as `since` to ask for what changed after this answer (opaque)"
    )
    more: bool = Field(
        default=False, description="With `since`: more changes wait; ask again with `cursor`"
    )


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
