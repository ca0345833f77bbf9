"""Words for the journal's problems (kiosk.journal.errors.JournalProblem)."""

from __future__ import annotations

from kiosk.journal.errors import JournalError, JournalProblem
from kiosk.ui.catalogue import QT_TRANSLATE_NOOP, fill

CONTEXT = "Journal"

WORDS: dict[JournalProblem, str] = {
    JournalProblem.JOURNAL: QT_TRANSLATE_NOOP(
        "Journal", "Lỗi nhật ký hồ sơ trên máy này. Hãy báo bộ phận CNTT."
    ),
    JournalProblem.CORRUPT: QT_TRANSLATE_NOOP(
        "Journal",
        "Tệp nhật ký hồ sơ trên máy này bị hỏng hoặc không phải nhật ký của phần "
        "mềm. Tệp đã được cất riêng để CNTT kiểm tra; có thể tiếp tục làm hồ sơ "
        "mới.",
    ),
    JournalProblem.BUSY: QT_TRANSLATE_NOOP(
        "Journal",
        "Nhật ký hồ sơ đang bị một chương trình khác giữ. Đóng cửa sổ phần mềm còn mở rồi thử lại.",
    ),
    JournalProblem.DISK_FULL: QT_TRANSLATE_NOOP(
        "Journal",
        "Ổ đĩa của máy tính đã đầy nên không lưu được hồ sơ. Hãy nhờ CNTT giải "
        "phóng dung lượng; hồ sơ đang làm vẫn còn trên màn hình.",
    ),
    JournalProblem.STORAGE: QT_TRANSLATE_NOOP(
        "Journal",
        "Không ghi hoặc đọc được tệp nhật ký hồ sơ (quyền truy cập hoặc lỗi ổ đĩa). Hãy báo CNTT.",
    ),
    JournalProblem.INSECURE_KEYRING: QT_TRANSLATE_NOOP(
        "Journal",
        "Kho khoá của hệ điều hành trên máy này không an toàn (lưu khoá dạng đọc "
        "được), nên không thể bảo vệ dữ liệu công dân. Hãy nhờ CNTT bật Windows "
        "Credential Manager, macOS Keychain hoặc Secret Service.",
    ),
    JournalProblem.KEYRING_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Journal",
        "Không dùng được kho khoá của hệ điều hành (chưa mở khoá hoặc không có). "
        "Đăng nhập lại máy tính hoặc nhờ CNTT kiểm tra kho khoá.",
    ),
    JournalProblem.KEY_MISSING: QT_TRANSLATE_NOOP(
        "Journal",
        "Không tìm thấy khoá giải mã nhật ký hồ sơ trong kho khoá của máy này, "
        "nên không đọc được các hồ sơ đã lưu. Hãy báo CNTT; không xoá tệp nhật "
        "ký.",
    ),
    JournalProblem.WRONG_KEY: QT_TRANSLATE_NOOP(
        "Journal",
        "Khoá trong kho khoá không mở được nhật ký hồ sơ này (tệp chép từ máy "
        "khác hoặc khoá đã bị thay). Hãy báo CNTT; không xoá tệp nhật ký.",
    ),
    JournalProblem.TAMPERED: QT_TRANSLATE_NOOP(
        "Journal",
        "Dữ liệu của hồ sơ này đã bị sửa hoặc hỏng nên không giải mã được. Các hồ"
        " sơ khác không bị ảnh hưởng; hãy làm lại hồ sơ này và báo CNTT.",
    ),
    JournalProblem.CASE_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Journal", "Không tìm thấy hồ sơ này trong nhật ký (có thể đã bị xoá theo hạn lưu)."
    ),
    JournalProblem.BLOB_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Journal", "Không tìm thấy ảnh quét hoặc tệp PDF này của hồ sơ (có thể đã bị xoá)."
    ),
    JournalProblem.BLOB_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Journal", "Tệp quá lớn để lưu vào hồ sơ. Quét lại với độ phân giải thấp hơn."
    ),
    JournalProblem.INVALID_STATE: QT_TRANSLATE_NOOP(
        "Journal", "Hồ sơ đang ở trạng thái không cho phép thao tác này."
    ),
}


def text_of(problem: str) -> str:
    source = WORDS.get(problem, WORDS[JournalProblem.JOURNAL])  # type: ignore[call-overload]
    return fill(CONTEXT, source, {})


def error_text(exc: JournalError) -> str:
    """What the officer reads about a journal error."""
    return text_of(exc.code)
