"""Words for the doctor: check titles, what was found (Said), what to do (Hint), the table.

`kiosk doctor` has no GUI: load_language() gives it a QCoreApplication and the very
translators the GUI installs (kiosk.ui.i18n), so the console, --json and the dialog all read
from this one catalogue.
"""

from __future__ import annotations

import json
import textwrap
from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.config import ConfigError, ConfigProblem
from kiosk.doctor.codes import Hint, Phrase, Said
from kiosk.doctor.report import as_dict
from kiosk.doctor.result import CheckResult, Status
from kiosk.journal.errors import JournalProblem
from kiosk.scanner.errors import ScanProblem
from kiosk.ui.catalogue import QT_TRANSLATE_NOOP, config_words, fill, journal, scanner

CONTEXT = "Doctor"
HINT_CONTEXT = "DoctorHints"
TABLE_CONTEXT = "DoctorTable"

TITLES: dict[str, str] = {
    "config": QT_TRANSLATE_NOOP("DoctorTable", "Tệp cấu hình"),
    "mode": QT_TRANSLATE_NOOP("DoctorTable", "Chế độ hoạt động"),
    "gateway": QT_TRANSLATE_NOOP("DoctorTable", "Kết nối máy chủ"),
    "tls": QT_TRANSLATE_NOOP("DoctorTable", "Chứng chỉ TLS"),
    "clock": QT_TRANSLATE_NOOP("DoctorTable", "Đồng hồ máy"),
    "login": QT_TRANSLATE_NOOP("DoctorTable", "Đăng nhập"),
    "keyring": QT_TRANSLATE_NOOP("DoctorTable", "Kho khoá"),
    "scanners": QT_TRANSLATE_NOOP("DoctorTable", "Máy quét"),
    "chip": QT_TRANSLATE_NOOP("DoctorTable", "Đầu đọc chip"),
    "printers": QT_TRANSLATE_NOOP("DoctorTable", "Máy in"),
    "fonts": QT_TRANSLATE_NOOP("DoctorTable", "Phông chữ"),
    "disk": QT_TRANSLATE_NOOP("DoctorTable", "Dung lượng ổ đĩa"),
    "data_dir": QT_TRANSLATE_NOOP("DoctorTable", "Thư mục dữ liệu"),
    "journal": QT_TRANSLATE_NOOP("DoctorTable", "Nhật ký hồ sơ"),
    "version": QT_TRANSLATE_NOOP("DoctorTable", "Phiên bản"),
}

STATUS_WORDS: dict[Status, str] = {
    "ok": QT_TRANSLATE_NOOP("DoctorTable", "ĐẠT"),
    "fail": QT_TRANSLATE_NOOP("DoctorTable", "LỖI"),
    "skip": QT_TRANSLATE_NOOP("DoctorTable", "BỎ QUA"),
}

