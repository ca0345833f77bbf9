"""This PC itself: configuration, keyring, fonts, disk, folders, journal, version."""

from __future__ import annotations

import importlib.resources
import os
import platform
import shutil
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

import kiosk
from kiosk import paths
from kiosk.config import ConfigProblem
from kiosk.doctor.codes import Hint, Phrase, Said, say
from kiosk.doctor.context import DoctorContext
from kiosk.doctor.result import CheckResult, failed, passed

# Scans of one case are a few MB and the journal keeps them briefly; below this the next
# Windows update alone can fill the disk, and SQLite then refuses to save a step.
MIN_FREE_BYTES = 500 * 1024 * 1024
UI_FONT_PACKAGE = "fontpkg_be_vietnam_pro"
UI_FONT_FILES = ("BeVietnamPro-Regular.ttf", "BeVietnamPro-Bold.ttf")


def config_check(ctx: DoctorContext) -> CheckResult:
    name = "config"
    if ctx.config_error:
        # The configuration's own sentence (kiosk.config), handed through as a value.
        problem = ctx.config_problem
        if problem is not None and problem.code in set(ConfigProblem):
            # The file, the key, what was found and what is wanted, worded by the UI catalogue.
            found = say(
                ConfigProblem(problem.code),
                path=problem.path,
                key=problem.key,
                found=problem.found,
                expected=problem.expected,
                limit=problem.limit,
                detail=problem.detail,
            )
            return failed(name, found, say(Hint.FIX_CONFIG))
        return failed(name, say(Said.CONFIG_ERROR, error=ctx.config_error), say(Hint.FIX_CONFIG))
    if not ctx.config_files:
        detail = [say(Said.CONFIG_DEFAULTS)]
    else:
        detail = [say(Said.CONFIG_READ, files=", ".join(str(p) for p in ctx.config_files))]
    if ctx.settings.training:
        detail.append(say(Said.CONFIG_TRAINING))
    shadowed = _shadowed_keys(ctx.config_files)
    if shadowed:
        # A per-user value silently wins over what IT wrote for the machine.
        detail.append(say(Said.CONFIG_SHADOWED, keys=", ".join(shadowed)))
    return passed(name, *detail)


def _shadowed_keys(files: list[Path]) -> list[str]:
    system = paths.system_config_file()
    if system not in files:
        return []
    try:
        with system.open("rb") as fh:
            base = tomllib.load(fh)
        later: list[dict[str, Any]] = []
        for path in files[files.index(system) + 1 :]:
            with path.open("rb") as fh:
                later.append(tomllib.load(fh))
    except (OSError, tomllib.TOMLDecodeError):
        return []
    keys: list[str] = []
    for section, values in base.items():
        if not isinstance(values, dict):
            continue
        for key, value in values.items():
            for layer in later:
                over = layer.get(section)
                if isinstance(over, dict) and key in over and over[key] != value:
                    keys.append(f"{section}.{key}")
                    break
    return keys


def keyring_check(ctx: DoctorContext) -> CheckResult:
    from kiosk.portal.credentials import CredentialStore

    name = "keyring"
    url = "training" if ctx.training else (ctx.options.gateway_url or ctx.settings.gateway.url)
    status = CredentialStore(url).status()
    backend = status.backend
    if status.usable:
        return passed(name, say(Said.KEYRING_SAFE, backend=backend))
    if status.reason == "insecure":
        return failed(name, say(Said.KEYRING_INSECURE, backend=backend), say(Hint.KEYRING_INSECURE))
    if status.reason == "failing":
        return failed(name, say(Said.KEYRING_FAILING, backend=backend), say(Hint.KEYRING_FAILING))
    return failed(name, say(Said.KEYRING_NONE, backend=backend), say(Hint.KEYRING_NONE))


def _missing_form_fonts() -> list[str]:
    """Every form font file that is not there (not only the first), for one reinstall."""
    from kiosk.forms.fonts import _FILES, FONT_PACKAGE

    try:
        root = importlib.resources.files(FONT_PACKAGE) / "files"
    except ModuleNotFoundError:
        return [FONT_PACKAGE]
    return [f for f in _FILES.values() if not (root / f).is_file()]


def fonts_check(ctx: DoctorContext) -> CheckResult:
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    from kiosk.forms.fonts import FONT_PACKAGE, FontMissingError, font_faces

    name = "fonts"
    try:
        faces = font_faces()
    except FontMissingError:
        missing_form = ", ".join(_missing_form_fonts()) or FONT_PACKAGE
        return failed(name, say(Said.FONTS_MISSING, files=missing_form), say(Hint.REINSTALL))
    for face in faces:
        try:
            TTFont(face.name, str(face.path))  # parses the file: a truncated copy fails here
        except (TTFError, OSError) as exc:
            return failed(
                name,
                say(Said.FONT_BROKEN, file=face.path.name, error=str(exc)),
                say(Hint.REINSTALL),
            )
    try:
        ui_root = importlib.resources.files(UI_FONT_PACKAGE) / "files"
        missing = [f for f in UI_FONT_FILES if not (ui_root / f).is_file()]
    except ModuleNotFoundError:
        missing = list(UI_FONT_FILES)
    if missing:
        return failed(
            name,
            say(Said.UI_FONTS_MISSING, package=UI_FONT_PACKAGE, files=", ".join(missing)),
            say(Hint.REINSTALL),
        )
    return passed(
        name,
        say(Said.FONTS_OK, package=FONT_PACKAGE, count=len(faces), ui_package=UI_FONT_PACKAGE),
    )


