"""`kiosk read-chip`: the ID card's chip read through a PC/SC reader, its details and whether
the issuer's signature vouches for them (docs/chip.md).

Exit 0 read (verified or not_verified), 3 no card on the reader (or no reader, no PC/SC, card
removed), 4 access denied (the key does not open the chip), 5 authentication failed (hash or
signature mismatch, broken secure messaging): then nothing is printed as details. 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

NAME = "read-chip"
HELP = (
    "Đọc chip thẻ CCCD/Căn cước qua đầu đọc PC/SC và kiểm tra chữ ký của cơ quan cấp "
    "/ read and verify the ID card chip through a PC/SC reader"
)
EXIT_USAGE = 2
EXIT_NO_CARD = 3
EXIT_ACCESS_DENIED = 4
EXIT_AUTH_FAILED = 5

# the words of this command for the codes of kiosk.chip (the core has codes only)
_MESSAGES = {
    "pcsc_unavailable": "không có dịch vụ PC/SC (pcscd, pyscard) / no PC/SC service",
    "no_reader": "không thấy đầu đọc thẻ / no card reader",
    "no_card": "không có thẻ trên đầu đọc / no card on the reader",
    "card_removed": "thẻ bị nhấc ra khi đang đọc, chưa điền gì / card removed, nothing read",
    "not_emrtd": "thẻ không có chip CCCD/hộ chiếu / not an ICAO chip",
    "access_denied": (
        "chip không mở: số thẻ, ngày sinh hoặc ngày hết hạn không đúng "
        "/ access denied: check the number and dates"
    ),
    "secure_messaging": "kênh bảo mật với chip bị lỗi / secure messaging failed",
    "card_status": "chip trả lời lỗi / the chip answered with an error",
    "lds_malformed": "dữ liệu trong chip không đúng cấu trúc / malformed chip data",
    "authentication_failed": (
        "dữ liệu chip không khớp chữ ký của cơ quan cấp, không dùng được "
        "/ the chip's data fails the issuer's signature: not used"
    ),
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reader", metavar="NAME", help="tên (hoặc một phần tên) đầu đọc")
    parser.add_argument("--id-number", required=True, metavar="N", help="số CCCD 12 chữ số")
    parser.add_argument(
        "--date-of-birth", required=True, type=_date, metavar="YYYY-MM-DD", help="ngày sinh"
    )
    parser.add_argument(
        "--expiry", type=_date, metavar="YYYY-MM-DD", help="ngày hết hạn in trên thẻ"
    )
    parser.add_argument(
        "--issue-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="ngày cấp: ngày hết hạn được tính theo tuổi đổi thẻ khi không có --expiry",
    )
    parser.add_argument(
        "--csca",
        metavar="PATH",
        help="chứng chỉ CSCA (tệp, thư mục, master list); mặc định: cấu hình",
    )
    parser.add_argument(
        "--photo", metavar="OUT.jpg", type=Path, help="lưu ảnh chân dung trong chip"
    )
    parser.add_argument("--json", action="store_true", help="một dòng JSON")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("YYYY-MM-DD") from None


def _fail(code: str, exit_code: int, detail: str = "") -> int:
    message = _MESSAGES.get(code, code)
    extra = f" ({detail})" if detail and code in ("card_status", "lds_malformed") else ""
    print(f"kiosk read-chip: {message}{extra} [{code}]", file=sys.stderr, flush=True)
    return exit_code


def _csca_path(args: argparse.Namespace) -> str:
    if args.csca is not None:
        return str(args.csca)
    from kiosk import config

    try:
        return config.load().scanner.chip_csca
    except config.ConfigError:
        return ""


def run(args: argparse.Namespace) -> int:
    from kiosk.chip import card_key, errors, pcsc, sod
    from kiosk.chip.details import chip_details
    from kiosk.chip.reader import read_chip

    expiry = args.expiry
    if expiry is None and args.issue_date is not None:
        expiry = card_key.expiry_by_age(args.date_of_birth, args.issue_date)
    if expiry is None:
        print(
            "kiosk read-chip: cần --expiry (hoặc --issue-date để tính theo tuổi đổi thẻ) "
            "/ give --expiry, or --issue-date to compute it [usage]",
            file=sys.stderr,
        )
        return EXIT_USAGE
    try:
        key = card_key.bac_key(args.id_number, args.date_of_birth, expiry)
    except ValueError:
        print("kiosk read-chip: --id-number phải là 12 chữ số [usage]", file=sys.stderr)
        return EXIT_USAGE
    csca_path = _csca_path(args)
    if csca_path and not Path(csca_path).exists():
        print(f"kiosk read-chip: không có {csca_path} [usage]", file=sys.stderr)
        return EXIT_USAGE
    cscas = sod.load_csca(csca_path)
    try:
        with pcsc.connect(args.reader) as transport:
            reader_name = transport.reader
            read = read_chip(transport, key, cscas)
    except (errors.PcscUnavailable, errors.NoReader, errors.NoCard, errors.CardRemoved) as exc:
        return _fail(exc.code, EXIT_NO_CARD)
    except errors.AccessDenied as exc:
        return _fail(exc.code, EXIT_ACCESS_DENIED)
    except errors.ChipError as exc:
        return _fail(exc.code, EXIT_AUTH_FAILED, exc.detail)
    outcome = read.authentication
    result: dict[str, object] = {
        "reader": reader_name,
        "authentication": outcome.code,
        "active_authentication": read.active_authentication,
        "chip_authentication": read.chip_authentication,
    }
    if outcome.status == "failed":
        if outcome.data_group is not None:
            result["data_group"] = outcome.data_group
        _print(result, as_json=args.json)
        return _fail("authentication_failed", EXIT_AUTH_FAILED)
    result.update(chip_details(read))
    if outcome.status == "not_verified":
        result["authentication_reason"] = outcome.reason
    if args.photo is not None and read.face is not None:
        _save_photo(read.face.data, args.photo)
        result["photo"] = str(args.photo)
    _print(result, as_json=args.json)
    return 0


def _save_photo(data: bytes, path: Path) -> None:
    import io

    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        image.convert("RGB").save(path)


def _print(data: dict[str, object], *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(data, ensure_ascii=False), flush=True)
        return
    for key, value in data.items():
        shown = ", ".join(map(str, value)) if isinstance(value, list) else value
        print(f"{key}: {'' if shown is None else shown}", flush=True)
