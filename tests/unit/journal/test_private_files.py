"""A document in clear on disk: owner-only, inside the kiosk's cache, gone after the block."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.journal import private_temp_file, purge_leftovers
from kiosk.journal.private_files import PRIVATE_DIR, private_dir
from tests.unit.journal import citizen

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@posix_only
def test_file_is_owner_only_in_an_owner_only_folder_and_gone_after() -> None:
    pdf = citizen.form_pdf()
    with private_temp_file(pdf, ".pdf") as path:
        assert path.read_bytes() == pdf
        assert path.suffix == ".pdf"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert path.parent == paths.cache_dir() / PRIVATE_DIR
    assert not path.exists()
    assert list(private_dir().iterdir()) == []


def test_file_is_deleted_when_the_block_raises() -> None:
    class PrinterJammed(Exception):
        pass

    seen: list[Path] = []
    with pytest.raises(PrinterJammed), private_temp_file(citizen.scan_jpeg(), ".jpg") as path:
        seen.append(path)
        raise PrinterJammed
    assert seen and not seen[0].exists()


def test_a_viewer_deleting_the_file_early_is_fine() -> None:
    with private_temp_file(b"%PDF-1.7", ".pdf") as path:
        path.unlink()
    assert not path.exists()


def test_leftovers_of_a_killed_process_are_wiped_at_start() -> None:
    folder = private_dir()
    leftover = folder / "0123456789abcdef.pdf"
    leftover.write_bytes(citizen.form_pdf())
    os.chmod(leftover, 0o600)
    assert purge_leftovers() == 1
    assert not leftover.exists()
    assert purge_leftovers() == 0


def test_suffix_cannot_escape_the_private_folder() -> None:
    with pytest.raises(ValueError), private_temp_file(b"x", "/../../evil.pdf"):
        pass
