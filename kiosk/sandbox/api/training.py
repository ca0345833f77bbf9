from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy import select

from kiosk.sandbox.context import CurrentOfficer, Gateway, current_officer, gateway
from kiosk.sandbox.errors import ApiError, error_responses
from kiosk.sandbox.models import SmsMessage
from kiosk.sandbox.otp import require_mobile
from kiosk.sandbox.query import DATETIME_PATTERN, parse_datetime
from kiosk.sandbox.schemas import SmsList, SmsOut

router = APIRouter(tags=["training"])

MAX_MESSAGES = 100


@router.get(
    "/v1/training/sms",
    response_model=SmsList,
    summary="Training only: the messages a citizen's phone would show (oldest first)",
    responses=error_responses(401, 404, 422),
)
def sms_outbox(
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
    phone: Annotated[str | None, Query(max_length=32, description="Only this phone")] = None,
    since: Annotated[
        str | None,
        Query(
            pattern=DATETIME_PATTERN,
            json_schema_extra={"format": "date-time"},
            description="Only messages sent after this moment, ISO 8601 (UTC if no zone)",
        ),
    ] = None,
) -> SmsList:
    if gw.settings.production:
        raise ApiError("training_only")
    query = select(SmsMessage)
    if phone is not None:
        query = query.where(SmsMessage.to_phone == require_mobile(phone))
    after = parse_datetime("since", since)
    if after is not None:
        query = query.where(SmsMessage.sent_at > after)
    with gw.db.read() as session:
        newest = list(session.scalars(query.order_by(SmsMessage.id.desc()).limit(MAX_MESSAGES)))
    return SmsList(
        messages=[
            SmsOut(
                id=m.id, to=m.to_phone, sender=m.sender, kind=m.kind, text=m.text, sent_at=m.sent_at
            )
            for m in reversed(newest)
        ]
    )
