"""A long table drawn row by row: each row is wrapped once, a page split is a slice.

reportlab's `Table` re-measures every remaining row each time it splits at a page end, and
wraps every cell through a `Paragraph`: a 5 000-row day took ~10 s. The day report's list is
plain text in fixed columns, so this flowable wraps each cell with `simpleSplit` (widths of
repeated values such as unit and officer names are cached), keeps the lines, and splits by
walking the row heights: the cost grows with the rows, not with rows × pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

Align = Literal["left", "center"]


@dataclass(frozen=True)
class RowStyle:
    font: str
    bold_font: str
    size: float
    leading: float
    padding: float = 3.0
    header_fill: str = "#e6e6e6"


# A cell never grows past this many lines, so one row always fits on a page (a supervisor's
# note can be long); the last line kept ends with an ellipsis.
MAX_LINES = 12


@lru_cache(maxsize=4096)
def _lines(value: str, font: str, size: float, width: float) -> tuple[str, ...]:
    lines = simpleSplit(value, font, size, width) or [""]
    if len(lines) > MAX_LINES:
        lines = [*lines[: MAX_LINES - 1], lines[MAX_LINES - 1][:-2] + "…"]
    return tuple(lines)


class RowTable(Flowable):  # type: ignore[misc]
    """Header row repeated on every page; grid lines; cells left-aligned or centred."""

    def __init__(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        aligns: Sequence[Align],
        style: RowStyle,
        *,
        _wrapped: tuple[list[list[tuple[str, ...]]], list[float]] | None = None,
    ) -> None:
        super().__init__()
        self.widths = list(widths)
        self.aligns = list(aligns)
        self.st = style
        inner = [w - 2 * style.padding for w in self.widths]
        self.header = [
            _lines(h, style.bold_font, style.size, inner[i]) for i, h in enumerate(header)
        ]
        if _wrapped is not None:  # a split's part: already wrapped and measured
            self.rows, self.heights = _wrapped
        else:
            self.rows = [
                [_lines(cell, style.font, style.size, inner[i]) for i, cell in enumerate(row)]
                for row in rows
            ]
            self.heights = [self._height(row) for row in self.rows]
        self.header_height = self._height(self.header)

    def _height(self, cells: Sequence[tuple[str, ...]]) -> float:
        return max(len(c) for c in cells) * self.st.leading + 2 * self.st.padding

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.header_height + sum(self.heights)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self.header_height
        fits = 0
        while fits < len(self.heights) and self.heights[fits] <= room:
            room -= self.heights[fits]
            fits += 1
        if fits == 0:
            return []  # not even one row here: the frame moves to the next page
        if fits == len(self.rows):
            return [self]
        header = ["\n".join(h) for h in self.header]
        head = (self.rows[:fits], self.heights[:fits])
        tail = (self.rows[fits:], self.heights[fits:])
        return [
            RowTable(header, [], self.widths, self.aligns, self.st, _wrapped=head),
            RowTable(header, [], self.widths, self.aligns, self.st, _wrapped=tail),
        ]

    def draw(self) -> None:
        canvas = self.canv
        top = self.header_height + sum(self.heights)
        canvas.saveState()
        canvas.setFillColor(self.st.header_fill)
        canvas.rect(0, top - self.header_height, sum(self.widths), self.header_height, 0, 1)
        canvas.setFillColor("black")
        y = self._draw_row(self.header, top, self.header_height, self.st.bold_font, centre=True)
        for row, height in zip(self.rows, self.heights, strict=True):
            y = self._draw_row(row, y, height, self.st.font, centre=False)
        self._grid(top)
        canvas.restoreState()

    def _draw_row(
        self, cells: Sequence[tuple[str, ...]], top: float, height: float, font: str, centre: bool
    ) -> float:
        canvas = self.canv
        canvas.setFont(font, self.st.size)
        most = max(len(c) for c in cells)
        block_top = top - (height - most * self.st.leading) / 2
        x = 0.0
        for cell, width, align in zip(cells, self.widths, self.aligns, strict=True):
            # Each cell's lines centred vertically in the row, as the old table did.
            y = block_top - (most - len(cell)) * self.st.leading / 2
            for line in cell:
                y -= self.st.leading
                baseline = y + (self.st.leading - self.st.size) / 2 + self.st.size * 0.2
                if centre or align == "center":
                    canvas.drawCentredString(x + width / 2, baseline, line)
                else:
                    canvas.drawString(x + self.st.padding, baseline, line)
            x += width
        return top - height

    def _grid(self, top: float) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.5)
        total = sum(self.widths)
        y = top
        canvas.line(0, y, total, y)
        for height in [self.header_height, *self.heights]:
            y -= height
            canvas.line(0, y, total, y)
        x = 0.0
        for width in [0.0, *self.widths]:
            x += width
            canvas.line(x, top, x, 0)
