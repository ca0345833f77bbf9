"""The packaging rules (packaging/bundle_plan.py) are importable without building anything."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
# packaging/ is a folder of scripts, not a package (the name would shadow PyPI's `packaging`).
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))
