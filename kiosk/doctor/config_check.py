"""Is this counter configured at all: a gateway, or training chosen on purpose (config.mode)?

An installed kiosk whose system-wide file was not found (or never written) has no gateway URL;
before, it silently became a training desk and every check passed against the embedded
training gateway. Now that state is a failure with its own line.
"""

from __future__ import annotations

from kiosk import config, paths
from kiosk.doctor.context import DoctorContext
from kiosk.doctor.result import CheckResult, failed, passed, skipped


def mode_check(ctx: DoctorContext) -> CheckResult:
    name = "mode"
    if ctx.config_error:
        return skipped(name, "Cấu hình sai: xem dòng Tệp cấu hình")
    mode = config.mode(ctx.settings)
    if mode == "production":
        return passed(name, "Chính thức: gateway.url đã đặt")
    if mode == "training":
        how = (
            'chọn trong cấu hình (gateway.mode = "training")'
            if ctx.settings.gateway.mode == "training"
            else "bản chạy từ mã nguồn, chưa cài đặt"
        )
        return passed(name, f"Chế độ đào tạo: {how}")
    searched = ", ".join(str(p) for p in paths.system_config_files())
    return failed(
        name,
        f"Chưa cấu hình: máy đã cài kiosk nhưng không có gateway.url (đã tìm: {searched})",
        "Chạy lại bộ cài với --gateway-url (xem docs/deploy.md), hoặc ghi "
        'gateway.mode = "training" nếu máy này chỉ dùng để tập huấn.',
    )
