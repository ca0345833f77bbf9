"""The accounts this officer created before (seed 002, Bước 1's first screen), masked.

The start screen is what a passer-by sees between two citizens, so ID numbers and names are
masked (033*******21, N. V. A.): enough for the officer to recognise a case, not to read it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import vn_time
from kiosk.portal.models import AccountPage
from kiosk.ui.named import named


class HistoryWidget(QWidget):
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("History")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = named(QLabel(), "PageTitle")
        self.summary = named(QLabel(), "Muted")
        self.refresh = QPushButton()
        self.refresh.setAutoDefault(False)
        self.refresh.clicked.connect(self.refresh_requested)
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.summary)
        top.addWidget(self.refresh)
        self.table = named(QTableWidget(0, 5), "HistoryTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.status = named(QLabel(), "Muted")
        self.status.setWordWrap(True)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.page: AccountPage | None = None
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Tài khoản công dân bạn đã tạo"))
        self.refresh.setText(self.tr("Làm mới"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Thời gian tạo"),
                self.tr("Số CCCD"),
                self.tr("Họ và tên"),
                self.tr("Đơn vị"),
                self.tr("Kiểm tra"),
            ]
        )
        if self.page is not None:
            self.show_page(self.page)

    def loading(self) -> None:
        self.status.setText(self.tr("Đang tải danh sách…"))

    def show_page(self, page: AccountPage) -> None:
        self.page = page
        self.table.setRowCount(len(page.items))
        reviews = {"checked": self.tr("Đã kiểm tra"), "needs_action": self.tr("Cần xử lý")}
        for row, account in enumerate(page.items):
            values = [
                _local(account.created_at),
                account.id_number_masked,  # masked by the gateway, as shown here
                account.full_name_masked,
                account.unit.name if account.unit else "",
                reviews.get(account.review.status, account.review.status) if account.review else "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.summary.setText(self.tr("{n} tài khoản").format(n=page.total))
        self.status.setText(
            ""
            if page.items
            else self.tr("Chưa có tài khoản nào. Bấm “Tiếp công dân mới” để bắt đầu.")
        )

    def show_error(self, text: str) -> None:
        self.status.setText(text)

    def clear(self) -> None:
        self.page = None
        self.table.setRowCount(0)
        self.summary.setText("")
        self.status.setText("")


def _local(moment: datetime) -> str:
    return vn_time.local(moment).strftime("%d/%m/%Y %H:%M")
