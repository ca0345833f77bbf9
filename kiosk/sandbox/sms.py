"""Text messages to citizens: into the training outbox, or handed to a configured sender.

In training mode every message lands in the `sms_messages` table, which the kiosk's simulated
phone panel reads through GET /v1/training/sms. In production mode there is no outbox; the
messages go to `SandboxSettings.sms_sender` (kiosk.sandbox.sms_http for a real carrier). A
production gateway without a sender refuses to say a message went out: sms_unavailable, and
the request's transaction (the OTP, the account) is undone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.orm import Session

from kiosk.domain.masking import mask_phone
from kiosk.sandbox.models import SmsMessage
from kiosk.sandbox.sms_http import SmsUnavailable

log = logging.getLogger("kiosk.sandbox.sms")

SENDER = "DichVuCong"
# (to E.164, text, kind) -> None; called inside the transaction that produced the message
SmsSender = Callable[[str, str, str], None]


def otp_text(code: str, ttl_minutes: int) -> str:
    # Brand-name SMS in Vietnam are sent without diacritics (GSM alphabet, one 160-char part).
    return (
        f"Ma OTP tao tai khoan Dich vu cong cua ban la {code}, hieu luc {ttl_minutes} phut. "
        "Chi doc ma cho can bo mot cua dang tiep nhan ho so cua ban."
    )


def password_text(username: str, password: str) -> str:
    return (
        "Tai khoan Cong Dich vu cong quoc gia cua ban da duoc tao. "
        f"Ten dang nhap: {username}. Mat khau: {password} . "
        "Hay doi mat khau sau khi dang nhap lan dau."
    )


def deliver(
    session: Session,
    *,
    production: bool,
    sender: SmsSender | None,
    to: str,
    text: str,
    kind: str,
    at: datetime,
) -> None:
    if not production:
        session.add(SmsMessage(to_phone=to, sender=SENDER, kind=kind, text=text, sent_at=at))
        return
    if sender is None:
        log.warning("SMS %s to %s not delivered: no SMS sender configured", kind, mask_phone(to))
        raise SmsUnavailable("no_sender")
    # SmsUnavailable from the sender goes up unchanged: an exception, not an ApiError, so the
    # transaction is rolled back; errors.install_handlers answers it as sms_unavailable.
    sender(to, text, kind)
