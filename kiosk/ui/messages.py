"""The one place where an error becomes words for the officer (Vietnamese, or English).

Typed errors from the gateway client, the scanners, the forms and the configuration arrive
here; the screen shows title + text + what to do. Nothing English or technical from an
exception ever reaches the officer: unknown errors get a calm generic text and go to the log.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kiosk.config import ConfigError
from kiosk.portal import errors as portal
from kiosk.scanner.errors import ScanError
from kiosk.ui.catalogue import QT_TRANSLATE_NOOP, config_words

log = logging.getLogger(__name__)

CTX = "Messages"


def _t(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


@dataclass(frozen=True)
class UserMessage:
    title: str
    text: str
    hint: str = ""
    retry_after: float | None = None  # seconds, when waiting helps
    # The officer may simply try again (network hiccup) vs. must change something.
    retryable: bool = False


# Gateway refusal codes: what happened, what to do. Codes not here fall back to the gateway's
# own (Vietnamese) message, then to a generic text.
_REJECTIONS: dict[str, tuple[str, str]] = {
    "invalid_credentials": (
        QT_TRANSLATE_NOOP("Messages", "Tên đăng nhập hoặc mật khẩu không đúng."),
        QT_TRANSLATE_NOOP("Messages", "Kiểm tra bộ gõ tiếng Việt và phím Caps Lock, rồi nhập lại."),
    ),
    "too_many_attempts": (
        QT_TRANSLATE_NOOP("Messages", "Đăng nhập sai quá nhiều lần nên tạm bị khóa."),
        QT_TRANSLATE_NOOP("Messages", "Chờ hết thời gian khóa rồi thử lại."),
    ),
    "invalid_refresh_token": (
        QT_TRANSLATE_NOOP("Messages", "Phiên đăng nhập đã hết hạn."),
        QT_TRANSLATE_NOOP("Messages", "Đăng nhập lại; hồ sơ đang làm dở vẫn được giữ."),
    ),
    "forbidden_role": (
        QT_TRANSLATE_NOOP("Messages", "Tài khoản của bạn không có quyền làm việc này."),
        QT_TRANSLATE_NOOP("Messages", "Liên hệ quản trị của đơn vị để được phân quyền."),
    ),
    "forbidden_scope": (
        QT_TRANSLATE_NOOP("Messages", "Bạn không được xem dữ liệu này."),
        QT_TRANSLATE_NOOP(
            "Messages", "Cán bộ chỉ xem tài khoản mình tạo; giám sát viên xem đơn vị mình."
        ),
    ),
    "unit_not_allowed": (
        QT_TRANSLATE_NOOP("Messages", "Không chọn được đơn vị này."),
        QT_TRANSLATE_NOOP(
            "Messages", "Chọn Trung tâm Phục vụ hành chính công hoặc Bộ phận một cửa của bạn."
        ),
    ),
    "invalid_id_number": (
        QT_TRANSLATE_NOOP("Messages", "Số CMND/CCCD không hợp lệ."),
        QT_TRANSLATE_NOOP("Messages", "Số CMND gồm 9 chữ số, số CCCD gồm 12 chữ số."),
    ),
    "not_a_mobile_number": (
        QT_TRANSLATE_NOOP("Messages", "Số điện thoại không nhận được mã OTP."),
        QT_TRANSLATE_NOOP(
            "Messages", "Cần số di động Việt Nam của chính công dân (không dùng số máy bàn)."
        ),
    ),
    "otp_cooldown": (
        QT_TRANSLATE_NOOP("Messages", "Vừa gửi mã OTP cho số này."),
        QT_TRANSLATE_NOOP("Messages", "Chờ hết thời gian đếm ngược rồi gửi lại."),
    ),
    "otp_hourly_limit": (
        QT_TRANSLATE_NOOP("Messages", "Số điện thoại này đã nhận quá nhiều mã OTP trong một giờ."),
        QT_TRANSLATE_NOOP(
            "Messages", "Kiểm tra lại số điện thoại; đề nghị công dân khởi động lại điện thoại."
        ),
    ),
    "otp_invalid": (
        QT_TRANSLATE_NOOP("Messages", "Mã OTP không đúng."),
        QT_TRANSLATE_NOOP("Messages", "Nhập mã mới nhất công dân nhận được."),
    ),
    "otp_expired": (
        QT_TRANSLATE_NOOP("Messages", "Mã OTP đã hết hạn."),
        QT_TRANSLATE_NOOP("Messages", "Cần gửi mã mới cho công dân."),
    ),
    "otp_superseded": (
        QT_TRANSLATE_NOOP("Messages", "Đã có mã OTP mới hơn."),
        QT_TRANSLATE_NOOP("Messages", "Nhập mã mới nhất công dân nhận được."),
    ),
    "otp_locked": (
        QT_TRANSLATE_NOOP("Messages", "Nhập sai mã OTP quá số lần cho phép; mã đã bị hủy."),
        QT_TRANSLATE_NOOP("Messages", "Cần gửi mã mới cho công dân."),
    ),
    "otp_used": (
        QT_TRANSLATE_NOOP("Messages", "Mã OTP này đã được dùng."),
        QT_TRANSLATE_NOOP("Messages", "Cần gửi mã mới cho công dân."),
    ),
    "otp_not_found": (
        QT_TRANSLATE_NOOP("Messages", "Chưa gửi mã OTP cho hồ sơ này."),
        QT_TRANSLATE_NOOP("Messages", "Cần gửi mã OTP cho công dân trước."),
    ),
    "otp_mismatch": (
        QT_TRANSLATE_NOOP("Messages", "Mã OTP được gửi cho số điện thoại hoặc số CCCD khác."),
        QT_TRANSLATE_NOOP("Messages", "Gửi mã mới tới đúng số điện thoại của công dân."),
    ),
    "account_exists": (
        QT_TRANSLATE_NOOP("Messages", "Công dân đã có tài khoản – không cần tạo mới."),
        QT_TRANSLATE_NOOP(
            "Messages", "Nếu công dân không đăng nhập được, hướng dẫn dùng “Quên mật khẩu”."
        ),
    ),
    "request_in_progress": (
        QT_TRANSLATE_NOOP("Messages", "Yêu cầu tạo tài khoản này đang được xử lý."),
        QT_TRANSLATE_NOOP("Messages", "Chờ giây lát; kiosk sẽ hỏi lại kết quả, không tạo trùng."),
    ),
    "attachment_too_large": (
        QT_TRANSLATE_NOOP("Messages", "Tệp ảnh thẻ vượt quá 5 MB."),
        QT_TRANSLATE_NOOP("Messages", "Quét lại với độ phân giải thấp hơn."),
    ),
    "attachment_not_pdf": (
        QT_TRANSLATE_NOOP("Messages", "Tệp ảnh thẻ không phải PDF hợp lệ."),
        QT_TRANSLATE_NOOP("Messages", "Quét lại hai mặt thẻ."),
    ),
    "validation_failed": (
        QT_TRANSLATE_NOOP("Messages", "Thông tin công dân chưa hợp lệ."),
        QT_TRANSLATE_NOOP("Messages", "Sửa các ô được đánh dấu rồi thử lại."),
    ),
    "request_form_not_found": (
        QT_TRANSLATE_NOOP("Messages", "Quầy chưa gửi giấy đề nghị cho tài khoản này."),
        QT_TRANSLATE_NOOP(
            "Messages", "Đề nghị cán bộ tạo tài khoản gửi bản giấy đề nghị công dân đã ký."
        ),
    ),
    "account_not_found": (
        QT_TRANSLATE_NOOP("Messages", "Không tìm thấy tài khoản này trên máy chủ."),
        QT_TRANSLATE_NOOP("Messages", "Bấm “Làm mới” để tải lại danh sách."),
    ),
    "malformed_request": (
        QT_TRANSLATE_NOOP("Messages", "Máy chủ không đọc được yêu cầu kiosk gửi."),
        QT_TRANSLATE_NOOP("Messages", "Báo bộ phận CNTT; thông tin đã nhập vẫn được giữ."),
    ),
    "idempotency_key_missing": (
        QT_TRANSLATE_NOOP("Messages", "Yêu cầu tạo tài khoản thiếu khóa chống trùng."),
        QT_TRANSLATE_NOOP("Messages", "Báo bộ phận CNTT; thông tin đã nhập vẫn được giữ."),
    ),
    "idempotency_key_invalid": (
        QT_TRANSLATE_NOOP("Messages", "Khóa chống trùng của yêu cầu sai định dạng."),
        QT_TRANSLATE_NOOP("Messages", "Báo bộ phận CNTT; thông tin đã nhập vẫn được giữ."),
    ),
    "idempotency_key_reused": (
        QT_TRANSLATE_NOOP(
            "Messages", "Khóa chống trùng này đã được dùng cho một yêu cầu có nội dung khác."
        ),
        QT_TRANSLATE_NOOP("Messages", "Kiosk tra cứu số CCCD để biết tài khoản đã có hay chưa."),
    ),
    "unauthenticated": (
        QT_TRANSLATE_NOOP("Messages", "Chưa đăng nhập."),
        QT_TRANSLATE_NOOP("Messages", "Đăng nhập lại; hồ sơ đang làm dở vẫn được giữ."),
    ),
    "invalid_token": (
        QT_TRANSLATE_NOOP("Messages", "Phiên đăng nhập không còn hiệu lực."),
        QT_TRANSLATE_NOOP("Messages", "Đăng nhập lại; hồ sơ đang làm dở vẫn được giữ."),
    ),
    "access_token_expired": (
        QT_TRANSLATE_NOOP("Messages", "Phiên làm việc đã hết hạn."),
        QT_TRANSLATE_NOOP("Messages", "Đăng nhập lại; hồ sơ đang làm dở vẫn được giữ."),
    ),
    "not_found": (
        QT_TRANSLATE_NOOP("Messages", "Máy chủ không có địa chỉ kiosk vừa hỏi."),
        QT_TRANSLATE_NOOP("Messages", "Báo bộ phận CNTT kiểm tra địa chỉ máy chủ trong cấu hình."),
    ),
    "method_not_allowed": (
        QT_TRANSLATE_NOOP("Messages", "Máy chủ không nhận kiểu yêu cầu này."),
        QT_TRANSLATE_NOOP("Messages", "Báo bộ phận CNTT: phiên bản kiosk và máy chủ chưa khớp."),
    ),
    "attachment_not_found": (
        QT_TRANSLATE_NOOP("Messages", "Tài khoản này không có tệp ảnh thẻ đính kèm."),
        QT_TRANSLATE_NOOP("Messages", "Hỏi cán bộ đã tạo tài khoản."),
    ),
    "training_only": (
        QT_TRANSLATE_NOOP("Messages", "Hộp thư SMS mô phỏng chỉ có ở chế độ đào tạo."),
        QT_TRANSLATE_NOOP("Messages", "Ở chế độ thật, công dân đọc mã trên điện thoại của mình."),
    ),
    "payload_too_large": (
        QT_TRANSLATE_NOOP("Messages", "Dữ liệu gửi lên quá lớn."),
        QT_TRANSLATE_NOOP("Messages", "Quét lại hai mặt thẻ với độ phân giải thấp hơn."),
    ),
    "internal_error": (
        QT_TRANSLATE_NOOP("Messages", "Máy chủ đang gặp lỗi."),
        QT_TRANSLATE_NOOP("Messages", "Làm lại sau ít phút. Thông tin đã nhập vẫn được giữ."),
    ),
    "service_busy": (
        QT_TRANSLATE_NOOP("Messages", "Máy chủ đang bận."),
        QT_TRANSLATE_NOOP("Messages", "Làm lại sau giây lát. Thông tin đã nhập vẫn được giữ."),
    ),
    "unsafe_pdf": (
        QT_TRANSLATE_NOOP(
            "Messages", "Máy chủ không nhận tệp PDF hai mặt thẻ: tệp có nội dung chạy được."
        ),
        QT_TRANSLATE_NOOP("Messages", "Quay lại bước 2 và quét lại hai mặt thẻ."),
    ),
    "sms_unavailable": (
        QT_TRANSLATE_NOOP("Messages", "Máy chủ chưa gửi được tin nhắn SMS (nhà mạng không nhận)."),
        QT_TRANSLATE_NOOP("Messages", "Làm lại sau giây lát. Thông tin đã nhập vẫn được giữ."),
    ),
}

# Why a step of a case cannot run yet (kiosk.cases.errors.CaseError codes).
_CASE_WORDS: dict[str, str] = {
    "not_looked_up": QT_TRANSLATE_NOOP("Messages", "Chưa tra cứu số CMND/CCCD của công dân."),
    "case_ended": QT_TRANSLATE_NOOP(
        "Messages", "Hồ sơ này đã kết thúc; hãy bắt đầu tiếp công dân mới."
    ),
    "no_scan": QT_TRANSLATE_NOOP("Messages", "Chưa quét đủ hai mặt thẻ."),
    "no_pdf": QT_TRANSLATE_NOOP("Messages", "Chưa có tệp PDF ảnh hai mặt thẻ; hãy quét lại."),
    "details_incomplete": QT_TRANSLATE_NOOP(
        "Messages", "Thông tin công dân chưa đủ hoặc chưa hợp lệ; xem các ô được đánh dấu."
    ),
    "form_not_signed": QT_TRANSLATE_NOOP("Messages", "Công dân chưa kiểm tra và ký giấy đề nghị."),
    "otp_not_sent": QT_TRANSLATE_NOOP("Messages", "Chưa gửi mã OTP cho công dân."),
    "otp_code_format": QT_TRANSLATE_NOOP("Messages", "Mã OTP gồm đúng 6 chữ số."),
    "qr_other_card": QT_TRANSLATE_NOOP(
        "Messages",
        "Mã QR trên thẻ vừa quét mang số CCCD khác số đã tra cứu: có thể đây là thẻ của "
        "người khác. Hãy quét đúng thẻ, hoặc hủy hồ sơ và tra cứu lại.",
    ),
    "no_place": QT_TRANSLATE_NOOP(
        "Messages",
        "Chưa biết địa danh ghi trên giấy đề nghị. Báo bộ phận CNTT điền [counter] place "
        "trong cấu hình.",
    ),
}


def case_words(code: str, detail: str = "") -> str:
    """The officer's sentence for a case code (CaseError, a scan's QR problem)."""
    found = _CASE_WORDS.get(code)
    return _t(found) if found is not None else detail


_KINDS: dict[str, tuple[str, str]] = {
    "offline": (
        QT_TRANSLATE_NOOP("Messages", "Không kết nối được máy chủ."),
        QT_TRANSLATE_NOOP(
            "Messages", "Kiểm tra mạng của máy rồi làm lại. Thông tin đã nhập vẫn được giữ."
        ),
    ),
    "timeout": (
        QT_TRANSLATE_NOOP("Messages", "Máy chủ không trả lời kịp."),
        QT_TRANSLATE_NOOP("Messages", "Làm lại sau giây lát. Thông tin đã nhập vẫn được giữ."),
    ),
    "tls_error": (
        QT_TRANSLATE_NOOP("Messages", "Không xác minh được chứng chỉ bảo mật của máy chủ."),
        QT_TRANSLATE_NOOP(
            "Messages",
            "Báo bộ phận CNTT: kiểm tra đồng hồ máy và tệp chứng chỉ (gateway.ca_bundle).",
        ),
    ),
    "ca_bundle_invalid": (
        QT_TRANSLATE_NOOP(
            "Messages", "Tệp chứng chỉ của máy chủ (gateway.ca_bundle) không dùng được."
        ),
        QT_TRANSLATE_NOOP(
            "Messages", "Báo bộ phận CNTT: kiểm tra đường dẫn và nội dung tệp PEM trong cấu hình."
        ),
    ),
    "insecure_gateway": (
        QT_TRANSLATE_NOOP("Messages", "Địa chỉ máy chủ không an toàn nên bị từ chối."),
        QT_TRANSLATE_NOOP(
            "Messages", "Báo bộ phận CNTT: địa chỉ máy chủ phải bắt đầu bằng https://."
        ),
    ),
    "bad_response": (
        QT_TRANSLATE_NOOP("Messages", "Máy chủ trả lời không đúng định dạng."),
        QT_TRANSLATE_NOOP("Messages", "Thử lại sau; nếu lặp lại, báo bộ phận CNTT."),
    ),
    "server_error": (
        QT_TRANSLATE_NOOP("Messages", "Máy chủ đang gặp lỗi."),
        QT_TRANSLATE_NOOP("Messages", "Làm lại sau ít phút. Thông tin đã nhập vẫn được giữ."),
    ),
    "session_expired": (
        QT_TRANSLATE_NOOP("Messages", "Phiên đăng nhập đã hết hạn."),
        QT_TRANSLATE_NOOP("Messages", "Đăng nhập lại; hồ sơ đang làm dở vẫn được giữ."),
    ),
}

_RETRYABLE_KINDS = {"offline", "timeout", "server_error", "bad_response"}


def words_for(code: str) -> tuple[str, str] | None:
    """The officer's (text, hint) for a gateway code, translated; None for a code without."""
    found = _REJECTIONS.get(code)
    return None if found is None else (_t(found[0]), _t(found[1]))


