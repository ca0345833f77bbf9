"""One officer's session at one counter: a logged-in client and its CaseService."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from kiosk.cases import CaseService
from kiosk.journal import Journal
from kiosk.portal import GatewayClient, Officer, Offline, ServerError, Timeout
from kiosk.sandbox.seed import DEMO_PASSWORD
from tests.helpers.gateway import OFFICER_2
from tests.soak.flow import FAST_CLIENT


class Desk:
    """One officer's session at one counter: a logged-in client and its CaseService."""

    def __init__(
        self,
        url: str,
        journal: Journal,
        clock: Callable[[], datetime] | None = None,
        username: str = OFFICER_2,
        **client_options: Any,
    ) -> None:
        self.username = username
        self.client = GatewayClient(url, **{**FAST_CLIENT, **client_options})
        officer = self._log_in()
        unit = next(u for u in officer.units if u.eligible)
        options: dict[str, Any] = {} if clock is None else {"clock": clock}
        self.service = CaseService(journal, self.client, officer, unit, **options)
        self.officer_id = str(officer.id)

    def _log_in(self, attempts: int = 8) -> Officer:
        """Log in as a person does on a slow line: a timeout or a dropped answer, and they
        press "Đăng nhập" again (a loaded machine once killed a soak here)."""
        for attempt in range(attempts):
            try:
                return self.client.login(self.username, DEMO_PASSWORD)
            except (Offline, Timeout, ServerError):
                if attempt == attempts - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def log_in(self) -> None:
        self._log_in()

    def close(self) -> None:
        self.client.close()
