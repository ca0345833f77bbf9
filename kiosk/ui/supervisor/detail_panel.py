"""One account opened: its details, the ID-card scan, the request form, the review mark.

The panel only shows; the screen (view.py) fetches. Personal data beyond the list's (birth
date, sex, e-mail, address, full ID number and phone) appears only after "Hiện đầy đủ", which
the gateway audits; until then those lines say they are hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.phone import format_phone_display
from kiosk.portal.models import Account
from kiosk.portal.supervision import SupervisedAccount
from kiosk.ui.supervisor.formatting import moment_text, state_label
from kiosk.ui.supervisor.named import named
from kiosk.ui.supervisor.pdf_pane import PdfPane

TAB_DETAILS, TAB_CARD, TAB_FORM = 0, 1, 2


class DetailPanel(QFrame):
    reveal_requested = Signal(str)  # account_id
    hide_requested = Signal(str)
    mark_requested = Signal(str)  # "checked" | "needs_action"
    document_wanted = Signal(int)  # TAB_CARD | TAB_FORM, for the account on show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.account: SupervisedAccount | None = None
        self.full: Account | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.setSpacing(6)

        head = QHBoxLayout()
        self.name = named(QLabel(), "PageTitle")
        self.name.setWordWrap(True)
        self.state = QLabel()
        head.addWidget(self.name, 1)
        head.addWidget(self.state)
        outer.addLayout(head)

        self.tabs = named(QTabWidget(), "detailTabs")
        self.tabs.addTab(self._details_page(), "")
        self.card = PdfPane()
        self.form = PdfPane()
        self.tabs.addTab(self.card, "")
        self.tabs.addTab(self.form, "")
        self.tabs.currentChanged.connect(self._tab_changed)
        outer.addWidget(self.tabs, 1)

        actions = QHBoxLayout()
        self.reveal_button = named(QPushButton(), "reveal")
        self.reveal_button.clicked.connect(self._reveal_clicked)
        self.checked_button = named(QPushButton(), "markChecked")
        self.checked_button.clicked.connect(lambda: self.mark_requested.emit("checked"))
        self.needs_action_button = named(QPushButton(), "markNeedsAction")
        self.needs_action_button.clicked.connect(lambda: self.mark_requested.emit("needs_action"))
        # Two rows: at 1280 px the three buttons in one row were cut in the narrow panel.
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.reveal_button)
        reveal_row.addStretch(1)
        actions.addStretch(1)
        actions.addWidget(self.checked_button)
        actions.addWidget(self.needs_action_button)
        outer.addLayout(reveal_row)
        outer.addLayout(actions)
        self.error = named(QLabel(), "ErrorText")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        self.retranslate()
        self.show_account(None)

    def _details_page(self) -> QWidget:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        self.form_layout = QFormLayout(body)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for key in (
            "id_number",
            "old_id_number",
            "date_of_birth",
            "sex",
            "phone",
            "email",
            "address",
            "created_at",
            "created_by",
            "unit",
            "counter",
            "review",
            "note",
        ):
            label = QLabel()
            value = named(QLabel(), f"field_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form_layout.addRow(label, value)
            self.labels[key] = label
            self.fields[key] = value
        scroll.setWidget(body)
        return scroll

    # -- contents -------------------------------------------------------------------------
    def show_account(self, account: SupervisedAccount | None, full: Account | None = None) -> None:
        changed = (
            account is None
            or self.account is None
            or (account.account_id != self.account.account_id)
        )
        self.account = account
        self.full = full if account is not None else None
        if changed:
            self.card.clear()
            self.form.clear()
            self.show_error("")
        for button in (self.reveal_button, self.checked_button, self.needs_action_button):
            button.setEnabled(account is not None)
        self.tabs.setEnabled(account is not None)
        self._fill()
        if changed and account is not None and self.tabs.currentIndex() in (TAB_CARD, TAB_FORM):
            self.document_wanted.emit(self.tabs.currentIndex())

    def set_full(self, full: Account | None) -> None:
        self.full = full
        self._fill()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _fill(self) -> None:
        a, full = self.account, self.full
        self.reveal_button.setText(
            self.tr("Ẩn thông tin") if full is not None else self.tr("Hiện đầy đủ")
        )
        if a is None:
            self.name.setText(self.tr("Chọn một tài khoản trong danh sách để xem."))
            self.state.setText("")
            for value in self.fields.values():
                value.setText("")
            return
        hidden = self.tr("(đã ẩn)")
        self.name.setText(a.full_name)
        self.state.setText(state_label(a.review_state))
        style = {"checked": "OkText", "needs_action": "ErrorText"}.get(a.review_state, "Muted")
        if self.state.objectName() != style:
            self.state.setObjectName(style)
            self.state.style().unpolish(self.state)
            self.state.style().polish(self.state)
        f = self.fields
        f["id_number"].setText(full.id_number if full else a.id_number_masked)
        f["phone"].setText(format_phone_display(full.phone) if full else a.phone_masked)
        if full is not None:
            f["old_id_number"].setText(full.old_id_number or "—")
            f["date_of_birth"].setText(f"{full.date_of_birth:%d/%m/%Y}")
            f["sex"].setText(full.sex or "—")
            f["email"].setText(full.email or "—")
            f["address"].setText(full.address or "—")
        else:
            for key in ("old_id_number", "date_of_birth", "sex", "email", "address"):
                f[key].setText(hidden)
        f["created_at"].setText(moment_text(a.created_at))
        officer = a.created_by
        f["created_by"].setText(f"{officer.full_name} ({officer.username})" if officer else "—")
        f["unit"].setText(a.unit.name if a.unit else "—")
        counter = a.counter or self.tr("không ghi tên quầy")
        if a.client_address:
            counter = self.tr("{counter} · máy {address}").format(
                counter=counter, address=a.client_address
            )
        f["counter"].setText(counter)
        review = a.review
        if review is None:
            f["review"].setText(self.tr("Chưa kiểm tra"))
            f["note"].setText("—")
        else:
            f["review"].setText(
                self.tr("{state} — {name}, {when}").format(
                    state=state_label(review.status),
                    name=review.reviewed_by.full_name,
                    when=moment_text(review.reviewed_at),
                )
            )
            f["note"].setText(review.note or "—")

    def _reveal_clicked(self) -> None:
        if self.account is None:
            return
        if self.full is not None:
            self.hide_requested.emit(self.account.account_id)
        else:
            self.reveal_requested.emit(self.account.account_id)

    def _tab_changed(self, index: int) -> None:
        if self.account is not None and index in (TAB_CARD, TAB_FORM):
            self.document_wanted.emit(index)

    # -- translation ----------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.tabs.setTabText(TAB_DETAILS, self.tr("Thông tin"))
        self.tabs.setTabText(TAB_CARD, self.tr("Ảnh thẻ CCCD"))
        self.tabs.setTabText(TAB_FORM, self.tr("Giấy đề nghị"))
        names = {
            "id_number": self.tr("Số CCCD"),
            "old_id_number": self.tr("Số CMND cũ"),
            "date_of_birth": self.tr("Ngày sinh"),
            "sex": self.tr("Giới tính"),
            "phone": self.tr("Điện thoại"),
            "email": self.tr("Email"),
            "address": self.tr("Địa chỉ"),
            "created_at": self.tr("Tạo lúc"),
            "created_by": self.tr("Cán bộ tạo"),
            "unit": self.tr("Đơn vị"),
            "counter": self.tr("Quầy"),
            "review": self.tr("Kiểm tra"),
            "note": self.tr("Ghi chú"),
        }
        for key, text in names.items():
            self.labels[key].setText(text)
        self.reveal_button.setToolTip(
            self.tr("Xem số CCCD, số điện thoại, ngày sinh đầy đủ; việc xem được ghi nhật ký.")
        )
        self.checked_button.setText(self.tr("Đã kiểm tra…"))
        self.needs_action_button.setText(self.tr("Cần xử lý…"))
        self._fill()
