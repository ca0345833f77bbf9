"""`kiosk request-form DATA.json -o OUT.pdf`: print the account-request form from a JSON file.

The JSON object's keys are listed in docs/forms.md; unknown keys are ignored. Exit 0 when the
PDF is written, 2 when the data cannot be used (every reason is printed, in Vietnamese), 1 when
the output cannot be written. The data is never echoed: it is a citizen's personal data.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from kiosk import paths

NAME = "request-form"
HELP = "In giấy đề nghị tạo tài khoản từ tệp JSON / render the account-request form PDF"

EXIT_OK = 0
EXIT_WRITE_FAILED = 1
EXIT_BAD_DATA = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "data",
        metavar="DATA.json",
        help="tệp JSON (UTF-8) chứa thông tin công dân; '-' để đọc từ stdin (see docs/forms.md)",
    )
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT.pdf", help="tệp PDF sẽ ghi ra"
    )


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    return Path(source).read_text(encoding="utf-8-sig")  # tolerate a BOM from Notepad


def run(args: argparse.Namespace) -> int:
    from kiosk.forms.fonts import FontMissingError
    from kiosk.forms.request_data import FormDataError, request_form_data_from_json
    from kiosk.forms.request_form import FormLayoutError, render_request_form

    try:
        raw = _read(args.data)
    except FileNotFoundError:
        print(f"Lỗi: không có tệp dữ liệu {args.data}.", file=sys.stderr)
        return EXIT_BAD_DATA
    except UnicodeDecodeError:
        print(f"Lỗi: tệp {args.data} không phải văn bản UTF-8.", file=sys.stderr)
        return EXIT_BAD_DATA
    except OSError as exc:
        print(f"Lỗi: không đọc được {args.data} ({exc.strerror}).", file=sys.stderr)
        return EXIT_BAD_DATA
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        print(
            f"Lỗi: {args.data} không phải JSON hợp lệ (dòng {exc.lineno}, cột {exc.colno}).",
            file=sys.stderr,
        )
        return EXIT_BAD_DATA
    try:
        data = request_form_data_from_json(obj)
        pdf = render_request_form(data)
    except FormDataError as exc:
        print("Không in được giấy đề nghị, dữ liệu chưa đúng:", file=sys.stderr)
        print(exc.describe(), file=sys.stderr)
        return EXIT_BAD_DATA
    except FormLayoutError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_BAD_DATA
    except FontMissingError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return EXIT_WRITE_FAILED
    target = Path(args.output)
    try:
        paths.write_atomically(target, pdf)
    except FileNotFoundError:
        print(f"Lỗi: không ghi được {target}: thư mục không tồn tại.", file=sys.stderr)
        return EXIT_WRITE_FAILED
    except PermissionError:
        print(f"Lỗi: không ghi được {target}: không có quyền ghi vào đó.", file=sys.stderr)
        return EXIT_WRITE_FAILED
    except OSError as exc:
        print(f"Lỗi: không ghi được {target} ({exc.strerror}).", file=sys.stderr)
        return EXIT_WRITE_FAILED
    print(f"Đã ghi {target} (mã hồ sơ {data.case_ref}).")
    return EXIT_OK
