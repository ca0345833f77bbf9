"""Where the kiosk keeps its files, per OS (platformdirs), or under KIOSK_HOME.

KIOSK_HOME puts everything in one folder: a portable install on a USB stick, and the tests,
which must never touch the real profile of whoever runs them.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "kiosk"
HOME_ENV = "KIOSK_HOME"
CONFIG_ENV = "KIOSK_CONFIG"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


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


def system_config_file() -> Path:
    """The file IT writes once per machine (installer parameters end up here)."""
    home = _home()
    if home is not None:
        return home / "system" / "config.toml"
    return Path(platformdirs.site_config_dir(APP, appauthor=False)) / "config.toml"


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
