"""This PC itself: configuration, keyring, fonts, disk, folders, journal, version."""

from __future__ import annotations

import importlib.resources
import os
import platform
import shutil
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

import kiosk
from kiosk import paths
from kiosk.doctor.context import DoctorContext
from kiosk.doctor.result import CheckResult, failed, passed

# Scans of one case are a few MB and the journal keeps them briefly; below this the next
# Windows update alone can fill the disk, and SQLite then refuses to save a step.
MIN_FREE_BYTES = 500 * 1024 * 1024
UI_FONT_PACKAGE = "fontpkg_be_vietnam_pro"
UI_FONT_FILES = ("BeVietnamPro-Regular.ttf", "BeVietnamPro-Bold.ttf")

_HINT_REINSTALL = "Cài lại phần mềm kiosk (tệp trong thư mục cài đặt bị thiếu hoặc hỏng)."


def config_check(ctx: DoctorContext) -> CheckResult:
    name = "config"
    if ctx.config_error:
        return failed(
            name,
            ctx.config_error,
            "Sửa đúng khoá được nêu (xem docs/deploy.md, mục Cấu hình); kiosk không khởi động "
            "khi cấu hình sai. Các kiểm tra khác bên dưới dùng giá trị mặc định.",
        )
    if not ctx.config_files:
        detail = "Không có tệp cấu hình nào: giá trị mặc định"
    else:
        detail = "Đọc được: " + ", ".join(str(p) for p in ctx.config_files)
    if ctx.settings.training:
        detail += "; CHẾ ĐỘ ĐÀO TẠO (chưa đặt gateway.url)"
    shadowed = _shadowed_keys(ctx.config_files)
    if shadowed:
        # A per-user value silently wins over what IT wrote for the machine.
        detail += "; tệp của người dùng ghi đè khoá của hệ thống: " + ", ".join(shadowed)
    return passed(name, detail)


def _shadowed_keys(files: list[Path]) -> list[str]:
    system = paths.system_config_file()
    if system not in files:
        return []
    try:
        with system.open("rb") as fh:
            base = tomllib.load(fh)
        later: list[dict[str, Any]] = []
        for path in files[files.index(system) + 1 :]:
            with path.open("rb") as fh:
                later.append(tomllib.load(fh))
    except (OSError, tomllib.TOMLDecodeError):
        return []
    keys: list[str] = []
    for section, values in base.items():
        if not isinstance(values, dict):
            continue
        for key, value in values.items():
            for layer in later:
                over = layer.get(section)
                if isinstance(over, dict) and key in over and over[key] != value:
                    keys.append(f"{section}.{key}")
                    break
    return keys


def keyring_check(ctx: DoctorContext) -> CheckResult:
    from kiosk.portal.credentials import CredentialStore

    name = "keyring"
    url = "training" if ctx.training else (ctx.options.gateway_url or ctx.settings.gateway.url)
    status = CredentialStore(url).status()
    if status.usable:
        return passed(name, f"An toàn: {status.backend}")
    if status.reason == "insecure":
        return failed(
            name,
            f"Kho khoá lưu dạng văn bản thường, không an toàn: {status.backend}",
            "Kiosk không lưu được hồ sơ khi thiếu kho khoá an toàn. Windows: dùng Windows "
            "Credential Manager (mặc định, không cài thêm gì); Linux: cài gnome-keyring và mở "
            "khoá khi đăng nhập; gỡ gói keyrings.alt và biến PYTHON_KEYRING_BACKEND nếu có.",
        )
    if status.reason == "failing":
        return failed(
            name,
            f"Kho khoá có nhưng đang lỗi hoặc bị khoá: {status.backend}",
            "Đăng xuất rồi đăng nhập lại máy tính (để mở khoá kho khoá); Linux: kiểm tra "
            "gnome-keyring-daemon đang chạy trong phiên của cán bộ.",
        )
    return failed(
        name,
        f"Không có kho khoá của hệ điều hành ({status.backend})",
        "Linux: cài gnome-keyring (hoặc KWallet) và chạy kiosk trong phiên đăng nhập đồ hoạ; "
        "Windows: kiểm tra dịch vụ Credential Manager đang chạy.",
    )


def fonts_check(ctx: DoctorContext) -> CheckResult:
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    from kiosk.forms.fonts import FONT_PACKAGE, FontMissingError, font_faces

    name = "fonts"
    try:
        faces = font_faces()
    except FontMissingError as exc:
        return failed(name, str(exc), _HINT_REINSTALL)
    for face in faces:
        try:
            TTFont(face.name, str(face.path))  # parses the file: a truncated copy fails here
        except (TTFError, OSError) as exc:
            return failed(name, f"Tệp phông {face.path.name} hỏng ({exc})", _HINT_REINSTALL)
    try:
        ui_root = importlib.resources.files(UI_FONT_PACKAGE) / "files"
        missing = [f for f in UI_FONT_FILES if not (ui_root / f).is_file()]
    except ModuleNotFoundError:
        missing = list(UI_FONT_FILES)
    if missing:
        return failed(
            name,
            f"Thiếu phông giao diện ({UI_FONT_PACKAGE}): {', '.join(missing)}",
            _HINT_REINSTALL,
        )
    return passed(
        name,
        f"Phông giấy tờ {FONT_PACKAGE} ({len(faces)} kiểu, đọc được); phông giao diện "
        f"{UI_FONT_PACKAGE} có đủ",
    )