WORDS: dict[Said, str] = {
    Said.CHECK_CRASHED: QT_TRANSLATE_NOOP("Doctor", "Lỗi ngoài dự kiến khi kiểm tra ({error})"),
    Said.CONFIG_ERROR: QT_TRANSLATE_NOOP("Doctor", "{error}"),
    Said.CONFIG_DEFAULTS: QT_TRANSLATE_NOOP(
        "Doctor", "Không có tệp cấu hình nào: giá trị mặc định"
    ),
    Said.CONFIG_READ: QT_TRANSLATE_NOOP("Doctor", "Đọc được: {files}"),
    Said.CONFIG_TRAINING: QT_TRANSLATE_NOOP("Doctor", "CHẾ ĐỘ ĐÀO TẠO (chưa đặt gateway.url)"),
    Said.CONFIG_SHADOWED: QT_TRANSLATE_NOOP(
        "Doctor", "tệp của người dùng ghi đè khoá của hệ thống: {keys}"
    ),
    Said.MODE_SKIPPED_BAD_CONFIG: QT_TRANSLATE_NOOP(
        "Doctor", "Cấu hình sai: xem dòng Tệp cấu hình"
    ),
    Said.CHIP_PCSC_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Doctor", "Không dùng được PC/SC (dịch vụ pcscd hoặc Smart Card): {error}"
    ),
    Said.CHIP_NO_READER: QT_TRANSLATE_NOOP("Doctor", "Không có đầu đọc chip nào"),
    Said.CHIP_READERS: QT_TRANSLATE_NOOP("Doctor", "{count} đầu đọc: {readers}"),
    Said.CHIP_CSCA_NONE: QT_TRANSLATE_NOOP(
        "Doctor", "chưa cài chứng thư CSCA: chip đọc được nhưng không xác thực được"
    ),
    Said.CHIP_CSCA_MISSING: QT_TRANSLATE_NOOP("Doctor", "không thấy chứng thư CSCA ở {path}"),
    Said.CHIP_CSCA_UNREADABLE: QT_TRANSLATE_NOOP(
        "Doctor", "{path} không chứa chứng thư CSCA nào đọc được"
    ),
    Said.CHIP_CSCA_INSTALLED: QT_TRANSLATE_NOOP("Doctor", "{count} chứng thư CSCA ở {path}"),
    Said.MODE_PRODUCTION: QT_TRANSLATE_NOOP("Doctor", "Chính thức: gateway.url đã đặt"),
    Said.MODE_TRAINING_CHOSEN: QT_TRANSLATE_NOOP(
        "Doctor", 'Chế độ đào tạo: chọn trong cấu hình (gateway.mode = "training")'
    ),
    Said.MODE_TRAINING_FROM_SOURCE: QT_TRANSLATE_NOOP(
        "Doctor", "Chế độ đào tạo: bản chạy từ mã nguồn, chưa cài đặt"
    ),
    Said.MODE_NOT_CONFIGURED: QT_TRANSLATE_NOOP(
        "Doctor",
        "Chưa cấu hình: máy đã cài kiosk nhưng không có gateway.url (đã tìm: {searched})",
    ),
    Said.KEYRING_SAFE: QT_TRANSLATE_NOOP("Doctor", "An toàn: {backend}"),
    Said.KEYRING_INSECURE: QT_TRANSLATE_NOOP(
        "Doctor", "Kho khoá lưu dạng văn bản thường, không an toàn: {backend}"
    ),
    Said.KEYRING_FAILING: QT_TRANSLATE_NOOP(
        "Doctor", "Kho khoá có nhưng đang lỗi hoặc bị khoá: {backend}"
    ),
    Said.KEYRING_NONE: QT_TRANSLATE_NOOP(
        "Doctor", "Không có kho khoá của hệ điều hành ({backend})"
    ),
    Said.FONTS_MISSING: QT_TRANSLATE_NOOP("Doctor", "Thiếu phông giấy tờ: {files}"),
    Said.FONT_BROKEN: QT_TRANSLATE_NOOP("Doctor", "Tệp phông {file} hỏng ({error})"),
    Said.UI_FONTS_MISSING: QT_TRANSLATE_NOOP(
        "Doctor", "Thiếu phông giao diện ({package}): {files}"
    ),
    Said.FONTS_OK: QT_TRANSLATE_NOOP(
        "Doctor",
        "Phông giấy tờ {package} ({count} kiểu, đọc được); phông giao diện {ui_package} có đủ",
    ),
    Said.DISK_FREE: QT_TRANSLATE_NOOP("Doctor", "Còn trống {free} trên ổ chứa {path}"),
    Said.FOLDERS_WRITABLE: QT_TRANSLATE_NOOP(
        "Doctor", "Ghi được: {path} (và thư mục nhật ký, tạm, cấu hình)"
    ),
    Said.FOLDER_NOT_WRITABLE_DATA: QT_TRANSLATE_NOOP(
        "Doctor", "Không ghi được vào thư mục dữ liệu {folder}: {error}"
    ),
    Said.FOLDER_NOT_WRITABLE_LOGS: QT_TRANSLATE_NOOP(
        "Doctor", "Không ghi được vào thư mục nhật ký {folder}: {error}"
    ),
    Said.FOLDER_NOT_WRITABLE_CACHE: QT_TRANSLATE_NOOP(
        "Doctor", "Không ghi được vào thư mục tạm {folder}: {error}"
    ),
    Said.FOLDER_NOT_WRITABLE_CONFIG: QT_TRANSLATE_NOOP(
        "Doctor", "Không ghi được vào thư mục cấu hình {folder}: {error}"
    ),
    Said.JOURNAL_GOOD: QT_TRANSLATE_NOOP("Doctor", "Tốt: {path}"),
    Said.JOURNAL_AT: QT_TRANSLATE_NOOP("Doctor", "Nhật ký {path}"),
    Said.JOURNAL_NOT_YET: QT_TRANSLATE_NOOP("Doctor", "chưa có, sẽ tạo ở hồ sơ đầu tiên"),
    Said.JOURNAL_FACTS: QT_TRANSLATE_NOOP(
        "Doctor",
        "{cases} hồ sơ, {unfinished} chưa xong, {awaiting} chờ đối chiếu với máy chủ; {size}",
    ),
    Said.JOURNAL_SIZE: QT_TRANSLATE_NOOP("Doctor", "{size}"),
    Said.JOURNAL_QUARANTINED: QT_TRANSLATE_NOOP("Doctor", "{count} tệp hỏng đã cất riêng"),
    Said.VERSION_INSTALLED: QT_TRANSLATE_NOOP(
        "Doctor", "kiosk {version} (bản cài đặt), Python {python}, PySide6 {qt}, {platform}"
    ),
    Said.VERSION_SOURCE: QT_TRANSLATE_NOOP(
        "Doctor", "kiosk {version} (chạy từ mã nguồn), Python {python}, PySide6 {qt}, {platform}"
    ),
    Said.GATEWAY_ANSWERED: QT_TRANSLATE_NOOP(
        "Doctor", "{host} trả lời sau {ms} ms; phiên bản {version}, hợp đồng {contract}"
    ),
    Said.LOCAL_GATEWAY_ANSWERED: QT_TRANSLATE_NOOP(
        "Doctor",
        "máy chủ đào tạo chạy trong máy này trả lời sau {ms} ms; phiên bản "
        "{version}, hợp đồng {contract}",
    ),
    Said.MODE_TRAINING: QT_TRANSLATE_NOOP("Doctor", "chế độ đào tạo"),
    Said.MODE_LIVE: QT_TRANSLATE_NOOP("Doctor", "chế độ chính thức"),
    Said.CONTRACT_DIFFERS: QT_TRANSLATE_NOOP("Doctor", "kiosk này dùng hợp đồng {contract}"),
    Said.TRAINING_GATEWAY_WARNING: QT_TRANSLATE_NOOP(
        "Doctor", "CẢNH BÁO: máy chủ đào tạo, tài khoản tạo ra không có thật"
    ),
    Said.LOCAL_GATEWAY_FAILED: QT_TRANSLATE_NOOP(
        "Doctor", "Không khởi động được máy chủ đào tạo nội bộ ({error})"
    ),
    Said.CA_BUNDLE_UNUSABLE: QT_TRANSLATE_NOOP(
        "Doctor", "Tệp CA trong gateway.ca_bundle không dùng được"
    ),
    Said.URL_REFUSED: QT_TRANSLATE_NOOP("Doctor", "Địa chỉ máy chủ bị từ chối: {url}"),
    Said.CERT_REFUSED: QT_TRANSLATE_NOOP(
        "Doctor", "Kết nối tới {host} được nhưng chứng chỉ TLS không hợp lệ"
    ),
    Said.GATEWAY_TIMEOUT: QT_TRANSLATE_NOOP("Doctor", "{host} không trả lời trong {seconds} giây"),
    Said.GATEWAY_OFFLINE: QT_TRANSLATE_NOOP("Doctor", "Không kết nối được {host}"),
    Said.GATEWAY_SERVER_ERROR: QT_TRANSLATE_NOOP("Doctor", "{host} đang lỗi (HTTP {status})"),
    Said.NOT_A_GATEWAY: QT_TRANSLATE_NOOP(
        "Doctor", "{host} trả lời nhưng không phải cổng kết nối của kiosk (HTTP {status})"
    ),
    Said.NOT_A_GATEWAY_ODD: QT_TRANSLATE_NOOP(
        "Doctor", "{host} trả lời nhưng không phải cổng kết nối của kiosk (câu trả lời lạ)"
    ),
    Said.GATEWAY_CALL_FAILED: QT_TRANSLATE_NOOP("Doctor", "Lỗi khi gọi {host} ({error})"),
    Said.VIA_PROXY: QT_TRANSLATE_NOOP(
        "Doctor", "qua proxy của máy, proxy không chuyển được yêu cầu"
    ),
    Said.BAD_PORT: QT_TRANSLATE_NOOP("Doctor", "cổng không hợp lệ"),
    Said.CUT_MIDWAY: QT_TRANSLATE_NOOP("Doctor", "kết nối mở được nhưng bị cắt giữa chừng"),
    Said.NO_SUCH_HOST: QT_TRANSLATE_NOOP("Doctor", "không tìm thấy tên máy chủ {host} (DNS)"),
    Said.PORT_REFUSED: QT_TRANSLATE_NOOP(
        "Doctor", "{host} từ chối kết nối ở cổng {port} (dịch vụ không chạy hoặc tường lửa chặn)"
    ),
    Said.NO_ANSWER: QT_TRANSLATE_NOOP(
        "Doctor", "không có trả lời từ {host}:{port} sau {seconds} giây (mạng hoặc tường lửa)"
    ),
    Said.UNREACHABLE: QT_TRANSLATE_NOOP("Doctor", "không tới được {host}:{port} ({error})"),
    Said.TLS_SKIP_TRAINING: QT_TRANSLATE_NOOP(
        "Doctor", "Chế độ đào tạo: máy chủ chạy trong máy này, không qua mạng"
    ),
    Said.TLS_SKIP_LOOPBACK: QT_TRANSLATE_NOOP(
        "Doctor", "Máy chủ chạy trên chính máy này (http): không cần TLS"
    ),
    Said.TLS_PLAIN_HTTP: QT_TRANSLATE_NOOP(
        "Doctor",
        "CẢNH BÁO: địa chỉ http, dữ liệu đi trên mạng không mã hoá (chỉ dùng cho "
        "phòng đào tạo riêng)",
    ),
    Said.URL_BAD_PORT: QT_TRANSLATE_NOOP("Doctor", "Cổng trong địa chỉ không hợp lệ: {url}"),
    Said.TLS_OK_VIA_PROXY: QT_TRANSLATE_NOOP(
        "Doctor", "Chứng chỉ hợp lệ (kiểm tra qua proxy của máy)"
    ),
    Said.CERT_UNTRUSTED_VIA_PROXY: QT_TRANSLATE_NOOP(
        "Doctor", "Chứng chỉ của máy chủ không được tin cậy (qua proxy)"
    ),
    Said.TLS_SKIP_NO_CONNECTION: QT_TRANSLATE_NOOP(
        "Doctor", "Không kiểm tra được vì không kết nối được máy chủ"
    ),
    Said.TLS_OK: QT_TRANSLATE_NOOP(
        "Doctor",
        "Hợp lệ: cấp cho {subject}, bởi {issuer}, {protocol}; hết hạn {expires} (còn {days} ngày)",
    ),
    Said.CERT_EXPIRES_SOON: QT_TRANSLATE_NOOP(
        "Doctor", "CẢNH BÁO: sắp hết hạn, báo đơn vị quản lý máy chủ gia hạn"
    ),
    Said.TLS_HANDSHAKE_FAILED: QT_TRANSLATE_NOOP("Doctor", "Bắt tay TLS thất bại ({reason})"),
    Said.CERT_EXPIRED: QT_TRANSLATE_NOOP(
        "Doctor", "Chứng chỉ của máy chủ đã hết hạn ({reason}); ngày giờ của máy này: {now}"
    ),
    Said.CERT_NOT_YET_VALID: QT_TRANSLATE_NOOP(
        "Doctor",
        "Chứng chỉ của máy chủ chưa tới ngày hiệu lực ({reason}); ngày giờ của máy này: {now}",
    ),
    Said.CERT_WRONG_HOST: QT_TRANSLATE_NOOP(
        "Doctor", "Chứng chỉ không cấp cho tên {host} ({reason})"
    ),
    Said.CERT_UNTRUSTED: QT_TRANSLATE_NOOP(
        "Doctor", "Chứng chỉ do một CA mà máy này không tin cậy cấp ({reason})"
    ),
    Said.CERT_INVALID: QT_TRANSLATE_NOOP("Doctor", "Chứng chỉ không hợp lệ ({reason})"),
    Said.CLOCK_SKIP: QT_TRANSLATE_NOOP("Doctor", "Không so được giờ vì máy chủ không trả lời"),
    Said.CLOCK_OK: QT_TRANSLATE_NOOP("Doctor", "Đồng hồ máy khớp máy chủ (lệch dưới 1 giây)"),
    Said.CLOCK_FAST: QT_TRANSLATE_NOOP("Doctor", "Đồng hồ máy nhanh {seconds} giây so với máy chủ"),
    Said.CLOCK_ZONE_DIFFERS: QT_TRANSLATE_NOOP(
        "Doctor",
        "múi giờ của máy là {zone}, không phải giờ Việt Nam (UTC+07:00): kiosk vẫn hiển thị "
        "và in giờ Việt Nam; nên đặt múi giờ của máy là Asia/Ho_Chi_Minh",
    ),
    Said.CLOCK_SLOW: QT_TRANSLATE_NOOP("Doctor", "Đồng hồ máy chậm {seconds} giây so với máy chủ"),
    Said.LOGIN_SKIP: QT_TRANSLATE_NOOP("Doctor", "Không thử được vì máy chủ không trả lời"),
    Said.LOGIN_REFUSED: QT_TRANSLATE_NOOP(
        "Doctor", "Máy chủ từ chối tài khoản {user}: sai tên hoặc mật khẩu"
    ),
    Said.LOGIN_LOCKED: QT_TRANSLATE_NOOP(
        "Doctor", "Tài khoản {user} đang tạm khoá vì nhập sai nhiều lần"
    ),
    Said.LOGIN_FAILED: QT_TRANSLATE_NOOP("Doctor", "Đăng nhập không được ({kind})"),
    Said.LOGIN_OK: QT_TRANSLATE_NOOP(
        "Doctor", "Đăng nhập được: {user} (vai trò {roles}), {eligible}/{units} đơn vị hợp lệ"
    ),
    Said.COUNTER_UNIT_NOT_LISTED: QT_TRANSLATE_NOOP(
        "Doctor", "đơn vị của quầy ({unit}) không có trong danh sách này"
    ),
    Said.LOGIN_SERVICE_OK: QT_TRANSLATE_NOOP(
        "Doctor",
        "Dịch vụ đăng nhập trả lời đúng (đã thử một tài khoản không tồn tại); thử"
        " tài khoản thật: kiosk doctor --user TÊN",
    ),
    Said.LOGIN_SERVICE_ODD_CODE: QT_TRANSLATE_NOOP(
        "Doctor", "Dịch vụ đăng nhập trả lời mã lạ ({answer})"
    ),
    Said.LOGIN_SERVICE_RATE_LIMITED: QT_TRANSLATE_NOOP(
        "Doctor", "Dịch vụ đăng nhập trả lời (đang giới hạn số lần thử)"
    ),
    Said.LOGIN_SERVICE_ERROR: QT_TRANSLATE_NOOP(
        "Doctor", "Dịch vụ đăng nhập lỗi ({kind}, HTTP {status})"
    ),
    Said.LOGIN_ACCEPTS_ANYONE: QT_TRANSLATE_NOOP(
        "Doctor", "Máy chủ cho đăng nhập bằng một tài khoản không tồn tại"
    ),
    Said.SCANNERS_SEEN: QT_TRANSLATE_NOOP("Doctor", "Thấy: {devices}"),
    Said.NO_SCANNER: QT_TRANSLATE_NOOP("Doctor", "Không thấy máy quét nào"),
    Said.SCANNER_DRIVER_FAILED: QT_TRANSLATE_NOOP("Doctor", "lỗi {driver}: {error}"),
    Said.CAMERAS_FAILED: QT_TRANSLATE_NOOP("Doctor", "lỗi camera: {error}"),
    Said.CAMERAS_UNKNOWN: QT_TRANSLATE_NOOP(
        "Doctor", "camera: không liệt kê được (thiếu Qt Multimedia)"
    ),
    Said.CHOSEN_SCANNER_MISSING: QT_TRANSLATE_NOOP(
        "Doctor", "máy quét đã chọn trước ({backend}: {device}) không thấy"
    ),
    Said.NO_PRINTER: QT_TRANSLATE_NOOP("Doctor", "Không thấy máy in nào"),
    Said.CHOSEN_PRINTER_MISSING: QT_TRANSLATE_NOOP(
        "Doctor", "Máy in đã chọn “{printer}” không có; các máy in: {printers}"
    ),
    Said.NO_DEFAULT_PRINTER: QT_TRANSLATE_NOOP(
        "Doctor", "Có máy in ({printers}) nhưng chưa có máy in mặc định"
    ),
    Said.PRINTERS_OK: QT_TRANSLATE_NOOP("Doctor", "In ra: {printer}; các máy in: {printers}"),
    Said.PRINTS_TO_FILE: QT_TRANSLATE_NOOP(
        "Doctor", "Không in ra giấy: mọi bản in ghi vào tệp {file} (printer.file)"
    ),
}

