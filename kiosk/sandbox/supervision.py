"""Supervision: the day's accounts of a supervisor's units, totals, reveal, the request form.

The supervisor's list shows names but masks ID numbers and phones; `reveal` gives one account
in full and is audited with the reason given. A text search runs over one day (the day is
required) in SQL: accent-insensitive matching of Vietnamese names is not something LIKE can
do, so names are stored folded too (kiosk.sandbox.text) and LIKE runs on those.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NoReturn

from sqlalchemy import ColumnElement, Select, case, func, literal, or_, select
from sqlalchemy.orm import Session

from kiosk.domain.masking import mask_id_number, mask_phone
from kiosk.sandbox import audit
from kiosk.sandbox.accounts import account_out
from kiosk.sandbox.attachments import check_pdf
from kiosk.sandbox.context import CurrentOfficer, Gateway
from kiosk.sandbox.errors import ApiError
from kiosk.sandbox.models import Attachment, CitizenAccount, Officer, RequestForm, Unit
from kiosk.sandbox.schemas import AccountOut, OfficerRef, UnitRef
from kiosk.sandbox.supervision_schemas import (
    DayTotals,
    OfficerTotals,
    RequestFormInfo,
    SearchRequest,
    SupervisedPage,
    TotalsRow,
    UnitTotals,
)
from kiosk.sandbox.text import fold_text

REVIEWED = ("checked", "needs_action")
# A change is stamped with the gateway's clock before its transaction commits, so a later
# commit may carry an earlier stamp: the cursor of a finished answer reaches back this far and
# such a change comes in the next answer (perhaps twice; clients apply changes by account id).
# Long enough for the slowest write: a create waits for SQLite's write lock and for the SMS
# provider (10 s at each stage) inside its transaction.
CHANGES_OVERLAP = timedelta(seconds=120)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_DIGIT_QUERY = re.compile(r"^[\d\s.+-]+$")


def _day_bounds(day: date, offset_hours: int) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=UTC) - timedelta(hours=offset_hours)
    return start, start + timedelta(days=1)


def _refuse(gw: Gateway, officer: CurrentOfficer, action: str, error: ApiError) -> NoReturn:
    audit.record_refusal(gw.db, gw.settings.now(), officer.actor, action, error)
    raise error


def _scope_units(
    gw: Gateway, officer: CurrentOfficer, action: str, unit_id: str | None
) -> list[str]:
    """The units a supervisor's request covers; refuses a unit outside their assignment."""
    try:
        officer.require("supervisor")
    except ApiError as error:
        _refuse(gw, officer, action, error)
    if unit_id is not None and unit_id not in officer.unit_ids:
        _refuse(gw, officer, action, ApiError("forbidden_scope", details={"unit_id": unit_id}))
    return [unit_id] if unit_id is not None else sorted(officer.unit_ids)


def _day_filter(gw: Gateway, units: list[str], day: date) -> list[ColumnElement[bool]]:
    start, end = _day_bounds(day, gw.settings.local_utc_offset_hours)
    return [
        CitizenAccount.source == "officer",
        CitizenAccount.unit_id.in_(units),
        CitizenAccount.created_at >= start,
        CitizenAccount.created_at < end,
    ]


def _day_query(gw: Gateway, units: list[str], day: date) -> Select[CitizenAccount]:
    return select(CitizenAccount).where(*_day_filter(gw, units, day))


def _ref(officer_id: int, username: str, full_name: str) -> OfficerRef:
    return OfficerRef(id=officer_id, username=username, full_name=full_name)


# What a supervisor's row shows, read as columns: loading whole accounts with their unit, creator
# and reviewer joined (every officer column each time) was most of an export's time.
_ROW_COLUMNS = (
    CitizenAccount.id,
    CitizenAccount.created_at,
    CitizenAccount.changed_at,
    CitizenAccount.created_by_id,
    CitizenAccount.unit_id,
    CitizenAccount.counter,
    CitizenAccount.client_address,
    CitizenAccount.full_name,
    CitizenAccount.id_number,
    CitizenAccount.phone,
    CitizenAccount.review_status,
    CitizenAccount.review_note,
    CitizenAccount.reviewed_by_id,
    CitizenAccount.reviewed_at,
)