def _wait_hint(seconds: float) -> str:
    if seconds >= 60:
        return QCoreApplication.translate("Messages", "Thử lại sau {n} phút.").format(
            n=math.ceil(seconds / 60)
        )
    return QCoreApplication.translate("Messages", "Thử lại sau {n} giây.").format(
        n=math.ceil(seconds)
    )


def for_code(
    code: str,
    *,
    attempts_left: int | None = None,
    retry_after: float | None = None,
    fallback: str = "",
) -> UserMessage:
    """What to tell the officer about a code a case outcome carries: a gateway code, or the
    kind of failure when no answer came (offline, timeout, ...)."""
    title = QCoreApplication.translate("Messages", "Chưa thực hiện được")
    if code in _REJECTIONS:
        text, hint = _REJECTIONS[code]
        hint = _t(hint)
        if code == "otp_invalid" and attempts_left is not None:
            hint = QCoreApplication.translate(
                "Messages", "Nhập mã mới nhất công dân nhận được. Còn {n} lần thử."
            ).format(n=attempts_left)
        if retry_after:
            return UserMessage(title, _t(text), f"{hint} {_wait_hint(retry_after)}", retry_after)
        return UserMessage(title, _t(text), hint)
    if code in _KINDS:
        text, hint = _KINDS[code]
        return UserMessage(
            title, _t(text), _t(hint), retry_after, retryable=code in _RETRYABLE_KINDS
        )
    log.info("gateway code without a kiosk text: %s", code)
    text = fallback or QCoreApplication.translate("Messages", "Máy chủ từ chối yêu cầu.")
    return UserMessage(title, text, "", retry_after)


