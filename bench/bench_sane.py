"""The kiosk's SANE child process against SANE's own command-line tool, same scan, same run.

scanimage starts a process, initialises libsane, opens the `test` device and reads the card
region (100 × 70 mm at 300 dpi). The kiosk's child is kept warm between scans, so a scan pays
the driver and the pipe (the pixels travel back through it); the first scan of a scanner
choice also pays the child's start, shown on a row of its own. A private SANE_CONFIG_DIR keeps
network discovery out. Skipped without libsane's test backend.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from bench.harness import Row, timed
from kiosk.scanner.device import ScanDevice, ScanOptions, no_progress
from kiosk.scanner.errors import ScanCancelledError
from kiosk.scanner.sane_worker import SaneWorkerDriver

TEST_CONF = Path("/etc/sane.d/test.conf")
DEVICE = ScanDevice("sane", "test:0", "test")


def _config(folder: Path, *extra: str) -> None:
    (folder / "dll.conf").write_text("test\n", encoding="utf-8")
    text = TEST_CONF.read_text(encoding="utf-8") + "".join(f"{line}\n" for line in extra)
    (folder / "test.conf").write_text(text, encoding="utf-8")


def run() -> list[Row]:
    scanimage = shutil.which("scanimage")
    if not TEST_CONF.is_file() or scanimage is None:
        return []
    rows: list[Row] = []
    saved = os.environ.get("SANE_CONFIG_DIR")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _config(folder)
        os.environ["SANE_CONFIG_DIR"] = str(folder)
        try:
            driver = SaneWorkerDriver()

            def card() -> None:
                driver.scan(DEVICE, ScanOptions(dpi=300), threading.Event(), no_progress)

            def first_card() -> None:
                cold = SaneWorkerDriver()
                cold.scan(DEVICE, ScanOptions(dpi=300), threading.Event(), no_progress)
                cold.close()

            worker = timed(card, repeat=9)
            cold = timed(first_card, repeat=3)
            command = [scanimage, "-d", "test:0", "--resolution", "300", "--mode", "Color"]
            command += ["-l", "0", "-t", "0", "-x", "100", "-y", "70", "--format=pnm"]
            tool = timed(
                lambda: subprocess.run(command, capture_output=True, check=True, timeout=60),
                repeat=9,
            )
            driver.close()
            rows.append(
                Row(
                    "sane",
                    "card region 300 dpi via kiosk's SANE child",
                    worker,
                    "ms",
                    tool,
                    f"warm child; overhead {worker - tool:.1f} ms (goal ≤ 60); baseline scanimage",
                )
            )
            rows.append(
                Row(
                    "sane",
                    "the same, first scan (the child starts)",
                    cold,
                    "ms",
                    tool,
                    "once per scanner choice, or after a fault",
                )
            )
            _config(folder, "read-delay true", "read-delay-duration 200000")
            # A fresh child for each: libsane reads test.conf once per process, and a
            # cancelled scan ends its child anyway.
            waits = sorted(_cancel_latency(SaneWorkerDriver()) for _ in range(3))
            rows.append(
                Row(
                    "sane",
                    "Cancel → slow scan ended (median of 3)",
                    waits[1],
                    "ms",
                    None,
                    "sane_cancel in the child; kill after 5 s if it does not stop",
                )
            )
        finally:
            if saved is None:
                os.environ.pop("SANE_CONFIG_DIR", None)
            else:
                os.environ["SANE_CONFIG_DIR"] = saved
    return rows


def _cancel_latency(driver: SaneWorkerDriver) -> float:
    """Milliseconds from Cancel to scan() returning, on a scan slowed to ~20 s."""
    cancel = threading.Event()
    pressed: list[float] = []

    def press() -> None:
        pressed.append(time.perf_counter())
        cancel.set()

    timer = threading.Timer(1.5, press)
    timer.start()
    with contextlib.suppress(ScanCancelledError):  # what Cancel is for
        driver.scan(DEVICE, ScanOptions(dpi=300), cancel, no_progress)
    ended = time.perf_counter()
    timer.join()
    return (ended - pressed[0]) * 1000
