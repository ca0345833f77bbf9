"""Opening an account: the scans inside the kiosk, review marks on the gateway, session end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from kiosk.sandbox.models import CitizenAccount
from kiosk.ui.supervisor.accounts_model import Column
from kiosk.ui.supervisor.detail_panel import TAB_CARD, TAB_DETAILS, TAB_FORM


def test_card_and_request_form_shown_inside_the_kiosk(qtbot, busy_day, make_view) -> None:
    view = make_view()
    made = busy_day.with_form
    with qtbot.waitSignal(view.listed, timeout=10_000):
        view.filters.text.setText(made.id_number[-6:])
        qtbot.keyClick(view.filters.text, Qt.Key.Key_Return)
    assert view.open_account(made.account_id)
    detail = view.detail
    assert "Quầy API" in detail.fields["counter"].text()
    assert detail.fields["created_by"].text() == "Nguyễn Thị Lan (canbo.demo)"

    detail.tabs.setCurrentIndex(TAB_CARD)
    qtbot.waitUntil(lambda: detail.card.showing_pdf, timeout=10_000)
    assert detail.card.page_count == 1
    detail.tabs.setCurrentIndex(TAB_FORM)
    qtbot.waitUntil(lambda: detail.form.showing_pdf, timeout=10_000)
    assert detail.form.page_count == 1

    # the next account opens on the same tab; it has no stored form
    other = busy_day.without_form
    with qtbot.waitSignal(view.listed, timeout=10_000):
        view.filters.text.setText(other.id_number[-6:])
        qtbot.keyClick(view.filters.text, Qt.Key.Key_Return)
    assert view.open_account(other.account_id)
    assert detail.tabs.currentIndex() == TAB_FORM
    assert not detail.form.showing_pdf
    assert "chưa gửi giấy đề nghị" in detail.form.message.text()
    detail.tabs.setCurrentIndex(TAB_CARD)
    qtbot.waitUntil(lambda: detail.card.showing_pdf, timeout=10_000)


def test_marks_live_on_the_gateway(qtbot, gateway, busy_day, make_view) -> None:
    view = make_view()
    item = view.model.account(2)
    view.open_account(item.account_id)
    dialog = view.ask_mark("needs_action")
    assert dialog is not None and dialog.needs_action.isChecked()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Ghi rõ" in dialog.error.text()  # a note is required
    dialog.note.setPlainText("Số điện thoại sai một chữ số; gọi lại công dân.")
    with qtbot.waitSignal(view.totals_shown, timeout=10_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    row = view.model.row_of(item.account_id)
    assert view.model.data(view.model.index(row, Column.STATUS)) == "Cần xử lý"
    assert view.detail.fields["note"].text().startswith("Số điện thoại sai")
    assert "1 cần xử lý" in view.summary.text()
    with gateway.gateway.db.read() as session:
        stored = session.scalar(select(CitizenAccount).where(CitizenAccount.id == item.account_id))
        assert stored is not None
        assert stored.review_status == "needs_action"
        assert stored.review_note.startswith("Số điện thoại sai")

    dialog = view.ask_mark("checked")
    assert dialog is not None and dialog.note.toPlainText().startswith("Số điện thoại sai")
    dialog.note.setPlainText("Đã gọi, công dân xác nhận số đúng.")
    with qtbot.waitSignal(view.totals_shown, timeout=10_000):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert "1 đã kiểm tra" in view.summary.text() and "0 cần xử lý" in view.summary.text()
    with gateway.gateway.db.read() as session:
        stored = session.get(CitizenAccount, item.account_id)
        assert stored is not None and stored.review_status == "checked"
    totals = view.totals_model
    texts = [totals.data(totals.index(r, c)) for r in range(totals.rowCount()) for c in range(6)]
    assert "TỔNG CỘNG" in texts and "Cộng đơn vị" in texts


def test_a_lapsed_session_asks_the_session_controller(
    qtbot, busy_day, make_view, supervisor_client
) -> None:
    view = make_view()
    view.detail.tabs.setCurrentIndex(TAB_DETAILS)
    supervisor_client.logout()  # as when the gateway revokes the session
    with qtbot.waitSignal(view.session_expired, timeout=10_000):
        view.refresh()
    assert view.error.isVisible() and "hết hạn" in view.error.text()
    view.close_session()
    assert view.model.rowCount() == 0 and view.detail.account is None
    assert view.totals_model.rowCount() == 0