def describe(exc: BaseException) -> UserMessage:
    """What to tell the officer about exc."""
    title = QCoreApplication.translate("Messages", "Chưa thực hiện được")
    if isinstance(exc, portal.SessionExpired):
        # Whichever code ended it (unauthenticated, invalid_token, ...): the session is over.
        return for_code("session_expired")
    if isinstance(exc, portal.Rejected) and exc.code in _REJECTIONS:
        left = exc.details.get("attempts_left")
        return for_code(
            exc.code,
            attempts_left=left if isinstance(left, int) else None,
            retry_after=exc.retry_after,
        )
    if isinstance(exc, portal.Rejected):
        # A code this kiosk does not know yet: the gateway's own Vietnamese words.
        log.info("gateway code without a kiosk text: %s", exc.code)
        text = exc.message or QCoreApplication.translate("Messages", "Máy chủ từ chối yêu cầu.")
        return UserMessage(title, text, "", exc.retry_after)
    if isinstance(exc, portal.ServerError) and exc.code in _REJECTIONS:
        # The gateway said which 5xx it was (busy, internal error): its own words.
        text, hint = _REJECTIONS[exc.code]
        return UserMessage(title, _t(text), _t(hint), exc.retry_after, retryable=True)
    if isinstance(exc, portal.PortalError) and exc.kind in _KINDS:
        text, hint = _KINDS[exc.kind]
        return UserMessage(
            title, _t(text), _t(hint), exc.retry_after, retryable=exc.kind in _RETRYABLE_KINDS
        )
    if isinstance(exc, ConfigError):
        return UserMessage(
            QCoreApplication.translate("Messages", "Cấu hình chưa đúng"),
            config_words.describe(exc),
            QCoreApplication.translate("Messages", "Báo bộ phận CNTT sửa tệp cấu hình."),
        )
    described = _describe_other(exc)
    if described is not None:
        return described
    log.error("no officer text for %s", type(exc).__name__, exc_info=exc)
    return UserMessage(
        QCoreApplication.translate("Messages", "Có lỗi ngoài dự kiến"),
        QCoreApplication.translate(
            "Messages", "Việc này chưa thực hiện được. Thông tin đã nhập vẫn được giữ."
        ),
        QCoreApplication.translate("Messages", "Thử lại; nếu lặp lại, báo bộ phận CNTT."),
        retryable=True,
    )


