"""Words for kiosk.config's problems (ConfigError: ConfigProblem and Expected codes).

The configuration is read before any window exists, and by CLI commands: QCoreApplication's
translate works without an application object (it returns the Vietnamese source when no
translator is installed), so the GUI's error box, the officer's message and the CLI's one line
for IT all come from here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.config import ConfigError, ConfigProblem, Expected
from kiosk.ui.catalogue import QT_TRANSLATE_NOOP

CONTEXT = "ConfigWords"

PROBLEMS: dict[str, str] = {
    ConfigProblem.BAD_TOML: QT_TRANSLATE_NOOP(
        "ConfigWords", "Cấu hình sai ở {path}: không phải TOML hợp lệ ({detail})"
    ),
    ConfigProblem.UNREADABLE: QT_TRANSLATE_NOOP(
        "ConfigWords", "Không đọc được tệp cấu hình {path}: {detail}"
    ),
    ConfigProblem.ENV_MISSING: QT_TRANSLATE_NOOP(
        "ConfigWords", "KIOSK_CONFIG trỏ tới {path}, nhưng tệp này không tồn tại"
    ),
    ConfigProblem.BAD_VALUE: QT_TRANSLATE_NOOP(
        "ConfigWords", "Cấu hình sai ở {path}, khoá {key}: gặp {found}, cần {expected}"
    ),
    ConfigProblem.UNKNOWN_KEY: QT_TRANSLATE_NOOP(
        "ConfigWords", "Không có khoá {key}, xem docs/configuration.md"
    ),
    ConfigProblem.BAD_PARAMETER: QT_TRANSLATE_NOOP(
        "ConfigWords", "Giá trị sai cho khoá {key}: gặp {found}, cần {expected}"
    ),
}
UNKNOWN_PROBLEM = QT_TRANSLATE_NOOP("ConfigWords", "Cấu hình sai ({code})")
NOTHING_FOUND = QT_TRANSLATE_NOOP("ConfigWords", "(trống)")

EXPECTED: dict[str, str] = {
    Expected.INTEGER: QT_TRANSLATE_NOOP("ConfigWords", "một số nguyên"),
    Expected.NUMBER: QT_TRANSLATE_NOOP("ConfigWords", "một số"),
    Expected.BOOLEAN: QT_TRANSLATE_NOOP("ConfigWords", "true hoặc false"),
    Expected.STRING: QT_TRANSLATE_NOOP("ConfigWords", 'một chuỗi trong dấu ngoặc kép ("…")'),
    Expected.TABLE: QT_TRANSLATE_NOOP("ConfigWords", "một bảng [..]"),
    Expected.KNOWN_KEY: QT_TRANSLATE_NOOP(
        "ConfigWords", "không có khoá này, xem docs/configuration.md"
    ),
    Expected.ONE_OF: QT_TRANSLATE_NOOP("ConfigWords", "một trong {limit}"),
    Expected.ABOVE: QT_TRANSLATE_NOOP("ConfigWords", "một số > {limit}"),
    Expected.AT_LEAST: QT_TRANSLATE_NOOP("ConfigWords", "một số ≥ {limit}"),
    Expected.BELOW: QT_TRANSLATE_NOOP("ConfigWords", "một số < {limit}"),
    Expected.AT_MOST: QT_TRANSLATE_NOOP("ConfigWords", "một số ≤ {limit}"),
    Expected.NOT_BOTH: QT_TRANSLATE_NOOP(
        "ConfigWords", 'gateway.url để trống khi gateway.mode = "training" (chỉ chọn một)'
    ),
    Expected.VALID: QT_TRANSLATE_NOOP("ConfigWords", "một giá trị hợp lệ ({detail})"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def describe(exc: ConfigError) -> str:
    """The one line for IT: which file, which key, what was found, what is expected."""
    source = PROBLEMS.get(exc.code)
    if source is None:
        return _tr(UNKNOWN_PROBLEM).format(code=exc.code)
    expected = EXPECTED.get(exc.expected)
    wanted = _tr(expected).format(limit=exc.limit, detail=exc.detail) if expected else exc.expected
    return _tr(source).format(
        path=exc.path,
        key=exc.key,
        found=exc.found or _tr(NOTHING_FOUND),
        expected=wanted,
        detail=exc.detail,
    )
