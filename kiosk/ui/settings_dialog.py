"""File › Cài đặt máy: gateway, scanner, printer and retention, for IT at the desk.

Shown to supervisors, or to everyone when the configuration says `ui.settings_dialog = true`.
It writes the per-user file (config.save_user); when the kiosk runs with the rights to write
the system-wide file (an administrator, root), IT may choose that file instead, so every
Windows account of the PC gets the value. Everything is validated before anything is written,
and takes effect the next time the kiosk starts.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk import config, paths
from kiosk.portal.errors import InsecureGateway
from kiosk.portal.tls import CaBundleError, verify_setting
from kiosk.portal.urls import normalise_gateway_url
from kiosk.ui import messages

SCAN_DPIS = (150, 200, 300, 400, 600)


def system_file_writable(target: Path | None = None) -> bool:
    """Can this process write the system-wide file? Tried for real: on Windows, os.access
    knows nothing of ACLs, and an administrator's token is what decides."""
    target = target or paths.system_config_file()
    folder = target.parent
    try:
        if target.exists():
            with target.open("r+b"):
                return True
        existing = folder
        while not existing.exists() and existing.parent != existing:
            existing = existing.parent
        with tempfile.TemporaryFile(dir=existing):
            return True
    except OSError:
        return False


def save_system(values: dict[str, Any], target: Path | None = None) -> Path:
    """Merge values into the system-wide file (validated first), readable by every user."""
    return config.save(values, target or paths.system_config_file(), shared=True)


