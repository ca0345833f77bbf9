"""`kiosk doctor [--json]`: check this counter PC and say, per failure, what to do.

Exit 0 when every check passed (or did not apply), 1 when one failed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import shutil
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.scanner.device import ScanDevice

NAME = "doctor"
HELP = (
    "Kiểm tra máy kiosk: máy chủ, chứng chỉ, đồng hồ, đăng nhập, kho khoá, máy quét, máy in, "
    "phông chữ, ổ đĩa, dữ liệu / check this counter PC"
)

EXIT_USAGE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="kết quả dạng JSON / JSON output")
    parser.add_argument(
        "--only",
        metavar="NAME[,NAME]",
        help="chỉ chạy các mục này (xem --list) / run only these checks",
    )
    parser.add_argument("--list", action="store_true", help="liệt kê tên các mục / list checks")
    parser.add_argument(
        "--lang",
        choices=("vi", "en"),
        default="",
        help="ngôn ngữ của báo cáo (mặc định: ui.language) / report language",
    )
    parser.add_argument(
        "--gateway",
        metavar="URL",
        default="",
        help="kiểm tra máy chủ này thay cho gateway.url / check this gateway instead",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        default="",
        help="thử đăng nhập bằng tài khoản này (hỏi mật khẩu) / try a real log-in",
    )
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="đọc mật khẩu từ dòng đầu của stdin (cho script) / read the password from stdin",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=10.0,
        help="số giây chờ tối đa mỗi lần gọi mạng (mặc định 10) / network timeout",
    )


def _password(args: argparse.Namespace) -> str:
    if not args.user:
        return ""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(f"Mật khẩu của {args.user}: ")


def run(args: argparse.Namespace) -> int:
    from kiosk import logs
    from kiosk.doctor import (
        DoctorContext,
        DoctorOptions,
        exit_code,
        run_checks,
        select,
        standard_checks,
    )
    from kiosk.ui.catalogue.doctor import as_json, as_table, load_language, title
    from kiosk.ui.printers import printers_check

    checks = standard_checks(printers=printers_check)
    if args.list:
        app = load_language(args.lang or _configured_language())
        for check in checks:
            print(f"{check.name:<10} {title(check.name)}")
        return 0
    if args.only:
        try:
            checks = select(checks, args.only.split(","))
        except ValueError as exc:
            print(f"kiosk doctor: không có mục {exc} (xem --list)", file=sys.stderr)
            return EXIT_USAGE
    if not 0 < args.timeout <= 120:
        print("kiosk doctor: --timeout phải trong khoảng (0, 120]", file=sys.stderr)
        return EXIT_USAGE
    options = DoctorOptions(
        gateway_url=args.gateway,
        username=args.user,
        password=_password(args),
        timeout=args.timeout,
    )
    # Leave a trace for support in kiosk.log; a folder that cannot be written is itself one
    # of the findings, so it must not stop the doctor.
    with contextlib.suppress(OSError):
        logs.setup()
    with DoctorContext.load(options) as ctx:
        ctx.cameras = _camera_lister()
        results = run_checks(checks, ctx)
        about = ctx.describe()
        language = args.lang or ctx.settings.ui.language
    # The words come from the GUI's own catalogue, loaded without a GUI.
    app = load_language(language)  # noqa: F841 (keeps the words)
    if args.json:
        import kiosk

        about = {"version": kiosk.__version__, **about}
        print(as_json(results, about))
    else:
        print(as_table(results, width=shutil.get_terminal_size((100, 24)).columns))
    return exit_code(results)


def _configured_language() -> str:
    from kiosk import config

    try:
        return config.load().ui.language
    except (OSError, config.ConfigError):
        return "vi"


def _camera_lister() -> Callable[[], list[ScanDevice]] | None:
    try:
        from kiosk.scanner.camera import list_cameras
    except ImportError:  # Qt Multimedia's libraries missing: the check says "not known"
        return None
    return list_cameras