def _existing(path: Path) -> Path:
    while not path.exists() and path.parent != path:
        path = path.parent
    return path


def disk_check(ctx: DoctorContext) -> CheckResult:
    name = "disk"
    target = paths.data_dir()
    usage = shutil.disk_usage(_existing(target))
    free_gb = usage.free / 1024**3
    detail = f"Còn trống {free_gb:.1f} GB trên ổ chứa {target}"
    if usage.free >= MIN_FREE_BYTES:
        return passed(name, detail)
    return failed(
        name,
        detail,
        f"Giải phóng ổ đĩa (Disk Cleanup, xoá tệp tải về cũ): kiosk cần ít nhất "
        f"{MIN_FREE_BYTES // 1024**2} MB để lưu hồ sơ và ảnh quét.",
    )


def _writable(folder: Path) -> str:
    """ "" when a file can be created, written to disk and removed in folder, else why not."""
    try:
        if not folder.exists():
            paths.ensure(folder)  # what the kiosk itself does on first use
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".doctor-", delete=True) as fh:
            fh.write(b"kiosk doctor")
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        return exc.strerror or type(exc).__name__
    return ""


def data_dir_check(ctx: DoctorContext) -> CheckResult:
    name = "data_dir"
    folders = {
        "dữ liệu": paths.data_dir(),
        "nhật ký": paths.log_dir(),
        "tạm": paths.cache_dir(),
        "cấu hình": paths.config_dir(),
    }
    problems = []
    for label, folder in folders.items():
        why = _writable(folder)
        if why:
            problems.append(f"{label} {folder}: {why}")
    if not problems:
        return passed(name, f"Ghi được: {paths.data_dir()} (và thư mục nhật ký, tạm, cấu hình)")
    return failed(
        name,
        "Không ghi được vào " + "; ".join(problems),
        "Cấp quyền ghi cho tài khoản máy tính của cán bộ trên thư mục đó (hoặc xoá thư mục để "
        "kiosk tạo lại); ổ đĩa mạng hoặc thư mục chỉ đọc không dùng được.",
    )


_JOURNAL_HINTS = {
    "corrupt": (
        "Mở kiosk: tệp hỏng sẽ được cất riêng (journal.sqlite3.corrupt-…) và nhật ký mới được "
        "tạo. Không xoá tệp đã cất; báo nhóm hỗ trợ."
    ),
    "key_missing": (
        "Không xoá tệp nhật ký. Chạy kiosk bằng đúng tài khoản máy tính đã dùng trước đây "
        "(khoá nằm trong kho khoá của tài khoản đó); nếu vẫn thiếu, báo nhóm hỗ trợ."
    ),
    "wrong_key": (
        "Không xoá tệp nhật ký. Tệp có thể được chép từ máy khác: trả tệp về máy cũ, hoặc báo "
        "nhóm hỗ trợ."
    ),
    "insecure_keyring": "Xem dòng “Kho khoá”.",
    "keyring_unavailable": "Xem dòng “Kho khoá”.",
    "busy": "Đóng các cửa sổ kiosk khác đang mở rồi chạy lại kiểm tra.",
    "storage": "Xem dòng “Thư mục dữ liệu”: kiosk cần quyền đọc và ghi tệp nhật ký.",
    "disk_full": "Xem dòng “Dung lượng ổ đĩa”.",
}


def journal_check(ctx: DoctorContext) -> CheckResult:
    from kiosk.journal import default_path, journal_health
    from kiosk.journal.errors import MESSAGES

    name = "journal"
    report = journal_health(default_path(), ctx.settings.retention)
    if not report["exists"]:
        facts = "chưa có, sẽ tạo ở hồ sơ đầu tiên"
    elif "cases" in report:
        facts = (
            f"{sum(report['cases'].values())} hồ sơ, {report['unfinished_cases']} chưa xong, "
            f"{report['awaiting_reconcile']} chờ đối chiếu với máy chủ; "
            f"{report['size_bytes'] // 1024} KB"
        )
    else:
        facts = f"{report['size_bytes'] // 1024} KB"
    if report["quarantined"]:
        facts += f"; {len(report['quarantined'])} tệp hỏng đã cất riêng"
    problems: list[str] = report["problems"]
    if report["ok"]:
        return passed(name, f"Tốt: {report['path']}, {facts}")
    texts = [MESSAGES.get(code, code) for code in problems]
    hints = [_JOURNAL_HINTS.get(code, "Báo nhóm hỗ trợ.") for code in problems]
    return failed(
        name,
        f"{report['path']} ({facts}): " + " ".join(texts),
        " ".join(dict.fromkeys(hints)),
    )


def version_check(ctx: DoctorContext) -> CheckResult:
    frozen = getattr(sys, "frozen", False)
    try:
        qt = metadata.version("PySide6")
    except metadata.PackageNotFoundError:
        qt = "?"
    return passed(
        "version",
        f"kiosk {kiosk.__version__} ({'bản cài đặt' if frozen else 'chạy từ mã nguồn'}), "
        f"Python {platform.python_version()}, PySide6 {qt}, {platform.platform(terse=True)}",
    )
