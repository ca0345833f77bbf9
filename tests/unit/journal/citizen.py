"""A made-up citizen, and how to look for her data in raw bytes without printing it.

Failures name what was found (a label), never the value: test output must not carry an ID
number, a name or a phone in clear, even a made-up one.
"""

from __future__ import annotations

import io
import random
import unicodedata
from pathlib import Path
from typing import Any

from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ID_NUMBER = "033190004321"
OLD_ID_NUMBER = "145678902"
FULL_NAME = "Nguyễn Thị Ánh Tuyết"
PHONE = "+84912345678"
PHONE_LOCAL = "0912345678"
EMAIL = "anh.tuyet@example.vn"
ADDRESS = "Thôn Đông Kết, Xã Khoái Châu, Hưng Yên"


def fields(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id_number": ID_NUMBER,
        "old_id_number": OLD_ID_NUMBER,
        "full_name": FULL_NAME,
        "date_of_birth": "1990-03-05",
        "sex": "Nữ",
        "address": ADDRESS,
        "phone": PHONE,
        "email": EMAIL,
        "unit_id": "unit-hy-01",
        "phone_confirmed": True,
        "warnings_confirmed": [],
    }
    base.update(changes)
    return base


def personal_needles() -> dict[str, bytes]:
    """Every form of the citizen's data that could leak into a file."""
    out: dict[str, bytes] = {
        "id number": ID_NUMBER.encode(),
        "old id number": OLD_ID_NUMBER.encode(),
        "phone E.164": PHONE.encode(),
        "phone local": PHONE_LOCAL.encode(),
        "email": EMAIL.encode(),
    }
    for form in ("NFC", "NFD"):
        name = unicodedata.normalize(form, FULL_NAME)
        address = unicodedata.normalize(form, ADDRESS)
        out[f"name {form} utf-8"] = name.encode("utf-8")
        out[f"address {form} utf-8"] = address.encode("utf-8")
        out[f"name {form} utf-16"] = name.encode("utf-16-le")
        # json.dumps' default escaping, in case something serialised without ensure_ascii=False
        out[f"name {form} json-escaped"] = name.encode("ascii", "backslashreplace")
    out["surname ascii-folded"] = b"Nguyen Thi Anh Tuyet"
    return out


def scan_jpeg(seed: int = 1, size: tuple[int, int] = (640, 400)) -> bytes:
    """A real JPEG of noise: high entropy, so every chunk of it is unique in a file."""
    rng = random.Random(seed)
    image = Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()


def form_pdf() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=0)
    pdf.drawString(72, 760, f"Giay de nghi: {ID_NUMBER} {PHONE_LOCAL}")
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def chunks(data: bytes, size: int = 48) -> dict[str, bytes]:
    """Pieces smaller than a SQLite page, so a value split over pages is still found."""
    return {f"chunk@{i}": data[i : i + size] for i in range(0, len(data) - size + 1, size)}


def journal_bytes(path: Path) -> bytes:
    """The main file, its WAL and its shared-memory index, as they are on disk now."""
    parts = [Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm")]
    return b"".join(p.read_bytes() for p in parts if p.exists())


def found(haystack: bytes, needles: dict[str, bytes]) -> list[str]:
    return [label for label, needle in needles.items() if needle and needle in haystack]


def assert_absent(haystack: bytes, needles: dict[str, bytes]) -> None:
    leaks = found(haystack, needles)
    if leaks:
        raise AssertionError(f"found in the journal files: {leaks[:10]} ({len(leaks)} in all)")
