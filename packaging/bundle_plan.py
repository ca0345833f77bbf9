"""What the frozen kiosk carries and what it leaves out. build.spec applies this; tests read it.

Carried: every module of the `kiosk` package (the CLI finds its subcommands by listing
kiosk.commands, which only works for modules that were bundled), the compiled translations
(resources/i18n/*.qm: the kiosk's and our Vietnamese qtbase), Qt's own English qtbase
catalogue, both font packages (forms and UI), and kiosk's metadata (its version).

Left out, because the kiosk never uses them and they cost ~40 MB: the Wayland, EGLFS, VNC,
linuxfb and minimal platform plugins (on Wayland desktops the kiosk runs through XWayland),
the GTK3 theme with its GTK/cairo/pango stack, the virtual keyboard (no touch counters) with
the Qt Quick/QML it drags in, touch-input plugins, and every other Qt translation. The
system's own libsane is used rather than a copy: SANE loads its backends from the system and
they must match it. Optional imports of our dependencies (pydantic's mypy plugin, rich,
hypothesis, PyYAML) are excluded too, as are Pillow's AVIF codec and Tk bridge, and the Qt
image-format plugins for formats Qt is never handed (see DROPPED). On Linux, libraries are
stripped of their debug sections (strip_debug), except those patchelf rewrote.

Kept although the kiosk never calls them: Qt Quick and QML (~18 MB). The FFmpeg multimedia
plugin, the camera's only backend, links to them, and a plugin whose libraries are missing
does not load.

On Linux, once those are dropped, a shared library that no remaining extension module, Qt
plugin or library links to is dropped as well (`prune_unreachable`): that is how the GTK
stack and QML libraries brought in only by dropped plugins leave. Windows builds apply the
patterns only; see docs/deploy.md.
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "kiosk"
CLI_NAME = "kiosk-cli"  # Windows only: the console twin of the windowed kiosk.exe

FONT_PACKAGES = ("fontpkg_crimson_text", "fontpkg_be_vietnam_pro")

EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "mypy",
    "pydantic.mypy",
    "hypothesis",
    "IPython",
    "rich",
    "pygments",
    "yaml",
    "pytest",
    "_pytest",
    "schemathesis",
    "ast_serialize",
    "keyrings.alt",  # a plaintext keyring must never be importable in a shipped build
    # Pillow's AVIF codec (libavif, 4.7 MB; no import format of the kiosk is AVIF) and its
    # Tk bridge; Pillow skips a plugin that does not import.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
]

# Destination paths (forward slashes; "*" crosses folders). Windows wheels lay PySide6 out as
# PySide6/plugins, Linux ones as PySide6/Qt/plugins: "PySide6/*plugins" matches both.
DROPPED = (
    "PySide6/*plugins/platforms/*wayland*",
    "PySide6/*plugins/platforms/*eglfs*",
    "PySide6/*plugins/platforms/*vnc*",
    "PySide6/*plugins/platforms/*linuxfb*",
    "PySide6/*plugins/platforms/*minimal*",
    "PySide6/*plugins/platforms/*direct2d*",
    "PySide6/*plugins/wayland-*",
    "PySide6/*plugins/egldeviceintegrations/*",
    "PySide6/*plugins/platformthemes/*gtk3*",
    "PySide6/*plugins/platforminputcontexts/*virtualkeyboard*",
    "PySide6/*plugins/generic/*",
    "PySide6/*plugins/qmltooling/*",
    "PySide6/*plugins/platforms/*vkkhrdisplay*",
    # Qt reads no image file: scans and imports reach it as pixels from Pillow (card_view),
    # the icons are PNG (built in), SVG and ICO. Network reachability is never asked of Qt.
    "PySide6/*plugins/imageformats/*qgif*",
    "PySide6/*plugins/imageformats/*qicns*",
    "PySide6/*plugins/imageformats/*qtga*",
    "PySide6/*plugins/imageformats/*qtiff*",
    "PySide6/*plugins/imageformats/*qwbmp*",
    "PySide6/*plugins/imageformats/*qwebp*",
    "PySide6/*plugins/imageformats/*qpdf*",
    "PySide6/*plugins/networkinformation/*",
    "PySide6/*translations/*",
    "*libsane.so*",
)
KEPT = (
    # Qt's strings (standard buttons, dialogs) in English; Vietnamese is ours, in resources.
    "PySide6/*translations/qtbase_en.qm",
)

# A binary that is loaded by the interpreter or by Qt itself rather than linked to: the roots
# of the reachability walk.
_ROOT_PATTERNS = (
    "*.cpython-*",
    "*.abi3.so",
    "*.pyd",
    "PySide6/*plugins/*",
    "libpython*",
    "python3*.dll",
)

Toc = list[tuple[str, str, str]]


# Debug sections off the libraries that carry them, on Linux (strip_debug: libpython alone
# 22 MB → 6 MB). Windows wheels ship without them; UPX stays off everywhere (antivirus false
# alarms). PyInstaller's own strip stays off: it strips every file, and libraries rewritten
# with patchelf (the wheels' *.libs, modules given an $ORIGIN search path, PySide6's Qt and
# FFmpeg) come out of binutils' strip unloadable ("ELF load command address/offset not
# page-aligned", numpy's OpenBLAS; the camera's FFmpeg plugin).
STRIP = sys.platform.startswith("linux")


def version() -> str:
    """The version of the installed `kiosk` distribution (pyproject.toml's)."""
    from importlib import metadata

    return metadata.version("kiosk")


def windows_version_tuple(text: str) -> tuple[int, int, int, int]:
    """'0.1.0' or '1.2.3.dev4' -> (0, 1, 0, 0): the four numbers a Windows resource holds."""
    numbers: list[int] = []
    for part in text.split("."):
        leading = re.match(r"\d+", part)
        if leading is None:
            break
        numbers.append(int(leading.group()))
        if leading.end() < len(part):  # "0rc1": the rest is a pre-release tag
            break
    numbers = [*numbers, 0, 0, 0, 0][:4]
    return numbers[0], numbers[1], numbers[2], numbers[3]


def translation_files() -> list[Path]:
    files = sorted((ROOT / "resources" / "i18n").glob("*.qm"))
    if not files:
        # A bundle without them would show an English-less kiosk; the build must stop.
        raise SystemExit("no resources/i18n/*.qm: run `make i18n` before building")
    return files


def datas() -> list[tuple[str, str]]:
    """(source, destination folder) pairs for Analysis(datas=...)."""
    from PyInstaller.utils.hooks import collect_data_files, copy_metadata

    items = [(str(qm), "resources/i18n") for qm in translation_files()]
    for sub in ("icons", "fonts"):
        for path in sorted((ROOT / "resources" / sub).glob("*")):
            if path.is_file():
                items.append((str(path), f"resources/{sub}"))
    for package in FONT_PACKAGES:
        collected = collect_data_files(package)
        if not any(src.endswith(".ttf") for src, _ in collected):
            raise SystemExit(f"{package} has no .ttf files to bundle")
        items += collected
    items += copy_metadata("kiosk")
    items += migration_files()
    return items


def migration_files() -> list[tuple[str, str]]:
    """The gateway's Alembic scripts as files: Alembic reads them from its script folder on
    disk (env.py, the template, versions/*.py), not through the bundle's module archive."""
    folder = ROOT / "kiosk" / "sandbox" / "migrations"
    items = [
        (str(folder / name), "kiosk/sandbox/migrations") for name in ("env.py", "script.py.mako")
    ]
    items += [
        (str(path), "kiosk/sandbox/migrations/versions")
        for path in sorted((folder / "versions").glob("*.py"))
        if path.name != "__init__.py"
    ]
    if len(items) < 3:
        raise SystemExit("no Alembic revisions found to bundle")
    return items


def hidden_imports() -> list[str]:
    from PyInstaller.utils.hooks import collect_submodules

    modules: list[str] = list(collect_submodules("kiosk"))
    if not any(m.startswith("kiosk.commands.") for m in modules):
        raise SystemExit("collect_submodules('kiosk') found no commands")
    return modules


def _posix(dest: str) -> str:
    return dest.replace("\\", "/")


def dropped(dest: str) -> bool:
    path = _posix(dest)
    if any(fnmatch.fnmatchcase(path, pattern) for pattern in KEPT):
        return False
    return any(fnmatch.fnmatchcase(path, pattern) for pattern in DROPPED)


def _symlink_target(dest: str, src: str) -> str:
    return _posix(os.path.normpath(os.path.join(os.path.dirname(dest), src)))


def trim(toc: Iterable[tuple[str, str, str]]) -> tuple[Toc, Toc]:
    """(kept, dropped) by the DROPPED/KEPT patterns; symlinks to dropped files go too."""
    entries = list(toc)
    gone = {_posix(d) for d, _, kind in entries if kind != "SYMLINK" and dropped(d)}
    kept: Toc = []
    removed: Toc = []
    for dest, src, kind in entries:
        target = _symlink_target(dest, src) if kind == "SYMLINK" else ""
        if _posix(dest) in gone or target in gone or (kind == "SYMLINK" and dropped(dest)):
            removed.append((dest, src, kind))
        else:
            kept.append((dest, src, kind))
    return kept, removed


def _is_root(dest: str) -> bool:
    name = _posix(dest)
    base = name.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(base, p) for p in _ROOT_PATTERNS)


