"""Every refusal of the gateway: a stable code, an HTTP status and a Vietnamese message.

The body is always {"error": {"code", "message", "details"}}: FastAPI's own validation errors,
404s, 405s and oversized bodies included, so the kiosk maps one shape to its messages.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk.domain.gateway_codes import GatewayCode
from kiosk.domain.masking import redact
from kiosk.sandbox.sms_http import SmsUnavailable

log = logging.getLogger("kiosk.sandbox")

# code -> (HTTP status, Vietnamese message); the codes are the kiosk's own list, one truth.
CATALOGUE: dict[GatewayCode, tuple[int, str]] = {
    GatewayCode.MALFORMED_REQUEST: (
        400,
        "Yêu cầu không đúng định dạng (JSON hoặc biểu mẫu bị hỏng).",
    ),
    GatewayCode.IDEMPOTENCY_KEY_MISSING: (
        400,
        "Thiếu khoá chống trùng (Idempotency-Key); phần mềm phải gửi khoá này khi tạo tài khoản.",
    ),
    GatewayCode.IDEMPOTENCY_KEY_INVALID: (
        400,
        "Khoá chống trùng (Idempotency-Key) sai định dạng: 8 đến 128 ký tự chữ, số, "
        "'-', '_', '.', ':'.",
    ),
    GatewayCode.UNAUTHENTICATED: (401, "Chưa đăng nhập. Vui lòng đăng nhập lại."),
    GatewayCode.INVALID_TOKEN: (
        401,
        "Phiên đăng nhập không hợp lệ hoặc đã đăng xuất. Vui lòng đăng nhập lại.",
    ),
    GatewayCode.ACCESS_TOKEN_EXPIRED: (401, "Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại."),
    GatewayCode.INVALID_CREDENTIALS: (401, "Tên đăng nhập hoặc mật khẩu không đúng."),
    GatewayCode.INVALID_REFRESH_TOKEN: (401, "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại."),
    GatewayCode.FORBIDDEN_ROLE: (403, "Tài khoản của bạn không có quyền thực hiện thao tác này."),
    GatewayCode.FORBIDDEN_SCOPE: (
        403,
        "Bạn không được xem dữ liệu này: cán bộ chỉ xem tài khoản mình tạo, "
        "giám sát viên chỉ xem tài khoản của đơn vị mình phụ trách.",
    ),
    GatewayCode.UNIT_NOT_ALLOWED: (
        403,
        "Không chọn được đơn vị này: cán bộ chưa được gán vào đơn vị, hoặc tên đơn vị không chứa "
        "“Trung tâm phục vụ hành chính công” hay “Bộ phận một cửa”.",
    ),
    GatewayCode.NOT_FOUND: (404, "Không tìm thấy địa chỉ yêu cầu."),
    GatewayCode.ACCOUNT_NOT_FOUND: (404, "Không tìm thấy tài khoản công dân này."),
    GatewayCode.ATTACHMENT_NOT_FOUND: (404, "Tài khoản này không có tệp đính kèm."),
    GatewayCode.REQUEST_FORM_NOT_FOUND: (
        404,
        "Quầy chưa gửi giấy đề nghị tạo tài khoản (bản công dân đã ký) cho tài khoản này.",
    ),
    GatewayCode.TRAINING_ONLY: (404, "Hộp thư SMS mô phỏng chỉ có ở chế độ đào tạo."),
    GatewayCode.METHOD_NOT_ALLOWED: (405, "Phương thức HTTP này không được hỗ trợ ở địa chỉ này."),
    GatewayCode.ACCOUNT_EXISTS: (
        409,
        "Công dân này đã có tài khoản; không tạo mới. Nếu công dân không đăng nhập được, hướng dẫn "
        "dùng chức năng “Quên mật khẩu” trên Cổng Dịch vụ công.",
    ),
    GatewayCode.REQUEST_IN_PROGRESS: (
        409,
        "Yêu cầu tạo tài khoản này đang được xử lý. Vui lòng chờ giây lát rồi thử lại.",
    ),
    GatewayCode.OTP_EXPIRED: (410, "Mã OTP đã hết hạn. Vui lòng gửi mã mới."),
    GatewayCode.OTP_SUPERSEDED: (
        410,
        "Đã có mã OTP mới hơn cho số điện thoại này. Vui lòng nhập mã mới nhất công dân nhận được.",
    ),
    GatewayCode.OTP_LOCKED: (
        410,
        "Nhập sai mã OTP quá số lần cho phép; mã đã bị huỷ. Vui lòng gửi mã mới.",
    ),
    GatewayCode.OTP_USED: (410, "Mã OTP này đã được dùng. Vui lòng gửi mã mới."),
    GatewayCode.ATTACHMENT_TOO_LARGE: (413, "Tệp đính kèm vượt quá dung lượng cho phép (5 MB)."),
    GatewayCode.PAYLOAD_TOO_LARGE: (413, "Dữ liệu gửi lên quá lớn."),
    GatewayCode.ATTACHMENT_NOT_PDF: (
        415,
        "Tệp đính kèm phải là tệp PDF hợp lệ, không đặt mật khẩu.",
    ),
    GatewayCode.VALIDATION_FAILED: (422, "Dữ liệu chưa hợp lệ."),
    GatewayCode.INVALID_ID_NUMBER: (422, "Số CMND/CCCD phải gồm đúng 9 hoặc 12 chữ số."),
    GatewayCode.NOT_A_MOBILE_NUMBER: (
        422,
        "Số điện thoại không phải số di động Việt Nam hợp lệ; số máy bàn (ví dụ 0221…) "
        "không nhận được mã OTP.",
    ),
    GatewayCode.OTP_NOT_FOUND: (422, "Không tìm thấy mã OTP đã gửi. Vui lòng bấm “Gửi mã OTP”."),
    GatewayCode.OTP_MISMATCH: (
        422,
        "Mã OTP này được gửi cho số điện thoại hoặc số CMND/CCCD khác. Vui lòng gửi mã mới.",
    ),
    GatewayCode.OTP_INVALID: (422, "Mã OTP không đúng."),
    GatewayCode.UNSAFE_PDF: (
        422,
        "Tệp PDF chứa nội dung chạy được (JavaScript, tệp đính kèm, lệnh mở chương trình); "
        "hãy quét lại giấy tờ bằng phần mềm quầy.",
    ),
    GatewayCode.IDEMPOTENCY_KEY_REUSED: (
        422,
        "Khoá chống trùng này đã được dùng cho một yêu cầu có nội dung khác.",
    ),
    GatewayCode.TOO_MANY_ATTEMPTS: (429, "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau."),
    GatewayCode.OTP_COOLDOWN: (429, "Vừa gửi mã OTP cho số này. Vui lòng chờ rồi gửi lại."),
    GatewayCode.OTP_HOURLY_LIMIT: (
        429,
        "Số điện thoại này đã nhận quá nhiều mã OTP trong một giờ.",
    ),
    GatewayCode.INTERNAL_ERROR: (
        500,
        "Lỗi hệ thống của cổng kết nối. Vui lòng thử lại; hồ sơ vẫn được giữ.",
    ),
    GatewayCode.SERVICE_BUSY: (503, "Cổng kết nối đang bận. Vui lòng thử lại sau giây lát."),
    GatewayCode.SMS_UNAVAILABLE: (
        503,
        "Không gửi được tin nhắn SMS (nhà mạng không nhận). Vui lòng thử lại sau giây lát.",
    ),
}


def iso_utc(moment: datetime) -> str:
    """The same form pydantic gives datetimes in bodies: '2026-03-05T02:00:00Z'."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


