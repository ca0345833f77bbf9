"""The fonts the package carries: static faces, every Vietnamese letter, licence alongside."""

from __future__ import annotations

import unicodedata

from reportlab.pdfbase.ttfonts import TTFontFile

from kiosk.forms import fonts

TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")


def vietnamese_letters() -> set[str]:
    letters = set("đĐ")
    for base in "aăâeêioôơuưy":
        for tone in TONES:
            letter = unicodedata.normalize("NFC", base + tone)
            assert len(letter) == 1
            letters |= {letter, letter.upper()}
    return letters


def test_there_are_134_vietnamese_vowel_forms_and_d_stroke() -> None:
    assert len(vietnamese_letters()) == 12 * 6 * 2 + 2


def test_four_static_faces_with_every_vietnamese_letter() -> None:
    faces = fonts.font_faces()
    assert [f.name for f in faces] == [
        fonts.REGULAR,
        fonts.BOLD,
        fonts.ITALIC,
        fonts.BOLD_ITALIC,
    ]
    wanted = vietnamese_letters() | set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    wanted |= set("0123456789.,:;()/-–“”’…→•@&<>*")
    for face in faces:
        font = TTFontFile(str(face.path))
        # A variable font has an 'fvar' table; reportlab would draw only its default weight.
        assert "fvar" not in font.table, face.name
        missing = sorted(c for c in wanted if ord(c) not in font.charToGlyph)
        assert missing == [], face.name


def test_font_files_come_from_the_package_with_the_ofl() -> None:
    package_dir = fonts.licence_path().parent
    for face in fonts.font_faces():
        assert face.path.is_relative_to(package_dir)
    assert "SIL Open Font License" in fonts.licence_path().read_text(encoding="utf-8")


def test_registering_twice_is_harmless() -> None:
    assert fonts.register_fonts() == fonts.register_fonts() == fonts.FAMILY