def _existing(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def human_size(size: int) -> str:
    """Bytes as people read them: '608 KB', '12.4 MB', '3.1 GB' (never '0.0 GB')."""
    amount = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if amount < 1024 or unit == "GB":
            return f"{amount:.0f} {unit}" if unit in ("B", "KB") else f"{amount:.1f} {unit}"
        amount /= 1024
    return f"{amount:.1f} TB"  # pragma: no cover - the loop returns at GB


def disk_check(ctx: DoctorContext) -> CheckResult:
    name = "disk"
    target = paths.data_dir()
    usage = shutil.disk_usage(_existing(target))
    detail = say(Said.DISK_FREE, free=human_size(usage.free), path=str(target))
    if usage.free >= MIN_FREE_BYTES:
        return passed(name, detail)
    # Disk Cleanup is a Windows tool: elsewhere the hint names what frees space there.
    hint = Hint.FREE_DISK_WINDOWS if sys.platform == "win32" else Hint.FREE_DISK_OTHER
    return failed(name, detail, say(hint, min_mb=MIN_FREE_BYTES // 1024**2))


def _writable(folder: Path) -> str:
    """ "" when a file can be created, written to disk and removed in folder, else why not."""
    try:
        if not folder.exists():
            paths.ensure(folder)  # what the kiosk itself does on first use
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-", delete=True) as fh:
            fh.write(b"kiosk doctor")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    return ""


def data_dir_check(ctx: DoctorContext) -> CheckResult:
    name = "data_dir"
    folders = {
        Said.FOLDER_NOT_WRITABLE_DATA: paths.data_dir(),
        Said.FOLDER_NOT_WRITABLE_LOGS: paths.log_dir(),
        Said.FOLDER_NOT_WRITABLE_CACHE: paths.cache_dir(),
        Said.FOLDER_NOT_WRITABLE_CONFIG: paths.config_dir(),
    }
    problems: list[Phrase] = []
    for code, folder in folders.items():
        why = _writable(folder)
        if why:
            problems.append(say(code, folder=str(folder), error=why))
    if not problems:
        return passed(name, say(Said.FOLDERS_WRITABLE, path=str(paths.data_dir())))
    # Never "delete the folder to start afresh": the data folder holds the case journal.
    return failed(name, problems, say(Hint.FOLDER_PERMISSIONS))


_JOURNAL_HINTS: dict[str, Hint] = {
    "corrupt": Hint.JOURNAL_CORRUPT,
    "key_missing": Hint.JOURNAL_KEY_MISSING,
    "wrong_key": Hint.JOURNAL_WRONG_KEY,
    "insecure_keyring": Hint.SEE_KEYRING,
    "keyring_unavailable": Hint.SEE_KEYRING,
    "busy": Hint.CLOSE_OTHER_KIOSKS,
    "storage": Hint.SEE_DATA_FOLDER,
    "disk_full": Hint.SEE_DISK,
}


def journal_check(ctx: DoctorContext) -> CheckResult:
    from kiosk.journal import default_path, journal_health
    from kiosk.journal.errors import JournalProblem

    name = "journal"
    report = journal_health(default_path(), ctx.settings.retention)
    facts: list[Phrase] = []
    if not report["exists"]:
        facts.append(say(Said.JOURNAL_NOT_YET))
    elif "cases" in report:
        facts.append(
            say(
                Said.JOURNAL_FACTS,
                cases=sum(report["cases"].values()),
                unfinished=report["unfinished_cases"],
                awaiting=report["awaiting_reconcile"],
                size=human_size(report["size_bytes"]),
            )
        )
    else:
        facts.append(say(Said.JOURNAL_SIZE, size=human_size(report["size_bytes"])))
    if report["quarantined"]:
        facts.append(say(Said.JOURNAL_QUARANTINED, count=len(report["quarantined"])))
    problems: list[str] = report["problems"]
    if report["ok"]:
        return passed(name, say(Said.JOURNAL_GOOD, path=str(report["path"])), *facts)
    known = {p.value for p in JournalProblem}
    found = [say(JournalProblem(code)) for code in problems if code in known]
    hints = [_JOURNAL_HINTS.get(code, Hint.ASK_SUPPORT) for code in problems]
    return failed(
        name,
        [say(Said.JOURNAL_AT, path=str(report["path"])), *facts, *found],
        [say(h) for h in dict.fromkeys(hints)],
    )


def version_check(ctx: DoctorContext) -> CheckResult:
    frozen = getattr(sys, "frozen", False)
    try:
        qt = metadata.version("PySide6")
    except metadata.PackageNotFoundError:
        qt = "?"
    return passed(
        "version",
        say(
            Said.VERSION_INSTALLED if frozen else Said.VERSION_SOURCE,
            version=kiosk.__version__,
            python=platform.python_version(),
            qt=qt,
            platform=platform.platform(terse=True),
        ),
    )
