"""What every request handler needs: settings, database, the officer, the caller's address."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select

from kiosk.domain.units import is_eligible_unit_name
from kiosk.sandbox.audit import Actor
from kiosk.sandbox.db import Database
from kiosk.sandbox.errors import ApiError
from kiosk.sandbox.models import AuthToken, Officer
from kiosk.sandbox.security import token_hash
from kiosk.sandbox.settings import SandboxSettings


@dataclass(frozen=True)
class Gateway:
    settings: SandboxSettings
    db: Database


@dataclass(frozen=True)
class UnitInfo:
    id: str
    name: str
    level: str

    @property
    def eligible(self) -> bool:
        return is_eligible_unit_name(self.name)


@dataclass(frozen=True)
class CurrentOfficer:
    id: int
    username: str
    full_name: str
    roles: tuple[str, ...]
    units: tuple[UnitInfo, ...]
    session_id: str
    client_address: str | None

    @property
    def unit_ids(self) -> set[str]:
        return {u.id for u in self.units}

    @property
    def is_supervisor(self) -> bool:
        return "supervisor" in self.roles

    @property
    def actor(self) -> Actor:
        return Actor(officer_id=self.id, client_address=self.client_address)

    def require(self, role: str) -> None:
        if role not in self.roles:
            raise ApiError("forbidden_role", details={"required_role": role})


def gateway(request: Request) -> Gateway:
    gw: Gateway = request.app.state.gateway
    return gw


def client_address(request: Request) -> str | None:
    return request.client.host if request.client else None


_bearer = HTTPBearer(
    auto_error=False,
    description="Access token from POST /v1/auth/login or /v1/auth/refresh",
)


def current_officer(
    request: Request,
    credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
) -> CurrentOfficer:
    if credentials is None or not credentials.credentials:
        raise ApiError("unauthenticated")
    gw = gateway(request)
    now = gw.settings.now()
    with gw.db.read() as session:
        token = session.scalar(
            select(AuthToken).where(
                AuthToken.token_hash == token_hash(credentials.credentials),
                AuthToken.kind == "access",
            )
        )
        if token is None or token.revoked_at is not None:
            raise ApiError("invalid_token")
        if token.expires_at <= now:
            raise ApiError("access_token_expired")
        officer = session.get(Officer, token.officer_id)
        if officer is None or officer.disabled_at is not None:
            raise ApiError("invalid_token")
        return CurrentOfficer(
            id=officer.id,
            username=officer.username,
            full_name=officer.full_name,
            roles=tuple(officer.role_list),
            units=tuple(UnitInfo(u.id, u.name, u.level) for u in officer.units),
            session_id=token.session_id,
            client_address=client_address(request),
        )
