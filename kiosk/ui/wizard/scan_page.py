"""Step 2: both sides of the card, cropped and upright, one PDF of at most 5 MB.

The scanner is picked once (the choice is remembered); F5 scans the front, F6 the back, and
with "Tệp ảnh hoặc PDF" the same keys open a file instead. Each side is cropped on a worker
and kept sealed in the journal at once; when both are there the QR is read from whichever
side carries it and the PDF is made. Either side can be scanned again or turned over.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
    QWizard,
)

from kiosk.cases import CaseService, ScanSummary
from kiosk.domain.account_case import AccountCase, Step
from kiosk.domain.id_number import normalize_id_number
from kiosk.scanner.file_import import load_pages
from kiosk.ui import messages
from kiosk.ui.catalogue.findings import text_of
from kiosk.ui.tasks import TaskContext, run_task
from kiosk.ui.wizard.base_page import CasePage
from kiosk.ui.wizard.camera_dialog import CameraDialog
from kiosk.ui.wizard.card_view import CardView, preview
from kiosk.ui.wizard.lookup_page import IMAGE_FILTER
from kiosk.ui.wizard.scanner_choice import ScannerEntry

SIDES = ("front", "back")
CAMERA_BACKEND = "camera"
KIB = 1024
MIB = 1024 * 1024


class ScanPage(CasePage):
    step = Step.SCAN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScanPage")
        top = QHBoxLayout()
        self.device_label = QLabel()
        self.devices = QComboBox(objectName="scanner")
        self.devices.setMinimumWidth(360)
        self.device_label.setBuddy(self.devices)
        self.devices.activated.connect(self._device_chosen)
        self.find_button = QPushButton()
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.discover)
        # What "Tìm máy quét…" is doing and what it found: listing may take seconds.
        self.discovery_bar = QProgressBar()
        self.discovery_bar.setRange(0, 0)
        self.discovery_bar.setTextVisible(False)
        self.discovery_bar.setMaximumSize(120, 10)
        self.discovery_bar.hide()
        self.discovery_label = QLabel(objectName="Muted")
        self.discovery_label.setWordWrap(True)
        self.discovery_code = ""  # searching | found | none_found | failed
        top.addWidget(self.device_label)
        top.addWidget(self.devices)
        top.addWidget(self.find_button)
        top.addWidget(self.discovery_bar)
        top.addWidget(self.discovery_label, 1)
        self.body.addLayout(top)

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.side_titles: dict[str, QLabel] = {}
        self.views: dict[str, CardView] = {}
        self.scan_buttons: dict[str, QPushButton] = {}
        self.file_buttons: dict[str, QPushButton] = {}
        self.turn_buttons: dict[str, QPushButton] = {}
        for column, side in enumerate(SIDES):
            title = QLabel(objectName="PageTitle")
            view = CardView()
            scan = QPushButton(objectName=f"scan_{side}")
            from_file = QPushButton(objectName=f"file_{side}")
            turn = QPushButton(objectName=f"turn_{side}")
            for button in (scan, from_file, turn):
                button.setAutoDefault(False)
            scan.clicked.connect(lambda _c=False, s=side: self.scan(s))
            from_file.clicked.connect(lambda _c=False, s=side: self.choose_file(s))
            turn.clicked.connect(lambda _c=False, s=side: self.turn(s))
            buttons = QHBoxLayout()
            buttons.addWidget(scan)
            buttons.addWidget(from_file)
            buttons.addWidget(turn)
            buttons.addStretch(1)
            grid.addWidget(title, 0, column)
            grid.addWidget(view, 1, column)
            grid.addLayout(buttons, 2, column)
            self.side_titles[side] = title
            self.views[side] = view
            self.scan_buttons[side] = scan
            self.file_buttons[side] = from_file
            self.turn_buttons[side] = turn
        grid.setColumnStretch(2, 1)
        self.body.addLayout(grid)
        self.qr_label = QLabel()
        self.qr_label.setWordWrap(True)
        self.pdf_label = QLabel(objectName="Muted")
        self.body.addWidget(self.qr_label)
        self.body.addWidget(self.pdf_label)
        self.body.addStretch(1)

        self.file_dialog: QFileDialog | None = None
        self.camera_dialog: CameraDialog | None = None
        self._shown_for = ""  # case id whose sides the views show
        self._last_side = ""  # the side the last scan, file or turn was for
        self.shortcut("F5", lambda: self.scan("front"))
        self.shortcut("F6", lambda: self.scan("back"))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Bước 2. Quét hai mặt thẻ"))
        self.device_label.setText(self.tr("&Máy quét:"))
        self.find_button.setText(self.tr("Tìm máy quét…"))
        self.side_titles["front"].setText(self.tr("Mặt trước"))
        self.side_titles["back"].setText(self.tr("Mặt sau"))
        self._label_for_device()
        for side in SIDES:
            self.file_buttons[side].setText(self.tr("Từ tệp…"))
            self.turn_buttons[side].setText(self.tr("Xoay 180°"))
        self._show_status()

    def _label_for_device(self) -> None:
        """A camera takes pictures, a scanner scans: the words follow the chosen device."""
        from kiosk.ui.wizard.wizard import AccountWizard

        wizard = self.wizard()  # None while the page is being built
        current = wizard.scanner.current if isinstance(wizard, AccountWizard) else None
        if current is not None and current.driver.name == CAMERA_BACKEND:
            self.setSubTitle(
                self.tr(
                    "Đặt thẻ dưới camera. F5: chụp mặt trước, F6: chụp mặt sau. "
                    "Hai mặt được cắt gọn và ghép thành một tệp PDF (không quá 5 MB)."
                )
            )
            self.scan_buttons["front"].setText(self.tr("Chụp mặt trước (F5)"))
            self.scan_buttons["back"].setText(self.tr("Chụp mặt sau (F6)"))
            return
        self.setSubTitle(
            self.tr(
                "Đặt thẻ sát góc mặt kính. F5: quét mặt trước, F6: quét mặt sau. "
                "Hai mặt được cắt gọn và ghép thành một tệp PDF (không quá 5 MB)."
            )
        )
        self.scan_buttons["front"].setText(self.tr("Quét mặt trước (F5)"))
        self.scan_buttons["back"].setText(self.tr("Quét mặt sau (F6)"))

    # -- the case ----------------------------------------------------------------------------
    def load(self) -> None:
        self._fill_devices()
        self.set_inputs_enabled(not self.busy)  # nothing to turn before a side is there
        self._show_status()

    def on_shown(self) -> None:
        # Also when reached by Back after a resume: the saved scans are shown once.
        if self._shown_for != self.case.case_id:
            self._shown_for = self.case.case_id
            for side in SIDES:
                self.views[side].show_text(self.tr("Chưa quét"))
            if self.case.has_front or self.case.has_back:
                self._load_saved()
        if _checked_against_another_number(self.case) and not self.busy:
            self._recheck()

    def _recheck(self) -> None:
        """The ID number changed since the scans were checked (Back, a corrected number):
        read their QR against the number now, without scanning again."""
        case, service = self.case.copy(), self.service
        finishing = self.tr("Đang đọc mã QR và tạo tệp PDF…")

        def work(ctx: TaskContext) -> tuple[AccountCase, dict[str, Image.Image], Any]:
            summary = _finish(ctx, service, case, finishing)
            return (summary.case if summary else case), {}, summary

        self.run(work, name="scan-recheck", text=finishing, on_result=self._scanned)

    def focus_first(self) -> None:
        if not self.case.has_front:
            self.scan_buttons["front"].setFocus()
        elif not self.case.has_back:
            self.scan_buttons["back"].setFocus()
        else:
            self.host.button(QWizard.WizardButton.NextButton).setFocus()

    def ready(self) -> bool:
        c = self.case
        return c.has_front and c.has_back and c.has_pdf and not c.other_card_scanned

    def set_inputs_enabled(self, enabled: bool) -> None:
        for buttons in (self.scan_buttons, self.file_buttons, self.turn_buttons):
            for side, button in buttons.items():
                has = self.case.has_front if side == "front" else self.case.has_back
                button.setEnabled(enabled and (has or buttons is not self.turn_buttons))
        self.devices.setEnabled(enabled)
        self.find_button.setEnabled(enabled)

    def _load_saved(self) -> None:
        case, service = self.case.copy(), self.service

        def read(_ctx: TaskContext) -> dict[str, Image.Image]:
            shown = {}
            for side in SIDES:
                if case.has_front if side == "front" else case.has_back:
                    shown[side] = preview(service.side(case, side).image)
            return shown

        self.run(
            read,
            name="scan-previews",
            text=self.tr("Đang mở ảnh thẻ đã quét…"),
            on_result=self._show_previews,
        )

    def _show_previews(self, shown: dict[str, Image.Image]) -> None:
        for side, image in shown.items():
            self.views[side].show_image(image)
        self.set_inputs_enabled(not self.busy)

    # -- scanners ----------------------------------------------------------------------------
    def _fill_devices(self) -> None:
        choice = self.host.scanner
        self.devices.clear()
        for entry in choice.entries:
            self.devices.addItem(entry.label, entry.key)
        if choice.current is not None:
            index = self.devices.findData(choice.current.key)
            self.devices.setCurrentIndex(max(0, index))
        self._label_for_device()

    def discover(self) -> None:
        choice = self.host.scanner
        self.find_button.setEnabled(False)
        self._say_discovery("searching", self.tr("Đang tìm máy quét…"))

        def found(entries: list[ScannerEntry]) -> None:
            choice.adopt(choice.with_cameras(entries))
            self.find_button.setEnabled(not self.busy)
            self._fill_devices()
            devices = sum(1 for e in choice.entries if not e.is_file)
            if devices:
                self._say_discovery("found", self.tr("Tìm thấy {n} thiết bị.").format(n=devices))
            else:
                self._say_discovery(
                    "none_found",
                    self.tr(
                        "Không tìm thấy máy quét nào: kiểm tra máy quét đã bật và cắm cáp, "
                        "hoặc dùng “Từ tệp…”."
                    ),
                )

        def failed(exc: BaseException) -> None:
            self.find_button.setEnabled(not self.busy)
            msg = messages.describe(exc)
            self._say_discovery("failed", f"{msg.text} {msg.hint}".strip())

        # In the background: a network scanner may take seconds to answer, and files
        # can be used meanwhile.
        run_task(
            lambda ctx: choice.discover(ctx.cancel_event),
            name="scanner-discovery",
            on_result=found,
            on_error=failed,
        )

    def _say_discovery(self, code: str, text: str) -> None:
        self.discovery_code = code
        self.discovery_bar.setVisible(code == "searching")
        self.discovery_label.setText(text)

    def _device_chosen(self, index: int) -> None:
        key = self.devices.itemData(index)
        choice = self.host.scanner
        entry = next((e for e in choice.entries if e.key == key), None)
        if entry is not None:
            run_task(lambda _ctx: choice.choose(entry), name="scanner-remember")
            choice.current = entry
            self._label_for_device()

    # -- scanning ----------------------------------------------------------------------------
    def scan(self, side: str) -> None:
        if self.busy:
            return
        entry = self.host.scanner.current
        if entry is None or entry.is_file:
            self.choose_file(side)
            return
        if entry.driver.name == CAMERA_BACKEND:
            self.capture(side, entry)
            return
        options = self.host.scanner.options
        driver, device = entry.driver, entry.device
        assert device is not None
        service = self.service
        scanning = self.tr("Đang quét…")

        def pages(ctx: TaskContext) -> list[Image.Image]:
            def progress(fraction: float) -> None:
                ctx.progress(int(fraction * 70), scanning)

            return service.scan(driver, device, options, ctx.cancel_event, progress)

        label = (
            self.tr("Đang quét mặt trước…") if side == "front" else self.tr("Đang quét mặt sau…")
        )
        self._process(side, pages, label)

    def capture(self, side: str, entry: ScannerEntry) -> None:
        """A camera: its live picture in a window; the kept frame is processed like a scan."""
        if self.busy or self.camera_dialog is not None or entry.device is None:
            return
        feed = entry.driver.feed(entry.device)  # type: ignore[attr-defined]
        dialog = CameraDialog(feed, side, self)
        dialog.captured.connect(
            lambda image: self._process(
                side, lambda _ctx: [image], self.tr("Đang xử lý ảnh từ camera…")
            )
        )
        dialog.finished.connect(lambda _code: self._camera_closed(dialog))
        self.camera_dialog = dialog
        dialog.open()

    def _camera_closed(self, dialog: CameraDialog) -> None:
        if self.camera_dialog is dialog:
            self.camera_dialog = None
        self.dialog_closed(dialog)

    def choose_file(self, side: str) -> None:
        if self.busy or self.file_dialog is not None or self.camera_dialog is not None:
            return
        title = self.tr("Chọn ảnh mặt trước") if side == "front" else self.tr("Chọn ảnh mặt sau")
        dialog = QFileDialog(self, title)
        dialog.setObjectName(f"ScanFileDialog_{side}")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Ảnh hoặc PDF ({patterns})").format(patterns=IMAGE_FILTER))
        dialog.fileSelected.connect(lambda name: self._file_chosen(side, Path(name)))
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        self.file_dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: QFileDialog) -> None:
        if self.file_dialog is dialog:
            self.file_dialog = None
        self.dialog_closed(dialog)

    def _file_chosen(self, side: str, path: Path) -> None:
        self._process(side, lambda _ctx: load_pages(path, max_pages=2), self.tr("Đang đọc tệp…"))

    def _process(self, side: str, get_pages: Any, text: str) -> None:
        case, service = self.case.copy(), self.service
        cropping = self.tr("Đang cắt ảnh thẻ…")
        finishing = self.tr("Đang đọc mã QR và tạo tệp PDF…")

        def work(ctx: TaskContext) -> tuple[AccountCase, dict[str, Image.Image], Any]:
            pages: list[Image.Image] = get_pages(ctx)
            ctx.check()
            ctx.progress(75, cropping)
            kept = service.add_side(case, side, pages[0])
            shown = {side: preview(kept.card.image)}
            current = kept.case
            if side == "front" and len(pages) > 1 and not current.has_back:
                # A two-page file (both sides from a feeder, a multi-page TIFF).
                back = service.add_side(current, "back", pages[1])
                shown["back"] = preview(back.card.image)
                current = back.case
            summary = _finish(ctx, service, current, finishing)
            return (summary.case if summary else current), shown, summary

        self._last_side = side
        self.run(work, name=f"scan-{side}", text=text, on_result=self._scanned)

    def _scanned(self, result: tuple[AccountCase, dict[str, Image.Image], Any]) -> None:
        case, shown, _summary = result
        self.host.case = case
        self._show_previews(shown)
        self._show_status()
        self.completeChanged.emit()
        self.focus_first()

    def turn(self, side: str) -> None:
        if self.busy:
            return
        case, service = self.case.copy(), self.service
        finishing = self.tr("Đang đọc mã QR và tạo tệp PDF…")

        def work(ctx: TaskContext) -> tuple[AccountCase, dict[str, Image.Image], Any]:
            turned = service.turn_side(case, side)
            summary = _finish(ctx, service, turned.case, finishing)
            shown = {side: preview(turned.card.image)}
            return (summary.case if summary else turned.case), shown, summary

        self._last_side = side
        self.run(work, name=f"turn-{side}", text=self.tr("Đang xoay ảnh…"), on_result=self._scanned)

    def focus_after_failure(self) -> None:
        # The side that failed is the one to scan again.
        button = self.scan_buttons.get(self._last_side)
        if button is not None and button.isEnabled():
            button.setFocus()
        else:
            self.focus_first()

    # -- what the scans gave -----------------------------------------------------------------
    def _show_status(self) -> None:
        case = self.case_or_none()
        if case is None:
            return
        if case.other_card_scanned:
            self.qr_label.setObjectName("ErrorText")
            self.qr_label.setText(text_of(case.scan_qr_problem))
        elif case.has_pdf and case.qr_side and case.qr_details is not None:
            details = case.qr_details
            side = self.tr("mặt trước") if case.qr_side == "front" else self.tr("mặt sau")
            self.qr_label.setObjectName("OkText")
            self.qr_label.setText(
                self.tr("Đã đọc mã QR ở {side}: {name}, sinh {dob}.").format(
                    side=side,
                    name=details.full_name,
                    dob=details.date_of_birth.strftime("%d/%m/%Y"),
                )
            )
        elif case.has_pdf and case.scan_qr_problem:
            self.qr_label.setObjectName("WarningText")
            self.qr_label.setText(
                self.tr(
                    "Không đọc được mã QR trên ảnh quét: {reason} Có thể nhập thông tin "
                    "bằng tay ở bước sau."
                ).format(reason=text_of(case.scan_qr_problem))
            )
        else:
            self.qr_label.setText("")
        self.qr_label.style().unpolish(self.qr_label)
        self.qr_label.style().polish(self.qr_label)
        if case.has_pdf:
            size = (
                self.tr("{n} KB").format(n=max(1, round(case.pdf_size / KIB)))
                if case.pdf_size < MIB
                else self.tr("{n:.1f} MB").format(n=case.pdf_size / MIB)
            )
            self.pdf_label.setText(
                self.tr("Tệp PDF hai mặt thẻ: {size} (tối đa 5 MB), {dpi} dpi.").format(
                    size=size, dpi=case.pdf_dpi
                )
            )
        else:
            self.pdf_label.setText(self.tr("Tệp PDF được tạo khi đã có đủ hai mặt thẻ."))

    def case_or_none(self) -> AccountCase | None:
        from kiosk.ui.wizard.wizard import AccountWizard

        wizard = self.wizard()
        return wizard.case if isinstance(wizard, AccountWizard) else None


def _checked_against_another_number(case: AccountCase) -> bool:
    """Both sides are there and the QR read from them was compared with another number than
    the case's (the lookup clears a QR of another number; a mismatch keeps none)."""
    if not (case.has_front and case.has_back and case.qr_side):
        return False
    if case.other_card_scanned:
        return True
    details = case.qr_details
    return details is None or normalize_id_number(details.id_number) != case.id_number


def _finish(
    ctx: TaskContext, service: CaseService, case: AccountCase, text: str
) -> ScanSummary | None:
    """On the worker: with both sides there, the QR and the PDF."""
    if not (case.has_front and case.has_back):
        return None
    ctx.check()
    ctx.progress(90, text)
    return service.finish_scan(case)