def linked_names(path: str) -> list[str]:
    """The libraries an ELF file itself links to (DT_NEEDED), not their own dependencies:
    ldd lists the whole closure, which would keep what only a dropped library needed."""
    import subprocess

    try:
        # objdump (binutils) is what PyInstaller itself needs on Linux.
        out = subprocess.run(  # noqa: S603
            ["objdump", "-p", path],  # noqa: S607
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")]


def prune_unreachable(
    binaries: Toc, imports_of: Callable[[str], Iterable[str]] | None = None
) -> tuple[Toc, Toc]:
    """Drop shared libraries nothing kept links to (Linux). imports_of(src) -> linked names."""
    if imports_of is None:
        if not sys.platform.startswith("linux") or not _objdump_works():
            return list(binaries), []
        imports_of = linked_names
    files = [(d, s, k) for d, s, k in binaries if k != "SYMLINK"]
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in files:
        by_name.setdefault(os.path.basename(entry[0]), []).append(entry)
    reached: set[str] = set()
    todo = [e for e in files if _is_root(e[0])]
    while todo:
        dest, src, _ = todo.pop()
        if dest in reached:
            continue
        reached.add(dest)
        for name in imports_of(src):
            todo.extend(e for e in by_name.get(name, []) if e[0] not in reached)
    kept: Toc = []
    removed: Toc = []
    for entry in binaries:
        keep = entry[2] == "SYMLINK" or entry[0] in reached
        (kept if keep else removed).append(entry)
    return kept, removed


def _patched(dest: str, src: str) -> bool:
    """Rewritten by auditwheel's patchelf: a library it vendored, or one it gave an RPATH."""
    if ".libs/" in _posix(dest):
        return True
    import subprocess

    try:
        out = subprocess.run(  # noqa: S603
            ["objdump", "-p", src],  # noqa: S607
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return True  # unknown: left alone
    # The mark of patchelf (auditwheel's, and PySide6's for Qt and its FFmpeg: stripped, the
    # camera plugin no longer loads): a search path relative to the file. An absolute
    # RUNPATH, as pyenv's libpython has, is the linker's own.
    return any(
        line.split()[:1] in (["RPATH"], ["RUNPATH"]) and "$ORIGIN" in line
        for line in out.splitlines()
    )


def strip_debug(binaries: Toc, cache: Path) -> tuple[Toc, int]:
    """(toc, bytes saved): each library with debug sections, as the linker left it, replaced
    by a copy without them (`strip --strip-debug`: symbols the loader needs stay)."""
    import shutil
    import subprocess

    if not STRIP or shutil.which("strip") is None:
        return list(binaries), 0
    out: Toc = []
    saved = 0
    for dest, src, kind in binaries:
        if kind == "SYMLINK" or not os.path.isfile(src) or _patched(dest, src):
            out.append((dest, src, kind))
            continue
        target = cache / _posix(dest)
        target.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(  # noqa: S603
            ["strip", "--strip-debug", "-o", str(target), src],  # noqa: S607
            capture_output=True,
            timeout=120,
        )
        if done.returncode == 0 and target.stat().st_size < os.path.getsize(src):
            saved += os.path.getsize(src) - target.stat().st_size
            out.append((dest, str(target), kind))
        else:
            out.append((dest, src, kind))
    return out, saved


def _objdump_works() -> bool:
    return bool(linked_names(sys.executable)) or bool(
        linked_names(os.path.realpath(sys.executable))
    )


def drop_dangling(toc: Toc, present: Iterable[str]) -> tuple[Toc, Toc]:
    """Remove symlinks whose target is no longer in the bundle (PyInstaller lists the
    top-level links to Qt's libraries among the data files)."""
    files = {_posix(d) for d in present}
    kept: Toc = []
    removed: Toc = []
    for dest, src, kind in toc:
        gone = kind == "SYMLINK" and _symlink_target(dest, src) not in files
        (removed if gone else kept).append((dest, src, kind))
    return kept, removed


def size_mb(toc: Iterable[tuple[str, str, str]]) -> float:
    total = 0
    for _, src, kind in toc:
        if kind != "SYMLINK" and os.path.isfile(src):
            total += os.path.getsize(src)
    return total / 1024 / 1024
