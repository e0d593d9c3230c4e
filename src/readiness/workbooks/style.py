"""The shared finish of every workbook readiness writes (SPEC §8).

Titles, header rows, widths, frozen panes, filters, print set-up, document
properties, meaningful colours, and text that always stays text. Imported only by
the workbook writers, so openpyxl never slows down the commands that write none.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, WriteOnlyCell
from openpyxl.drawing.spreadsheet_drawing import AnchorMarker, OneCellAnchor
from openpyxl.drawing.xdr import XDRPositiveSize2D
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.units import cm_to_EMU
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from readiness import __version__
from readiness.limits import MAX_STRING_CHARS

# Characters that make a spreadsheet treat text as a formula (CSV/formula injection).
FORMULA_START = ("=", "+", "-", "@")

TITLE_FONT = Font(bold=True, size=14, color="1F3864")
SUBTITLE_FONT = Font(italic=True, size=10, color="595959")
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F3864")
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
CENTER = Alignment(horizontal="center", vertical="top")
THIN = Side(style="thin", color="BFBFBF")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)

# Rating bands by position: first (best) green, second amber, the rest red.
RATING_COLOURS = ["C6EFCE", "FFEB9C", "FFC7CE"]
# Levels 0..4: red to green; n/a grey.
LEVEL_COLOURS = ["F8696B", "FBAA77", "FFEB84", "B1D580", "63BE7B"]
NA_COLOUR = "D9D9D9"
UP_COLOUR = "C6EFCE"
DOWN_COLOUR = "FFC7CE"
# Cells the user fills in, and cells that only inform.
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
REFERENCE_FILL = PatternFill("solid", fgColor="F2F2F2")
DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"  # so that Excel keeps "2026-11" or "0012" as typed

# The cell styles a column specification (workbooks.layout.Column.style) names.
COLUMN_STYLES: dict[str, dict[str, Any]] = {
    "id": {"alignment": TOP},
    "top": {"alignment": TOP},
    "bold": {"alignment": TOP, "font": BOLD},
    "wrap": {"alignment": WRAP},
    "center": {"alignment": CENTER},
    "center_bold": {"alignment": CENTER, "font": BOLD},
    "level": {"alignment": CENTER},
    "delta": {"alignment": CENTER, "number_format": "+0;-0;0"},
    "percent": {"alignment": CENTER, "number_format": "0%"},
    "share": {"alignment": TOP, "number_format": "0.0%"},
    "mean_level": {"alignment": TOP, "number_format": "0.00"},
    "date": {"alignment": TOP, "number_format": DATE_FORMAT},
    "input": {"alignment": TOP, "fill_": INPUT_FILL},
    "input_center": {"alignment": CENTER, "fill_": INPUT_FILL},
    "input_text": {"alignment": WRAP, "fill_": INPUT_FILL, "number_format": TEXT_FORMAT},
    "input_date": {"alignment": TOP, "fill_": INPUT_FILL, "number_format": DATE_FORMAT},
    "reference": {"alignment": CENTER, "fill_": REFERENCE_FILL},
    "reference_wrap": {"alignment": WRAP, "fill_": REFERENCE_FILL},
}


def fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=colour)


def rating_fill(band_index: int) -> PatternFill:
    return fill(RATING_COLOURS[min(band_index, len(RATING_COLOURS) - 1)])


def level_fill(level: int | None, max_level: int = 4) -> PatternFill:
    if level is None:
        return fill(NA_COLOUR)
    if max_level <= 0:
        return fill(LEVEL_COLOURS[-1])
    index = round(level * (len(LEVEL_COLOURS) - 1) / max_level)
    return fill(LEVEL_COLOURS[max(0, min(index, len(LEVEL_COLOURS) - 1))])


def score_fill(score: float | None, bands: Sequence[float] = (85, 60)) -> PatternFill:
    """Colour of a 0–100 score by the checklist's band thresholds (highest first)."""
    if score is None:
        return fill(NA_COLOUR)
    for i, minimum in enumerate(bands):
        if score >= minimum:
            return rating_fill(i)
    return rating_fill(len(bands))


