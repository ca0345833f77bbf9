"""Scanners this PC can reach through the kiosk's own backends (WIA, SANE, eSCL, folder) and,
when the caller can list them, its cameras."""

from __future__ import annotations

from kiosk.doctor.context import DoctorContext
from kiosk.doctor.result import CheckResult, failed, passed
from kiosk.scanner.errors import ScanError
from kiosk.scanner.registry import drivers

_HINT = (
    "Bật máy quét, cắm cáp USB (hoặc nối mạng) và cài trình điều khiển của hãng: Windows cần "
    "driver WIA, Linux cần SANE (gói sane-utils, sane-airscan cho máy quét mạng). Máy quét "
    "đa năng gửi ảnh vào thư mục: đặt scanner.watch_folder. Camera tài liệu/webcam: cắm USB."
)


def scanners_check(ctx: DoctorContext) -> CheckResult:
    name = "scanners"
    wanted = ctx.settings.scanner
    found: list[str] = []
    trouble: list[str] = []
    chosen_seen = False
    for driver in drivers(wanted):
        if driver.name == "file":  # picking a file is always possible: not a scanner
            continue
        try:
            devices = driver.list_devices()
        except ScanError as exc:
            trouble.append(f"{driver.name}: {exc.message}")
            continue
        except OSError as exc:
            trouble.append(f"{driver.name}: {exc.strerror or type(exc).__name__}")
            continue
        for device in devices:
            found.append(f"{device.name or device.id} ({driver.name})")
            if driver.name == wanted.backend and device.id == wanted.device:
                chosen_seen = True
    if ctx.cameras is not None:
        try:
            for device in ctx.cameras():
                found.append(f"{device.name or device.id} (camera)")
                chosen_seen |= wanted.backend == "camera" and device.id == wanted.device
        except Exception as exc:  # a broken multimedia stack is a finding, not a crash
            trouble.append(f"camera: {type(exc).__name__}")
    else:
        trouble.append("camera: không liệt kê được (thiếu Qt Multimedia)")
        chosen_seen |= wanted.backend == "camera"  # unknowable here; the scan page will say
    detail = "Thấy: " + "; ".join(found) if found else "Không thấy máy quét nào"
    if trouble:
        detail += " — lỗi: " + "; ".join(trouble)
    missing = bool(wanted.backend and wanted.device and wanted.backend != "file")
    if missing and not chosen_seen:
        detail += f"; máy quét đã chọn trước ({wanted.backend}: {wanted.device}) không thấy"
    if not found:
        return failed(name, detail, _HINT)
    if missing and not chosen_seen:
        return failed(
            name,
            detail,
            "Bật máy quét đã chọn, hoặc chọn máy khác trong kiosk (Cài đặt) để kiosk nhớ.",
        )
    return passed(name, detail)
