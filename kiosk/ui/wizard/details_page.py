"""Step 3: the citizen's details, prefilled from the card's QR, checked as the officer types.

Every rule of the ID-card checks (kiosk.domain.details_check) is shown inline under its
field: errors block, warnings (an ID number whose structure disagrees with the birth year,
a name that differs from the QR, …) are confirmed all at once with Alt+X after checking the
card. Enter moves on, or jumps to the first field that still needs something.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.account_case import Step
from kiosk.domain.details_check import FIELDS, DetailsCheck
from kiosk.ui.catalogue.findings import finding_text
from kiosk.ui.wizard.base_page import CasePage
from kiosk.ui.wizard.chip_read import ChipPanel


class DetailsPage(CasePage):
    step = Step.DETAILS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DetailsPage")
        self.id_edit = QLineEdit(objectName="id_number")
        self.id_edit.setReadOnly(True)
        self.name_edit = QLineEdit(objectName="full_name")
        self.dob_edit = QLineEdit(objectName="date_of_birth")
        self.sex_combo = QComboBox(objectName="sex")
        self.sex_combo.addItems(["", "Nam", "Nữ"])
        self.old_id_edit = QLineEdit(objectName="old_id_number")
        self.address_edit = QLineEdit(objectName="address")
        self.phone_edit = QLineEdit(objectName="phone")
        self.phone_own = QCheckBox(objectName="phone_confirmed")
        self.email_edit = QLineEdit(objectName="email")
        self.unit_combo = QComboBox(objectName="unit")
        self.unit_combo.setMinimumWidth(300)
        self.refill_button = QPushButton()
        self.refill_button.setAutoDefault(False)
        self.refill_button.clicked.connect(self.refill_from_qr)

        self.labels: dict[str, QLabel] = {}
        self.findings: dict[str, QLabel] = {}
        widgets: dict[str, QWidget] = {
            "id_number": self.id_edit,
            "full_name": self.name_edit,
            "date_of_birth": self.dob_edit,
            "sex": self.sex_combo,
            "old_id_number": self.old_id_edit,
            "address": self.address_edit,
            "phone": self.phone_edit,
            "phone_confirmed": self.phone_own,
            "email": self.email_edit,
            "unit": self.unit_combo,
        }
        self.widgets = widgets
        for name, widget in widgets.items():
            if name != "phone_confirmed":
                widget.setMinimumWidth(170)
                widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sheet = QWidget()
        rows = QVBoxLayout(sheet)
        rows.setContentsMargins(0, 0, 8, 0)
        columns = QHBoxLayout()
        columns.setSpacing(24)
        # The person on the left, how to reach them on the right; the address and the unit
        # (long texts: a commune's full address, "Bộ phận Một cửa UBND phường …") across both.
        left = ["id_number", "full_name", "date_of_birth", "sex", "old_id_number"]
        right = ["phone", "phone_confirmed", "email"]
        wide = ["address", "unit"]
        for names, target in ((left, columns), (right, columns), (wide, rows)):
            form = QFormLayout()
            form.setVerticalSpacing(4)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            for name in names:
                finding = QLabel()
                finding.setWordWrap(True)
                finding.hide()
                box = QVBoxLayout()
                box.setSpacing(1)
                box.addWidget(widgets[name])
                box.addWidget(finding)
                self.findings[name] = finding
                if name == "phone_confirmed":
                    form.addRow(box)  # the check box says it all, across the whole row
                    continue
                label = QLabel()
                label.setBuddy(widgets[name])
                form.addRow(label, box)
                self.labels[name] = label
            if target is rows:
                rows.addLayout(columns)
            target.addLayout(form, 1)
        rows.addStretch(1)
        # Tab walks the fields in the order the officer reads them off the card and the form.
        ordered = [widgets[name] for name in FIELDS]
        for first, second in itertools.pairwise(ordered):
            QWidget.setTabOrder(first, second)
        # Many findings at once may not fit 768 px: the sheet scrolls, never widens the page.
        scroll = QScrollArea()
        scroll.setWidget(sheet)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.addWidget(scroll, 1)

        self.warn_frame = QFrame(objectName="Card")
        warn_layout = QVBoxLayout(self.warn_frame)
        self.warn_text = QLabel(objectName="WarningText")
        self.warn_text.setWordWrap(True)
        self.confirm = QCheckBox(objectName="confirm_warnings")
        warn_layout.addWidget(self.warn_text)
        warn_layout.addWidget(self.confirm)
        self.warn_frame.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.warn_frame, 1)
        self.chip_panel = ChipPanel(self)  # F7: the details from the card's chip
        bottom.addWidget(self.chip_panel, 0, Qt.AlignmentFlag.AlignBottom)
        bottom.addWidget(self.refill_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.body.addLayout(bottom)

        for edit in (
            self.name_edit,
            self.dob_edit,
            self.old_id_edit,
            self.address_edit,
            self.phone_edit,
            self.email_edit,
        ):
            edit.textEdited.connect(lambda _t, e=edit: self._changed(e.objectName()))
        self.sex_combo.activated.connect(lambda _i: self._changed("sex"))
        self.unit_combo.activated.connect(lambda _i: self._changed("unit"))
        self.phone_own.toggled.connect(lambda _on: self._changed("phone_confirmed"))
        self.confirm.toggled.connect(self._confirm_toggled)
        order = [widgets[n] for n in FIELDS if n != "id_number"] + [self.confirm]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self._touched: set[str] = set()
        self._show_all = False
        self._loading = False
        self._check: DetailsCheck | None = None
        self.shortcut("Alt+X", self.confirm_warnings)
        self.shortcut("Alt+C", self.confirm_phone)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Bước 3. Thông tin công dân"))
        self.setSubTitle(
            self.tr(
                "Đối chiếu thông tin điền từ mã QR với thẻ. Số di động phải của chính công "
                "dân: mã OTP và mật khẩu gửi tới số này."
            )
        )
        texts = {
            "id_number": self.tr("Số CCCD/CMND"),
            "full_name": self.tr("&Họ và tên"),
            "date_of_birth": self.tr("Ngày &sinh"),
            "sex": self.tr("G&iới tính"),
            "old_id_number": self.tr("Số CMND cũ"),
            "address": self.tr("Nơi thường t&rú"),
            "phone": self.tr("Số điện thoại &di động"),
            "email": self.tr("&Email"),
            "unit": self.tr("Đơn &vị tiếp nhận"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.dob_edit.setPlaceholderText(self.tr("ngày/tháng/năm, ví dụ 07/03/1995"))
        self.old_id_edit.setPlaceholderText(self.tr("không bắt buộc"))
        self.address_edit.setPlaceholderText(self.tr("không bắt buộc"))
        self.email_edit.setPlaceholderText(self.tr("không bắt buộc"))
        self.phone_edit.setPlaceholderText(self.tr("ví dụ 0912 345 678"))
        self.phone_own.setText(self.tr("Số chính chủ: công dân đã xác nhận (Alt+C)"))
        self.confirm.setText(self.tr("Đã đối chiếu với thẻ, vẫn tiếp tục (Alt+X)"))
        self.refill_button.setText(self.tr("Điền lại từ mã QR"))

    # -- the case ----------------------------------------------------------------------------
    def load(self) -> None:
        case = self.case
        case.fill_from_qr()
        if not case.unit_id and self.host.units:
            case.unit_id, case.unit_name = self.host.units[0].id, self.host.units[0].name
        self._loading = True
        try:
            self.id_edit.setText(case.id_number)
            self.name_edit.setText(case.full_name)
            self.dob_edit.setText(case.date_of_birth)
            self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findText(case.sex)))
            self.old_id_edit.setText(case.old_id_number)
            self.address_edit.setText(case.address)
            self.phone_edit.setText(case.phone)
            self.phone_own.setChecked(case.phone_confirmed)
            self.email_edit.setText(case.email)
            self.unit_combo.clear()
            for unit in self.host.units:
                self.unit_combo.addItem(unit.name, unit.id)
            self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(case.unit_id)))
        finally:
            self._loading = False
        self.refill_button.setVisible(case.qr_details is not None)
        self._touched = {n for n in FIELDS if self._has_value(n)}
        self._recheck()

    def focus_first(self) -> None:
        self._focus_first(need_value=True)

    def collect(self) -> None:
        case = self.case
        case.full_name = self.name_edit.text()
        case.date_of_birth = self.dob_edit.text()
        case.sex = self.sex_combo.currentText()
        case.old_id_number = self.old_id_edit.text()
        case.address = self.address_edit.text()
        case.phone = self.phone_edit.text()
        case.phone_confirmed = self.phone_own.isChecked()
        case.email = self.email_edit.text()
        unit_id = self.unit_combo.currentData()
        if isinstance(unit_id, str):
            case.unit_id = unit_id
            case.unit_name = self.unit_combo.currentText()

    def _has_value(self, name: str) -> bool:
        widget = self.widgets[name]
        if isinstance(widget, QLineEdit):
            return bool(widget.text().strip())
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        return True

    def refill_from_qr(self) -> None:
        self.collect()
        self.case.fill_from_qr(overwrite=True)
        self.load()

    def set_inputs_enabled(self, enabled: bool) -> None:
        for name, widget in self.widgets.items():
            if name != "id_number":
                widget.setEnabled(enabled)
        self.confirm.setEnabled(enabled)

    # -- checking as the officer types -------------------------------------------------------
    def _changed(self, name: str) -> None:
        if self._loading:
            return
        if name == "phone" and self.phone_own.isChecked():
            # Another number: the citizen has not confirmed this one yet.
            self.phone_own.setChecked(False)
        self._touched.add(name)
        self.clear_notice()
        self.collect()
        self._recheck()

    def _recheck(self) -> None:
        check = self.service.check(self.case)
        self._check = check
        for name in FIELDS:
            label = self.findings[name]
            found = check.of(name) if (self._show_all or name in self._touched) else ()
            if name == "phone_confirmed" and not (self._show_all or self.case.phone.strip()):
                found = ()
            if not found:
                label.hide()
                continue
            errors = [f for f in found if f.is_error]
            label.setObjectName("ErrorText" if errors else "WarningText")
            label.style().unpolish(label)
            label.style().polish(label)
            label.setText("\n".join(("" if f.is_error else "⚠ ") + finding_text(f) for f in found))
            label.show()
        warnings = check.warnings
        confirmed = self.case.confirmed_warnings
        if warnings:
            self.warn_text.setText(
                self.tr("Cần đối chiếu với thẻ trước khi tiếp tục:")
                + "\n"
                + "\n".join(f"• {finding_text(w)}" for w in warnings)
            )
            self.confirm.blockSignals(True)
            self.confirm.setChecked(all(w.code in confirmed for w in warnings))
            self.confirm.blockSignals(False)
            self.warn_frame.show()
        else:
            self.warn_frame.hide()
        self.completeChanged.emit()

    def confirm_phone(self) -> None:
        """The citizen said yes: this number is their own."""
        if self.phone_own.isEnabled():
            self.phone_own.setChecked(True)

    def confirm_warnings(self) -> None:
        if self.warn_frame.isVisible():
            self.confirm.setChecked(True)

    def _confirm_toggled(self, on: bool) -> None:
        check = self._check
        if check is None:
            return
        codes = [w.code for w in check.warnings]
        if on:
            self.case.confirmed_warnings = sorted(set(self.case.confirmed_warnings) | set(codes))
        else:
            self.case.confirmed_warnings = [
                c for c in self.case.confirmed_warnings if c not in codes
            ]
        self.completeChanged.emit()

    def _focus_first(self, *, need_value: bool = False) -> None:
        """The first field that still needs the officer (empty, wrong, or to confirm)."""
        check = self._check
        for name in FIELDS:
            if name == "id_number":
                continue
            widget = self.widgets[name]
            problem = check is not None and any(
                f.is_error or (f.code not in self.case.confirmed_warnings) for f in check.of(name)
            )
            empty = (
                need_value
                and name in ("full_name", "date_of_birth", "phone")
                and not (self._has_value(name))
            )
            if empty or (problem and not need_value):
                widget.setFocus()
                return
        if check is not None and check.unconfirmed(self.case.confirmed_warnings):
            self.confirm.setFocus()
        elif need_value:
            self.phone_edit.setFocus()

    def validatePage(self) -> bool:
        self.collect()
        self._show_all = True
        self._recheck()
        check = self._check
        if check is not None and check.passes(self.case.confirmed_warnings):
            return True
        if check is not None and not check.errors:
            self.say(
                self.tr("Hãy đối chiếu các cảnh báo với thẻ rồi bấm Alt+X để xác nhận."),
                "WarningText",
            )
            self.confirm.setFocus()
            return False
        self.say(self.tr("Còn thông tin chưa hợp lệ: xem các dòng màu đỏ."))
        self._focus_first()
        return False
