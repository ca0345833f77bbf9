"""Typed settings from TOML: system-wide files, then the user's, then KIOSK_CONFIG.

Each layer overrides keys of the one before, table by table (the system-wide files in the
order of paths.system_config_files). A bad file stops the start with
one line naming the file, the key, what was found and what is expected: a half-configured
kiosk at a public counter is worse than one that does not start.
"""

from __future__ import annotations

import tomllib
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

import tomli_w
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kiosk import paths


class ConfigProblem(StrEnum):
    """What is wrong; the words for IT live in the UI's catalogue (ui/catalogue/config_words)."""

    BAD_TOML = "bad_toml"  # path, detail: the parser's message
    UNREADABLE = "unreadable"  # path, detail: the OS error
    ENV_MISSING = "env_missing"  # path: KIOSK_CONFIG names a file that is not there
    BAD_VALUE = "bad_value"  # path, key, found, expected (+ limit)
    UNKNOWN_KEY = "unknown_key"  # key: an installer parameter naming no key
    BAD_PARAMETER = "bad_parameter"  # key, found, expected (+ limit): an installer parameter


class Expected(StrEnum):
    """What a key wants, for BAD_VALUE and BAD_PARAMETER."""

    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "boolean"
    STRING = "string"
    TABLE = "table"
    KNOWN_KEY = "known_key"  # the key does not exist
    ONE_OF = "one_of"  # limit: the allowed values
    ABOVE = "above"  # limit
    AT_LEAST = "at_least"  # limit
    BELOW = "below"  # limit
    AT_MOST = "at_most"  # limit
    NOT_BOTH = "not_both"  # gateway.mode = "training" with a gateway.url
    VALID = "valid"  # anything else; detail: the validator's own (English) message


class ConfigError(ValueError):
    """A configuration file or parameter cannot be used: a code and the values to say why.

    str() is a technical one-liner for logs; people read ui/catalogue/config_words.describe.
    """

    def __init__(
        self,
        code: ConfigProblem | str,
        *,
        path: Path | str = "",
        key: str = "",
        found: str = "",
        expected: Expected | str = "",
        limit: str = "",
        detail: str = "",
    ) -> None:
        self.code = str(code)
        self.path = str(path)
        self.key = key
        self.found = found
        self.expected = str(expected)
        self.limit = limit
        self.detail = detail
        parts = [p for p in (self.path, self.key) if p]
        where = " ".join(parts)
        what = f"found {found}, expected {self.expected} {limit}".rstrip() if expected else ""
        super().__init__(": ".join(p for p in (self.code, where, what, detail) if p))


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
    # tries again after a call got no answer within read_timeout: each one is a full wait
    timeout_retries: int = Field(1, ge=0, le=3)

    @model_validator(mode="after")
    def _one_gateway(self) -> GatewaySettings:
        # Both set is a contradiction IT must resolve: guessing either way could serve real
        # citizens into training data, or practice cases into the real portal.
        if self.mode == "training" and self.url.strip():
            raise ValueError("mode = 'training' and url are both set")
        return self


class CounterSettings(_Section):
    name: str = Field("", description="Name of this counter/desk, shown in audit records")
    place: str = Field("", description="Place written on forms, before the date")
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
    file: str = Field(
        "", description="Print every job into this PDF file instead (no printer: training, tests)"
    )


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
    "int_parsing": Expected.INTEGER,
    "int_type": Expected.INTEGER,
    "float_parsing": Expected.NUMBER,
    "float_type": Expected.NUMBER,
    "bool_parsing": Expected.BOOLEAN,
    "bool_type": Expected.BOOLEAN,
    "string_type": Expected.STRING,
    "model_type": Expected.TABLE,
    "model_attributes_type": Expected.TABLE,
    "extra_forbidden": Expected.KNOWN_KEY,
}
_BOUNDS = {
    "greater_than": (Expected.ABOVE, "gt"),
    "greater_than_equal": (Expected.AT_LEAST, "ge"),
    "less_than": (Expected.BELOW, "lt"),
    "less_than_equal": (Expected.AT_MOST, "le"),
}


def _error(code: ConfigProblem, err: Any, path: Path | str = "") -> ConfigError:
    """pydantic's first error as a ConfigError: key, what was found, what is expected."""
    kind = err["type"]
    ctx = err.get("ctx") or {}
    key = ".".join(str(p) for p in err["loc"])
    found = err.get("input")
    found_text = "" if found is None or isinstance(found, dict) else repr(found)
    expected: Expected = _EXPECTED.get(kind, Expected.VALID)
    limit = detail = ""
    if kind == "literal_error":
        expected, limit = Expected.ONE_OF, str(ctx.get("expected", ""))
    elif kind in _BOUNDS:
        expected, name = _BOUNDS[kind]
        limit = str(ctx.get(name, ""))
    elif kind == "value_error" and "training" in str(err.get("msg", "")):
        expected = Expected.NOT_BOTH
    elif expected is Expected.VALID:
        detail = str(err.get("msg", kind))
    return ConfigError(
        code, path=path, key=key, found=found_text, expected=expected, limit=limit, detail=detail
    )


def _read(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(ConfigProblem.BAD_TOML, path=path, detail=str(exc)) from exc
    except OSError as exc:
        raise ConfigError(ConfigProblem.UNREADABLE, path=path, detail=exc.strerror or "") from exc


def config_files() -> list[Path]:
    """The layers in the order they apply; only files that exist (KIOSK_CONFIG must exist)."""
    candidates = [*paths.system_config_files(), paths.user_config_file()]
    files = [p for p in candidates if p.is_file()]
    env_file = paths.env_config_file()
    if env_file is not None:
        if not env_file.is_file():
            raise ConfigError(ConfigProblem.ENV_MISSING, path=env_file)
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
        raise _error(ConfigProblem.BAD_VALUE, exc.errors()[0], path) from exc


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
            raise ConfigError(ConfigProblem.UNKNOWN_KEY, key=dotted)
        values.setdefault(section, {})[key] = text
    try:
        # Lax validation turns "3" into 3 and "true" into True, as the key expects.
        typed = Settings.model_validate(values)
    except ValidationError as exc:
        raise _error(ConfigProblem.BAD_PARAMETER, exc.errors()[0]) from exc
    return {
        section: {key: getattr(getattr(typed, section), key) for key in keys}
        for section, keys in values.items()
    }
