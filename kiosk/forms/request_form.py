"""The account-request form ("giấy đề nghị tạo tài khoản"), seed 002 step 2.

One A4 page the citizen checks and signs: motto and unit, title, the details as entered,
the unit and officer, the citizen's statement that the phone is their own and their consent
to the processing of their data for this purpose, place and date, two signature blocks, and
the case reference with its QR code in the footer, so a signed paper finds its case again.
"""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, HRFlowable, Paragraph, Spacer, Table

from kiosk.forms import layout
from kiosk.forms.layout import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, PAGE_SIZE
from kiosk.forms.layout import text as t
from kiosk.forms.qr import draw_qr
from kiosk.forms.request_data import RequestFormData
from kiosk.forms.vn_dates import dmy, place_and_date

TITLE = "GIẤY ĐỀ NGHỊ TẠO TÀI KHOẢN DỊCH VỤ CÔNG QUỐC GIA"
NOT_GIVEN = "(không có)"
QR_SIZE = 18 * mm
FOOTER_HEIGHT = QR_SIZE + 3 * mm
SIGNATURE_SPACE = 20 * mm
LABEL_GAP: float = 4 * mm
LABELS = (
    "1. Họ và tên:",
    "2. Ngày sinh:",
    "3. Giới tính:",
    "4. Số định danh cá nhân (CCCD):",
    "5. Số CMND cũ (nếu có):",
    "6. Số điện thoại di động:",
    "7. Thư điện tử (email):",
    "8. Địa chỉ thường trú/cư trú:",
    "Cán bộ tiếp nhận:",
)
# Body sizes tried in turn: 13 pt as the decree asks, smaller only when the longest names and
# addresses would push the signatures onto a second page.
BODY_SIZES = (13.0, 12.0, 11.0, 10.0)

STATEMENT = (
    "Tôi xin cam đoan: các thông tin trên là đúng và đã được tôi kiểm tra; số điện thoại "
    "di động nêu trên là thuê bao chính chủ, đăng ký đúng thông tin cá nhân của tôi và do "
    "tôi đang sử dụng để nhận mã xác nhận (OTP) và mật khẩu đăng nhập tài khoản."
)
CONSENT = (
    "Tôi đồng ý để đơn vị nêu trên xử lý các dữ liệu cá nhân ghi trong giấy này "
    "và bản quét thẻ Căn cước/CCCD của tôi, chỉ nhằm mục đích tạo tài khoản dịch vụ công "
    "cho tôi, theo quy định của pháp luật về bảo vệ dữ liệu cá nhân."
)
FOOTER_NOTE = (
    "Mã QR bên cạnh chứa mã hồ sơ, dùng để đối chiếu giấy đã ký với hồ sơ lưu tại đơn vị. "
    "Giấy này không có giá trị thay mật khẩu; không ghi mật khẩu hay mã OTP lên giấy."
)


class FormLayoutError(RuntimeError):
    """The form did not fit on one page (a value beyond the limits request_data enforces)."""


def render_request_form(data: RequestFormData) -> bytes:
    """The signed-paper form as PDF bytes; the same data always gives the same bytes."""
    pages = 0
    for size in BODY_SIZES:
        built = _render(data, size)
        if built.pages == 1:
            return built.data
        pages = built.pages
    raise FormLayoutError(
        f"Giấy đề nghị dài {pages} trang thay vì 1: hãy rút gọn địa chỉ hoặc tên đơn vị."
    )


def _render(data: RequestFormData, body_size: float) -> layout.BuiltPdf:
    st = layout.styles(body_size)

    def footer(canvas: Canvas, _doc: Any) -> None:
        _draw_footer(canvas, data.case_ref, st)

    return layout.build_pdf(
        _story(data, st),
        title="Giấy đề nghị tạo tài khoản dịch vụ công quốc gia",
        subject=f"Mã hồ sơ {data.case_ref}",
        created=datetime.combine(data.date, time(0, 0), layout.VIETNAM_TZ),
        bottom_margin=MARGIN_BOTTOM + FOOTER_HEIGHT,
        on_page=footer,
    )


