"""Step 4: the account-request form, previewed, printed, checked and signed by the citizen.

The form is made again whenever the page opens, so it always shows the details as they are;
if they changed since it was printed, the signature box is cleared: the signed paper no
longer matches. Ctrl+P prints to the last printer (Ctrl+Shift+P chooses another); Ctrl+S
saves the form as a PDF file where the officer chooses. A PC without a printer is said so on
the page, before anybody presses Ctrl+P.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.account_case import AccountCase, Step
from kiosk.ui.tasks import TaskContext, run_task
from kiosk.ui.wizard.base_page import CasePage
from kiosk.ui.wizard.pdf_preview import PdfPreview
from kiosk.ui.wizard.printing import Route


class FormPage(CasePage):
    step = Step.FORM

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FormPage")
        self.preview = PdfPreview()
        self.preview.setMinimumWidth(440)
        self.print_button = QPushButton(objectName="Primary")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(lambda: self.print_form(choose=False))
        self.choose_button = QPushButton()
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(lambda: self.print_form(choose=True))
        self.save_button = QPushButton()
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save_form)
        self.printer_note = QLabel(objectName="ErrorText")
        self.printer_note.setWordWrap(True)
        self.printer_note.hide()
        self.printer_route = Route.CHOOSE
        self.printed_label = QLabel(objectName="OkText")
        self.printed_label.setWordWrap(True)
        self.signed = QCheckBox(objectName="citizen_signed")
        self.signed.toggled.connect(self._signed_toggled)
        self.explain = QLabel(objectName="Muted")
        self.explain.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.print_button)
        side.addWidget(self.choose_button)
        side.addWidget(self.save_button)
        side.addWidget(self.printer_note)
        side.addWidget(self.printed_label)
        side.addSpacing(16)
        side.addWidget(self.explain)
        side.addWidget(self.signed)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.preview, 3)
        row.addLayout(side, 2)
        self.body.addLayout(row, 1)
        self.pdf: bytes = b""
        self._printer_connected = False
        self.shortcut("Ctrl+P", lambda: self.print_form(choose=False))
        self.shortcut("Ctrl+Shift+P", lambda: self.print_form(choose=True))
        self.shortcut("Ctrl+S", self.save_form)
        self.shortcut("Alt+K", self._sign)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Bước 4. Giấy đề nghị tạo tài khoản"))
        self.setSubTitle(
            self.tr(
                "In giấy đề nghị, đưa công dân kiểm tra thông tin và ký. Giấy ghi số điện "
                "thoại và đồng ý của công dân về việc xử lý dữ liệu cá nhân."
            )
        )
        self.print_button.setText(self.tr("In giấy đề nghị (Ctrl+P)"))
        self.choose_button.setText(self.tr("Máy in khác… (Ctrl+Shift+P)"))
        self.save_button.setText(self.tr("Lưu tệp PDF… (Ctrl+S)"))
        self.printer_note.setText(
            self.tr(
                "Máy tính này chưa có máy in. Đề nghị bộ phận CNTT cài máy in; trong lúc chờ, "
                "giấy đề nghị được lưu thành tệp PDF (Ctrl+P hoặc Ctrl+S) vào nơi anh/chị chọn "
                "để in ở máy khác."
            )
        )
        self.explain.setText(
            self.tr(
                "Khi công dân đã đọc lại họ tên, ngày sinh, số thẻ, số điện thoại trên giấy "
                "và ký tên:"
            )
        )
        self.signed.setText(self.tr("Công dân đã kiểm tra và ký (Alt+K)"))

    # -- the case ----------------------------------------------------------------------------
    def load(self) -> None:
        self._connect_printer()
        self._show_route()
        self.signed.blockSignals(True)
        self.signed.setChecked(self.case.citizen_signed)
        self.signed.blockSignals(False)
        self._show_printed()
        if not self.host.skipping:
            self.make_form()

    def focus_first(self) -> None:
        self.print_button.setFocus()

    def collect(self) -> None:
        self.case.citizen_signed = self.signed.isChecked()

    def ready(self) -> bool:
        return bool(self.pdf) and self.signed.isChecked()

    def set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.print_button, self.choose_button, self.save_button, self.signed):
            widget.setEnabled(enabled)
        if enabled:
            self._show_route()

    def make_form(self) -> None:
        case, service = self.case.copy(), self.service

        def make(_ctx: TaskContext) -> tuple[AccountCase, bytes]:
            rendered = service.render_form(case)
            return rendered.case, rendered.pdf

        def done(result: tuple[AccountCase, bytes]) -> None:
            rendered, pdf = result
            self.host.case = rendered
            self.pdf = pdf
            self.preview.show_pdf(pdf)
            self.signed.blockSignals(True)
            self.signed.setChecked(rendered.citizen_signed)
            self.signed.blockSignals(False)
            self._show_printed()
            self.completeChanged.emit()
            self.print_button.setFocus()

        self.pdf = b""
        self.run(make, name="render-form", text=self.tr("Đang tạo giấy đề nghị…"), on_result=done)

    def _sign(self) -> None:
        if self.signed.isEnabled():
            self.signed.setChecked(True)

    def _signed_toggled(self, on: bool) -> None:
        self.case.citizen_signed = on
        self.completeChanged.emit()

    # -- printing ----------------------------------------------------------------------------
    def _connect_printer(self) -> None:
        if self._printer_connected:
            return
        self._printer_connected = True
        printer = self.host.printer
        printer.printed.connect(self._printed)
        printer.failed.connect(self._print_failed)

    def _show_route(self) -> None:
        """No printer at all: said here; Ctrl+P then asks where to save the PDF."""
        self.printer_route = self.host.printer.route()
        none = self.printer_route is Route.NONE
        self.printer_note.setVisible(none)
        self.choose_button.setEnabled(not none)

    def _title(self) -> str:
        return self.tr("Giấy đề nghị {ref}").format(ref=self.case.case_ref)

    def print_form(self, *, choose: bool) -> None:
        if self.busy or not self.pdf or self.host.currentPage() is not self:
            return
        if choose and not self.choose_button.isEnabled():
            return  # no printer to choose from
        if self.printer_route is not Route.NONE:
            self.printed_label.setText(self.tr("Đang in…"))
        self.host.printer.print_pdf(
            self.pdf, title=self._title(), choose=choose, file_name=self._file_name()
        )

    def save_form(self) -> None:
        if self.busy or not self.pdf or self.host.currentPage() is not self:
            return
        self.host.printer.save_pdf(self.pdf, title=self._title(), file_name=self._file_name())

    def _file_name(self) -> str:
        return f"giay-de-nghi-{self.case.case_ref}.pdf"

    def _printed(self, text: str) -> None:
        if self.host.currentPage() is not self:
            return
        case, service = self.case, self.service
        case.form_printed = True
        snapshot = case.copy()
        self.printed_label.setText(text)
        run_task(
            lambda _ctx: service.form_printed(snapshot),
            name="form-printed",
            on_error=self.show_error,
        )
        self.signed.setFocus()

    def _print_failed(self, exc: object) -> None:
        if self.host.currentPage() is not self:
            return
        self.printed_label.setText("")
        assert isinstance(exc, BaseException)
        self.show_error(exc)

    def _show_printed(self) -> None:
        if self.case.form_printed:
            self.printed_label.setText(self.tr("Đã in giấy đề nghị."))
        else:
            self.printed_label.setText("")
