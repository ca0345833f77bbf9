"""A supervisor's screen against the real training gateway with a busy day of accounts.

The day: 230 accounts inserted through the gateway's own database layer (three requests per
account through the API would make every test slow) plus two made through the API as a counter
makes them, one of them with its request form stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from kiosk.config import Settings
from kiosk.portal.client import GatewayClient
from kiosk.sandbox import RunningGateway
from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.ui.supervisor import SupervisorView
from tests.helpers.gateway import (  # noqa: F401
    COMMUNE_UNIT,
    OFFICER,
    OFFICER_2,
    OTHER_COMMUNE_UNIT,
    PROVINCE_UNIT,
    SUPERVISOR,
    gateway,
    gateway_clock,
    make_gateway,
)
from tests.unit.report.factory import DAY, Made, create_through_api, insert_accounts

BULK = 230
HOUR_MS = 3_600_000  # the refresh timer never fires by itself during a test


@dataclass(frozen=True)
class BusyDay:
    bulk: list[Made]
    with_form: Made
    without_form: Made

    @property
    def all(self) -> list[Made]:
        return [*self.bulk, self.with_form, self.without_form]


@pytest.fixture
def busy_day(gateway: RunningGateway) -> BusyDay:  # noqa: F811
    bulk = insert_accounts(gateway, BULK)
    with_form = create_through_api(gateway, OFFICER, PROVINCE_UNIT, 1)
    without_form = create_through_api(gateway, OFFICER_2, OTHER_COMMUNE_UNIT, 2, with_form=False)
    return BusyDay(bulk, with_form, without_form)


@pytest.fixture
def supervisor_client(gateway: RunningGateway) -> Iterator[GatewayClient]:  # noqa: F811
    client = GatewayClient(gateway.url)
    client.login(SUPERVISOR, DEMO_PASSWORD)
    yield client
    client.close()


@pytest.fixture
def make_view(qtbot, supervisor_client: GatewayClient) -> Callable[..., SupervisorView]:
    def make(settings: Settings | None = None) -> SupervisorView:
        officer = supervisor_client.officer
        assert officer is not None
        view = SupervisorView(
            supervisor_client,
            officer,
            settings or Settings(),
            today=lambda: DAY,
            refresh_ms=HOUR_MS,
        )
        qtbot.addWidget(view)
        view.resize(1366, 700)
        with qtbot.waitSignals([view.listed, view.totals_shown], timeout=15_000):
            view.show()  # showEvent starts the screen: first page and totals
        return view

    return make
