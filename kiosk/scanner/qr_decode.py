"""Reading the card's QR code from an image: a card crop, a flatbed page or a camera frame.

zxing-cpp does the decoding; this module decides what to show it, cheapest first, and stops
at the first step that yields a card QR:
1. `region`: QR format only, on the part of the image that differs from the background
   (a card lying on an A4 page is a tenth of the page), or the whole image when the card
   fills it.
2. `whole`: the whole image, when step 1 looked at a crop.
3. Recovery, for blurred, soft or small codes: sharpening, another binarizer, and upscaling.
   When zxing has *located* a QR but failed its checksum, the recovery steps work on a crop
   around that spot, which makes the expensive upscale cheap.
Decoding both sides of a card runs the cheap steps on both sides before any recovery step,
because a 2024 card has no QR on the front and a 2021 card none on the back.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date

import zxingcpp
from PIL import Image, ImageChops, ImageFilter, ImageOps, ImageStat

from kiosk.domain.findings import Finding, FindingCode
from kiosk.domain.qr_payload import CardQr, CardQrError, parse_card_qr

QR_ONLY = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
# The region step is worth it only when the content is clearly smaller than the image.
REGION_MAX_FRACTION = 0.5
REGION_WORK_SIDE = 500
REGION_THRESHOLD = 40
# Upscaling is for images a card fills, never for a whole page at 600 dpi; the other recovery
# steps stop at a 300-dpi page (on bigger ones zxing's own downscaling already did their work).
UPSCALE_MAX_PIXELS = 3_000_000
RECOVERY_MAX_PIXELS = 9_000_000
# A QR found but not decoded is cropped with this margin (of its size) and upscaled until it
# is at least this many pixels wide: ~8 px a module for the 57-module codes cards carry.
FOCUS_MARGIN = 0.25
FOCUS_MIN_SIDE = 480
FOCUS_MAX_FACTOR = 4

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class QrText:
    text: str
    step: str
    box: Box  # bounding box in the source image's pixels


@dataclass(frozen=True)
class StepResult:
    step: str
    found: tuple[QrText, ...]


@dataclass(frozen=True)
class CardScan:
    """A card QR read from an image; `side` is set when the sides were given by name."""

    card: CardQr
    step: str
    side: str | None = None
    box: Box | None = None


class CardQrNotFoundError(Exception):
    """No card QR in the image(s); `finding` carries the code (the UI words it)."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.code)
        self.finding = finding

    @property
    def code(self) -> str:
        return self.finding.code


NOT_FOUND = Finding.error("qr", FindingCode.QR_NOT_FOUND)


# --------------------------------------------------------------------------- zxing calls


def _text_of(barcode: zxingcpp.Barcode) -> str:
    """Cards write UTF-8 bytes without an ECI header; zxing's own guess is the fallback."""
    try:
        return bytes(barcode.bytes).decode("utf-8")
    except UnicodeDecodeError:
        return str(barcode.text)


def _box_of(barcode: zxingcpp.Barcode, scale: float, offset: tuple[int, int]) -> Box:
    pos = barcode.position
    points = (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)
    xs = [p.x / scale + offset[0] for p in points]
    ys = [p.y / scale + offset[1] for p in points]
    return (math.floor(min(xs)), math.floor(min(ys)), math.ceil(max(xs)), math.ceil(max(ys)))


def _read(
    image: Image.Image,
    binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage,
) -> list[zxingcpp.Barcode]:
    return list(
        zxingcpp.read_barcodes(image, formats=QR_ONLY, binarizer=binarizer, return_errors=True)
    )


# --------------------------------------------------------------------------- image helpers


