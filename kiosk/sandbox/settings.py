"""Settings of the training gateway: every limit of domain-facts §7 is a knob, time included.

Time is a dependency (`clock`) so the 5-minute OTP life and the 60-second resend cooldown can be
exercised without sleeping.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

MIB = 1024 * 1024


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class SandboxSettings:
    # SQLAlchemy URL: sqlite:///path (default use) or postgresql+psycopg://… for a shared server.
    database_url: str = ""
    # Production mode: no SMS outbox, nothing readable but through a real phone.
    production: bool = False
    clock: Callable[[], datetime] = utc_now
    otp_ttl_seconds: int = 300
    otp_resend_cooldown_seconds: int = 60
    otp_max_attempts: int = 5
    otp_sends_per_hour: int = 5
    access_token_ttl_seconds: int = 15 * 60
    # One working day: an officer logs in in the morning and is not asked again at noon.
    refresh_token_ttl_seconds: int = 12 * 3600
    # failures in a row from one client before it waits (kiosk.sandbox.throttle)
    login_max_failures: int = 5
    # the longest wait, and how long failures are remembered
    login_lockout_seconds: int = 15 * 60
    # the first wait; it doubles with every further failure
    login_base_delay_seconds: int = 60
    # failures of one username from all clients that mean an attack from many addresses
    login_user_alarm_failures: int = 20
    # scrypt cost of officers' password hashes (r=8): N=2^14, p=5 is one of OWASP's equivalent
    # minimums, ~0.17 s of one core per log-in. Applied to new hashes and, at the next
    # successful log-in, to stored ones; a province trades it against log-in peaks.
    password_scrypt_n: int = 2**14
    password_scrypt_p: int = 5
    idempotency_ttl_seconds: int = 24 * 3600
    # A claim older than this is taken for a crashed worker and may be taken over.
    idempotency_lock_seconds: int = 60
    max_body_bytes: int = 6 * MIB
    max_attachment_bytes: int = 5 * MIB
    # The kiosk and reports speak of Vietnamese calendar days (UTC+7, no daylight saving).
    local_utc_offset_hours: int = 7
    seed_demo_data: bool = True
    # Production mode only: (to, text, kind) -> None, the way out to a real SMS carrier.
    sms_sender: Callable[[str, str, str], None] | None = None
    # Production mode: the HTTP SMS provider's JSON file (kiosk.sandbox.sms_http), used when
    # no sms_sender is given; a path, so each worker process builds its own sender.
    sms_config_path: str = ""
    # Keys the OTP hashes (KIOSK_SANDBOX_SECRET). Empty: a training gateway keeps one it drew in
    # its database (codes sent before a restart still work); production draws one per start.
    secret_key: bytes = b""

    def __post_init__(self) -> None:
        positive = {
            "otp_ttl_seconds": self.otp_ttl_seconds,
            "otp_max_attempts": self.otp_max_attempts,
            "otp_sends_per_hour": self.otp_sends_per_hour,
            "access_token_ttl_seconds": self.access_token_ttl_seconds,
            "refresh_token_ttl_seconds": self.refresh_token_ttl_seconds,
            "login_max_failures": self.login_max_failures,
            "login_base_delay_seconds": self.login_base_delay_seconds,
            "login_user_alarm_failures": self.login_user_alarm_failures,
            "idempotency_ttl_seconds": self.idempotency_ttl_seconds,
            "idempotency_lock_seconds": self.idempotency_lock_seconds,
            "max_attachment_bytes": self.max_attachment_bytes,
        }
        for name, value in positive.items():
            if value <= 0:
                raise ValueError(f"{name} must be > 0, got {value}")
        if self.otp_resend_cooldown_seconds < 0 or self.login_lockout_seconds < 0:
            raise ValueError("cooldowns must be >= 0")
        if self.max_body_bytes <= self.max_attachment_bytes:
            raise ValueError("max_body_bytes must leave room for the form around the attachment")
        n = self.password_scrypt_n
        if n < 2**10 or n > 2**20 or n & (n - 1) or not 1 <= self.password_scrypt_p <= 16:
            raise ValueError("password_scrypt_n: a power of two 2^10..2^20; _p: 1..16")
        if self.secret_key and len(self.secret_key) < 16:
            raise ValueError("secret_key must hold at least 16 bytes")

    @property
    def mode(self) -> str:
        return "production" if self.production else "training"

    def now(self) -> datetime:
        """The injected clock, always as an aware UTC datetime."""
        value = self.clock()
        if value.tzinfo is None:
            raise ValueError("the clock must return timezone-aware datetimes")
        return value.astimezone(UTC)
