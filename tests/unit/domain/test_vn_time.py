"""One clock: every time an officer, a supervisor or a form shows is Vietnam time, whatever
zone the PC's operating system is set to."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from kiosk.domain import vn_time
from tests.helpers.pc_zone import UTC_PC, VIETNAM_PC, pc_zone  # noqa: F401

# The account: created at 18:04 on 5 December, UTC.
CREATED = datetime(2026, 12, 5, 18, 4, tzinfo=UTC)


def test_a_utc_pc_shows_the_vietnam_day_and_hour(pc_zone) -> None:  # noqa: F811
    pc_zone(UTC_PC)
    assert vn_time.pc_offset() == timedelta(0)
    shown = vn_time.local(CREATED)
    assert (shown.day, shown.month, shown.hour, shown.minute) == (6, 12, 1, 4)
    assert vn_time.day_of(CREATED) == date(2026, 12, 6)
    pc_zone(VIETNAM_PC)
    assert vn_time.pc_offset() == timedelta(hours=7)
    assert vn_time.local(CREATED) == shown  # the PC's zone changes nothing shown


def test_a_naive_moment_is_already_vietnam_time() -> None:
    naive = datetime(2026, 12, 6, 1, 4)
    assert vn_time.local(naive).replace(tzinfo=None) == naive
    assert vn_time.now().utcoffset() == timedelta(hours=7)


def test_the_officers_screens_and_the_supervisors_agree(pc_zone) -> None:  # noqa: F811
    """Home list, result page, history, SMS panel and the supervisor's list: one clock (on a
    UTC PC the officer read 05/12 18:04 where the supervisor read 06/12 01:04)."""
    from kiosk.ui.supervisor.formatting import moment_text
    from kiosk.ui.wizard import history, result_page, sms_panel

    pc_zone(UTC_PC)
    assert result_page._local_time(CREATED.isoformat()) == "01:04 06/12/2026"
    assert history._local(CREATED) == "06/12/2026 01:04"
    assert sms_panel._local(CREATED) == "01:04:00"
    assert moment_text(CREATED) == "01:04 06/12/2026"