HINTS: dict[Hint, str] = {
    Hint.SEND_LOG: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Gửi tệp nhật ký kiosk.log (xem docs/deploy.md, mục Nhật ký) cho nhóm hỗ trợ.",
    ),
    Hint.CHIP_CSCA_INSTALL: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Chép chứng thư CSCA (thư mục .pem/.der hoặc tệp master list) vào máy và ghi đường "
        "dẫn vào {key} (xem docs/chip.md).",
    ),
    Hint.CONFIGURE_GATEWAY: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Chạy lại bộ cài với --gateway-url (xem docs/deploy.md), hoặc ghi "
        'gateway.mode = "training" nếu máy này chỉ dùng để tập huấn.',
    ),
    Hint.FIX_CONFIG: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Sửa đúng khoá được nêu (xem docs/deploy.md, mục Cấu hình); kiosk không "
        "khởi động khi cấu hình sai. Các kiểm tra khác bên dưới dùng giá trị mặc "
        "định.",
    ),
    Hint.KEYRING_INSECURE: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Kiosk không lưu được hồ sơ khi thiếu kho khoá an toàn. Windows: dùng "
        "Windows Credential Manager (mặc định, không cài thêm gì); Linux: cài "
        "gnome-keyring và mở khoá khi đăng nhập; gỡ gói keyrings.alt và biến "
        "PYTHON_KEYRING_BACKEND nếu có.",
    ),
    Hint.KEYRING_FAILING: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Đăng xuất rồi đăng nhập lại máy tính (để mở khoá kho khoá); Linux: kiểm "
        "tra gnome-keyring-daemon đang chạy trong phiên của cán bộ.",
    ),
    Hint.KEYRING_NONE: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Linux: cài gnome-keyring (hoặc KWallet) và chạy kiosk trong phiên đăng "
        "nhập đồ hoạ; Windows: kiểm tra dịch vụ Credential Manager đang chạy.",
    ),
    Hint.REINSTALL: QT_TRANSLATE_NOOP(
        "DoctorHints", "Cài lại phần mềm kiosk (tệp trong thư mục cài đặt bị thiếu hoặc hỏng)."
    ),
    Hint.FREE_DISK_WINDOWS: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Giải phóng ổ đĩa (Disk Cleanup, xoá tệp tải về cũ): kiosk cần ít nhất "
        "{min_mb} MB để lưu hồ sơ và ảnh quét.",
    ),
    Hint.FREE_DISK_OTHER: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Giải phóng ổ đĩa (xoá tệp tải về cũ, dọn thùng rác và gói cài đặt cũ): "
        "kiosk cần ít nhất {min_mb} MB để lưu hồ sơ và ảnh quét.",
    ),
    Hint.FOLDER_PERMISSIONS: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Cấp quyền ghi cho tài khoản máy tính của cán bộ trên thư mục đó; ổ đĩa "
        "mạng hoặc thư mục chỉ đọc không dùng được. Không xoá thư mục dữ liệu: nó"
        " chứa nhật ký hồ sơ.",
    ),
    Hint.JOURNAL_CORRUPT: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Mở kiosk: tệp hỏng sẽ được cất riêng (journal.sqlite3.corrupt-…) và nhật"
        " ký mới được tạo. Không xoá tệp đã cất; báo nhóm hỗ trợ.",
    ),
    Hint.JOURNAL_KEY_MISSING: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Không xoá tệp nhật ký. Chạy kiosk bằng đúng tài khoản máy tính đã dùng "
        "trước đây (khoá nằm trong kho khoá của tài khoản đó); nếu vẫn thiếu, báo"
        " nhóm hỗ trợ.",
    ),
    Hint.JOURNAL_WRONG_KEY: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Không xoá tệp nhật ký. Tệp có thể được chép từ máy khác: trả tệp về máy "
        "cũ, hoặc báo nhóm hỗ trợ.",
    ),
    Hint.SEE_KEYRING: QT_TRANSLATE_NOOP("DoctorHints", "Xem dòng “Kho khoá”."),
    Hint.CLOSE_OTHER_KIOSKS: QT_TRANSLATE_NOOP(
        "DoctorHints", "Đóng các cửa sổ kiosk khác đang mở rồi chạy lại kiểm tra."
    ),
    Hint.SEE_DATA_FOLDER: QT_TRANSLATE_NOOP(
        "DoctorHints", "Xem dòng “Thư mục dữ liệu”: kiosk cần quyền đọc và ghi tệp nhật ký."
    ),
    Hint.SEE_DISK: QT_TRANSLATE_NOOP("DoctorHints", "Xem dòng “Dung lượng ổ đĩa”."),
    Hint.ASK_SUPPORT: QT_TRANSLATE_NOOP("DoctorHints", "Báo nhóm hỗ trợ."),
    Hint.CONTRACT: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Máy chủ và kiosk không cùng phiên bản hợp đồng: cập nhật kiosk hoặc hỏi "
        "đơn vị quản lý máy chủ.",
    ),
    Hint.REINSTALL_OR_SEND_LOG: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Cài lại phần mềm kiosk; nếu vẫn lỗi, gửi tệp nhật ký (kiosk.log) cho nhóm hỗ trợ.",
    ),
    Hint.FIX_URL: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Sửa gateway.url trong tệp cấu hình hệ thống: địa chỉ phải dạng "
        "https://tên-máy-chủ[:cổng], không có tên đăng nhập, dấu ? hay #.",
    ),
    Hint.FIX_CA: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Sửa gateway.ca_bundle: đường dẫn tới tệp PEM chứa chứng chỉ CA của tỉnh "
        "(bắt đầu bằng -----BEGIN CERTIFICATE-----), đọc được bởi tài khoản của "
        "cán bộ.",
    ),
    Hint.PROXY_CA: QT_TRANSLATE_NOOP(
        "DoctorHints", "Nếu proxy giải mã HTTPS, cần thêm CA của proxy vào tệp đó."
    ),
    Hint.SEE_TLS: QT_TRANSLATE_NOOP("DoctorHints", "Xem dòng “Chứng chỉ TLS” ngay dưới."),
    Hint.OVERLOADED: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Máy chủ hoặc đường mạng đang quá tải; thử lại sau ít phút, nếu lặp lại "
        "báo đơn vị quản lý máy chủ.",
    ),
    Hint.CHECK_NETWORK: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Kiểm tra cáp mạng/Wi-Fi, tường lửa và proxy của máy; thử mở "
        "{url}/v1/health bằng trình duyệt. Nếu địa chỉ sai, sửa gateway.url.",
    ),
    Hint.SERVER_FAULT: QT_TRANSLATE_NOOP(
        "DoctorHints", "Máy chủ gặp sự cố: báo đơn vị quản lý máy chủ; kiosk không cần sửa gì."
    ),
    Hint.CHECK_URL_PATH: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Địa chỉ có thể thiếu hoặc thừa phần đường dẫn: kiểm tra gateway.url với "
        "đơn vị quản lý máy chủ.",
    ),
    Hint.NOT_HTTPS: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Cổng này có thể không phải HTTPS (thử http://, hoặc sai cổng), hoặc máy "
        "chủ chỉ nhận giao thức quá cũ: kiểm tra gateway.url với đơn vị quản lý "
        "máy chủ.",
    ),
    Hint.CERT_EXPIRED: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Nếu ngày giờ của máy này (ghi ở trên) đúng, báo đơn vị quản lý máy chủ "
        "gia hạn chứng chỉ; nếu sai, bật đồng bộ giờ tự động và chỉnh lại giờ "
        "(múi giờ UTC+7).",
    ),
    Hint.CLOCK_BEHIND: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Đồng hồ máy này có thể đang chậm (ngày giờ ghi ở trên): bật đồng bộ giờ tự động.",
    ),
    Hint.CERT_HOST: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Dùng trong gateway.url đúng tên máy chủ ghi trong chứng chỉ (không dùng "
        "địa chỉ IP nếu chứng chỉ chỉ có tên).",
    ),
    Hint.CA_UNTRUSTED: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Đặt gateway.ca_bundle là tệp PEM chứng chỉ CA của tỉnh (hỏi đơn vị quản "
        "lý máy chủ); nếu mạng có proxy giải mã HTTPS, thêm cả CA của proxy vào "
        "tệp đó.",
    ),
    Hint.SEND_TO_OPERATORS: QT_TRANSLATE_NOOP(
        "DoctorHints", "Gửi dòng này cho đơn vị quản lý máy chủ."
    ),
    Hint.SYNC_CLOCK: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Bật đồng bộ giờ tự động (Windows: Cài đặt › Thời gian và ngôn ngữ › Đồng"
        " bộ ngay; Linux: timedatectl set-ntp true) và kiểm tra múi giờ (UTC+7). "
        "Giờ sai làm mã OTP và chứng chỉ bị từ chối.",
    ),
    Hint.CHECK_CREDENTIALS: QT_TRANSLATE_NOOP(
        "DoctorHints", "Kiểm tra lại tên đăng nhập, mật khẩu và bộ gõ tiếng Việt/Caps Lock."
    ),
    Hint.WAIT_LOCK: QT_TRANSLATE_NOOP("DoctorHints", "Chờ hết thời gian khoá rồi thử lại."),
    Hint.SEE_GATEWAY: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Xem dòng “Kết nối máy chủ”; nếu máy chủ trả lời mà vẫn lỗi, báo đơn vị quản lý.",
    ),
    Hint.NO_ELIGIBLE_UNIT: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Tài khoản chưa được gán vào Trung tâm Phục vụ hành chính công hoặc Bộ "
        "phận một cửa có tên đúng quy định: báo quản trị của đơn vị.",
    ),
    Hint.LOGIN_NOT_CONTRACT: QT_TRANSLATE_NOOP(
        "DoctorHints", "Báo đơn vị quản lý máy chủ: dịch vụ đăng nhập không theo hợp đồng v1."
    ),
    Hint.LOGIN_SERVICE_DOWN: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Máy chủ trả lời /v1/health nhưng không nhận đăng nhập: báo đơn vị quản lý máy chủ.",
    ),
    Hint.WRONG_GATEWAY: QT_TRANSLATE_NOOP(
        "DoctorHints", "Máy chủ này không phải cổng kết nối đúng hợp đồng: báo đơn vị quản lý ngay."
    ),
    Hint.NO_SCANNER: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Bật máy quét, cắm cáp USB (hoặc nối mạng) và cài trình điều khiển của "
        "hãng: Windows cần driver WIA, Linux cần SANE (gói sane-utils, "
        "sane-airscan cho máy quét mạng). Máy quét đa năng gửi ảnh vào thư mục: "
        "đặt scanner.watch_folder. Camera tài liệu/webcam: cắm USB.",
    ),
    Hint.CHOSEN_SCANNER: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Bật máy quét đã chọn, hoặc chọn máy khác trong kiosk (Cài đặt) để kiosk nhớ.",
    ),
    Hint.INSTALL_PRINTER: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Cài máy in trong hệ điều hành (Windows: Cài đặt › Máy in và máy quét; "
        "Linux: CUPS, gói cups) và in thử một trang; kiosk dùng đúng danh sách "
        "máy in của hệ thống.",
    ),
    Hint.CHOSEN_PRINTER: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Bật máy in đó, hoặc chọn máy in khác trong Cài đặt của kiosk (printer.name).",
    ),
    Hint.DEFAULT_PRINTER: QT_TRANSLATE_NOOP(
        "DoctorHints",
        "Đặt một máy in mặc định trong hệ điều hành, hoặc đặt printer.name trong cấu hình.",
    ),
}


