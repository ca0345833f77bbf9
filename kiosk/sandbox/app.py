"""The FastAPI application of the training gateway: `create_app(settings)`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.routing import APIRoute
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.sandbox import keys, seed
from kiosk.sandbox.api import accounts, auth, health, otp, supervision, training, units
from kiosk.sandbox.context import Gateway
from kiosk.sandbox.db import Database
from kiosk.sandbox.errors import ApiError, install_handlers
from kiosk.sandbox.schemas import CreateAccountData
from kiosk.sandbox.settings import SandboxSettings
from kiosk.sandbox.strict_query import reject_unknown_query

CONTRACT_VERSION = "1.0.0"
TITLE = "Kiosk gateway contract"
DESCRIPTION = """\
The REST contract between the account-creation kiosk and its gateway. This document is
generated from the training gateway (`kiosk sandbox`) and committed as docs/openapi.json;
docs/gateway.md explains the rules behind each operation. Every refusal is
`{"error": {"code", "message", "details"}}` with a stable code and a Vietnamese message."""


# A refused body up to this many times the limit is read and discarded before the answer: a
# server that closes while the client is still sending makes the client's TCP stack drop the
# answer unread (connection reset). Beyond that, the sender is not a kiosk; close at once.
DRAIN_FACTOR = 4


async def _drain(receive: Receive) -> None:
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body", False):
            return


class DeclaredSizeLimit:
    """Refuses a body whose declared Content-Length is over the limit before anything reads it.

    FastAPI's own max_body_size counts the bytes as they are read (chunked bodies included) and
    its refusal reaches our handlers, but a declared size it answers in plain text; judged here,
    outside FastAPI's stack, the answer has the contract's JSON shape.
    """

    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            for name, value in scope.get("headers", []):
                if name == b"content-length":
                    try:
                        declared = int(value)
                    except ValueError:
                        declared = -1
                    if declared > self.max_body_bytes:
                        error = ApiError(
                            "payload_too_large",
                            message=(
                                "Dữ liệu gửi lên quá lớn (tối đa "
                                f"{self.max_body_bytes // (1024 * 1024)} MB)."
                            ),
                            details={"max_bytes": self.max_body_bytes},
                        )
                        if declared <= DRAIN_FACTOR * self.max_body_bytes:
                            await _drain(receive)
                        response = error.response()
                        response.headers["Connection"] = "close"
                        await response(scope, receive, send)
                        return
                    break
        await self.app(scope, receive, send)


# Answers without tokens or personal data, which a cache may keep.
CACHEABLE_PATHS = frozenset({"/v1/health", "/v1/openapi.json"})


class SafeHeaders:
    """nosniff on every answer; no-store on every answer that may carry tokens or personal data
    (all but CACHEABLE_PATHS), refusals included: a shared PC's browser cache or a proxy must
    keep none of it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cacheable = scope.get("path") in CACHEABLE_PATHS

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["X-Content-Type-Options"] = "nosniff"
                if not cacheable:
                    headers["Cache-Control"] = "no-store"
            await send(message)

        await self.app(scope, receive, send_with_headers)


class GatewayApp(FastAPI):
    def build_middleware_stack(self) -> ASGIApp:
        # outermost, so the declared-size refusal is not rewritten by inner layers
        assert self.max_body_size is not None
        limited = DeclaredSizeLimit(super().build_middleware_stack(), self.max_body_size)
        return SafeHeaders(limited)


def create_app(settings: SandboxSettings) -> FastAPI:
    if not settings.database_url:
        raise ValueError("settings.database_url is empty")
    if settings.production and settings.sms_sender is None and settings.sms_config_path:
        from pathlib import Path

        from kiosk.sandbox.sms_http import HttpSmsConfig, HttpSmsSender

        sender = HttpSmsSender(HttpSmsConfig.load(Path(settings.sms_config_path)))
        settings = replace(settings, sms_sender=sender)
    db = Database(settings.database_url)
    db.create_schema()
    if settings.production:
        # Demo data never reaches a production gateway, and a training database never becomes
        # one: its published demo password would open it.
        if seed.has_demo_officers(db):
            db.dispose()
            raise ValueError(
                "this database holds the training demo officers; production needs its own"
            )
    elif settings.seed_demo_data:
        seed.ensure_demo_data(db, settings.now())
    settings = keys.with_otp_key(settings, db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        db.dispose()

    app = GatewayApp(
        title=TITLE,
        version=CONTRACT_VERSION,
        description=DESCRIPTION,
        # No interactive docs: their pages load scripts from the internet, which a training
        # room may not reach. The document itself is served and committed.
        docs_url=None,
        redoc_url=None,
        openapi_url="/v1/openapi.json",
        lifespan=lifespan,
        max_body_size=settings.max_body_bytes,
        # the create form has one JSON part and one file; anything beyond is not a kiosk
        form_limits={"max_files": 1, "max_fields": 4},
    )
    app.state.gateway = Gateway(settings=settings, db=db)
    install_handlers(app)
    routers = [m.router for m in (health, auth, units, accounts, supervision, otp, training)]
    for router in routers:
        # Health stays lenient: monitoring probes add cache-busting parameters of their own.
        strict = [] if router is health.router else [Depends(reject_unknown_query)]
        app.include_router(router, dependencies=strict)
    # (path pattern, methods) of every operation, for the Allow header of a 405
    app.state.route_methods = [
        (route.path_regex, set(route.methods or ()))
        for router in routers
        for route in router.routes
        if isinstance(route, APIRoute)
    ]
    _describe_create_form(app)
    return app


def _describe_create_form(app: FastAPI) -> None:
    """Say in the document that the `data` part is JSON of CreateAccountData."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        document = generate()
        schemas = document.setdefault("components", {}).setdefault("schemas", {})
        data_schema = CreateAccountData.model_json_schema(
            ref_template="#/components/schemas/{model}"
        )
        schemas.update(data_schema.pop("$defs", {}))
        schemas["CreateAccountData"] = data_schema
        operation = document["paths"]["/v1/citizen-accounts"]["post"]
        form = operation["requestBody"]["content"]["multipart/form-data"]
        # FastAPI names the form schema after the function; the contract names it plainly.
        generated = form["schema"]["$ref"].rsplit("/", 1)[-1]
        form_schema = schemas.pop(generated)
        form_schema["title"] = "CreateAccountForm"
        form_schema["properties"]["data"] = {"$ref": "#/components/schemas/CreateAccountData"}
        form_schema["properties"]["attachment"]["contentMediaType"] = "application/pdf"
        schemas["CreateAccountForm"] = form_schema
        form["schema"] = {"$ref": "#/components/schemas/CreateAccountForm"}
        form["encoding"] = {
            "data": {"contentType": "application/json"},
            "attachment": {"contentType": "application/pdf"},
        }
        app.openapi_schema = document
        return document

    app.openapi = openapi  # type: ignore[method-assign]
