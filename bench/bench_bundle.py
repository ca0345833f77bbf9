"""The packaged kiosk (dist/kiosk from `make dist`): size and cold start, with baselines.

Measured in the same run: a bare PySide6 QWizard program frozen by PyInstaller as it comes
(the size floor of any Qt bundle) and frozen with the kiosk's own trimming rules
(packaging/bundle_plan.py), the frozen kiosk's `--smoke` start next to the unfrozen
`python -m kiosk --smoke` and the bare program, and `--version` (the CLI path) frozen and not.
Skips, with a row saying so, when dist/kiosk does not exist.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Row

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "kiosk"
BENCH = "bundle"

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
app = QApplication(sys.argv)
w = QWizard(); w.addPage(QWizardPage()); w.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

# The bare program, frozen with or without the kiosk's trimming (same rules as build.spec).
BARE_SPEC = """
import sys
sys.path.insert(0, {packaging!r})
import bundle_plan
a = Analysis([{script!r}], excludes=bundle_plan.EXCLUDED_MODULES)
if {trim!r}:
    a.binaries, _ = bundle_plan.trim(a.binaries)
    a.datas, _ = bundle_plan.trim(a.datas)
    a.binaries, _ = bundle_plan.prune_unreachable(a.binaries)
    present = [d for d, _, k in a.binaries + a.datas if k != "SYMLINK"]
    a.binaries, _ = bundle_plan.drop_dangling(a.binaries, present)
    a.datas, _ = bundle_plan.drop_dangling(a.datas, present)
pyz = PYZ(a.pure)
exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name="bare", console=True)
COLLECT(exe, a.binaries, a.datas, name="bare")
"""


def _size_mb(folder: Path) -> float:
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total / 1024 / 1024


def _median_ms(cmd: list[str], env: dict[str, str], runs: int) -> float:
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)  # warm the cache
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return samples[len(samples) // 2]


def _freeze_bare(work: Path, script: Path, trim: bool) -> Path:
    name = "trimmed" if trim else "plain"
    spec = work / f"bare-{name}.spec"
    spec.write_text(
        BARE_SPEC.format(packaging=str(ROOT / "packaging"), script=str(script), trim=trim),
        encoding="utf-8",
    )
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--workpath",
            str(work / f"build-{name}"),
            "--distpath",
            str(work / f"dist-{name}"),
            str(spec),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return work / f"dist-{name}" / "bare"


def run(runs: int = 7) -> list[Row]:
    exe = BUNDLE / ("kiosk.exe" if sys.platform == "win32" else "kiosk")
    if not exe.is_file():
        return [Row(BENCH, "skipped: no dist/kiosk (run make dist)", math.nan, "")]
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-bundle-") as tmp:
        work = Path(tmp)
        script = work / "bare.py"
        script.write_text(BARE, encoding="utf-8")
        plain = _freeze_bare(work, script, trim=False)
        trimmed = _freeze_bare(work, script, trim=True)
        plain_mb, trimmed_mb, kiosk_mb = _size_mb(plain), _size_mb(trimmed), _size_mb(BUNDLE)
        rows += [
            Row(BENCH, "bare PySide6 bundle, as PyInstaller makes it", plain_mb, "MB"),
            Row(
                BENCH,
                "bare PySide6 bundle, kiosk trimming rules",
                trimmed_mb,
                "MB",
                baseline=plain_mb,
            ),
            Row(
                BENCH,
                "dist/kiosk (whole kiosk, trimmed)",
                kiosk_mb,
                "MB",
                baseline=trimmed_mb,
                note="+ numpy, cryptography, PIL, FastAPI, SQLAlchemy…",
            ),
        ]
        tarballs = sorted(BUNDLE.parent.glob("kiosk-*-linux-*.tar.gz"))
        if tarballs:
            rows.append(
                Row(BENCH, tarballs[-1].name, tarballs[-1].stat().st_size / 1024 / 1024, "MB")
            )

        home = work / "home"
        home.mkdir()
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KIOSK_HOME=str(home))
        bare_ms = _median_ms([sys.executable, str(script)], env, runs)
        bare_frozen_ms = _median_ms([str(trimmed / "bare")], env, runs)
        source_ms = _median_ms([sys.executable, "-m", "kiosk", "--smoke"], env, runs)
        frozen_ms = _median_ms([str(exe), "--smoke"], env, runs)
        rows += [
            Row(BENCH, "start: bare PySide6 QWizard (python)", bare_ms, "ms"),
            Row(BENCH, "start: bare PySide6 QWizard (frozen)", bare_frozen_ms, "ms", bare_ms),
            Row(BENCH, "start: kiosk --smoke (python -m kiosk)", source_ms, "ms", bare_ms),
            Row(
                BENCH,
                "start: kiosk --smoke (frozen dist/kiosk)",
                frozen_ms,
                "ms",
                baseline=source_ms,
                note=f"median of {runs}, warm file cache",
            ),
        ]
        cli_source = _median_ms([sys.executable, "-m", "kiosk", "--version"], env, runs)
        cli_frozen = _median_ms([str(exe), "--version"], env, runs)
        rows += [
            Row(BENCH, "kiosk --version (python -m kiosk)", cli_source, "ms"),
            Row(BENCH, "kiosk --version (frozen)", cli_frozen, "ms", baseline=cli_source),
        ]
    return rows
