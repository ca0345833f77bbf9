"""The day's accounts as a table model: one row per account, loaded a page at a time.

The view never holds a widget per row: QTableView asks this model for what is on screen, and
when the supervisor scrolls to the end, fetchMore() asks the screen for the next page from the
gateway. ID numbers and phones come masked from the gateway; a row shows them in full only
after an audited reveal of that account (`set_revealed`), and only until the model is cleared.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from kiosk.domain.phone import format_phone_display
from kiosk.portal.models import Account
from kiosk.portal.supervision import SupervisedAccount
from kiosk.ui.supervisor.formatting import local, short_unit_name, state_colour, state_label

AnyIndex = QModelIndex | QPersistentModelIndex

# The row's account, for the view and the tests (Qt.UserRole).
AccountRole = Qt.ItemDataRole.UserRole


def _order(item: SupervisedAccount) -> tuple[float, str]:
    """The gateway's order: newest first, then by account id."""
    return (-item.created_at.timestamp(), item.account_id)


class Column(IntEnum):
    TIME = 0
    OFFICER = 1
    UNIT = 2
    CITIZEN = 3
    ID_NUMBER = 4
    PHONE = 5
    STATUS = 6


_HEADERS = (
    str(QT_TRANSLATE_NOOP("AccountsModel", "Giờ")),
    str(QT_TRANSLATE_NOOP("AccountsModel", "Cán bộ")),
    str(QT_TRANSLATE_NOOP("AccountsModel", "Đơn vị")),
    str(QT_TRANSLATE_NOOP("AccountsModel", "Công dân")),
    str(QT_TRANSLATE_NOOP("AccountsModel", "Số CCCD")),
    str(QT_TRANSLATE_NOOP("AccountsModel", "Điện thoại")),
    str(QT_TRANSLATE_NOOP("AccountsModel", "Trạng thái")),
)


class AccountsModel(QAbstractTableModel):
    # The next page is wanted (the view scrolled to the end): page number.
    more_wanted = Signal(int)

    def __init__(self, page_size: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._rows: list[SupervisedAccount] = []
        self._index: dict[str, int] = {}
        self._revealed: dict[str, Account] = {}
        self.total = 0
        self.loading_more = False

    # -- contents -------------------------------------------------------------------------
    def account(self, row: int) -> SupervisedAccount | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, account_id: str) -> int | None:
        return self._index.get(account_id)

    def accounts(self) -> list[SupervisedAccount]:
        return list(self._rows)

    def revealed(self, account_id: str) -> Account | None:
        return self._revealed.get(account_id)

    def clear(self) -> None:
        """Forget every row and every revealed record (filter change, log-out)."""
        self.beginResetModel()
        self._rows = []
        self._index = {}
        self._revealed = {}
        self.total = 0
        self.loading_more = False
        self.endResetModel()

    def append_page(self, items: Sequence[SupervisedAccount], total: int) -> None:
        """Rows of the next page; rows already held (shifted by new accounts) are skipped."""
        self.loading_more = False
        fresh = [i for i in items if i.account_id not in self._index]
        self.total = total
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self._reindex()
            self.endInsertRows()

    def merge_changes(
        self, items: Sequence[SupervisedAccount], total: int, review: str | None = None
    ) -> bool:
        """A refresh's changes (kiosk.portal.supervision.fetch_changes): a held account is
        updated in place, or dropped when it left the `review` filter; a new one is inserted at
        its place (newest first) when that place is within the rows held; beyond them it comes
        with the next page. Returns True when rows were inserted or removed."""
        moved = False
        everything = len(self._rows) >= self.total
        for item in items:
            fits = review is None or item.review_state == review
            row = self._index.get(item.account_id)
            if row is not None and fits:
                if item != self._rows[row]:
                    self._rows[row] = item
                    self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
            elif row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self._revealed.pop(item.account_id, None)
                self._reindex()
                self.endRemoveRows()
                moved = True
            elif fits:
                place = bisect.bisect_left(self._rows, _order(item), key=_order)
                if place == len(self._rows) and not everything:
                    continue  # past the rows held: the next page brings it
                self.beginInsertRows(QModelIndex(), place, place)
                self._rows.insert(place, item)
                self._reindex()
                self.endInsertRows()
                moved = True
        self.total = total
        return moved

    def update_account(self, item: SupervisedAccount) -> None:
        row = self._index.get(item.account_id)
        if row is None:
            return
        self._rows[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def set_revealed(self, account: Account | None, account_id: str) -> None:
        """Show this account's ID number and phone in full (account) or masked again (None)."""
        if account is None:
            self._revealed.pop(account_id, None)
        else:
            self._revealed[account_id] = account
        row = self._index.get(account_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, Column.ID_NUMBER), self.index(row, Column.PHONE))

    def _reindex(self) -> None:
        self._index = {r.account_id: n for n, r in enumerate(self._rows)}

    # -- paging (QAbstractItemModel's incremental loading) -----------------------------------
    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return not self.loading_more and 0 < len(self._rows) < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self.loading_more = True
        # The page holding the first row not held: rows inserted or dropped by refreshes shift
        # the gateway's pages, and the rows already held in that page are skipped.
        self.more_wanted.emit(len(self._rows) // self.page_size + 1)

    # -- QAbstractTableModel ----------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_HEADERS):
            return QCoreApplication.translate("AccountsModel", _HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.account(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = Column(index.column())
        if role == AccountRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.UNIT, Column.OFFICER):
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS:
            return state_colour(item.review_state)
        return None

    def _text(self, item: SupervisedAccount, column: Column) -> str:
        full = self._revealed.get(item.account_id)
        if column == Column.TIME:
            return f"{local(item.created_at):%H:%M}"
        if column == Column.OFFICER:
            return item.created_by.full_name if item.created_by else ""
        if column == Column.UNIT:
            return short_unit_name(item.unit.name) if item.unit else ""
        if column == Column.CITIZEN:
            return item.full_name
        if column == Column.ID_NUMBER:
            return full.id_number if full else item.id_number_masked
        if column == Column.PHONE:
            return format_phone_display(full.phone) if full else item.phone_masked
        return state_label(item.review_state)

    def _tooltip(self, item: SupervisedAccount, column: Column) -> str:
        if column == Column.UNIT:
            return item.unit.name if item.unit else ""
        officer = item.created_by
        return f"{officer.full_name} ({officer.username})" if officer else ""

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, Column.STATUS), self.index(last, Column.STATUS))
