"""File import (images, PDFs, multi-page TIFF) and the "scan to folder" watcher."""

from __future__ import annotations

import io
import os
import shutil
import threading
import time
from pathlib import Path

import img2pdf
import pytest
from PIL import Image

from kiosk.scanner.device import ScanDevice, ScanOptions, no_progress
from kiosk.scanner.errors import DeviceOfflineError, ScanCancelledError, UnreadableImageError
from kiosk.scanner.file_import import FileImportDriver, load_pages
from kiosk.scanner.watch_folder import WatchFolderDriver


def test_image_file_through_the_driver(samples_dir: Path) -> None:
    driver = FileImportDriver()
    device = driver.device_for(samples_dir / "000-front-flatbed.jpg")
    pages = driver.scan(device, ScanOptions(), threading.Event(), no_progress)
    assert [p.size for p in pages] == [(2480, 3508)]


def test_scanned_pdf_gives_its_jpeg_pages(samples_dir: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "scan.pdf"
    pdf.write_bytes(
        img2pdf.convert(
            [str(samples_dir / "000-front-crop.jpg"), str(samples_dir / "000-back-flatbed.jpg")]
        )
    )
    pages = load_pages(pdf)
    assert [p.size for p in pages] == [(1011, 638), (2480, 3508)]
    assert all(p.mode == "RGB" for p in pages)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_pdf_without_images_is_rendered(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "word.pdf"
    c = canvas.Canvas(str(pdf), pagesize=(200, 100))
    c.rect(20, 20, 100, 50, fill=1)
    c.save()
    pages = load_pages(pdf, dpi=72)
    assert len(pages) == 1
    assert pages[0].size == (200, 100)
    assert pages[0].getpixel((50, 50))[0] < 60  # the filled rectangle


def test_multipage_tiff(tmp_path: Path) -> None:
    path = tmp_path / "both.tif"
    frames = [Image.new("RGB", (300, 200), c) for c in ("red", "blue")]
    frames[0].save(path, save_all=True, append_images=frames[1:])
    pages = load_pages(path)
    assert [p.getpixel((1, 1)) for p in pages] == [(255, 0, 0), (0, 0, 255)]


def test_broken_files(tmp_path: Path) -> None:
    bad_pdf = tmp_path / "bad.pdf"
    bad_pdf.write_bytes(b"%PDF-1.4 nothing here")
    with pytest.raises(UnreadableImageError):
        load_pages(bad_pdf)
    with pytest.raises(UnreadableImageError):
        load_pages(tmp_path / "missing.png")


def _jpeg(path: Path) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (320, 200), (10, 120, 200)).save(buf, "JPEG")
    path.write_bytes(buf.getvalue())


def _folder_device(folder: Path) -> tuple[WatchFolderDriver, ScanDevice]:
    driver = WatchFolderDriver([folder], poll_s=0.02, timeout_s=5.0)
    return driver, driver.list_devices()[0]


def test_folder_picks_up_a_new_scan_and_deletes_it(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    old = folder / "old.jpg"
    _jpeg(old)
    hour_ago = time.time() - 3600
    os.utime(old, (hour_ago, hour_ago))
    driver, device = _folder_device(folder)
    timer = threading.Timer(0.15, _jpeg, args=(folder / "scan0001.jpg",))
    timer.start()
    pages = driver.scan(device, ScanOptions(), threading.Event(), no_progress)
    timer.join()
    assert [p.size for p in pages] == [(320, 200)]
    assert not (folder / "scan0001.jpg").exists()  # personal data is not left behind
    assert old.exists()  # an old file is not today's citizen


def test_folder_takes_a_scan_made_just_before(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    _jpeg(folder / "just-now.jpg")
    driver, device = _folder_device(folder)
    assert len(driver.scan(device, ScanOptions(), threading.Event(), no_progress)) == 1


def test_folder_cancel_and_missing_folder(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    driver, device = _folder_device(folder)
    cancel = threading.Event()
    timer = threading.Timer(0.1, cancel.set)
    timer.start()
    with pytest.raises(ScanCancelledError):
        driver.scan(device, ScanOptions(), cancel, no_progress)
    timer.join()
    folder.rmdir()
    with pytest.raises(DeviceOfflineError) as err:
        driver.scan(device, ScanOptions(), threading.Event(), no_progress)
    assert err.value.problem == "folder_unreachable"
    assert err.value.params == {"folder": str(folder)}