def content_region(image: Image.Image) -> Box | None:
    """Bounding box of what differs from the background, or None when that is most of it."""
    width, height = image.size
    factor = max(1, max(width, height) // REGION_WORK_SIDE)
    small = (image.reduce(factor) if factor > 1 else image).convert("L")
    sw, sh = small.size
    if sw < 8 or sh < 8:
        return None
    # The background is what the border shows: page white, scanner lid, the desk.
    border = [
        small.crop(b)
        for b in ((0, 0, sw, 2), (0, sh - 2, sw, sh), (0, 0, 2, sh), (sw - 2, 0, sw, sh))
    ]
    background = int(sorted(ImageStat.Stat(b).median[0] for b in border)[1])
    diff = ImageChops.difference(small, Image.new("L", small.size, background))
    # Averaging first drops sensor noise and dust specks (rank filters would cost 20x more).
    mask = diff.filter(ImageFilter.BoxBlur(1)).point(lambda v: 255 if v > REGION_THRESHOLD else 0)
    bbox = mask.getbbox()
    if bbox is None:
        return None
    x0, y0, x1, y1 = (v * factor for v in bbox)
    if (x1 - x0) * (y1 - y0) > REGION_MAX_FRACTION * width * height:
        return None
    margin = round(0.03 * max(width, height))
    return (
        max(0, x0 - margin),
        max(0, y0 - margin),
        min(width, x1 + margin),
        min(height, y1 + margin),
    )


def _sharpen(image: Image.Image, radius: float) -> Image.Image:
    return image.filter(ImageFilter.UnsharpMask(radius=radius, percent=300, threshold=0))


def _upscale(image: Image.Image, factor: float) -> Image.Image:
    size = (round(image.width * factor), round(image.height * factor))
    return image.resize(size, Image.Resampling.BICUBIC)


@dataclass
class _Target:
    """An area to decode: the grey pixels and where they sit in the source image."""

    gray: Image.Image
    offset: tuple[int, int]


@dataclass
class _Plan:
    region: Box | None = None
    focus: list[Box] = field(default_factory=list)  # QR codes located but not read


Transform = Callable[[Image.Image], Image.Image]


@dataclass(frozen=True)
class _Recovery:
    name: str
    transform: Transform
    scale: float  # how much the transform enlarges the image
    binarizer: zxingcpp.Binarizer = zxingcpp.Binarizer.LocalAverage
    max_pixels: int = 0  # the largest area (not focus crop) it is worth running on


_RECOVERY: tuple[_Recovery, ...] = (
    _Recovery("sharpen", lambda g: _sharpen(g, 2), 1.0, max_pixels=RECOVERY_MAX_PIXELS),
    _Recovery(
        "sharpen-global",
        lambda g: _sharpen(g, 2),
        1.0,
        zxingcpp.Binarizer.GlobalHistogram,
        RECOVERY_MAX_PIXELS,
    ),
    _Recovery(
        "contrast",
        lambda g: ImageOps.autocontrast(g, cutoff=1),
        1.0,
        zxingcpp.Binarizer.GlobalHistogram,
        RECOVERY_MAX_PIXELS,
    ),
    _Recovery(
        "upscale2-sharpen",
        lambda g: _sharpen(_upscale(g, 2), 4),
        2.0,
        max_pixels=UPSCALE_MAX_PIXELS,
    ),
    _Recovery(
        "upscale3-sharpen",
        lambda g: _sharpen(_upscale(g, 3), 6),
        3.0,
        max_pixels=UPSCALE_MAX_PIXELS // 2,
    ),
    _Recovery(
        "upscale2-median",
        lambda g: _sharpen(_upscale(g.filter(ImageFilter.MedianFilter(3)), 2), 4),
        2.0,
        max_pixels=UPSCALE_MAX_PIXELS,
    ),
)


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _found(
    plan: _Plan,
    barcodes: list[zxingcpp.Barcode],
    step: str,
    scale: float,
    offset: tuple[int, int],
) -> tuple[QrText, ...]:
    hits: list[QrText] = []
    for barcode in barcodes:
        box = _box_of(barcode, scale, offset)
        if barcode.valid:
            hits.append(QrText(_text_of(barcode), step, box))
        elif not any(_overlaps(box, f) for f in plan.focus):
            plan.focus.append(box)
    return tuple(hits)


def _focus_target(image: Image.Image, box: Box) -> _Target:
    side = max(box[2] - box[0], box[3] - box[1], 1)
    margin = round(side * FOCUS_MARGIN)
    crop = (
        max(0, box[0] - margin),
        max(0, box[1] - margin),
        min(image.width, box[2] + margin),
        min(image.height, box[3] + margin),
    )
    return _Target(image.crop(crop).convert("L"), (crop[0], crop[1]))


def iter_steps(image: Image.Image, *, recover: bool = True) -> Iterator[StepResult]:
    """Run the decode steps one at a time, cheapest first; the caller stops when satisfied."""
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    plan = _Plan(content_region(image))
    if plan.region is not None:
        barcodes = _read(image.crop(plan.region))
        yield StepResult("region", _found(plan, barcodes, "region", 1.0, plan.region[:2]))
    yield StepResult("whole", _found(plan, _read(image), "whole", 1.0, (0, 0)))
    if not recover:
        return
    base = image.crop(plan.region) if plan.region is not None else image
    whole = _Target(base.convert("L"), plan.region[:2] if plan.region else (0, 0))
    for recovery in _RECOVERY:
        # Codes located but not read first: a small crop, so every transform is cheap there.
        for box in list(plan.focus):
            target = _focus_target(image, box)
            factor = min(
                FOCUS_MAX_FACTOR,
                max(1.0, FOCUS_MIN_SIDE / max(target.gray.width, target.gray.height)),
            )
            gray = _upscale(target.gray, factor) if factor > 1 else target.gray
            step = f"focus-{recovery.name}"
            barcodes = _read(recovery.transform(gray), recovery.binarizer)
            yield StepResult(
                step, _found(plan, barcodes, step, recovery.scale * factor, target.offset)
            )
        if whole.gray.width * whole.gray.height > recovery.max_pixels:
            continue
        barcodes = _read(recovery.transform(whole.gray), recovery.binarizer)
        yield StepResult(
            recovery.name, _found(plan, barcodes, recovery.name, recovery.scale, whole.offset)
        )


def decode_qr(image: Image.Image, *, recover: bool = True) -> tuple[QrText, ...]:
    """Every QR text found by the first step that finds any; () when none is found."""
    for result in iter_steps(image, recover=recover):
        if result.found:
            return result.found
    return ()


# --------------------------------------------------------------------------- card QR


def _card_from(
    steps: Iterator[StepResult], today: date | None, rejections: list[CardQrError]
) -> Iterator[tuple[StepResult, CardQr | None, QrText | None]]:
    for result in steps:
        for hit in result.found:
            try:
                yield result, parse_card_qr(hit.text, today=today), hit
                return
            except CardQrError as exc:
                rejections.append(exc)
        yield result, None, None


def read_card_sides(
    sides: Mapping[str, Image.Image], *, today: date | None = None, recover: bool = True
) -> CardScan:
    """The card QR from whichever side carries it, trying cheap steps on every side first.

    Raises CardQrNotFoundError with the reason: no QR at all, or a QR that is not a card's
    (then the parser's reason, e.g. a web link or text mangled).
    """
    rejections: list[CardQrError] = []
    runs = {
        name: _card_from(iter_steps(image, recover=recover), today, rejections)
        for name, image in sides.items()
    }
    while runs:
        for name in list(runs):
            try:
                result, card, hit = next(runs[name])
            except StopIteration:
                del runs[name]
                continue
            if card is not None and hit is not None:
                return CardScan(card, result.step, name if len(sides) > 1 else None, hit.box)
    if rejections:
        raise CardQrNotFoundError(rejections[0].finding)
    raise CardQrNotFoundError(NOT_FOUND)


def read_card_qr(
    image: Image.Image, *, today: date | None = None, recover: bool = True
) -> CardScan:
    """The card QR of one image (one side, a page, a camera frame), or CardQrNotFoundError."""
    return read_card_sides({"image": image}, today=today, recover=recover)
