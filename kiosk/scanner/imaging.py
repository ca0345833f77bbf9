"""Finding the ID card on a flatbed page or a camera frame: crop, deskew, upright, true size.

Pure functions on Pillow images (numpy inside), so the GUI can run them off its thread.
The steps:
1. `open_image` decodes safely: the pixel count is checked from the header before any pixel is
   decoded (decompression bombs), and very large JPEGs are decoded at a reduced scale.
2. `find_card` works on a reduced copy: it learns the background from the image border, marks
   what differs from it, keeps the largest card-shaped region, fits a line to each of its four
   sides (perspective and rounded corners included) and warps the quadrilateral from the full
   image to the card's true 85.6 × 53.98 mm at the resolution the source really has.
3. The card is turned upright: the QR code's own orientation when the side has one, otherwise
   the direction of the printed text (ascenders and Vietnamese diacritics sit above the line).
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

import numpy as np
from numpy.typing import NDArray
from PIL import ExifTags, Image, ImageFilter, ImageOps, UnidentifiedImageError

from kiosk.scanner import geometry
from kiosk.scanner.errors import (
    EmptyScanError,
    ImageTooLargeError,
    NoCardError,
    UnreadableImageError,
)

CARD_WIDTH_MM = 85.6
CARD_HEIGHT_MM = 53.98
CARD_ASPECT = CARD_WIDTH_MM / CARD_HEIGHT_MM
MM_PER_INCH = 25.4

# A4 at 1200 dpi is 139 Mpx; anything bigger is refused before a pixel is decoded.
MAX_PIXELS = 150_000_000
MAX_FILE_BYTES = 256 * 1024 * 1024
# Pixels kept after decoding: A4 at 600 dpi. A card needs no more than 600 dpi.
DECODE_MAX_PIXELS = 36_000_000
WORK_MAX_SIDE = 1000
# Below this a "card" is some detail of a card (its chip, its photo), or a card too far away.
MIN_CARD_DPI = 100
DEFAULT_MAX_DPI = 600

Orientation = Literal["qr", "text", "none"]
U8Array = NDArray[np.uint8]
FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class CardImage:
    """One side of the card: cropped, deskewed, upright, at true proportions.

    `image` is RGB, landscape, with the aspect of 85.6 × 53.98 mm; `dpi` makes it true size.
    `corners` are the card's corners in the source image (TL, TR, BR, BL of the upright card).
    `rotation` is the quarter-turn applied to make it upright; `orientation` says what told.
    """

    image: Image.Image
    dpi: float
    corners: tuple[tuple[float, float], ...] = ()
    rotation: int = 0
    orientation: Orientation = "none"
    whole_image: bool = False

    @property
    def size_mm(self) -> tuple[float, float]:
        w, h = self.image.size
        return (w / self.dpi * MM_PER_INCH, h / self.dpi * MM_PER_INCH)

    def rotated_180(self) -> CardImage:
        """The officer's "turn over" button when the automatic orientation could not tell."""
        return CardImage(
            image=self.image.transpose(Image.Transpose.ROTATE_180),
            dpi=self.dpi,
            corners=self.corners[2:] + self.corners[:2],
            rotation=(self.rotation + 180) % 360,
            orientation=self.orientation,
            whole_image=self.whole_image,
        )


# --------------------------------------------------------------------------- decoding


def open_image(
    source: bytes | str | Path | BinaryIO,
    *,
    max_pixels: int = MAX_PIXELS,
    decode_max_pixels: int = DECODE_MAX_PIXELS,
) -> Image.Image:
    """Decode an image file into RGB, refusing bombs and shrinking huge JPEGs while decoding."""
    data: BinaryIO
    if isinstance(source, bytes):
        if len(source) > MAX_FILE_BYTES:
            raise ImageTooLargeError(f"{len(source)} bytes")
        data = io.BytesIO(source)
    elif isinstance(source, str | Path):
        path = Path(source)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise UnreadableImageError(f"{path.name}: {exc.strerror}") from exc
        if size > MAX_FILE_BYTES:
            raise ImageTooLargeError(f"{path.name}: {size} bytes")
        data = io.BytesIO(path.read_bytes())
    else:
        data = source
    try:
        with warnings.catch_warnings():
            # Our own limit below replaces Pillow's warning; its hard error stays as a backstop.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            img = Image.open(data)
            w, h = img.size
            if w * h > max_pixels:
                raise ImageTooLargeError(f"{w}×{h} px")
            if w < 16 or h < 16:
                raise UnreadableImageError(f"{w}×{h} px is too small")
            if img.format == "JPEG" and w * h > decode_max_pixels:
                # JPEG decodes at 1/2, 1/4, 1/8 scale for free: a 1200 dpi page costs 600 dpi.
                scale = math.sqrt(decode_max_pixels / (w * h))
                img.draft("RGB", (int(w * scale), int(h * scale)))
            img.load()
    except ImageTooLargeError:
        raise
    except Image.DecompressionBombError as exc:
        raise ImageTooLargeError(str(exc)) from exc
    except UnidentifiedImageError as exc:
        raise UnreadableImageError("not an image Pillow knows") from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise UnreadableImageError(str(exc)) from exc
    # Phones and document cameras record "rotate me" in EXIF instead of rotating the pixels.
    # exif_transpose copies even an upright image: asked only when EXIF says to turn.
    orientation = img.getexif().get(ExifTags.Base.Orientation, 1)
    out: Image.Image = (ImageOps.exif_transpose(img) or img) if orientation != 1 else img
    if out.width * out.height > decode_max_pixels:
        factor = math.ceil(math.sqrt(out.width * out.height / decode_max_pixels))
        out = out.reduce(factor)
    return to_rgb(out)


