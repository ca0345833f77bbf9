"""Account creation: validate, claim the idempotency key, then one transaction that either
writes everything (account, attachment, OTP marked used, password SMS, audit, stored response)
or only what a refusal must keep (a counted wrong OTP try, the stored refusal, audit).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from pydantic import ValidationError
from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.domain.masking import mask_id_number, mask_name
from kiosk.sandbox import audit, idempotency, otp, sms
from kiosk.sandbox.attachments import CheckedPdf, check_pdf
from kiosk.sandbox.context import CurrentOfficer, Gateway
from kiosk.sandbox.errors import ApiError, validation_error
from kiosk.sandbox.models import Attachment, CitizenAccount
from kiosk.sandbox.passwords import generate_password
from kiosk.sandbox.schemas import AccountCreated, CreateAccountData

# Verification level the portal gives accounts confirmed through the citizen's own mobile.
ACCOUNT_LEVEL = 2
PURPOSE = "create_account"
OLDEST_BIRTH = date(1900, 1, 1)


@dataclass(frozen=True)
class Outcome:
    status_code: int
    body: dict[str, Any]
    replayed: bool = False


@dataclass(frozen=True)
class Upload:
    content: bytes
    filename: str


def parse_data(raw_text: str) -> tuple[Any, CreateAccountData]:
    try:
        raw = json.loads(raw_text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ApiError("malformed_request", details={"problem": "data_not_json"}) from exc
    if not isinstance(raw, dict):
        raise validation_error([{"loc": ("data",), "type": "model_type"}])
    try:
        return raw, CreateAccountData.model_validate(raw)
    except ValidationError as exc:
        raise validation_error(list(exc.errors())) from exc


def _check_dates(data: CreateAccountData, today: date) -> None:
    if not OLDEST_BIRTH <= data.date_of_birth <= today:
        raise validation_error(
            [
                {
                    "loc": ("date_of_birth",),
                    "type": "value_error",
                    "msg": "ngày sinh phải từ 1900-01-01 đến hôm nay",
                }
            ]
        )


def create(
    gw: Gateway, officer: CurrentOfficer, key: str, data_text: str, upload: Upload
) -> Outcome:
    officer.require("officer")
    settings = gw.settings
    raw, data = parse_data(data_text)
    local_today = (settings.now() + timedelta(hours=settings.local_utc_offset_hours)).date()
    _check_dates(data, local_today)
    phone = otp.require_mobile(data.phone)
    pdf = check_pdf(upload.content, settings.max_attachment_bytes)

    claimed = idempotency.claim(gw, officer.id, key, idempotency.fingerprint(raw, pdf.sha256))
    if isinstance(claimed, idempotency.Replay):
        return Outcome(claimed.status_code, claimed.body, replayed=True)
    try:
        return _execute(gw, officer, claimed, data, phone, pdf)
    except BaseException:
        idempotency.release(gw, claimed)
        raise


def _details(data: CreateAccountData) -> dict[str, str]:
    return {"id_number": mask_id_number(data.id_number), "unit_id": data.unit_id}


def _execute(
    gw: Gateway,
    officer: CurrentOfficer,
    claimed: idempotency.Claim,
    data: CreateAccountData,
    phone: str,
    pdf: CheckedPdf,
) -> Outcome:
    now = gw.settings.now()
    try:
        with gw.db.write() as session:
            try:
                created = _insert(session, gw, officer, data, phone, pdf, now)
                outcome = Outcome(201, created.model_dump(mode="json"))
                target = created.account_id
            except ApiError as refusal:
                outcome = Outcome(refusal.status, refusal.body())
                target = None
            idempotency.complete(session, claimed, outcome.status_code, outcome.body)
            audit.record(
                session,
                at=now,
                actor=officer.actor,
                action="account.create",
                outcome="ok" if outcome.status_code == 201 else outcome.body["error"]["code"],
                target=target,
                unit_id=data.unit_id,
                details=_details(data),
            )
        return outcome
    except IntegrityError:
        # The unique id_number constraint: another request created this citizen's account
        # between our check and our insert. Everything of ours was rolled back.
        with gw.db.read() as session:
            existing = _existing(session, data)
        if existing is None:
            raise
        exists = _account_exists(existing)
        with gw.db.write() as session:
            idempotency.complete(session, claimed, exists.status, exists.body())
            audit.record(
                session,
                at=now,
                actor=officer.actor,
                action="account.create",
                outcome=exists.code,
                unit_id=data.unit_id,
                details=_details(data),
            )
        return Outcome(exists.status, exists.body())


def _existing(session: Session, data: CreateAccountData) -> CitizenAccount | None:
    numbers = {data.id_number} | ({data.old_id_number} if data.old_id_number else set())
    return session.scalar(
        select(CitizenAccount)
        .where(
            or_(CitizenAccount.id_number.in_(numbers), CitizenAccount.old_id_number.in_(numbers))
        )
        .limit(1)
    )


def _account_exists(account: CitizenAccount) -> ApiError:
    return ApiError(
        "account_exists",
        details={
            "username_masked": mask_id_number(account.id_number),
            "full_name_masked": mask_name(account.full_name),
            "created_at": account.created_at,
        },
    )


def _check_unit(officer: CurrentOfficer, unit_id: str) -> None:
    unit = next((u for u in officer.units if u.id == unit_id), None)
    if unit is None:
        raise ApiError(
            "unit_not_allowed",
            message="Cán bộ chưa được gán vào đơn vị này; chọn đơn vị một cửa nơi mình công tác.",
            details={"reason": "not_assigned", "unit_id": unit_id},
        )
    if not unit.eligible:
        raise ApiError(
            "unit_not_allowed",
            message=(
                "Tên đơn vị không chứa “Trung tâm phục vụ hành chính công” hay “Bộ phận một "
                "cửa”; đề nghị quản trị viên đặt lại tên đơn vị."
            ),
            details={"reason": "name_rule", "unit_id": unit_id},
        )


def _insert(
    session: Session,
    gw: Gateway,
    officer: CurrentOfficer,
    data: CreateAccountData,
    phone: str,
    pdf: CheckedPdf,
    now: datetime,
) -> AccountCreated:
    # Every check that writes nothing comes first; the OTP check writes only a counted try.
    _check_unit(officer, data.unit_id)
    existing = _existing(session, data)
    if existing is not None:
        raise _account_exists(existing)
    otp.consume(
        session,
        gw,
        data.otp_id,
        data.otp_code,
        otp.OtpBinding(
            phone=phone, purpose=PURPOSE, id_number=data.id_number, officer_id=officer.id
        ),
        now,
    )
    account = CitizenAccount(
        id=str(uuid.uuid4()),
        id_number=data.id_number,
        old_id_number=data.old_id_number,
        full_name=data.full_name,
        date_of_birth=data.date_of_birth,
        sex=data.sex,
        phone=phone,
        email=data.email,
        address=data.address,
        level=ACCOUNT_LEVEL,
        source="officer",
        unit_id=data.unit_id,
        created_by_id=officer.id,
        created_at=now,
        counter=data.counter,
        client_address=officer.client_address,
    )
    session.add(account)
    session.flush()  # the unique constraint speaks here, before anything else is written
    session.add(
        Attachment(
            account_id=account.id,
            filename=f"cccd-{account.id[:8]}.pdf",
            content_type="application/pdf",
            size=len(pdf.content),
            sha256=pdf.sha256,
            content=pdf.content,
        )
    )
    password = generate_password()
    sms.deliver(
        session,
        production=gw.settings.production,
        sender=gw.settings.sms_sender,
        to=phone,
        text=sms.password_text(data.id_number, password),
        kind="password",
        at=now,
    )
    return AccountCreated(
        account_id=account.id,
        username=data.id_number,
        level=ACCOUNT_LEVEL,
        created_at=now,
        password_sms="sent",  # noqa: S106 (a delivery state)
    )
