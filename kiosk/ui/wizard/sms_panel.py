"""Training mode: the citizen's phone, simulated, showing the SMS the gateway "sent" to it.

It follows the case's phone number and asks the training gateway's outbox every ~2 s (and at
once after an OTP or the account was sent), on a worker. It shows nothing of any other
number, is emptied for each new citizen, and is hidden while the screen is locked.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QTextBrowser, QVBoxLayout, QWidget

from kiosk.domain import vn_time
from kiosk.domain.phone import format_phone_display
from kiosk.portal.models import SmsMessage
from kiosk.ui.named import named
from kiosk.ui.tasks import Task, run_task

POLL_MS = 2000
PANEL_WIDTH = 280
_CODE = re.compile(r"\b(\d{6})\b")

Fetch = Callable[[str], list[SmsMessage]]


class SmsPanel(QDockWidget):
    def __init__(self, parent: QWidget | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("SmsPanel")
        self.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 4, 8, 8)
        self.phone_label = named(QLabel(), "PageTitle")
        self.phone_label.setWordWrap(True)
        self.view = named(QTextBrowser(), "SmsView")
        self.view.setOpenLinks(False)
        # The phone is looked at, never typed into: the officer's keys stay in the wizard.
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note = named(QLabel(), "Muted")
        self.note.setWordWrap(True)
        layout.addWidget(self.phone_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.setWidget(body)
        # One width: between a minimum and a maximum the dock area sized it from the page
        # beside it, and the phone jumped from step to step. The pages are laid out for it.
        self.setFixedWidth(PANEL_WIDTH)

        self.fetch: Fetch | None = None
        self.phone = ""
        self.messages: dict[int, SmsMessage] = {}
        self.paused = False
        self._task: Task[list[SmsMessage]] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll_now)
        self.retranslate()
        self._render()

    # -- what it watches ---------------------------------------------------------------------
    def set_source(self, fetch: Fetch | None) -> None:
        self.fetch = fetch
        if fetch is None:
            self.timer.stop()
        else:
            self.timer.start()

    def set_phone(self, phone: str) -> None:
        if phone == self.phone:
            self.poll_now()
            return
        self.phone = phone
        self.messages = {}
        self._render()
        self.poll_now()

    def clear(self) -> None:
        """A new citizen: nothing of the previous one stays."""
        self.phone = ""
        self.messages = {}
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._render()

    def set_paused(self, paused: bool) -> None:
        self.paused = paused
        if paused:
            self.timer.stop()
        elif self.fetch is not None:
            self.timer.start()
            self.poll_now()

    # -- polling -----------------------------------------------------------------------------
    def poll_now(self) -> None:
        fetch, phone = self.fetch, self.phone
        if fetch is None or not phone or self.paused or self._task is not None:
            return

        def got(found: list[SmsMessage]) -> None:
            self._task = None
            if phone != self.phone:
                return  # an answer about the previous citizen's phone
            changed = False
            for message in found:
                if message.id not in self.messages:
                    self.messages[message.id] = message
                    changed = True
            if changed:
                self._render()

        def failed(_exc: BaseException) -> None:
            self._task = None  # the next tick tries again; the officer needs no message here

        self._task = run_task(
            lambda _ctx: fetch(phone),
            name="training-sms",
            on_result=got,
            on_error=failed,
            on_cancelled=lambda: None,
        )

    # -- showing -----------------------------------------------------------------------------
    def texts(self) -> list[str]:
        """What the phone shows, oldest first (also how a trainee's test reads the OTP)."""
        return [m.text for m in sorted(self.messages.values(), key=lambda m: m.id)]

    def _render(self) -> None:
        if not self.phone:
            self.phone_label.setText(self.tr("Chưa có số điện thoại của công dân"))
            self.view.setHtml("")
            return
        self.phone_label.setText(
            self.tr("Điện thoại {phone}").format(phone=format_phone_display(self.phone))
        )
        if not self.messages:
            self.view.setHtml(f"<p><i>{html.escape(self.tr('Chưa có tin nhắn.'))}</i></p>")
            return
        parts = []
        for message in sorted(self.messages.values(), key=lambda m: m.id):
            when = _local(message.sent_at)
            kind = self.tr("Mã OTP") if message.kind == "otp" else self.tr("Mật khẩu")
            text = _CODE.sub(r"<b style='font-size:15pt'>\1</b>", html.escape(message.text))
            parts.append(
                "<div style='margin:6px 0; padding:6px; background:#eef6ee'>"
                f"<small>{html.escape(message.sender)} · {html.escape(kind)} · {when}</small>"
                f"<br>{text}</div>"
            )
        self.view.setHtml("".join(parts))
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.maximum())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._render()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Điện thoại mô phỏng (đào tạo)"))
        self.note.setText(
            self.tr(
                "Chỉ có ở chế độ đào tạo: tin nhắn mà máy chủ đào tạo gửi tới số của công "
                "dân hiện ra ở đây thay vì trên điện thoại thật."
            )
        )


def _local(moment: datetime) -> str:
    return vn_time.local(moment).strftime("%H:%M:%S")
