"""What a soak child reports, one line per event, after the journal has committed it.

    <event> <citizen number> <case id or ->

Lines are appended with one write each (atomic for lines this short), so a kill can cut
only the last line, which then has no newline and is ignored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kiosk.domain.account_case import AccountCase


@dataclass(frozen=True)
class Line:
    event: str
    n: int
    case_id: str  # "" for "starting"


def append(path: Path, event: str, n: int, case: AccountCase | None) -> None:
    line = f"{event} {n} {case.case_id if case is not None else '-'}\n"
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line.encode("ascii"))
    finally:
        os.close(fd)


def read(path: Path) -> list[Line]:
    if not path.exists():
        return []
    text = path.read_text(encoding="ascii")
    out = []
    for raw in text.split("\n")[:-1]:  # the part after the last newline was cut by a kill
        event, n, case_id = raw.split(" ")
        out.append(Line(event, int(n), "" if case_id == "-" else case_id))
    return out


def owners(lines: list[Line], orphans: list[str]) -> dict[str, int]:
    """Case id -> citizen number, for every case reported, and for `orphans` (cases a kill
    caught between their creation and the "started" line, oldest first): the citizens whose
    "starting" had no "started", in order."""
    found = {line.case_id: line.n for line in lines if line.case_id}
    started = {line.n for line in lines if line.event == "started"}
    waiting = [line.n for line in lines if line.event == "starting" and line.n not in started]
    for case_id in orphans:
        if case_id not in found and waiting:
            found[case_id] = waiting.pop(0)
    return found
