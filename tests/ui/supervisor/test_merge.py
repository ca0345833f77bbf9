"""The list model applies a refresh's changes in place: update, insert at its place, drop."""

from __future__ import annotations

import datetime as dt

from kiosk.portal.models import OfficerRef, Review
from kiosk.portal.supervision import SupervisedAccount
from kiosk.ui.supervisor.accounts_model import AccountsModel

START = dt.datetime(2026, 3, 5, 1, 0, tzinfo=dt.UTC)
REVIEWER = OfficerRef(id=3, username="giamsat.demo", full_name="Phạm Thu Hà")


def _account(minute: int, review: str | None = None) -> SupervisedAccount:
    return SupervisedAccount(
        account_id=f"00000000-0000-4000-8000-{minute:012d}",
        created_at=START + dt.timedelta(minutes=minute),
        full_name=f"Công dân {minute}",
        id_number_masked="033*******34",
        phone_masked="09** *** *34",
        review=Review(status=review, note="", reviewed_by=REVIEWER, reviewed_at=START)
        if review
        else None,
    )


def _minutes(model: AccountsModel) -> list[int]:
    return [int(model.account(r).account_id[-12:]) for r in range(model.rowCount())]


def test_changes_update_insert_within_the_rows_held_and_drop(qtbot) -> None:
    model = AccountsModel(page_size=4)
    model.append_page([_account(m) for m in (90, 80, 70, 60)], total=8)  # 4 of 8 held
    wanted: list[int] = []
    model.more_wanted.connect(wanted.append)

    moved = model.merge_changes(
        [
            _account(80, "checked"),  # held: updated in place
            _account(75),  # new, between held rows: inserted at its place
            _account(10),  # new, past the rows held: the next page brings it
            _account(95),  # new, newest: on top
        ],
        total=11,
    )
    assert moved
    assert _minutes(model) == [95, 90, 80, 75, 70, 60]
    assert model.account(2).review_state == "checked" and model.total == 11
    # the next page starts at the first row not held (6 // 4 + 1): page 2 of the new order
    model.fetchMore()
    assert wanted == [2]

    model.loading_more = False
    assert model.merge_changes([_account(70, "checked")], total=10, review="unreviewed")
    assert 70 not in _minutes(model)  # it left the filter: dropped
    assert not model.merge_changes([_account(90)], total=10)  # the same row again: no move
    assert _minutes(model).count(90) == 1


def test_a_whole_day_held_takes_new_accounts_anywhere(qtbot) -> None:
    model = AccountsModel(page_size=4)
    model.append_page([_account(m) for m in (30, 20)], total=2)
    model.merge_changes([_account(5), _account(25)], total=4)
    assert _minutes(model) == [30, 25, 20, 5]
    assert not model.canFetchMore()
