"""Soaks: whole cases against a real training gateway, with faults, kills and bad files.

Each soak prints its figures (a table) with -s and again in the terminal summary; the tests
assert only the rules that must hold every time (no duplicate, nothing lost) and counts that
do not depend on timing.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk import logs
from kiosk.journal import Journal, KeyringKeyProvider
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.db import sqlite_url
from tests.helpers.gateway import gateway, gateway_clock, make_gateway  # noqa: F401
from tests.soak.desk import Desk

FIGURES: list[str] = []


@pytest.fixture
def report() -> Callable[[str], None]:
    """Print a figure table now (-s) and keep it for the terminal summary."""

    def add(text: str) -> None:
        FIGURES.append(text)
        print("\n" + text)

    return add


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FIGURES:
        terminalreporter.section("soak figures")
        for text in FIGURES:
            terminalreporter.write_line(text)
            terminalreporter.write_line("")


@pytest.fixture
def desks() -> Iterator[Callable[..., Desk]]:
    """Open officer sessions (closed at the end of the test)."""
    opened: list[Desk] = []

    def open_(url: str, journal: Journal, **options: Any) -> Desk:
        desk = Desk(url, journal, **options)
        opened.append(desk)
        return desk

    yield open_
    for desk in opened:
        desk.close()


@pytest.fixture
def journals() -> Iterator[Callable[..., Journal]]:
    """Journals keyed through the test's in-memory keyring (closed at the end of the test)."""
    opened: list[Journal] = []

    def open_(path: Path, **options: Any) -> Journal:
        journal = Journal(path, KeyringKeyProvider(), **options)
        opened.append(journal)
        return journal

    yield open_
    for journal in opened:
        journal.close()


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp dir of this test only, for Python (tempfile), Qt and child programs alike."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def kiosk_log() -> Iterator[Path]:
    """The kiosk's own log file (in KIOSK_HOME/logs), as the application sets it up, at DEBUG."""
    root = logging.getLogger()
    level = root.level
    path = logs.setup("DEBUG")
    yield path
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture
def gateway_outside(
    make_gateway: Callable[..., RunningGateway],  # noqa: F811
    tmp_path: Path,
) -> RunningGateway:
    """The gateway's database (citizens in clear: it is the portal) away from the kiosk's
    temp dir, which the test searches."""
    folder = tmp_path / "gateway"
    folder.mkdir()
    return make_gateway(database_url=sqlite_url(folder / "gateway.sqlite3"))
