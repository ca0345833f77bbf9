"""One officer's session at one counter: a logged-in client and its CaseService."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from kiosk.cases import CaseService
from kiosk.journal import Journal
from kiosk.portal import GatewayClient
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
        officer = self.client.login(username, DEMO_PASSWORD)
        unit = next(u for u in officer.units if u.eligible)
        options: dict[str, Any] = {} if clock is None else {"clock": clock}
        self.service = CaseService(journal, self.client, officer, unit, **options)
        self.officer_id = str(officer.id)

    def log_in(self) -> None:
        self.client.login(self.username, DEMO_PASSWORD)

    def close(self) -> None:
        self.client.close()
