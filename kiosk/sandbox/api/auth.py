from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from kiosk.sandbox import logins
from kiosk.sandbox.context import CurrentOfficer, Gateway, client_address, current_officer, gateway
from kiosk.sandbox.errors import error_responses
from kiosk.sandbox.schemas import LoginRequest, RefreshRequest, TokenPair

router = APIRouter(tags=["auth"])


@router.post(
    "/v1/auth/login",
    response_model=TokenPair,
    summary="Officer log-in: tokens, roles and assigned units",
    responses=error_responses(400, 401, 413, 422, 429),
)
def login(
    body: LoginRequest, request: Request, gw: Annotated[Gateway, Depends(gateway)]
) -> TokenPair:
    return logins.login(gw, body.username, body.password, client_address(request))


@router.post(
    "/v1/auth/refresh",
    response_model=TokenPair,
    summary="New token pair; the refresh token used is void from now on",
    responses=error_responses(400, 401, 413, 422),
)
def refresh(
    body: RefreshRequest, request: Request, gw: Annotated[Gateway, Depends(gateway)]
) -> TokenPair:
    return logins.refresh(gw, body.refresh_token, client_address(request))


@router.post(
    "/v1/auth/logout",
    status_code=204,
    response_class=Response,
    summary="End this log-in session: access and refresh tokens revoked",
    responses=error_responses(401),
)
def logout(
    officer: Annotated[CurrentOfficer, Depends(current_officer)],
    gw: Annotated[Gateway, Depends(gateway)],
) -> Response:
    logins.logout(gw, officer.session_id, officer.actor)
    return Response(status_code=204)
