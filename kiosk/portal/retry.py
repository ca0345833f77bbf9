"""When and how long the client waits before trying a call again.

Idempotent calls (GET, PUT) are retried by urllib3 with `GatewayRetry`: exponential backoff with
jitter on connection failures, broken responses and 429/502/503/504, honouring Retry-After.
POSTs are never replayed by urllib3 once sent (only a connection that never opened is retried);
the client replays the POSTs that are safe to replay (a look-up, a creation carrying its
Idempotency-Key) itself with the same `RetryPolicy`.

A Retry-After longer than `longest_wait` is not slept through: the error reaches the officer
with the wait in it, instead of a frozen-looking kiosk. For the same reason a call that got no
answer within the read timeout is tried again only `timeout_retries` times (default once):
a broken connection is retried quickly, but four silent 20-second waits in a row would keep
the officer and the citizen staring at a spinner for over a minute.
"""

from __future__ import annotations

import email.utils
import random
import re
import time
from dataclasses import dataclass
from typing import Any

from urllib3 import BaseHTTPResponse
from urllib3.exceptions import InvalidHeader, MaxRetryError, ReadTimeoutError, ResponseError
from urllib3.util.retry import Retry

# Statuses worth another try: throttled, or a proxy/gateway in front had a bad moment.
# 500 is left out on purpose: it is the gateway's own bug and would fail again the same way.
RETRY_STATUSES = frozenset({429, 502, 503, 504})
# PUT replaces a stored document with the same one: sending it twice is harmless.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT"})

_SECONDS = re.compile(r"^\s*(\d+)\s*$")


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP date); None if absent/garbled."""
    if not value:
        return None
    match = _SECONDS.match(value)
    if match:
        return float(match.group(1))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


class GatewayRetry(Retry):
    """urllib3 Retry that gives up, instead of sleeping, when Retry-After is too long."""

    def __init__(
        self, *args: Any, longest_wait: float = 30.0, timeout_retries: int = 1, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.longest_wait = longest_wait
        self.timeout_retries = timeout_retries

    def new(self, **kw: Any) -> GatewayRetry:
        kw.setdefault("longest_wait", self.longest_wait)
        kw.setdefault("timeout_retries", self.timeout_retries)
        return super().new(**kw)

    def get_retry_after(self, response: BaseHTTPResponse) -> float | None:
        # A garbled header must not turn into an exception from deep inside urllib3.
        try:
            return super().get_retry_after(response)
        except InvalidHeader:
            return None

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        response: BaseHTTPResponse | None = None,
        error: Exception | None = None,
        _pool: Any = None,
        _stacktrace: Any = None,
    ) -> GatewayRetry:
        if (
            isinstance(error, ReadTimeoutError)
            and method is not None
            and self._is_method_retryable(method)
        ):
            timeouts = sum(isinstance(h.error, ReadTimeoutError) for h in self.history)
            if timeouts >= self.timeout_retries:
                raise MaxRetryError(_pool, url, error) from error
        if response is not None and self.respect_retry_after_header:
            wait = parse_retry_after(response.headers.get("Retry-After"))
            if wait is not None and wait > self.longest_wait:
                # With raise_on_status=False urllib3 hands this response back to the client.
                raise MaxRetryError(_pool, url, ResponseError("Retry-After beyond longest_wait"))
        return super().increment(method, url, response, error, _pool, _stacktrace)


@dataclass(frozen=True)
class RetryPolicy:
    """How many times and how patiently to retry; tests shrink the waits."""

    retries: int = 3
    backoff_factor: float = 0.5
    backoff_max: float = 8.0
    backoff_jitter: float = 0.25
    longest_wait: float = 30.0
    timeout_retries: int = 1

    def backoff(self, retry_number: int) -> float:
        """Seconds before retry number `retry_number` (1 = the first retry)."""
        base = self.backoff_factor * (2 ** max(0, retry_number - 1))
        if self.backoff_jitter:
            base += random.random() * self.backoff_jitter
        return float(min(self.backoff_max, base))

    def wait_before(self, retry_number: int, retry_after: float | None) -> float | None:
        """Seconds to wait before the next try, or None when the wait is too long to take."""
        if retry_after is not None:
            return None if retry_after > self.longest_wait else retry_after
        return self.backoff(retry_number)

    def urllib3_retry(self) -> GatewayRetry:
        return GatewayRetry(
            total=self.retries,
            connect=self.retries,
            read=self.retries,
            status=self.retries,
            # TLS failures and the like: the same certificate fails again, say so at once.
            other=0,
            redirect=0,
            allowed_methods=IDEMPOTENT_METHODS,
            status_forcelist=RETRY_STATUSES,
            backoff_factor=self.backoff_factor,
            backoff_max=self.backoff_max,
            backoff_jitter=self.backoff_jitter,
            raise_on_status=False,
            raise_on_redirect=False,
            respect_retry_after_header=True,
            longest_wait=self.longest_wait,
            timeout_retries=self.timeout_retries,
        )
