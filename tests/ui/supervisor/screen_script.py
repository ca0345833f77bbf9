"""Run by test_screenshot.py in a child process on an X server (Xvfb): the supervisor's screen
as a person sees it at 1366×768, written to a PNG, with a few facts about the layout as JSON.

    python -m tests.ui.supervisor.screen_script GATEWAY_URL OUT.png OUT.json
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.portal.client import GatewayClient
from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.ui.main_window import MainWindow
from kiosk.ui.style import STYLESHEET
from kiosk.ui.supervisor import SupervisorView
from kiosk.ui.supervisor.detail_panel import TAB_CARD
from tests.helpers.gateway import SUPERVISOR
from tests.unit.report.factory import DAY

TIMEOUT_MS = 20_000


def main(url: str, png: str, facts: str) -> int:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLESHEET)
    client = GatewayClient(url)
    officer = client.login(SUPERVISOR, DEMO_PASSWORD)
    settings = Settings()
    window = MainWindow(settings)
    view = SupervisorView(client, officer, settings, today=lambda: DAY)
    window.set_officer_text(f"Giám sát viên: {officer.full_name}")
    window.show_page(view)
    window.showMaximized()
    result = {"ok": False}

    def opened() -> None:
        view.listed.disconnect(opened)
        view.open_account(view.model.account(0).account_id)  # type: ignore[union-attr]
        view.detail.tabs.setCurrentIndex(TAB_CARD)
        wait_for_card(0)

    def wait_for_card(tries: int) -> None:
        if not view.detail.card.showing_pdf and tries < 100:
            QTimer.singleShot(100, lambda: wait_for_card(tries + 1))
            return
        QTimer.singleShot(600, shoot)  # QPdfView renders pages asynchronously

    def shoot() -> None:
        screen = app.primaryScreen()
        screen.grabWindow(0).save(png)
        table = view.table
        last_column = table.horizontalHeader().sectionViewportPosition(6) + table.columnWidth(6)
        result.update(
            ok=True,
            screen=[screen.size().width(), screen.size().height()],
            window=[window.frameGeometry().width(), window.frameGeometry().height()],
            minimum=[window.minimumSizeHint().width(), window.minimumSizeHint().height()],
            table_fits=last_column <= table.viewport().width(),
            rows=view.model.rowCount(),
            card_shown=view.detail.card.showing_pdf,
        )
        app.quit()

    view.listed.connect(opened)
    QTimer.singleShot(TIMEOUT_MS, app.quit)
    app.exec()
    client.close()
    with open(facts, "w", encoding="utf-8") as fh:
        json.dump(result, fh)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
