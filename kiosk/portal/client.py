"""The gateway client: every operation of contract v1 on one requests.Session.

Safety rules it keeps, whoever calls it:
- TLS is always verified (tls.py); plain http only to loopback or when IT allowed it (urls.py).
- Every call has a connect and a read timeout; redirects are never followed (a redirect could
  take the officer's token or a citizen's data somewhere the URL policy never saw).
- GETs and PUTs are retried by urllib3 (retry.py). Only three POSTs are ever sent twice: the
  look-up and the supervisor's search (they change nothing) and the creation, which always
  carries the Idempotency-Key the kiosk saved with the case before the first try, so a retry
  can never make a second account.
- Tokens live only in this object. An expired access token is renewed once, under a lock, so
  concurrent workers (SMS polling while a creation runs) do not race the rotating refresh
  token; when no session is left, SessionExpired tells the UI to ask for the password again
  while the case stays on screen.
- Logs name the operation, the status and the timing; never a body, a token or a query string.

Thread-safety: one client may serve several worker threads at once.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import platform
import re
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

import requests
from pydantic import BaseModel, ValidationError
from requests.adapters import HTTPAdapter
from urllib3.exceptions import (
    ConnectTimeoutError,
    MaxRetryError,
    NewConnectionError,
    ReadTimeoutError,
)

import kiosk
from kiosk.config import GatewaySettings
from kiosk.domain.gateway_codes import GatewayCode
from kiosk.portal.errors import (
    BadResponse,
    CertificateError,
    Conflict,
    Offline,
    PortalError,
    RateLimited,
    Rejected,
    ServerError,
    SessionExpired,
    Timeout,
    Unauthorised,
)
from kiosk.portal.models import (
    Account,
    AccountCreated,
    AccountPage,
    Health,
    LookupResult,
    NewAccount,
    Officer,
    OtpSent,
    Review,
    SmsMessage,
    TokenPair,
    UnitsResult,
)
from kiosk.portal.retry import RETRY_STATUSES, RetryPolicy, parse_retry_after
from kiosk.portal.supervision import DayQuery, DayTotals, RequestFormInfo, SupervisedPage
from kiosk.portal.tls import verify_setting
from kiosk.portal.urls import is_loopback_host, normalise_gateway_url

log = logging.getLogger("kiosk.portal")

TokensChanged = Callable[[str | None], None]
M = TypeVar("M", bound=BaseModel)

_IDEMPOTENCY_KEY = re.compile(r"^[A-Za-z0-9_.:\-]{8,128}$")


def new_idempotency_key() -> str:
    """A fresh key for one creation: save it with the case BEFORE the first attempt."""
    return str(uuid.uuid4())


class _NoQueryStrings(logging.Filter):
    """urllib3 logs retried URLs; query strings (a phone number in the SMS outbox) stay out."""

    _QUERY = re.compile(r"\?[^\s'\"]*")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "?" in message:
            record.msg = self._QUERY.sub("?…", message)
            record.args = None
        return True


def _install_log_filter() -> None:
    for name in ("urllib3.connectionpool", "urllib3.util.retry"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _NoQueryStrings) for f in logger.filters):
            logger.addFilter(_NoQueryStrings())


_install_log_filter()


class GatewayClient:
    """One officer's conversation with one gateway."""

    def __init__(
        self,
        base_url: str,
        *,
        ca_bundle: str | None = None,
        allow_insecure_http: bool = False,
        connect_timeout: float = 5.0,
        read_timeout: float = 20.0,
        retries: int = 3,
        backoff_factor: float = 0.5,
        backoff_max: float = 8.0,
        backoff_jitter: float = 0.25,
        longest_wait: float = 30.0,
        timeout_retries: int = 1,
        user_agent: str | None = None,
        counter_name: str = "",
        on_tokens_changed: TokensChanged | None = None,
        pool_size: int = 10,
    ) -> None:
        self.base_url = normalise_gateway_url(base_url, allow_insecure_http=allow_insecure_http)
        self._verify = verify_setting(ca_bundle)
        self._timeout = (connect_timeout, read_timeout)
        self.policy = RetryPolicy(
            retries=retries,
            backoff_factor=backoff_factor,
            backoff_max=backoff_max,
            backoff_jitter=backoff_jitter,
            longest_wait=longest_wait,
            timeout_retries=timeout_retries,
        )
        self.counter_name = counter_name
        self.on_tokens_changed = on_tokens_changed

        session = requests.Session()
        # The PC's environment must not change whom we trust or what we send: no netrc
        # credentials, no REQUESTS_CA_BUNDLE. A proxy from the environment is still honoured
        # for a remote gateway (government networks use them), never for loopback.
        session.trust_env = False
        host = urlsplit(self.base_url).hostname or ""
        if not is_loopback_host(host):
            session.proxies.update(requests.utils.get_environ_proxies(self.base_url))
        adapter = HTTPAdapter(
            max_retries=self.policy.urllib3_retry(),
            pool_connections=1,
            pool_maxsize=pool_size,
        )
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        session.headers.update(
            {
                "User-Agent": user_agent
                or f"kiosk/{kiosk.__version__} ({platform.system()}; python-requests)",
                "Accept": "application/json",
            }
        )
        self._session = session

        self._lock = threading.Lock()  # guards the token fields below
        # Held while renewing; re-entrant so a callback that reads state cannot deadlock.
        self._renew_lock = threading.RLock()
        self._access_token: str | None = None
        self._refresh_token: str | None = None
        self._officer: Officer | None = None

    @classmethod
    def from_settings(
        cls,
        settings: GatewaySettings,
        *,
        base_url: str | None = None,
        counter_name: str = "",
        on_tokens_changed: TokensChanged | None = None,
    ) -> GatewayClient:
        """Build from the [gateway] table; base_url overrides it (the training gateway's)."""
        return cls(
            base_url or settings.url,
            ca_bundle=settings.ca_bundle or None,
            allow_insecure_http=settings.allow_insecure_http,
            connect_timeout=settings.connect_timeout,
            read_timeout=settings.read_timeout,
            retries=settings.retries,
            timeout_retries=settings.timeout_retries,
            counter_name=counter_name,
            on_tokens_changed=on_tokens_changed,
        )

    # -- life cycle -------------------------------------------------------------------------
    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> GatewayClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def officer(self) -> Officer | None:
        """Who is logged in (as of the last log-in or refresh), or None."""
        with self._lock:
            return self._officer

    @property
    def logged_in(self) -> bool:
        with self._lock:
            return self._refresh_token is not None or self._access_token is not None

    # -- session ----------------------------------------------------------------------------
    def login(self, username: str, password: str) -> Officer:
        """Log in; 401 invalid_credentials and 429 too_many_attempts come back as errors."""
        response = self._call(
            "login",
            "POST",
            "/v1/auth/login",
            auth=False,
            json={"username": username, "password": password},
        )
        pair = self._model("login", TokenPair, response)
        with self._renew_lock:
            self._adopt(pair)
        log.info("login: officer id %s, roles %s", pair.officer.id, ",".join(pair.officer.roles))
        return pair.officer

    def resume(self, refresh_token: str) -> Officer:
        """Start from a remembered refresh token ("remember on this counter")."""
        with self._renew_lock:
            with self._lock:
                self._access_token = None
                self._refresh_token = refresh_token
            self._renew("resume", stale=None)
        officer = self.officer
        if officer is None:  # pragma: no cover - _renew either sets it or raises
            raise SessionExpired("unauthenticated", operation="resume")
        return officer

    def refresh(self) -> Officer:
        """Renew the token pair now (the refresh token rotates)."""
        with self._lock:
            stale = self._access_token
        self._renew("refresh", stale=stale)
        officer = self.officer
        if officer is None:  # pragma: no cover
            raise SessionExpired("unauthenticated", operation="refresh")
        return officer

    def logout(self) -> bool:
        """End the session here and, if reachable, at the gateway. True if it confirmed.

        Local tokens are dropped whatever happens: a kiosk that cannot reach the gateway
        must still stop acting for the officer who walked away.
        """
        confirmed = False
        if self.logged_in:
            try:
                self._call("logout", "POST", "/v1/auth/logout", expect=204).close()
                confirmed = True
            except PortalError as exc:
                log.info("logout: gateway not told (%s)", exc.kind)
        self._drop_session()
        return confirmed

    # -- operations -------------------------------------------------------------------------
    def health(self) -> Health:
        response = self._call("health", "GET", "/v1/health", auth=False)
        return self._model("health", Health, response)

    def units(self) -> UnitsResult:
        response = self._call("units", "GET", "/v1/units")
        return self._model("units", UnitsResult, response)

    def lookup(self, id_number: str) -> LookupResult:
        # A POST so the ID number stays out of URLs; it changes nothing, so it may be replayed.
        response = self._call(
            "lookup",
            "POST",
            "/v1/citizen-accounts/lookup",
            replay=True,
            json={"id_number": id_number},
        )
        return self._model("lookup", LookupResult, response)

    def send_otp(self, phone: str, id_number: str, purpose: str = "create_account") -> OtpSent:
        # Never replayed: a second send would void the code the citizen is reading out.
        response = self._call(
            "send_otp",
            "POST",
            "/v1/otp",
            expect=201,
            json={"phone": phone, "purpose": purpose, "id_number": id_number},
        )
        return self._model("send_otp", OtpSent, response)

    def create_account(
        self,
        data: NewAccount | Mapping[str, Any],
        attachment_pdf: bytes,
        idempotency_key: str,
        *,
        filename: str = "cccd.pdf",
    ) -> AccountCreated:
        """Create the account; safe to call again with the same key after any failure.

        Retried here on a lost answer, a timeout, 429/502/503/504 and 409 request_in_progress,
        always with the same key and the same body, so the gateway answers a retry with the
        outcome of the first try that landed (`AccountCreated.replayed`).
        """
        if not _IDEMPOTENCY_KEY.match(idempotency_key or ""):
            raise ValueError("idempotency_key must be 8-128 of [A-Za-z0-9_.:-] (a UUID)")
        payload = data if isinstance(data, NewAccount) else NewAccount.model_validate(dict(data))
        if payload.counter is None and self.counter_name:
            payload = payload.model_copy(update={"counter": self.counter_name})
        text = json.dumps(payload.model_dump(mode="json"), ensure_ascii=False)
        files = {
            "data": (None, text.encode("utf-8"), "application/json"),
            "attachment": (filename, attachment_pdf, "application/pdf"),
        }
        headers = {"Idempotency-Key": idempotency_key}
        response = self._call(
            "create_account",
            "POST",
            "/v1/citizen-accounts",
            expect=201,
            replay=True,
            files=files,
            headers=headers,
        )
        created = self._model("create_account", AccountCreated, response)
        if response.headers.get("Idempotent-Replayed", "").lower() == "true":
            created = created.model_copy(update={"replayed": True})
        log.info(
            "create_account: account %s%s",
            created.account_id,
            " (replayed)" if created.replayed else "",
        )
        return created

    def list_accounts(
        self,
        date: dt.date | str | None = None,
        unit_id: str | None = None,
        officer_id: int | None = None,
        page: int = 1,
        page_size: int = 20,
    ) -> AccountPage:
        """Accounts by local day (UTC+7), unit and officer; officers see only their own."""
        params: dict[str, str | int] = {"page": page, "page_size": page_size}
        if date is not None:
            params["date"] = date.isoformat() if isinstance(date, dt.date) else date
        if unit_id is not None:
            params["unit_id"] = unit_id
        if officer_id is not None:
            params["officer_id"] = officer_id
        response = self._call("list_accounts", "GET", "/v1/citizen-accounts", params=params)
        return self._model("list_accounts", AccountPage, response)

    def account(self, account_id: str) -> Account:
        response = self._call("account", "GET", f"/v1/citizen-accounts/{_segment(account_id)}")
        return self._model("account", Account, response)

    def attachment(self, account_id: str) -> bytes:
        """The ID-card scan as sent by the counter (a PDF)."""
        path = f"/v1/citizen-accounts/{_segment(account_id)}/attachment"
        response = self._call("attachment", "GET", path, headers={"Accept": "application/pdf"})
        return self._pdf("attachment", response)

    def review(self, account_id: str, status: str, note: str = "") -> Review:
        """Supervisor's mark: status "checked" or "needs_action", with a note."""
        path = f"/v1/citizen-accounts/{_segment(account_id)}/review"
        response = self._call("review", "POST", path, json={"status": status, "note": note})
        return self._model("review", Review, response)

    # -- supervision (kiosk/portal/supervision.py) -----------------------------------------
    def search_accounts(
        self, query: DayQuery, page: int = 1, page_size: int = 50
    ) -> SupervisedPage:
        """Supervisors: one day's accounts of their units, newest first, ID and phone masked.

        A POST so a searched name or ID number stays out of URLs; it changes nothing (the
        gateway only audits it), so it may be replayed like the look-up.
        """
        response = self._call(
            "search_accounts",
            "POST",
            "/v1/citizen-accounts/search",
            replay=True,
            json=query.body(page, page_size),
        )
        return self._model("search_accounts", SupervisedPage, response)

    def day_totals(self, date: dt.date, unit_id: str | None = None) -> DayTotals:
        """Supervisors: one day's counts per unit and per officer, by review state."""
        params: dict[str, str] = {"date": date.isoformat()}
        if unit_id:
            params["unit_id"] = unit_id
        response = self._call("day_totals", "GET", "/v1/citizen-accounts/totals", params=params)
        return self._model("day_totals", DayTotals, response)

    def reveal(self, account_id: str, reason: str = "review") -> Account:
        """Supervisors: one account in full; the gateway audits every call with the reason."""
        path = f"/v1/citizen-accounts/{_segment(account_id)}/reveal"
        response = self._call("reveal", "POST", path, json={"reason": reason})
        return self._model("reveal", Account, response)

    def request_form(self, account_id: str) -> bytes:
        """The request form the counter stored with the account (a PDF)."""
        path = f"/v1/citizen-accounts/{_segment(account_id)}/request-form"
        response = self._call("request_form", "GET", path, headers={"Accept": "application/pdf"})
        content = response.content
        if not content.startswith(b"%PDF-"):
            raise BadResponse(
                "request form is not a PDF", operation="request_form", status=response.status_code
            )
        return content

    def upload_request_form(self, account_id: str, pdf: bytes) -> RequestFormInfo:
        """The creating officer stores the form the citizen signed; replaces an earlier one."""
        path = f"/v1/citizen-accounts/{_segment(account_id)}/request-form"
        files = {"request_form": ("giay-de-nghi.pdf", pdf, "application/pdf")}
        response = self._call("upload_request_form", "PUT", path, files=files)
        return self._model("upload_request_form", RequestFormInfo, response)

    def training_sms(
        self, phone: str | None = None, since: dt.datetime | None = None
    ) -> list[SmsMessage]:
        """Training gateway only: what the citizen's phone would show, oldest first."""
        params: dict[str, str] = {}
        if phone is not None:
            params["phone"] = phone
        if since is not None:
            params["since"] = since.isoformat()
        response = self._call("training_sms", "GET", "/v1/training/sms", params=params)
        body = self._json("training_sms", response)
        messages = body.get("messages") if isinstance(body, dict) else None
        if not isinstance(messages, list):
            raise BadResponse("no message list", operation="training_sms", status=200)
        try:
            return [SmsMessage.model_validate(m) for m in messages]
        except ValidationError as exc:
            raise BadResponse("message shape", operation="training_sms", status=200) from exc

    # -- tokens -----------------------------------------------------------------------------
    def _adopt(self, pair: TokenPair) -> None:
        """Take a new token pair (caller holds _renew_lock) and tell the UI about it."""
        with self._lock:
            self._access_token = pair.access_token
            self._refresh_token = pair.refresh_token
            self._officer = pair.officer
        self._notify(pair.refresh_token)

    def _drop_session(self) -> None:
        with self._renew_lock:
            with self._lock:
                had = self._refresh_token is not None or self._access_token is not None
                self._access_token = None
                self._refresh_token = None
                self._officer = None
            if had:
                self._notify(None)

    def _notify(self, refresh_token: str | None) -> None:
        callback = self.on_tokens_changed
        if callback is None:
            return
        try:
            callback(refresh_token)
        except Exception as exc:
            # The keyring failing must not fail the officer's call; the UI hears of it itself.
            log.warning("on_tokens_changed failed: %s", type(exc).__name__)

    def _access(self, operation: str) -> str:
        with self._lock:
            token = self._access_token
            can_renew = self._refresh_token is not None
        if token is not None:
            return token
        if can_renew:
            return self._renew(operation, stale=None)
        raise SessionExpired("unauthenticated", operation=operation, status=None)

    def _renew(self, operation: str, stale: str | None) -> str:
        """A fresh access token; one refresh at a time, and none if another thread just did."""
        with self._renew_lock:
            with self._lock:
                current = self._access_token
                refresh_token = self._refresh_token
            if current is not None and current != stale:
                return current
            if refresh_token is None:
                raise SessionExpired("unauthenticated", operation=operation)
            response = self._send(
                "refresh",
                "POST",
                self.base_url + "/v1/auth/refresh",
                {},
                replay=False,
                kwargs={"json": {"refresh_token": refresh_token}},
            )
            if response.status_code == 200:
                pair = self._model("refresh", TokenPair, response)
                self._adopt(pair)
                log.info("%s: session renewed", operation)
                return pair.access_token
            error = self._error("refresh", response)
            if isinstance(error, Unauthorised):
                log.info("%s: session over (%s)", operation, error.code)
                self._drop_session()
                raise SessionExpired(
                    error.code, error.message, error.details, error.status, operation=operation
                ) from error
            raise error

    # -- HTTP -------------------------------------------------------------------------------
    def _call(
        self,
        operation: str,
        method: str,
        path: str,
        *,
        expect: int = 200,
        auth: bool = True,
        replay: bool = False,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> requests.Response:
        url = self.base_url + path
        extra = dict(headers or {})
        if not auth:
            return self._check(
                operation, self._send(operation, method, url, extra, replay, kwargs), expect
            )
        token = self._access(operation)
        response = self._send(
            operation, method, url, {**extra, "Authorization": f"Bearer {token}"}, replay, kwargs
        )
        if response.status_code == 401:
            # The gateway checks the token before doing anything, so sending again is safe.
            response.close()
            token = self._renew(operation, stale=token)
            response = self._send(
                operation,
                method,
                url,
                {**extra, "Authorization": f"Bearer {token}"},
                replay,
                kwargs,
            )
            if response.status_code == 401:
                error = self._error(operation, response)
                assert isinstance(error, Rejected)
                self._drop_session()
                raise SessionExpired(
                    error.code, error.message, error.details, 401, operation=operation
                )
        return self._check(operation, response, expect)

    def _send(
        self,
        operation: str,
        method: str,
        url: str,
        headers: dict[str, str],
        replay: bool,
        kwargs: dict[str, Any],
    ) -> requests.Response:
        """Send once, or, for replayable POSTs, as often as the retry policy allows."""
        retry_number = 0
        timeouts = 0
        while True:
            started = time.monotonic()
            try:
                response = self._session.request(
                    method,
                    url,
                    headers=headers,
                    timeout=self._timeout,
                    verify=self._verify,
                    allow_redirects=False,
                    **kwargs,
                )
            except requests.RequestException as exc:
                error = _transport_error(operation, exc)
                log.info(
                    "%s: %s%s after %.0f ms",
                    operation,
                    error.kind,
                    " (request sent)" if error.maybe_processed else "",
                    (time.monotonic() - started) * 1000,
                )
                if isinstance(error, Timeout):
                    timeouts += 1
                # Failures to connect were already retried by urllib3; only a try that may
                # have reached the gateway is worth another go here.
                if (
                    replay
                    and error.maybe_processed
                    and retry_number < self.policy.retries
                    and timeouts <= self.policy.timeout_retries
                ):
                    retry_number += 1
                    wait = self.policy.backoff(retry_number)
                    log.info("%s: retry %d in %.2f s", operation, retry_number, wait)
                    time.sleep(wait)
                    continue
                raise error from exc
            log.debug(
                "%s: HTTP %d in %.0f ms",
                operation,
                response.status_code,
                (time.monotonic() - started) * 1000,
            )
            if replay and retry_number < self.policy.retries and _worth_replaying(response):
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                pause = self.policy.wait_before(retry_number + 1, retry_after)
                if pause is not None:
                    retry_number += 1
                    log.info(
                        "%s: HTTP %d, retry %d in %.2f s",
                        operation,
                        response.status_code,
                        retry_number,
                        pause,
                    )
                    response.close()
                    time.sleep(pause)
                    continue
            return response

    def _check(self, operation: str, response: requests.Response, expect: int) -> requests.Response:
        if response.status_code == expect:
            return response
        error = self._error(operation, response)
        log.info(
            "%s: refused, %s/%s (HTTP %d)", operation, error.kind, error.code, response.status_code
        )
        raise error

    def _error(self, operation: str, response: requests.Response) -> PortalError:
        status = response.status_code
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        code, message, details = _error_fields(response)
        if status >= 500:
            return ServerError(
                f"gateway failed with HTTP {status}",
                gateway_code=code,
                operation=operation,
                status=status,
                retry_after=retry_after,
                maybe_processed=True,
            )
        if 400 <= status < 500:
            kind: type[Rejected] = {401: Unauthorised, 409: Conflict, 429: RateLimited}.get(
                status, Rejected
            )
            return kind(
                code or f"http_{status}",
                message,
                details,
                status,
                operation=operation,
                retry_after=retry_after,
            )
        return BadResponse(f"unexpected HTTP {status}", operation=operation, status=status)

    def _pdf(self, operation: str, response: requests.Response) -> bytes:
        content = response.content
        if not content.startswith(b"%PDF-"):
            raise BadResponse(
                "answer is not a PDF", operation=operation, status=response.status_code
            )
        return content

    def _json(self, operation: str, response: requests.Response) -> Any:
        try:
            return response.json()
        except ValueError as exc:
            raise BadResponse(
                "answer is not JSON", operation=operation, status=response.status_code
            ) from exc

    def _model(self, operation: str, model: type[M], response: requests.Response) -> M:
        body = self._json(operation, response)
        try:
            return model.model_validate(body)
        except ValidationError as exc:
            # Field names only: the values may be a citizen's data.
            fields = sorted({".".join(str(p) for p in e["loc"]) for e in exc.errors()})
            raise BadResponse(
                f"answer does not match the contract ({', '.join(fields[:5])})",
                operation=operation,
                status=response.status_code,
            ) from None


def _segment(value: str) -> str:
    """One path segment, whatever the id holds."""
    return quote(str(value), safe="")


def _error_fields(response: requests.Response) -> tuple[str, str, dict[str, Any]]:
    """code, message, details of a refusal; empty when the body is not the contract's shape."""
    try:
        body = response.json()
    except ValueError:
        return "", "", {}
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return "", "", {}
    code = error.get("code")
    message = error.get("message")
    details = error.get("details")
    return (
        code if isinstance(code, str) else "",
        message if isinstance(message, str) else "",
        details if isinstance(details, dict) else {},
    )


def _worth_replaying(response: requests.Response) -> bool:
    if response.status_code in RETRY_STATUSES:
        return True
    if response.status_code == 409:
        return _error_fields(response)[0] == GatewayCode.REQUEST_IN_PROGRESS
    return False


def _transport_error(operation: str, exc: requests.RequestException) -> PortalError:
    """Map what requests raised to Offline, Timeout or CertificateError."""
    if isinstance(exc, requests.exceptions.SSLError):
        return CertificateError("TLS verification of the gateway failed", operation=operation)
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return Offline("could not connect in time", operation=operation)
    if isinstance(exc, requests.exceptions.ReadTimeout):
        return Timeout("no answer in time", operation=operation, maybe_processed=True)
    reason: object = exc.args[0] if exc.args else None
    if isinstance(reason, MaxRetryError):
        reason = reason.reason
    if isinstance(reason, ReadTimeoutError):
        return Timeout("no answer in time", operation=operation, maybe_processed=True)
    if isinstance(reason, NewConnectionError | ConnectTimeoutError):
        return Offline("gateway unreachable", operation=operation)
    # The connection broke after the request went out: it may have been acted on.
    return Offline("connection lost", operation=operation, maybe_processed=True)
