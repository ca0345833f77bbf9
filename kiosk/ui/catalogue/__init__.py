"""The words for the codes the Qt-free layers hand over: one catalogue, Qt's.

The domain, the scanner, the journal and the doctor return codes with values; each module
here maps the codes of one layer to a QT_TRANSLATE_NOOP source sentence (Vietnamese), so
`make i18n-update` extracts them into resources/i18n/kiosk_en.ts like every other UI string,
and renders them in the language installed (kiosk.ui.i18n). The `kiosk doctor` command loads
the same translator without a GUI (kiosk.ui.catalogue.doctor.load_language).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    # PySide6 types the marker as returning object; it returns the source text unchanged.
    def QT_TRANSLATE_NOOP(context: str, source: str) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "fill"]

log = logging.getLogger(__name__)


def fill(context: str, source: str, params: Mapping[str, object]) -> str:
    """The translation of source, with {name} fields filled from params.

    A translation that names a field the code does not carry is a catalogue bug: the words
    are still shown, unfilled, rather than nothing.
    """
    text = QCoreApplication.translate(context, source)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        log.warning("catalogue %s: fields of %r do not match %s", context, source, sorted(params))
        return text
