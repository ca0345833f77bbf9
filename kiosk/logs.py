"""Logging to a rotating file in the per-user log dir, with personal data masked."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from kiosk import paths
from kiosk.domain.masking import redact

LOG_FILE = "kiosk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class MaskingFilter(logging.Filter):
    """Renders each record once and masks it, so no handler ever sees data in clear."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def setup(
    level: str = "INFO", max_bytes: int = 1_000_000, backups: int = 5, console: bool = False
) -> Path:
    """Install the masked rotating file handler on the root logger; returns the log file."""
    log_path = paths.ensure(paths.log_dir()) / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(
            log_path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
        )
    ]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(MaskingFilter())
        handler._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(level)
    return log_path
