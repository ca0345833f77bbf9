"""Reading accounts: lookup by ID number, lists, details, the attachment, supervisor reviews.

Who sees what: an officer sees the accounts they created; a supervisor sees every account
created in the units they are assigned to.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from kiosk.domain.masking import mask_id_number, mask_name, mask_phone
from kiosk.sandbox import audit
from kiosk.sandbox.context import CurrentOfficer, Gateway
from kiosk.sandbox.errors import ApiError
from kiosk.sandbox.models import Attachment, CitizenAccount, Officer
from kiosk.sandbox.schemas import (
    AccountOut,
    AccountPage,
    LookupResult,
    MaskedAccount,
    OfficerRef,
    OwnAccountOut,
    ReviewOut,
    UnitRef,
)


def lookup(gw: Gateway, officer: CurrentOfficer, id_number: str) -> LookupResult:
    officer.require("officer")
    now = gw.settings.now()

    def work(session: Session) -> LookupResult:
        account = session.scalar(
            select(CitizenAccount)
            .where(
                or_(
                    CitizenAccount.id_number == id_number, CitizenAccount.old_id_number == id_number
                )
            )
            .limit(1)
        )
        if account is None:
            return LookupResult(exists=False)
        return LookupResult(
            exists=True,
            account=MaskedAccount(
                username_masked=mask_id_number(account.id_number),
                full_name_masked=mask_name(account.full_name),
                created_at=account.created_at,
            ),
        )

    return audit.run_audited(
        gw.db,
        now,
        officer.actor,
        "account.lookup",
        work,
        details={"id_number": mask_id_number(id_number)},
    )


def _officer_ref(officer: Officer | None) -> OfficerRef | None:
    if officer is None:
        return None
    return OfficerRef(id=officer.id, username=officer.username, full_name=officer.full_name)


def account_out(account: CitizenAccount, has_attachment: bool) -> AccountOut:
    review = None
    reviewer = _officer_ref(account.reviewed_by)
    if account.review_status in ("checked", "needs_action") and reviewer and account.reviewed_at:
        review = ReviewOut(
            status=account.review_status,
            note=account.review_note or "",
            reviewed_by=reviewer,
            reviewed_at=account.reviewed_at,
        )
    return AccountOut(
        account_id=account.id,
        id_number=account.id_number,
        old_id_number=account.old_id_number,
        full_name=account.full_name,
        date_of_birth=account.date_of_birth,
        sex=account.sex,
        phone=account.phone,
        email=account.email,
        address=account.address,
        level=account.level,
        unit=UnitRef(id=account.unit.id, name=account.unit.name) if account.unit else None,
        created_by=_officer_ref(account.created_by),
        created_at=account.created_at,
        counter=account.counter,
        has_attachment=has_attachment,
        review=review,
    )


def _own_row(account: CitizenAccount, has_attachment: bool) -> OwnAccountOut:
    full = account_out(account, has_attachment)
    return OwnAccountOut(
        account_id=full.account_id,
        id_number_masked=mask_id_number(full.id_number),
        full_name_masked=mask_name(full.full_name),
        phone_masked=mask_phone(full.phone),
        unit=full.unit,
        created_by=full.created_by,
        created_at=full.created_at,
        counter=full.counter,
        has_attachment=has_attachment,
        review=full.review,
    )


def _local_day_bounds(day: date, offset_hours: int) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=UTC) - timedelta(hours=offset_hours)
    return start, start + timedelta(days=1)


def list_accounts(
    gw: Gateway,
    officer: CurrentOfficer,
    *,
    day: date | None,
    unit_id: str | None,
    officer_id: int | None,
    page: int,
    page_size: int,
) -> AccountPage:
    now = gw.settings.now()
    # The caller's own accounts only, supervisor or not: a supervisor reads the units' accounts
    # through search (masked) and reveal (one at a time, audited), never in bulk in full.
    _require_officer(gw, officer, "account.list")
    query: Select[CitizenAccount] = select(CitizenAccount).where(
        CitizenAccount.source == "officer", CitizenAccount.created_by_id == officer.id
    )
    if officer_id is not None and officer_id != officer.id:
        _refuse_scope(gw, officer, "account.list", {"officer_id": officer_id})
    if unit_id is not None:
        query = query.where(CitizenAccount.unit_id == unit_id)
    if day is not None:
        start, end = _local_day_bounds(day, gw.settings.local_utc_offset_hours)
        query = query.where(CitizenAccount.created_at >= start, CitizenAccount.created_at < end)

    def work(session: Session) -> AccountPage:
        total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
        rows = list(
            session.scalars(
                query.order_by(CitizenAccount.created_at.desc(), CitizenAccount.id)
                .offset((page - 1) * page_size)
                .limit(page_size)
            )
        )
        with_files = _with_attachment(session, [r.id for r in rows])
        return AccountPage(
            items=[_own_row(r, r.id in with_files) for r in rows],
            total=total,
            page=page,
            page_size=page_size,
        )

    filters = {"date": day, "unit_id": unit_id, "officer_id": officer_id, "page": page}
    return audit.run_audited(gw.db, now, officer.actor, "account.list", work, details=filters)


def _with_attachment(session: Session, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    return set(session.scalars(select(Attachment.account_id).where(Attachment.account_id.in_(ids))))


def _require_officer(gw: Gateway, officer: CurrentOfficer, action: str) -> None:
    if "officer" not in officer.roles:
        error = ApiError("forbidden_role", details={"required_role": "officer"})
        audit.record_refusal(gw.db, gw.settings.now(), officer.actor, action, error)
        raise error


def _refuse_scope(
    gw: Gateway, officer: CurrentOfficer, action: str, details: dict[str, object]
) -> None:
    error = ApiError("forbidden_scope", details=details)
    audit.record_refusal(gw.db, gw.settings.now(), officer.actor, action, error, details=details)
    raise error


def _load_supervised(session: Session, officer: CurrentOfficer, account_id: str) -> CitizenAccount:
    """An account of one of the supervisor's units (scan, review)."""
    # the role first; then "no such account" and "not in your units" answer alike (404)
    officer.require("supervisor")
    account = session.get(CitizenAccount, account_id)
    if account is None or account.unit_id not in officer.unit_ids:
        raise ApiError("account_not_found")
    return account


