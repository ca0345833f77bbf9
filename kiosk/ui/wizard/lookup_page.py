"""Step 1: the ID number, typed or read from the card's QR, and the lookup on the gateway.

A handheld QR scanner in keyboard-wedge mode types the card's QR text and Enter into the
field, like a very fast officer. `WedgeBuffer` tells the two apart by content: a short line is
an ID number; a card payload fills the case (name, birth date, …) and its ID number is
looked up; a payload that is not a usable card QR is refused with the reason, and nothing is
filled. An Enter a scanner inserts in the middle of a payload is not taken for the end.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kiosk.domain.account_case import AccountCase, Step
from kiosk.domain.id_number import check_id_number, normalize_id_number
from kiosk.domain.qr_payload import CardQr
from kiosk.domain.wedge import LineKind, WedgeBuffer
from kiosk.scanner.file_import import load_first_page
from kiosk.ui.catalogue.findings import finding_text
from kiosk.ui.wizard.base_page import CasePage

IMAGE_FILTER = "*.jpg *.jpeg *.png *.tif *.tiff *.bmp *.webp *.pdf"


class LookupPage(CasePage):
    step = Step.LOOKUP

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LookupPage")
        self.id_label = QLabel()
        self.id_edit = QLineEdit(objectName="id_number")
        self.id_edit.setMinimumHeight(40)
        font = self.id_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.id_edit.setFont(font)
        self.id_label.setBuddy(self.id_edit)
        self.id_edit.textEdited.connect(self._edited)
        self.id_edit.textChanged.connect(lambda _t: self.completeChanged.emit())
        self.finding = QLabel(objectName="ErrorText")
        self.finding_code = ""
        self.finding.setWordWrap(True)
        self.finding.hide()
        self.card_info = QLabel(objectName="OkText")
        self.card_info.setWordWrap(True)
        self.card_info.hide()
        self.image_button = QPushButton()
        self.image_button.setAutoDefault(False)
        self.image_button.clicked.connect(self.open_image)
        self.hint = QLabel(objectName="Muted")
        self.hint.setWordWrap(True)

        row = QHBoxLayout()
        row.addWidget(self.id_edit, 1)
        row.addWidget(self.image_button)
        self.body.addWidget(self.id_label)
        self.body.addLayout(row)
        self.body.addWidget(self.finding)
        self.body.addWidget(self.card_info)
        self.body.addSpacing(12)
        self.body.addWidget(self.hint)
        self.body.addStretch(1)

        self.wedge = WedgeBuffer()
        self.file_dialog: QFileDialog | None = None
        self._looked_up = ""  # the number the current answer is for
        self.shortcut("Ctrl+O", self.open_image)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Bước 1. Tra cứu số CMND/CCCD"))
        self.setSubTitle(
            self.tr(
                "Quét mã QR trên thẻ bằng máy quét cầm tay, hoặc gõ số thẻ rồi nhấn Enter. "
                "Nếu công dân đã có tài khoản thì không tạo mới."
            )
        )
        self.id_label.setText(self.tr("&Số CCCD (12 số) hoặc CMND cũ (9 số)"))
        self.id_edit.setPlaceholderText(self.tr("Gõ số, hoặc quét mã QR trên thẻ"))
        self.image_button.setText(self.tr("Đọc mã QR từ ảnh thẻ… (Ctrl+O)"))
        self.hint.setText(
            self.tr(
                "Mã QR nằm ở mặt trước thẻ CCCD gắn chip (2021) và ở mặt sau thẻ Căn cước "
                "(2024). Máy quét cầm tay cần đặt ở chế độ bàn phím (keyboard) Unicode."
            )
        )

    # -- the case ----------------------------------------------------------------------------
    def load(self) -> None:
        self.wedge.reset()
        if self.case.id_number and not self.id_edit.text():
            self.id_edit.setText(self.case.id_number)
        if self.case.looked_up:
            self._looked_up = self.case.id_number
        self._show_card()

    def focus_first(self) -> None:
        self.id_edit.setFocus()
        self.id_edit.selectAll()

    def ready(self) -> bool:
        return bool(self.id_edit.text().strip())

    def set_inputs_enabled(self, enabled: bool) -> None:
        self.id_edit.setReadOnly(not enabled)
        self.image_button.setEnabled(enabled)

    def nextId(self) -> int:
        from kiosk.ui.wizard.wizard import EXISTS, SCAN

        return EXISTS if self.case.exists else SCAN

    # -- keyboard wedge ----------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A scan while focus sits elsewhere on the page still lands in the field.
        if event.text() and event.text().isprintable() and not self.id_edit.hasFocus():
            self.id_edit.setFocus()
            self.id_edit.end(False)
            self.id_edit.insert(event.text())
            return
        super().keyPressEvent(event)

    def _edited(self, _text: str) -> None:
        self.finding_code = ""
        self.finding.hide()
        self.clear_notice()

    def validatePage(self) -> bool:
        text = self.id_edit.text()
        if self._looked_up and normalize_id_number(text) == self._looked_up:
            return True
        self.wedge.reset()
        lines = self.wedge.feed(text + "\r")
        if not lines:
            # A scanner broke its payload with an Enter: wait for the rest of it.
            return False
        line = lines[-1]
        if line.kind is LineKind.REJECTED:
            assert line.error is not None
            self._refuse(finding_text(line.error), line.error.code)
            return False
        if line.kind is LineKind.CARD:
            assert line.card is not None
            self._take_card(line.card, "wedge")
            number = line.card.details.id_number
        else:
            number = normalize_id_number(line.text)
        errors = [f for f in check_id_number(number) if f.is_error]
        if errors:
            self._refuse(finding_text(errors[0]), errors[0].code)
            return False
        self._lookup(number)
        return False

    def _refuse(self, text: str, code: str) -> None:
        self.finding_code = code  # what the refusal says, as a code (tests, logs)
        self.finding.setText(text)
        self.finding.show()
        self.id_edit.setFocus()
        self.id_edit.selectAll()

    def _take_card(self, card: CardQr, source: str) -> None:
        self.case.set_qr(card.details, source, [w.to_json() for w in card.warnings])
        self.id_edit.setText(card.details.id_number)
        self._show_card()

    def _show_card(self) -> None:
        details = self.case.qr_details
        if details is None:
            self.card_info.hide()
            return
        self.card_info.setText(
            self.tr("Đã đọc mã QR trên thẻ: {name} · sinh {dob} · {sex}").format(
                name=details.full_name,
                dob=details.date_of_birth.strftime("%d/%m/%Y"),
                sex=details.sex.value,
            )
        )
        self.card_info.show()

    def _lookup(self, number: str) -> None:
        case = self.case.copy()
        details = case.qr_details
        if details is not None and normalize_id_number(details.id_number) != number:
            # A QR read earlier belongs to another card than the number typed now.
            case.qr, case.qr_source, case.qr_warnings = None, "", []
        service = self.service

        def done(result: AccountCase) -> None:
            self.host.case = result
            self._looked_up = result.id_number
            self._show_card()
            self.host.next()

        self.run(
            lambda _ctx: service.lookup(case, number),
            name="lookup",
            text=self.tr("Đang tra cứu tài khoản trên Cổng Dịch vụ công…"),
            on_result=done,
        )

    # -- a photo or scan of the card ---------------------------------------------------------
    def open_image(self) -> None:
        if self.busy or self.file_dialog is not None:
            return
        dialog = QFileDialog(self, self.tr("Chọn ảnh thẻ có mã QR"))
        dialog.setObjectName("CardImageDialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilter(self.tr("Ảnh hoặc PDF ({patterns})").format(patterns=IMAGE_FILTER))
        dialog.fileSelected.connect(self._image_chosen)
        dialog.finished.connect(lambda _code: self._dialog_closed(dialog))
        self.file_dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: QFileDialog) -> None:
        self.file_dialog = None
        self.dialog_closed(dialog)

    def _image_chosen(self, name: str) -> None:
        path = Path(name)
        service = self.service

        def read(_ctx: object) -> CardQr:
            return service.read_card_image(load_first_page(path))

        def done(card: CardQr) -> None:
            self._take_card(card, "image")
            self.finding.hide()
            self.id_edit.setFocus()

        self.run(
            read,
            name="read-card-image",
            text=self.tr("Đang đọc mã QR trên ảnh thẻ…"),
            on_result=done,
        )
