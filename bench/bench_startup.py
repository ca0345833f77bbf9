"""Cold start of `kiosk --smoke` next to a bare PySide6 QWizard program, in the same run."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Row

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication(sys.argv)
w = QWizard(); w.addPage(QWizardPage()); w.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def _median_ms(cmd: list[str], env: dict[str, str], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return samples[len(samples) // 2]


def run(runs: int = 7) -> list[Row]:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_HOME=home)
        bare = Path(home) / "bare.py"
        bare.write_text(BARE, encoding="utf-8")
        # One untimed run each warms the OS file cache, as a counter PC after boot would be.
        _median_ms([sys.executable, str(bare)], env, 1)
        _median_ms([sys.executable, "-m", "kiosk", "--smoke"], env, 1)
        base = _median_ms([sys.executable, str(bare)], env, runs)
        app = _median_ms([sys.executable, "-m", "kiosk", "--smoke"], env, runs)
    return [
        Row("startup", "bare PySide6 QWizard (baseline)", base, "ms"),
        Row("startup", "kiosk --smoke", app, "ms", baseline=base, note=f"median of {runs}"),
    ]
