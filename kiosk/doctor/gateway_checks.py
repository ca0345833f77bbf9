"""The gateway seen from this PC: reachable, TLS chain, clock, log-in."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from urllib.parse import urlsplit

from kiosk.doctor.context import DoctorContext
from kiosk.doctor.net_probe import TlsFailure, handshake, proxied, reach
from kiosk.doctor.result import CheckResult, failed, passed, skipped
from kiosk.portal.errors import (
    BadResponse,
    CertificateError,
    InsecureGateway,
    Offline,
    PortalError,
    RateLimited,
    Rejected,
    ServerError,
    Timeout,
    Unauthorised,
)
from kiosk.portal.tls import CaBundleError
from kiosk.portal.urls import is_loopback_host

CONTRACT = "v1"
# OTP codes live 5 minutes and tokens a little longer: past two minutes a desk starts seeing
# "code expired" and refused tokens that nobody can explain.
CLOCK_SKEW_LIMIT_S = 120.0
CERT_WARNING_DAYS = 21
PROBE_USERNAME = "kiosk-doctor-probe"

_HINT_URL = (
    "Sửa gateway.url trong tệp cấu hình hệ thống: địa chỉ phải dạng https://tên-máy-chủ[:cổng], "
    "không có tên đăng nhập, dấu ? hay #."
)
_HINT_CA = (
    "Sửa gateway.ca_bundle: đường dẫn tới tệp PEM chứa chứng chỉ CA của tỉnh (bắt đầu bằng "
    "-----BEGIN CERTIFICATE-----), đọc được bởi tài khoản của cán bộ."
)
_HINT_NETWORK = (
    "Kiểm tra cáp mạng/Wi-Fi, tường lửa và proxy của máy; thử mở {url}/v1/health bằng trình "
    "duyệt. Nếu địa chỉ sai, sửa gateway.url."
)


def _where(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or url


def gateway_check(ctx: DoctorContext) -> CheckResult:
    name = "gateway"
    probe = ctx.probe()
    error = probe.error
    if error is None and probe.health is not None:
        health = probe.health
        mode = "đào tạo" if health.training else "chính thức"
        where = "máy chủ đào tạo chạy trong máy này" if ctx.training else _where(probe.url)
        detail = (
            f"{where} trả lời sau {probe.elapsed_ms:.0f} ms; phiên bản {health.version}, "
            f"hợp đồng {health.contract}, chế độ {mode}"
        )
        if health.contract != CONTRACT:
            return failed(
                name,
                detail + f" (kiosk này dùng hợp đồng {CONTRACT})",
                "Máy chủ và kiosk không cùng phiên bản hợp đồng: cập nhật kiosk hoặc hỏi đơn vị "
                "quản lý máy chủ.",
            )
        if health.training and not ctx.training:
            detail += " — CẢNH BÁO: máy chủ đào tạo, tài khoản tạo ra không có thật"
        return passed(name, detail)
    if ctx.training:
        return failed(
            name,
            f"Không khởi động được máy chủ đào tạo nội bộ ({type(error).__name__})",
            "Cài lại phần mềm kiosk; nếu vẫn lỗi, gửi tệp nhật ký (kiosk.log) cho nhóm hỗ trợ.",
        )
    url = ctx.options.gateway_url or ctx.settings.gateway.url
    if isinstance(error, CaBundleError):
        return failed(name, "Tệp CA trong gateway.ca_bundle không dùng được", _HINT_CA)
    if isinstance(error, InsecureGateway):
        return failed(name, f"Địa chỉ máy chủ bị từ chối: {url}", _HINT_URL)
    if isinstance(error, CertificateError):
        return failed(
            name,
            f"Kết nối tới {_where(url)} được nhưng chứng chỉ TLS không hợp lệ",
            "Xem dòng “Chứng chỉ TLS” ngay dưới.",
        )
    if isinstance(error, Timeout):
        return failed(
            name,
            f"{_where(url)} không trả lời trong {ctx.options.timeout:.0f} giây",
            "Máy chủ hoặc đường mạng đang quá tải; thử lại sau ít phút, nếu lặp lại báo đơn vị "
            "quản lý máy chủ.",
        )
    if isinstance(error, Offline):
        return failed(
            name,
            f"Không kết nối được {_where(url)}: {_why_offline(ctx, probe.url or url)}",
            _HINT_NETWORK.format(url=url.rstrip("/")),
        )
    if isinstance(error, ServerError):
        return failed(
            name,
            f"{_where(url)} đang lỗi (HTTP {error.status})",
            "Máy chủ gặp sự cố: báo đơn vị quản lý máy chủ; kiosk không cần sửa gì.",
        )
    if isinstance(error, BadResponse | Rejected):
        status = f"HTTP {error.status}" if error.status else "câu trả lời lạ"
        return failed(
            name,
            f"{_where(url)} trả lời nhưng không phải cổng kết nối của kiosk ({status})",
            "Địa chỉ có thể thiếu hoặc thừa phần đường dẫn: kiểm tra gateway.url với đơn vị "
            "quản lý máy chủ.",
        )
    return failed(
        name,
        f"Lỗi khi gọi {_where(url)} ({type(error).__name__})",
        _HINT_NETWORK.format(url=url.rstrip("/")),
    )


def _why_offline(ctx: DoctorContext, url: str) -> str:
    parts = urlsplit(url)
    if proxied(url):
        return "qua proxy của máy, proxy không chuyển được yêu cầu"
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        return "cổng không hợp lệ"
    why = reach(parts.hostname or "", port, ctx.options.timeout)
    return why or "kết nối mở được nhưng bị cắt giữa chừng"


def tls_check(ctx: DoctorContext) -> CheckResult:
    name = "tls"
    gw = ctx.settings.gateway
    if ctx.training:
        return skipped(name, "Chế độ đào tạo: máy chủ chạy trong máy này, không qua mạng")
    url = (ctx.options.gateway_url or gw.url).strip()
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme.lower() != "https":
        if is_loopback_host(host):
            return skipped(name, "Máy chủ chạy trên chính máy này (http): không cần TLS")
        return skipped(
            name,
            "CẢNH BÁO: địa chỉ http, dữ liệu đi trên mạng không mã hoá "
            "(chỉ dùng cho phòng đào tạo riêng)",
        )
    try:
        port = parts.port or 443
    except ValueError:
        return failed(name, f"Cổng trong địa chỉ không hợp lệ: {url}", _HINT_URL)
    if proxied(url):
        # The PC reaches the gateway through a proxy: requests already verified the chain.
        error = ctx.probe().error
        if error is None:
            return passed(name, "Chứng chỉ hợp lệ (kiểm tra qua proxy của máy)")
        if isinstance(error, CaBundleError):
            return failed(name, "Tệp CA trong gateway.ca_bundle không dùng được", _HINT_CA)
        if isinstance(error, CertificateError):
            return failed(
                name,
                "Chứng chỉ của máy chủ không được tin cậy (qua proxy)",
                _HINT_CA + " Nếu proxy giải mã HTTPS, cần thêm CA của proxy vào tệp đó.",
            )
        return skipped(name, "Không kiểm tra được vì không kết nối được máy chủ")
    try:
        facts = handshake(host, port, gw.ca_bundle or None, timeout=ctx.options.timeout)
    except CaBundleError:
        return failed(name, "Tệp CA trong gateway.ca_bundle không dùng được", _HINT_CA)
    except TlsFailure as failure:
        return failed(name, failure.detail, failure.hint)
    except OSError:
        return skipped(name, "Không kiểm tra được vì không kết nối được máy chủ")
    detail = (
        f"Hợp lệ: cấp cho {facts.subject or host}, bởi {facts.issuer or '?'}, {facts.protocol}; "
        f"hết hạn {facts.not_after:%d/%m/%Y} (còn {facts.days_left} ngày)"
    )
    if facts.days_left < CERT_WARNING_DAYS:
        detail += " — CẢNH BÁO: sắp hết hạn, báo đơn vị quản lý máy chủ gia hạn"
    return passed(name, detail)


def clock_check(ctx: DoctorContext) -> CheckResult:
    name = "clock"
    probe = ctx.probe()
    if probe.health is None:
        return skipped(name, "Không so được giờ vì máy chủ không trả lời")
    # The gateway read its clock somewhere between sending and answering: take the middle.
    local = datetime.fromtimestamp((probe.sent_at + probe.received_at) / 2, UTC)
    skew = (local - probe.health.time.astimezone(UTC)).total_seconds()
    if abs(skew) < 1:
        detail = "Đồng hồ máy khớp máy chủ (lệch dưới 1 giây)"
    else:
        direction = "nhanh" if skew > 0 else "chậm"
        detail = f"Đồng hồ máy {direction} {abs(skew):.0f} giây so với máy chủ"
    if abs(skew) <= CLOCK_SKEW_LIMIT_S:
        return passed(name, detail)
    return failed(
        name,
        detail,
        "Bật đồng bộ giờ tự động (Windows: Cài đặt › Thời gian và ngôn ngữ › Đồng bộ ngay; "
        "Linux: timedatectl set-ntp true) và kiểm tra múi giờ (UTC+7). Giờ sai làm mã OTP và "
        "chứng chỉ bị từ chối.",
    )


def login_check(ctx: DoctorContext) -> CheckResult:
    name = "login"
    probe = ctx.probe()
    if probe.health is None:
        return skipped(name, "Không thử được vì máy chủ không trả lời")
    client = ctx.client()
    if ctx.training:
        from kiosk.sandbox.seed import DEMO_PASSWORD, OFFICERS

        username, password = OFFICERS[0].username, DEMO_PASSWORD
    elif ctx.options.username:
        username, password = ctx.options.username, ctx.options.password
    else:
        return _login_refusal(ctx)
    try:
        officer = client.login(username, password)
    except Unauthorised:
        return failed(
            name,
            f"Máy chủ từ chối tài khoản {username}: sai tên hoặc mật khẩu",
            "Kiểm tra lại tên đăng nhập, mật khẩu và bộ gõ tiếng Việt/Caps Lock.",
        )
    except RateLimited:
        return failed(
            name,
            f"Tài khoản {username} đang tạm khoá vì nhập sai nhiều lần",
            "Chờ hết thời gian khoá rồi thử lại.",
        )
    except PortalError as exc:
        return failed(
            name,
            f"Đăng nhập không được ({exc.kind})",
            "Xem dòng “Kết nối máy chủ”; nếu máy chủ trả lời mà vẫn lỗi, báo đơn vị quản lý.",
        )
    try:
        eligible = [u for u in officer.units if u.eligible]
        detail = (
            f"Đăng nhập được: {officer.username} (vai trò {', '.join(officer.roles) or '—'}), "
            f"{len(eligible)}/{len(officer.units)} đơn vị hợp lệ"
        )
        wanted = ctx.settings.counter.unit_id
        if wanted and wanted not in {u.id for u in eligible}:
            detail += f"; đơn vị của quầy ({wanted}) không có trong danh sách này"
        if not eligible:
            return failed(
                name,
                detail,
                "Tài khoản chưa được gán vào Trung tâm Phục vụ hành chính công hoặc Bộ phận một "
                "cửa có tên đúng quy định: báo quản trị của đơn vị.",
            )
        return passed(name, detail)
    finally:
        client.logout()


def _login_refusal(ctx: DoctorContext) -> CheckResult:
    """Without an account to try: a log-in that cannot succeed must be refused as the
    contract says. That proves the log-in service works without knowing a password."""
    name = "login"
    try:
        ctx.client().login(PROBE_USERNAME, secrets.token_urlsafe(24))
    except Unauthorised as refusal:
        if refusal.code == "invalid_credentials":
            return passed(
                name,
                "Dịch vụ đăng nhập trả lời đúng (đã thử một tài khoản không tồn tại); "
                "thử tài khoản thật: kiosk doctor --user TÊN",
            )
        return failed(
            name,
            f"Dịch vụ đăng nhập trả lời mã lạ ({refusal.code})",
            "Báo đơn vị quản lý máy chủ: dịch vụ đăng nhập không theo hợp đồng v1.",
        )
    except RateLimited:
        return passed(name, "Dịch vụ đăng nhập trả lời (đang giới hạn số lần thử)")
    except PortalError as exc:
        return failed(
            name,
            f"Dịch vụ đăng nhập lỗi ({exc.kind}, HTTP {exc.status or '—'})",
            "Máy chủ trả lời /v1/health nhưng không nhận đăng nhập: báo đơn vị quản lý máy chủ.",
        )
    ctx.client().logout()
    return failed(
        name,
        "Máy chủ cho đăng nhập bằng một tài khoản không tồn tại",
        "Máy chủ này không phải cổng kết nối đúng hợp đồng: báo đơn vị quản lý ngay.",
    )
