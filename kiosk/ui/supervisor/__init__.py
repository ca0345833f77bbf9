"""The supervisor's review of the accounts created at their units (docs/supervisor.md).

    view = SupervisorView(client, officer, settings)   # self-contained; start()/stop()

`attach(session, officer)` is the whole integration with the session controller: it shows the
view instead of the officer's home, locks the screen when the gateway ends the session, and
forgets every citizen's data on log-out.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.portal.models import Officer
from kiosk.ui.supervisor.view import SupervisorView

__all__ = ["SupervisorView", "attach"]


def attach(session: Any, officer: Officer) -> SupervisorView:
    """Show the supervisor's screen for `officer` in `session` (a SessionController)."""
    view = SupervisorView(session.client, officer, session.settings)
    view.session_expired.connect(session.session_expired)
    window = session.window
    window.set_officer_text(
        lambda: QCoreApplication.translate("SupervisorView", "Giám sát viên: {name}").format(
            name=officer.full_name
        )
    )

    def ended() -> None:
        session.ended.disconnect(ended)
        view.close_session()
        window.pages.removeWidget(view)
        view.deleteLater()

    session.ended.connect(ended)
    window.show_page(view)
    session.idle.watch(window)
    session.idle.start()
    return view
