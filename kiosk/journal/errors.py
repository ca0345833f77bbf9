"""Typed journal errors, each with a stable code and a Vietnamese message.

As with the scanner errors, `code` is what the UI and the tests rely on, `message` is the
sentence an officer (or IT) reads, and `detail` is the technical cause for the log. Neither
ever holds personal data: case ids and field names at most.
"""

from __future__ import annotations

from typing import ClassVar

MESSAGES: dict[str, str] = {
    "journal": "Lỗi nhật ký hồ sơ trên máy này. Hãy báo bộ phận CNTT.",
    "corrupt": (
        "Tệp nhật ký hồ sơ trên máy này bị hỏng hoặc không phải nhật ký của phần mềm. "
        "Tệp đã được cất riêng để CNTT kiểm tra; có thể tiếp tục làm hồ sơ mới."
    ),
    "busy": (
        "Nhật ký hồ sơ đang bị một chương trình khác giữ. Đóng cửa sổ phần mềm còn mở rồi thử lại."
    ),
    "disk_full": (
        "Ổ đĩa của máy tính đã đầy nên không lưu được hồ sơ. Hãy nhờ CNTT giải phóng dung "
        "lượng; hồ sơ đang làm vẫn còn trên màn hình."
    ),
    "storage": (
        "Không ghi hoặc đọc được tệp nhật ký hồ sơ (quyền truy cập hoặc lỗi ổ đĩa). Hãy báo CNTT."
    ),
    "insecure_keyring": (
        "Kho khoá của hệ điều hành trên máy này không an toàn (lưu khoá dạng đọc được), nên "
        "không thể bảo vệ dữ liệu công dân. Hãy nhờ CNTT bật Windows Credential Manager, "
        "macOS Keychain hoặc Secret Service."
    ),
    "keyring_unavailable": (
        "Không dùng được kho khoá của hệ điều hành (chưa mở khoá hoặc không có). Đăng nhập lại "
        "máy tính hoặc nhờ CNTT kiểm tra kho khoá."
    ),
    "key_missing": (
        "Không tìm thấy khoá giải mã nhật ký hồ sơ trong kho khoá của máy này, nên không đọc "
        "được các hồ sơ đã lưu. Hãy báo CNTT; không xoá tệp nhật ký."
    ),
    "wrong_key": (
        "Khoá trong kho khoá không mở được nhật ký hồ sơ này (tệp chép từ máy khác hoặc khoá "
        "đã bị thay). Hãy báo CNTT; không xoá tệp nhật ký."
    ),
    "tampered": (
        "Dữ liệu của hồ sơ này đã bị sửa hoặc hỏng nên không giải mã được. Các hồ sơ khác "
        "không bị ảnh hưởng; hãy làm lại hồ sơ này và báo CNTT."
    ),
    "case_not_found": "Không tìm thấy hồ sơ này trong nhật ký (có thể đã bị xoá theo hạn lưu).",
    "blob_not_found": "Không tìm thấy ảnh quét hoặc tệp PDF này của hồ sơ (có thể đã bị xoá).",
    "blob_too_large": "Tệp quá lớn để lưu vào hồ sơ. Quét lại với độ phân giải thấp hơn.",
    "invalid_state": "Hồ sơ đang ở trạng thái không cho phép thao tác này.",
}


class JournalError(Exception):
    """Base of every journal error; `code` is stable, `message` is Vietnamese."""

    code: ClassVar[str] = "journal"

    def __init__(self, detail: str = "", message: str | None = None) -> None:
        self.detail = detail
        self.message = message or MESSAGES[self.code]
        super().__init__(self.message if not detail else f"{self.message} ({detail})")


class JournalCorrupt(JournalError):
    """Not a SQLite file, not a kiosk journal, or failing SQLite's own checks."""

    code = "corrupt"


class JournalBusy(JournalError):
    code = "busy"


class DiskFull(JournalError):
    code = "disk_full"


class StorageError(JournalError):
    """The file cannot be opened, read or written (permissions, I/O)."""

    code = "storage"


class InsecureKeyring(JournalError):
    """The keyring backend would keep the data key readable on disk (or keeps nothing)."""

    code = "insecure_keyring"

    def __init__(self, backend: str) -> None:
        self.backend = backend
        super().__init__(f"backend {backend}")


class KeyringUnavailable(JournalError):
    code = "keyring_unavailable"


class KeyMissing(JournalError):
    code = "key_missing"


class WrongKey(JournalError):
    code = "wrong_key"


class DataTampered(JournalError):
    """Authenticated decryption failed: the bytes were changed, or moved from elsewhere."""

    code = "tampered"


class CaseNotFound(JournalError):
    code = "case_not_found"


class BlobNotFound(JournalError):
    code = "blob_not_found"


class BlobTooLarge(JournalError):
    code = "blob_too_large"


class InvalidTransition(JournalError):
    """A programming or race error: e.g. editing a case whose create request is in flight."""

    code = "invalid_state"
