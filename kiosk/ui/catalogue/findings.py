"""Words for the domain's findings (kiosk.domain.findings.FindingCode), vi and en."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.citizen import Sex
from kiosk.domain.findings import Finding, FindingCode, Param
from kiosk.ui.catalogue import QT_TRANSLATE_NOOP, fill

CONTEXT = "Findings"

WORDS: dict[FindingCode, str] = {
    FindingCode.ID_REQUIRED: QT_TRANSLATE_NOOP("Findings", "Chưa nhập số CMND/CCCD."),
    FindingCode.ID_NOT_DIGITS: QT_TRANSLATE_NOOP("Findings", "Số CMND/CCCD chỉ gồm chữ số."),
    FindingCode.ID_BAD_LENGTH: QT_TRANSLATE_NOOP(
        "Findings", "Số CCCD phải có 12 chữ số (CMND cũ: 9 chữ số); số đã nhập có {length} chữ số."
    ),
    FindingCode.ID_UNKNOWN_PLACE_CODE: QT_TRANSLATE_NOOP(
        "Findings",
        "Mã nơi đăng ký khai sinh {place_code} (3 chữ số đầu) không có trong danh"
        " sách tỉnh/thành; hãy đối chiếu số với thẻ.",
    ),
    FindingCode.ID_BAD_PLACE_CODE: QT_TRANSLATE_NOOP(
        "Findings",
        "Ba chữ số đầu {place_code} không phải mã tỉnh/thành hay quốc gia nào; số CCCD có "
        "thể bị gõ sai, hãy đối chiếu với thẻ.",
    ),
    FindingCode.ID_YEAR_MISMATCH: QT_TRANSLATE_NOOP(
        "Findings", "Số CCCD cho biết sinh năm {stated_year}; thông tin nhập: {entered_year}"
    ),
    FindingCode.ID_SEX_MISMATCH: QT_TRANSLATE_NOOP(
        "Findings", "Số CCCD cho biết {stated_sex}; thông tin nhập: {entered_sex}"
    ),
    FindingCode.ID_YEAR_SEX_MISMATCH: QT_TRANSLATE_NOOP(
        "Findings",
        "Số CCCD cho biết sinh năm {stated_year}, {stated_sex}; thông tin nhập: "
        "{entered_year}, {entered_sex}",
    ),
    FindingCode.QR_ID_DIFFERS_FROM_LOOKUP: QT_TRANSLATE_NOOP(
        "Findings",
        "Số CCCD trong mã QR khác số đã tra cứu: có thể đây là thẻ của người "
        "khác. Hãy tra cứu lại với số trên thẻ này.",
    ),
    FindingCode.NAME_REQUIRED: QT_TRANSLATE_NOOP("Findings", "Chưa nhập họ và tên."),
    FindingCode.NAME_TOO_LONG: QT_TRANSLATE_NOOP("Findings", "Họ và tên dài quá {limit} ký tự."),
    FindingCode.NAME_BAD_CHARACTERS: QT_TRANSLATE_NOOP(
        "Findings",
        "Họ và tên chỉ gồm chữ cái tiếng Việt và dấu cách; có ký tự không hợp lệ: {characters}",
    ),
    FindingCode.NAME_SINGLE_WORD: QT_TRANSLATE_NOOP(
        "Findings", "Họ và tên chỉ có một từ; hãy kiểm tra lại với thẻ."
    ),
    FindingCode.NAME_DIFFERS_FROM_QR: QT_TRANSLATE_NOOP(
        "Findings", "Họ và tên khác với mã QR trên thẻ ({qr_name}); hãy đối chiếu với thẻ."
    ),
    FindingCode.DOB_REQUIRED: QT_TRANSLATE_NOOP("Findings", "Chưa nhập ngày sinh."),
    FindingCode.DOB_FORMAT: QT_TRANSLATE_NOOP(
        "Findings", "Ngày sinh viết theo dạng ngày/tháng/năm, ví dụ 07/03/1995."
    ),
    FindingCode.DOB_INVALID: QT_TRANSLATE_NOOP(
        "Findings", "Ngày sinh không phải một ngày có thật."
    ),
    FindingCode.DOB_FUTURE: QT_TRANSLATE_NOOP("Findings", "Ngày sinh ở sau hôm nay."),
    FindingCode.DOB_TOO_EARLY: QT_TRANSLATE_NOOP("Findings", "Ngày sinh trước năm {year}."),
    FindingCode.DOB_DIFFERS_FROM_QR: QT_TRANSLATE_NOOP(
        "Findings", "Ngày sinh khác với mã QR trên thẻ ({qr_date})."
    ),
    FindingCode.SEX_INVALID: QT_TRANSLATE_NOOP("Findings", "Giới tính là Nam hoặc Nữ."),
    FindingCode.SEX_DIFFERS_FROM_QR: QT_TRANSLATE_NOOP(
        "Findings", "Giới tính khác với mã QR trên thẻ ({qr_sex})."
    ),
    FindingCode.OLD_ID_INVALID: QT_TRANSLATE_NOOP(
        "Findings", "Số CMND cũ gồm 9 hoặc 12 chữ số (để trống nếu không có)."
    ),
    FindingCode.ADDRESS_TOO_LONG: QT_TRANSLATE_NOOP("Findings", "Địa chỉ dài quá {limit} ký tự."),
    FindingCode.UNIT_REQUIRED: QT_TRANSLATE_NOOP(
        "Findings", "Chọn đơn vị nơi cán bộ đang làm việc."
    ),
    FindingCode.PHONE_REQUIRED: QT_TRANSLATE_NOOP(
        "Findings", "Chưa nhập số điện thoại di động của công dân."
    ),
    FindingCode.PHONE_NOT_DIGITS: QT_TRANSLATE_NOOP(
        "Findings", "Số điện thoại chỉ gồm chữ số (có thể bắt đầu bằng +84)."
    ),
    FindingCode.PHONE_INVALID: QT_TRANSLATE_NOOP(
        "Findings",
        "Số điện thoại không hợp lệ: số di động Việt Nam có 10 chữ số, bắt đầu "
        "bằng 0 (hoặc +84 và 9 chữ số).",
    ),
    FindingCode.PHONE_FOREIGN: QT_TRANSLATE_NOOP(
        "Findings", "Đây là số điện thoại nước ngoài; mã OTP chỉ gửi được tới số di động Việt Nam."
    ),
    FindingCode.PHONE_NOT_MOBILE: QT_TRANSLATE_NOOP(
        "Findings",
        "Đây là số máy bàn (cố định), không nhận được tin nhắn mã OTP; hãy nhập "
        "số di động của chính công dân.",
    ),
    FindingCode.PHONE_NOT_CONFIRMED: QT_TRANSLATE_NOOP(
        "Findings",
        "Hỏi công dân: đây có phải số điện thoại của chính công dân không? Chỉ "
        "đánh dấu khi công dân xác nhận.",
    ),
    FindingCode.EMAIL_INVALID: QT_TRANSLATE_NOOP(
        "Findings",
        "Địa chỉ email không hợp lệ (ví dụ đúng: ten@gmail.com). Email không bắt "
        "buộc: có thể để trống.",
    ),
    FindingCode.QR_EMPTY: QT_TRANSLATE_NOOP("Findings", "Mã QR trống."),
    FindingCode.QR_TOO_LONG: QT_TRANSLATE_NOOP(
        "Findings", "Mã QR quá dài, không phải mã QR trên thẻ CCCD/Căn cước."
    ),
    FindingCode.QR_IS_URL: QT_TRANSLATE_NOOP(
        "Findings",
        "Mã QR này là một đường dẫn web, không phải mã QR thông tin trên thẻ CCCD/Căn cước.",
    ),
    FindingCode.QR_MANGLED_TEXT: QT_TRANSLATE_NOOP(
        "Findings",
        "Mã QR bị máy quét làm hỏng chữ tiếng Việt (có dấu). Hãy đặt máy quét ở "
        "chế độ bàn phím Unicode/UTF-8, hoặc quét ảnh thẻ; không tự điền thông "
        "tin từ mã này.",
    ),
    FindingCode.QR_NOT_CARD: QT_TRANSLATE_NOOP(
        "Findings", "Mã QR này không phải mã QR thông tin trên thẻ CCCD/Căn cước."
    ),
    FindingCode.QR_TOO_FEW_FIELDS: QT_TRANSLATE_NOOP(
        "Findings",
        "Mã QR chỉ có {count} trường thông tin (thẻ CCCD/Căn cước có ít nhất "
        "{minimum}); có thể mã bị đọc thiếu, hãy quét lại.",
    ),
    FindingCode.QR_BAD_ID_NUMBER: QT_TRANSLATE_NOOP(
        "Findings", "Số CCCD trong mã QR không phải 12 chữ số."
    ),
    FindingCode.QR_BAD_OLD_ID_NUMBER: QT_TRANSLATE_NOOP(
        "Findings", "Số CMND cũ trong mã QR không phải 9 hoặc 12 chữ số."
    ),
    FindingCode.QR_BAD_NAME: QT_TRANSLATE_NOOP(
        "Findings", "Họ và tên trong mã QR không hợp lệ. {reason}"
    ),
    FindingCode.QR_BAD_DATE_OF_BIRTH: QT_TRANSLATE_NOOP(
        "Findings",
        "Ngày sinh trong mã QR không hợp lệ (không phải một ngày có thật dạng "
        "ddMMyyyy, hoặc ở tương lai).",
    ),
    FindingCode.QR_BAD_ISSUE_DATE: QT_TRANSLATE_NOOP(
        "Findings",
        "Ngày cấp trong mã QR không phải một ngày có thật dạng ngày tháng năm (ddMMyyyy).",
    ),
    FindingCode.QR_BAD_SEX: QT_TRANSLATE_NOOP(
        "Findings", "Giới tính trong mã QR không phải Nam hoặc Nữ."
    ),
    FindingCode.QR_DATES_INCONSISTENT: QT_TRANSLATE_NOOP(
        "Findings", "Ngày cấp trong mã QR trước ngày sinh."
    ),
    FindingCode.QR_ISSUE_DATE_IN_FUTURE: QT_TRANSLATE_NOOP(
        "Findings", "Ngày cấp trong mã QR ở sau hôm nay: hãy kiểm tra ngày giờ của máy tính."
    ),
    FindingCode.QR_NO_DIACRITICS: QT_TRANSLATE_NOOP(
        "Findings",
        "Mã QR không có chữ nào có dấu: máy quét có thể đã bỏ dấu tiếng Việt. Hãy"
        " đối chiếu họ tên và địa chỉ với thẻ.",
    ),
    FindingCode.QR_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Findings",
        "Không tìm thấy mã QR trên ảnh: hãy quét mặt có mã QR (thẻ 2021: mặt "
        "trước; thẻ 2024: mặt sau), giữ thẻ phẳng, rõ nét và không bị lóa.",
    ),
    FindingCode.QR_OTHER_CARD: QT_TRANSLATE_NOOP(
        "Findings",
        "Mã QR trên thẻ vừa quét mang số CCCD khác số đã tra cứu: có thể đây là "
        "thẻ của người khác. Hãy quét đúng thẻ, hoặc hủy hồ sơ và tra cứu lại.",
    ),
    FindingCode.MRZ_BAD_SHAPE: QT_TRANSLATE_NOOP(
        "Findings", "Vùng MRZ phải có 3 dòng, mỗi dòng 30 ký tự (chữ in hoa, chữ số, dấu <)."
    ),
    FindingCode.MRZ_NOT_VIETNAMESE_ID: QT_TRANSLATE_NOOP(
        "Findings", "Vùng MRZ không phải của thẻ CCCD/Căn cước Việt Nam."
    ),
    FindingCode.MRZ_CHECK_DIGIT: QT_TRANSLATE_NOOP(
        "Findings",
        "Chữ số kiểm tra của vùng MRZ không khớp: có ký tự bị đọc sai, hãy kiểm tra lại.",
    ),
    FindingCode.MRZ_INCONSISTENT: QT_TRANSLATE_NOOP(
        "Findings", "Số CCCD trong vùng MRZ không khớp với số giấy tờ của chính nó."
    ),
    FindingCode.MRZ_BAD_DATE_OF_BIRTH: QT_TRANSLATE_NOOP(
        "Findings", "Ngày sinh trong vùng MRZ không hợp lệ."
    ),
    FindingCode.MRZ_BAD_EXPIRY_DATE: QT_TRANSLATE_NOOP(
        "Findings", "Ngày hết hạn trong vùng MRZ không hợp lệ."
    ),
    FindingCode.MRZ_ID_DIFFERS: QT_TRANSLATE_NOOP(
        "Findings", "Số CCCD trong vùng MRZ khác số đã có."
    ),
    FindingCode.MRZ_BIRTH_DIFFERS: QT_TRANSLATE_NOOP(
        "Findings", "Ngày sinh trong vùng MRZ khác ngày đã có."
    ),
    FindingCode.MRZ_SEX_DIFFERS: QT_TRANSLATE_NOOP(
        "Findings", "Giới tính trong vùng MRZ khác giới tính đã có."
    ),
    FindingCode.MRZ_NAME_DIFFERS: QT_TRANSLATE_NOOP(
        "Findings", "Họ tên trong vùng MRZ khác họ tên đã có."
    ),
}

# The sex of a person inside a sentence ("... cho biết nam"): the card's own word, lower case.
SEX_WORDS: dict[str, str] = {
    Sex.MALE.value: QT_TRANSLATE_NOOP("Findings", "nam"),
    Sex.FEMALE.value: QT_TRANSLATE_NOOP("Findings", "nữ"),
}


def _param(name: str, value: Param) -> Param:
    if name.endswith("_sex") and isinstance(value, str) and value in SEX_WORDS:
        return QCoreApplication.translate(CONTEXT, SEX_WORDS[value])
    if name == "reason" and isinstance(value, str) and value in WORDS:
        return QCoreApplication.translate(CONTEXT, WORDS[FindingCode(value)])
    return value


def text_of(code: str, params: dict[str, Param] | None = None) -> str:
    """The sentence for a finding code; a code without words shows its own `text`, or itself."""
    values = params or {}
    source = WORDS.get(code)  # type: ignore[call-overload]
    if source is None:
        return str(values.get("text") or code)
    return fill(CONTEXT, source, {k: _param(k, v) for k, v in values.items()})


def finding_text(finding: Finding) -> str:
    return text_of(finding.code, finding.values)
