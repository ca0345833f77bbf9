"""`kiosk doctor`'s chip line: the readers pcscd shows and whether a CSCA is installed."""

from __future__ import annotations

from pathlib import Path

from kiosk.doctor.chip_check import chip_findings
from tests.helpers.pcsc_stack import PcscStack


def test_readers_and_csca(stack: PcscStack, csca_dir: Path, tmp_path: Path) -> None:
    found = chip_findings(str(csca_dir))
    assert found.state == "ok"
    codes = dict(found.detail)
    assert stack.reader in str(codes["chip_readers"]["readers"])
    assert codes["chip_csca_installed"]["count"] == 1

    assert [c for c, _ in chip_findings("").detail] == ["chip_readers", "chip_csca_none"]
    missing = chip_findings(str(tmp_path / "nowhere"))
    assert (missing.state, [c for c, _ in missing.hint]) == ("fail", ["chip_csca_install"])
    (tmp_path / "junk.pem").write_text("not a certificate")
    assert chip_findings(str(tmp_path)).state == "fail"
