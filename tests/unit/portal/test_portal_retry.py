"""Retry timing and Retry-After rules, without a network (the real retries are in tests/portal)."""

from __future__ import annotations

import email.utils
import time

import pytest
from urllib3 import HTTPResponse
from urllib3.exceptions import MaxRetryError, ProtocolError, ReadTimeoutError

from kiosk.portal.retry import GatewayRetry, RetryPolicy, parse_retry_after


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("0", 0.0),
        ("7", 7.0),
        (" 120 ", 120.0),
        (None, None),
        ("", None),
        ("soon", None),
        ("-5", None),
        ("1.5", None),
    ],
)
def test_retry_after_in_seconds(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value) == seconds


def test_retry_after_as_an_http_date() -> None:
    in_a_minute = email.utils.formatdate(time.time() + 60, usegmt=True)
    parsed = parse_retry_after(in_a_minute)
    assert parsed is not None
    assert 50 <= parsed <= 61
    long_ago = email.utils.formatdate(0, usegmt=True)
    assert parse_retry_after(long_ago) == 0.0


def test_backoff_doubles_up_to_its_cap_without_jitter() -> None:
    policy = RetryPolicy(backoff_factor=0.5, backoff_max=3.0, backoff_jitter=0)
    assert [policy.backoff(n) for n in (1, 2, 3, 4, 5)] == [0.5, 1.0, 2.0, 3.0, 3.0]


def test_jitter_stays_within_its_bound() -> None:
    policy = RetryPolicy(backoff_factor=1.0, backoff_max=100, backoff_jitter=0.5)
    waits = {policy.backoff(2) for _ in range(200)}
    assert all(2.0 <= w <= 2.5 for w in waits)
    assert len(waits) > 1  # it does spread the retries of many kiosks


def test_retry_after_wins_over_backoff_unless_too_long() -> None:
    policy = RetryPolicy(backoff_factor=0.5, backoff_jitter=0, longest_wait=10)
    assert policy.wait_before(1, None) == 0.5
    assert policy.wait_before(1, 3.0) == 3.0
    assert policy.wait_before(1, 10.0) == 10.0
    assert policy.wait_before(1, 11.0) is None


def _response(status: int, retry_after: str | None = None) -> HTTPResponse:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return HTTPResponse(body=b"", status=status, headers=headers, preload_content=False)


def test_urllib3_retry_covers_gets_and_puts_not_posts() -> None:
    retry = RetryPolicy(retries=3).urllib3_retry()
    for status in (429, 502, 503, 504):
        assert retry.is_retry("GET", status)
        assert retry.is_retry("PUT", status)
        assert not retry.is_retry("POST", status)
    assert not retry.is_retry("GET", 500)
    assert not retry.is_retry("GET", 409)
    assert not retry.raise_on_status


def test_urllib3_retry_gives_up_on_a_retry_after_beyond_the_longest_wait() -> None:
    retry = RetryPolicy(retries=3, longest_wait=30).urllib3_retry()
    retry.increment("GET", "/v1/units", response=_response(503, "30"))
    with pytest.raises(MaxRetryError):
        retry.increment("GET", "/v1/units", response=_response(503, "31"))


def test_the_longest_wait_survives_urllib3_copying_the_retry() -> None:
    retry = RetryPolicy(retries=3, longest_wait=4).urllib3_retry()
    later = retry.increment("GET", "/v1/units", response=_response(503))
    assert isinstance(later, GatewayRetry)
    assert later.longest_wait == 4
    assert later.total == 2


def test_a_garbled_retry_after_is_ignored_not_raised() -> None:
    retry = RetryPolicy().urllib3_retry()
    assert retry.get_retry_after(_response(503, "whenever")) is None


def test_a_silent_gateway_is_retried_fewer_times_than_a_broken_connection() -> None:
    retry = RetryPolicy(retries=3, timeout_retries=1).urllib3_retry()
    silent = ReadTimeoutError(None, "/v1/units", "read timed out")  # type: ignore[arg-type]
    once = retry.increment("GET", "/v1/units", error=silent)
    with pytest.raises(MaxRetryError):
        once.increment("GET", "/v1/units", error=silent)
    broken = ProtocolError("Connection aborted.")
    again = retry.increment("GET", "/v1/units", error=broken)
    again = again.increment("GET", "/v1/units", error=broken)
    again = again.increment("GET", "/v1/units", error=broken)
    with pytest.raises(MaxRetryError):
        again.increment("GET", "/v1/units", error=broken)


def test_a_post_timeout_is_left_to_the_client() -> None:
    retry = RetryPolicy(retries=3).urllib3_retry()
    silent = ReadTimeoutError(None, "/v1/otp", "read timed out")  # type: ignore[arg-type]
    with pytest.raises(ReadTimeoutError):
        retry.increment("POST", "/v1/otp", error=silent)
