"""The start screen: what the kiosk does for the officer, step by step (seed 002, part I)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class HomePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomePage")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)

        card = QFrame(objectName="Card")
        card.setMaximumWidth(900)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        self.heading = QLabel(objectName="PageTitle")
        layout.addWidget(self.heading)
        self.steps = QLabel()
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setWordWrap(True)
        layout.addWidget(self.steps)
        self.footer = QLabel(objectName="Muted")
        self.footer.setWordWrap(True)
        layout.addWidget(self.footer)
        layout.addStretch(1)

        outer.addStretch(1)
        outer.addWidget(card, 4)
        outer.addStretch(1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Các bước tạo tài khoản cho công dân"))
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
