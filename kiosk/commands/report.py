"""`kiosk report --date YYYY-MM-DD -o FILE.pdf|FILE.csv`: a supervisor's day report, unattended.

It has a session of its own, remembered in the keyring beside (never instead of) the kiosk's:
log in once with `kiosk report --login` (the password is asked for, never taken from the
command line). It fetches the day's accounts of the supervisor's units and writes the same
PDF or CSV as the supervisor screen's export (ID numbers and phones masked). The session's
refresh token rotates on every use and the new one is stored back, so the next run works
too, and a kiosk open on the same PC keeps its own session.

Gateway: `--gateway URL`, else `gateway.url` from the configuration. In training mode (no
`gateway.url`) the kiosk's embedded training gateway listens on a port drawn at each start, so
run the training gateway at a fixed address (`kiosk sandbox --port 8765`), set `gateway.url`
to it (or pass `--gateway http://127.0.0.1:8765`), and remember the session against that URL.

Exit codes: 0 written; 1 the file cannot be written; 2 bad arguments or configuration (date,
file extension, no gateway URL); 3 no remembered session, or the gateway ended it (`kiosk report
--login` again), or the log-in was refused; 4 the session is not a supervisor's, or the unit is
not theirs; 5 the gateway cannot be reached or failed. Messages are Vietnamese, on stderr, and
never hold a citizen's data; the data goes into the output file only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.domain import vn_time

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.portal.day_report import ReportFormat

NAME = "report"
HELP = "Báo cáo tài khoản đã tạo trong ngày (giám sát viên) / supervisor's day report, PDF or CSV"

EXIT_OK = 0
EXIT_WRITE_FAILED = 1
EXIT_USAGE = 2
EXIT_NO_SESSION = 3
EXIT_FORBIDDEN = 4
EXIT_GATEWAY = 5


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        default=None,
        help="ngày báo cáo (giờ Việt Nam); mặc định hôm nay",
    )
    parser.add_argument(
        "--login",
        action="store_true",
        help="đăng nhập một lần cho báo cáo (hỏi mật khẩu) và ghi nhớ phiên trên máy này",
    )
    parser.add_argument(
        "--username",
        default=None,
        help="với --login: tên đăng nhập của giám sát viên (hỏi nếu bỏ trống)",
    )
    parser.add_argument(
        "-o",
        "--output",
        default=None,
        metavar="FILE.pdf|FILE.csv",
        help="tệp sẽ ghi ra; đuôi .pdf hoặc .csv chọn định dạng",
    )
    parser.add_argument(
        "--gateway",
        metavar="URL",
        default=None,
        help="địa chỉ cổng kết nối; mặc định gateway.url trong cấu hình",
    )
    parser.add_argument("--unit", metavar="UNIT_ID", default=None, help="chỉ một đơn vị")
    parser.add_argument(
        "--officer", metavar="OFFICER_ID", type=int, default=None, help="chỉ một cán bộ (mã số)"
    )
    parser.add_argument(
        "--place",
        default=None,
        help="địa danh in trên báo cáo PDF; mặc định counter.place trong cấu hình",
    )
    parser.add_argument(
        "--delimiter",
        choices=(",", ";"),
        default=";",
        metavar="',' | ';'",
        help="dấu phân cách của CSV; mặc định ';' (Excel vùng Việt Nam), ',' cho vùng tiếng Anh",
    )


def _fail(code: int, text: str) -> int:
    print(f"Lỗi: {text}", file=sys.stderr)
    return code


def _day(text: str | None) -> dt.date | None:
    if text is None:
        return vn_time.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def run(args: argparse.Namespace) -> int:
    from kiosk import config, logs
    from kiosk.portal import day_report

    if args.login:
        return _login_mode(args)
    if not args.output:
        return _fail(EXIT_USAGE, "cần -o FILE.pdf|FILE.csv (hoặc --login).")
    day = _day(args.date)
    if day is None:
        return _fail(EXIT_USAGE, f"ngày '{args.date}' không đúng dạng YYYY-MM-DD.")
    target = Path(args.output)
    fmt = day_report.format_for(target.name)
    if fmt is None:
        return _fail(EXIT_USAGE, f"tệp {target.name} phải có đuôi .pdf hoặc .csv.")
    try:
        settings = config.load()
    except config.ConfigError as exc:
        from kiosk.ui.catalogue import config_words

        return _fail(EXIT_USAGE, config_words.describe(exc))
    logs.setup(settings.logging.level, settings.logging.max_bytes, settings.logging.backups)
    url = (args.gateway or settings.gateway.url).strip()
    if not url:
        return _fail(
            EXIT_USAGE,
            "chưa có địa chỉ cổng kết nối. Ở chế độ đào tạo, chạy `kiosk sandbox --port 8765` "
            "rồi dùng --gateway http://127.0.0.1:8765 (xem docs/supervisor.md).",
        )
    place = settings.counter.place if args.place is None else args.place
    return _report(settings, url, day, fmt, target, args, place)


def _report(
    settings: Settings,
    url: str,
    day: dt.date,
    fmt: ReportFormat,
    target: Path,
    args: argparse.Namespace,
    place: str,
) -> int:
    from kiosk.portal import day_report
    from kiosk.portal.client import GatewayClient
    from kiosk.portal.credentials import REPORT_ACCOUNT, CredentialStore
    from kiosk.portal.errors import PortalError, Rejected, SessionExpired
    from kiosk.portal.supervision import DayQuery

    store = CredentialStore(url, account=REPORT_ACCOUNT)
    token = store.recall()
    if not token:
        return _fail(
            EXIT_NO_SESSION,
            "máy này chưa ghi nhớ phiên báo cáo cho cổng kết nối này. "
            f"Chạy một lần: kiosk report --login --gateway {url}",
        )
    try:
        client = GatewayClient.from_settings(
            settings.gateway, base_url=url, on_tokens_changed=store.update
        )
    except PortalError as exc:
        return _fail(EXIT_USAGE, f"địa chỉ cổng kết nối không dùng được ({exc.kind}).")
    with client:
        try:
            officer = client.resume(token)
            if not officer.is_supervisor:
                return _fail(
                    EXIT_FORBIDDEN,
                    "phiên đã ghi nhớ không phải của giám sát viên; chỉ giám sát viên lập "
                    "được báo cáo ngày.",
                )
            query = DayQuery(day=day, unit_id=args.unit, officer_id=args.officer)
            report = day_report.build(
                client,
                officer,
                query,
                fmt,
                place=place,
                delimiter=args.delimiter,
                generated_at=dt.datetime.now(dt.UTC),
            )
        except SessionExpired:
            return _fail(
                EXIT_NO_SESSION,
                "phiên báo cáo đã ghi nhớ đã hết hạn hoặc bị thu hồi. Đăng nhập lại: "
                f"kiosk report --login --gateway {url}",
            )
        except Rejected as exc:
            if exc.status == 403:
                return _fail(EXIT_FORBIDDEN, "không có quyền xem đơn vị hoặc cán bộ này.")
            return _fail(EXIT_GATEWAY, exc.message or f"cổng kết nối từ chối ({exc.code}).")
        except PortalError as exc:
            return _fail(EXIT_GATEWAY, _gateway_problem(exc.kind))
    try:
        day_report.write_atomically(target, report.data)
    except FileNotFoundError:
        return _fail(EXIT_WRITE_FAILED, f"không ghi được {target}: thư mục không tồn tại.")
    except PermissionError:
        return _fail(EXIT_WRITE_FAILED, f"không ghi được {target}: không có quyền ghi vào đó.")
    except OSError as exc:
        return _fail(EXIT_WRITE_FAILED, f"không ghi được {target} ({exc.strerror}).")
    print(f"Đã ghi {target}: {report.accounts} tài khoản ngày {day:%d/%m/%Y}.")
    return EXIT_OK


def _login_mode(args: argparse.Namespace) -> int:
    """`--login`: a supervisor's own report session, asked for at the terminal."""
    from kiosk import config, logs
    from kiosk.portal.client import GatewayClient
    from kiosk.portal.credentials import REPORT_ACCOUNT, CredentialStore
    from kiosk.portal.errors import PortalError, Rejected

    try:
        settings = config.load()
    except config.ConfigError as exc:
        return _fail(EXIT_USAGE, str(exc))
    logs.setup(settings.logging.level, settings.logging.max_bytes, settings.logging.backups)
    url = (args.gateway or settings.gateway.url).strip()
    if not url:
        return _fail(EXIT_USAGE, "chưa có địa chỉ cổng kết nối (--gateway URL).")
    store = CredentialStore(url, account=REPORT_ACCOUNT)
    keyring = store.status()
    if not keyring.usable:
        # A session kept in a plaintext file would let anyone with the disk read the day.
        return _fail(EXIT_USAGE, f"máy này không có kho khóa an toàn ({keyring.reason}).")
    username = (args.username or input("Tên đăng nhập: ")).strip()
    password = getpass.getpass("Mật khẩu: ")
    try:
        client = GatewayClient.from_settings(
            settings.gateway, base_url=url, on_tokens_changed=store.update
        )
    except PortalError as exc:
        return _fail(EXIT_USAGE, f"địa chỉ cổng kết nối không dùng được ({exc.kind}).")
    with client:
        try:
            officer = client.login(username, password)
        except Rejected as exc:
            if exc.code == "too_many_attempts":
                return _fail(EXIT_NO_SESSION, "đăng nhập sai quá nhiều lần; thử lại sau.")
            return _fail(EXIT_NO_SESSION, "tên đăng nhập hoặc mật khẩu không đúng.")
        except PortalError as exc:
            return _fail(EXIT_GATEWAY, _gateway_problem(exc.kind))
        if not officer.is_supervisor:
            client.logout()
            store.forget()
            return _fail(EXIT_FORBIDDEN, "chỉ giám sát viên lập được báo cáo ngày.")
    if store.recall() is None:
        return _fail(EXIT_USAGE, "kho khóa không ghi được phiên; thử lại hoặc báo bộ phận CNTT.")
    print(f"Đã ghi nhớ phiên báo cáo của {officer.full_name} cho {url}.")
    return EXIT_OK


def _gateway_problem(kind: str) -> str:
    return {
        "offline": "không kết nối được cổng kết nối; kiểm tra mạng và địa chỉ.",
        "timeout": "cổng kết nối không trả lời kịp; thử lại sau.",
        "tls_error": "không xác minh được chứng chỉ của cổng kết nối (gateway.ca_bundle).",
        "insecure_gateway": "địa chỉ cổng kết nối phải bắt đầu bằng https://.",
        "server_error": "cổng kết nối đang gặp lỗi; thử lại sau ít phút.",
        "bad_response": "cổng kết nối trả lời không đúng định dạng.",
    }.get(kind, f"cổng kết nối gặp lỗi ({kind}).")
