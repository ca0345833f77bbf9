from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, File, Form, Header, Path, Query, UploadFile
from fastapi.responses import JSONResponse, Response

from kiosk.sandbox import accounts, creation
from kiosk.sandbox.audit import record_refusal, run_audited
from kiosk.sandbox.context import CurrentOfficer, Gateway, current_officer, gateway
from kiosk.sandbox.errors import ApiError, error_responses
from kiosk.sandbox.query import DATE_PATTERN, parse_date
from kiosk.sandbox.schemas import (
    IDEMPOTENCY_KEY_PATTERN,
    AccountCreated,
    AccountOut,
    AccountPage,
    LookupRequest,
    LookupResult,
    ReviewOut,
    ReviewRequest,
)

router = APIRouter(tags=["citizen accounts"])

# A UUID in the route itself, so /v1/citizen-accounts/lookup never reads as an account id.
AccountId = Annotated[uuid.UUID, Path(description="account_id from a create or a list")]

CREATE_DESCRIPTION = """\
multipart/form-data with two parts: `data`, a JSON object (CreateAccountData), and
`attachment`, the scanned ID card as one PDF (checked by content, at most 5 MiB).
The `Idempotency-Key` header is required; retry only with the same key and the same body.
A successful creation sends the citizen's password by SMS."""


@router.post(
    "/v1/citizen-accounts/lookup",
    response_model=LookupResult,
    summary="Does an account exist for this ID number? Masked details only",
    responses=error_responses(400, 401, 403, 413, 422),
)
def lookup(
    body: LookupRequest,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
) -> LookupResult:
    return accounts.lookup(gw, officer, body.id_number)


@router.post(
    "/v1/citizen-accounts",
    status_code=201,
    response_model=AccountCreated,
    summary="Create a citizen account (idempotent)",
    description=CREATE_DESCRIPTION,
    responses=error_responses(400, 401, 403, 409, 410, 413, 415, 422),
)
def create_account(
    data: Annotated[str, Form(description="JSON object, see CreateAccountData")],
    attachment: Annotated[UploadFile, File(description="The ID card scan, one PDF")],
    idempotency_key: Annotated[
        str,
        Header(
            alias="Idempotency-Key",
            pattern=IDEMPOTENCY_KEY_PATTERN,
            description="UUIDv4 the client stored before sending",
        ),
    ],
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
) -> Response:
    limit = gw.settings.max_attachment_bytes
    content = attachment.file.read(limit + 1)
    try:
        outcome = creation.create(
            gw,
            officer,
            idempotency_key,
            data,
            creation.Upload(content=content, filename=attachment.filename or ""),
        )
    except ApiError as refusal:
        record_refusal(gw.db, gw.settings.now(), officer.actor, "account.create", refusal)
        raise
    headers: dict[str, str] = {}
    if outcome.replayed:
        headers["Idempotent-Replayed"] = "true"
        # the first answer was audited with its outcome; the retry is recorded as such
        run_audited(
            gw.db,
            gw.settings.now(),
            officer.actor,
            "account.create.replay",
            lambda _session: None,
            details={"status": outcome.status_code},
        )
    return JSONResponse(outcome.body, status_code=outcome.status_code, headers=headers)


@router.get(
    "/v1/citizen-accounts",
    response_model=AccountPage,
    summary="The calling officer's own accounts (supervisors: search and reveal)",
    responses=error_responses(401, 403, 422),
)
def list_accounts(
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
    day: Annotated[
        str | None,
        Query(
            alias="date",
            pattern=DATE_PATTERN,
            description="Local day (UTC+7), YYYY-MM-DD",
            json_schema_extra={"format": "date"},
        ),
    ] = None,
    unit_id: Annotated[str | None, Query(max_length=40)] = None,
    officer_id: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    page_size: Annotated[int, Query(ge=1, le=100)] = 20,
) -> AccountPage:
    return accounts.list_accounts(
        gw,
        officer,
        day=parse_date("date", day),
        unit_id=unit_id,
        officer_id=officer_id,
        page=page,
        page_size=page_size,
    )


@router.get(
    "/v1/citizen-accounts/{account_id:uuid}",
    response_model=AccountOut,
    summary="One of the calling officer's own accounts, with its review",
    responses=error_responses(401, 403, 404, 422),
)
def account_details(
    account_id: AccountId,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
) -> AccountOut:
    return accounts.details(gw, officer, str(account_id))


@router.get(
    "/v1/citizen-accounts/{account_id:uuid}/attachment",
    response_class=Response,
    summary="The ID card scan (supervisors of the account's unit)",
    responses={
        200: {
            "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
            "description": "The PDF as sent by the counter",
        },
        **error_responses(401, 403, 404, 422),
    },
)
def account_attachment(
    account_id: AccountId,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
) -> Response:
    content, filename = accounts.attachment(gw, officer, str(account_id))
    return Response(
        content,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


@router.post(
    "/v1/citizen-accounts/{account_id:uuid}/review",
    response_model=ReviewOut,
    summary="Supervisor's mark on an account: checked, or needs action, with a note",
    responses=error_responses(400, 401, 403, 404, 413, 422),
)
def review_account(
    account_id: AccountId,
    body: ReviewRequest,
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
) -> ReviewOut:
    return accounts.review(gw, officer, str(account_id), body.status, body.note)
