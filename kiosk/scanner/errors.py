"""Typed scanner and imaging errors, each with a stable code and a Vietnamese message.

The code is what the UI, the journal and the tests rely on; `message` is the sentence an
officer reads; `detail` is the technical cause for the log (never personal data).
"""

from __future__ import annotations

from typing import ClassVar

MESSAGES: dict[str, str] = {
    "offline": "Không kết nối được máy quét. Kiểm tra máy quét đã bật và cáp/mạng đã cắm.",
    "busy": "Máy quét đang bận với việc khác. Chờ một lát rồi quét lại.",
    "jammed": "Giấy bị kẹt trong máy quét. Gỡ giấy kẹt rồi quét lại.",
    "feeder_empty": "Khay nạp giấy đang trống. Đặt thẻ vào máy quét rồi quét lại.",
    "cover_open": "Nắp máy quét đang mở. Đóng nắp rồi quét lại.",
    "cancelled": "Đã huỷ lần quét.",
    "no_card": (
        "Không tìm thấy thẻ căn cước trong ảnh. Đặt thẻ phẳng, không che khuất, rồi quét lại."
    ),
    "empty_scan": "Ảnh quét trống (không có gì trên mặt kính). Đặt thẻ lên máy quét rồi quét lại.",
    "too_large": "Ảnh quá lớn để xử lý an toàn. Quét lại với độ phân giải thấp hơn (300 dpi).",
    "unreadable": "Không đọc được tệp ảnh. Chọn tệp ảnh JPEG, PNG, TIFF hoặc PDF khác.",
    "unavailable": "Loại máy quét này không dùng được trên máy tính này.",
    "device": "Máy quét báo lỗi. Tắt rồi bật lại máy quét và thử lại.",
}


class ScanError(Exception):
    """Base of every scanner/imaging error; `code` is stable, `message` is Vietnamese."""

    code: ClassVar[str] = "device"

    def __init__(self, detail: str = "", message: str | None = None) -> None:
        self.detail = detail
        self.message = message or MESSAGES[self.code]
        super().__init__(self.message if not detail else f"{self.message} ({detail})")


class DeviceOfflineError(ScanError):
    code = "offline"


class DeviceBusyError(ScanError):
    code = "busy"


class PaperJamError(ScanError):
    code = "jammed"


class FeederEmptyError(ScanError):
    code = "feeder_empty"


class CoverOpenError(ScanError):
    code = "cover_open"


class ScanCancelledError(ScanError):
    code = "cancelled"


class NoCardError(ScanError):
    code = "no_card"


class EmptyScanError(ScanError):
    code = "empty_scan"


class ImageTooLargeError(ScanError):
    code = "too_large"


class UnreadableImageError(ScanError):
    code = "unreadable"


class BackendUnavailableError(ScanError):
    """The backend cannot work on this machine (other OS, missing library, no camera)."""

    code = "unavailable"


ERRORS_BY_CODE: dict[str, type[ScanError]] = {
    cls.code: cls
    for cls in (
        ScanError,
        DeviceOfflineError,
        DeviceBusyError,
        PaperJamError,
        FeederEmptyError,
        CoverOpenError,
        ScanCancelledError,
        NoCardError,
        EmptyScanError,
        ImageTooLargeError,
        UnreadableImageError,
        BackendUnavailableError,
    )
}