def clean_text(value: str) -> str:
    """Text a cell can hold: no control characters, at most Excel's 32,767 characters."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    # Not allowed in XML either (openpyxl lets them through and the file will not open).
    value = _NON_XML_CHARACTERS_RE.sub("", value)
    return value[:MAX_STRING_CHARS]


_NON_XML_CHARACTERS_RE = re.compile("[\ud800-\udfff\ufffe\uffff]")


def put(
    ws: Worksheet,
    row: int,
    column: int,
    value: Any,
    *,
    font: Font | None = None,
    fill_: PatternFill | None = None,
    alignment: Alignment | None = None,
    number_format: str | None = None,
) -> Any:
    """Write one cell; strings always stay strings, even '=cmd|...'."""
    cell = ws.cell(row=row, column=column)
    _assign(cell, value)
    return _style(cell, font, fill_, alignment, number_format)


def _style(
    cell: Any,
    font: Font | None,
    fill_: PatternFill | None,
    alignment: Alignment | None,
    number_format: str | None,
) -> Any:
    if font is not None:
        cell.font = font
    if fill_ is not None:
        cell.fill = fill_
    if alignment is not None:
        cell.alignment = alignment
    if number_format is not None:
        cell.number_format = number_format
    return cell


def _assign(cell: Any, value: Any) -> None:
    if isinstance(value, str):
        text = clean_text(value)
        cell.value = text
        cell.data_type = "s"  # never a formula
        if text.startswith(FORMULA_START):
            cell.quotePrefix = True  # and Excel keeps it text when edited
    else:
        cell.value = value


def wo_cell(
    ws: Any,
    value: Any,
    *,
    font: Font | None = None,
    fill_: PatternFill | None = None,
    alignment: Alignment | None = None,
    number_format: str | None = None,
) -> Any:
    """A cell for write-only sheets (large consolidations), with the same text safety."""
    cell = WriteOnlyCell(ws)
    _assign(cell, value)
    return _style(cell, font, fill_, alignment, number_format)


def title_block(ws: Worksheet, title: str, subtitle: str | None = None) -> int:
    """A title (and subtitle) at the top; returns the next free row."""
    put(ws, 1, 1, title, font=TITLE_FONT)
    if subtitle:
        put(ws, 2, 1, subtitle, font=SUBTITLE_FONT)
        return 4
    return 3


def header(ws: Worksheet, row: int, headers: Iterable[str]) -> None:
    for col, text in enumerate(headers, start=1):
        put(
            ws,
            row,
            col,
            text,
            font=HEADER_FONT,
            fill_=HEADER_FILL,
            alignment=Alignment(wrap_text=True, vertical="center"),
        )


def word_width(word: str, *, bold: bool = False, size: float = 11) -> float:
    """The narrowest whole column width in which `word` stays on one line, as text_lines
    measures it (a spreadsheet breaks a word wider than its column mid-word)."""
    width = max(1, math.ceil(len(word) * size / 11 / (0.9 if bold else 1.15)))
    while width > 1 and text_lines(word, width - 1, bold=bold, size=size) == 1:
        width -= 1
    while text_lines(word, width, bold=bold, size=size) > 1:
        width += 1
    return float(width)


def header_widths(headers: Sequence[Any], widths: Sequence[float]) -> list[float]:
    """`widths`, each column widened to its header's longest word (bold): a header wraps
    only at its spaces, never mid-word ("Priorida/d", "Pondera/ción"), in every language."""
    out = list(widths)
    for i, text in enumerate(headers[: len(out)]):
        if isinstance(text, str) and text.split():
            longest = max(text.split(), key=len)
            out[i] = max(out[i], word_width(longest, bold=True))
    return out


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def finish_sheet(
    ws: Worksheet,
    *,
    header_row: int | None,
    columns: int,
    last_row: int,
    widths: Sequence[float] | None = None,
    filters: bool = True,
    print_columns: int | None = None,
    headers: Sequence[str] | None = None,
) -> bool:
    """Freeze the header, filter it, set widths, row heights and the print layout; True
    when the first column repeats on pages across (the title then belongs in column B).

    Each column is at least as wide as its header's longest word (header_widths): the
    header row's texts, or `headers` for a write-only sheet, whose rows come later.
    `print_columns`: print only the first columns (the ones a reader needs); the rest stay
    on screen. Wide tables print over several pages with the header row and the first
    column repeated (print_layout)."""
    if widths and header_row is not None:
        texts: Sequence[Any] = headers or ()
        if headers is None and isinstance(ws, Worksheet):
            texts = [ws.cell(header_row, c).value for c in range(1, len(widths) + 1)]
        widths = header_widths(texts, widths)
    if widths:
        set_widths(ws, widths)
    if header_row is not None:
        ws.freeze_panes = f"A{header_row + 1}"
        if filters and last_row >= header_row and columns > 0:
            ws.auto_filter.ref = (
                f"A{header_row}:{get_column_letter(columns)}{max(last_row, header_row)}"
            )
        ws.print_title_rows = f"{header_row}:{header_row}"
    first_page = print_layout(
        ws,
        list(widths or column_widths(ws, columns)),
        title_columns=1 if header_row is not None else 0,
        print_columns=print_columns,
        last_row=last_row,
    )
    if isinstance(ws, Worksheet):  # write-only sheets cannot be read back
        if header_row is not None:
            if ws.print_title_cols:
                _clear_repeated_column(ws, header_row)
                _cover_page(ws, header_row, first_page, print_columns or columns, last_row)
            _wrap_lines_above(ws, header_row, first_page)
        fit_row_heights(ws, 1, last_row)
    return bool(ws.print_title_cols)


def _wrap_lines_above(ws: Worksheet, header_row: int, last_column: int) -> None:
    """Wrap the last text of each line above the table (title, notes, hints) within the
    first printed page.

    Left to overflow, a long title runs on past the page's last column and prints cut in
    two, its end on another page."""
    for row in range(1, header_row):
        cells = [c for c in ws[row] if c.value is not None]
        if not cells or not isinstance(cells[-1].value, str):
            continue
        cell = cells[-1]  # the text that would run on to the right
        column = cell.column
        assert isinstance(column, int)
        if column >= last_column or (cell.alignment and cell.alignment.wrap_text):
            continue
        ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=last_column)
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def _cover_page(
    ws: Worksheet, header_row: int, first_page: int, columns: int, last_row: int
) -> None:
    """Labels above a wide table that stay in column A (the questionnaire's fields) print
    on a page of their own, the first page's width, and the table from the next page.

    Column A repeats on every page across: printed with the table, the labels came back on
    pages 2 and 3 beside nothing, and the table's rows only began on page 4."""
    if not any(isinstance(ws.cell(row, 1).value, str) for row in range(1, header_row)):
        return
    ws.print_area = [
        f"A1:{get_column_letter(first_page)}{header_row - 1}",
        f"A{header_row}:{get_column_letter(columns)}{max(last_row, header_row)}",
    ]


def _clear_repeated_column(ws: Worksheet, header_row: int) -> None:
    """Move the lines above the table (title, notes) from column A to B.

    Column A is repeated on every page across; a long title there would print cut off at
    its edge on each following page. Wrapped labels stay: they fit in the column."""
    for row in range(1, header_row):
        cell = ws.cell(row, 1)
        if not isinstance(cell.value, str) or (cell.alignment and cell.alignment.wrap_text):
            continue
        if ws.cell(row, 2).value is None:
            ws.move_range(f"A{row}", cols=1)


def label_width(labels: Iterable[object], *, bold: bool = True, least: float = 10) -> float:
    """The column width that shows the longest label on one line (the inverse of
    text_lines' estimate): row labels ("Versión de la lista de verificación") are not cut in
    any language."""
    shown = [str(label) for label in labels if label is not None and str(label).strip()]
    return max([least, *(word_width(label, bold=bold) for label in shown)])


def text_lines(text: str, width: float, *, bold: bool = False, size: float = 11) -> int:
    """Lines a wrapped text takes in a column of this width (an estimate that errs long).

    Wraps word by word as a spreadsheet does: a word that does not fit on the line starts
    the next one, so "HELP — Helplines and reporting channels" in a narrow column takes
    four lines, not the three its length alone suggests."""
    # Bold text is wider; LibreOffice's substitute for the default font wider still.
    per_line = max(1, int(width * (0.9 if bold else 1.15) * 11 / size))
    if len(text) <= per_line and "\n" not in text:
        return 1
    lines = 0
    for part in text.split("\n"):
        count, used = 1, 0
        for word in part.split(" "):
            size = len(word)
            if used and used + 1 + size > per_line:
                count, used = count + 1, 0
            used += size + (1 if used else 0)
            while used > per_line:  # a word longer than the line is broken
                count, used = count + 1, used - per_line
        lines += count
    return lines


LINE_HEIGHT = 15.0  # points per line of 11-point text, with the spacing LibreOffice uses
ROW_PADDING = 2.0


def row_height(lines: int, size: float = 11) -> float:
    """The explicit height a row of `lines` wrapped lines of `size`-point text needs
    (LibreOffice never grows a row by itself)."""
    return min(409.0, LINE_HEIGHT * size / 11 * lines + (ROW_PADDING if lines > 1 else 0))


def fit_row_heights(ws: Worksheet, first_row: int = 1, last_row: int | None = None) -> None:
    """Set the height of rows holding wrapped text.

    Neither openpyxl nor LibreOffice's converter grows a row to fit wrapped text, so
    long requirements would print on top of each other; estimate the lines instead. A cell
    merged across columns wraps in their total width."""
    widths: dict[int, float] = {}

    def width(column: int) -> float:
        if column not in widths:
            letter = get_column_letter(column)
            widths[column] = ws.column_dimensions[letter].width or DEFAULT_COLUMN_WIDTH
        return widths[column]

    merged = {
        (r.min_row, r.min_col): sum(width(c) for c in range(r.min_col, r.max_col + 1))
        for r in ws.merged_cells.ranges
        if r.min_row == r.max_row
    }
    top = last_row or ws.max_row
    for number, row in enumerate(ws.iter_rows(min_row=first_row, max_row=top), start=first_row):
        height = 0.0
        for cell in row:
            if not isinstance(cell.value, str) or not (cell.alignment and cell.alignment.wrap_text):
                continue
            column = cell.column
            assert isinstance(column, int)
            room = merged.get((number, column)) or width(column)
            bold = bool(cell.font and cell.font.bold)
            size = float(cell.font.sz or 11) if cell.font else 11.0
            lines = text_lines(cell.value, room, bold=bold, size=size)
            if lines > 1 or size > 11:
                height = max(height, row_height(lines, size))
        if height:
            ws.row_dimensions[number].height = height
            _read_from_top(row)


def _read_from_top(row: Sequence[Any]) -> None:
    """In a row taller than a line, every cell reads from the top: a value left at the
    default bottom sits lines below its label (questionnaire, gap report details)."""
    for cell in row:
        if cell.has_style or cell.value is not None:
            fields = _alignment_fields(cell.alignment)
            if fields["vertical"] is None:  # an explicit "bottom" is meant
                cell.alignment = _top_aligned(tuple(sorted(fields.items())))


@lru_cache(maxsize=64)
def _top_aligned(fields: tuple[tuple[str, Any], ...]) -> Alignment:
    return Alignment(**{**dict(fields), "vertical": "top"})


# Printing (SPEC §16): one layout that holds on A4 and on Letter. Widths in points: the
# narrower of the two papers less 0.5-inch side margins; heights less 0.75-inch top and bottom
# margins (room for the header and footer).
MIN_SCALE = 70
SIDE_MARGIN_IN = 0.5
TOP_MARGIN_IN = 0.75
PRINTABLE_WIDTH = {"landscape": 11 * 72 - 2 * 36.0, "portrait": 595 - 2 * 36.0}
PRINTABLE_HEIGHT = {"landscape": 8.27 * 72 - 2 * 54.0, "portrait": 11 * 72 - 2 * 54.0}


# Points a column takes per character of width. Excel measures with Calibri's digit (about
# 5.3 pt); LibreOffice without Calibri's metrics substitutes a wider font (Noto Sans here:
# 6.3 pt, measured on its PDF). Layouts are computed for the wider, so they hold in both.
POINTS_PER_CHARACTER = 6.3
COLUMN_PADDING = 2.0


def column_points(width: float) -> float:
    """Printed width (points, at 100 %) of a column `width` characters wide."""
    return width * POINTS_PER_CHARACTER + COLUMN_PADDING


def column_widths(ws: Any, columns: int) -> list[float]:
    return [
        ws.column_dimensions[get_column_letter(c)].width or DEFAULT_COLUMN_WIDTH
        for c in range(1, columns + 1)
    ]


DEFAULT_COLUMN_WIDTH = 13.0


def first_page_columns(widths: Sequence[float], scale: int, title_columns: int, page: float) -> int:
    """How many columns the first page across holds at `scale` %."""
    room, used = page * 100 / scale, 0.0
    for count, w in enumerate(widths, start=1):
        used += column_points(w)
        if used > room and count > max(1, title_columns):
            return count - 1
    return len(widths)


def pages_across(widths: Sequence[float], scale: int, title_columns: int, page: float) -> int:
    """Pages a row of columns takes at `scale` %, breaking between columns as LibreOffice
    and Excel do, the first `title_columns` repeated on every page."""
    room = page * 100 / scale
    repeated = sum(column_points(w) for w in widths[:title_columns])
    pages, used = 1, repeated
    for w in widths[title_columns:]:
        size = column_points(w)
        if used > repeated and used + size > room:
            pages, used = pages + 1, repeated
        used += size
    return pages


def print_scale(
    widths: Sequence[float], *, title_columns: int = 0, orientation: str = "landscape"
) -> tuple[int, int]:
    """The print scale (%, never below MIN_SCALE) and the pages across it gives.

    One page wide when the columns fit at MIN_SCALE or more; otherwise as few pages as
    MIN_SCALE allows, at the largest scale that keeps that many pages."""
    page = PRINTABLE_WIDTH[orientation]
    total = sum(column_points(w) for w in widths)
    if total <= page:
        return 100, 1
    if total * MIN_SCALE / 100 <= page:
        return int(page * 100 / total), 1
    fewest = pages_across(widths, MIN_SCALE, title_columns, page)
    scale = MIN_SCALE
    while scale < 100 and pages_across(widths, scale + 1, title_columns, page) == fewest:
        scale += 1
    return scale, fewest


def print_layout(
    ws: Any,
    widths: Sequence[float],
    *,
    title_columns: int = 0,
    print_columns: int | None = None,
    last_row: int = 1,
    orientation: str = "landscape",
) -> int:
    """Paper, orientation, margins and an explicit scale of at least MIN_SCALE; returns the
    number of columns on the first page across.

    Fit-to-width shrank a 20-column sheet to about 38 % (PITFALLS): the scale is chosen
    from the column widths instead, and a table wider than a page continues on the next
    pages with its first column (and the header row, set by finish_sheet) repeated."""
    if print_columns is not None and print_columns < len(widths):
        widths = widths[:print_columns]
        ws.print_area = f"A1:{get_column_letter(print_columns)}{max(last_row, 1)}"
    scale, pages = print_scale(widths, title_columns=title_columns, orientation=orientation)
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4  # write-only sheets lack the constant
    ws.page_setup.scale = scale
    ws.page_setup.fitToWidth = None
    ws.page_setup.fitToHeight = None
    if ws.sheet_properties.pageSetUpPr is None:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
    else:
        ws.sheet_properties.pageSetUpPr.fitToPage = False
    margins = ws.page_margins
    margins.left = margins.right = SIDE_MARGIN_IN
    margins.top = margins.bottom = TOP_MARGIN_IN
    margins.header = margins.footer = 0.3
    if pages > 1:
        # Each band of rows printed across, then the next: an item's pages stay together.
        ws.page_setup.pageOrder = "overThenDown"
        if title_columns:
            ws.print_title_cols = f"A:{get_column_letter(title_columns)}"
    return first_page_columns(widths, scale, title_columns, PRINTABLE_WIDTH[orientation])


# --- pages down: what a printed page holds, top to bottom ----------------------------------


def page_room(ws: Any) -> float:
    """Sheet points (at 100 %) a printed page holds from top to bottom at the sheet's scale."""
    orientation = ws.page_setup.orientation or "portrait"
    return PRINTABLE_HEIGHT[orientation] * 100 / (ws.page_setup.scale or 100)


def _row_points(ws: Any, row: int) -> float:
    dimension = ws.row_dimensions.get(row)  # .get: indexing would add a row
    return (dimension.height if dimension is not None else None) or LINE_HEIGHT


def rows_points(ws: Any, first: int, last: int) -> float:
    """The printed height of rows `first` to `last` (sheet points at 100 %)."""
    return sum(_row_points(ws, r) for r in range(first, last + 1))


def _title_rows(ws: Any) -> tuple[int, float]:
    """The last repeated header row (0: none) and the height the repeated rows take."""
    found = re.findall(r"[0-9]+", ws.print_title_rows or "")
    if not found:
        return 0, 0.0
    first, last = int(found[0]), int(found[-1])
    return last, rows_points(ws, first, last)


def room_left(ws: Any, row: int) -> float:
    """Sheet points left on the printed page on which `row` begins.

    Pages are broken as LibreOffice breaks them: before a row that no longer fits, and
    after a manual break; the repeated header rows head every page after theirs. Rows
    without a height count as one line (LINE_HEIGHT: LibreOffice's are not taller)."""
    room = page_room(ws)
    last_title, titles = _title_rows(ws)
    manual = {b.id for b in ws.row_breaks.brk}
    used = 0.0
    for r in range(1, row):
        height = _row_points(ws, r)
        top = titles if r > last_title else 0.0
        if used + height > room and used > top:
            used = top
        used += height
        if r in manual:
            used = titles if r + 1 > last_title else 0.0
    top = titles if row > last_title else 0.0
    if used + LINE_HEIGHT > room and used > top:
        used = top
    return room - used


def keep_together(ws: Any, first: int, points: float) -> bool:
    """A page break before row `first` when the `points` from there on (a block of rows, a
    chart) would be cut by the page's end; True when the page is broken.

    Nothing is done when the block already starts a page or is taller than a page."""
    from openpyxl.worksheet.pagebreak import Break

    last_title, titles = _title_rows(ws)
    full = page_room(ws) - (titles if first > last_title else 0.0)
    left = room_left(ws, first)
    if points <= left or left >= full or points > full:
        return False
    ws.row_breaks.append(Break(id=first - 1))
    return True


POINTS_PER_CM = 72 / 2.54
CHART_INSET_EMU = 4 * 12700  # 4 points


def place_chart(ws: Any, chart: Any, row: int, widths: Sequence[float]) -> int:
    """Anchor `chart` at `row`, or at the top of the next page, so that it prints whole on
    one page; returns the first row below it. Call after the sheet's print layout is set.

    When column A repeats on the pages across, the chart starts in column B (drawn over A,
    it printed again, cut, on every page across); it is at most as wide as the first page's
    columns; and when the rest of the page is too short for it, a page break puts it on the
    next page, a blank row below the repeated header row (it touched the chart's title)."""
    repeated = bool(ws.print_title_cols)
    first = 2 if repeated else 1
    orientation = ws.page_setup.orientation or "portrait"
    last = first_page_columns(
        widths, ws.page_setup.scale or 100, 1 if repeated else 0, PRINTABLE_WIDTH[orientation]
    )
    # column_points errs wide for the scale; here the columns must hold the chart, and
    # LibreOffice printed B..I 2-3 % narrower than estimated (a sliver went to the next page).
    room = 0.9 * sum(column_points(w) for w in widths[first - 1 : last])
    if room:
        chart.width = min(chart.width, room / POINTS_PER_CM)
    height = chart.height * POINTS_PER_CM
    if keep_together(ws, row, height + LINE_HEIGHT):
        row += 1
    # A little inside the column: a frame drawn on A's edge printed on every page across.
    chart.anchor = OneCellAnchor(
        _from=AnchorMarker(col=first - 1, colOff=CHART_INSET_EMU, row=row - 1),
        ext=XDRPositiveSize2D(cm_to_EMU(chart.width), cm_to_EMU(chart.height)),
    )
    ws.add_chart(chart)
    return row + math.ceil(height / LINE_HEIGHT) + 1


# --- headers, footers and direction: every sheet of every workbook ------------------------

RTL_LANGUAGES = frozenset({"ar"})
MARKING_COLOUR = "C00000"


@dataclass(frozen=True)
class PageFrame:
    """What every printed page of a workbook carries: the protective marking in the header;
    agency, period and page N of M in the footer; and the direction of the language."""

    lang: str = "en"
    agency: str = ""
    period: str = ""
    marking: str = ""

    @property
    def rtl(self) -> bool:
        return self.lang in RTL_LANGUAGES


def _header_text(text: str, limit: int) -> str:
    # '&' starts a code in headers and footers; a literal one is doubled.
    return clean_text(" ".join(text.split()))[:limit].replace("&", "&&")


def frame_sheet(ws: Any, frame: PageFrame) -> None:
    """Header, footer and direction of one sheet.

    Write-only sheets take the direction before their first row: call this when the sheet
    is created."""
    from readiness.i18n import isolate

    if frame.rtl:
        ws.sheet_view.rightToLeft = True
    if frame.marking:
        for part in (ws.oddHeader.center, ws.evenHeader.center, ws.firstHeader.center):
            part.text = _header_text(frame.marking, 80)
            part.font = "-,Bold"
            part.color = MARKING_COLOUR
    agency = frame.agency if len(frame.agency) <= 60 else frame.agency[:59] + "…"
    # In Arabic the period (and a name in Latin letters) is isolated, or LibreOffice prints
    # "2026 — …-Q4" (seen in its PDF); the footer is a sentence, not a data cell.
    who = " — ".join(isolate(x, frame.lang) for x in (agency, frame.period) if x)
    pages = page_numbers(frame.lang)
    footer = ws.oddFooter
    near, far = (footer.right, footer.left) if frame.rtl else (footer.left, footer.right)
    # Short enough to leave room for the sheet name and page number on the same line.
    near.text = _header_text(who, 90) if who else None
    far.text = f"&A — {pages}"
    ws.evenFooter.left.text = footer.left.text
    ws.evenFooter.right.text = footer.right.text


def page_numbers(lang: str) -> str:
    """ "Page &P of &N" in `lang`. The field codes are no values to isolate in Arabic: the
    catalogue's own form is the one seen printing right in LibreOffice."""
    from readiness.i18n import t

    return t("page_of", lang).format(page="&P", pages="&N")


@lru_cache(maxsize=256)
def mirrored(alignment: Alignment | None) -> Alignment:
    """The alignment of a cell in a right-to-left sheet: left and right swapped, text not
    aligned otherwise goes right. The reading order stays the text's own (context): an
    owner's name in Latin letters keeps its full stop at the end."""
    if alignment is None:
        return Alignment(horizontal="right")
    horizontal = {"left": "right", "right": "left", None: "right", "general": "right"}.get(
        alignment.horizontal, alignment.horizontal
    )
    return Alignment(
        horizontal=horizontal,
        vertical=alignment.vertical,
        wrap_text=alignment.wrap_text,
        shrink_to_fit=alignment.shrink_to_fit,
        indent=alignment.indent,
        text_rotation=alignment.text_rotation,
    )


def mirror_text_cells(ws: Worksheet) -> None:
    """Right-align the text of a right-to-left sheet and swap explicit left and right
    alignments; numbers and dates aligned by default keep the sheet's mirrored default."""
    for row in ws.iter_rows():
        for cell in row:
            current = cell.alignment if cell.has_style else None
            explicit = current is not None and current.horizontal in ("left", "right")
            if isinstance(cell.value, str) or explicit:
                cell.alignment = mirrored(Alignment(**_alignment_fields(current)))


def _alignment_fields(alignment: Any) -> dict[str, Any]:
    if alignment is None:
        return {}
    return {
        "horizontal": alignment.horizontal,
        "vertical": alignment.vertical,
        "wrap_text": alignment.wrap_text,
        "shrink_to_fit": alignment.shrink_to_fit,
        "indent": alignment.indent,
        "text_rotation": alignment.text_rotation,
    }


def finish_workbook(wb: Workbook, frame: PageFrame) -> None:
    """Header, footer and direction on every sheet (the hidden one too), and text cells
    mirrored in a right-to-left language. Call once, after every sheet is written."""
    for ws in wb.worksheets:
        frame_sheet(ws, frame)
        if frame.rtl and isinstance(ws, Worksheet) and ws.sheet_state == "visible":
            mirror_text_cells(ws)


def set_properties(
    wb: Workbook,
    *,
    title: str,
    subject: str,
    keywords: str = "",
    when: dt.datetime | None = None,
    description: str = "",
) -> None:
    """Document properties; `when` fixes the times so equal input gives equal files."""
    props = wb.properties
    props.title = clean_text(title)
    props.subject = clean_text(subject)
    props.creator = f"readiness {__version__}"
    props.lastModifiedBy = f"readiness {__version__}"
    props.keywords = clean_text(keywords)
    props.description = clean_text(description)
    props.category = "INTERPOL CSEA COVID-19 readiness"
    if when is not None:
        props.created = when
        props.modified = when


def sheet_title(text: str) -> str:
    """Excel sheet names: at most 31 characters, none of []:*?/\\."""
    for ch in "[]:*?/\\":
        text = text.replace(ch, " ")
    return text[:31]
