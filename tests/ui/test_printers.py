"""The doctor's printer line: no printer fails, a file printer says where the prints go."""

from __future__ import annotations

import pytest

from kiosk.ui.printers import PrinterList, available_printers, judge


def test_no_printer_fails_with_its_code() -> None:
    verdict = judge(PrinterList([], ""), "")
    assert not verdict.ok
    assert verdict.codes == ["no_printer"] and verdict.hint_codes == ["install_printer"]


def test_this_machine_without_printers_fails_the_line(qapp) -> None:
    """Qt's own list, as `kiosk doctor` reads it."""
    found = available_printers()
    if found.names:
        pytest.skip("this machine has printers")
    assert judge(found, "").codes == ["no_printer"]


def test_a_file_printer_is_said_with_its_file() -> None:
    verdict = judge(PrinterList([], ""), "", "/srv/training/print.pdf")
    assert verdict.ok and verdict.codes == ["prints_to_file"]
    assert verdict.detail[0].values["file"] == "/srv/training/print.pdf"
