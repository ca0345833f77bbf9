"""Invented citizens and units (no real person's data) for the form tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk.forms.request_data import RequestFormData

UNIT = "Trung tâm Phục vụ hành chính công và Kiểm soát thủ tục hành chính tỉnh Hưng Yên"


def form_json(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id_number": "033202000284",
        "old_id_number": "145678912",
        "full_name": "Khuất Thị Ánh Tuyết",
        "date_of_birth": "2002-02-24",
        "sex": "Nữ",
        "phone": "0912345678",
        "email": "anh.tuyet@example.vn",
        "address": "Thôn Xuân Đào, xã Hoàng Hoa Thám, huyện Ân Thi, tỉnh Hưng Yên",
        "unit_name": UNIT,
        "officer_name": "Nguyễn Thị Hường",
        "place": "Hưng Yên",
        "date": "2026-03-05",
        "case_ref": "YC-20260305-K3QZ7D2M",
    }
    data.update(changes)
    return data


def form_data(**changes: Any) -> RequestFormData:
    values = form_json(**changes)
    for key in ("date_of_birth", "date"):
        values[key] = date.fromisoformat(values[key])
    return RequestFormData(**values)


# 120 and 300 characters of real-looking Vietnamese, words of ordinary length.
LONG_NAME = (
    "Nguyễn Huỳnh Phương Thảo Thị Ngọc Bích Trâm Anh Hoàng Bảo Khánh Linh "
    "Tôn Nữ Diệu Hạnh Mỹ Dung Quỳnh Như Ý Xuân Thu Hà Vy"
)
LONG_ADDRESS = (
    "Số nhà 123, ngõ 456, ngách 67, đường Nguyễn Văn Linh, tổ dân phố số 8, khu dân cư "
    "Phố Hiến mới, phường Hiến Nam, thành phố Hưng Yên, tỉnh Hưng Yên; nơi ở hiện tại: "
    "thôn Đông Kết, xã Đông Kết, huyện Khoái Châu, tỉnh Hưng Yên (gần chợ Đông Kết, "
    "cạnh trường tiểu học xã Đông Kết, đối diện UBND xã Đông)."
)
