"""Logging in to the kiosk window as the soak's officer."""

from __future__ import annotations

from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.ui.app import KioskApp
from tests.helpers.gateway import OFFICER_2
from tests.ui.wizard.driver import wait_until


def log_in(app: KioskApp, *, remember: bool = False) -> None:
    page = app.session.login_page
    wait_until(lambda: app.window.pages.currentWidget() is page, what="the log-in page")
    page.username.setText(OFFICER_2)
    page.password.setText(DEMO_PASSWORD)
    page.remember.setChecked(remember)
    page.submit.click()
    wait_until(lambda: app.work.service is not None, what="the start screen")
