"""The supervisor's screen on a real X server (Xvfb) at the counter's 1366×768."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def xvfb_display():
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()  # Xvfb writes its display number once it is ready
    assert number.isdigit(), "Xvfb did not start"
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


def test_supervisor_screen_under_xvfb(tmp_path, gateway, busy_day, xvfb_display) -> None:
    png, facts = tmp_path / "supervisor.png", tmp_path / "facts.json"
    env = {
        **os.environ,
        "DISPLAY": xvfb_display,
        "QT_QPA_PLATFORM": "xcb",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.ui.supervisor.screen_script",
            gateway.url,
            str(png),
            str(facts),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(facts.read_text(encoding="utf-8"))
    assert result["screen"] == [1366, 768]
    assert result["minimum"][0] <= 1366 and result["minimum"][1] <= 768
    assert result["window"][0] <= 1366 and result["window"][1] <= 768
    assert result["table_fits"], "the list's columns run past the table's right edge"
    assert result["rows"] == 100 and result["card_shown"]
    with Image.open(png) as image:
        assert image.size == (1366, 768)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 50  # a drawn screen, not a blank one
