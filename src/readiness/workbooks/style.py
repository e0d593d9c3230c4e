"""The shared finish of every workbook readiness writes (SPEC §8).

Titles, header rows, widths, frozen panes, filters, print set-up, document
properties, meaningful colours, and text that always stays text. Imported only by
the workbook writers, so openpyxl never slows down the commands that write none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
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
) -> None:
    """Freeze the header, filter it, set widths and landscape fit-to-width printing."""
    if widths:
        set_widths(ws, widths)
    if header_row is not None:
        ws.freeze_panes = f"A{header_row + 1}"
        if filters and last_row >= header_row and columns > 0:
            ws.auto_filter.ref = (
                f"A{header_row}:{get_column_letter(columns)}{max(last_row, header_row)}"
            )
        ws.print_title_rows = f"{header_row}:{header_row}"
    if isinstance(ws, Worksheet):  # write-only sheets cannot be read back
        fit_row_heights(ws, header_row or 1, last_row)
    print_setup(ws)


def text_lines(text: str, width: float, *, bold: bool = False) -> int:
    """Lines a wrapped text takes in a column of this width (an estimate that errs long).

    Wraps word by word as a spreadsheet does: a word that does not fit on the line starts
    the next one, so "HELP — Helplines and reporting channels" in a narrow column takes
    four lines, not the three its length alone suggests."""
    # Bold text is wider; LibreOffice's substitute for the default font wider still.
    per_line = max(1, int(width * (0.85 if bold else 1.1)))
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


def row_height(lines: int) -> float:
    """The explicit height a row of `lines` wrapped lines needs (LibreOffice never grows a
    row by itself)."""
    return min(409.0, LINE_HEIGHT * lines + (ROW_PADDING if lines > 1 else 0))


def fit_row_heights(ws: Worksheet, first_row: int = 1, last_row: int | None = None) -> None:
    """Set the height of rows holding wrapped text.

    Neither openpyxl nor LibreOffice's converter grows a row to fit wrapped text, so
    long requirements would print on top of each other; estimate the lines instead.
    """
    widths: dict[str, float] = {}
    top = last_row or ws.max_row
    for number, row in enumerate(ws.iter_rows(min_row=first_row, max_row=top), start=first_row):
        lines = 1
        for cell in row:
            if not isinstance(cell.value, str) or not (cell.alignment and cell.alignment.wrap_text):
                continue
            letter = cell.column_letter
            if letter not in widths:
                widths[letter] = ws.column_dimensions[letter].width or 13
            bold = bool(cell.font and cell.font.bold)
            lines = max(lines, text_lines(cell.value, widths[letter], bold=bold))
        if lines > 1:
            ws.row_dimensions[number].height = row_height(lines)


def print_setup(ws: Any) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4  # write-only sheets lack the constant
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if ws.sheet_properties.pageSetUpPr is None:
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    else:
        ws.sheet_properties.pageSetUpPr.fitToPage = True


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
