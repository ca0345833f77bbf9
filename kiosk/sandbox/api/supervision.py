from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Body, Depends, File, Path, Query, UploadFile
from fastapi.responses import Response

from kiosk.sandbox import supervision
from kiosk.sandbox.context import CurrentOfficer, Gateway, current_officer, gateway
from kiosk.sandbox.errors import error_responses
from kiosk.sandbox.query import DATE_PATTERN, parse_date
from kiosk.sandbox.schemas import AccountOut
from kiosk.sandbox.supervision_schemas import (
    DayTotals,
    RequestFormInfo,
    RevealRequest,
    SearchRequest,
    SupervisedPage,
)

router = APIRouter(tags=["supervision"])

AccountId = Annotated[uuid.UUID, Path(description="account_id from a create or a list")]


@router.post(
    "/v1/citizen-accounts/search",
    response_model=SupervisedPage,
    summary="Supervisors: one day's accounts of their units, newest first; ID and phone masked",
    description="A POST so that a searched name or ID number never appears in a URL.",
    responses=error_responses(400, 401, 403, 422),
)
def search_accounts(
    body: SearchRequest,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
) -> SupervisedPage:
    return supervision.search(gw, officer, body)


@router.get(
    "/v1/citizen-accounts/totals",
    response_model=DayTotals,
    summary="Supervisors: one day's counts per unit and per officer, by review state",
    responses=error_responses(401, 403, 422),
)
def day_totals(
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
    day: Annotated[
        str,
        Query(
            alias="date",
            pattern=DATE_PATTERN,
            description="Local day (UTC+7), YYYY-MM-DD",
            json_schema_extra={"format": "date"},
        ),
    ],
    unit_id: Annotated[str | None, Query(min_length=1, max_length=40)] = None,
) -> DayTotals:
    parsed = parse_date("date", day)
    assert parsed is not None  # the parameter is required
    return supervision.totals(gw, officer, parsed, unit_id)


@router.post(
    "/v1/citizen-accounts/{account_id:uuid}/reveal",
    response_model=AccountOut,
    summary="Supervisors: one account in full (ID number, phone, birth date); audited",
    responses=error_responses(400, 401, 403, 404, 422),
)
def reveal_account(
    account_id: AccountId,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
    body: Annotated[RevealRequest | None, Body()] = None,
) -> AccountOut:
    reason = (body or RevealRequest()).reason
    return supervision.reveal(gw, officer, str(account_id), reason)


@router.put(
    "/v1/citizen-accounts/{account_id:uuid}/request-form",
    response_model=RequestFormInfo,
    summary="The creating officer stores the request form the citizen signed (one PDF, ≤ 5 MiB)",
    responses=error_responses(400, 401, 403, 404, 413, 415, 422),
)
def store_request_form(
    account_id: AccountId,
    request_form: Annotated[UploadFile, File(description="The request form, one PDF")],
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
) -> RequestFormInfo:
    content = request_form.file.read(gw.settings.max_attachment_bytes + 1)
    return supervision.store_request_form(gw, officer, str(account_id), content)


@router.get(
    "/v1/citizen-accounts/{account_id:uuid}/request-form",
    response_class=Response,
    summary="The stored request form (supervisors of the unit, the officer who created it)",
    responses={
        200: {
            "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
            "description": "The PDF as sent by the counter",
        },
        **error_responses(401, 403, 404, 422),
    },
)
def get_request_form(
    account_id: AccountId,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
) -> Response:
    content = supervision.request_form(gw, officer, str(account_id))
    return Response(
        content,
        media_type="application/pdf",
        headers={
            "Content-Disposition": 'attachment; filename="giay-de-nghi.pdf"',
            "Cache-Control": "no-store",
        },
    )
