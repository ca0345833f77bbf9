"""How the supervisor screens write times, statuses and people (Vietnam time, UTC+7)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from kiosk.domain import vn_time

CTX = "SupervisorText"
VIETNAM = vn_time.VIETNAM

_STATES = {
    "unreviewed": str(QT_TRANSLATE_NOOP("SupervisorText", "Chưa kiểm tra")),
    "checked": str(QT_TRANSLATE_NOOP("SupervisorText", "Đã kiểm tra")),
    "needs_action": str(QT_TRANSLATE_NOOP("SupervisorText", "Cần xử lý")),
}
# Colours readable on white at the counter's usual brightness (WCAG AA for normal text).
_STATE_COLOURS = {"checked": "#067647", "needs_action": "#b42318"}


# Unit names are long ("Trung tâm Phục vụ hành chính công và Kiểm soát thủ tục hành chính tỉnh
# Hưng Yên"); a table column shows what tells them apart. The full name is in the tooltip.
_CENTRE = re.compile(
    r"^\s*trung tâm phục vụ hành chính công\b.*?\b(tỉnh|thành phố)\s+(.+)$", re.IGNORECASE
)
_ONE_STOP = re.compile(
    r"^\s*bộ phận một cửa\s+(?:(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+)?(.+)$", re.IGNORECASE
)


def short_unit_name(name: str) -> str:
    """'Bộ phận Một cửa UBND phường Phố Hiến' -> 'phường Phố Hiến'; others as given."""
    text = unicodedata.normalize("NFC", name)
    if m := _CENTRE.match(text):
        return f"TTPVHCC {m.group(1)} {m.group(2)}"
    if m := _ONE_STOP.match(text):
        return m.group(1)
    return text


def local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(VIETNAM)


def today_in_vietnam() -> dt.date:
    return dt.datetime.now(VIETNAM).date()


def state_label(state: str) -> str:
    source = _STATES.get(state)
    return QCoreApplication.translate(CTX, source) if source else state


def state_colour(state: str) -> QColor | None:
    colour = _STATE_COLOURS.get(state)
    return QColor(colour) if colour else None


def day_text(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def moment_text(moment: dt.datetime) -> str:
    return f"{local(moment):%H:%M %d/%m/%Y}"
