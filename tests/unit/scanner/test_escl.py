"""eSCL against a real HTTP scanner on loopback, driven by our client and by sane-airscan."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from kiosk.scanner import escl, imaging
from kiosk.scanner.device import ScanOptions, no_progress
from kiosk.scanner.errors import (
    DeviceBusyError,
    DeviceOfflineError,
    ScanCancelledError,
)
from tests.helpers import sane_test
from tests.helpers.escl_server import MockEscl, running
from tests.unit.scanner import scenes


@pytest.fixture
def glass(front_crop: Image.Image) -> Image.Image:
    # The card laid near the glass corner, a little crooked, on an A4 platen at 300 dpi.
    page, _ = scenes.flatbed_page(front_crop, angle=4.0, offset_mm=(5.0, 6.0))
    return page


@pytest.fixture
def mock(glass: Image.Image) -> MockEscl:
    return MockEscl(page=glass)


@pytest.fixture
def url(mock: MockEscl) -> Iterator[str]:
    with running(mock) as base:
        yield base


def test_capabilities(url: str) -> None:
    caps = escl.EsclClient(url).capabilities()
    assert caps.resolutions == (150, 300, 600)
    assert caps.color and caps.grey
    assert caps.max_width_mm == pytest.approx(215.9, abs=0.1)
    devices = escl.EsclDriver([url]).list_devices()
    assert [d.name for d in devices] == ["Mock eSCL Scanner"]


def test_scan_asks_for_the_card_region_and_finds_the_card(mock: MockEscl, url: str) -> None:
    progress: list[float] = []
    pages = escl.EsclClient(url).scan(ScanOptions(dpi=300), threading.Event(), progress.append)
    assert len(pages) == 1
    settings = next(iter(mock.jobs.values())).settings
    assert settings["XResolution"] == "300"
    assert settings["ColorMode"] == "RGB24"
    assert (settings["XOffset"], settings["YOffset"]) == ("0", "0")
    assert (settings["Width"], settings["Height"]) == ("1181", "827")
    assert pages[0].size == (1181, 827)
    assert progress[-1] == 1.0
    card = imaging.find_card(pages[0])
    assert card.size_mm[0] == pytest.approx(85.6, abs=0.3)


def test_grey_scan_and_nearest_resolution(mock: MockEscl, url: str) -> None:
    escl.EsclClient(url).scan(ScanOptions(dpi=200, color=False), threading.Event(), no_progress)
    settings = next(iter(mock.jobs.values())).settings
    assert settings["ColorMode"] == "Grayscale8"
    assert settings["XResolution"] == "150"  # 200 is not offered; 150 is the nearest


@pytest.mark.parametrize(
    ("state", "error"), [("Down", DeviceOfflineError), ("Processing", DeviceBusyError)]
)
def test_scanner_state_is_typed(mock: MockEscl, url: str, state: str, error: type) -> None:
    mock.state = state
    with pytest.raises(error):
        escl.EsclClient(url).scan(ScanOptions(), threading.Event(), no_progress)


def test_busy_scanner_post_409(mock: MockEscl, url: str) -> None:
    mock.post_status = 409
    with pytest.raises(DeviceBusyError):
        escl.EsclClient(url).scan(ScanOptions(), threading.Event(), no_progress)


def test_503_is_retried_then_busy(
    mock: MockEscl, url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(escl, "BUSY_RETRY_S", 0.01)
    mock.post_status = 503
    with pytest.raises(DeviceBusyError):
        escl.EsclClient(url).scan(ScanOptions(), threading.Event(), no_progress)
    assert sum(r == "POST /eSCL/ScanJobs" for r in mock.requests) == escl.BUSY_RETRIES


def test_feeder_empty_and_jam(mock: MockEscl, url: str) -> None:
    from kiosk.scanner.errors import FeederEmptyError, PaperJamError

    mock.adf_state = "ScannerAdfEmpty"
    with pytest.raises(FeederEmptyError):
        escl.EsclClient(url).scan(ScanOptions(source="feeder"), threading.Event(), no_progress)
    mock.adf_state = "ScannerAdfJam"
    with pytest.raises(PaperJamError):
        escl.EsclClient(url).scan(ScanOptions(source="feeder"), threading.Event(), no_progress)


def test_cancel_deletes_the_job(mock: MockEscl, url: str) -> None:
    mock.document_delay_s = 0.4
    cancel = threading.Event()
    timer = threading.Timer(0.1, cancel.set)
    timer.start()
    with pytest.raises(ScanCancelledError):
        escl.EsclClient(url).scan(ScanOptions(), cancel, no_progress)
    timer.join()
    assert any(r.startswith("DELETE /eSCL/ScanJobs/") for r in mock.requests)


def test_nobody_listening_is_offline() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(DeviceOfflineError) as err:
        escl.EsclClient(f"http://127.0.0.1:{port}/eSCL").status()
    assert err.value.problem == err.value.code


@pytest.mark.skipif(
    not sys.platform.startswith("linux")
    or not sane_test.airscan_installed()
    or shutil.which("scanimage") is None,
    reason="sane-airscan / sane-utils not installed",
)
def test_sane_airscan_drives_the_same_scanner(mock: MockEscl, url: str, tmp_path: Path) -> None:
    # In a process of its own (scanimage, SANE's own frontend): libsane keeps per-process
    # state, and this process's SANE already serves the `test` backend to other tests.
    folder = sane_test.write_config(tmp_path / "sane", test_backend=False, escl_url=url)
    env = dict(os.environ, SANE_CONFIG_DIR=str(folder))
    listed = subprocess.run(
        ["scanimage", "-L"], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert "airscan:e0:Mock" in listed.stdout
    out = tmp_path / "scan.png"
    subprocess.run(
        [
            "scanimage",
            "-d",
            "airscan:e0:Mock",
            "--mode",
            "Color",
            "--resolution",
            "300",
            "-x",
            "100",
            "-y",
            "70",
            "--format=png",
            "-o",
            str(out),
        ],
        env=env,
        capture_output=True,
        timeout=60,
        check=True,
    )
    settings = next(iter(mock.jobs.values())).settings
    assert settings["InputSource"] == "Platen"
    assert settings["XResolution"] == "300"
    assert int(settings["Width"]) == pytest.approx(1181, abs=2)
    card = imaging.find_card(imaging.open_image(out))
    assert card.size_mm[0] == pytest.approx(85.6, abs=0.3)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_a_scanner_answering_in_pdf_leaves_no_file_behind(
    samples_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some MFPs send only PDF: the card is read from memory, through pipes, never a file."""
    import tempfile

    import img2pdf
    from reportlab.pdfgen import canvas

    def no_temp_files(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a scan went to a temporary file")

    drawn = tmp_path / "drawn.pdf"  # a page without an image: rendered by pdftoppm
    c = canvas.Canvas(str(drawn), pagesize=(200, 100))
    c.rect(20, 20, 100, 50, fill=1)
    c.save()
    monkeypatch.setattr(tempfile, "mkdtemp", no_temp_files)
    monkeypatch.setattr(tempfile, "mkstemp", no_temp_files)
    scanned = img2pdf.convert([str(samples_dir / "000-front-crop.jpg")])
    assert escl.decode_document(scanned).size == (1011, 638)
    page = escl.decode_document(drawn.read_bytes())
    assert page.getpixel((page.width // 4, page.height // 2))[0] < 60
