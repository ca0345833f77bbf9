"""What every benchmark returns, and the table `make bench` prints.

A benchmark module is bench/bench_*.py with `run() -> list[Row]`. A Row is one figure; when it
has a baseline measured in the same run, the ratio is printed beside it. Never assert on time.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Row:
    bench: str
    case: str
    value: float
    unit: str
    baseline: float | None = None  # same unit, measured in the same run
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline


def timed(fn: Callable[[], object], repeat: int = 5, warmup: int = 1) -> float:
    """Median wall time of fn in milliseconds."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def render(rows: list[Row]) -> str:
    header = (
        f"{'benchmark':<18} {'case':<44} {'value':>12} {'unit':<6} "
        f"{'baseline':>12} {'ratio':>7}  note"
    )
    lines = [header, "-" * len(header)]
    for r in rows:
        base = "" if r.baseline is None else f"{r.baseline:12.2f}"
        ratio = "" if r.ratio is None else f"{r.ratio:7.2f}"
        lines.append(
            f"{r.bench:<18} {r.case:<44} {r.value:12.2f} {r.unit:<6} "
            f"{base:>12} {ratio:>7}  {r.note}"
        )
    return "\n".join(lines)
