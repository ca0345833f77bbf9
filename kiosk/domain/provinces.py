"""Birth-registration codes of the 12-digit ID number (Circular 07/2016/TT-BCA).

Cards keep these codes after the 2025 merger of provinces, so the pre-merger list is the one
that explains a number. Codes 101–295 stand for a country (births registered abroad); the
circular's country table is not carried here, only the range.
"""

from __future__ import annotations

PROVINCES: dict[str, str] = {
    "001": "Hà Nội",
    "002": "Hà Giang",
    "004": "Cao Bằng",
    "006": "Bắc Kạn",
    "008": "Tuyên Quang",
    "010": "Lào Cai",
    "011": "Điện Biên",
    "012": "Lai Châu",
    "014": "Sơn La",
    "015": "Yên Bái",
    "017": "Hòa Bình",
    "019": "Thái Nguyên",
    "020": "Lạng Sơn",
    "022": "Quảng Ninh",
    "024": "Bắc Giang",
    "025": "Phú Thọ",
    "026": "Vĩnh Phúc",
    "027": "Bắc Ninh",
    "030": "Hải Dương",
    "031": "Hải Phòng",
    "033": "Hưng Yên",
    "034": "Thái Bình",
    "035": "Hà Nam",
    "036": "Nam Định",
    "037": "Ninh Bình",
    "038": "Thanh Hóa",
    "040": "Nghệ An",
    "042": "Hà Tĩnh",
    "044": "Quảng Bình",
    "045": "Quảng Trị",
    "046": "Thừa Thiên Huế",
    "048": "Đà Nẵng",
    "049": "Quảng Nam",
    "051": "Quảng Ngãi",
    "052": "Bình Định",
    "054": "Phú Yên",
    "056": "Khánh Hòa",
    "058": "Ninh Thuận",
    "060": "Bình Thuận",
    "062": "Kon Tum",
    "064": "Gia Lai",
    "066": "Đắk Lắk",
    "067": "Đắk Nông",
    "068": "Lâm Đồng",
    "070": "Bình Phước",
    "072": "Tây Ninh",
    "074": "Bình Dương",
    "075": "Đồng Nai",
    "077": "Bà Rịa–Vũng Tàu",
    "079": "TP. Hồ Chí Minh",
    "080": "Long An",
    "082": "Tiền Giang",
    "083": "Bến Tre",
    "084": "Trà Vinh",
    "086": "Vĩnh Long",
    "087": "Đồng Tháp",
    "089": "An Giang",
    "091": "Kiên Giang",
    "092": "Cần Thơ",
    "093": "Hậu Giang",
    "094": "Sóc Trăng",
    "095": "Bạc Liêu",
    "096": "Cà Mau",
}

ABROAD_FIRST = 101
ABROAD_LAST = 295
# The provinces' two-digit numbering: a code in it but not in the list may be one the list
# lacks (a warning); a code outside both ranges names no place at all (an error).
PROVINCE_FIRST = 1
PROVINCE_LAST = 99


def province_name(code: str) -> str | None:
    return PROVINCES.get(code)


def is_abroad_code(code: str) -> bool:
    return code.isdigit() and len(code) == 3 and ABROAD_FIRST <= int(code) <= ABROAD_LAST


def is_known_code(code: str) -> bool:
    return code in PROVINCES or is_abroad_code(code)


def is_possible_code(code: str) -> bool:
    """Whether `code` falls in a range the circular gives places (a province or a country)."""
    if not (code.isascii() and code.isdigit() and len(code) == 3):
        return False
    return PROVINCE_FIRST <= int(code) <= PROVINCE_LAST or is_abroad_code(code)