def to_rgb(img: Image.Image) -> Image.Image:
    """RGB from any mode; transparency becomes white like paper, 16-bit scans are scaled."""
    if img.mode == "RGB":
        return img
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(img, dtype=np.float64)
        top = 65535.0 if arr.max() > 255 else 255.0
        return Image.fromarray((arr / top * 255).round().astype(np.uint8), "L").convert("RGB")
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    return img.convert("RGB")


# --------------------------------------------------------------------------- finding the card


def find_card(
    image: Image.Image,
    *,
    max_dpi: int = DEFAULT_MAX_DPI,
    upright: bool = True,
) -> CardImage:
    """Find the card in a flatbed page, a camera frame or an already cropped image.

    Raises EmptyScanError for a blank page and NoCardError when nothing card-shaped is there.
    """
    image = to_rgb(image)
    factor = max(1, math.ceil(max(image.size) / WORK_MAX_SIDE))
    work = image.reduce(factor) if factor > 1 else image
    arr = np.asarray(work, dtype=np.int16)
    grey = np.asarray(work.convert("L"), dtype=np.float64)
    lo, hi = np.percentile(grey, [0.5, 99.5])
    if hi - lo < 12:
        raise EmptyScanError(f"contrast {hi - lo:.1f}")

    whole = _looks_like_a_crop(work)
    min_long_side = MIN_CARD_DPI * CARD_WIDTH_MM / MM_PER_INCH / factor
    quad = _find_quad(arr, whole_is_card=whole, min_long_side=min_long_side)
    if quad is None:
        if not whole:
            raise NoCardError("no card-shaped region")
        w, h = image.size
        corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float64)
        whole_image = True
    else:
        corners = quad * factor
        whole_image = False
    card = _warp(image, corners, max_dpi=max_dpi, whole_image=whole_image)
    if upright:
        card = _make_upright(card)
    return card


def _looks_like_a_crop(work: Image.Image) -> bool:
    aspect = max(work.size) / min(work.size)
    return abs(aspect / CARD_ASPECT - 1) < 0.04


def _background_distance(arr: NDArray[np.int16]) -> tuple[FloatArray, float]:
    """Distance of each pixel to the nearest background colour learnt from the border ring."""
    h, w, _ = arr.shape
    ring = max(2, round(min(h, w) * 0.02))
    border = np.concatenate(
        [
            arr[:ring].reshape(-1, 3),
            arr[-ring:].reshape(-1, 3),
            arr[:, :ring].reshape(-1, 3),
            arr[:, -ring:].reshape(-1, 3),
        ]
    ).astype(np.uint8)
    strip = Image.fromarray(border.reshape(1, -1, 3), "RGB")
    quant = strip.quantize(colors=8, method=Image.Quantize.MEDIANCUT)
    palette = quant.getpalette() or []
    pal = np.array(palette, dtype=np.float64).reshape(-1, 3)
    counts = np.bincount(np.asarray(quant).ravel(), minlength=len(pal))[: len(pal)]
    pal = pal[counts > 0.01 * counts.sum()]
    # Squared distances per channel plane, the nearest kept, one square root at the end: the
    # same numbers as the root of each (N, 3) row sum, without its slow 3-wide reduction.
    planes = [arr[..., i].astype(np.float32).ravel() for i in range(3)]
    nearest = np.full(h * w, np.inf, dtype=np.float32)
    for colour in pal.astype(np.float32):
        squared = (planes[0] - colour[0]) ** 2
        squared += (planes[1] - colour[1]) ** 2
        squared += (planes[2] - colour[2]) ** 2
        np.minimum(nearest, squared, out=nearest)
    dist_img = np.sqrt(nearest).reshape(h, w).astype(np.float64)
    border_mask = np.zeros((h, w), dtype=bool)
    border_mask[:ring] = border_mask[-ring:] = True
    border_mask[:, :ring] = border_mask[:, -ring:] = True
    noise = float(np.percentile(dist_img[border_mask], 98))
    return dist_img, noise


