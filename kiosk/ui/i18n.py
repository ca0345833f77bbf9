"""UI language: Vietnamese source strings, English through kiosk_en.qm.

Source strings are Vietnamese so the default UI never depends on a .qm file being found.
Qt's own strings (standard buttons, wizard buttons) come from qtbase_<lang>.qm: Qt ships no
Vietnamese catalogue, so resources/i18n/qtbase_vi.ts carries the ones the kiosk shows.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk.resources import translations_dir

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> list[str]:
    """Install the translators for language; return the catalogues that loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
    )
    loaded: list[str] = []
    candidates = [
        (f"qtbase_{language}", str(translations_dir())),
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"kiosk_{language}", str(translations_dir())),
    ]
    seen: set[str] = set()
    for name, directory in candidates:
        if name in seen:
            continue
        translator = QTranslator(app)
        if translator.load(name, directory):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
            seen.add(name)
    if language != "vi" and f"kiosk_{language}" not in loaded:
        log.warning("translation kiosk_%s not found in %s", language, translations_dir())
    return loaded