def _story(data: RequestFormData, st: layout.Styles) -> list[Flowable]:
    ref = Paragraph(f"Mã hồ sơ: {t(data.case_ref)}", st.body_centered)
    story: list[Flowable] = [
        layout.national_header(st, data.unit_name, [ref], place_and_date(data.place, data.date)),
        Spacer(1, 7 * mm),
        Paragraph(t(TITLE), st.title),
        Paragraph(f"Kính gửi: {t(data.unit_name)}", st.body_centered),
        Spacer(1, 5 * mm),
        Paragraph(
            "Tôi đề nghị được tạo tài khoản trên Cổng Dịch vụ công quốc gia "
            "(dichvucong.gov.vn) với các thông tin sau:",
            st.body_justified,
        ),
        _details(data, st),
        Spacer(1, 2 * mm),
        _reception(data, st),
        Spacer(1, 3 * mm),
        Paragraph(t(STATEMENT), st.body_justified),
        Paragraph(t(CONSENT), st.body_justified),
        Spacer(1, 4 * mm),
        _signatures(data, st),
    ]
    return story


def _or_not_given(value: str) -> str:
    return t(value) if value else NOT_GIVEN


def _label_width(st: layout.Styles) -> float:
    # As wide as the longest label, so values get all the room left for wrapping.
    style = st.label
    widest = max(float(stringWidth(label, style.fontName, style.fontSize)) for label in LABELS)
    return widest + LABEL_GAP


def _rows_table(rows: list[tuple[str, str]], st: layout.Styles) -> Table:
    label_width = _label_width(st)
    cells = [[Paragraph(label, st.label), Paragraph(value, st.value)] for label, value in rows]
    table = Table(cells, colWidths=[label_width, FRAME_WIDTH - label_width], hAlign="LEFT")
    table.setStyle(
        layout.table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        )
    )
    return table


def _details(data: RequestFormData, st: layout.Styles) -> Table:
    values = [
        f"<b>{t(data.full_name)}</b>",
        dmy(data.date_of_birth),
        _or_not_given(data.sex),
        f"<b>{t(data.id_number)}</b>",
        _or_not_given(data.old_id_number),
        f"<b>{t(data.phone_display)}</b>",
        _or_not_given(data.email),
        _or_not_given(data.address),
    ]
    return _rows_table(list(zip(LABELS, values, strict=False)), st)


def _reception(data: RequestFormData, st: layout.Styles) -> Table:
    # The unit is named in "Kính gửi"; the officer is the one person not named elsewhere.
    return _rows_table([(LABELS[-1], t(data.officer_name))], st)


def _signature_block(role: str, name: str, st: layout.Styles) -> list[Flowable]:
    return [
        Paragraph(f"<b>{t(role)}</b>", st.body_centered),
        Paragraph("<i>(Ký, ghi rõ họ tên)</i>", st.body_centered),
        Spacer(1, SIGNATURE_SPACE * st.body.fontSize / BODY_SIZES[0]),
        Paragraph(f"<b>{t(name)}</b>", st.body_centered),
    ]


def _signatures(data: RequestFormData, st: layout.Styles) -> Table:
    # The citizen signs on the right, where the decree puts the signer of a request.
    half = FRAME_WIDTH / 2
    table = Table(
        [
            [
                _signature_block("CÁN BỘ TIẾP NHẬN", data.officer_name, st),
                _signature_block("NGƯỜI ĐỀ NGHỊ", data.full_name, st),
            ]
        ],
        colWidths=[half, half],
        hAlign="LEFT",
    )
    table.setStyle(
        layout.table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
        )
    )
    return table


def _draw_footer(canvas: Canvas, case_ref: str, st: layout.Styles) -> None:
    page_width = PAGE_SIZE[0]
    qr_x = page_width - MARGIN_RIGHT - QR_SIZE
    draw_qr(canvas, case_ref, qr_x, MARGIN_BOTTOM, QR_SIZE)
    text_width = qr_x - MARGIN_LEFT - 3 * mm
    note = [
        Paragraph(f"<b>Mã hồ sơ: {t(case_ref)}</b>", st.small),
        Paragraph(t(FOOTER_NOTE), st.small),
    ]
    y = MARGIN_BOTTOM + QR_SIZE - 4 * mm
    for para in note:
        _, height = para.wrap(text_width, QR_SIZE)
        y -= height
        para.drawOn(canvas, MARGIN_LEFT, y)
    rule = HRFlowable(width=FRAME_WIDTH, thickness=0.4, color="black")
    rule.wrapOn(canvas, FRAME_WIDTH, 1)
    rule.drawOn(canvas, MARGIN_LEFT, MARGIN_BOTTOM + QR_SIZE + 1 * mm)
