"""The officer's wizard for one citizen: lookup, scan, details, form, OTP, result.

The pages share one AccountCase (`self.case`) and never talk to each other. The wizard saves
in ONE place: when Next is pressed and the page agrees, the case goes to the journal (on a
worker) and only then does the screen move on; Back saves too, without waiting. Esc cancels
the call that is running (never a create that may have left), or asks before the case is
dropped, in words taken from the case's state in the journal.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from kiosk.cases import CaseService, CaseState, Closed
from kiosk.domain.account_case import AccountCase, Step
from kiosk.portal.models import Unit
from kiosk.ui import messages
from kiosk.ui.named import named
from kiosk.ui.tasks import run_task
from kiosk.ui.wizard.base_page import CasePage
from kiosk.ui.wizard.confirm import ask_to_drop
from kiosk.ui.wizard.details_page import DetailsPage
from kiosk.ui.wizard.exists_page import ExistsPage
from kiosk.ui.wizard.form_page import FormPage
from kiosk.ui.wizard.lookup_page import LookupPage
from kiosk.ui.wizard.otp_page import CREATE_TASK, OtpPage
from kiosk.ui.wizard.printing import PdfPrinter
from kiosk.ui.wizard.result_page import ResultPage
from kiosk.ui.wizard.scan_page import ScanPage
from kiosk.ui.wizard.scanner_choice import ScannerChoice

log = logging.getLogger(__name__)

LOOKUP, SCAN, DETAILS, FORM, OTP, RESULT, EXISTS = range(7)
PAGE_OF_STEP = {
    Step.LOOKUP: LOOKUP,
    Step.SCAN: SCAN,
    Step.DETAILS: DETAILS,
    Step.FORM: FORM,
    Step.OTP: OTP,
    Step.RESULT: RESULT,
    Step.EXISTS: EXISTS,
}


class StepList(QWidget):
    """The six steps down the side, the current one marked: where am I, what is left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StepList")
        self.setFixedWidth(190)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(10)
        self.labels: list[QLabel] = []
        for _ in range(6):
            label = named(QLabel(), "StepItem")
            label.setWordWrap(True)
            layout.addWidget(label)
            self.labels.append(label)
        layout.addStretch(1)
        self.current = 0
        self.retranslate()

    def retranslate(self) -> None:
        names = [
            self.tr("1. Tra cứu số CCCD"),
            self.tr("2. Quét hai mặt thẻ"),
            self.tr("3. Thông tin công dân"),
            self.tr("4. Giấy đề nghị"),
            self.tr("5. Mã OTP"),
            self.tr("6. Kết quả"),
        ]
        for label, name in zip(self.labels, names, strict=True):
            label.setText(name)

    def set_current(self, index: int, skipped: range = range(0)) -> None:
        """Mark step `index` current, those before it done, except `skipped` (not needed
        for this citizen: an existing account ends the case after step 1)."""
        self.current = index
        for i, label in enumerate(self.labels):
            label.setObjectName(
                "StepCurrent"
                if i == index
                else "StepSkipped"
                if i in skipped
                else "StepDone"
                if i < index
                else "StepItem"
            )
            label.style().unpolish(label)
            label.style().polish(label)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AccountWizard(QWizard):
    session_expired = Signal()
    phone_known = Signal(str)  # E.164 of the citizen's phone, "" when not known yet
    sms_expected = Signal()  # an SMS was just sent to the citizen: look at the phone now
    closed = Signal(str)  # "next": another citizen; "home": back to the start screen

    def __init__(
        self,
        service: CaseService,
        case: AccountCase,
        *,
        units: list[Unit],
        scanner: ScannerChoice,
        printer_name: str = "",
        printer_file: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setObjectName("AccountWizard")
        self.service = service
        self.case = case
        self.units = [u for u in units if u.eligible]
        self.scanner = scanner
        self.printer = PdfPrinter(self, printer_name, printer_file)
        self.skipping = False
        self._proceed = False
        self._last_id = -1
        self._confirm: QMessageBox | None = None
        self._asking = False  # the case's state is being read for the question
        self._focus_before: QWidget | None = None

        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.DisabledBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self.steps = StepList()
        self.setSideWidget(self.steps)

        self.lookup_page = LookupPage()
        self.scan_page = ScanPage()
        self.details_page = DetailsPage()
        self.form_page = FormPage()
        self.otp_page = OtpPage()
        self.result_page = ResultPage()
        self.exists_page = ExistsPage()
        for page_id, page in (
            (LOOKUP, self.lookup_page),
            (SCAN, self.scan_page),
            (DETAILS, self.details_page),
            (FORM, self.form_page),
            (OTP, self.otp_page),
            (RESULT, self.result_page),
            (EXISTS, self.exists_page),
        ):
            self.setPage(page_id, page)
        self.currentIdChanged.connect(self._page_changed)
        self.retranslate()

    # -- start, resume -----------------------------------------------------------------------
    def begin(self) -> None:
        """Show the case where it stands: a resumed case reopens on its saved step, with the
        steps before it in the history, so Back works as if the officer had never left."""
        target = PAGE_OF_STEP.get(self.case.step, LOOKUP)
        if self.case.finished:
            self.setStartId(target)
            self.restart()
            return
        self.setStartId(LOOKUP)
        self.restart()
        self.skipping = True
        try:
            while self.currentId() != target and self.currentId() != -1:
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    break
        finally:
            self.skipping = False
        page = self.current
        if page is not None:
            # The pages passed over only noted the case; the one the officer sees loads it all.
            page.initializePage()
            page.on_shown()
        if self.case.phone:
            checked = self.service.check(self.case)
            if checked.values is not None:
                self.phone_known.emit(checked.values.phone)

    def page_for(self, page_id: int) -> CasePage:
        page = self.page(page_id)
        assert isinstance(page, CasePage)
        return page

    @property
    def current(self) -> CasePage | None:
        page = self.currentPage()
        return page if isinstance(page, CasePage) else None

    # -- moving on: the one place that saves -------------------------------------------------
    def validateCurrentPage(self) -> bool:
        if self.skipping:
            return True
        if self._proceed:
            self._proceed = False
            return True
        page = self.current
        if page is None or page.busy:
            return False
        if not page.validatePage():
            return False
        page.collect()
        following = page.nextId()
        if following == -1:
            return True  # the last page: nothing left to save
        self.case.step = self.page_for(following).step
        if self.case.finished:
            return True  # the journal already holds the outcome
        snapshot = self.case.copy()
        page.run(
            lambda _ctx: self.service.save(snapshot),
            name="save-step",
            text=self.tr("Đang lưu hồ sơ…"),
            on_result=lambda _r: self._saved(page),
            cancellable=False,
        )
        return False

    def _saved(self, page: CasePage) -> None:
        if self.currentPage() is not page:
            return
        self._proceed = True
        self.next()

    def _page_changed(self, page_id: int) -> None:
        page = self.page(page_id)
        if not isinstance(page, CasePage):
            return
        order = [LOOKUP, SCAN, DETAILS, FORM, OTP, RESULT]
        index = order.index(page_id) if page_id in order else 5
        # The exists page ends the case after the lookup: steps 2–5 were never done.
        self.steps.set_current(index, range(1, 5) if page_id == EXISTS else range(0))
        went_back = page_id < self._last_id and page_id != EXISTS and self._last_id != EXISTS
        self._last_id = page_id
        if went_back and not self.skipping:
            # Back keeps every value (the page collected them) and the journal follows.
            self.case.step = page.step
            snapshot = self.case.copy()
            run_task(
                lambda _ctx: self.service.save(snapshot),
                name="save-step-back",
                on_error=page.show_error,
            )
        if not self.skipping:
            page.on_shown()
        if page_id in (FORM, OTP):
            # The simulated phone follows the number as soon as it is a valid one.
            checked = self.service.check(self.case)
            if checked.values is not None:
                self.phone_known.emit(checked.values.phone)

    def busy_changed(self, page: CasePage) -> None:
        """A call started or ended on `page`: no going back while it runs."""
        if page is self.currentPage() and page.busy:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
            self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        if page is self.currentPage() and page is self.otp_page and page.create_may_be_out():
            # After F9 the request is still out: going back to change the details would make
            # the signed form and the account differ (a retry sends the saved request).
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self._word_cancel()

    def _word_cancel(self) -> None:
        """One button names Esc at a time: while a call that Esc stops runs, the busy strip's
        Cancel does; otherwise "Hủy hồ sơ" does."""
        page = self.current
        esc_stops_a_call = page is not None and page.busy and page.cancellable
        self.setButtonText(
            QWizard.WizardButton.CancelButton,
            self.tr("Hủy hồ sơ") if esc_stops_a_call else self.tr("Hủy hồ sơ (Esc)"),
        )

    def set_commit_text(self, text: str) -> None:
        self.setButtonText(QWizard.WizardButton.CommitButton, text)

    # -- leaving -----------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc or "Hủy hồ sơ": stop the running call, or ask before dropping the case.

        A create in flight is never "cancelled": the request may have left, so Esc says the
        kiosk is finding out and the page stays. The question is worded from the journal's
        state of the case, read first."""
        page = self.current
        if page is not None and page.busy:
            if page.cancellable:
                page.cancel_task()
            elif page.task is not None and page.task.name == CREATE_TASK:
                page.say(
                    self.tr(
                        "Yêu cầu đã gửi đi nên không hủy được: kiosk đang chờ Cổng trả lời để "
                        "biết tài khoản đã được tạo hay chưa. Hồ sơ được giữ; xin chờ."
                    ),
                    "Muted",
                    "create_in_flight",
                )
            return
        if self.case.finished:
            self.closed.emit("home")
            return
        if self._confirm is not None or self._asking:
            return
        self._asking = True
        service, case_id = self.service, self.case.case_id
        self._focus_before = QApplication.focusWidget()

        def ask(state: CaseState) -> None:
            self._asking = False
            if self.current is not None and self.current.busy:
                return  # a call started meanwhile: Esc is its business now
            self._confirm = ask_to_drop(self, state, self._abandon, lambda: self._leave(state))
            self._confirm.finished.connect(lambda _code: self._forget_confirm())

        def failed(exc: BaseException) -> None:
            self._asking = False
            if self.current is not None:
                self.current.show_error(exc)

        run_task(
            lambda _ctx: service.state(case_id), name="case-state", on_result=ask, on_error=failed
        )

    def _forget_confirm(self) -> None:
        # The question opened after a worker read the state: give the keyboard back by hand,
        # once the box is gone.
        QTimer.singleShot(0, self._refocus)

    def _refocus(self) -> None:
        self._confirm = None
        before, self._focus_before = self._focus_before, None
        if before is not None and before.isVisible() and before.window() is self.window():
            before.setFocus()
        elif self.current is not None:
            self.current.focus_first()

    def _leave(self, state: CaseState) -> None:
        log.info("case %s left on the start screen (%s)", self.case.case_id, state.value)
        self.closed.emit("home")

    def _abandon(self) -> None:
        self._confirm = None
        service, case_id = self.service, self.case.case_id

        def done(closed: Closed) -> None:
            log.info("case %s closed by the officer (%s)", case_id, type(closed).__name__)
            self.closed.emit("home")

        def failed(exc: BaseException) -> None:
            page = self.current
            if page is not None:
                page.show_error(exc)
            else:
                log.warning("case not abandoned: %s", messages.describe(exc).text)

        run_task(
            lambda _ctx: service.close(case_id), name="abandon", on_result=done, on_error=failed
        )

    def done(self, result: int) -> None:
        # Finish on the last page: the officer takes the next citizen.
        if result == QWizard.DialogCode.Accepted:
            self.closed.emit("next")
            return
        super().done(result)

    # -- translation -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Quay lại"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp tục (Enter)"))
        self._word_cancel()
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Tiếp công dân mới (Enter)"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Tạo tài khoản (Enter)"))
