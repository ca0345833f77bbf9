"""Step 6: the account exists; the password went to the citizen by SMS.

Shows the username and where the password went, the seed's help for a password SMS that
does not come, and prints the citizen's guide (Ctrl+P). Enter takes the next citizen: the
wizard is thrown away whole, so nothing of this citizen stays on screen.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from kiosk.domain import vn_time
from kiosk.domain.account_case import Step
from kiosk.domain.masking import mask_phone
from kiosk.ui.named import named
from kiosk.ui.wizard.base_page import CasePage
from kiosk.ui.wizard.guide_printing import print_guide


class ResultPage(CasePage):
    step = Step.RESULT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResultPage")
        self.headline = named(QLabel(), "ResultHeadline")
        self.headline.setWordWrap(True)
        self.username = named(QLabel(), "PageTitle")
        self.username.setWordWrap(True)
        self.password_note = QLabel()
        self.password_note.setWordWrap(True)
        self.replay_note = named(QLabel(), "Muted")
        self.replay_note.setWordWrap(True)
        self.print_button = named(QPushButton(), "print_guide")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_guide)
        self.printed_label = named(QLabel(), "OkText")
        left = QVBoxLayout()
        for widget in (self.headline, self.username, self.password_note, self.replay_note):
            left.addWidget(widget)
        left.addSpacing(12)
        left.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.printed_label)
        left.addStretch(1)
        self.add_help_column(left)
        self.shortcut("Ctrl+P", self.print_guide)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Bước 6. Kết quả"))
        self.setSubTitle(self.tr("Tài khoản đã được tạo. Enter: tiếp công dân mới."))
        self.headline.setText(self.tr("Đã tạo tài khoản cho công dân"))
        self.print_button.setText(self.tr("In hướng dẫn đăng nhập cho công dân (Ctrl+P)"))
        self.help_title.setText(self.tr("Công dân không nhận được SMS mật khẩu?"))
        self.help_text.setText(
            self.tr(
                "Tin nhắn có thể đến chậm do mạng hoặc điện thoại: đề nghị công dân chờ thêm "
                "ít phút.\n\nNếu vẫn không nhận được, hoặc không đăng nhập được bằng mật khẩu "
                "trong tin nhắn, hướng dẫn công dân đổi mật khẩu:\n"
                "1. Truy cập https://dichvucong.gov.vn/\n"
                "2. Chọn [Đăng nhập]\n"
                "3. Chọn đăng nhập bằng tài khoản cấp bởi Cổng Dịch vụ công quốc gia\n"
                "4. Chọn [Quên mật khẩu] và làm theo hướng dẫn."
            )
        )

    def load(self) -> None:
        outcome = self.case.outcome
        if outcome is None:
            return
        self.username.setText(
            self.tr("Tên đăng nhập: {username}").format(username=outcome.username)
        )
        phone = self.case.otp_phone
        self.password_note.setText(
            self.tr(
                "Mật khẩu đã được gửi bằng tin nhắn SMS tới số {phone}. Nhắc công dân đổi "
                "mật khẩu sau lần đăng nhập đầu và không đưa mật khẩu hay mã OTP cho ai."
            ).format(phone=mask_phone(phone) if phone else self.tr("của công dân"))
        )
        if outcome.confirmed_by != "create" or outcome.replayed:
            self.replay_note.setText(
                self.tr(
                    "Tài khoản được tạo từ lần gửi trước (kiosk đã hỏi lại máy chủ); "
                    "không có tài khoản trùng."
                )
            )
        else:
            created = _local_time(outcome.created_at)
            self.replay_note.setText(
                self.tr("Tạo lúc {time}.").format(time=created) if created else ""
            )
        self.printed_label.setText("")

    def nextId(self) -> int:
        return -1  # the end of the case: Finish takes the next citizen

    def focus_first(self) -> None:
        self.host.button(QWizard.WizardButton.FinishButton).setFocus()

    def print_guide(self) -> None:
        print_guide(self, self.printed_label)


def _local_time(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return ""
    return vn_time.local(moment).strftime("%H:%M %d/%m/%Y")
