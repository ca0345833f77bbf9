"""The contract document: generated from the code, committed as docs/openapi.json."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kiosk.sandbox.app import create_app
from kiosk.sandbox.settings import SandboxSettings


def openapi_document() -> dict[str, Any]:
    # An in-memory database without demo data: only the routes matter here.
    app = create_app(SandboxSettings(database_url="sqlite://", seed_demo_data=False))
    return app.openapi()


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_openapi(path: Path) -> Path:
    path.write_text(render(openapi_document()), encoding="utf-8")
    return path
