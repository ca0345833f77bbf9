"""The supervisor's side of contract v1: a day's accounts, totals, reveal, the request form.

Typed answers (as in models.py: unknown fields ignored, personal data out of repr()) and
`fetch_day`, which pages through one day's accounts for an export or a report, and
`fetch_changes`, what changed since an earlier answer (the screen's refresh). No Qt here:
the supervisor screen runs these calls on worker threads, `kiosk report` runs them directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from kiosk.portal.models import OfficerRef, Review, UnitRef

if TYPE_CHECKING:
    from kiosk.portal.client import GatewayClient

# The gateway's largest page for a screen, and for an export (fewest round trips when a
# whole day is wanted: 5 000 accounts in 5 requests rather than 50).
MAX_PAGE_SIZE = 100
EXPORT_PAGE_SIZE = 1000
REVIEW_STATES = ("checked", "needs_action")
UNREVIEWED = "unreviewed"


class _Answer(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class SupervisedAccount(_Answer):
    """One row of a supervisor's list: the name in clear, ID number and phone masked."""

    account_id: str
    created_at: dt.datetime
    created_by: OfficerRef | None = None
    unit: UnitRef | None = None
    counter: str | None = None
    client_address: str | None = None
    full_name: str = Field(repr=False)
    id_number_masked: str
    phone_masked: str
    has_attachment: bool = False
    has_request_form: bool = False
    review: Review | None = None

    @property
    def review_state(self) -> str:
        """ "checked", "needs_action" or "unreviewed"."""
        if self.review is not None and self.review.status in REVIEW_STATES:
            return self.review.status
        return UNREVIEWED


class SupervisedPage(_Answer):
    items: list[SupervisedAccount]
    total: int
    page: int
    page_size: int
    cursor: str = ""  # pass as DayQuery.since to ask what changed after this answer
    more: bool = False  # a changes answer that left changes for the next request


@dataclass(frozen=True)
class Changes:
    """What changed in a day's list since a cursor: accounts created or changed (any review
    state, oldest change first, perhaps one already seen), the list's total, the next cursor."""

    items: list[SupervisedAccount]
    total: int
    cursor: str


class TotalsRow(_Answer):
    total: int
    unreviewed: int
    checked: int
    needs_action: int


class UnitTotals(TotalsRow):
    unit: UnitRef


class OfficerTotals(TotalsRow):
    officer: OfficerRef
    unit: UnitRef


class DayTotals(_Answer):
    date: dt.date
    all: TotalsRow
    units: list[UnitTotals] = Field(default_factory=list)
    officers: list[OfficerTotals] = Field(default_factory=list)


class RequestFormInfo(_Answer):
    account_id: str
    size: int
    sha256: str
    pages: int
    uploaded_at: dt.datetime
    uploaded_by: OfficerRef


@dataclass(frozen=True)
class DayQuery:
    """What a supervisor asks for: one local day, optionally narrowed."""

    day: dt.date
    unit_id: str | None = None
    officer_id: int | None = None
    text: str = field(default="", repr=False)  # may be a name or an ID number
    review: str | None = None  # "unreviewed", "checked", "needs_action"
    since: str | None = None  # a cursor: only what changed after that answer

    def body(self, page: int, page_size: int) -> dict[str, Any]:
        body: dict[str, Any] = {
            "date": self.day.isoformat(),
            "page": page,
            "page_size": page_size,
        }
        if self.unit_id:
            body["unit_id"] = self.unit_id
        if self.officer_id is not None:
            body["officer_id"] = self.officer_id
        if self.text.strip():
            body["q"] = self.text.strip()
        if self.review:
            body["review"] = self.review
        if self.since:
            body["since"] = self.since
        return body


def fetch_day(
    client: GatewayClient,
    query: DayQuery,
    *,
    check: Callable[[], None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    limit_pages: int = 1000,
    page_size: int = MAX_PAGE_SIZE,
) -> tuple[list[SupervisedAccount], int]:
    """Every account the query selects, newest first, and the gateway's total.

    `check` is called between pages (a cancelled worker raises there); `progress(done, total)`
    after each page. Accounts created while paging shift later pages by a few rows: duplicates
    are dropped by id, and the total of the last page is returned.
    """
    items: list[SupervisedAccount] = []
    seen: set[str] = set()
    total = 0
    for number in range(1, limit_pages + 1):
        if check is not None:
            check()
        page = client.search_accounts(query, page=number, page_size=page_size)
        total = page.total
        for item in page.items:
            if item.account_id not in seen:
                seen.add(item.account_id)
                items.append(item)
        if progress is not None:
            progress(len(items), total)
        if not page.items or number * page_size >= page.total:
            break
    return items, total


def fetch_changes(
    client: GatewayClient,
    query: DayQuery,
    since: str,
    *,
    check: Callable[[], None] | None = None,
    limit_requests: int = 100,
) -> Changes:
    """What changed in the query's day since `since` (a cursor of an earlier answer): one
    request when little changed, more while the gateway says more changes wait."""
    asked = replace(query, since=since)
    items: dict[str, SupervisedAccount] = {}
    total, cursor = 0, since
    for _ in range(limit_requests):
        if check is not None:
            check()
        page = client.search_accounts(asked, page=1, page_size=MAX_PAGE_SIZE)
        total, cursor = page.total, page.cursor
        for item in page.items:
            items.pop(item.account_id, None)  # the newest version, in change order
            items[item.account_id] = item
        if not page.more:
            break
        asked = replace(query, since=cursor)
    return Changes(items=list(items.values()), total=total, cursor=cursor)
