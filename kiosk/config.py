"""Typed settings from TOML: system-wide files, then the user's, then KIOSK_CONFIG.

Each layer overrides keys of the one before, table by table (the system-wide files in the
order of paths.system_config_files). A bad file stops the start with
one line naming the file, the key, what was found and what is expected: a half-configured
kiosk at a public counter is worse than one that does not start.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kiosk import paths


class ConfigError(Exception):
    """A configuration file cannot be used; str() is the one line shown to IT staff."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GatewaySettings(_Section):
    url: str = Field("", description="Gateway base URL; empty: training or not configured")
    mode: Literal["auto", "training"] = Field(
        "auto", description="training: the embedded training gateway, chosen on purpose"
    )
    ca_bundle: str = Field("", description="PEM file of extra trusted CAs for the gateway")
    allow_insecure_http: bool = False
    connect_timeout: float = Field(5.0, gt=0, le=120)
    read_timeout: float = Field(20.0, gt=0, le=600)
    retries: int = Field(3, ge=0, le=10)

    @model_validator(mode="after")
    def _one_gateway(self) -> GatewaySettings:
        # Both set is a contradiction IT must resolve: guessing either way could serve real
        # citizens into training data, or practice cases into the real portal.
        if self.mode == "training" and self.url.strip():
            raise ValueError("mode = 'training' and url are both set")
        return self


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
        """No gateway URL: whatever runs, it is the embedded training gateway (see mode())."""
        return not self.gateway.url.strip()


Mode = Literal["production", "training", "not_configured"]


def mode(settings: Settings, *, installed: bool | None = None) -> Mode:
    """What this counter is: on a real gateway, in training, or not configured.

    Without a gateway URL a developer's checkout (`make run`) trains; an installed kiosk
    (paths.installed) trains only when the configuration says `gateway.mode = "training"`: a
    config file the kiosk did not find must never turn a public counter into a training desk.
    """
    if settings.gateway.url.strip():
        return "production"
    if settings.gateway.mode == "training":
        return "training"
    if installed is None:
        installed = paths.installed()
    return "not_configured" if installed else "training"


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
    candidates = [*paths.system_config_files(), paths.user_config_file()]
    files = [p for p in candidates if p.is_file()]
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
        merged = merge(merged, data)
        # Validate each layer as it lands, so the error names the file that brought the fault.
        _validate(merged, path)
    return Settings.model_validate(merged)


def _validate(data: dict[str, Any], path: Path) -> None:
    """ConfigError naming the file, the key, what was found and what is expected."""
    try:
        Settings.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        found = err.get("input")
        found_text = "(trống)" if found is None else repr(found)
        raise ConfigError(
            f"Cấu hình sai ở {path}, khoá {key}: gặp {found_text}, cần {_describe(err)}"
        ) from exc


def merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """`over` on top of `base`, table by table: keys `over` does not name are kept."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def save(values: dict[str, Any], target: Path | None = None, *, shared: bool = False) -> Path:
    """Change only the keys in `values` of one file (the user's by default); everything else
    in it, keys IT added by hand included, stays. Validated before anything is written.

    `shared` files (the system-wide one) are readable by every account; a user's file stays
    in its private folder. tomli_w writes the TOML: escapes, newlines and tables are its job.
    """
    target = target or paths.user_config_file()
    current = _read(target) if target.is_file() else {}
    merged = merge(current, values)
    _validate(merged, target)
    if shared:
        target.parent.mkdir(parents=True, exist_ok=True)
    else:
        paths.ensure(target.parent)
    data = tomli_w.dumps(merged).encode("utf-8")
    paths.write_atomically(target, data, mode=0o644 if shared else 0o600)
    return target


def save_user(values: dict[str, Any]) -> Path:
    """Write per-user overrides (language, scanner, printer chosen at the desk)."""
    return save(values)


def typed_values(pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """`section.key` = text pairs (installer parameters) as the typed values the keys expect.

    Raises ConfigError naming the key when a key is unknown or a text does not fit it.
    """
    values: dict[str, Any] = {}
    for dotted, text in pairs:
        section, _, key = dotted.partition(".")
        field = Settings.model_fields.get(section)
        model = field.annotation if field is not None else None
        if model is None or not key or key not in getattr(model, "model_fields", {}):
            raise ConfigError(f"Không có khoá {dotted}, xem docs/configuration.md")
        values.setdefault(section, {})[key] = text
    try:
        # Lax validation turns "3" into 3 and "true" into True, as the key expects.
        typed = Settings.model_validate(values)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        raise ConfigError(
            f"Giá trị sai cho khoá {key}: gặp {err.get('input')!r}, cần {_describe(err)}"
        ) from exc
    return {
        section: {key: getattr(getattr(typed, section), key) for key in keys}
        for section, keys in values.items()
    }