def _table(source: str) -> str:
    return QCoreApplication.translate(TABLE_CONTEXT, source)


def title(name: str) -> str:
    source = TITLES.get(name)
    return _table(source) if source is not None else name


def status_word(status: Status) -> str:
    return _table(STATUS_WORDS[status])


def phrase_text(phrase: Phrase) -> str:
    code, values = phrase.code, phrase.values
    if isinstance(code, Said):
        return fill(CONTEXT, WORDS[code], values)
    if isinstance(code, Hint):
        return fill(HINT_CONTEXT, HINTS[code], values)
    if isinstance(code, ConfigProblem):
        fields = {k: str(v) for k, v in values.items()}
        return config_words.describe(ConfigError(code, **fields))
    if isinstance(code, JournalProblem):
        return journal.text_of(code)
    if isinstance(code, ScanProblem):
        driver = values.pop("driver", "")
        said = scanner.text_of(code, {k: v for k, v in values.items() if not isinstance(v, float)})
        return f"{driver}: {said}" if driver else said
    return str(code)


def detail_text(result: CheckResult) -> str:
    return "; ".join(phrase_text(p) for p in result.detail)


def hint_text(result: CheckResult) -> str:
    return " ".join(phrase_text(p) for p in result.hint) if not result.ok else ""


def as_json(results: list[CheckResult], about: dict[str, Any] | None = None) -> str:
    """Codes and values (found, fix) for scripts, and the words (detail, hint) for people."""
    body: dict[str, Any] = dict(about or {})
    body["ok"] = all(r.ok for r in results)
    checks = []
    for r in results:
        entry = as_dict(r)
        entry["title"] = title(r.name)
        entry["detail"] = detail_text(r)
        entry["hint"] = hint_text(r)
        checks.append(entry)
    body["checks"] = checks
    return json.dumps(body, ensure_ascii=False, indent=2)


