"""The day's totals per unit and per officer, as a table model (unit subtotal rows in bold)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from kiosk.portal.supervision import DayTotals, TotalsRow
from kiosk.ui.supervisor.formatting import short_unit_name

AnyIndex = QModelIndex | QPersistentModelIndex

_HEADERS = (
    str(QT_TRANSLATE_NOOP("TotalsModel", "Đơn vị")),
    str(QT_TRANSLATE_NOOP("TotalsModel", "Cán bộ")),
    str(QT_TRANSLATE_NOOP("TotalsModel", "Tổng")),
    str(QT_TRANSLATE_NOOP("TotalsModel", "Chưa kiểm tra")),
    str(QT_TRANSLATE_NOOP("TotalsModel", "Đã kiểm tra")),
    str(QT_TRANSLATE_NOOP("TotalsModel", "Cần xử lý")),
)


@dataclass(frozen=True)
class _Line:
    unit: str
    officer: str  # empty on a unit's subtotal line
    counts: TotalsRow
    subtotal: bool


class TotalsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[_Line] = []

    def set_totals(self, totals: DayTotals | None) -> None:
        self.beginResetModel()
        self._lines = [] if totals is None else self._lines_of(totals)
        self.endResetModel()

    @staticmethod
    def _lines_of(totals: DayTotals) -> list[_Line]:
        lines: list[_Line] = []
        for unit in totals.units:
            for row in totals.officers:
                if row.unit.id == unit.unit.id:
                    lines.append(_Line(unit.unit.name, row.officer.full_name, row, False))
            lines.append(_Line(unit.unit.name, "", unit, True))
        lines.append(_Line("", "", totals.all, True))
        return lines

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(_HEADERS)
        ):
            return QCoreApplication.translate("TotalsModel", _HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if line.subtotal and not line.unit:
                    return QCoreApplication.translate("TotalsModel", "TỔNG CỘNG")
                return short_unit_name(line.unit)
            if column == 1:
                if line.subtotal and line.unit:
                    return QCoreApplication.translate("TotalsModel", "Cộng đơn vị")
                return line.officer
            c = line.counts
            return str((c.total, c.unreviewed, c.checked, c.needs_action)[column - 2])
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return line.unit
        if role == Qt.ItemDataRole.FontRole and line.subtotal:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
        if self._lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, 1))
