"""Images and PDFs the officer picks from disk (or a scanner left in a folder) as pages.

Image files go through imaging.open_image (bomb-safe, huge JPEGs decoded at reduced scale).
A PDF page that is a scan holds one image: it is extracted as it is with pypdf, its size
checked before decoding. A page without an image (a PDF printed from Word) is rendered with
poppler's pdftoppm where it is installed.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import threading
from pathlib import Path

from PIL import Image

from kiosk.scanner.device import (
    Capabilities,
    Progress,
    ScanDevice,
    ScanOptions,
    check_cancel,
)
from kiosk.scanner.errors import ImageTooLargeError, UnreadableImageError
from kiosk.scanner.imaging import MAX_FILE_BYTES, MAX_PIXELS, open_image, to_rgb

IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp", ".webp"})
PDF_SUFFIXES = frozenset({".pdf"})
SUFFIXES = IMAGE_SUFFIXES | PDF_SUFFIXES
MAX_PAGES = 10
PDFTOPPM_TIMEOUT_S = 60


def is_importable(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def load_pages(path: Path, *, dpi: int = 300, max_pages: int = MAX_PAGES) -> list[Image.Image]:
    """Every page of an image or PDF file as RGB images (at most max_pages)."""
    if not path.is_file():
        raise UnreadableImageError(f"{path.name}: not a file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ImageTooLargeError(f"{path.name}: {path.stat().st_size} bytes")
    with path.open("rb") as fh:
        head = fh.read(5)
    if head == b"%PDF-" or path.suffix.lower() in PDF_SUFFIXES:
        return _pdf_pages(path.read_bytes(), path.name, dpi=dpi, max_pages=max_pages)
    first = open_image(path)
    pages = [first]
    # Multi-page TIFFs (some MFPs write both sides into one file).
    with Image.open(path) as probe:
        frames = getattr(probe, "n_frames", 1)
    if frames > 1:
        for index in range(1, min(frames, max_pages)):
            with Image.open(path) as multi:
                multi.seek(index)
                if multi.width * multi.height > MAX_PIXELS:
                    raise ImageTooLargeError(f"page {index + 1}: {multi.width}×{multi.height}")
                pages.append(to_rgb(multi.copy()))
    return pages


def load_first_page(path: Path) -> Image.Image:
    return load_pages(path, max_pages=1)[0]


def load_pdf_bytes(
    data: bytes, *, label: str = "PDF", dpi: int = 300, max_pages: int = MAX_PAGES
) -> list[Image.Image]:
    """The pages of a PDF held in memory (a network scanner's answer): no file is written."""
    if len(data) > MAX_FILE_BYTES:
        raise ImageTooLargeError(f"{label}: {len(data)} bytes")
    return _pdf_pages(data, label, dpi=dpi, max_pages=max_pages)


def _pdf_pages(data: bytes, label: str, *, dpi: int, max_pages: int) -> list[Image.Image]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = list(reader.pages)[:max_pages]
    except (PdfReadError, OSError, ValueError) as exc:
        raise UnreadableImageError(f"{label}: {exc}") from exc
    if not pages:
        raise UnreadableImageError(f"{label}: no page")
    out: list[Image.Image] = []
    for number, page in enumerate(pages, start=1):
        image = _largest_page_image(page, number)
        if image is None:
            image = _render_page(data, label, number, dpi)
        out.append(image)
    return out


def _largest_page_image(page: object, number: int) -> Image.Image | None:
    """The page's largest image XObject, size-checked from its dictionary before decoding."""
    from pypdf import PageObject

    assert isinstance(page, PageObject)
    resources = page.get("/Resources")
    xobjects = resources.get_object().get("/XObject") if resources is not None else None
    if xobjects is None:
        return None
    best_name, best_px = None, 0
    for name, ref in xobjects.get_object().items():
        obj = ref.get_object()
        if obj.get("/Subtype") != "/Image":
            continue
        px = int(obj.get("/Width", 0)) * int(obj.get("/Height", 0))
        if px > MAX_PIXELS:
            raise ImageTooLargeError(f"page {number}: {px} px")
        if px > best_px:
            best_name, best_px = str(name), px
    if best_name is None:
        return None
    obj = xobjects.get_object()[best_name].get_object()
    filters = obj.get("/Filter")
    if filters == "/DCTDecode" or filters == ["/DCTDecode"]:
        # A scan's JPEG as it is: open_image decodes it with its own safety checks.
        return open_image(bytes(obj.get_data()))
    for image_file in page.images:
        if image_file.name.split(".")[0] == best_name.lstrip("/") and image_file.image:
            return to_rgb(image_file.image)
    return None


def _render_page(data: bytes, label: str, number: int, dpi: int) -> Image.Image:
    exe = shutil.which("pdftoppm")
    if exe is None:
        raise UnreadableImageError(f"{label}: page {number} has no image and no renderer")
    # In and out through pipes: an ID card never touches the shared temp dir.
    try:
        done = subprocess.run(  # noqa: S603 - fixed program, our own arguments, no shell
            [
                exe,
                "-r",
                str(dpi),
                "-f",
                str(number),
                "-l",
                str(number),
                "-jpeg",
                "-jpegopt",
                "quality=92",
                "-singlefile",
                "-",  # the PDF on stdin
            ],
            input=data,
            check=True,
            capture_output=True,
            timeout=PDFTOPPM_TIMEOUT_S,
        )
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
        raise UnreadableImageError(f"{label}: page {number} cannot be rendered") from exc
    return open_image(done.stdout)


class FileImportDriver:
    """Scanning from a file: the device id is the path the officer picked."""

    name = "file"

    def list_devices(self) -> list[ScanDevice]:
        # Files are not enumerable devices; the UI offers a file dialog and calls device_for().
        return []

    @staticmethod
    def device_for(path: Path) -> ScanDevice:
        return ScanDevice(backend="file", id=str(path), name=path.name)

    def capabilities(self, device: ScanDevice) -> Capabilities:
        return Capabilities(resolutions=(), sources=("file",))

    def scan(
        self,
        device: ScanDevice,
        options: ScanOptions,
        cancel: threading.Event,
        progress: Progress,
    ) -> list[Image.Image]:
        check_cancel(cancel)
        pages = load_pages(Path(device.id), dpi=options.dpi)
        check_cancel(cancel)
        progress(1.0)
        return pages