def _find_quad(
    arr: NDArray[np.int16], *, whole_is_card: bool, min_long_side: float
) -> FloatArray | None:
    """The most card-like quadrilateral among the regions of several foreground masks.

    No single mask works everywhere: "differs from the border colours" fails when a camera
    frame's edge is a black band, "enclosed by edges" leaks where a card edge has no contrast,
    brightness fails on a white lid. Each proposes regions; edge support along the fitted
    sides, fill and aspect decide.
    """
    h, w, _ = arr.shape
    grey_img = Image.fromarray(arr.astype(np.uint8), "RGB").convert("L")
    grad = _gradient(grey_img)
    edge_level = max(1.5, 4.0 * float(np.median(grad)))
    best: tuple[float, FloatArray] | None = None
    min_area = int(h * w * 0.01)
    for mask in _candidate_masks(arr, grey_img, grad, edge_level):
        mask = _clean(mask)
        for comp in geometry.components(mask, min_area=min_area)[:3]:
            quad = _fit_quad(comp, (h, w))
            if quad is None or _long_side(quad) < min_long_side:
                continue
            if whole_is_card and (
                _touches_border(quad, (h, w)) or geometry.polygon_area(quad) > 0.7 * h * w
            ):
                # In an already cropped card the "regions" are the printing inside it.
                continue
            score = _quad_score(quad, comp, grad, edge_level)
            if best is None or score > best[0]:
                best = (score, quad)
    if best is None or best[0] < MIN_QUAD_SCORE:
        return None
    return best[1]


MIN_QUAD_SCORE = 0.35


def _gradient(grey: Image.Image) -> FloatArray:
    g = np.asarray(grey.filter(ImageFilter.GaussianBlur(1.0)), dtype=np.float64)
    gx = np.zeros_like(g)
    gy = np.zeros_like(g)
    gx[:, 1:-1] = (g[:, 2:] - g[:, :-2]) / 2
    gy[1:-1] = (g[2:] - g[:-2]) / 2
    mag: FloatArray = np.hypot(gx, gy)
    return mag


def _candidate_masks(
    arr: NDArray[np.int16], grey: Image.Image, grad: FloatArray, edge_level: float
) -> list[NDArray[np.bool_]]:
    h, w, _ = arr.shape
    masks = []
    dist, noise = _background_distance(arr)
    masks.append(dist > max(8.0, noise * 1.5 + 4.0))
    # Enclosed by edges: whatever the border cannot reach without crossing an edge.
    edges = geometry.dilate(grad > edge_level, 3)
    outside = np.zeros((h, w), dtype=bool)
    for comp in geometry.components(~edges):
        if (
            (comp.rows == 0).any()
            or (comp.rows == h - 1).any()
            or (comp.starts == 0).any()
            or (comp.ends == w).any()
        ):
            outside |= comp.mask((h, w))
    masks.append(~outside)
    # Brightness: a light card on a dark desk, or a darker card on a white lid.
    g = np.asarray(grey, dtype=np.uint8)
    level = _otsu(g)
    masks.append(g > level)
    masks.append(g <= level)
    return masks


def _otsu(g: NDArray[np.uint8]) -> int:
    hist = np.bincount(g.ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    omega = np.cumsum(hist) / total
    mu = np.cumsum(hist * np.arange(256)) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mu[-1] * omega - mu) ** 2 / (omega * (1 - omega))
    return int(np.nanargmax(between))


def _clean(mask: NDArray[np.bool_]) -> NDArray[np.bool_]:
    # Opening drops specks and thin bridges to shadows; closing mends the card's own outline.
    opened = geometry.dilate(geometry.erode(mask, 3), 3)
    return geometry.erode(geometry.dilate(opened, 5), 5)


