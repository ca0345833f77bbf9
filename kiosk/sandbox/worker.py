"""Several worker processes on one database (`kiosk sandbox --workers N`).

uvicorn starts each worker by importing an application factory, so the settings travel to the
workers as JSON in an environment variable, never on a command line. Every piece of state the
workers must agree on lives in the database (tokens, throttle counters, OTPs, idempotency
records); a production gateway's OTP hash key without KIOSK_SANDBOX_SECRET is the exception:
it is drawn here and handed to all workers (a training gateway's is in its database).
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import fields, replace
from typing import Any

from fastapi import FastAPI

from kiosk.sandbox.keys import KEY_BYTES
from kiosk.sandbox.settings import SandboxSettings

SETTINGS_ENV = "KIOSK_SANDBOX_WORKER_SETTINGS"
FACTORY = "kiosk.sandbox.worker:app_from_env"
# settings that are plain values and may cross a process boundary
_PLAIN = (bool, int, str)


def settings_to_json(settings: SandboxSettings) -> str:
    plain = {
        f.name: getattr(settings, f.name)
        for f in fields(settings)
        if isinstance(getattr(settings, f.name), _PLAIN)
    }
    key = settings.secret_key
    if not key and settings.production:
        key = secrets.token_bytes(KEY_BYTES)
    plain["secret_key"] = key.hex()
    return json.dumps(plain)


def settings_from_json(text: str) -> SandboxSettings:
    values: dict[str, Any] = json.loads(text)
    secret = bytes.fromhex(values.pop("secret_key"))
    return replace(SandboxSettings(), secret_key=secret, **values)


def app_from_env() -> FastAPI:
    """uvicorn's factory in each worker."""
    from kiosk.sandbox.app import create_app

    settings = settings_from_json(os.environ[SETTINGS_ENV])
    return create_app(settings)
