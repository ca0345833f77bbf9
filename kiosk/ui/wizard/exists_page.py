"""The lookup found an account: say so plainly, offer the guide, end the case.

Seed 002, Bước 1: "Trường hợp đã có tài khoản ... thông báo cho người dân và không cần thực
hiện tạo mới." The case is closed in the journal as soon as this page opens.
"""

from __future__ import annotations

import contextlib
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget, QWizard

from kiosk.domain import vn_time
from kiosk.domain.account_case import Step
from kiosk.ui.named import named
from kiosk.ui.wizard.base_page import CasePage
from kiosk.ui.wizard.guide_printing import print_guide


class ExistsPage(CasePage):
    step = Step.EXISTS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ExistsPage")
        self.headline = named(QLabel(), "ExistsHeadline")
        self.headline.setWordWrap(True)
        self.account = QLabel()
        self.account.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.print_button = named(QPushButton(), "print_guide")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_guide)
        self.printed_label = named(QLabel(), "OkText")
        for widget in (self.headline, self.account, self.advice):
            self.body.addWidget(widget)
        self.body.addSpacing(12)
        self.body.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.printed_label)
        self.body.addStretch(1)
        self.shortcut("Ctrl+P", self.print_guide)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Kết quả tra cứu"))
        self.setSubTitle(self.tr("Không tạo tài khoản mới. Enter: tiếp công dân mới."))
        self.headline.setText(self.tr("Công dân đã có tài khoản – không cần tạo mới"))
        self.advice.setText(
            self.tr(
                "Nếu công dân quên mật khẩu hoặc không đăng nhập được: hướng dẫn vào "
                "https://dichvucong.gov.vn/, chọn [Đăng nhập], đăng nhập bằng tài khoản cấp "
                "bởi Cổng Dịch vụ công quốc gia, rồi chọn [Quên mật khẩu]. In hướng dẫn để "
                "công dân mang về."
            )
        )
        self.print_button.setText(self.tr("In hướng dẫn đăng nhập / quên mật khẩu (Ctrl+P)"))

    def load(self) -> None:
        existing = self.case.existing
        if existing is not None:
            created = ""
            with contextlib.suppress(ValueError):
                created = vn_time.local(datetime.fromisoformat(existing.created_at)).strftime(
                    "%d/%m/%Y"
                )
            self.account.setText(
                self.tr("Tên đăng nhập: {user} · Họ tên: {name} · Tạo ngày: {day}").format(
                    user=existing.username_masked, name=existing.full_name_masked, day=created
                )
            )
        self.printed_label.setText("")
        if not self.host.skipping:
            case, service = self.case.copy(), self.service
            self.run(
                lambda _ctx: service.end_existing(case),
                name="end-existing",
                text=self.tr("Đang đóng hồ sơ…"),
                on_result=lambda _r: None,
                cancellable=False,
            )

    def nextId(self) -> int:
        return -1  # the end of the case: Finish takes the next citizen

    def focus_first(self) -> None:
        self.host.button(QWizard.WizardButton.FinishButton).setFocus()

    def print_guide(self) -> None:
        print_guide(self, self.printed_label)
