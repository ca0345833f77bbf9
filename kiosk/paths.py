"""Where the kiosk keeps its files, per OS (platformdirs), or under KIOSK_HOME.

KIOSK_HOME puts everything in one folder: a portable install on a USB stick, and the tests,
which must never touch the real profile of whoever runs them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import platformdirs

APP = "kiosk"
HOME_ENV = "KIOSK_HOME"
CONFIG_ENV = "KIOSK_CONFIG"
INSTALLED_ENV = "KIOSK_INSTALLED"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def portable() -> bool:
    """Everything under KIOSK_HOME (a USB stick, the tests), nothing in the PC's profile."""
    return _home() is not None


def _dir(kind: str) -> Path:
    home = _home()
    if home is not None:
        return home / kind
    if kind == "config":
        return Path(platformdirs.user_config_dir(APP, appauthor=False))
    if kind == "data":
        return Path(platformdirs.user_data_dir(APP, appauthor=False))
    if kind == "logs":
        return Path(platformdirs.user_log_dir(APP, appauthor=False))
    if kind == "cache":
        return Path(platformdirs.user_cache_dir(APP, appauthor=False))
    raise ValueError(kind)


def config_dir() -> Path:
    return _dir("config")


def data_dir() -> Path:
    return _dir("data")


def log_dir() -> Path:
    return _dir("logs")


def cache_dir() -> Path:
    return _dir("cache")


def system_config_files() -> list[Path]:
    """Every system-wide config.toml the kiosk reads, in the order they apply.

    On Linux each entry of XDG_CONFIG_DIRS is a system folder (an Ubuntu session sets
    `/etc/xdg/xdg-ubuntu:/etc/xdg`); the XDG rule is that the first entry is the most
    important, so the list runs from the last entry to the first and the first one wins key by
    key. Windows (ProgramData) and macOS have one folder.
    """
    home = _home()
    if home is not None:
        return [home / "system" / "config.toml"]
    joined = platformdirs.site_config_dir(APP, appauthor=False, multipath=True)
    folders = [Path(entry) for entry in joined.split(os.pathsep) if entry]
    return [folder / "config.toml" for folder in reversed(folders)]


def system_config_file() -> Path:
    """The system-wide file IT writes: the most important one that exists, else the one the
    installers write (the last XDG entry, /etc/xdg on every Linux desktop; ProgramData)."""
    candidates = system_config_files()
    existing = [p for p in candidates if p.is_file()]
    return existing[-1] if existing else candidates[0]


def user_config_file() -> Path:
    return config_dir() / "config.toml"


def env_config_file() -> Path | None:
    value = os.environ.get(CONFIG_ENV)
    return Path(value) if value else None


def ensure(path: Path) -> Path:
    """Create a private directory (owner-only on POSIX) and return it."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def installed() -> bool:
    """Is this the frozen bundle IT installed (or unpacked), not a developer's checkout?

    An installed counter without a gateway is not configured, never silently in training
    (config.mode). PyInstaller sets sys.frozen; KIOSK_INSTALLED=1 says the same for a kiosk
    packaged some other way (a distribution package running from site-packages).
    """
    return bool(getattr(sys, "frozen", False)) or os.environ.get(INSTALLED_ENV) == "1"


def write_atomically(target: Path, data: bytes, mode: int | None = None) -> None:
    """Write aside in the same folder, then rename over: a reader never sees half a file.

    `mode` (POSIX) is set on the new file before the rename, so it is never visible with
    looser rights than meant.
    """
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}-", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if mode is not None and os.name == "posix":
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