def _quad_score(
    quad: FloatArray, comp: geometry.Component, grad: FloatArray, edge_level: float
) -> float:
    """1.0 for a filled card-shaped region whose four sides all lie on edges."""
    h, w = grad.shape
    support = []
    for i in range(4):
        a, b = quad[i], quad[(i + 1) % 4]
        n = 40
        t = np.linspace(0.1, 0.9, n)[:, None]
        pts = a + t * (b - a)
        d = (b - a) / np.linalg.norm(b - a)
        normal = np.array([-d[1], d[0]])
        best = np.zeros(n)
        for off in (-2.0, -1.0, 0.0, 1.0, 2.0):
            q = np.rint(pts + off * normal).astype(int)
            inside = (q[:, 0] >= 0) & (q[:, 0] < w) & (q[:, 1] >= 0) & (q[:, 1] < h)
            vals = np.zeros(n)
            vals[inside] = grad[q[inside, 1], q[inside, 0]]
            best = np.maximum(best, vals)
        support.append(float((best > edge_level).mean()))
    sides = [float(np.linalg.norm(quad[(i + 1) % 4] - quad[i])) for i in range(4)]
    aspect = (sides[0] + sides[2]) / (sides[1] + sides[3])
    aspect = max(aspect, 1 / aspect)
    aspect_error = abs(math.log(aspect / CARD_ASPECT))
    fill = min(1.0, comp.area / max(geometry.polygon_area(quad), 1.0))
    return float(min(support) ** 0.5 * np.mean(support) * fill * math.exp(-4 * aspect_error))


def _long_side(quad: FloatArray) -> float:
    return max(float(np.linalg.norm(quad[(i + 1) % 4] - quad[i])) for i in range(4))


def _touches_border(quad: FloatArray, shape: tuple[int, int]) -> bool:
    h, w = shape
    margin = 2
    return bool(
        (quad[:, 0] < margin).any()
        or (quad[:, 1] < margin).any()
        or (quad[:, 0] > w - 1 - margin).any()
        or (quad[:, 1] > h - 1 - margin).any()
    )


def _fit_quad(comp: geometry.Component, shape: tuple[int, int]) -> FloatArray | None:
    """Four fitted side lines of a card-shaped region, intersected; None if not card-shaped."""
    pts = comp.outline_points(shape)
    if len(pts) < 20:
        return None
    hull = geometry.convex_hull(pts)
    if len(hull) < 4:
        return None
    rect = geometry.order_corners(geometry.min_area_rect(hull))
    sides = [np.linalg.norm(rect[(i + 1) % 4] - rect[i]) for i in range(4)]
    long_side, short_side = max(sides), min(sides)
    if short_side < 20 or not 1.3 < long_side / short_side < 1.9:
        return None
    if comp.area < 0.6 * long_side * short_side:
        return None
    tol = max(2.0, 0.04 * short_side)
    lines = []
    for i in range(4):
        a, b = rect[i], rect[(i + 1) % 4]
        direction = (b - a) / np.linalg.norm(b - a)
        normal = np.array([-direction[1], direction[0]])
        rel = pts - a
        along = rel @ direction / np.linalg.norm(b - a)
        across = np.abs(rel @ normal)
        # Only the middle of each side: rounded corners would bend the fitted line.
        near = pts[(across < tol) & (along > 0.12) & (along < 0.88)]
        if len(near) < 8:
            return None
        centre, dirn = geometry.fit_line(near)
        # One pass of trimming: drop points far from the first fit (shadows, bumps).
        resid = np.abs((near - centre) @ np.array([-dirn[1], dirn[0]]))
        keep = near[resid <= max(1.5, float(np.percentile(resid, 80)))]
        if len(keep) >= 8:
            centre, dirn = geometry.fit_line(keep)
        lines.append((centre, dirn))
    try:
        quad = np.array([geometry.intersect(lines[i - 1], lines[i]) for i in range(4)])
    except ValueError:
        return None
    # The fitted corners must stay close to the rectangle they refine.
    if np.max(np.linalg.norm(quad - rect, axis=1)) > 0.4 * short_side:
        return None
    return quad


def _warp(image: Image.Image, corners: FloatArray, *, max_dpi: int, whole_image: bool) -> CardImage:
    c = geometry.order_corners(corners)
    side = [float(np.linalg.norm(c[(i + 1) % 4] - c[i])) for i in range(4)]
    # Start at the corner whose next side is long, preferring the one nearest the top left.
    starts = [
        i for i in range(4) if side[i] + side[(i + 2) % 4] >= side[(i + 1) % 4] + side[(i + 3) % 4]
    ]
    start = min(starts, key=lambda i: c[i][0] + c[i][1])
    c = np.roll(c, -start, axis=0)
    rotation = _quarter_turn(c)
    long_px = max(np.linalg.norm(c[1] - c[0]), np.linalg.norm(c[2] - c[3]))
    source_dpi = long_px / (CARD_WIDTH_MM / MM_PER_INCH)
    if source_dpi < MIN_CARD_DPI:
        raise NoCardError(f"card too small: {source_dpi:.0f} dpi")
    dpi = float(min(round(source_dpi), max_dpi))
    out_w = round(CARD_WIDTH_MM / MM_PER_INCH * dpi)
    out_h = round(CARD_HEIGHT_MM / MM_PER_INCH * dpi)
    dst = np.array([[0, 0], [out_w, 0], [out_w, out_h], [0, out_h]], dtype=np.float64)
    coeffs = geometry.perspective_coefficients(dst, c)
    out = image.transform(
        (out_w, out_h),
        Image.Transform.PERSPECTIVE,
        coeffs,
        Image.Resampling.BICUBIC,
        fillcolor=(255, 255, 255),
    )
    return CardImage(
        image=out,
        dpi=dpi,
        corners=tuple((float(x), float(y)) for x, y in c),
        rotation=rotation,
        orientation="none",
        whole_image=whole_image,
    )


