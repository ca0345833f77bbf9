"""The OTP hash key of a gateway: given (KIOSK_SANDBOX_SECRET), kept in a training database, or
drawn for one production start.

A key drawn per start made every code sent before a restart wrong: the citizen's correct code
was refused and the kiosk's reconciliation used up one of its tries. A training gateway
therefore draws its key once and keeps it in its own database; a production gateway keeps no
key next to the hashes it protects, so its key comes from the environment or lives one start.
"""

from __future__ import annotations

import secrets
from dataclasses import replace

from sqlalchemy.exc import IntegrityError

from kiosk.sandbox.db import Database
from kiosk.sandbox.models import GatewayKey
from kiosk.sandbox.settings import SandboxSettings

OTP_KEY = "otp_hash"
KEY_BYTES = 32


def stored_key(db: Database, name: str = OTP_KEY) -> bytes:
    """The key kept under `name`, drawn and stored at the first call."""
    with db.read() as session:
        row = session.get(GatewayKey, name)
        if row is not None:
            return row.value
    try:
        with db.write() as session:
            # another worker may have stored it since the read: its key wins
            row = session.get(GatewayKey, name)
            if row is None:
                row = GatewayKey(name=name, value=secrets.token_bytes(KEY_BYTES))
                session.add(row)
            return row.value
    except IntegrityError:
        # PostgreSQL: two workers inserted at once; the first one's key is kept
        with db.read() as session:
            kept = session.get(GatewayKey, name)
            assert kept is not None
            return kept.value


def with_otp_key(settings: SandboxSettings, db: Database) -> SandboxSettings:
    """Settings whose secret_key is set: as given, else the training database's, else new."""
    if settings.secret_key:
        return settings
    if settings.production:
        return replace(settings, secret_key=secrets.token_bytes(KEY_BYTES))
    return replace(settings, secret_key=stored_key(db))
