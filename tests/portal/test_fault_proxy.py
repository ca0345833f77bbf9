"""The fault proxy itself (tests/helpers/fault_proxy.py), which later soak tests rely on."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import requests

from kiosk.sandbox import RunningGateway
from tests.helpers.fault_proxy import Fault, FaultKind, FaultProxy


def _get(proxy: FaultProxy, path: str, timeout: float = 5.0) -> requests.Response:
    return requests.get(proxy.url + path, timeout=timeout)


def test_requests_pass_untouched_without_a_plan(proxy: FaultProxy) -> None:
    response = _get(proxy, "/v1/health?x=1")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    stats = proxy.stats()
    assert (stats.requests, stats.forwarded, stats.delivered, stats.injected) == (1, 1, 1, {})
    assert [(r.method, r.path, r.fault) for r in proxy.seen] == [
        ("GET", "/v1/health", FaultKind.PASS)
    ]


def test_rules_match_method_and_path_and_are_used_up_in_order(proxy: FaultProxy) -> None:
    proxy.add(Fault.http_500(), method="POST", path="/v1/health")  # never matches a GET
    proxy.add(Fault.http_429(retry_after=7), path=re.compile(r"/v1/heal.*"), times=2)
    proxy.add(Fault.http_503(retry_after=3), path="/v1/health")
    assert proxy.pending() == 4
    first, second, third, fourth = (_get(proxy, "/v1/health") for _ in range(4))
    assert [r.status_code for r in (first, second, third, fourth)] == [429, 429, 503, 200]
    assert first.headers["Retry-After"] == "7"
    assert first.json()["error"]["code"] == "rate_limited"
    assert third.headers["Retry-After"] == "3"
    assert proxy.pending() == 1
    assert proxy.stats().injected == {"respond": 3}
    proxy.clear()
    assert proxy.pending() == 0


def test_plan_takes_the_next_requests_whatever_they_are(proxy: FaultProxy) -> None:
    proxy.plan(Fault.http_500(), Fault.pass_through())
    assert _get(proxy, "/v1/units").status_code == 500
    assert _get(proxy, "/v1/units").status_code == 401  # forwarded: the gateway wants a token


def test_a_chooser_decides_when_no_rule_matches(proxy: FaultProxy) -> None:
    proxy.chooser = lambda method, path: Fault.http_500() if path == "/v1/units" else None
    proxy.add(Fault.pass_through(), path="/v1/units")
    assert _get(proxy, "/v1/units").status_code == 401
    assert _get(proxy, "/v1/units").status_code == 500
    assert _get(proxy, "/v1/health").status_code == 200


@pytest.mark.parametrize(
    "fault",
    [
        Fault.drop_before_forward(),
        Fault.drop_response(),
        Fault.reset(),
        Fault.reset(after_forward=True),
    ],
    ids=lambda f: f.kind.value,
)
def test_broken_connections_reach_the_client_as_such(fault: Fault, proxy: FaultProxy) -> None:
    proxy.add(fault)
    with pytest.raises(requests.ConnectionError):
        _get(proxy, "/v1/health")
    forwarded = fault.kind in (FaultKind.DROP_RESPONSE, FaultKind.RESET_AFTER_FORWARD)
    assert proxy.stats().forwarded == (1 if forwarded else 0)
    assert proxy.stats().delivered == 0


def test_delays_outlast_a_short_read_timeout(proxy: FaultProxy) -> None:
    proxy.add(Fault.delay_response(1.0))
    with pytest.raises(requests.ReadTimeout):
        _get(proxy, "/v1/health", timeout=0.3)
    assert _get(proxy, "/v1/health").status_code == 200


def test_a_chunked_request_body_is_forwarded_whole(proxy: FaultProxy) -> None:
    def body() -> Iterator[bytes]:
        yield b'{"id_number": '
        yield b'"033090001234"}'

    response = requests.post(
        proxy.url + "/v1/citizen-accounts/lookup",
        data=body(),
        headers={"Content-Type": "application/json"},
        timeout=5,
    )
    assert response.status_code == 401  # the gateway read it all and asked for a log-in
    assert response.json()["error"]["code"] == "unauthenticated"


def test_stop_wakes_a_pending_delay(shared_gateway: RunningGateway) -> None:
    proxy = FaultProxy(shared_gateway.host, shared_gateway.port).start()
    proxy.add(Fault.delay_request(60))
    with pytest.raises(requests.RequestException):
        _get(proxy, "/v1/health", timeout=0.3)
    proxy.stop()
    assert proxy.stats().forwarded == 0
    with pytest.raises(requests.ConnectionError):
        _get(proxy, "/v1/health", timeout=1)


def test_only_loopback_targets() -> None:
    with pytest.raises(ValueError):
        FaultProxy("10.0.0.1", 80)
