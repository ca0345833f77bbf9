"""Filters of the supervisor's list: day, unit, officer, review state, free text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from kiosk.portal.models import OfficerRef, Unit
from kiosk.portal.supervision import DayQuery
from kiosk.ui.supervisor.named import named

# Typing pauses this long before the list is asked again: one request per word, not per key.
TEXT_DELAY_MS = 350


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, units: Sequence[Unit], day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FilterBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        self.day_label = QLabel()
        self.day = named(QDateEdit(), "day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.day.dateChanged.connect(self._day_changed)
        # True once the supervisor picked a day: the list then stays on it past midnight.
        self.day_chosen = False

        self.unit_label = QLabel()
        self.unit = named(QComboBox(), "unit")
        self.unit.addItem("", None)
        for u in units:
            self.unit.addItem(u.name, u.id)
            self.unit.setItemData(self.unit.count() - 1, u.name, Qt.ItemDataRole.ToolTipRole)
        self.unit.setMinimumContentsLength(18)
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit.currentIndexChanged.connect(lambda _i: self.changed.emit())

        self.officer_label = QLabel()
        self.officer = named(QComboBox(), "officer")
        self.officer.addItem("", None)
        self.officer.setMinimumContentsLength(14)
        self.officer.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.officer.currentIndexChanged.connect(lambda _i: self.changed.emit())

        self.review = named(QComboBox(), "review")
        for state in (None, "unreviewed", "checked", "needs_action"):
            self.review.addItem("", state)
        self.review.currentIndexChanged.connect(lambda _i: self.changed.emit())

        self.text = named(QLineEdit(), "text")
        self.text.setClearButtonEnabled(True)
        self.text.setMinimumWidth(230)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self.changed)
        self.text.textChanged.connect(lambda _t: self._text_timer.start())
        self.text.returnPressed.connect(self._text_now)

        for widget in (
            self.day_label,
            self.day,
            self.unit_label,
            self.unit,
            self.officer_label,
            self.officer,
            self.review,
        ):
            layout.addWidget(widget)
        layout.addWidget(self.text, 1)
        self.retranslate()

    # -- state ----------------------------------------------------------------------------
    def query(self) -> DayQuery:
        return DayQuery(
            day=self.selected_day(),
            unit_id=self.unit.currentData(),
            officer_id=self.officer.currentData(),
            text=self.text.text(),
            review=self.review.currentData(),
        )

    def selected_day(self) -> dt.date:
        d = self.day.date()
        return dt.date(d.year(), d.month(), d.day())

    def move_to_day(self, day: dt.date) -> None:
        """Show another day without counting it as the supervisor's choice (midnight)."""
        self.day.blockSignals(True)
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.day.blockSignals(False)

    def set_officers(self, officers: Sequence[OfficerRef]) -> None:
        """The officers who created accounts that day; the current choice is kept if present."""
        current = self.officer.currentData()
        wanted = {o.id: o for o in officers}
        if current is not None and current not in wanted:
            # Keep a chosen officer even on a day they made nothing: the empty list says so.
            wanted[current] = OfficerRef(
                id=current, username="", full_name=self.officer.currentText()
            )
        self.officer.blockSignals(True)
        while self.officer.count() > 1:
            self.officer.removeItem(1)
        for officer in sorted(wanted.values(), key=lambda o: (o.full_name, o.id)):
            self.officer.addItem(officer.full_name, officer.id)
        index = self.officer.findData(current) if current is not None else 0
        self.officer.setCurrentIndex(max(0, index))
        self.officer.blockSignals(False)

    def _day_changed(self, _date: QDate) -> None:
        self.day_chosen = True
        self.changed.emit()

    def _text_now(self) -> None:
        self._text_timer.stop()
        self.changed.emit()

    # -- translation ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("Ngày"))
        self.unit_label.setText(self.tr("Đơn vị"))
        self.officer_label.setText(self.tr("Cán bộ"))
        self.unit.setItemText(0, self.tr("Tất cả đơn vị"))
        self.officer.setItemText(0, self.tr("Tất cả cán bộ"))
        labels = [
            self.tr("Mọi trạng thái"),
            self.tr("Chưa kiểm tra"),
            self.tr("Đã kiểm tra"),
            self.tr("Cần xử lý"),
        ]
        for i, label in enumerate(labels):
            self.review.setItemText(i, label)
        self.text.setPlaceholderText(self.tr("Tìm: tên, số CCCD, số điện thoại, cán bộ, quầy"))
