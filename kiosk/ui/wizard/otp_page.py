"""Step 5: the OTP to the citizen's phone, then "Tạo tài khoản" with the newest code.

Enter sends the code when none is out yet, and creates the account once six digits are
typed. The countdown says when a new code may be sent (the gateway's cooldown); a new code
voids the older ones, so the citizen reads out the newest. "Create" is idempotent: after a
lost answer, Enter ("Thử lại") sends the very same request again, never a second account.

The page renders what the case service answers (kiosk.cases.outcomes); it never looks at an
exception to decide whether an account may exist. Esc cannot cancel a create that may have
left; a message names a button only when that button is on screen and works.

A call that waits says for how long. A hung gateway used to hold the officer ~41 s behind a
spinner; "Thôi chờ" (F9) frees the screen without pretending anything was cancelled: the
request may have left, so the case stays "chưa biết" and kept, "Thử lại" stays locked until
that request has its answer (a second one would only meet the first at the gateway), the
answer is still taken when it comes, and the officer may leave the case for later (Esc).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QElapsedTimer, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.cases import (
    AlreadyExists,
    CaseState,
    Created,
    CreateOutcome,
    NeedsLogin,
    NeedsNewCode,
    OtpNoAnswer,
    OtpRefused,
    OtpSent,
    OtpWait,
    Refused,
    RetrySame,
    SendOutcome,
    Unknown,
)
from kiosk.cases.outcomes import MAYBE_CREATED
from kiosk.domain.account_case import AccountCase, Step
from kiosk.domain.gateway_codes import GatewayCode
from kiosk.domain.phone import format_phone_display
from kiosk.ui import messages
from kiosk.ui.tasks import Task, TaskContext, run_task
from kiosk.ui.wizard.base_page import CasePage

log = logging.getLogger(__name__)

# The one call Esc cannot take back once it may have left (the wizard says so instead).
CREATE_TASK = "create-account"


class OtpPage(CasePage):
    step = Step.OTP

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OtpPage")
        self.setCommitPage(True)
        left = QVBoxLayout()
        self.phone_label = QLabel(objectName="PageTitle")
        self.phone_label.setWordWrap(True)
        self.send_button = QPushButton(objectName="send_otp")
        self.send_button.setAutoDefault(False)
        self.send_button.clicked.connect(self.send)
        self.countdown = QLabel(objectName="Muted")
        self.code_label = QLabel()
        self.code_edit = QLineEdit(objectName="otp_code")
        self.code_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), self.code_edit)
        )
        self.code_edit.setMaxLength(6)
        self.code_edit.setMaximumWidth(220)
        self.code_edit.setMinimumHeight(44)
        font = self.code_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setLetterSpacing(font.SpacingType.AbsoluteSpacing, 6)
        self.code_edit.setFont(font)
        self.code_label.setBuddy(self.code_edit)
        self.code_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        left.addWidget(self.phone_label)
        left.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addWidget(self.countdown)
        left.addSpacing(12)
        left.addWidget(self.code_label)
        left.addWidget(self.code_edit)
        self.stop_button = QPushButton(objectName="stop_waiting")
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop_waiting)
        self.stop_button.hide()
        left.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(1)

        self.add_help_column(left)

        self.timer = QTimer(self)
        self.timer.setInterval(500)
        self.timer.timeout.connect(self._tick)
        self.awaiting_answer = False  # a create whose answer never came: retry = same request
        self.new_code_needed = False  # the code read out is dead: the notice shows the way on
        self._new_code_reason = ""
        self.last_outcome: CreateOutcome | None = None
        # the call being waited for, and since when (shown in the busy strip)
        self.clock = QElapsedTimer()
        self._wait_text = ""
        # a create the officer stopped waiting for: still out, its answer still taken
        self.left_running: Task[CreateOutcome] | None = None
        self._stop_asked = False
        self.shortcut("Ctrl+G", self.send)
        self.shortcut("F9", self.stop_waiting)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Bước 5. Xác nhận số điện thoại bằng mã OTP"))
        self.setSubTitle(
            self.tr(
                "Gửi mã OTP tới điện thoại của công dân; nhập mã MỚI NHẤT công dân đọc cho "
                "bạn, rồi bấm Enter để tạo tài khoản."
            )
        )
        self.code_label.setText(self.tr("&Mã OTP (6 chữ số)"))
        self.stop_button.setText(self.tr("Thôi chờ (F9)"))
        self.help_title.setText(self.tr("Công dân không nhận được mã OTP?"))
        self.help_text.setText(
            self.tr(
                "• Kiểm tra lại số điện thoại đã nhập: sai số thì quay lại bước 3 để sửa.\n"
                "• Lỗi mạng hoặc thiết bị: chờ hết thời gian đếm ngược rồi gửi lại mã (Ctrl+G).\n"
                "• Gửi lại nhiều lần vẫn không nhận được: đề nghị công dân khởi động lại điện "
                "thoại.\n"
                "• Mỗi lần gửi lại, mã cũ hết hiệu lực: chỉ nhập mã mới nhất."
            )
        )
        self._show_state()

    # -- the case ----------------------------------------------------------------------------
    def load(self) -> None:
        self.timer.start()
        self._show_state()
        if not self.host.skipping:
            self._check_creating()

    def focus_first(self) -> None:
        self.code_edit.setFocus()

    def cleanupPage(self) -> None:
        self.timer.stop()
        super().cleanupPage()

    def ready(self) -> bool:
        if self.case.exists:
            return False  # the gateway said the citizen has an account: nothing to create
        if self.left_running is not None:
            return False  # "Thử lại" would only meet the request still out
        if self.awaiting_answer:
            return True
        if not self._sent():
            # "Gửi mã OTP (Enter)" works only when a code may be sent: never a dead key.
            return self.service.resend_wait(self.case) <= 0
        return len(self.code_edit.text()) == 6

    def _sent(self) -> bool:
        return bool(self.case.otp_id) and not self.service.otp_expired(self.case)

    def set_inputs_enabled(self, enabled: bool) -> None:
        self.code_edit.setReadOnly(not enabled or self.awaiting_answer)
        self.stop_button.setVisible(self._creating())
        self._show_state()

    def _creating(self) -> bool:
        return self.task is not None and self.task.name == CREATE_TASK

    def create_may_be_out(self) -> bool:
        """A create runs, was left running (F9), or its answer never came."""
        return self._creating() or self.left_running is not None or self.awaiting_answer

    # -- waiting -----------------------------------------------------------------------------
    def _waiting(self, text: str) -> None:
        """The busy strip says what runs and, from the first second, for how long."""
        self._wait_text = text
        self.clock.start()

    @property
    def waited_seconds(self) -> int:
        return self.clock.elapsed() // 1000 if self.busy and self.clock.isValid() else 0

    def _show_waited(self) -> None:
        seconds = self.waited_seconds
        if self.busy and seconds >= 1:
            self.busy_bar.label.setText(
                self.tr("{text} Đã chờ {n} giây.").format(text=self._wait_text, n=seconds)
            )

    def stop_waiting(self) -> None:
        """F9: the screen stops waiting for a create; the request, which may have left, does
        not stop, and nothing is said to be cancelled.

        Only once the journal holds the case as "creating": before that, Esc would offer to
        drop a case whose request is about to leave. The journal is read first."""
        task = self.task
        if task is None or task.name != CREATE_TASK or self._stop_asked:
            return
        self._stop_asked = True
        service, case_id = self.service, self.case.case_id

        def decide(state: CaseState) -> None:
            self._stop_asked = False
            if self.task is not task:
                return  # the answer came meanwhile
            if state is not CaseState.CREATING:
                self.say(
                    self.tr("Kiosk đang gửi yêu cầu; bấm Thôi chờ (F9) lại sau giây lát."),
                    "Muted",
                    "create_starting",
                )
                return
            self.left_running = task
            self.awaiting_answer = True
            self._set_busy(None)  # the task runs on; run() still hands its answer to this page
            self.say(
                self.tr(
                    "Đã thôi chờ trên màn hình, nhưng yêu cầu đã gửi đi nên không hủy được: "
                    "chưa biết tài khoản đã được tạo hay chưa. Hồ sơ được giữ; câu trả lời của "
                    "Cổng, khi có, được ghi vào hồ sơ. Có thể để hồ sơ lại (Esc) và tiếp công "
                    "dân khác."
                ),
                code="create_stopped_waiting",
            )

        def failed(exc: BaseException) -> None:
            self._stop_asked = False
            log.warning("case state not read: %s", type(exc).__name__)

        run_task(
            lambda _ctx: service.state(case_id),
            name="case-state-stop",
            on_result=decide,
            on_error=failed,
        )

    def drop_task(self) -> None:
        # The wizard goes away: the answer of a create left running is for the journal only.
        if self.left_running is not None:
            self.left_running.cancel()
            self.left_running = None
        super().drop_task()

    def _check_creating(self) -> None:
        """A resumed case may still have a create in flight: then only "retry" is possible."""
        case, service = self.case.copy(), self.service

        def done(state: CaseState) -> None:
            self.awaiting_answer = state is CaseState.CREATING
            self._show_state()

        def failed(exc: BaseException) -> None:
            # The journal could not say: assume the create may be out (retry = same request).
            log.warning("case state not read: %s", type(exc).__name__)
            self.awaiting_answer = True
            self._show_state()

        run_task(
            lambda _ctx: service.state(case.case_id),
            name="case-status",
            on_result=done,
            on_error=failed,
        )

    # -- sending -----------------------------------------------------------------------------
    def send(self) -> None:
        if self.busy or self.awaiting_answer or self.service.resend_wait(self.case) > 0:
            return
        case, service = self.case.copy(), self.service

        text = self.tr("Đang gửi mã OTP…")
        self.run(
            lambda _ctx: service.send_otp(case),
            name="send-otp",
            text=text,
            on_result=self.show_sent,
        )
        self._waiting(text)

    def show_sent(self, outcome: SendOutcome) -> None:
        """Render what the case service said of the send; nothing is classified here."""
        self.host.case = outcome.case
        if isinstance(outcome, OtpSent):
            self.new_code_needed = False
            self.code_edit.clear()
            self.code_edit.setReadOnly(False)
            self.code_edit.setFocus()
            self._show_state()
            self.say(self.tr("Đã gửi mã OTP. Mời công dân đọc mã vừa nhận."), "OkText", "otp_sent")
            self.host.sms_expected.emit()
            return
        if isinstance(outcome, NeedsLogin):
            msg = messages.for_code("session_expired")
            self.host.session_expired.emit()
        elif isinstance(outcome, OtpWait):
            msg = messages.for_code(outcome.code, retry_after=outcome.retry_after)
        elif isinstance(outcome, OtpRefused):
            msg = messages.for_code(outcome.code, fallback=outcome.gateway_text)
        else:
            msg = messages.for_code(outcome.reason)
        code = outcome.reason if isinstance(outcome, OtpNoAnswer) else outcome.code
        self.say(f"{msg.text} {msg.hint}".strip(), code=code)
        self._show_state()

    def _tick(self) -> None:
        if self.host.currentPage() is self:
            self._show_waited()
            self._show_state()
            if self.new_code_needed and not self.busy:
                self._say_new_code(self._new_code_reason)
            self.completeChanged.emit()

    def _show_state(self) -> None:
        case = self._case_or_none()
        if case is None:
            return
        checked = self.service.check(case)
        phone = checked.values.phone if checked.values else case.phone
        self.phone_label.setText(
            self.tr("Số điện thoại nhận mã: {phone}").format(phone=format_phone_display(phone))
        )
        wait = self.service.resend_wait(case)
        if not case.otp_id:
            self.send_button.setText(self.tr("Gửi mã OTP (Ctrl+G)"))
            self.countdown.setText("")
        else:
            self.send_button.setText(self.tr("Gửi lại mã OTP (Ctrl+G)"))
            if wait > 0:
                self.countdown.setText(
                    self.tr("Có thể gửi lại sau {n} giây.").format(n=int(wait + 0.999))
                )
            elif self.service.otp_expired(case):
                self.countdown.setText(self.tr("Mã đã hết hạn: hãy gửi mã mới."))
            else:
                self.countdown.setText(self.tr("Có thể gửi lại mã nếu công dân chưa nhận được."))
        self.send_button.setEnabled(not self.busy and not self.awaiting_answer and wait <= 0)
        if self.awaiting_answer:
            commit = self.tr("Thử lại (Enter)")
        elif not self._sent():
            commit = self.tr("Gửi mã OTP (Enter)")
        else:
            commit = self.tr("Tạo tài khoản (Enter)")
        self.host.set_commit_text(commit)

    def _case_or_none(self) -> AccountCase | None:
        from kiosk.ui.wizard.wizard import AccountWizard

        wizard = self.wizard()
        return wizard.case if isinstance(wizard, AccountWizard) else None

    # -- creating ----------------------------------------------------------------------------
    def validatePage(self) -> bool:
        if self.case.outcome is not None:
            return True
        if not self.awaiting_answer and not self._sent():
            self.send()
            return False
        if self.left_running is not None:
            return False
        code = self.code_edit.text()
        if not self.awaiting_answer and len(code) != 6:
            self.code_edit.setFocus()
            return False
        self._create(code)
        return False

    def _create(self, code: str) -> None:
        case, service = self.case.copy(), self.service
        self.new_code_needed = False

        def make(_ctx: TaskContext) -> CreateOutcome:
            return service.create(case, code)

        # Not cancellable: once the request may have left, Esc cannot take it back; the
        # wizard says so and the page waits for the answer (or for the client to give up),
        # unless the officer stops waiting (F9).
        text = self.tr("Đang tạo tài khoản trên Cổng Dịch vụ công…")
        self.run(
            make,
            name=CREATE_TASK,
            text=text,
            on_result=self.show_outcome,
            on_error=self._create_failed,
            cancellable=False,
        )
        self._waiting(text)

    def _create_failed(self, exc: BaseException) -> None:
        self.left_running = None
        self.show_error(exc)
        self._show_state()
        self.completeChanged.emit()

    def show_outcome(self, outcome: CreateOutcome) -> None:
        """Render what the case service decided; nothing is classified again here."""
        self.left_running = None
        self.host.case = outcome.case
        self.last_outcome = outcome
        if isinstance(outcome, Created):
            self.awaiting_answer = False
            self.timer.stop()
            self.host.sms_expected.emit()
            if self.host.currentPage() is self:
                self.host.next()
            return
        self.awaiting_answer = isinstance(outcome, MAYBE_CREATED)
        if isinstance(outcome, NeedsLogin):
            msg = messages.for_code("session_expired")
            self.say(
                self.tr(
                    "{text} Sau khi đăng nhập lại, bấm “Thử lại (Enter)”: kiosk gửi lại đúng "
                    "yêu cầu cũ, không tạo trùng tài khoản."
                ).format(text=msg.text),
                code="create_needs_login",
            )
            self.host.session_expired.emit()
        elif isinstance(outcome, Unknown | RetrySame):
            code = outcome.reason if isinstance(outcome, Unknown) else outcome.code
            wait = outcome.retry_after if isinstance(outcome, RetrySame) else None
            msg = messages.for_code(code, retry_after=wait)
            self.say(
                self.tr(
                    "{text} Chưa biết tài khoản đã được tạo hay chưa; hồ sơ được giữ. Bấm "
                    "“Thử lại (Enter)”: kiosk gửi lại đúng yêu cầu cũ, không tạo trùng tài "
                    "khoản."
                ).format(text=msg.text),
                code="create_unknown",
            )
        elif isinstance(outcome, AlreadyExists):
            msg = messages.for_code(GatewayCode.ACCOUNT_EXISTS)
            self.say(f"{msg.text} {msg.hint}", code=GatewayCode.ACCOUNT_EXISTS)
        elif isinstance(outcome, NeedsNewCode):
            self.code_edit.clear()
            self.new_code_needed = True
            self._say_new_code(outcome.code)
        elif isinstance(outcome, Refused):
            msg = messages.for_code(
                outcome.code,
                attempts_left=outcome.attempts_left,
                retry_after=outcome.retry_after,
                fallback=outcome.gateway_text,
            )
            if outcome.code == GatewayCode.OTP_SUPERSEDED:
                self.code_edit.clear()
            self.say(f"{msg.text} {msg.hint}".strip(), code=outcome.code)
            self.code_edit.setReadOnly(False)
            self.code_edit.setFocus()
            self.code_edit.selectAll()
        # While the fate of the request is unknown, the code it carried cannot change.
        self.code_edit.setReadOnly(self.awaiting_answer)
        self._show_state()
        self.completeChanged.emit()

    def _say_new_code(self, code: str) -> None:
        """A dead code: the way to a new one, naming only a button that works right now."""
        msg = messages.for_code(code)
        if self.service.resend_wait(self.case) > 0:
            hint = self.tr("Mã mới gửi được khi hết thời gian đếm ngược bên dưới.")
            which = "new_code_wait"
        else:
            hint = self.tr("Bấm “Gửi mã OTP (Enter)” để gửi mã mới.")
            which = "new_code_send"
        if self.notice_code != which or not self.notice.isVisible():
            self.say(f"{msg.text} {hint}", code=which)
        self._new_code_reason = code
