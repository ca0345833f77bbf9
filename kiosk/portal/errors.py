"""Typed errors of the gateway client.

The UI maps them to Vietnamese text in one place (kiosk/ui/messages.py), so each carries two
stable strings: `kind` (the class of failure, one per class below) and `code` (the gateway's
own refusal code for Rejected and its subclasses, otherwise the kind again). Messages built
here are English, for logs only, and never contain personal data.

    PortalError
    ├── Offline            the gateway could not be reached, or the connection broke
    ├── Timeout            the gateway did not answer within the read timeout
    ├── CertificateError   TLS verification of the gateway failed
    ├── InsecureGateway    the configured URL is refused by the URL policy (http, credentials)
    ├── BadResponse        the gateway answered something the contract does not allow
    ├── ServerError        5xx
    └── Rejected           4xx with a refusal code (`code`, `message`, `details`, `status`)
        ├── Unauthorised   401 (e.g. invalid_credentials)
        │   └── SessionExpired   no valid session left: the officer must log in again
        ├── Conflict       409 (account_exists, request_in_progress)
        └── RateLimited    429 (too_many_attempts, otp_cooldown, otp_hourly_limit)
"""

from __future__ import annotations

from typing import Any, ClassVar


class PortalError(Exception):
    """Base of every error the gateway client raises."""

    kind: ClassVar[str] = "portal_error"

    def __init__(
        self,
        summary: str,
        *,
        operation: str = "",
        status: int | None = None,
        retry_after: float | None = None,
        maybe_processed: bool = False,
    ) -> None:
        super().__init__(summary)
        self.operation = operation
        self.status = status
        # Seconds the gateway asked us to wait (Retry-After), when it said so.
        self.retry_after = retry_after
        # True when the request may have reached the gateway and been acted on although no
        # answer came back: a create then must be retried with the same Idempotency-Key.
        self.maybe_processed = maybe_processed

    @property
    def code(self) -> str:
        return self.kind

    def __str__(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        status = f" (HTTP {self.status})" if self.status is not None else ""
        return f"{where}{self.args[0]}{status}"


class Offline(PortalError):
    kind = "offline"


class Timeout(PortalError):
    kind = "timeout"


class CertificateError(PortalError):
    kind = "tls_error"


class InsecureGateway(PortalError):
    kind = "insecure_gateway"


class BadResponse(PortalError):
    kind = "bad_response"


class ServerError(PortalError):
    kind = "server_error"

    def __init__(self, summary: str, *, gateway_code: str = "", **kwargs: Any) -> None:
        super().__init__(summary, **kwargs)
        self.gateway_code = gateway_code

    @property
    def code(self) -> str:
        return self.gateway_code or self.kind


class Rejected(PortalError):
    """The gateway understood the request and refused it; `code` says why."""

    kind = "rejected"

    def __init__(
        self,
        code: str,
        message: str = "",
        details: dict[str, Any] | None = None,
        status: int | None = None,
        *,
        operation: str = "",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            f"refused with {code}", operation=operation, status=status, retry_after=retry_after
        )
        self._code = code
        # The gateway's Vietnamese text for the officer: a fallback for codes the UI lacks.
        self.message = message
        self.details: dict[str, Any] = dict(details or {})

    @property
    def code(self) -> str:
        return self._code


class Unauthorised(Rejected):
    kind = "unauthorised"


class SessionExpired(Unauthorised):
    """No usable session: log in again; whatever the officer was doing is kept by the UI."""

    kind = "session_expired"


class Conflict(Rejected):
    kind = "conflict"


class RateLimited(Rejected):
    kind = "rate_limited"
