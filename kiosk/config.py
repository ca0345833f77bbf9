"""Typed settings from TOML: system-wide file, then the user's, then KIOSK_CONFIG.

Each layer overrides keys of the one before, table by table. A bad file stops the start with
one line naming the file, the key, what was found and what is expected: a half-configured
kiosk at a public counter is worse than one that does not start.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from kiosk import paths


class ConfigError(Exception):
    """A configuration file cannot be used; str() is the one line shown to IT staff."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GatewaySettings(_Section):
    url: str = Field("", description="Gateway base URL; empty means training mode")
    ca_bundle: str = Field("", description="PEM file of extra trusted CAs for the gateway")
    allow_insecure_http: bool = False
    connect_timeout: float = Field(5.0, gt=0, le=120)
    read_timeout: float = Field(20.0, gt=0, le=600)
    retries: int = Field(3, ge=0, le=10)


class CounterSettings(_Section):
    name: str = Field("", description="Name of this counter/desk, shown in audit records")
    place: str = Field("", description="Place written on forms: 'Hưng Yên, ngày ...'")
    unit_id: str = Field("", description="Preselected one-stop unit id")


class UISettings(_Section):
    language: Literal["vi", "en"] = "vi"
    idle_lock_minutes: int = Field(5, ge=1, le=120)
    training_sms_panel: bool = True
    settings_dialog: bool = Field(False, description="Show IT settings to every role")


class ScannerSettings(_Section):
    backend: str = ""
    device: str = ""
    dpi: int = Field(300, ge=75, le=1200)
    color: bool = True
    watch_folder: str = ""
    escl_discovery: bool = True
    chip_csca: str = Field("", description="CSCA certificates for the ID card chip (docs/chip.md)")


class PrinterSettings(_Section):
    name: str = ""


class RetentionSettings(_Section):
    scans: Literal["on_created", "end_of_day", "days"] = "on_created"
    scan_days: int = Field(1, ge=0, le=30)
    case_days: int = Field(30, ge=1, le=365)


class LoggingSettings(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    max_bytes: int = Field(1_000_000, ge=10_000)
    backups: int = Field(5, ge=1, le=50)


class Settings(_Section):
    gateway: GatewaySettings = GatewaySettings()
    counter: CounterSettings = CounterSettings()
    ui: UISettings = UISettings()
    scanner: ScannerSettings = ScannerSettings()
    printer: PrinterSettings = PrinterSettings()
    retention: RetentionSettings = RetentionSettings()
    logging: LoggingSettings = LoggingSettings()

    @property
    def training(self) -> bool:
        """No gateway configured: the kiosk runs its embedded training gateway."""
        return not self.gateway.url.strip()


_EXPECTED = {
    "int_parsing": "một số nguyên (an integer)",
    "int_type": "một số nguyên (an integer)",
    "float_parsing": "một số (a number)",
    "float_type": "một số (a number)",
    "bool_parsing": "true hoặc false",
    "bool_type": "true hoặc false",
    "string_type": 'một chuỗi trong dấu ngoặc kép (a "string")',
    "model_type": "một bảng [..] (a table)",
    "model_attributes_type": "một bảng [..] (a table)",
    "extra_forbidden": "không có khoá này, xem docs/configuration.md (unknown key)",
}


def _describe(err: Any) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind in _EXPECTED:
        return _EXPECTED[kind]
    if kind == "literal_error":
        return f"một trong {ctx.get('expected')}"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        sign = {
            "greater_than": ">",
            "greater_than_equal": "≥",
            "less_than": "<",
            "less_than_equal": "≤",
        }[kind]
        bound = ctx.get("gt", ctx.get("ge", ctx.get("lt", ctx.get("le"))))
        return f"một số {sign} {bound}"
    return str(err.get("msg", kind))


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Cấu hình sai ở {path}: không phải TOML hợp lệ ({exc})") from exc
    except OSError as exc:
        raise ConfigError(f"Không đọc được tệp cấu hình {path}: {exc.strerror}") from exc


def config_files() -> list[Path]:
    """The layers in the order they apply; only files that exist (KIOSK_CONFIG must exist)."""
    files = [p for p in (paths.system_config_file(), paths.user_config_file()) if p.is_file()]
    env_file = paths.env_config_file()
    if env_file is not None:
        if not env_file.is_file():
            raise ConfigError(f"KIOSK_CONFIG trỏ tới {env_file}, nhưng tệp này không tồn tại")
        files.append(env_file)
    return files


def load(files: list[Path] | None = None) -> Settings:
    """Read and validate every layer; raise ConfigError naming the file and key at fault."""
    layers = [(p, _read(p)) for p in (config_files() if files is None else files)]
    merged: dict[str, Any] = {}
    for path, data in layers:
        merged = _merge(merged, data)
        # Validate each layer as it lands, so the error names the file that brought the fault.
        try:
            Settings.model_validate(merged)
        except ValidationError as exc:
            err = exc.errors()[0]
            key = ".".join(str(p) for p in err["loc"])
            found = err.get("input")
            found_text = "(trống)" if found is None else repr(found)
            raise ConfigError(
                f"Cấu hình sai ở {path}, khoá {key}: gặp {found_text}, cần {_describe(err)}"
            ) from exc
    return Settings.model_validate(merged)


def save_user(values: dict[str, Any]) -> Path:
    """Write per-user overrides (the settings dialog); validated before anything is written."""
    current: dict[str, Any] = {}
    target = paths.user_config_file()
    if target.is_file():
        current = _read(target)
    merged = _merge(current, values)
    Settings.model_validate(merged)
    paths.ensure(target.parent)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(_to_toml(merged), encoding="utf-8")
    tmp.replace(target)
    return target


def _to_toml(data: dict[str, Any]) -> str:
    lines: list[str] = []
    for section, values in data.items():
        if not isinstance(values, dict):
            continue
        lines.append(f"[{section}]")
        for key, value in values.items():
            lines.append(f"{key} = {_toml_value(value)}")
        lines.append("")
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'
