"""Fixtures of the scanner tests: sample cards, generated pages, private SANE configs."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image

from tests.helpers import own_process, sane_test

SAMPLES = Path(__file__).resolve().parents[4] / "shared" / "samples" / "cards-300"
if not SAMPLES.is_dir():
    SAMPLES = Path(os.environ.get("KIOSK_SAMPLES", "/work/shared/samples/cards-300"))


def sample(name: str) -> Path:
    path = SAMPLES / name
    if not path.is_file():
        pytest.skip(f"sample {name} not available")
    return path


@pytest.fixture
def samples_dir() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip("shared/samples/cards-300 not available")
    return SAMPLES


@pytest.fixture
def truth(samples_dir: Path) -> list[dict[str, str]]:
    data: list[dict[str, str]] = json.loads((samples_dir / "truth.json").read_text("utf-8"))
    return data


@pytest.fixture
def front_crop() -> Image.Image:
    return Image.open(sample("000-front-crop.jpg")).convert("RGB")


@pytest.fixture
def back_crop() -> Image.Image:
    return Image.open(sample("000-back-crop.jpg")).convert("RGB")


SaneConfig = Callable[..., Path]

# The SANE driver tests run one per child process (test_sane_driver_isolated.py; why:
# tests/helpers/own_process.py).
collect_ignore = [] if own_process.in_child() else ["test_sane_backend.py"]


@pytest.fixture
def sane_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[SaneConfig]:
    """Point SANE at a private config made by the test; SANE is re-initialised for it."""
    if not sys.platform.startswith("linux") or not sane_test.sane_installed():
        pytest.skip("SANE (libsane + python-sane) not installed")
    from kiosk.scanner import sane_backend

    def make(**kwargs: object) -> Path:
        folder = sane_test.write_config(
            tmp_path / f"sane-{len(list(tmp_path.iterdir()))}", **kwargs
        )  # type: ignore[arg-type]
        sane_backend.reset()
        monkeypatch.setenv("SANE_CONFIG_DIR", str(folder))
        return folder

    # No sane_exit afterwards: the process ends with this test (see own_process).
    yield make
