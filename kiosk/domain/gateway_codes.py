"""Every refusal code the gateway can answer, and what each one means for a case.

One list for the training gateway (which answers them), the client (which raises them), the
case service (which decides a case's fate by them), the UI (which has words for each) and the
soak (which acts on them as an officer would). A code the gateway learns and this list lacks
fails a test; so does a code here without words in the UI, in Vietnamese or English.

The groups answer the questions a counter asks of a refusal of "create":
- NOTHING_CREATED: the gateway's own answer about the request itself. Under the same
  Idempotency-Key a retry of a request that had landed gets the first outcome again, so one of
  these proves no try created anything: the next try is a new request with a new key.
- MAY_HAVE_BEEN_CREATED: proves nothing about an earlier try (a busy server, a limiter, a
  lapsed session, a code this kiosk does not know): only the same request may go again.
- NEW_OTP: the code the citizen read out is dead; a new one must be sent.
- RETYPE_OTP: the code is alive but not the right one; the citizen reads the newest again.
- WAIT: the gateway says when to try again (Retry-After, a countdown).
- FIX_DETAILS: something the officer typed, scanned or chose must change first.
- FINAL: the case cannot go on at all.
- LOG_IN: no session: the officer logs in again; nothing is decided meanwhile.
"""

from __future__ import annotations

from enum import StrEnum


class GatewayCode(StrEnum):
    MALFORMED_REQUEST = "malformed_request"
    IDEMPOTENCY_KEY_MISSING = "idempotency_key_missing"
    IDEMPOTENCY_KEY_INVALID = "idempotency_key_invalid"
    UNAUTHENTICATED = "unauthenticated"
    INVALID_TOKEN = "invalid_token"  # noqa: S105 (a code, not a secret)
    ACCESS_TOKEN_EXPIRED = "access_token_expired"  # noqa: S105
    INVALID_CREDENTIALS = "invalid_credentials"
    INVALID_REFRESH_TOKEN = "invalid_refresh_token"  # noqa: S105
    FORBIDDEN_ROLE = "forbidden_role"
    FORBIDDEN_SCOPE = "forbidden_scope"
    UNIT_NOT_ALLOWED = "unit_not_allowed"
    NOT_FOUND = "not_found"
    ACCOUNT_NOT_FOUND = "account_not_found"
    ATTACHMENT_NOT_FOUND = "attachment_not_found"
    REQUEST_FORM_NOT_FOUND = "request_form_not_found"
    TRAINING_ONLY = "training_only"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    ACCOUNT_EXISTS = "account_exists"
    REQUEST_IN_PROGRESS = "request_in_progress"
    OTP_EXPIRED = "otp_expired"
    OTP_SUPERSEDED = "otp_superseded"
    OTP_LOCKED = "otp_locked"
    OTP_USED = "otp_used"
    ATTACHMENT_TOO_LARGE = "attachment_too_large"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    ATTACHMENT_NOT_PDF = "attachment_not_pdf"
    VALIDATION_FAILED = "validation_failed"
    INVALID_ID_NUMBER = "invalid_id_number"
    NOT_A_MOBILE_NUMBER = "not_a_mobile_number"
    OTP_NOT_FOUND = "otp_not_found"
    OTP_MISMATCH = "otp_mismatch"
    OTP_INVALID = "otp_invalid"
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    OTP_COOLDOWN = "otp_cooldown"
    OTP_HOURLY_LIMIT = "otp_hourly_limit"
    INTERNAL_ERROR = "internal_error"
    SERVICE_BUSY = "service_busy"
    UNSAFE_PDF = "unsafe_pdf"
    SMS_UNAVAILABLE = "sms_unavailable"


C = GatewayCode

NEW_OTP: frozenset[GatewayCode] = frozenset(
    {C.OTP_EXPIRED, C.OTP_USED, C.OTP_LOCKED, C.OTP_NOT_FOUND, C.OTP_MISMATCH}
)
RETYPE_OTP: frozenset[GatewayCode] = frozenset({C.OTP_INVALID, C.OTP_SUPERSEDED})
FIX_DETAILS: frozenset[GatewayCode] = frozenset(
    {
        C.VALIDATION_FAILED,
        C.INVALID_ID_NUMBER,
        C.NOT_A_MOBILE_NUMBER,
        C.UNIT_NOT_ALLOWED,
        C.ATTACHMENT_TOO_LARGE,
        C.ATTACHMENT_NOT_PDF,
        C.PAYLOAD_TOO_LARGE,
        C.UNSAFE_PDF,  # the scan must be made again by the kiosk
    }
)
# The kiosk's own request was not what the contract takes: nothing was created, and only a
# fixed kiosk can do better (IT is told).
KIOSK_FAULT: frozenset[GatewayCode] = frozenset(
    {C.MALFORMED_REQUEST, C.IDEMPOTENCY_KEY_INVALID, C.IDEMPOTENCY_KEY_MISSING}
)
FINAL: frozenset[GatewayCode] = frozenset({C.ACCOUNT_EXISTS})
NOTHING_CREATED: frozenset[GatewayCode] = (
    NEW_OTP | RETYPE_OTP | FIX_DETAILS | KIOSK_FAULT | frozenset({C.FORBIDDEN_ROLE})
)
# SMS_UNAVAILABLE: the gateway keeps nothing when its SMS provider refuses, but waiting and
# sending the same request again is right whatever happened, so it is not counted as proof.
WAIT: frozenset[GatewayCode] = frozenset(
    {
        C.REQUEST_IN_PROGRESS,
        C.TOO_MANY_ATTEMPTS,
        C.OTP_COOLDOWN,
        C.OTP_HOURLY_LIMIT,
        C.SERVICE_BUSY,
        C.SMS_UNAVAILABLE,
    }
)
LOG_IN: frozenset[GatewayCode] = frozenset(
    {C.UNAUTHENTICATED, C.INVALID_TOKEN, C.ACCESS_TOKEN_EXPIRED, C.INVALID_REFRESH_TOKEN}
)
# Answered before the gateway claims the Idempotency-Key (kiosk/sandbox/idempotency.py): for
# a request sent again they say nothing about the first try.
ANSWERED_BEFORE_THE_KEY: frozenset[GatewayCode] = KIOSK_FAULT | frozenset({C.FORBIDDEN_ROLE})
# Replayed refusals that say the key no longer stands for our request at the gateway: a
# lookup of the ID number decides instead.
KEY_NOT_RECOGNISED: frozenset[GatewayCode] = frozenset(
    {C.IDEMPOTENCY_KEY_REUSED, C.IDEMPOTENCY_KEY_MISSING}
)


def known(code: str) -> GatewayCode | None:
    """The code as a member, or None for a code this kiosk does not know (a newer gateway)."""
    try:
        return GatewayCode(code)
    except ValueError:
        return None


def nothing_created(code: str) -> bool:
    return code in NOTHING_CREATED


def may_have_been_created(code: str) -> bool:
    """Every code, known or not, that does not prove the create was refused as a whole."""
    return code not in NOTHING_CREATED and code not in FINAL
