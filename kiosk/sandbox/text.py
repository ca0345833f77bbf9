"""Text as people type it when searching: no accents, no case."""

from __future__ import annotations

import unicodedata


def fold_text(text: str) -> str:
    """'Nguyễn Văn Đức' -> 'nguyen van duc': what people type when searching a name."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())
