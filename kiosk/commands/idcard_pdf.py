"""`kiosk idcard-pdf FRONT BACK -o OUT.pdf`: both card sides on one A4 page, size-bounded."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "idcard-pdf"
HELP = (
    "Ghép hai mặt thẻ căn cước (ảnh thẻ, trang quét hoặc ảnh chụp) thành một PDF A4 "
    "đúng kích thước thật, tối đa 5 MB."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("front", type=Path, help="ảnh mặt trước (JPEG, PNG, TIFF, PDF)")
    parser.add_argument("back", type=Path, help="ảnh mặt sau (JPEG, PNG, TIFF, PDF)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="tệp PDF ghi ra")
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=5 * 1024 * 1024,
        help="kích thước tối đa của PDF, tính bằng byte (mặc định 5 MB)",
    )
    parser.add_argument("--dpi", type=int, default=300, help="độ phân giải tối đa (mặc định 300)")
    parser.add_argument("--grey", action="store_true", help="ảnh xám thay vì ảnh màu")


def run(args: argparse.Namespace) -> int:
    from kiosk.scanner.errors import ScanError
    from kiosk.scanner.file_import import load_first_page
    from kiosk.scanner.idcard_pdf import build_idcard_pdf
    from kiosk.scanner.imaging import find_card
    from kiosk.ui.catalogue.scanner import error_text

    if args.max_bytes < 1:
        print("Lỗi: --max-bytes phải là số dương.", file=sys.stderr)
        return 2
    if not 75 <= args.dpi <= 600:
        print("Lỗi: --dpi phải trong khoảng 75–600.", file=sys.stderr)
        return 2
    cards = []
    for label, path in (("mặt trước", args.front), ("mặt sau", args.back)):
        try:
            cards.append(find_card(load_first_page(path)))
        except ScanError as exc:
            print(f"Lỗi ở {label} ({path.name}): {error_text(exc)}", file=sys.stderr)
            return 2
    try:
        result = build_idcard_pdf(
            cards[0], cards[1], max_bytes=args.max_bytes, dpi=args.dpi, grey=args.grey
        )
    except ScanError as exc:
        print(f"Lỗi: {error_text(exc)} (giới hạn {args.max_bytes} byte)", file=sys.stderr)
        return 2
    try:
        args.output.write_bytes(result.data)
    except OSError as exc:
        print(f"Lỗi: không ghi được {args.output}: {exc.strerror}", file=sys.stderr)
        return 2
    print(
        f"{args.output}: {result.size} byte ({result.size / 1024 / 1024:.2f} MB), "
        f"{result.dpi} dpi, chất lượng JPEG {result.quality}"
    )
    return 0
