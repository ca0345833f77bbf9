"""Generated scans and camera frames with a known card position, to check the imaging."""

from __future__ import annotations

import io
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from kiosk.scanner import geometry

A4_MM = (210.0, 297.0)


def flatbed_page(
    card: Image.Image,
    *,
    dpi: int = 300,
    angle: float = 0.0,
    offset_mm: tuple[float, float] = (20.0, 30.0),
    lid: tuple[int, int, int] = (246, 246, 242),
    shadow: bool = True,
    seed: int = 1,
) -> tuple[Image.Image, np.ndarray]:
    """A4 page with `card` (300-dpi crop) rotated by `angle` at `offset_mm`; returns corners."""
    scale = dpi / 300
    c = card.resize((round(card.width * scale), round(card.height * scale)))
    w, h = round(A4_MM[0] / 25.4 * dpi), round(A4_MM[1] / 25.4 * dpi)
    page = Image.new("RGB", (w, h), lid)
    mask = Image.new("L", c.size, 255)
    rot = c.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    rmask = mask.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    ox, oy = round(offset_mm[0] / 25.4 * dpi), round(offset_mm[1] / 25.4 * dpi)
    if shadow:
        # A scanner's lamp leaves a soft grey edge on one side of a thick card.
        blurred = rmask.filter(ImageFilter.GaussianBlur(4 * scale))
        shade = Image.new("RGB", rot.size, (150, 150, 150))
        page.paste(
            shade, (ox + round(3 * scale), oy + round(3 * scale)), blurred.point(lambda v: v // 3)
        )
    page.paste(rot, (ox, oy), rmask)
    rng = np.random.default_rng(seed)
    arr = np.asarray(page, dtype=np.int16) + rng.integers(-2, 3, (h, w, 1), dtype=np.int16)
    page = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    corners = _rotated_corners(c.size, angle, rot.size) + np.array([ox, oy])
    return page, corners


def _rotated_corners(size: tuple[int, int], angle: float, out_size: tuple[int, int]) -> np.ndarray:
    w, h = size
    pts = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=float) - [w / 2, h / 2]
    a = np.radians(angle)
    # PIL rotates counter-clockwise on screen (y down).
    rot = np.array([[np.cos(a), np.sin(a)], [-np.sin(a), np.cos(a)]])
    return pts @ rot.T + [out_size[0] / 2, out_size[1] / 2]


def camera_frame(
    card: Image.Image,
    corners: list[tuple[float, float]],
    *,
    size: tuple[int, int] = (1600, 1200),
    background: tuple[int, int, int] = (92, 70, 60),
    shadows: bool = True,
    seed: int = 2,
) -> Image.Image:
    """The card seen by a camera: `corners` (TL, TR, BR, BL) in the frame, desk, shadows."""
    rng = random.Random(seed)
    frame = Image.new("RGB", size, background)
    draw = ImageDraw.Draw(frame)
    if shadows:
        for _ in range(3):
            pts = [(rng.uniform(0, size[0]), rng.uniform(0, size[1])) for _ in range(3)]
            tone = tuple(max(0, min(255, v + rng.randint(-25, 25))) for v in background)
            draw.polygon(pts, fill=tone)
    src = np.array([[0, 0], [card.width, 0], [card.width, card.height], [0, card.height]], float)
    coeffs = geometry.perspective_coefficients(np.array(corners, float), src)
    warped = card.transform(size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    mask = Image.new("L", card.size, 255).transform(
        size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC
    )
    frame.paste(warped, (0, 0), mask)
    if shadows:
        # A hand's soft shadow across a corner of the card.
        shade = Image.new("L", size, 0)
        ImageDraw.Draw(shade).ellipse(
            [corners[2][0] - 200, corners[2][1] - 150, corners[2][0] + 150, corners[2][1] + 200],
            fill=70,
        )
        frame.paste((0, 0, 0), (0, 0), shade.filter(ImageFilter.GaussianBlur(40)))
    return frame


def noise_image(size: tuple[int, int], seed: int = 3) -> Image.Image:
    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8), "RGB")


def jpeg_bytes(img: Image.Image, quality: int = 90) -> bytes:
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality)
    return out.getvalue()


def corner_error(found: tuple[tuple[float, float], ...], expected: np.ndarray) -> float:
    """Largest distance between found and expected corners, matched up to rotation order."""
    f = np.array(found)
    best = np.inf
    for k in range(4):
        best = min(best, float(np.max(np.linalg.norm(np.roll(f, k, axis=0) - expected, axis=1))))
    return best