class _Rows:
    """A page's rows as plain values, checked by pydantic in one call for the whole page
    (SupervisedPage.model_validate, not a model per row, officer and unit); the few officers
    and units of a page are read once each."""

    def __init__(self, session: Session, rows: Sequence[Any]) -> None:
        ids = [r.id for r in rows]
        self.files, self.forms = _with_files(session, ids)
        officer_ids = {r.created_by_id for r in rows} | {r.reviewed_by_id for r in rows}
        officer_ids.discard(None)
        self.officers: dict[int, dict[str, object]] = {
            o.id: {"id": o.id, "username": o.username, "full_name": o.full_name}
            for o in session.execute(
                select(Officer.id, Officer.username, Officer.full_name).where(
                    Officer.id.in_(officer_ids)
                )
            )
        }
        unit_ids = {r.unit_id for r in rows if r.unit_id is not None}
        self.units: dict[str, dict[str, object]] = {
            u.id: {"id": u.id, "name": u.name}
            for u in session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(unit_ids)))
        }

    def review(self, row: Any) -> dict[str, object] | None:
        reviewer = self.officers.get(row.reviewed_by_id) if row.reviewed_by_id else None
        if row.review_status not in REVIEWED or reviewer is None or row.reviewed_at is None:
            return None
        return {
            "status": row.review_status,
            "note": row.review_note or "",
            "reviewed_by": reviewer,
            "reviewed_at": row.reviewed_at,
        }

    def row(self, row: Any) -> dict[str, object]:
        return {
            "account_id": row.id,
            "created_at": row.created_at,
            "created_by": self.officers.get(row.created_by_id) if row.created_by_id else None,
            "unit": self.units.get(row.unit_id) if row.unit_id else None,
            "counter": row.counter,
            "client_address": row.client_address,
            "full_name": row.full_name,
            "id_number_masked": mask_id_number(row.id_number),
            "phone_masked": mask_phone(row.phone),
            "has_attachment": row.id in self.files,
            "has_request_form": row.id in self.forms,
            "review": self.review(row),
        }


def _text_filter(query: str) -> list[ColumnElement[bool]]:
    """The text search as SQL over stored folded columns (kiosk.sandbox.text): digits search the
    ID numbers and the phone (E.164 or local form); words must each be found in the citizen's
    name, the counter, or the creating officer's name or username."""
    text = query.strip()
    if _DIGIT_QUERY.match(text):
        digits = "".join(c for c in text if c.isdigit())
        local_phone = literal("0").concat(func.substr(CitizenAccount.phone, 4))
        return [
            or_(
                CitizenAccount.id_number.contains(digits),
                CitizenAccount.old_id_number.contains(digits),
                CitizenAccount.phone.contains(digits),
                local_phone.contains(digits),
            )
        ]
    conditions: list[ColumnElement[bool]] = []
    for word in fold_text(text).split():
        officers = select(Officer.id).where(Officer.search_folded.contains(word, autoescape=True))
        conditions.append(
            or_(
                CitizenAccount.full_name_folded.contains(word, autoescape=True),
                CitizenAccount.counter_folded.contains(word, autoescape=True),
                CitizenAccount.created_by_id.in_(officers),
            )
        )
    return conditions


def _with_files(session: Session, ids: list[str]) -> tuple[set[str], set[str]]:
    """Which of these accounts have a card scan, and which a stored request form."""
    if not ids:
        return set(), set()
    scans = session.scalars(select(Attachment.account_id).where(Attachment.account_id.in_(ids)))
    forms = session.scalars(select(RequestForm.account_id).where(RequestForm.account_id.in_(ids)))
    return set(scans), set(forms)


