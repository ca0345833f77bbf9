"""`kiosk read-qr`: the card QR of images, or of a typed/wedge payload, as JSON lines.

Exit 0 when every image gave a card QR; 3 when one did not (one line on stderr says why);
2 when a file cannot be read as an image.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

NAME = "read-qr"
HELP = (
    "Đọc mã QR trên thẻ CCCD/Căn cước từ ảnh hoặc từ chuỗi máy quét gõ vào "
    "/ read the ID card QR from images or a scanner payload"
)
EXIT_NOT_FOUND = 3
EXIT_UNREADABLE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "images", nargs="*", metavar="IMAGE", help="ảnh một mặt thẻ, trang quét hoặc ảnh chụp"
    )
    parser.add_argument(
        "--text",
        metavar="PAYLOAD",
        help="chuỗi mã QR (từ máy quét cầm tay) thay cho ảnh / parse a typed or wedge payload",
    )


def _print(data: dict[str, object]) -> None:
    print(json.dumps(data, ensure_ascii=False), flush=True)


def _fail(source: str, message: str, code: str) -> None:
    print(f"kiosk read-qr: {source}: {message} [{code}]", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from kiosk.domain.qr_payload import CardQrError, parse_card_qr
    from kiosk.ui.catalogue.findings import finding_text

    if args.text is None and not args.images:
        _fail("read-qr", "cần ít nhất một ảnh hoặc --text / give IMAGE... or --text", "usage")
        return EXIT_UNREADABLE
    outcomes: set[int] = set()
    if args.text is not None:
        try:
            card = parse_card_qr(args.text)
        except CardQrError as exc:
            _fail("--text", finding_text(exc.finding), exc.code)
            outcomes.add(EXIT_NOT_FOUND)
        else:
            _print(card.to_json())
    if args.images:
        outcomes |= _read_images([Path(p) for p in args.images])
    # An unreadable file is the caller's mistake; it outranks a card without a QR.
    for code in (EXIT_UNREADABLE, EXIT_NOT_FOUND):
        if code in outcomes:
            return code
    return 0


def _read_images(paths: list[Path]) -> set[int]:
    from PIL import Image, UnidentifiedImageError

    from kiosk.scanner.qr_decode import CardQrNotFoundError, read_card_qr
    from kiosk.ui.catalogue.findings import finding_text

    outcomes: set[int] = set()
    for path in paths:
        try:
            with Image.open(path) as opened:
                image = opened.convert("RGB")
        except (OSError, UnidentifiedImageError, Image.DecompressionBombError) as exc:
            reason = getattr(exc, "strerror", None) or "không phải tệp ảnh đọc được"
            _fail(str(path), f"không đọc được ảnh ({reason})", "image_unreadable")
            outcomes.add(EXIT_UNREADABLE)
            continue
        try:
            scan = read_card_qr(image)
        except CardQrNotFoundError as exc:
            _fail(str(path), finding_text(exc.finding), exc.code)
            outcomes.add(EXIT_NOT_FOUND)
            continue
        data: dict[str, object] = {"image": str(path)}
        data.update(scan.card.to_json())
        data["decode_step"] = scan.step
        _print(data)
    return outcomes