class SettingsDialog(QDialog):
    saved = Signal(Path)  # the file written

    def __init__(self, settings: config.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.settings = settings
        outer = QVBoxLayout(self)

        self.gateway_box = QGroupBox()
        gateway_form = QFormLayout(self.gateway_box)
        self.url = QLineEdit(settings.gateway.url)
        self.ca_bundle = QLineEdit(settings.gateway.ca_bundle)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._pick_ca_bundle)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_bundle, 1)
        ca_row.addWidget(self.browse)
        self.url_label = QLabel()
        self.ca_label = QLabel()
        gateway_form.addRow(self.url_label, self.url)
        gateway_form.addRow(self.ca_label, ca_row)
        outer.addWidget(self.gateway_box)

        self.scanner_box = QGroupBox()
        scanner_form = QFormLayout(self.scanner_box)
        self.dpi = QComboBox()
        dpis = sorted({*SCAN_DPIS, settings.scanner.dpi})
        for dpi in dpis:
            self.dpi.addItem(f"{dpi} dpi", dpi)
        self.dpi.setCurrentIndex(dpis.index(settings.scanner.dpi))
        self.color = QCheckBox()
        self.color.setChecked(settings.scanner.color)
        self.dpi_label = QLabel()
        scanner_form.addRow(self.dpi_label, self.dpi)
        scanner_form.addRow("", self.color)
        outer.addWidget(self.scanner_box)

        self.printer_box = QGroupBox()
        printer_form = QFormLayout(self.printer_box)
        self.printer = QComboBox()
        self.printer.setEditable(False)
        self.printer_label = QLabel()
        printer_form.addRow(self.printer_label, self.printer)
        outer.addWidget(self.printer_box)

        self.retention_box = QGroupBox()
        retention_form = QFormLayout(self.retention_box)
        self.scans = QComboBox()
        self.scan_days = QSpinBox()
        self.scan_days.setRange(0, 30)
        self.scan_days.setValue(settings.retention.scan_days)
        self.case_days = QSpinBox()
        self.case_days.setRange(1, 365)
        self.case_days.setValue(settings.retention.case_days)
        self.scans.currentIndexChanged.connect(self._scans_changed)
        self.scans_label = QLabel()
        self.scan_days_label = QLabel()
        self.case_days_label = QLabel()
        retention_form.addRow(self.scans_label, self.scans)
        retention_form.addRow(self.scan_days_label, self.scan_days)
        retention_form.addRow(self.case_days_label, self.case_days)
        outer.addWidget(self.retention_box)

        self.target_box = QGroupBox()
        target_layout = QVBoxLayout(self.target_box)
        self.for_user = QRadioButton()
        self.for_machine = QRadioButton()
        self.for_user.setChecked(True)
        self.for_machine.setEnabled(system_file_writable())
        target_layout.addWidget(self.for_user)
        target_layout.addWidget(self.for_machine)
        outer.addWidget(self.target_box)

        self.error = QLabel()

        self.error.setObjectName("ErrorText")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        self.note = QLabel()
        self.note.setObjectName("Muted")
        self.note.setWordWrap(True)
        outer.addWidget(self.note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._fill_printers()
        self.retranslate()

    def _fill_printers(self) -> None:
        from kiosk.ui.printers import available_printers

        wanted = self.settings.printer.name
        self.printer.clear()
        self.printer.addItem("", "")  # the system's default printer
        names = available_printers().names
        for name in names:
            self.printer.addItem(name, name)
        if wanted and wanted not in names:
            # Keep a configured printer that is switched off right now: choosing is IT's call.
            self.printer.addItem(wanted, wanted)
        self.printer.setCurrentIndex(max(0, self.printer.findData(wanted)))

    def _scans_changed(self) -> None:
        self.scan_days.setEnabled(self.scans.currentData() == "days")

    def _pick_ca_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn tệp chứng chỉ CA"),
            self.ca_bundle.text(),
            self.tr("Chứng chỉ PEM (*.pem *.crt *.cer);;Mọi tệp (*)"),
        )
        if path:
            self.ca_bundle.setText(path)

    # -- saving --------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "gateway": {"url": self.url.text().strip(), "ca_bundle": self.ca_bundle.text().strip()},
            "scanner": {"dpi": int(self.dpi.currentData()), "color": self.color.isChecked()},
            "printer": {"name": str(self.printer.currentData() or "")},
            "retention": {
                "scans": str(self.scans.currentData()),
                "scan_days": self.scan_days.value(),
                "case_days": self.case_days.value(),
            },
        }

    def _problem(self, values: dict[str, Any]) -> str:
        """What is wrong with the form, in words for IT; "" when it can be saved."""
        gateway = values["gateway"]
        if gateway["url"]:
            try:
                normalise_gateway_url(
                    gateway["url"], allow_insecure_http=self.settings.gateway.allow_insecure_http
                )
            except InsecureGateway as exc:
                msg = messages.describe(exc)
                return f"{msg.text} {msg.hint}".strip()
        if gateway["ca_bundle"]:
            try:
                verify_setting(gateway["ca_bundle"])
            except CaBundleError:
                return self.tr(
                    "Tệp chứng chỉ CA không dùng được: không có tệp này, hoặc đó không phải tệp "
                    "PEM (bắt đầu bằng -----BEGIN CERTIFICATE-----)."
                )
        return ""

    def save(self) -> None:
        values = self.values()
        problem = self._problem(values)
        if problem:
            self._show_error(problem)
            return
        try:
            if self.for_machine.isChecked():
                target = save_system(values)
            else:
                target = config.save_user(values)
        except OSError as exc:
            where = paths.system_config_file() if self.for_machine.isChecked() else None
            self._show_error(
                self.tr("Không lưu được cài đặt vào {path}: {reason}").format(
                    path=where or paths.user_config_file(), reason=exc.strerror or exc
                )
            )
            return
        self.saved.emit(target)
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- translation ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cài đặt máy kiosk"))
        self.gateway_box.setTitle(self.tr("Máy chủ (cổng kết nối)"))
        self.url_label.setText(self.tr("Địa chỉ:"))
        self.url.setPlaceholderText(self.tr("https://… (để trống: chế độ đào tạo)"))
        self.ca_label.setText(self.tr("Tệp CA:"))
        self.ca_bundle.setPlaceholderText(self.tr("(để trống: các CA công cộng)"))
        self.browse.setText(self.tr("Chọn…"))
        self.scanner_box.setTitle(self.tr("Máy quét"))
        self.dpi_label.setText(self.tr("Độ phân giải:"))
        self.color.setText(self.tr("Quét màu"))
        self.printer_box.setTitle(self.tr("Máy in"))
        self.printer_label.setText(self.tr("In ra:"))
        self.printer.setItemText(0, self.tr("(máy in mặc định của hệ thống)"))
        self.retention_box.setTitle(self.tr("Lưu giữ dữ liệu trên máy"))
        current = self.scans.currentData() or self.settings.retention.scans
        self.scans.blockSignals(True)
        self.scans.clear()
        self.scans.addItem(self.tr("Xoá ảnh thẻ ngay khi tài khoản đã tạo"), "on_created")
        self.scans.addItem(self.tr("Xoá ảnh thẻ vào cuối ngày"), "end_of_day")
        self.scans.addItem(self.tr("Giữ ảnh thẻ một số ngày"), "days")
        self.scans.setCurrentIndex(max(0, self.scans.findData(current)))
        self.scans.blockSignals(False)
        self._scans_changed()
        self.scans_label.setText(self.tr("Ảnh thẻ:"))
        self.scan_days_label.setText(self.tr("Số ngày giữ ảnh thẻ:"))
        self.case_days_label.setText(self.tr("Số ngày giữ hồ sơ (đã che):"))
        self.target_box.setTitle(self.tr("Lưu cho"))
        self.for_user.setText(self.tr("Chỉ tài khoản máy tính này"))
        self.for_machine.setText(self.tr("Mọi tài khoản trên máy này (cần quyền quản trị)"))
        self.note.setText(self.tr("Thay đổi có hiệu lực từ lần mở kiosk sau."))


class _SettingsEntry(QObject):
    """The File-menu entry: enabled for supervisors (or everyone, by configuration)."""

    def __init__(self, window: Any, session: Any, settings: config.Settings) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.settings = settings
        self.action = QAction(window)
        self.action.triggered.connect(self.open)
        window.file_menu.insertAction(window.quit_action, self.action)
        session.ready.connect(self.update)
        session.ended.connect(self.update)
        window.installEventFilter(self)
        self.update()
        self.retranslate()

    def allowed(self) -> bool:
        officer = getattr(self.session, "officer", None)
        return self.settings.ui.settings_dialog or bool(officer and officer.is_supervisor)

    def update(self) -> None:
        self.action.setEnabled(self.allowed())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.action.setText(self.tr("Cài đặt máy…"))

    def open(self) -> None:
        if not self.allowed():
            return
        try:
            current = config.load()  # what the files say now, including earlier saves
        except config.ConfigError:
            current = self.settings
        dialog = SettingsDialog(current, self.window)
        dialog.open()


def install(window: Any, session: Any, settings: config.Settings) -> QAction:
    """Add "Cài đặt máy…" to the File menu (window: MainWindow, session: SessionController)."""
    return _SettingsEntry(window, session, settings).action
