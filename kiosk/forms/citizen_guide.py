"""The citizen's one-page handout: how to log in, and what to do when the password SMS
does not arrive (seed 000 part II, seed 002 part II (3)).

Printed from the result page (account just created) and from the "account already exists"
page. The ID number and phone appear masked: the paper goes home with the citizen and may be
lost; the citizen knows their own number.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, ListFlowable, ListItem, Paragraph, Spacer, Table

from kiosk.domain.masking import mask_id_number, mask_phone
from kiosk.forms import fonts, layout
from kiosk.forms.layout import FRAME_WIDTH, MARGIN_BOTTOM, MARGIN_LEFT
from kiosk.forms.layout import text as t
from kiosk.forms.qr import QrFlowable
from kiosk.forms.vn_dates import long_date, place_and_date

PORTAL_URL = "https://dichvucong.gov.vn"
TITLE = "HƯỚNG DẪN ĐĂNG NHẬP CỔNG DỊCH VỤ CÔNG QUỐC GIA"
QR_SIZE = 30 * mm


class GuideReason(StrEnum):
    CREATED = "created"  # the kiosk has just created the account
    EXISTS = "exists"  # the lookup found an account: nothing was created


def _masked(value: str, mask: Any) -> str:
    # Already masked by the caller (e.g. the gateway's lookup answer): keep it as given.
    return value if "*" in value else str(mask(value))


def render_citizen_guide(
    *,
    reason: GuideReason,
    day: date,
    unit_name: str = "",
    place: str = "",
    id_number: str = "",
    phone: str = "",
    support_lines: Sequence[str] = (),
    case_ref: str = "",
) -> bytes:
    """The handout as PDF bytes (one A4 page; deterministic for the same arguments).

    `support_lines` are the unit's own help contacts (e.g. "Điện thoại hỗ trợ: 0221 ...");
    without them the citizen is sent back to the counter.
    """
    st = layout.styles(12)
    story = _story(
        st, reason, day, unit_name, place, id_number, phone, list(support_lines), case_ref
    )

    def footer(canvas: Canvas, _doc: Any) -> None:
        if case_ref:
            note = Paragraph(f"Mã hồ sơ: {t(case_ref)}", st.small)
            note.wrap(FRAME_WIDTH, 20)
            note.drawOn(canvas, MARGIN_LEFT, MARGIN_BOTTOM - 8 * mm)

    built = layout.build_pdf(
        story,
        title="Hướng dẫn đăng nhập Cổng Dịch vụ công quốc gia",
        subject=f"Mã hồ sơ {case_ref}" if case_ref else "Hướng dẫn cho công dân",
        created=datetime.combine(day, time(0, 0), layout.VIETNAM_TZ),
        on_page=footer,
    )
    return built.data


def _date_line(place: str, day: date) -> str:
    if place:
        return place_and_date(place, day)
    line = long_date(day)
    return line[:1].upper() + line[1:]


def _steps(st: layout.Styles, items: Sequence[str], numbered: bool = True) -> ListFlowable:
    flowables = [ListItem(Paragraph(item, st.body), leftIndent=7 * mm) for item in items]
    return ListFlowable(
        flowables,
        bulletType="1" if numbered else "bullet",
        bulletFontName=fonts.REGULAR,
        bulletFontSize=st.body.fontSize,
        start=1 if numbered else "•",
        leftIndent=7 * mm,
        bulletFormat="%s." if numbered else "%s",
    )


def _story(
    st: layout.Styles,
    reason: GuideReason,
    day: date,
    unit_name: str,
    place: str,
    id_number: str,
    phone: str,
    support_lines: list[str],
    case_ref: str,
) -> list[Flowable]:
    story: list[Flowable] = []
    if unit_name:
        story.append(Paragraph(t(unit_name.upper()), st.agency))
    story += [
        Spacer(1, 3 * mm),
        Paragraph(t(TITLE), st.title),
        Paragraph(f"<i>{t(_date_line(place, day))}</i>", st.body_centered),
        Spacer(1, 4 * mm),
    ]
    story += _account_box(st, reason, id_number, phone)
    story += [
        Paragraph("1. Đăng nhập", st.heading),
        _steps(
            st,
            [
                f"Mở trình duyệt, vào <b>{PORTAL_URL}</b> (hoặc quét mã QR ở cuối trang).",
                "Chọn <b>[Đăng nhập]</b>, rồi chọn đăng nhập bằng tài khoản cấp bởi Cổng Dịch vụ "
                "công quốc gia (mục <b>CMT/CCCD</b>).",
                "Tên đăng nhập: <b>số CCCD</b> (12 chữ số) của ông/bà; mật khẩu: mật khẩu trong "
                "tin nhắn SMS. Nhấn <b>[Đăng nhập]</b>.",
                "Nhập mã OTP (6 chữ số) gửi về điện thoại, nhấn <b>[Xác nhận]</b>.",
            ],
        ),
        Paragraph(
            "<i>Nếu trang đăng nhập yêu cầu tài khoản định danh điện tử VNeID, hãy đăng nhập "
            "bằng ứng dụng VNeID trên điện thoại hoặc hỏi cán bộ một cửa.</i>",
            st.body,
        ),
        Paragraph("2. Không nhận được tin nhắn mật khẩu, hoặc không đăng nhập được", st.heading),
        _steps(
            st,
            [
                "Chờ thêm ít phút: tin nhắn có thể đến chậm do mạng hoặc điện thoại.",
                "Khởi động lại điện thoại rồi xem lại hộp tin nhắn.",
                f"Lấy lại mật khẩu: vào <b>{PORTAL_URL}</b> → <b>[Đăng nhập]</b> → chọn đăng "
                "nhập bằng tài khoản cấp bởi Cổng Dịch vụ công quốc gia → <b>[Quên mật khẩu]</b>, "
                "rồi làm theo hướng dẫn trên màn hình (mã OTP gửi về số điện thoại đã đăng ký).",
                "Mật khẩu mới: từ 8 ký tự trở lên, có chữ thường, chữ in hoa, chữ số và ký tự "
                "đặc biệt.",
            ],
        ),
        Paragraph("3. Giữ an toàn tài khoản", st.heading),
        _steps(
            st,
            [
                "Không cho ai biết mật khẩu và mã OTP, kể cả cán bộ: cán bộ không bao giờ hỏi "
                "mật khẩu hay mã OTP của ông/bà.",
                f"Chỉ nhập mật khẩu tại trang <b>{PORTAL_URL}</b>.",
            ],
            numbered=False,
        ),
        Paragraph("4. Cần hỗ trợ", st.heading),
    ]
    if support_lines:
        story.append(_steps(st, [t(line) for line in support_lines], numbered=False))
    else:
        story.append(
            Paragraph(
                "Hỏi cán bộ tại Bộ phận một cửa nơi ông/bà đã làm thủ tục"
                + (f" ({t(unit_name)})." if unit_name else "."),
                st.body,
            )
        )
    story.append(Spacer(1, 5 * mm))
    story.append(_qr_row(st))
    return story


def _account_box(
    st: layout.Styles, reason: GuideReason, id_number: str, phone: str
) -> list[Flowable]:
    lines: list[str] = []
    if reason is GuideReason.CREATED:
        lines.append(
            "Tài khoản dịch vụ công của ông/bà <b>đã được tạo</b>. Mật khẩu đăng nhập được gửi "
            "bằng tin nhắn SMS"
            + (f" tới số <b>{t(_masked(phone, mask_phone))}</b>." if phone else ".")
        )
    else:
        lines.append(
            "Số CCCD của ông/bà <b>đã có tài khoản</b> trên Cổng Dịch vụ công quốc gia, nên không "
            "tạo tài khoản mới. Nếu không nhớ mật khẩu, làm theo mục 2."
        )
        lines.append(
            "Nếu ông/bà chưa từng đăng ký tài khoản này, hãy báo ngay cho cán bộ một cửa để "
            "được hướng dẫn khiếu nại."
        )
    if id_number:
        lines.append(
            f"Tên đăng nhập là số CCCD của ông/bà: <b>{t(_masked(id_number, mask_id_number))}</b> "
            "(một số chữ số được che để bảo vệ thông tin)."
        )
    box = Table(
        [[[Paragraph(line, st.body) for line in lines]]],
        colWidths=[FRAME_WIDTH],
        hAlign="LEFT",
    )
    box.setStyle(
        layout.table_style(
            ("BOX", (0, 0), (-1, -1), 0.8, "black"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm),
            ("TOPPADDING", (0, 0), (-1, -1), 2 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm),
        )
    )
    return [box, Spacer(1, 2 * mm)]


def _qr_row(st: layout.Styles) -> Table:
    caption = Paragraph(
        f"Quét mã QR bằng camera điện thoại để mở Cổng Dịch vụ công quốc gia: <b>{PORTAL_URL}</b>",
        st.body,
    )
    row = Table(
        [[QrFlowable(PORTAL_URL, QR_SIZE), caption]],
        colWidths=[QR_SIZE + 4 * mm, FRAME_WIDTH - QR_SIZE - 4 * mm],
        hAlign="LEFT",
    )
    row.setStyle(
        layout.table_style(
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return row
