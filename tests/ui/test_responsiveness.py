"""The GUI keeps turning while the gateway takes two seconds to answer."""

from __future__ import annotations

from kiosk.portal.client import GatewayClient
from kiosk.ui.stall_probe import StallProbe
from kiosk.ui.tasks import run_task
from tests.helpers.fault_proxy import Fault, FaultProxy
from tests.helpers.gateway import (  # noqa: F401
    SEEDED_ID_NUMBER,
    gateway,
    gateway_clock,
    make_gateway,
)

SLOW_S = 2.0
LIMIT_MS = 50.0


def test_event_loop_never_stalls_during_a_two_second_gateway_call(qtbot, gateway) -> None:  # noqa: F811
    with FaultProxy("127.0.0.1", gateway.port) as proxy:
        client = GatewayClient(proxy.url, read_timeout=10, retries=0)
        client.login("canbo.demo", "Demo@2026")
        gaps = []
        # Three tries, the best one counts: the question is whether the design blocks the loop
        # (it would show 2000 ms every time), not whether a loaded CI core ever hiccups.
        for _ in range(3):
            proxy.add(Fault.delay_response(SLOW_S), path="/v1/citizen-accounts/lookup")
            done: list[object] = []
            probe = StallProbe().start()
            run_task(
                lambda _ctx: client.lookup(SEEDED_ID_NUMBER),
                name="slow-lookup",
                on_result=done.append,
                on_error=done.append,
            )
            qtbot.waitUntil(lambda d=done: bool(d), timeout=int(SLOW_S * 1000) + 8000)
            gaps.append(probe.stop())
            assert getattr(done[0], "exists", None) is True
            if gaps[-1] < LIMIT_MS:
                break
        client.close()
    print(
        f"longest event-loop gap during a {SLOW_S:.0f} s call: {min(gaps):.1f} ms "
        f"(tries: {', '.join(f'{g:.1f}' for g in gaps)})"
    )
    assert min(gaps) < LIMIT_MS