def as_table(results: list[CheckResult], width: int = 100) -> str:
    """Three columns; a failure's fix goes on its own line(s) under the detail."""
    check_word = _table(QT_TRANSLATE_NOOP("DoctorTable", "Kiểm tra"))
    result_word = _table(QT_TRANSLATE_NOOP("DoctorTable", "Kết quả"))
    detail_word = _table(QT_TRANSLATE_NOOP("DoctorTable", "Chi tiết"))
    fix_word = _table(QT_TRANSLATE_NOOP("DoctorTable", "→ Cách sửa: "))
    name_w = max([len(check_word)] + [len(title(r.name)) for r in results])
    status_w = max(len(status_word(s)) for s in STATUS_WORDS)
    indent = name_w + status_w + 4
    text_w = max(30, width - indent)
    lines = [f"{check_word:<{name_w}}  {result_word:<{status_w}}  {detail_word}"]
    lines.append("-" * min(width, indent + text_w))
    for r in results:
        detail = _wrap(detail_text(r), text_w) or [""]
        lines.append(f"{title(r.name):<{name_w}}  {status_word(r.status):<{status_w}}  {detail[0]}")
        lines.extend(" " * indent + more for more in detail[1:])
        hint = hint_text(r)
        if hint:
            for number, part in enumerate(_wrap(fix_word + hint, text_w)):
                lines.append(" " * indent + ("" if number == 0 else "  ") + part)
    failures = sum(1 for r in results if not r.ok)
    lines.append("")
    if not failures:
        lines.append(_table(QT_TRANSLATE_NOOP("DoctorTable", "Tất cả đều đạt.")))
    else:
        lines.append(
            _table(
                QT_TRANSLATE_NOOP("DoctorTable", "{n} mục LỖI: làm theo “Cách sửa” rồi chạy lại.")
            ).format(n=failures)
        )
    return "\n".join(lines)


def _wrap(text: str, width: int) -> list[str]:
    # Paths and host names hold hyphens: a line break inside one makes it uncopyable.
    return textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False)


def load_language(language: str) -> QCoreApplication:
    """For the console: a QCoreApplication (no GUI) with the GUI's translators installed.

    The caller keeps the returned application while it prints: the translators live and die
    with it. An application that already runs (the GUI, a test) is reused.
    """
    from kiosk.ui import i18n

    app = QCoreApplication.instance() or QCoreApplication([])
    i18n.install(app, language)
    return app
