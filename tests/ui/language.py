"""What counts as Vietnamese on a screen that should speak English."""

from __future__ import annotations

import re

# Letters only Vietnamese uses (with their capitals); plain ASCII is common to both languages.
VIETNAMESE = re.compile(
    r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE
)
