"""The PC/SC stack (pcscd + vpcd) once per session, a test PKI and emulated cards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import chip_card, pcsc_stack


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[pcsc_stack.PcscStack]:
    reason = pcsc_stack.missing()
    if reason is not None:
        pytest.skip(f"no PC/SC stack: {reason}")
    try:
        stack = pcsc_stack.start(tmp_path_factory.mktemp("pcsc"))
    except RuntimeError as exc:
        pytest.skip(f"no PC/SC stack: {exc}")
    try:
        yield stack
    finally:
        stack.stop()


@pytest.fixture(scope="session")
def pki() -> chip_card.TestPki:
    return chip_card.make_pki()


@pytest.fixture(scope="session")
def csca_dir(pki: chip_card.TestPki, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("csca")
    pki.write_csca(folder)
    return folder


@pytest.fixture
def card_file(pki: chip_card.TestPki, tmp_path: Path) -> Path:
    return chip_card.build_card(pki).write(tmp_path / "card.json")
