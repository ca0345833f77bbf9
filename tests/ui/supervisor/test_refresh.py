"""The 30-second refresh asks for what changed since its last answer, not for the rows shown."""

from __future__ import annotations

from collections import Counter

from kiosk.portal.client import GatewayClient
from kiosk.portal.supervision import DayQuery, SupervisedPage
from kiosk.sandbox.seed import DEMO_PASSWORD
from kiosk.ui.supervisor.accounts_model import AccountRole
from tests.ui.supervisor.conftest import SUPERVISOR
from tests.unit.report.factory import create_through_api

LATE = 8 * 3600  # past the busy day's last account (16:30 local): only new changes are news


class Recording:
    """The real client, counting the accounts each search brings back."""

    def __init__(self, client: GatewayClient) -> None:
        self.client = client
        self.rows: list[int] = []
        self.original = client.search_accounts

    def __call__(self, query: DayQuery, page: int = 1, page_size: int = 50) -> SupervisedPage:
        answer = self.original(query, page=page, page_size=page_size)
        self.rows.append(len(answer.items))
        return answer


def _ids(view) -> list[str]:
    model = view.model
    return [model.data(model.index(r, 0), AccountRole).account_id for r in range(model.rowCount())]


def test_a_refresh_brings_the_changes_only_and_shows_nothing_twice(
    qtbot, gateway, gateway_clock, busy_day, make_view, supervisor_client, monkeypatch
) -> None:
    gateway_clock.advance(LATE)
    view = make_view()
    total = len(busy_day.all)
    while view.model.rowCount() < total:  # the supervisor scrolled to the end of the day
        before = view.model.rowCount()
        view.table.scrollToBottom()
        qtbot.waitUntil(lambda before=before: view.model.rowCount() > before, timeout=10_000)
    opened = view.model.account(5)
    view.open_account(opened.account_id)
    gateway_clock.advance(60)

    recording = Recording(supervisor_client)
    monkeypatch.setattr(supervisor_client, "search_accounts", recording)
    with qtbot.waitSignal(view.listed, timeout=10_000):
        view.refresh()
    assert recording.rows == [0]  # nothing changed: nothing came back

    # another supervisor's screen marks the opened account; a counter makes a new one
    with GatewayClient(gateway.url) as other:
        other.login(SUPERVISOR, DEMO_PASSWORD)
        other.review(opened.account_id, "needs_action", "ảnh mờ")
    gateway_clock.advance(1)
    new = create_through_api(gateway, "canbo.demo", "HY-PHOHIEN", 77)
    recording.rows.clear()
    with qtbot.waitSignal(view.listed, timeout=10_000):
        view.refresh()
    assert recording.rows == [2]  # the two changes, not the 232 rows shown

    ids = _ids(view)
    assert max(Counter(ids).values()) == 1  # nothing twice
    assert len(ids) == total + 1 == view.model.total
    assert ids[0] == new.account_id  # the newest on top
    row = view.model.row_of(opened.account_id)
    assert row is not None and view.model.account(row).review_state == "needs_action"
    assert view.detail.account.review_state == "needs_action"  # the opened one shows it too
    assert view.model.account(view.table.currentIndex().row()).account_id == opened.account_id


def test_a_list_filtered_by_state_drops_an_account_reviewed_elsewhere(
    qtbot, gateway, gateway_clock, busy_day, make_view
) -> None:
    gateway_clock.advance(LATE)
    view = make_view()
    with qtbot.waitSignal(view.listed, timeout=10_000):
        view.filters.review.setCurrentIndex(view.filters.review.findData("unreviewed"))
    before = view.model.total
    leaving = view.model.account(0)
    gateway_clock.advance(60)
    with GatewayClient(gateway.url) as other:
        other.login(SUPERVISOR, DEMO_PASSWORD)
        other.review(leaving.account_id, "checked", "")
    with qtbot.waitSignal(view.listed, timeout=10_000):
        view.refresh()
    assert leaving.account_id not in _ids(view)
    assert view.model.total == before - 1
