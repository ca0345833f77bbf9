"""F7 "Đọc chip" on the details page: the citizen's details from the ID card's chip, the face
photo beside the fields, and whether the issuer's signature vouches for them (docs/chip.md).

The key is the case's ID number and date of birth, with the expiry computed from the QR's
issue date by the renewal ages, else asked. A chip whose data fails its signature fills
nothing; one no installed CSCA vouches for fills, marked not verified. Values that differ
from what the page had are named: the page's own checks then ask the officer to confirm what
still disagrees with the QR.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from kiosk.chip import bac
from kiosk.chip.reader import ChipRead
from kiosk.ui.named import named
from kiosk.ui.tasks import TaskContext

if TYPE_CHECKING:
    from kiosk.ui.wizard.details_page import DetailsPage

# the page's fields a chip fills, in the page's order
FILLED = ("full_name", "date_of_birth", "sex", "old_id_number", "address")


@dataclass(frozen=True)
class ChipAnswer:
    read: ChipRead
    reader: str
    photo_png: bytes | None  # the face, converted for Qt (JPEG 2000 is not a Qt format)


def read_card(key: bac.BacKey, csca_path: str, context: TaskContext) -> ChipAnswer:
    """The worker side: no widget here."""
    from kiosk.chip import pcsc, sod
    from kiosk.chip.reader import read_chip

    cscas = sod.load_csca(csca_path)
    context.check()
    with pcsc.connect(None) as transport:
        read = read_chip(transport, key, cscas)
        reader = transport.reader
    photo = None
    if read.face is not None and read.authentication.status != "failed":
        from PIL import Image

        try:
            with Image.open(io.BytesIO(read.face.data)) as image:
                out = io.BytesIO()
                image.convert("RGB").save(out, "PNG")
                photo = out.getvalue()
        except (OSError, ValueError):
            photo = None  # a photo Pillow cannot decode: the details still count
    return ChipAnswer(read, reader, photo)


def _parse(text: str) -> date | None:
    try:
        return datetime.strptime(text.strip(), "%d/%m/%Y").date()
    except ValueError:
        return None


class ChipPanel(QFrame):
    """The photo, the chip's mark and the F7 button, placed by the details page (a wizard, and
    so this panel, lives for one case)."""

    def __init__(self, page: DetailsPage) -> None:
        super().__init__()
        self.setObjectName("Card")
        self.page = page
        self.photo = named(QLabel(), "chip_photo")
        self.photo.setFixedSize(96, 128)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.hide()
        self.mark = named(QLabel(), "chip_mark")
        self.mark.setWordWrap(True)
        self.button = named(QPushButton(), "chip_read")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.read)
        column = QVBoxLayout()
        column.addWidget(self.mark)
        column.addWidget(self.button)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 6, 6, 6)
        row.addWidget(self.photo)
        row.addLayout(column)
        # the outcome of the last read on this case: verified / not_verified / failed:REASON
        self.outcome = ""
        self.from_chip: set[str] = set()
        page.shortcut("F7", self.read)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.button.setText(self.tr("Đọc chip (F7)"))
        self._show_mark()

    def _show_mark(self) -> None:
        if self.outcome == "verified":
            self.mark.setText(self.tr("✓ Đã xác thực chip"))
        elif self.outcome == "not_verified":
            self.mark.setText(self.tr("Đọc từ chip, chưa xác thực được chữ ký"))
        elif self.outcome.startswith("failed"):
            self.mark.setText(self.tr("Chip không qua kiểm tra chữ ký"))
        else:
            self.mark.setText(self.tr("Đặt thẻ lên đầu đọc rồi bấm F7"))

    # -- reading -----------------------------------------------------------------------------
    def read(self) -> None:
        page = self.page
        if page.busy or not self.isEnabled():
            return
        page.collect()
        key = self._key()
        if key is None:
            return
        csca_path = page.host.scanner.settings.chip_csca
        page.run(
            lambda context: read_card(key, csca_path, context),
            name="chip-read",
            text=self.tr("Đang đọc chip… giữ yên thẻ trên đầu đọc"),
            on_result=self._show,
            on_error=self._failed,
        )

    def _key(self) -> bac.BacKey | None:
        from kiosk.chip import card_key

        case = self.page.case
        qr = case.qr_details
        birth = _parse(case.date_of_birth) or (qr.date_of_birth if qr else None)
        if birth is None:
            self.page.say(self.tr("Cần ngày sinh để mở chip: hãy điền ngày sinh trước."))
            return None
        expiry = None
        if qr is not None and qr.issue_date is not None:
            expiry = card_key.expiry_by_age(birth, qr.issue_date)
        if expiry is None:
            text, ok = QInputDialog.getText(
                self,
                self.tr("Đọc chip"),
                self.tr("Ngày hết hạn in trên thẻ (ngày/tháng/năm):"),
            )
            expiry = _parse(text) if ok else None
            if expiry is None:
                if ok:
                    self.page.say(self.tr("Ngày hết hạn không đúng dạng ngày/tháng/năm."))
                return None
        try:
            return card_key.bac_key(case.id_number, birth, expiry)
        except ValueError:
            self.page.say(self.tr("Số CCCD không phải 12 chữ số: không mở được chip."))
            return None

    def _failed(self, exc: BaseException) -> None:
        from kiosk.chip import errors

        if not isinstance(exc, errors.ChipError):
            self.page.show_error(exc)
            return
        words = {
            "pcsc_unavailable": self.tr("Máy chưa có dịch vụ đọc thẻ (PC/SC)."),
            "no_reader": self.tr("Không thấy đầu đọc thẻ: cắm đầu đọc rồi thử lại."),
            "no_card": self.tr("Chưa có thẻ trên đầu đọc: đặt thẻ lên rồi bấm F7."),
            "card_removed": self.tr("Thẻ bị nhấc ra khi đang đọc: chưa điền gì, hãy đọc lại."),
            "access_denied": self.tr(
                "Chip không mở: số CCCD, ngày sinh hoặc ngày hết hạn không khớp với thẻ."
            ),
            "not_emrtd": self.tr("Thẻ này không có chip căn cước."),
        }
        self.page.say(words.get(exc.code, self.tr("Đọc chip bị lỗi, hãy đọc lại.")))

    def _show(self, answer: ChipAnswer) -> None:
        from kiosk.chip.details import chip_details

        page = self.page
        outcome = answer.read.authentication
        if outcome.status == "failed":
            self.outcome = outcome.code
            self._show_mark()
            page.say(
                self.tr(
                    "Dữ liệu trong chip không khớp chữ ký của cơ quan cấp: không điền. "
                    "Thẻ có thể đã bị sửa; hãy báo cán bộ phụ trách."
                )
            )
            return
        details = chip_details(answer.read)
        if details["id_number"] != page.case.id_number:
            page.say(self.tr("Chip này của một thẻ khác số CCCD đang làm: không điền."))
            return
        birth = details["date_of_birth"]
        values = {
            "full_name": str(details["full_name"]),
            "date_of_birth": (
                date.fromisoformat(birth).strftime("%d/%m/%Y") if isinstance(birth, str) else ""
            ),
            "sex": str(details["sex"]),
            "old_id_number": str(details["old_id_number"]),
            "address": str(details["address"]),
        }
        case = page.case
        differed = [
            name
            for name, value in values.items()
            if value and getattr(case, name).strip() and getattr(case, name).strip() != value
        ]
        for name, value in values.items():
            if value:
                setattr(case, name, value)
        page.load()
        self.outcome = outcome.code
        self.from_chip = {name for name, value in values.items() if value}
        for name in FILLED:
            page.widgets[name].setToolTip(self.tr("Đọc từ chip") if name in self.from_chip else "")
        if answer.photo_png is not None:
            pixmap = QPixmap()
            pixmap.loadFromData(answer.photo_png, "PNG")
            self.photo.setPixmap(
                pixmap.scaled(
                    self.photo.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.photo.show()
        self._show_mark()
        if differed:
            labels = [page.labels[n].text().replace("&", "") for n in differed if n in page.labels]
            page.say(
                self.tr(
                    "Chip khác với thông tin đã có, đã điền theo chip: {fields}. Hãy đối chiếu."
                ).format(fields=", ".join(labels)),
                "WarningText",
            )
        page.focus_first()