class ErrorBody(BaseModel):
    code: str = Field(description="Stable machine-readable code (see docs/gateway.md)")
    message: str = Field(description="Vietnamese message for the officer")
    details: dict[str, Any] = Field(default_factory=dict)


class ErrorEnvelope(BaseModel):
    error: ErrorBody


class ApiError(Exception):
    def __init__(
        self,
        code: str,
        *,
        message: str | None = None,
        details: Mapping[str, Any] | None = None,
        retry_after: int | None = None,
    ) -> None:
        status, default_message = CATALOGUE[GatewayCode(code)]
        self.code = code
        self.status = status
        self.message = message or default_message
        self.details = dict(details or {})
        self.retry_after = retry_after
        super().__init__(code)

    def body(self) -> dict[str, Any]:
        details = jsonable_encoder(self.details, custom_encoder={datetime: iso_utc})
        return {"error": {"code": self.code, "message": self.message, "details": details}}

    def headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        if self.retry_after is not None:
            headers["Retry-After"] = str(max(1, self.retry_after))
        if self.status == 401:
            headers["WWW-Authenticate"] = "Bearer"
        return headers

    def response(self) -> JSONResponse:
        return JSONResponse(self.body(), status_code=self.status, headers=self.headers())


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries for the refusals an operation can give."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in sorted(set(statuses)):
        codes = sorted(code for code, (s, _) in CATALOGUE.items() if s == status)
        entry: dict[str, Any] = {
            "model": ErrorEnvelope,
            "description": "Refused; error.code is one of: " + ", ".join(codes),
        }
        if status in (409, 429, 503):
            entry["headers"] = {
                "Retry-After": {
                    "description": "Seconds to wait before trying again",
                    "schema": {"type": "string"},
                }
            }
        out[status] = entry
    return out


