"""The serif every printed form uses: Crimson Text, carried by the `fontpkg-crimson-text` wheel.

Decree 30/2020 asks for Times New Roman, which cannot be shipped; a counter PC may have no font
with Vietnamese glyphs at all. Crimson Text (SIL OFL 1.1) has static Regular, Bold, Italic and
Bold Italic faces with every Vietnamese letter, and its widths are within ~4 % of Times.
reportlab embeds only the glyphs a document uses (subset), so a PDF reads right anywhere.

The files are found through the package (importlib.resources), never a system font folder, so
the same code works from a wheel and from a PyInstaller bundle. The packager must collect the
package's data files: `collect_data_files("fontpkg_crimson_text")` (the .ttf files, LICENSE
and metadata.json).
"""

from __future__ import annotations

import importlib.resources
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_PACKAGE = "fontpkg_crimson_text"
FAMILY = "KioskSerif"
REGULAR = "KioskSerif"
BOLD = "KioskSerif-Bold"
ITALIC = "KioskSerif-Italic"
BOLD_ITALIC = "KioskSerif-BoldItalic"

_FILES = {
    REGULAR: "CrimsonText-Regular.ttf",
    BOLD: "CrimsonText-Bold.ttf",
    ITALIC: "CrimsonText-Italic.ttf",
    BOLD_ITALIC: "CrimsonText-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered = False


class FontMissingError(RuntimeError):
    """The kiosk's own font files are not where the package put them (a broken install)."""


@dataclass(frozen=True)
class FontFace:
    name: str  # the name reportlab knows it by
    path: Path


def font_faces() -> list[FontFace]:
    """The four faces of the form font, as files on disk."""
    try:
        root = importlib.resources.files(FONT_PACKAGE) / "files"
    except ModuleNotFoundError as exc:
        raise FontMissingError(
            f"Thiếu gói phông chữ {FONT_PACKAGE}: không in được giấy tờ. "
            "Hãy cài lại phần mềm kiosk."
        ) from exc
    faces = []
    for name, filename in _FILES.items():
        path = Path(str(root / filename))
        if not path.is_file():
            raise FontMissingError(
                f"Thiếu tệp phông chữ {filename} (gói {FONT_PACKAGE}): không in được giấy tờ. "
                "Hãy cài lại phần mềm kiosk."
            )
        faces.append(FontFace(name, path))
    return faces


def licence_path() -> Path:
    """The OFL text that travels with the font files."""
    return Path(str(importlib.resources.files(FONT_PACKAGE) / "LICENSE"))


def register_fonts() -> str:
    """Register the four faces and their family once per process; returns the family name.

    After this, `<b>` and `<i>` in a Paragraph pick the right face of the family.
    """
    global _registered
    with _lock:
        if _registered:
            return FAMILY
        for face in font_faces():
            pdfmetrics.registerFont(TTFont(face.name, str(face.path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        # Paragraph markup looks faces up by (family, bold, italic).
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _registered = True
    return FAMILY