def _cursor(moment: datetime, account_id: str | None = None) -> str:
    micros = max(0, (moment - _EPOCH) // timedelta(microseconds=1))
    return f"c1.{micros}" + (f".{account_id}" if account_id else "")


def _after_cursor(cursor: str) -> ColumnElement[bool]:
    """Changes at or after a finished answer's moment, or strictly after a page of changes."""
    _version, micros, *last_id = cursor.split(".")
    moment = _EPOCH + timedelta(microseconds=int(micros))
    if not last_id:
        return CitizenAccount.changed_at >= moment
    # the range first, so an index on changed_at can bound it
    return (CitizenAccount.changed_at >= moment) & or_(
        CitizenAccount.changed_at > moment, CitizenAccount.id > last_id[0]
    )


def _review_filter(review: str | None) -> list[ColumnElement[bool]]:
    if review == "unreviewed":
        return [
            CitizenAccount.review_status.is_(None) | CitizenAccount.review_status.not_in(REVIEWED)
        ]
    if review is not None:
        return [CitizenAccount.review_status == review]
    return []


def search(gw: Gateway, officer: CurrentOfficer, request: SearchRequest) -> SupervisedPage:
    units = _scope_units(gw, officer, "supervision.search", request.unit_id)
    now = gw.settings.now()
    scope = _day_query(gw, units, request.date)
    if request.officer_id is not None:
        scope = scope.where(CitizenAccount.created_by_id == request.officer_id)
    if request.q.strip():
        scope = scope.where(*_text_filter(request.q))
    query = scope.where(*_review_filter(request.review))
    counted = select(func.count()).select_from(query.subquery())
    since = request.since
    if since is None:
        offset = (request.page - 1) * request.page_size
        page = (
            query.with_only_columns(*_ROW_COLUMNS)
            .order_by(CitizenAccount.created_at.desc(), CitizenAccount.id)
            .offset(offset)
            .limit(request.page_size)
        )
    else:
        # the changes of the day whatever their review state: an account reviewed elsewhere
        # leaves a list filtered by state, and the client can only tell if it is sent
        page = (
            scope.with_only_columns(*_ROW_COLUMNS)
            .where(_after_cursor(since))
            .order_by(CitizenAccount.changed_at, CitizenAccount.id)
            .limit(request.page_size + 1)
        )

    def work(session: Session) -> SupervisedPage:
        total = session.scalar(counted) or 0
        rows = list(session.execute(page))
        more = len(rows) > request.page_size
        rows = rows[: request.page_size]
        if more:
            last = rows[-1]
            cursor = _cursor(last.changed_at or last.created_at, last.id)
        else:
            cursor = _cursor(now - CHANGES_OVERLAP)
        build = _Rows(session, rows)
        return SupervisedPage.model_validate(
            {
                "items": [build.row(r) for r in rows],
                "total": total,
                "page": request.page,
                "page_size": request.page_size,
                "cursor": cursor,
                "more": more,
            }
        )

    details = {
        "date": request.date,
        "unit_id": request.unit_id,
        "officer_id": request.officer_id,
        "review": request.review,
        # whether a text was searched, never the text: it may be a name or an ID number
        "text_search": bool(request.q.strip()),
        "page": request.page,
        "changes": since is not None,
    }
    return audit.run_audited(gw.db, now, officer.actor, "supervision.search", work, details=details)


def _row(counts: Counter[str]) -> dict[str, int]:
    return {
        "total": sum(counts.values()),
        "unreviewed": counts["unreviewed"],
        "checked": counts["checked"],
        "needs_action": counts["needs_action"],
    }


def totals(gw: Gateway, officer: CurrentOfficer, day: date, unit_id: str | None) -> DayTotals:
    units = _scope_units(gw, officer, "supervision.totals", unit_id)
    names = {u.id: u.name for u in officer.units}
    state = case(
        (CitizenAccount.review_status.in_(REVIEWED), CitizenAccount.review_status),
        else_=literal("unreviewed"),
    )
    # counted by the database: the plan reads the day's rows of the units (unit, day index)
    # and sends back one row per unit, officer and review state, never the accounts
    counted = (
        select(CitizenAccount.unit_id, CitizenAccount.created_by_id, state, func.count())
        .where(*_day_filter(gw, units, day))
        .group_by(CitizenAccount.unit_id, CitizenAccount.created_by_id, state)
    )

    def work(session: Session) -> DayTotals:
        everything: Counter[str] = Counter()
        by_unit: dict[str, Counter[str]] = {u: Counter() for u in units}
        by_officer: dict[tuple[int, str], Counter[str]] = {}
        groups = session.execute(counted).all()
        creator_ids = {creator for _unit, creator, _state, _n in groups if creator is not None}
        officers = {
            o.id: _ref(o.id, o.username, o.full_name)
            for o in session.scalars(select(Officer).where(Officer.id.in_(creator_ids)))
        }
        for unit_id, creator_id, review_state, count in groups:
            unit = unit_id or ""
            everything[review_state] += count
            by_unit.setdefault(unit, Counter())[review_state] += count
            if creator_id is not None:
                by_officer.setdefault((creator_id, unit), Counter())[review_state] += count
        officer_rows = [
            OfficerTotals(
                officer=officers[officer_id],
                unit=UnitRef(id=unit, name=names.get(unit, unit)),
                **_row(counts),
            )
            for (officer_id, unit), counts in by_officer.items()
        ]
        officer_rows.sort(key=lambda r: (r.unit.id, r.officer.full_name, r.officer.id))
        return DayTotals(
            date=day,
            all=TotalsRow(**_row(everything)),
            units=[
                UnitTotals(unit=UnitRef(id=u, name=names.get(u, u)), **_row(c))
                for u, c in sorted(by_unit.items())
            ],
            officers=officer_rows,
        )

    return audit.run_audited(
        gw.db,
        gw.settings.now(),
        officer.actor,
        "supervision.totals",
        work,
        details={"date": day, "unit_id": unit_id},
    )


def _supervised_account(
    session: Session, officer: CurrentOfficer, account_id: str
) -> CitizenAccount:
    # The role first, then one answer for "no such account" and "not yours to see": a 403
    # for the second would tell a prober which account ids exist.
    officer.require("supervisor")
    account = session.get(CitizenAccount, account_id)
    if account is None or account.unit_id not in officer.unit_ids:
        raise ApiError("account_not_found")
    return account


def reveal(gw: Gateway, officer: CurrentOfficer, account_id: str, reason: str) -> AccountOut:
    """The account in full, for a supervisor of its unit; audited with the reason."""

    def work(session: Session) -> AccountOut:
        account = _supervised_account(session, officer, account_id)
        has_file = session.get(Attachment, account.id) is not None
        return account_out(account, has_file)

    return audit.run_audited(
        gw.db,
        gw.settings.now(),
        officer.actor,
        "account.reveal",
        work,
        target=account_id[:36],
        details={"reason": reason},
    )


def store_request_form(
    gw: Gateway, officer: CurrentOfficer, account_id: str, content: bytes
) -> RequestFormInfo:
    """The creating officer stores (or replaces) the form the citizen signed."""
    now = gw.settings.now()
    action = "account.request_form.upload"
    try:
        officer.require("officer")
        pdf = check_pdf(content, gw.settings.max_attachment_bytes)
    except ApiError as error:
        _refuse(gw, officer, action, error)

    def work(session: Session) -> RequestFormInfo:
        account = session.get(CitizenAccount, account_id)
        if account is None or account.created_by_id != officer.id:
            raise ApiError("account_not_found")  # another's account is not there for you
        stored = session.get(RequestForm, account.id)
        if stored is None:
            stored = RequestForm(account_id=account.id)
            session.add(stored)
        stored.content = pdf.content
        stored.size = len(pdf.content)
        stored.sha256 = pdf.sha256
        stored.pages = pdf.pages
        stored.uploaded_at = now
        stored.uploaded_by_id = officer.id
        account.changed_at = now  # the supervisor's list shows has_request_form
        return RequestFormInfo(
            account_id=account.id,
            size=stored.size,
            sha256=stored.sha256,
            pages=stored.pages,
            uploaded_at=now,
            uploaded_by=_ref(officer.id, officer.username, officer.full_name),
        )

    return audit.run_audited(gw.db, now, officer.actor, action, work, target=account_id[:36])


def request_form(gw: Gateway, officer: CurrentOfficer, account_id: str) -> bytes:
    """The stored form: for supervisors of the account's unit and the officer who made it."""

    def work(session: Session) -> bytes:
        account = session.get(CitizenAccount, account_id)
        if account is None:
            raise ApiError("account_not_found")
        supervising = officer.is_supervisor and account.unit_id in officer.unit_ids
        own = "officer" in officer.roles and account.created_by_id == officer.id
        if not (supervising or own):
            raise ApiError("account_not_found")  # not an existence oracle
        stored = session.get(RequestForm, account.id)
        if stored is None:
            raise ApiError("request_form_not_found")
        return stored.content

    return audit.run_audited(
        gw.db,
        gw.settings.now(),
        officer.actor,
        "account.request_form",
        work,
        target=account_id[:36],
    )
