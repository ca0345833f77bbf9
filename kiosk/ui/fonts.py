"""The UI's own font: Be Vietnam Pro, carried by the `fontpkg-be-vietnam-pro` wheel.

A counter PC may have no system font with Vietnamese glyphs (seen on stripped Windows images
and minimal Linux installs): Qt would then draw boxes for ư, ơ, ấ… Registering the bundled
faces and making them the application font gives the same letters on every desk.
"""

from __future__ import annotations

import importlib.resources
import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

FONT_PACKAGE = "fontpkg_be_vietnam_pro"
FACES = (
    "BeVietnamPro-Regular.ttf",
    "BeVietnamPro-SemiBold.ttf",
    "BeVietnamPro-Bold.ttf",
    "BeVietnamPro-Italic.ttf",
)
POINT_SIZE = 10


def install(app: QApplication) -> str | None:
    """Register the faces and use them as the application font; the family, or None."""
    try:
        root = importlib.resources.files(FONT_PACKAGE) / "files"
    except ModuleNotFoundError:
        log.warning("UI font package %s missing; using the system font", FONT_PACKAGE)
        return None
    family = None
    for name in FACES:
        path = Path(str(root / name))
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    if family is None:
        log.warning("UI font files not found in %s; using the system font", FONT_PACKAGE)
        return None
    app.setFont(QFont(family, POINT_SIZE))
    return family
