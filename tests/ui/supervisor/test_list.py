"""The day's list: paging as it scrolls, masking, filters, refresh in place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from kiosk.sandbox.models import AuditEvent
from kiosk.sandbox.supervision import fold_text
from kiosk.ui.supervisor.accounts_model import AccountRole, Column
from tests.ui.supervisor.conftest import BULK
from tests.unit.report.factory import (
    DAY,
    EXTRA_OFFICER_NAME,
    PREVIOUS_DAY,
    insert_accounts,
    name_of,
)

COMMUNE = "HY-PHOHIEN"


def _column(view, column: Column) -> list[str]:
    model = view.model
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def _ids(view) -> set[str]:
    model = view.model
    return {model.data(model.index(r, 0), AccountRole).account_id for r in range(model.rowCount())}


def test_newest_first_paged_from_the_gateway_as_the_table_scrolls(
    qtbot, busy_day, make_view
) -> None:
    view = make_view()
    total = len(busy_day.all)
    assert view.model.total == total
    assert view.model.rowCount() == 100  # one page, not the whole day
    times = [view.model.account(r).created_at for r in range(view.model.rowCount())]
    assert times == sorted(times, reverse=True)
    assert "261" not in view.summary.text() and f"{total} tài khoản" in view.summary.text()

    view.table.scrollToBottom()  # QTableView asks the model for more at the end
    qtbot.waitUntil(lambda: view.model.rowCount() == 200, timeout=10_000)
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == total, timeout=10_000)
    assert not view.model.canFetchMore()
    assert _ids(view) == {m.account_id for m in busy_day.all}
    assert view.lists.tabText(0).endswith(f"({total}/{total})")


def test_id_numbers_and_phones_masked_in_every_row(busy_day, make_view, qtbot) -> None:
    view = make_view()
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == 200, timeout=10_000)
    shown = "\n".join(_column(view, Column.ID_NUMBER) + _column(view, Column.PHONE))
    assert shown.count("*") >= 2 * 200
    assert not any(m.id_number in shown for m in busy_day.all)
    assert not any("0" + m.phone[3:] in shown or m.phone in shown for m in busy_day.all)
    names = set(_column(view, Column.CITIZEN))
    assert name_of(0) in names or name_of(1) in names  # names are shown in clear


def test_reveal_is_audited_and_shows_one_account_in_full(
    qtbot, gateway, busy_day, make_view, supervisor_client
) -> None:
    view = make_view()
    listed = view.model.account(5).account_id
    target = next(m for m in busy_day.all if m.account_id == listed)
    assert view.open_account(target.account_id)
    detail = view.detail
    assert detail.fields["date_of_birth"].text() == "(đã ẩn)"
    assert "*" in detail.fields["id_number"].text()

    qtbot.mouseClick(detail.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.full is not None, timeout=10_000)
    row = view.model.row_of(target.account_id)
    assert view.model.data(view.model.index(row, Column.ID_NUMBER)) == target.id_number
    assert detail.fields["id_number"].text() == target.id_number
    assert detail.fields["date_of_birth"].text().count("/") == 2
    others = [r for r in range(view.model.rowCount()) if r != row]
    assert all("*" in view.model.data(view.model.index(r, Column.ID_NUMBER)) for r in others)
    with gateway.gateway.db.read() as session:
        events = list(
            session.scalars(select(AuditEvent).where(AuditEvent.action == "account.reveal"))
        )
    officer_id = supervisor_client.officer.id
    assert [(e.officer_id, e.target, e.outcome) for e in events] == [
        (officer_id, target.account_id, "ok")
    ]

    qtbot.mouseClick(detail.reveal_button, Qt.MouseButton.LeftButton)  # "Ẩn thông tin"
    assert detail.full is None and "*" in detail.fields["id_number"].text()
    assert "*" in view.model.data(view.model.index(row, Column.ID_NUMBER))


def test_filters_by_unit_officer_text_status_and_day(qtbot, gateway, busy_day, make_view) -> None:
    view = make_view()
    bar = view.filters

    with qtbot.waitSignal(view.listed, timeout=10_000):
        bar.unit.setCurrentIndex(bar.unit.findData(COMMUNE))
    in_unit = [m for m in busy_day.all if m.unit_id == COMMUNE]
    assert view.model.total == len(in_unit)
    assert set(_column(view, Column.UNIT)) == {"phường Phố Hiến"}
    qtbot.waitUntil(lambda: bar.officer.findText(EXTRA_OFFICER_NAME) > 0, timeout=10_000)

    with qtbot.waitSignal(view.listed, timeout=10_000):
        bar.officer.setCurrentIndex(bar.officer.findText(EXTRA_OFFICER_NAME))
    assert set(_column(view, Column.OFFICER)) == {EXTRA_OFFICER_NAME}
    assert view.model.total == sum(1 for m in in_unit if m.officer == "canbo3.test")

    with qtbot.waitSignal(view.listed, timeout=10_000):
        bar.unit.setCurrentIndex(0)
        bar.officer.setCurrentIndex(0)
    target = busy_day.bulk[42]
    with qtbot.waitSignal(view.listed, timeout=10_000):
        bar.text.setText(target.id_number[-6:])  # digits of the ID number
    assert _ids(view) == {target.account_id}

    # a citizen's name typed without accents, in words no officer's name or counter holds
    officers = fold_text("Nguyễn Thị Lan canbo.demo Trần Văn Minh canbo2.demo Hoàng Minh Đức quầy")
    name = next(
        m.full_name
        for m in busy_day.bulk
        if not any(word in officers for word in fold_text(m.full_name).split())
    )
    words = fold_text(name).split()
    expected = {
        m.account_id for m in busy_day.all if all(w in fold_text(m.full_name) for w in words)
    }
    with qtbot.waitSignal(view.listed, timeout=10_000):
        bar.text.setText(" ".join(words).upper())
    assert view.model.total == len(expected) > 0
    view.table.scrollToBottom()
    qtbot.waitUntil(lambda: view.model.rowCount() == view.model.total, timeout=10_000)
    assert _ids(view) == expected

    with qtbot.waitSignal(view.listed, timeout=10_000):
        bar.text.clear()
        qtbot.keyClick(bar.text, Qt.Key.Key_Return)
    assert view.model.total == len(busy_day.all)

    earlier = insert_accounts(gateway, 3, day=PREVIOUS_DAY, first=5000)
    with qtbot.waitSignal(view.listed, timeout=10_000):
        bar.day.setDate(QDate(PREVIOUS_DAY.year, PREVIOUS_DAY.month, PREVIOUS_DAY.day))
    assert {m.account_id for m in earlier} <= _ids(view)
    assert not _ids(view) & {m.account_id for m in busy_day.all}
    assert "04/03/2026" in view.summary.text()


def test_refresh_shows_new_accounts_and_keeps_the_opened_one(
    qtbot, gateway, busy_day, make_view
) -> None:
    view = make_view()
    opened = view.model.account(4)
    view.open_account(opened.account_id)
    newer = insert_accounts(gateway, 2, first=9000)  # 07:30 + (9000*7 % 540) min, same day
    latest = max(newer, key=lambda m: m.created_at)
    with qtbot.waitSignal(view.listed, timeout=10_000):
        view.refresh()
    assert view.model.total == len(busy_day.all) + 2
    assert latest.account_id in _ids(view)
    current = view.table.currentIndex()
    assert view.model.account(current.row()).account_id == opened.account_id
    assert view.detail.account.account_id == opened.account_id


def test_midnight_moves_a_screen_that_showed_today(qtbot, busy_day, make_view) -> None:
    view = make_view()
    view.today = lambda: DAY + dt.timedelta(days=1)
    with qtbot.waitSignal(view.listed, timeout=10_000):
        view.refresh()
    assert view.filters.selected_day() == DAY + dt.timedelta(days=1)
    assert view.model.total == 0
    assert BULK > 0


def test_timer_runs_only_while_shown(qtbot, busy_day, make_view) -> None:
    view = make_view()
    assert view.running and view.timer.isActive()
    view.hide()
    assert not view.running and not view.timer.isActive()
    with qtbot.waitSignal(view.listed, timeout=10_000):
        view.show()  # a screen with rows refreshes rather than starting again
    assert view.timer.isActive() and view.model.rowCount() == 100
