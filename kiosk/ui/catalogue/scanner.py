"""Words for the scanner's problems (kiosk.scanner.errors.ScanProblem) and drivers."""

from __future__ import annotations

from kiosk.scanner.errors import ScanError, ScanProblem
from kiosk.ui.catalogue import QT_TRANSLATE_NOOP, fill

CONTEXT = "Scanner"

WORDS: dict[ScanProblem, str] = {
    ScanProblem.OFFLINE: QT_TRANSLATE_NOOP(
        "Scanner", "Không kết nối được máy quét. Kiểm tra máy quét đã bật và cáp/mạng đã cắm."
    ),
    ScanProblem.BUSY: QT_TRANSLATE_NOOP(
        "Scanner", "Máy quét đang bận với việc khác. Chờ một lát rồi quét lại."
    ),
    ScanProblem.JAMMED: QT_TRANSLATE_NOOP(
        "Scanner", "Giấy bị kẹt trong máy quét. Gỡ giấy kẹt rồi quét lại."
    ),
    ScanProblem.FEEDER_EMPTY: QT_TRANSLATE_NOOP(
        "Scanner", "Khay nạp giấy đang trống. Đặt thẻ vào máy quét rồi quét lại."
    ),
    ScanProblem.COVER_OPEN: QT_TRANSLATE_NOOP(
        "Scanner", "Nắp máy quét đang mở. Đóng nắp rồi quét lại."
    ),
    ScanProblem.CANCELLED: QT_TRANSLATE_NOOP("Scanner", "Đã huỷ lần quét."),
    ScanProblem.NO_CARD: QT_TRANSLATE_NOOP(
        "Scanner",
        "Không tìm thấy thẻ căn cước trong ảnh. Đặt thẻ phẳng, không che khuất, rồi quét lại.",
    ),
    ScanProblem.EMPTY_SCAN: QT_TRANSLATE_NOOP(
        "Scanner", "Ảnh quét trống (không có gì trên mặt kính). Đặt thẻ lên máy quét rồi quét lại."
    ),
    ScanProblem.TOO_LARGE: QT_TRANSLATE_NOOP(
        "Scanner", "Ảnh quá lớn để xử lý an toàn. Quét lại với độ phân giải thấp hơn (300 dpi)."
    ),
    ScanProblem.UNREADABLE: QT_TRANSLATE_NOOP(
        "Scanner", "Không đọc được tệp ảnh. Chọn tệp ảnh JPEG, PNG, TIFF hoặc PDF khác."
    ),
    ScanProblem.UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Scanner", "Loại máy quét này không dùng được trên máy tính này."
    ),
    ScanProblem.DEVICE: QT_TRANSLATE_NOOP(
        "Scanner", "Máy quét báo lỗi. Tắt rồi bật lại máy quét và thử lại."
    ),
    ScanProblem.FOLDER_UNREACHABLE: QT_TRANSLATE_NOOP(
        "Scanner", "Không truy cập được thư mục nhận ảnh quét {folder}. Kiểm tra ổ mạng đã kết nối."
    ),
    ScanProblem.NO_FILE_ARRIVED: QT_TRANSLATE_NOOP(
        "Scanner", "Chưa nhận được ảnh quét trong thư mục. Bấm quét trên máy quét rồi thử lại."
    ),
    ScanProblem.WIA_WINDOWS_ONLY: QT_TRANSLATE_NOOP(
        "Scanner",
        "Máy quét WIA chỉ dùng được trên Windows. Trên máy này hãy chọn SANE, máy"
        " quét mạng (eSCL) hoặc thư mục nhận ảnh quét.",
    ),
    ScanProblem.SANE_MISSING: QT_TRANSLATE_NOOP(
        "Scanner", "Máy này chưa có SANE (trình điều khiển máy quét của Linux)."
    ),
    ScanProblem.WORKER_STALLED: QT_TRANSLATE_NOOP(
        "Scanner", "Máy quét không trả lời. Tắt rồi bật lại máy quét, kiểm tra cáp, rồi quét lại."
    ),
    ScanProblem.WORKER_CRASHED: QT_TRANSLATE_NOOP(
        "Scanner",
        "Trình điều khiển máy quét bị lỗi và đã được đóng lại. Quét lại; nếu vẫn "
        "lỗi, tắt rồi bật lại máy quét.",
    ),
    ScanProblem.PDF_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Scanner", "Không thể nén hai mặt thẻ xuống dưới {max_bytes} byte."
    ),
    ScanProblem.CAMERA_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Scanner",
        "Không tìm thấy camera đã chọn. Kiểm tra cáp USB của camera, rồi bấm “Tìm"
        " máy quét…” để chọn lại.",
    ),
    ScanProblem.CAMERA_CANNOT_OPEN: QT_TRANSLATE_NOOP(
        "Scanner",
        "Không mở được camera. Đóng các phần mềm khác đang dùng camera (Zoom, "
        "Zalo, Teams…) rồi thử lại.",
    ),
    ScanProblem.CAMERA_SILENT: QT_TRANSLATE_NOOP(
        "Scanner", "Camera không gửi hình. Rút cáp camera ra, cắm lại rồi thử lại."
    ),
    ScanProblem.CAMERA_NO_FRAME: QT_TRANSLATE_NOOP(
        "Scanner", "Chưa có hình từ camera. Chờ hình hiện lên rồi chụp."
    ),
    ScanProblem.CAMERA_PREVIEW_ONLY: QT_TRANSLATE_NOOP(
        "Scanner", "Camera chỉ chụp được trong cửa sổ xem trực tiếp ở bước quét thẻ."
    ),
}

# What each kind of scanner is called in the scanner list (driver.name -> words).
DRIVER_TITLES: dict[str, str] = {
    "file": QT_TRANSLATE_NOOP("Scanner", "Tệp ảnh hoặc PDF"),
    "sane": QT_TRANSLATE_NOOP("Scanner", "Máy quét (SANE)"),
    "wia": QT_TRANSLATE_NOOP("Scanner", "Máy quét USB (WIA)"),
    "escl": QT_TRANSLATE_NOOP("Scanner", "Máy quét mạng (eSCL/AirScan)"),
    "folder": QT_TRANSLATE_NOOP("Scanner", "Thư mục nhận ảnh quét (máy quét mạng)"),
    "camera": QT_TRANSLATE_NOOP("Scanner", "Camera tài liệu / webcam"),
}


def text_of(problem: str, params: dict[str, str | int] | None = None) -> str:
    source = WORDS.get(problem, WORDS[ScanProblem.DEVICE])  # type: ignore[call-overload]
    return fill(CONTEXT, source, params or {})


def error_text(exc: ScanError) -> str:
    """What the officer reads about a scanner error."""
    return text_of(exc.problem, exc.params)


def driver_title(name: str) -> str:
    source = DRIVER_TITLES.get(name)
    return fill(CONTEXT, source, {}) if source is not None else name
