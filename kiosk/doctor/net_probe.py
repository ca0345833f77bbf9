"""Socket-level looks at the gateway, for the words a failure needs: which step broke.

requests says "unreachable"; IT needs to know whether the name did not resolve (DNS), the
port refused (service down, firewall) or nothing answered (routing, proxy). The TLS handshake
is made here with the same trust as the client (the configured CA bundle, or certifi's list,
which is what requests uses), to name the certificate problem and read its expiry date.
"""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime

import certifi
import requests

from kiosk.portal.tls import verify_setting

# OpenSSL's X509_V_ERR_* codes that have a fix IT can act on.
_EXPIRED = 10
_NOT_YET_VALID = 9
_UNTRUSTED = {2, 18, 19, 20, 21}
_HOSTNAME = {62, 64}  # host name, IP address mismatch


class TlsFailure(Exception):
    """The handshake failed; `detail` says how, `hint` what to do (Vietnamese)."""

    def __init__(self, detail: str, hint: str) -> None:
        super().__init__(detail)
        self.detail = detail
        self.hint = hint


@dataclass(frozen=True)
class TlsFacts:
    subject: str
    issuer: str
    protocol: str
    not_after: datetime

    @property
    def days_left(self) -> int:
        return (self.not_after - datetime.now(UTC)).days


def proxied(url: str) -> bool:
    """True when the environment sends this URL through a proxy (as the client would)."""
    return bool(requests.utils.get_environ_proxies(url))


def _common_name(rdns: tuple[tuple[tuple[str, str], ...], ...]) -> str:
    for rdn in rdns:
        for key, value in rdn:
            if key == "commonName":
                return value
    return ""


def handshake(host: str, port: int, ca_bundle: str | None, timeout: float) -> TlsFacts:
    """Connect and verify as the kiosk does; CaBundleError for a bad bundle, TlsFailure for a
    refused chain, OSError when the server cannot be reached at all."""
    verify = verify_setting(ca_bundle)
    cafile = verify if isinstance(verify, str) else certifi.where()  # as requests does
    context = ssl.create_default_context(cafile=cafile)
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            context.wrap_socket(raw, server_hostname=host) as tls,
        ):
            cert = tls.getpeercert() or {}
            protocol = tls.version() or "TLS"
    except ssl.SSLCertVerificationError as exc:
        raise _verification_failure(exc, host) from exc
    except ssl.SSLError as exc:
        raise TlsFailure(
            f"Bắt tay TLS thất bại ({exc.reason or exc.__class__.__name__})",
            "Cổng này có thể không phải HTTPS (thử http://, hoặc sai cổng), hoặc máy chủ chỉ "
            "nhận giao thức quá cũ: kiểm tra gateway.url với đơn vị quản lý máy chủ.",
        ) from exc
    not_after = datetime.fromtimestamp(ssl.cert_time_to_seconds(str(cert["notAfter"])), UTC)
    return TlsFacts(
        subject=_common_name(cert.get("subject", ())),  # type: ignore[arg-type]
        issuer=_common_name(cert.get("issuer", ())),  # type: ignore[arg-type]
        protocol=protocol,
        not_after=not_after,
    )


def _verification_failure(exc: ssl.SSLCertVerificationError, host: str) -> TlsFailure:
    code = exc.verify_code
    reason = exc.verify_message or str(exc)
    if code == _EXPIRED:
        return TlsFailure(
            f"Chứng chỉ của máy chủ đã hết hạn ({reason})",
            "Nếu đồng hồ máy này đúng, báo đơn vị quản lý máy chủ gia hạn chứng chỉ; nếu đồng hồ "
            "sai, chỉnh giờ (xem dòng “Đồng hồ máy”).",
        )
    if code == _NOT_YET_VALID:
        return TlsFailure(
            f"Chứng chỉ của máy chủ chưa tới ngày hiệu lực ({reason})",
            "Đồng hồ máy này đang chậm: bật đồng bộ giờ tự động.",
        )
    if code in _HOSTNAME:
        return TlsFailure(
            f"Chứng chỉ không cấp cho tên {host} ({reason})",
            "Dùng trong gateway.url đúng tên máy chủ ghi trong chứng chỉ (không dùng địa chỉ IP "
            "nếu chứng chỉ chỉ có tên).",
        )
    if code in _UNTRUSTED:
        return TlsFailure(
            f"Chứng chỉ do một CA mà máy này không tin cậy cấp ({reason})",
            "Đặt gateway.ca_bundle là tệp PEM chứng chỉ CA của tỉnh (hỏi đơn vị quản lý máy "
            "chủ); nếu mạng có proxy giải mã HTTPS, thêm cả CA của proxy vào tệp đó.",
        )
    return TlsFailure(
        f"Chứng chỉ không hợp lệ ({reason})",
        "Gửi dòng này cho đơn vị quản lý máy chủ.",
    )


def reach(host: str, port: int, timeout: float) -> str:
    """Which network step fails, in words for IT ("" when a TCP connection opens)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return f"không tìm thấy tên máy chủ {host} (DNS)"
    if not infos:
        return f"không tìm thấy tên máy chủ {host} (DNS)"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.settimeout(timeout)
        try:
            sock.connect(address)
        except ConnectionRefusedError:
            return f"{host} từ chối kết nối ở cổng {port} (dịch vụ không chạy hoặc tường lửa chặn)"
        except TimeoutError:
            return f"không có trả lời từ {host}:{port} sau {timeout:.0f} giây (mạng hoặc tường lửa)"
        except OSError as exc:
            return f"không tới được {host}:{port} ({exc.strerror or type(exc).__name__})"
    return ""
