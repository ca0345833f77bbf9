"""One-time codes (domain-facts §7): 6 CSPRNG digits, stored keyed-hashed, valid 5 minutes,
single use, bound to phone + purpose + ID number, 5 wrong tries kill the code, a resend after
60 s voids every older code for that phone and purpose, and a phone gets at most N per hour.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.domain.masking import mask_id_number, mask_phone
from kiosk.sandbox import audit, sms
from kiosk.sandbox.context import CurrentOfficer, Gateway
from kiosk.sandbox.errors import ApiError
from kiosk.sandbox.models import OtpCode
from kiosk.sandbox.phones import normalise_mobile
from kiosk.sandbox.schemas import OtpSent
from kiosk.sandbox.security import new_otp_code, otp_hash, otp_matches

HOUR = timedelta(hours=1)


def _seconds_until(moment: datetime, now: datetime) -> int:
    return max(1, math.ceil((moment - now).total_seconds()))


def require_mobile(phone: str) -> str:
    normalised = normalise_mobile(phone)
    if normalised is None:
        raise ApiError("not_a_mobile_number")
    return normalised


def send(
    gw: Gateway, officer: CurrentOfficer, phone_raw: str, purpose: str, id_number: str
) -> OtpSent:
    officer.require("officer")
    now = gw.settings.now()
    settings = gw.settings
    phone = require_mobile(phone_raw)

    def work(session: Session) -> OtpSent:
        if not any(unit.eligible for unit in officer.units):
            # nobody could create the account this code is for: no SMS to the citizen
            raise ApiError(
                "unit_not_allowed",
                message=(
                    "Cán bộ chưa có đơn vị một cửa hợp lệ nên không gửi được mã OTP; "
                    "đề nghị quản trị viên gán đơn vị hoặc đặt lại tên đơn vị."
                ),
                details={"reason": "no_eligible_unit"},
            )
        latest = session.scalar(
            select(OtpCode)
            .where(OtpCode.phone == phone, OtpCode.purpose == purpose)
            .order_by(OtpCode.created_at.desc())
            .limit(1)
        )
        if latest is not None and latest.resend_after > now:
            wait = _seconds_until(latest.resend_after, now)
            raise ApiError(
                "otp_cooldown",
                message=f"Vừa gửi mã OTP cho số này. Có thể gửi lại sau {wait} giây.",
                details={"retry_after_seconds": wait, "resend_after": latest.resend_after},
                retry_after=wait,
            )
        recent = list(
            session.scalars(
                select(OtpCode.created_at)
                .where(OtpCode.phone == phone, OtpCode.created_at > now - HOUR)
                .order_by(OtpCode.created_at)
            )
        )
        if len(recent) >= settings.otp_sends_per_hour:
            # the oldest send in the window leaves it first
            wait = _seconds_until(recent[0] + HOUR, now)
            raise ApiError(
                "otp_hourly_limit",
                message=(
                    f"Số điện thoại này đã nhận {len(recent)} mã OTP trong một giờ. "
                    f"Có thể gửi lại sau {math.ceil(wait / 60)} phút."
                ),
                details={"retry_after_seconds": wait, "limit": settings.otp_sends_per_hour},
                retry_after=wait,
            )
        # "nhập mã xác nhận mới nhất": only the newest code for this phone and purpose works
        session.execute(
            update(OtpCode)
            .where(OtpCode.phone == phone, OtpCode.purpose == purpose, OtpCode.status == "active")
            .values(status="superseded")
        )
        otp_id = str(uuid.uuid4())
        code = new_otp_code()
        row = OtpCode(
            id=otp_id,
            phone=phone,
            purpose=purpose,
            id_number=id_number,
            officer_id=officer.id,
            code_hash=otp_hash(settings.secret_key, otp_id, code),
            created_at=now,
            expires_at=now + timedelta(seconds=settings.otp_ttl_seconds),
            resend_after=now + timedelta(seconds=settings.otp_resend_cooldown_seconds),
            attempts=0,
            max_attempts=settings.otp_max_attempts,
            status="active",
        )
        session.add(row)
        sms.deliver(
            session,
            production=settings.production,
            sender=settings.sms_sender,
            to=phone,
            text=sms.otp_text(code, math.ceil(settings.otp_ttl_seconds / 60)),
            kind="otp",
            at=now,
        )
        return OtpSent(
            otp_id=otp_id,
            phone=phone,
            expires_at=row.expires_at,
            resend_after=row.resend_after,
            attempts_left=settings.otp_max_attempts,
            sends_left_this_hour=settings.otp_sends_per_hour - len(recent) - 1,
        )

    return audit.run_audited(
        gw.db,
        now,
        officer.actor,
        "otp.send",
        work,
        details={
            "phone": mask_phone(phone),
            "id_number": mask_id_number(id_number),
            "purpose": purpose,
        },
    )


@dataclass(frozen=True)
class OtpBinding:
    phone: str
    purpose: str
    id_number: str
    # the officer who sent the code; another officer's request does not see it at all
    officer_id: int


def consume(
    session: Session, gw: Gateway, otp_id: str, code: str, binding: OtpBinding, now: datetime
) -> None:
    """Check the code and mark it used, in the caller's transaction.

    A wrong code is counted in that transaction before the refusal is raised: the caller
    commits it, so the tries are never forgotten.
    """
    row = session.get(OtpCode, otp_id)
    if row is None or row.officer_id != binding.officer_id:
        raise ApiError("otp_not_found")
    if (row.phone, row.purpose, row.id_number) != (
        binding.phone,
        binding.purpose,
        binding.id_number,
    ):
        raise ApiError("otp_mismatch")
    if row.status == "used":
        raise ApiError("otp_used")
    if row.status == "superseded":
        raise ApiError("otp_superseded")
    if row.status == "locked":
        raise ApiError("otp_locked", details={"attempts_left": 0})
    if row.expires_at <= now:
        raise ApiError("otp_expired", details={"expired_at": row.expires_at})
    if not otp_matches(gw.settings.secret_key, row.id, code, row.code_hash):
        attempts = session.execute(
            update(OtpCode)
            .where(OtpCode.id == row.id)
            .values(attempts=OtpCode.attempts + 1)
            .returning(OtpCode.attempts)
        ).scalar_one()
        left = max(0, row.max_attempts - attempts)
        if left == 0:
            session.execute(update(OtpCode).where(OtpCode.id == row.id).values(status="locked"))
            raise ApiError(
                "otp_locked",
                message=(
                    f"Nhập sai mã OTP {row.max_attempts} lần; mã đã bị huỷ. Vui lòng gửi mã mới."
                ),
                details={"attempts_left": 0},
            )
        raise ApiError(
            "otp_invalid",
            message=f"Mã OTP không đúng. Còn {left} lần thử.",
            details={"attempts_left": left},
        )
    # The status condition makes single use a property of the database, not of timing.
    marked = session.execute(
        update(OtpCode)
        .where(OtpCode.id == row.id, OtpCode.status == "active")
        .values(status="used", used_at=now)
    )
    if getattr(marked, "rowcount", 0) != 1:
        raise ApiError("otp_used")
