"""Choosing the one-stop unit after log-in, or explaining why none can be chosen.

Seed 002, problem (1): the officer may be assigned to no unit, or only to units whose names
do not contain "Trung tâm phục vụ hành chính công" / "Bộ phận một cửa". Each cause gets its
own plain explanation and the person who can fix it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.enter_key import EnterActs
from kiosk.ui.named import named


class UnitLike(Protocol):
    # Read-only: the gateway's units (kiosk.portal.models.Unit) are frozen.
    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def eligible(self) -> bool: ...


class UnitPage(QWidget):
    unit_chosen = Signal(str)
    logout_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UnitPage")
        outer = QHBoxLayout(self)
        card = named(QFrame(), "Card")
        card.setFixedWidth(720)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        self.heading = named(QLabel(), "PageTitle")
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.units = named(QListWidget(), "units")
        self.units.itemActivated.connect(lambda _item: self._choose())
        buttons = QHBoxLayout()
        self.logout_button = QPushButton()
        self.logout_button.clicked.connect(self.logout_requested)
        self.choose_button = named(QPushButton(), "Primary")
        self.choose_button.clicked.connect(self._choose)
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        buttons.addWidget(self.choose_button)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.units, 1)
        layout.addLayout(buttons)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addStretch(1)
        self._shown: tuple[Sequence[UnitLike], str | None] | None = None
        self.retranslate()
        # Enter chooses the highlighted unit; with no unit to choose, it logs out.
        EnterActs(self, self._default_action, lambda: True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.logout_button.setText(self.tr("Đăng xuất"))
        self.choose_button.setText(self.tr("Làm việc tại đơn vị này"))
        if self._shown is not None:
            self._word(*self._shown)

    def _default_action(self) -> None:
        if self.choose_button.isVisible():
            self._choose()
        else:
            self.logout_requested.emit()

    def show_units(self, units: Sequence[UnitLike], diagnosis: str | None) -> None:
        self.units.clear()
        self._shown = (units, diagnosis)
        eligible = [u for u in units if u.eligible]
        if not eligible:
            self._word(units, diagnosis)
            self.units.setVisible(False)
            self.choose_button.setVisible(False)
            self.logout_button.setFocus()
            return
        self._word(units, diagnosis)
        for unit in eligible:
            item = QListWidgetItem(unit.name)
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            self.units.addItem(item)
        self.units.setVisible(True)
        self.choose_button.setVisible(True)
        self.units.setCurrentRow(0)
        self.units.setFocus()

    def _word(self, units: Sequence[UnitLike], diagnosis: str | None) -> None:
        """The heading and the explanation, in the current language (units are data)."""
        if any(u.eligible for u in units):
            self.heading.setText(self.tr("Chọn đơn vị làm việc"))
            self.explanation.setText(
                self.tr("Tài khoản công dân sẽ được ghi nhận là do đơn vị này tạo.")
            )
            return
        self.heading.setText(self.tr("Chưa chọn được đơn vị làm việc"))
        if diagnosis == "no_unit_assigned" or not units:
            text = self.tr(
                "Tài khoản cán bộ của bạn <b>chưa được gán vào đơn vị nào</b>.<br><br>"
                "Đề nghị quản trị của cơ quan, đơn vị trên Cổng Dịch vụ công quốc gia gán tài "
                "khoản của bạn vào <b>Trung tâm Phục vụ hành chính công</b> hoặc "
                "<b>Bộ phận một cửa</b> nơi bạn làm việc, rồi đăng nhập lại."
            )
        else:
            names = "".join(f"<li>{html.escape(u.name)}</li>" for u in units)
            text = self.tr(
                "Bạn được gán vào đơn vị sau, nhưng <b>tên đơn vị chưa đúng quy định</b>: tên "
                "phải chứa “Trung tâm phục vụ hành chính công” hoặc “Bộ phận một cửa” "
                "(không phân biệt chữ hoa, chữ thường).<ul>{names}</ul>"
                "Đề nghị quản trị cấp tỉnh đặt lại tên đơn vị, hoặc gán bạn vào đúng đơn vị "
                "một cửa, rồi đăng nhập lại."
            ).format(names=names)
        self.explanation.setText(text)

    def _choose(self) -> None:
        item = self.units.currentItem()
        if item is not None:
            self.unit_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
