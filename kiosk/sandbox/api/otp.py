from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from kiosk.sandbox import otp
from kiosk.sandbox.context import CurrentOfficer, Gateway, current_officer, gateway
from kiosk.sandbox.errors import error_responses
from kiosk.sandbox.schemas import OtpRequest, OtpSent

router = APIRouter(tags=["otp"])


@router.post(
    "/v1/otp",
    status_code=201,
    response_model=OtpSent,
    summary="Send a one-time code to the citizen's mobile; voids older codes for it",
    responses=error_responses(400, 401, 403, 413, 422, 429),
)
def send_otp(
    body: OtpRequest,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
) -> OtpSent:
    return otp.send(gw, officer, body.phone, body.purpose, body.id_number)