def details(gw: Gateway, officer: CurrentOfficer, account_id: str) -> AccountOut:
    """The creating officer's view of one account (supervisors: reveal)."""
    now = gw.settings.now()
    _require_officer(gw, officer, "account.view")

    def work(session: Session) -> AccountOut:
        account = session.get(CitizenAccount, account_id)
        if account is None or account.created_by_id != officer.id:
            raise ApiError("account_not_found")  # another's account is not there for you
        return account_out(account, bool(_with_attachment(session, [account.id])))

    return audit.run_audited(
        gw.db, now, officer.actor, "account.view", work, target=account_id[:36]
    )


def attachment(gw: Gateway, officer: CurrentOfficer, account_id: str) -> tuple[bytes, str]:
    now = gw.settings.now()

    def work(session: Session) -> tuple[bytes, str]:
        account = _load_supervised(session, officer, account_id)
        stored = session.get(Attachment, account.id)
        if stored is None:
            raise ApiError("attachment_not_found")
        return stored.content, stored.filename

    return audit.run_audited(
        gw.db, now, officer.actor, "account.attachment", work, target=account_id[:36]
    )


def review(
    gw: Gateway, officer: CurrentOfficer, account_id: str, status: str, note: str
) -> ReviewOut:
    now = gw.settings.now()

    def work(session: Session) -> ReviewOut:
        account = _load_supervised(session, officer, account_id)
        account.review_status = status
        account.review_note = note
        account.reviewed_by_id = officer.id
        account.reviewed_at = now
        account.changed_at = now
        return ReviewOut(
            status=status,
            note=note,
            reviewed_by=OfficerRef(
                id=officer.id, username=officer.username, full_name=officer.full_name
            ),
            reviewed_at=now,
        )

    return audit.run_audited(
        gw.db,
        now,
        officer.actor,
        "account.review",
        work,
        target=account_id[:36],
        details={"status": status},
    )