def _describe_other(exc: BaseException) -> UserMessage | None:
    """Errors of other layers that carry their own Vietnamese sentence."""
    if isinstance(exc, ScanError):
        title = (
            QCoreApplication.translate("Messages", "Đã hủy")
            if exc.code == "cancelled"
            else QCoreApplication.translate("Messages", "Chưa quét được")
        )
        from kiosk.ui.catalogue.scanner import error_text as scan_text

        return UserMessage(title, scan_text(exc), retryable=exc.code != "cancelled")
    return _describe_case(exc)


def _describe_case(exc: BaseException) -> UserMessage | None:
    """The officer's wizard: the journal, the case's own rules, the card QR, forms, printing."""
    from kiosk.cases.errors import CaseError
    from kiosk.domain.findings import FindingCode
    from kiosk.domain.qr_payload import CardQrError
    from kiosk.forms.fonts import FontMissingError
    from kiosk.forms.request_data import FormDataError
    from kiosk.forms.request_form import FormLayoutError
    from kiosk.journal.errors import JournalError
    from kiosk.scanner.qr_decode import CardQrNotFoundError
    from kiosk.ui.catalogue.findings import finding_text, text_of
    from kiosk.ui.wizard.printing import PrintFailed

    title = QCoreApplication.translate("Messages", "Chưa thực hiện được")
    if isinstance(exc, JournalError):
        # Storage, keyring, a damaged case: the journal's own sentence says whom to call.
        from kiosk.ui.catalogue.journal import error_text as journal_text

        return UserMessage(title, journal_text(exc), retryable=exc.code in ("busy", "disk_full"))
    if isinstance(exc, CaseError):
        if exc.code in {c.value for c in FindingCode}:
            return UserMessage(title, text_of(exc.code))
        return UserMessage(title, case_words(exc.code, exc.detail))
    if isinstance(exc, PrintFailed):
        return UserMessage(title, exc.message, retryable=True)
    if isinstance(exc, CardQrError | CardQrNotFoundError):
        return UserMessage(
            QCoreApplication.translate("Messages", "Không đọc được mã QR"),
            finding_text(exc.finding),
        )
    if isinstance(exc, FormDataError):
        return UserMessage(
            title,
            QCoreApplication.translate("Messages", "Thông tin chưa in được lên giấy đề nghị:")
            + " "
            + "; ".join(finding_text(f) for f in exc.findings),
            QCoreApplication.translate("Messages", "Quay lại bước 3 để sửa."),
        )
    if isinstance(exc, FormLayoutError):
        return UserMessage(
            title,
            QCoreApplication.translate(
                "Messages", "Thông tin quá dài, giấy đề nghị không vừa một trang."
            ),
            QCoreApplication.translate("Messages", "Rút gọn địa chỉ hoặc họ tên ở bước 3."),
        )
    if isinstance(exc, FontMissingError):
        return UserMessage(
            title,
            QCoreApplication.translate(
                "Messages", "Thiếu phông chữ của phần mềm nên không tạo được giấy tờ in."
            ),
            QCoreApplication.translate("Messages", "Báo bộ phận CNTT cài lại phần mềm kiosk."),
        )
    return None
