"""The place written on the form's date line when IT configured none ([counter] place).

Decree 30 puts the place-name of the issuing body there ("Hưng Yên, ngày …"). Unit names end
with it: "... tỉnh Hưng Yên", "Bộ phận Một cửa UBND phường Phố Hiến". The words after the last
administrative word are taken; a name without one gives "" and the form asks for the setting.
"""

from __future__ import annotations

import re

from kiosk.domain.names import collapse_spaces

# Longest first, so "thành phố" wins over "phố" inside a name.
_LEVELS = ("thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "tỉnh", "huyện", "quận", "xã")
_PATTERN = re.compile(
    r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in _LEVELS) + r")\s+(.+)$", re.IGNORECASE
)


def place_from_unit_name(unit_name: str) -> str:
    """'Trung tâm ... tỉnh Hưng Yên' -> 'Hưng Yên'; '' when the name does not say."""
    text = collapse_spaces(unit_name)
    best = ""
    # The last administrative word of the name is the nearest to the place itself.
    for match in _PATTERN.finditer(text):
        best = match.group(1)
    while True:
        inner = _PATTERN.search(best)
        if inner is None:
            break
        best = inner.group(1)
    words = best.split(" ")
    return " ".join(w[:1].upper() + w[1:].lower() for w in words if w)
