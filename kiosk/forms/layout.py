"""Page, type and header of an administrative document (Decree 30/2020/NĐ-CP, Appendix I).

A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; one serif family (fonts.py); the
national motto top right, the agency top left, the place-and-date line in italics under the
motto. `build_pdf` makes the bytes deterministic: reportlab's invariant mode plus a creation
date taken from the document's own date, so the same input always gives the same file.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from kiosk.domain import vn_time
from kiosk.forms import fonts

PAGE_SIZE = A4
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
# Vietnam has kept UTC+7 without daylight saving since 1975.
VIETNAM_TZ = vn_time.VIETNAM  # one clock for forms and screens

MOTTO_COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_SLOGAN = "Độc lập - Tự do - Hạnh phúc"
CREATOR = "kiosk"

PageCallback = Callable[[Canvas, Any], None]


def text(value: str) -> str:
    """User text made safe for Paragraph markup (a name with '&' or '<' prints as typed)."""
    return escape(value)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_justified: ParagraphStyle
    body_centered: ParagraphStyle
    small: ParagraphStyle
    small_centered: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    agency: ParagraphStyle
    motto_country: ParagraphStyle
    motto_slogan: ParagraphStyle
    date_line: ParagraphStyle
    table_cell: ParagraphStyle
    table_number: ParagraphStyle
    table_head: ParagraphStyle


def styles(body_size: float = 13) -> Styles:
    """The document's paragraph styles; body 13 pt as the decree asks for body text."""
    family = fonts.register_fonts()
    leading = body_size * 1.2

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": family,
            "fontSize": body_size,
            "leading": leading,
            "alignment": TA_LEFT,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return Styles(
        body=style("body", spaceAfter=3),
        body_justified=style("body_justified", alignment=TA_JUSTIFY, spaceAfter=4),
        body_centered=style("body_centered", alignment=TA_CENTER),
        small=style("small", fontSize=10.5, leading=13),
        small_centered=style("small_centered", fontSize=10.5, leading=13, alignment=TA_CENTER),
        label=style("label"),
        value=style("value"),
        title=style(
            "title",
            fontName=fonts.BOLD,
            fontSize=14,
            leading=18,
            alignment=TA_CENTER,
            spaceBefore=6,
            spaceAfter=4,
        ),
        heading=style("heading", fontName=fonts.BOLD, spaceBefore=6, spaceAfter=2),
        # A long unit name shrinks with the body so the form keeps to one page.
        agency=style(
            "agency",
            fontName=fonts.BOLD,
            fontSize=min(12.0, body_size),
            leading=min(12.0, body_size) * 1.2,
            alignment=TA_CENTER,
        ),
        motto_country=style(
            "motto_country", fontName=fonts.BOLD, fontSize=12, leading=15, alignment=TA_CENTER
        ),
        motto_slogan=style(
            "motto_slogan", fontName=fonts.BOLD, fontSize=13, leading=16, alignment=TA_CENTER
        ),
        date_line=style("date_line", fontName=fonts.ITALIC, alignment=TA_CENTER),
        table_cell=style("table_cell", fontSize=10.5, leading=12.5),
        table_number=style("table_number", fontSize=10.5, leading=12.5, alignment=TA_CENTER),
        table_head=style(
            "table_head", fontName=fonts.BOLD, fontSize=10.5, leading=12.5, alignment=TA_CENTER
        ),
    )


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A TableStyle whose cells default to the form font: reportlab otherwise sets Helvetica
    for each cell, which would put a non-embedded font into the PDF."""
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 10), *commands])


def _underline(text_: str, font: str, size: float) -> HRFlowable:
    """A rule exactly as long as `text_` set in `font`: the decree's underline of the slogan."""
    return HRFlowable(
        width=stringWidth(text_, font, size),
        thickness=0.6,
        color="black",
        hAlign="CENTER",
        spaceBefore=1.5,
        spaceAfter=2,
    )


def national_header(
    st: Styles,
    agency: str,
    left_below: Sequence[Flowable],
    date_line: str,
    width: float = FRAME_WIDTH,
) -> Table:
    """Agency (bold capitals, short rule) left; motto (slogan underlined) right; then the
    reference left and the italic place-and-date line right, on one row as the decree sets
    "Số, ký hiệu" beside "Địa danh, ngày tháng năm"."""
    left = [
        Paragraph(text(agency.upper()), st.agency),
        HRFlowable(width="35%", thickness=0.6, color="black", hAlign="CENTER", spaceBefore=3),
    ]
    right = [
        Paragraph(text(MOTTO_COUNTRY), st.motto_country),
        Paragraph(text(MOTTO_SLOGAN), st.motto_slogan),
        _underline(MOTTO_SLOGAN, st.motto_slogan.fontName, st.motto_slogan.fontSize),
    ]
    left_width = width * 0.45
    table = Table(
        [[left, right], [list(left_below), Paragraph(text(date_line), st.date_line)]],
        colWidths=[left_width, width - left_width],
        hAlign="LEFT",
    )
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            # Cells place flowables by ALIGN (a flowable's own hAlign is ignored there).
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (0, -1), 4 * mm),
        )
    )
    return table


def pdf_date(created: datetime) -> str:
    """A PDF date string ('D:20260305000000+07'00'') for the document information."""
    if created.tzinfo is None:
        created = created.replace(tzinfo=VIETNAM_TZ)
    offset = created.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hh, mm_ = divmod(abs(minutes), 60)
    return f"D:{created:%Y%m%d%H%M%S}{sign}{hh:02d}'{mm_:02d}'"


@dataclass(frozen=True)
class BuiltPdf:
    data: bytes
    pages: int


def build_pdf(
    story: list[Flowable],
    *,
    title: str,
    subject: str,
    created: datetime,
    pagesize: tuple[float, float] = PAGE_SIZE,
    bottom_margin: float = MARGIN_BOTTOM,
    on_page: PageCallback | None = None,
    canvasmaker: type[Canvas] = Canvas,
) -> BuiltPdf:
    """Lay `story` out on pages and return the PDF bytes and the page count.

    Metadata carries no personal data: it is shown by viewers and indexed by desktop search.
    """
    fonts.register_fonts()
    stamp = pdf_date(created)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=bottom_margin,
        title=title,
        subject=subject,
        author="",
        creator=CREATOR,
        lang="vi",
        invariant=1,
        initialFontName=fonts.REGULAR,
        initialFontSize=13,
    )

    def decorate(canvas: Canvas, document: Any) -> None:
        # The creation date is the document's own date, not the clock: reproducible bytes.
        canvas.setDateFormatter(lambda *_: stamp)
        if on_page is not None:
            on_page(canvas, document)

    # No frame padding: the margins are the decree's, and tables span exactly FRAME_WIDTH.
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])
    doc.build(story, canvasmaker=canvasmaker)
    return BuiltPdf(buffer.getvalue(), doc.page)
