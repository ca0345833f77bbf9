"""The start screen: "Tiếp công dân mới", cases left unfinished, and the officer's history.

Seed 002, Bước 1 opens on the list of accounts the officer created before and a [Thêm mới]
button; here Enter (or Ctrl+N) starts a new citizen, an unfinished case (the kiosk was closed,
the power went) can be taken up again, and the steps of the procedure are recalled.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import vn_time
from kiosk.journal.records import CaseSummary
from kiosk.ui.named import named
from kiosk.ui.wizard.history import HistoryWidget


class HomePage(QWidget):
    new_case_requested = Signal()
    resume_requested = Signal(str)  # case id
    discard_requested = Signal(str)  # case id
    set_aside_requested = Signal()  # confirmed: the journal without its key goes to IT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomePage")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(20)

        left = QVBoxLayout()
        left.setSpacing(12)
        start = named(QFrame(), "Card")
        start_layout = QVBoxLayout(start)
        start_layout.setContentsMargins(20, 16, 20, 16)
        self.greeting = named(QLabel(), "PageTitle")
        self.greeting.setWordWrap(True)
        self.new_button = named(QPushButton(), "Primary")
        self.new_button.setDefault(True)
        self.new_button.setMinimumHeight(52)
        self.new_button.clicked.connect(self.new_case_requested)
        self.blocked = named(QLabel(), "ErrorText")
        self.blocked.setWordWrap(True)
        self.blocked.hide()
        self.notice = named(QLabel(), "WarningText")
        self.notice.setWordWrap(True)
        self.notice.hide()
        start_layout.addWidget(self.greeting)
        start_layout.addWidget(self.new_button)
        start_layout.addWidget(self.blocked)
        start_layout.addWidget(self.notice)
        left.addWidget(start)

        self.unfinished_card = named(QFrame(), "Card")
        unfinished_layout = QVBoxLayout(self.unfinished_card)
        unfinished_layout.setContentsMargins(20, 12, 20, 12)
        self.unfinished_title = named(QLabel(), "PageTitle")
        self.unfinished = named(QListWidget(), "UnfinishedCases")
        self.unfinished.setMaximumHeight(130)
        self.unfinished.itemActivated.connect(self._resume_item)
        buttons = QHBoxLayout()
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self._resume_current)
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(self._discard_current)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        unfinished_layout.addWidget(self.unfinished_title)
        unfinished_layout.addWidget(self.unfinished)
        unfinished_layout.addLayout(buttons)
        self.unfinished_card.hide()
        left.addWidget(self.unfinished_card)

        # The journal's key is gone (keyring reset, copied profile): its cases cannot be
        # resumed, but the counter must not stay blocked. The list needs no key.
        self.keyless_card = named(QFrame(), "Card")
        keyless_layout = QVBoxLayout(self.keyless_card)
        keyless_layout.setContentsMargins(20, 12, 20, 12)
        self.keyless_title = named(QLabel(), "PageTitle")
        self.keyless_text = QLabel()
        self.keyless_text.setWordWrap(True)
        self.keyless = named(QListWidget(), "KeylessCases")
        self.keyless.setMaximumHeight(110)
        self.set_aside_button = QPushButton()
        self.set_aside_button.clicked.connect(self._ask_set_aside)
        keyless_layout.addWidget(self.keyless_title)
        keyless_layout.addWidget(self.keyless_text)
        keyless_layout.addWidget(self.keyless)
        keyless_layout.addWidget(self.set_aside_button)
        self.keyless_card.hide()
        left.addWidget(self.keyless_card)

        card = named(QFrame(), "Card")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(8)
        self.heading = named(QLabel(), "PageTitle")
        layout.addWidget(self.heading)
        self.steps = QLabel()
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)
        layout.addWidget(self.steps)
        self.footer = named(QLabel(), "Muted")
        self.footer.setWordWrap(True)
        layout.addWidget(self.footer)
        left.addWidget(card)
        left.addStretch(1)

        history_card = named(QFrame(), "Card")
        history_layout = QVBoxLayout(history_card)
        history_layout.setContentsMargins(16, 12, 16, 12)
        self.history = HistoryWidget()
        history_layout.addWidget(self.history)

        outer.addLayout(left, 2)
        outer.addWidget(history_card, 3)
        shortcut = QShortcut(QKeySequence("Ctrl+N"), self)
        shortcut.activated.connect(self._new_if_allowed)
        self._officer_name = ""
        self._blocked_words: Callable[[], str] | None = None
        self._notice: Callable[[], str] | None = None
        self._cases: list[CaseSummary] = []
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.greeting.setText(
            self.tr("Xin chào {name}").format(name=self._officer_name)
            if self._officer_name
            else self.tr("Tiếp nhận công dân")
        )
        self.new_button.setText(self.tr("Tiếp công dân mới (Enter)"))
        self.unfinished_title.setText(self.tr("Hồ sơ đang làm dở"))
        self.resume_button.setText(self.tr("Làm tiếp"))
        self.discard_button.setText(self.tr("Hủy hồ sơ"))
        self.heading.setText(self.tr("Các bước tạo tài khoản cho công dân"))
        self.keyless_title.setText(self.tr("Nhật ký hồ sơ không mở được"))
        self.keyless_text.setText(
            self.tr(
                "Khóa của nhật ký hồ sơ trên máy này đã mất hoặc không khớp (kho khóa bị đặt "
                "lại, hồ sơ người dùng bị sao chép). Các hồ sơ đang làm dở dưới đây không làm "
                "tiếp được. Có thể cất nhật ký này lại cho bộ phận CNTT và mở nhật ký mới."
            )
        )
        self.set_aside_button.setText(self.tr("Cất nhật ký cho CNTT, mở nhật ký mới…"))
        items = [
            self.tr("Tra cứu số CMND/CCCD: nếu công dân đã có tài khoản thì không tạo mới."),
            self.tr("Quét hai mặt thẻ thành một tệp PDF (không quá 5 MB)."),
            self.tr("Nhập thông tin công dân; số điện thoại phải chính chủ."),
            self.tr("In giấy đề nghị tạo tài khoản để công dân kiểm tra và ký."),
            self.tr("Gửi mã OTP tới điện thoại của công dân, nhập mã mới nhất."),
            self.tr("Tạo tài khoản: mật khẩu được gửi tới công dân bằng tin nhắn."),
        ]
        self.steps.setText("<ol>" + "".join(f"<li>{i}</li>" for i in items) + "</ol>")
        self.footer.setText(
            self.tr("Mọi bước đều làm được bằng bàn phím: Enter để tiếp tục, Esc để hủy.")
        )
        # What the workbench said, said again in the new language; the list keeps its row.
        for label, words in ((self.blocked, self._blocked_words), (self.notice, self._notice)):
            if words is not None:
                label.setText(words())
        if self._cases:
            row = self.unfinished.currentRow()
            self._fill_unfinished(self._cases)
            self.unfinished.setCurrentRow(max(0, row))

    # -- what the workbench tells it ----------------------------------------------------------
    def set_officer(self, name: str) -> None:
        self._officer_name = name
        self.retranslate()

    def set_blocked(self, reason: str | Callable[[], str]) -> None:
        """Cases cannot be started here (no journal, supervisor account, …): say why. A
        function words it again when the language changes."""
        self._blocked_words = _words(reason)
        self.blocked.setText(self._blocked_words() if self._blocked_words else "")
        self.blocked.setVisible(bool(reason))
        self.new_button.setEnabled(not reason)

    def set_notice(self, text: str | Callable[[], str]) -> None:
        """Something the officer should know that does not stop the work."""
        self._notice = _words(text)
        self.notice.setText(self._notice() if self._notice else "")
        self.notice.setVisible(bool(text))

    def _case_line(self, case: CaseSummary) -> str:
        when = vn_time.local(case.updated_at).strftime("%d/%m %H:%M")
        if case.needs_reconcile:
            state = self.tr("đang chờ kết quả tạo tài khoản")
        else:
            state = self.tr("bước: {step}").format(step=self._step_name(case.step))
        who = " · ".join(p for p in (case.masked_id_number, case.masked_name) if p)
        # Two lines: in one, the narrow column cut the state and the time off.
        return f"{who or self.tr('(chưa có số thẻ)')}\n{state} · {when}"

    def show_unfinished(self, cases: list[CaseSummary]) -> None:
        self._cases = list(cases)
        self._fill_unfinished(cases)
        self.unfinished_card.setVisible(bool(cases))
        if cases:
            self.unfinished.setCurrentRow(0)

    def _fill_unfinished(self, cases: list[CaseSummary]) -> None:
        self.unfinished.clear()
        for case in cases:
            item = QListWidgetItem(self._case_line(case))
            item.setData(Qt.ItemDataRole.UserRole, case.id)
            self.unfinished.addItem(item)

    def _step_name(self, step: str) -> str:
        names = {
            "lookup": self.tr("tra cứu"),
            "scan": self.tr("quét thẻ"),
            "details": self.tr("thông tin công dân"),
            "form": self.tr("giấy đề nghị"),
            "otp": self.tr("mã OTP"),
        }
        return names.get(step, step)

    def offer_set_aside(self, cases: list[CaseSummary]) -> None:
        """The journal cannot be opened for its key: list what is lost, offer a fresh one."""
        self.keyless.clear()
        for case in cases:
            self.keyless.addItem(self._case_line(case))
        if not cases:
            self.keyless.addItem(self.tr("(không có hồ sơ đang làm dở)"))
        self.keyless_card.show()

    def hide_set_aside(self) -> None:
        self.keyless.clear()
        self.keyless_card.hide()

    def _ask_set_aside(self) -> None:
        lost = [self.keyless.item(i).text() for i in range(self.keyless.count())]
        box = QMessageBox(self)
        box.setObjectName("ConfirmSetAside")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cất nhật ký hồ sơ"))
        box.setText(self.tr("Cất nhật ký này cho CNTT và mở nhật ký mới?"))
        box.setInformativeText(
            self.tr(
                "Những hồ sơ này sẽ không làm tiếp được trên kiosk (công dân cần làm lại từ "
                "đầu); tệp nhật ký cũ được giữ nguyên để CNTT xử lý:"
            )
            + "\n"
            + "\n".join(f"• {line}" for line in lost)
        )
        go = box.addButton(self.tr("Cất và mở nhật ký mới"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Để sau"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def answered() -> None:
            confirmed = box.clickedButton() is go
            box.deleteLater()
            if confirmed:
                self.set_aside_requested.emit()

        box.finished.connect(lambda _code: answered())
        box.open()

    def clear(self) -> None:
        """Log-out: nothing of anyone stays on the screen."""
        self._officer_name = ""
        self._cases = []
        self.unfinished.clear()
        self.unfinished_card.hide()
        self.hide_set_aside()
        self.history.clear()
        self.set_blocked("")
        self.set_notice("")
        self.retranslate()

    def focus_start(self) -> None:
        if self.new_button.isEnabled():
            self.new_button.setFocus()

    def _new_if_allowed(self) -> None:
        if self.new_button.isEnabled() and self.isVisible():
            self.new_case_requested.emit()

    def _resume_item(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(case_id, str):
            self.resume_requested.emit(case_id)

    def _resume_current(self) -> None:
        item = self.unfinished.currentItem()
        if item is not None:
            self._resume_item(item)

    def _discard_current(self) -> None:
        item = self.unfinished.currentItem()
        if item is not None:
            case_id = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(case_id, str):
                self.discard_requested.emit(case_id)


def _words(text: str | Callable[[], str]) -> Callable[[], str] | None:
    if callable(text):
        return text
    return (lambda: text) if text else None
