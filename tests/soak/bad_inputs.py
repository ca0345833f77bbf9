"""Files nobody should hand the kiosk, made on the spot: each as small as it can be."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from kiosk.scanner.imaging import MAX_FILE_BYTES


def _png_chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def bomb_png(width: int = 40_000, height: int = 40_000) -> bytes:
    """A valid PNG header announcing width × height pixels, with almost no data behind it."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", header)
        + _png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _png_chunk(b"IEND", b"")
    )


def bad_scans(folder: Path, good_jpeg: bytes) -> dict[str, Path]:
    """label -> file: truncated, empty, huge, not an image, a broken PDF."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "truncated JPEG": ("cut.jpg", good_jpeg[: len(good_jpeg) // 2]),
        "zero-byte file": ("empty.jpg", b""),
        "40000x40000 PNG header": ("bomb.png", bomb_png()),
        "text file named .jpg": ("note.jpg", "Không phải ảnh thẻ.\n".encode()),
        "broken PDF": ("scan.pdf", b"%PDF-1.4\n1 0 obj garbage"),
    }
    out = {}
    for label, (name, data) in files.items():
        path = folder / name
        path.write_bytes(data)
        out[label] = path
    # Larger than any scan may be, without writing it: a sparse file of that size.
    huge = folder / "huge.jpg"
    with huge.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    out["file over the size limit"] = huge
    return out
