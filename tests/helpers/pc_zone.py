"""Run a test as on a PC whose operating system is set to another time zone.

POSIX TZ strings need no time-zone database: "UTC0" is UTC, "ICT-7" is UTC+7 (the sign is
POSIX's, inverted).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator

import pytest

UTC_PC = "UTC0"
VIETNAM_PC = "ICT-7"


@pytest.fixture
def pc_zone() -> Iterator[Callable[[str], None]]:
    before = os.environ.get("TZ")

    def set_zone(tz: str) -> None:
        os.environ["TZ"] = tz
        time.tzset()

    yield set_zone
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
