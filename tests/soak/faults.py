"""The fault mix of the fault soak: what a counter's network does to the kiosk's requests.

One request in `rate` meets a fault, drawn from a seeded generator in the order requests
arrive, so a run is repeatable as far as the gateway's timing allows.
"""

from __future__ import annotations

import random
import threading
from collections import Counter

from tests.helpers.fault_proxy import Fault

# Longer than the soak client's read timeout (flow.FAST_CLIENT): the client gives up first.
PAST_TIMEOUT_S = 0.5


def fault_mix() -> list[tuple[str, int, Fault]]:
    """(label, weight, fault): drops before and after the gateway saw the request, resets,
    delays past the timeout, 500s and 429s with Retry-After."""
    return [
        ("drop before the gateway", 3, Fault.drop_before_forward()),
        ("drop after the gateway", 3, Fault.drop_response()),
        ("reset before the gateway", 2, Fault.reset()),
        ("reset after the gateway", 2, Fault.reset(after_forward=True)),
        ("delay request past timeout", 1, Fault.delay_request(PAST_TIMEOUT_S)),
        ("delay answer past timeout", 1, Fault.delay_response(PAST_TIMEOUT_S)),
        ("HTTP 500", 2, Fault.http_500()),
        ("HTTP 429, Retry-After 1", 1, Fault.http_429(retry_after=1)),
    ]


OUTAGE = "outage (answers lost)"


class RandomFaults:
    """A FaultProxy chooser: a fault for one request in `rate`, weighted by kind.

    Every `outage_every` requests the line goes down for `outage_length` requests: they reach
    the gateway but no answer comes back, long enough for the officer to give up and leave
    the case (resumable) for later.
    """

    def __init__(
        self, seed: int, rate: float, *, outage_every: int = 0, outage_length: int = 0
    ) -> None:
        self.rate = rate
        self.outage_every = outage_every
        self.outage_length = outage_length
        self._count = 0
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        mix = fault_mix()
        self.labels = {fault: label for label, _, fault in mix}
        self._faults = [fault for _, _, fault in mix]
        self._weights = [weight for _, weight, _ in mix]
        self.chosen: Counter[str] = Counter()  # label -> how many times

    def __call__(self, method: str, path: str) -> Fault | None:
        if not path.startswith("/v1/"):
            return None
        with self._lock:
            self._count += 1
            if self.outage_every and self._count % self.outage_every < self.outage_length:
                self.chosen[OUTAGE] += 1
                return Fault.drop_response()
            if self._rng.random() >= self.rate:
                return None
            fault = self._rng.choices(self._faults, self._weights)[0]
            self.chosen[self.labels[fault]] += 1
            return fault
