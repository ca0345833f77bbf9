"""One officer's session at one counter: a logged-in client and its CaseService."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from kiosk.cases import CaseService
from kiosk.journal import Journal
from kiosk.portal import GatewayClient, Officer, Offline, ServerError, SessionExpired, Timeout
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
        self.url = url
        self.options: dict[str, Any] = {**FAST_CLIENT, **client_options}
        self.client = GatewayClient(url, **self.options)
        officer = self._log_in()
        unit = next(u for u in officer.units if u.eligible)
        options: dict[str, Any] = {} if clock is None else {"clock": clock}
        self.service = CaseService(journal, self.client, officer, unit, **options)
        self.officer_id = str(officer.id)

    def _log_in(self, attempts: int = 8) -> Officer:
        """Log in as a person does on a slow line: they wait for "Đăng nhập" longer than a
        soak's client waits for a step (hashing a password on a loaded machine once outlasted
        that timeout every time and ended a soak), and press it again after a failure. The
        session then moves to the fast client (its refresh token, a cheap call)."""
        tokens: list[str | None] = []
        told = self.options.get("on_tokens_changed")

        def keep(token: str | None) -> None:
            tokens.append(token)
            if told is not None:
                told(token)  # a test that watches every token sees this one too

        patient_options = {**self.options, "read_timeout": 10.0, "on_tokens_changed": keep}
        patient = GatewayClient(self.url, **patient_options)
        try:
            for attempt in range(attempts):
                try:
                    patient.login(self.username, DEMO_PASSWORD)
                    token = tokens[-1] if tokens else None
                    if token is None:  # pragma: no cover - login either sets it or raises
                        raise AssertionError("logged in without a refresh token")
                    return self.client.resume(token)
                except (Offline, Timeout, ServerError, SessionExpired):
                    if attempt == attempts - 1:
                        raise
                    time.sleep(0.05 * (attempt + 1))
        finally:
            patient.close()
        raise AssertionError("unreachable")

    def log_in(self) -> None:
        self._log_in()

    def close(self) -> None:
        self.client.close()
