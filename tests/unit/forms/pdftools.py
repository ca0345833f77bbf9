"""Reading our PDFs back the way a person's tools would: pypdf for text and pages, poppler for
fonts and word boxes."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pypdf
import pytest

POPPLER = shutil.which("pdftotext") and shutil.which("pdffonts")
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils not installed")

_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def reader(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in reader(pdf).pages]


def flat(text: str) -> str:
    """Whitespace runs to one space: a wrapped line reads as the text it came from."""
    return " ".join(text.split())


def _run(tool: str, pdf: bytes, *args: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(pdf)
        done = subprocess.run(
            [tool, *args, str(path), "-"] if tool == "pdftotext" else [tool, *args, str(path)],
            capture_output=True,
            check=True,
        )
    return done.stdout.decode("utf-8")


def poppler_text(pdf: bytes) -> str:
    return _run("pdftotext", pdf, "-enc", "UTF-8")


@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    y0: float  # from the top of the page, as poppler reports it
    x1: float
    y1: float
    text: str


def words(pdf: bytes) -> tuple[list[tuple[float, float]], list[Word]]:
    """Page sizes and every word with its box (points)."""
    html = _run("pdftotext", pdf, "-bbox", "-enc", "UTF-8")
    pages: list[tuple[float, float]] = []
    found: list[Word] = []
    for chunk in html.split("<page ")[1:]:
        size = _PAGE.match("<page " + chunk)
        assert size is not None
        pages.append((float(size.group(1)), float(size.group(2))))
        for m in _WORD.finditer(chunk):
            x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
            found.append(Word(len(pages), x0, y0, x1, y1, unescape(m.group(5))))
    return pages, found


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool
    subset: bool
    unicode_map: bool


def fonts(pdf: bytes) -> list[FontRow]:
    out = _run("pdffonts", pdf)
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name type [type…] encoding emb sub uni object-id generation
        emb, sub, uni = parts[-5], parts[-4], parts[-3]
        rows.append(FontRow(parts[0], parts[1], emb == "yes", sub == "yes", uni == "yes"))
    return rows
