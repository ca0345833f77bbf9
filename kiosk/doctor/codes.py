"""What the doctor found and what to do about it, as codes with values: the words are the UI
catalogue's (kiosk/ui/catalogue/doctor.py), so `kiosk doctor`, its --json and the GUI's
dialog speak the language the officer chose from one catalogue.

A check's detail and hint are tuples of Phrases: a code and its values. A phrase's code may
also be another layer's code (a journal problem, a scanner error), worded by that layer's
catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

Param = str | int | float


class Said(StrEnum):
    """What a check found."""

    CHECK_CRASHED = "check_crashed"
    CONFIG_ERROR = "config_error"
    CONFIG_DEFAULTS = "config_defaults"
    CONFIG_READ = "config_read"
    CONFIG_TRAINING = "config_training"
    CONFIG_SHADOWED = "config_shadowed"
    MODE_SKIPPED_BAD_CONFIG = "mode_skipped_bad_config"
    CHIP_PCSC_UNAVAILABLE = "chip_pcsc_unavailable"
    CHIP_NO_READER = "chip_no_reader"
    CHIP_READERS = "chip_readers"
    CHIP_CSCA_NONE = "chip_csca_none"
    CHIP_CSCA_MISSING = "chip_csca_missing"
    CHIP_CSCA_UNREADABLE = "chip_csca_unreadable"
    CHIP_CSCA_INSTALLED = "chip_csca_installed"
    MODE_PRODUCTION = "mode_production"
    MODE_TRAINING_CHOSEN = "mode_training_chosen"
    MODE_TRAINING_FROM_SOURCE = "mode_training_from_source"
    MODE_NOT_CONFIGURED = "mode_not_configured"
    KEYRING_SAFE = "keyring_safe"
    KEYRING_INSECURE = "keyring_insecure"
    KEYRING_FAILING = "keyring_failing"
    KEYRING_NONE = "keyring_none"
    FONTS_MISSING = "fonts_missing"
    FONT_BROKEN = "font_broken"
    UI_FONTS_MISSING = "ui_fonts_missing"
    FONTS_OK = "fonts_ok"
    DISK_FREE = "disk_free"
    FOLDERS_WRITABLE = "folders_writable"
    FOLDER_NOT_WRITABLE_DATA = "folder_not_writable_data"
    FOLDER_NOT_WRITABLE_LOGS = "folder_not_writable_logs"
    FOLDER_NOT_WRITABLE_CACHE = "folder_not_writable_cache"
    FOLDER_NOT_WRITABLE_CONFIG = "folder_not_writable_config"
    JOURNAL_GOOD = "journal_good"
    JOURNAL_AT = "journal_at"
    JOURNAL_NOT_YET = "journal_not_yet"
    JOURNAL_FACTS = "journal_facts"
    JOURNAL_SIZE = "journal_size"
    JOURNAL_QUARANTINED = "journal_quarantined"
    VERSION_INSTALLED = "version_installed"
    VERSION_SOURCE = "version_source"
    GATEWAY_ANSWERED = "gateway_answered"
    LOCAL_GATEWAY_ANSWERED = "local_gateway_answered"
    MODE_TRAINING = "mode_training"
    MODE_LIVE = "mode_live"
    CONTRACT_DIFFERS = "contract_differs"
    TRAINING_GATEWAY_WARNING = "training_gateway_warning"
    LOCAL_GATEWAY_FAILED = "local_gateway_failed"
    CA_BUNDLE_UNUSABLE = "ca_bundle_unusable"
    URL_REFUSED = "url_refused"
    CERT_REFUSED = "cert_refused"
    GATEWAY_TIMEOUT = "gateway_timeout"
    GATEWAY_OFFLINE = "gateway_offline"
    GATEWAY_SERVER_ERROR = "gateway_server_error"
    NOT_A_GATEWAY = "not_a_gateway"
    NOT_A_GATEWAY_ODD = "not_a_gateway_odd"
    GATEWAY_CALL_FAILED = "gateway_call_failed"
    VIA_PROXY = "via_proxy"
    BAD_PORT = "bad_port"
    CUT_MIDWAY = "cut_midway"
    NO_SUCH_HOST = "no_such_host"
    PORT_REFUSED = "port_refused"
    NO_ANSWER = "no_answer"
    UNREACHABLE = "unreachable"
    TLS_SKIP_TRAINING = "tls_skip_training"
    TLS_SKIP_LOOPBACK = "tls_skip_loopback"
    TLS_PLAIN_HTTP = "tls_plain_http"
    URL_BAD_PORT = "url_bad_port"
    TLS_OK_VIA_PROXY = "tls_ok_via_proxy"
    CERT_UNTRUSTED_VIA_PROXY = "cert_untrusted_via_proxy"
    TLS_SKIP_NO_CONNECTION = "tls_skip_no_connection"
    TLS_OK = "tls_ok"
    CERT_EXPIRES_SOON = "cert_expires_soon"
    TLS_HANDSHAKE_FAILED = "tls_handshake_failed"
    CERT_EXPIRED = "cert_expired"
    CERT_NOT_YET_VALID = "cert_not_yet_valid"
    CERT_WRONG_HOST = "cert_wrong_host"
    CERT_UNTRUSTED = "cert_untrusted"
    CERT_INVALID = "cert_invalid"
    CLOCK_SKIP = "clock_skip"
    CLOCK_OK = "clock_ok"
    CLOCK_FAST = "clock_fast"
    CLOCK_SLOW = "clock_slow"
    CLOCK_ZONE_DIFFERS = "clock_zone_differs"
    LOGIN_SKIP = "login_skip"
    LOGIN_REFUSED = "login_refused"
    LOGIN_LOCKED = "login_locked"
    LOGIN_FAILED = "login_failed"
    LOGIN_OK = "login_ok"
    COUNTER_UNIT_NOT_LISTED = "counter_unit_not_listed"
    LOGIN_SERVICE_OK = "login_service_ok"
    LOGIN_SERVICE_ODD_CODE = "login_service_odd_code"
    LOGIN_SERVICE_RATE_LIMITED = "login_service_rate_limited"
    LOGIN_SERVICE_ERROR = "login_service_error"
    LOGIN_ACCEPTS_ANYONE = "login_accepts_anyone"
    SCANNERS_SEEN = "scanners_seen"
    NO_SCANNER = "no_scanner"
    SCANNER_DRIVER_FAILED = "scanner_driver_failed"
    CAMERAS_FAILED = "cameras_failed"
    CAMERAS_UNKNOWN = "cameras_unknown"
    CHOSEN_SCANNER_MISSING = "chosen_scanner_missing"
    NO_PRINTER = "no_printer"
    CHOSEN_PRINTER_MISSING = "chosen_printer_missing"
    NO_DEFAULT_PRINTER = "no_default_printer"
    PRINTERS_OK = "printers_ok"
    PRINTS_TO_FILE = "prints_to_file"  # file: printer.file, every job written there


class Hint(StrEnum):
    """What IT should do about a failure."""

    SEND_LOG = "send_log"
    FIX_CONFIG = "fix_config"
    CONFIGURE_GATEWAY = "configure_gateway"
    CHIP_CSCA_INSTALL = "chip_csca_install"
    KEYRING_INSECURE = "keyring_insecure"
    KEYRING_FAILING = "keyring_failing"
    KEYRING_NONE = "keyring_none"
    REINSTALL = "reinstall"
    FREE_DISK_WINDOWS = "free_disk_windows"
    FREE_DISK_OTHER = "free_disk_other"
    FOLDER_PERMISSIONS = "folder_permissions"
    JOURNAL_CORRUPT = "journal_corrupt"
    JOURNAL_KEY_MISSING = "journal_key_missing"
    JOURNAL_WRONG_KEY = "journal_wrong_key"
    SEE_KEYRING = "see_keyring"
    CLOSE_OTHER_KIOSKS = "close_other_kiosks"
    SEE_DATA_FOLDER = "see_data_folder"
    SEE_DISK = "see_disk"
    ASK_SUPPORT = "ask_support"
    CONTRACT = "contract"
    REINSTALL_OR_SEND_LOG = "reinstall_or_send_log"
    FIX_URL = "fix_url"
    FIX_CA = "fix_ca"
    PROXY_CA = "proxy_ca"
    SEE_TLS = "see_tls"
    OVERLOADED = "overloaded"
    CHECK_NETWORK = "check_network"
    SERVER_FAULT = "server_fault"
    CHECK_URL_PATH = "check_url_path"
    NOT_HTTPS = "not_https"
    CERT_EXPIRED = "cert_expired"
    CLOCK_BEHIND = "clock_behind"
    CERT_HOST = "cert_host"
    CA_UNTRUSTED = "ca_untrusted"
    SEND_TO_OPERATORS = "send_to_operators"
    SYNC_CLOCK = "sync_clock"
    CHECK_CREDENTIALS = "check_credentials"
    WAIT_LOCK = "wait_lock"
    SEE_GATEWAY = "see_gateway"
    NO_ELIGIBLE_UNIT = "no_eligible_unit"
    LOGIN_NOT_CONTRACT = "login_not_contract"
    LOGIN_SERVICE_DOWN = "login_service_down"
    WRONG_GATEWAY = "wrong_gateway"
    NO_SCANNER = "no_scanner"
    CHOSEN_SCANNER = "chosen_scanner"
    INSTALL_PRINTER = "install_printer"
    CHOSEN_PRINTER = "chosen_printer"
    DEFAULT_PRINTER = "default_printer"


@dataclass(frozen=True)
class Phrase:
    code: StrEnum
    params: tuple[tuple[str, Param], ...] = ()

    @property
    def values(self) -> dict[str, Param]:
        return dict(self.params)

    def to_json(self) -> dict[str, Any]:
        return {"kind": type(self.code).__name__, "code": str(self.code), "params": self.values}


def say(code: StrEnum, /, **params: Param) -> Phrase:
    return Phrase(code, tuple(params.items()))
