"""Why an operation on a case cannot run yet: a stable code and the officer's sentence."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "not_looked_up": "Chưa tra cứu số CMND/CCCD của công dân.",
    "case_ended": "Hồ sơ này đã kết thúc; hãy bắt đầu tiếp công dân mới.",
    "no_scan": "Chưa quét đủ hai mặt thẻ.",
    "no_pdf": "Chưa có tệp PDF ảnh hai mặt thẻ; hãy quét lại.",
    "details_incomplete": "Thông tin công dân chưa đủ hoặc chưa hợp lệ; xem các ô được đánh dấu.",
    "form_not_signed": "Công dân chưa kiểm tra và ký giấy đề nghị.",
    "otp_not_sent": "Chưa gửi mã OTP cho công dân.",
    "otp_code_format": "Mã OTP gồm đúng 6 chữ số.",
    "qr_other_card": (
        "Mã QR trên thẻ vừa quét mang số CCCD khác số đã tra cứu: có thể đây là thẻ của "
        "người khác. Hãy quét đúng thẻ, hoặc hủy hồ sơ và tra cứu lại."
    ),
    "no_place": (
        "Chưa biết địa danh ghi trên giấy đề nghị. Báo bộ phận CNTT điền [counter] place "
        "trong cấu hình."
    ),
}


class CaseError(Exception):
    """A step asked for before the case is ready for it; `message` is Vietnamese."""

    def __init__(self, code: str, message: str | None = None) -> None:
        self.code = code
        self.message = message or MESSAGES[code]
        super().__init__(self.message)