def _quarter_turn(c: FloatArray) -> int:
    """Which quarter turn the top edge TL→TR is nearest to (0, 90, 180, 270; clockwise)."""
    d = c[1] - c[0]
    angle = math.degrees(math.atan2(d[1], d[0])) % 360
    return int(round(angle / 90) % 4) * 90


# --------------------------------------------------------------------------- orientation


def _make_upright(card: CardImage) -> CardImage:
    turned = qr_upright_turn(card.image)
    if turned is not None:
        source: Orientation = "qr"
    else:
        score = text_upright_score(card.image)
        turned = 180 if score < -TEXT_SCORE_MIN else 0
        source = "text" if abs(score) >= TEXT_SCORE_MIN else "none"
    result = card.rotated_180() if turned == 180 else card
    return CardImage(
        image=result.image,
        dpi=result.dpi,
        corners=result.corners,
        rotation=result.rotation,
        orientation=source,
        whole_image=result.whole_image,
    )


def qr_upright_turn(img: Image.Image) -> int | None:
    """0 or 180 from the orientation of a QR code on a landscape card; None without a QR."""
    import zxingcpp

    small = img if img.width <= 1100 else img.reduce(math.ceil(img.width / 1100))
    results = zxingcpp.read_barcodes(
        small,
        formats=zxingcpp.BarcodeFormat.QRCode,  # type: ignore[arg-type]
    )
    for res in results:
        turn = round(res.orientation / 90) * 90 % 360
        if turn in (0, 180):
            return turn
    return None


# Below this the text gives no clear direction and the card is left as it lies.
TEXT_SCORE_MIN = 0.08


def text_upright_score(img: Image.Image) -> float:
    """> 0 when text reads upright, < 0 when upside down, near 0 when it cannot tell.

    In each text line, ink above the x-height band (ascenders, capitals, the many Vietnamese
    diacritics) outweighs ink below it (descenders): turned 180° the balance flips.
    """
    grey = img.convert("L")
    if grey.width > 1100:
        grey = grey.reduce(math.ceil(grey.width / 1100))
    g = np.asarray(grey, dtype=np.float64)
    # Ink is what is clearly darker than its neighbourhood: robust to gradients and tints.
    local = np.asarray(grey.filter(ImageFilter.BoxBlur(15)), dtype=np.float64)
    ink = (g < local - 40).astype(np.uint8)
    # Only thin strokes are text: solid blocks (photo, chip, QR) are removed by an opening.
    solid = geometry.dilate(geometry.erode(ink > 0, 5), 5)
    text = (ink > 0) & ~solid
    above_total = below_total = 0.0
    for comp_rows in _text_lines(text):
        top, bottom = comp_rows
        band = text[top:bottom]
        profile = band.sum(axis=1).astype(np.float64)
        if profile.sum() < 30:
            continue
        core = profile >= 0.4 * profile.max()
        idx = np.flatnonzero(core)
        c0, c1 = int(idx[0]), int(idx[-1]) + 1
        above_total += float(profile[:c0].sum())
        below_total += float(profile[c1:].sum())
    total = above_total + below_total
    if total == 0:
        return 0.0
    return (above_total - below_total) / total


def _text_lines(text: NDArray[np.bool_]) -> list[tuple[int, int]]:
    """Row ranges of text lines from the horizontal ink profile."""
    profile = text.sum(axis=1)
    on = profile > max(2, 0.01 * text.shape[1])
    lines = []
    start = None
    for i, v in enumerate(on.tolist()):
        if v and start is None:
            start = i
        elif not v and start is not None:
            if i - start >= 4:
                lines.append((start, i))
            start = None
    if start is not None and len(on) - start >= 4:
        lines.append((start, len(on)))
    return lines