# Validation problems in words an officer can act on; the field name goes with them.
_PROBLEMS = {
    "missing": "chưa nhập",
    "extra_forbidden": "trường không được phép",
    "string_too_short": "quá ngắn",
    "string_too_long": "quá dài",
    "string_pattern_mismatch": "sai định dạng",
    "string_type": "phải là chuỗi ký tự",
    "int_type": "phải là số nguyên",
    "int_parsing": "phải là số nguyên",
    "bool_type": "phải là true/false",
    "date_type": "phải là ngày dạng YYYY-MM-DD",
    "date_parsing": "phải là ngày dạng YYYY-MM-DD",
    "date_from_datetime_parsing": "phải là ngày dạng YYYY-MM-DD",
    "datetime_parsing": "phải là thời điểm ISO 8601",
    "datetime_type": "phải là thời điểm ISO 8601",
    "literal_error": "giá trị không được chấp nhận",
    "enum": "giá trị không được chấp nhận",
    "greater_than_equal": "quá nhỏ",
    "less_than_equal": "quá lớn",
    "model_type": "phải là một đối tượng JSON",
    "dict_type": "phải là một đối tượng JSON",
    "json_invalid": "không phải JSON hợp lệ",
    "value_error": "giá trị không hợp lệ",
}


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc]
    if parts[:1] and parts[0] in ("body", "query", "header", "path"):
        parts = parts[1:]
    # fields of the create form's JSON part are named as in that JSON
    if len(parts) > 1 and parts[0] == "data":
        parts = parts[1:]
    return ".".join(parts) or "body"


def validation_error(errors: list[Mapping[str, Any]] | list[Any]) -> ApiError:
    """One ApiError for a list of pydantic errors (FastAPI's or our own parse of a form part)."""
    fields: list[dict[str, str]] = []
    for err in errors:
        loc = tuple(err.get("loc", ()))
        kind = str(err.get("type", "value_error"))
        if loc[:1] == ("header",) and str(loc[-1]).lower() == "idempotency-key":
            code = "idempotency_key_missing" if kind == "missing" else "idempotency_key_invalid"
            return ApiError(code)
        if kind == "json_invalid":
            return ApiError("malformed_request", details={"problem": "json_invalid"})
        problem = _PROBLEMS.get(kind, "giá trị không hợp lệ")
        if kind == "value_error":
            # our validators raise ValueError with a Vietnamese sentence
            problem = str(err.get("msg", problem)).removeprefix("Value error, ")
        fields.append({"field": _field_name(loc), "problem": kind, "message": problem})
    if fields and all(f["field"] == "id_number" for f in fields):
        return ApiError("invalid_id_number", details={"fields": fields})
    summary = "; ".join(f"{f['field']}: {f['message']}" for f in fields[:5])
    return ApiError(
        "validation_failed",
        message=f"Dữ liệu chưa hợp lệ — {summary}." if summary else None,
        details={"fields": fields},
    )


async def _on_api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return exc.response()


async def _on_validation(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return validation_error(list(exc.errors())).response()


async def _on_http(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    by_status = {
        400: "malformed_request",
        401: "unauthenticated",
        404: "not_found",
        405: "method_not_allowed",
        413: "payload_too_large",
    }
    code = by_status.get(exc.status_code)
    if code is None:
        status = exc.status_code
        body = {
            "error": {
                "code": f"http_{status}",
                "message": "Yêu cầu không được chấp nhận.",
                "details": {},
            }
        }
        return JSONResponse(body, status_code=status, headers=exc.headers)
    error = ApiError(code)
    if code == "payload_too_large":
        limit = int(request.app.state.gateway.settings.max_body_bytes)
        error = ApiError(
            code,
            message=f"Dữ liệu gửi lên quá lớn (tối đa {limit // 2**20} MB).",
            details={"max_bytes": limit},
        )
    response = error.response()
    if exc.headers:
        response.headers.update(exc.headers)
    if code == "method_not_allowed":
        # Starlette names only the first route that matched the path; a path served by several
        # routes (GET and POST /v1/citizen-accounts) must list every method it takes.
        allowed = _allowed_methods(request)
        if allowed:
            response.headers["Allow"] = ", ".join(allowed)
    return response


def _allowed_methods(request: Request) -> list[str]:
    table = getattr(request.app.state, "route_methods", [])
    methods: set[str] = set()
    for regex, route_methods in table:
        if regex.match(request.url.path):
            methods |= route_methods
    return sorted(methods)


async def _on_operational(_request: Request, exc: Exception) -> JSONResponse:
    # SQLite waited busy_timeout for the write lock and gave up: tell the client to retry.
    log.warning("database busy: %s", redact(str(exc))[:200])
    return ApiError("service_busy", retry_after=2).response()


async def _on_sms_unavailable(_request: Request, exc: Exception) -> JSONResponse:
    # nothing of the request was kept (its transaction was rolled back): the kiosk may retry
    reason = "no_sender" if str(exc) == "no_sender" else "carrier"
    return ApiError("sms_unavailable", details={"reason": reason}, retry_after=5).response()


async def _on_unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error: %s", redact(repr(exc))[:500])
    return ApiError("internal_error").response()


def install_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _on_api_error)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(StarletteHTTPException, _on_http)
    app.add_exception_handler(OperationalError, _on_operational)
    app.add_exception_handler(SmsUnavailable, _on_sms_unavailable)
    app.add_exception_handler(Exception, _on_unexpected)


def dumps(body: Mapping[str, Any]) -> str:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))
