from PySide6.QtGui import QFont, QFontMetrics

from kiosk.ui import fonts


def test_bundled_ui_font_has_every_vietnamese_letter(qapp) -> None:
    before = qapp.font()
    try:
        family = fonts.install(qapp)
        assert family == "Be Vietnam Pro"
        metrics = QFontMetrics(QFont(family, 11))
        for letter in "ăâđêôơưẮẰẲẴẶắằẳẵặỆỀỂỄộồổỗựữỹĐ":
            assert metrics.inFontUcs4(ord(letter)), letter
    finally:
        qapp.setFont(before)
