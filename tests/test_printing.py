"""Printed workbooks (SPEC §16): legible on A4 and Letter, marked, footed, rows sized to text.

Every workbook kind is written through the CLI with a protective marking and opened with
openpyxl: paper, orientation, scale (never below 70 %), repeated header rows and columns,
print areas, the marking in every header, agency, period and page N of M in every footer, and
row heights against the text they hold. The gap report's Summary is a commander's page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import EXAMPLES
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from workbook_helpers import gap_report, run

from readiness.i18n import t
from readiness.workbooks.layout import GAPS_PRINTED
from readiness.workbooks.style import (
    HEADER_FILL,
    MIN_SCALE,
    PRINTABLE_HEIGHT,
    PRINTABLE_WIDTH,
    WRAP,
    PageFrame,
    column_points,
    finish_sheet,
    finish_workbook,
    first_page_columns,
    page_numbers,
    pages_across,
    place_chart,
    print_scale,
    put,
    room_left,
    row_height,
    text_lines,
    word_width,
)

MARKING = "RESTRICTED"
LANGS = ("en", "fr", "es", "ar")
NEAR = EXAMPLES / "near-ready.yaml"
CRITICAL = EXAMPLES / "critical-gaps.yaml"


def _ok(result) -> None:
    assert result.exit_code in (0, 3), result.output


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, Path]:
    """One workbook of each kind in each language, marked RESTRICTED."""
    out = tmp_path_factory.mktemp("printed")
    made: dict[str, Path] = {}
    for lang in LANGS:
        made[f"gap-{lang}"] = gap_report(
            CRITICAL, out / f"gap-{lang}.xlsx", None, lang, "--marking", MARKING
        )
        q = out / f"questionnaire-{lang}.xlsx"
        _ok(
            run(
                "--lang", lang, "init", "--format", "xlsx", "-o", str(q),
                "--agency", "Coastal Region Police Command", "--period", "2026-Q4",
                "--marking", MARKING,
            )
        )  # fmt: skip
        made[f"questionnaire-{lang}"] = q
        c = out / f"comparison-{lang}.xlsx"
        _ok(
            run(
                "--lang", lang, "compare", str(NEAR), str(CRITICAL), "-o", str(c),
                "--marking", MARKING,
            )
        )  # fmt: skip
        made[f"comparison-{lang}"] = c
        a = out / f"consolidation-{lang}.xlsx"
        _ok(
            run(
                "--lang", lang, "aggregate", str(NEAR), str(CRITICAL), "-o", str(a),
                "--jobs", "1", "--marking", MARKING,
            )
        )  # fmt: skip
        made[f"consolidation-{lang}"] = a
    return made


KINDS = [f"{kind}-{lang}" for kind in ("gap", "questionnaire", "comparison", "consolidation")
         for lang in LANGS]  # fmt: skip


def _visible(path: Path):
    wb = load_workbook(path)
    return wb, [ws for ws in wb.worksheets if ws.sheet_state == "visible"]


def _printed_widths(ws) -> list[float]:
    """Widths of the printed columns: the print area's, else every used column."""
    last = ws.max_column
    if ws.print_area:
        ref = ws.print_area[0] if isinstance(ws.print_area, list) else ws.print_area
        last_letter = ref.split(":")[-1].lstrip("$").rstrip("0123456789$")
        last = sum((ord(c) - 64) * 26**i for i, c in enumerate(reversed(last_letter)))
    return [ws.column_dimensions[get_column_letter(c)].width or 13 for c in range(1, last + 1)]


@pytest.mark.parametrize("kind", KINDS)
def test_every_sheet_prints_legibly(books, kind):
    _, sheets = _visible(books[kind])
    for ws in sheets:
        setup = ws.page_setup
        assert setup.paperSize == 9, ws.title  # A4; the layout also holds on Letter
        assert MIN_SCALE <= setup.scale <= 100, (ws.title, setup.scale)
        assert not ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert setup.orientation in ("landscape", "portrait"), ws.title
        page = PRINTABLE_WIDTH[setup.orientation]
        widths = _printed_widths(ws)
        room = page * 100 / setup.scale
        # Every column fits on a page at this scale, and the scale is the one computed.
        assert max(column_points(w) for w in widths) <= room, ws.title
        repeated = 1 if ws.print_title_cols else 0
        pages = pages_across(widths, setup.scale, repeated, page)
        if pages > 1:
            # Wide tables continue on the next pages with the first column and the
            # header row repeated, printed across before down.
            assert ws.print_title_cols == "$A:$A", ws.title
            assert ws.print_title_rows, ws.title
            assert setup.pageOrder == "overThenDown", ws.title
        else:
            assert sum(column_points(w) for w in widths) <= room + 1, ws.title


@pytest.mark.parametrize("kind", KINDS)
def test_marking_in_every_header_and_footers_with_agency_period_pages(books, kind):
    wb, sheets = _visible(books[kind])
    lang = kind.rsplit("-", 1)[1]
    pages = page_numbers(lang)
    assert "&P" in pages and "&N" in pages
    # Right to left, the footer is mirrored: pages on the left, agency and period right.
    near, far = ("right", "left") if lang == "ar" else ("left", "right")
    for ws in wb.worksheets:
        assert ws.oddHeader.center.text == MARKING, ws.title
        assert ws.oddHeader.center.color == "C00000", ws.title
        assert getattr(ws.oddFooter, far).text == f"&A — {pages}", ws.title
        assert getattr(ws.evenFooter, far).text == getattr(ws.oddFooter, far).text
    footer = getattr(sheets[0].oddFooter, near).text
    if lang == "ar":  # the period and a Latin name isolated, or the bidi algorithm scrambles
        assert "\u20682026-Q4\u2069" in footer, footer
        footer = footer.replace("\u2068", "").replace("\u2069", "")
    else:
        assert "\u2068" not in footer, footer
    assert "2026-Q4" in footer
    if kind.startswith(("gap", "questionnaire")):
        assert footer.startswith("Coastal Region Police Command"), footer
    if kind.startswith("comparison"):
        assert footer.startswith("National Bureau for Child Online Protection / Coastal")


def test_commanders_page(books):
    """Page 1 of the gap report: marking, headline, chart, top five gaps; details after."""
    wb = load_workbook(books["gap-en"])
    ws = wb["Summary"]
    assert ws["A1"].value == MARKING and ws["A1"].font.bold
    assert ws.page_setup.orientation == "portrait"
    labels = {ws.cell(r, 1).value: r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value}
    (page_break,) = [b.id for b in ws.row_breaks.brk]
    first_page = [
        "Agency", "Unit", "Country", "Period", "Score", "Rating",
        "Reason for the rating", "Top gaps",
    ]  # fmt: skip
    for label in first_page:
        assert labels[label] <= page_break, label
    for label in ("Checklist", "Fingerprint", "How the score is computed", "Maturity"):
        assert labels[label] > page_break, label
    reason = ws.cell(labels["Reason for the rating"], 2).value
    assert reason.startswith("Rating capped at Not ready: SHARE-01 (critical)")
    # The five highest-priority gaps with action, owner and due date.
    head = labels["Top gaps"] + 1
    assert [c.value for c in ws[head]][:5] == ["Item", "Title", "Suggested action", "Owner", "Due"]
    gaps = wb["Gaps"]
    ranked = [gaps.cell(r, 2).value for r in range(5, 10)]
    assert [ws.cell(head + i, 1).value for i in range(1, 6)] == ranked
    assert all(ws.cell(head + i, 3).value for i in range(1, 6))  # actions
    assert all(ws.cell(head + i, 5).is_date for i in range(1, 6))
    assert "more gaps in the 'Gaps' sheet" in ws.cell(head + 6, 1).value
    # The chart is anchored beside the headline, on the first page.
    (chart,) = ws._charts
    assert chart.anchor._from.row + 1 < labels["Top gaps"]
    # Page 1 fits: the rows before the break, at the sheet's scale, within a portrait page.
    height = sum(ws.row_dimensions[r].height or 15 for r in range(1, page_break + 1))
    assert height * ws.page_setup.scale / 100 <= PRINTABLE_HEIGHT["portrait"]


def test_gap_report_without_marking_starts_with_its_title(tmp_path):
    out = gap_report(CRITICAL, tmp_path / "plain.xlsx")
    wb = load_workbook(out)
    assert wb["Summary"]["A1"].value.startswith("Gap report — ")
    assert all(not ws.oddHeader.center.text for ws in wb.worksheets)


def _row_need(ws, row: int) -> tuple[int, float]:
    """Lines of the tallest wrapped cell of a row (merged cells in their merged width), and
    the height they need at their font size."""
    merged = {
        (r.min_row, r.min_col): sum(
            ws.column_dimensions[get_column_letter(c)].width or 13
            for c in range(r.min_col, r.max_col + 1)
        )
        for r in ws.merged_cells.ranges
    }
    lines, need = 1, 0.0
    for cell in ws[row]:
        if isinstance(cell.value, str) and cell.alignment.wrap_text:
            width = merged.get((row, cell.column)) or (
                ws.column_dimensions[cell.column_letter].width or 13
            )
            size = cell.font.sz or 11
            n = text_lines(cell.value, width, bold=cell.font.b, size=size)
            lines = max(lines, n)
            need = max(need, row_height(n, size))
    return lines, need


@pytest.mark.parametrize(
    "kind", ["gap-en", "gap-fr", "gap-es", "questionnaire-en", "questionnaire-es", "comparison-fr"]
)
def test_rows_sized_to_their_text(books, kind):
    _, sheets = _visible(books[kind])
    checked = 0
    for ws in sheets:
        for row in range(1, ws.max_row + 1):
            lines, need = _row_need(ws, row)
            height = ws.row_dimensions[row].height
            if lines == 1:
                # One line needs no height of its own (a large title a little more).
                assert height is None or height <= 2 * row_height(1), (ws.title, row)
                continue
            checked += 1
            # Tall enough for the text, and not taller than one more line.
            assert height >= need - 0.1, (ws.title, row, lines, height)
            assert height <= need + row_height(1), (ws.title, row, lines, height)
    assert checked > 10


def test_three_lines_are_three_lines_tall():
    """A text that wraps on three lines in its column makes a row about three lines tall."""
    line = "word " * 6  # 30 characters: one line of a 27-character column
    text = (line * 3).strip()
    assert text_lines(text, 27) == 3
    assert text_lines("x" * 30, 27) == 1
    assert text_lines("short\nlines\nhere", 40) == 3
    wb = Workbook()
    ws = wb.active
    put(ws, 3, 1, "Header")
    put(ws, 4, 1, text, alignment=WRAP)
    put(ws, 5, 1, "one line", alignment=WRAP)
    finish_sheet(ws, header_row=3, columns=1, last_row=5, widths=[27])
    assert ws.row_dimensions[4].height == pytest.approx(3 * 15 + 2)
    assert ws.row_dimensions[5].height is None


def test_scale_never_below_seventy_and_wide_tables_span_pages():
    twenty = [10, 8, 30, 48, 8, 9, 8, 10, 10, 9, 7, 9, 18, 40, 30, 30, 16, 12, 12, 18, 40]
    scale, pages = print_scale(twenty, title_columns=1)
    assert scale >= MIN_SCALE and pages == 3
    # The largest scale that keeps that many pages: one more percent needs another page.
    if scale < 100:
        assert pages_across(twenty, scale + 1, 1, PRINTABLE_WIDTH["landscape"]) > pages
    assert print_scale([10, 20, 30]) == (100, 1)
    narrow, one = print_scale([40, 40, 40, 20])
    assert one == 1 and MIN_SCALE <= narrow < 100


def test_right_to_left_mechanism():
    """Every sheet right to left; text right-aligned; numbers stay
    numbers (the language check is RTL_LANGUAGES)."""
    wb = Workbook()
    ws = wb.active
    put(ws, 1, 1, "عنوان")
    put(ws, 2, 1, "نص طويل", alignment=WRAP)
    put(ws, 2, 2, 75.5)
    wb.create_sheet("readiness").sheet_state = "hidden"
    finish_workbook(wb, PageFrame(lang="ar", agency="وحدة", period="2026-Q4"))
    for sheet in wb.worksheets:
        assert sheet.sheet_view.rightToLeft is True
        # The footer is mirrored: agency and period on the right, pages on the left.
        # The period isolated (FSI … PDI): unisolated, LibreOffice prints "2026 — وحدة-Q4".
        assert sheet.oddFooter.right.text == "وحدة — \u20682026-Q4\u2069"
        assert sheet.oddFooter.left.text.startswith("&A — ")
    assert ws["A1"].alignment.horizontal == "right"
    assert ws["A2"].alignment.wrap_text and ws["A2"].alignment.horizontal == "right"
    assert ws["B2"].value == 75.5 and ws["B2"].data_type == "n"
    english = Workbook()
    finish_workbook(english, PageFrame(lang="en"))
    assert not english.active.sheet_view.rightToLeft


@pytest.mark.parametrize("kind", ["gap", "questionnaire", "comparison", "consolidation"])
def test_arabic_workbooks_are_right_to_left(books, kind):
    """--lang ar: every sheet right to left, Arabic text right-aligned, numbers still numbers;
    the other languages left to right."""
    wb = load_workbook(books[f"{kind}-ar"])
    texts = numbers = 0
    for ws in wb.worksheets:
        assert ws.sheet_view.rightToLeft is True, ws.title
        if ws.sheet_state != "visible":
            continue
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    texts += 1
                    assert cell.alignment.horizontal in ("right", "center"), (ws.title, cell)
                elif isinstance(cell.value, (int, float)):
                    numbers += 1
                    assert cell.data_type == "n"
    assert texts > 20 and numbers > 5
    assert any("\u0600" <= ch <= "\u06ff" for ch in wb.worksheets[0].title)
    english = load_workbook(books[f"{kind}-en"])
    assert not any(ws.sheet_view.rightToLeft for ws in english.worksheets)


def _merged_widths(ws) -> dict[tuple[int, int], float]:
    return {
        (r.min_row, r.min_col): sum(
            ws.column_dimensions[get_column_letter(c)].width or 13
            for c in range(r.min_col, r.max_col + 1)
        )
        for r in ws.merged_cells.ranges
    }


@pytest.mark.parametrize("kind", KINDS)
def test_headers_never_break_inside_a_word(books, kind):
    """A header wraps at its spaces only: each column is at least as wide as its header's
    longest word, bold, in every language ("Priorida/d", "Pondera/ción" printed broken)."""
    _, sheets = _visible(books[kind])
    headers = 0
    for ws in sheets:
        merged = _merged_widths(ws)
        for row in ws.iter_rows():
            for cell in row:
                if (
                    not isinstance(cell.value, str)
                    or cell.fill.fgColor.rgb != HEADER_FILL.fgColor.rgb
                ):
                    continue
                headers += 1
                width = merged.get((cell.row, cell.column)) or (
                    ws.column_dimensions[cell.column_letter].width or 13
                )
                for word in cell.value.split():
                    assert text_lines(word, width, bold=True) == 1, (ws.title, cell.value, width)
    assert headers > 10


def test_word_width_is_the_narrowest_that_holds_the_word():
    for word in ("Prioridad", "Ponderación", "الترتيب", "x", "sensibilisation"):
        width = word_width(word, bold=True)
        assert text_lines(word, width, bold=True) == 1
        assert text_lines(word, width - 1, bold=True) > 1 or width == 1


@pytest.mark.parametrize("lang", LANGS)
def test_gaps_print_on_one_page_across_in_every_language(books, lang):
    """The Gaps sheet's printed columns, widened to their headers' words, still fit one
    landscape page at 70 % or more."""
    wb = load_workbook(books[f"gap-{lang}"])
    ws = wb.worksheets[1]
    widths = _printed_widths(ws)
    assert len(widths) == GAPS_PRINTED
    assert ws.page_setup.scale >= MIN_SCALE
    assert pages_across(widths, ws.page_setup.scale, 0, PRINTABLE_WIDTH["landscape"]) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_tall_rows_read_from_the_top(books, kind):
    """In a row taller than a line, values sit at the top beside their labels, not at the
    bottom (the questionnaire's fields, the gap report's details)."""
    _, sheets = _visible(books[kind])
    for ws in sheets:
        for number, dim in ws.row_dimensions.items():
            if not dim.height or dim.height <= row_height(1):
                continue
            for cell in ws[number]:
                if cell.value is None:
                    continue
                if kind.startswith("consolidation") and cell.alignment.vertical == "bottom":
                    continue  # the Overview's headline: labels sit on the values below them
                assert cell.alignment.vertical in ("top", "center"), (ws.title, cell)


@pytest.mark.parametrize("lang", LANGS)
def test_labels_wrap_in_their_cell(books, lang):
    """The gap report's labels (the auditor's too) wrap in their column, never run over
    the input box beside them ("Cargo del auditor o la auditora" did)."""
    ws = load_workbook(books[f"gap-{lang}"]).worksheets[0]
    wanted = {
        t(key, lang)
        for key in (
            "agency", "unit", "country", "period", "assessed_on", "score", "rating",
            "checklist", "assessor", "gap.fingerprint", "gap.for_the_auditor",
            "gap.auditor_name", "gap.auditor_role", "gap.audit_date",
        )
    }  # fmt: skip
    labels = [ws.cell(r, 1) for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value in wanted]
    assert len(labels) == len(wanted)
    for cell in labels:
        assert cell.alignment.wrap_text, cell.value
        lines = text_lines(cell.value, ws.column_dimensions["A"].width, bold=True)
        assert (ws.row_dimensions[cell.row].height or row_height(1)) >= row_height(lines) - 0.1


def test_arabic_page_numbers_are_figures_only():
    """LibreOffice drops the spaces around page fields in Arabic words ("24 من1صفحة"):
    the Arabic footer numbers pages with figures and a slash only."""
    assert page_numbers("ar") == "&P / &N"
    assert page_numbers("es") == "Página &P de &N"


@pytest.mark.parametrize("lang", LANGS)
def test_questionnaire_fields_print_on_a_cover_page(books, lang):
    """The field labels stay in column A, which repeats on the pages across: they print as
    a page of their own (the first page's width), the table from the next page. Printed
    together, pages 2 and 3 held the labels and the header only."""
    ws = load_workbook(books[f"questionnaire-{lang}"]).worksheets[0]
    header_row = int(ws.print_title_rows.split(":")[0].strip("$"))
    assert ws.print_title_cols == "$A:$A"
    cover, table = (part.split("!")[1] for part in ws.print_area.split(","))
    first, last = cover.replace("$", "").split(":")
    assert first == "A1" and int(last.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) == header_row - 1
    widths = _printed_widths(ws)
    cover_columns = ws[last].column
    cover_points = sum(column_points(w) for w in widths[:cover_columns])
    assert cover_points <= PRINTABLE_WIDTH["landscape"] * 100 / ws.page_setup.scale
    assert table.startswith(f"$A${header_row}:")
    assert any(isinstance(ws.cell(r, 1).value, str) for r in range(1, header_row))


EMU_PER_POINT = 12700


def _charts_fit_their_page(ws) -> int:
    """Every chart of a sheet within the first page's columns (not over the repeated column
    A) and within the rest of the page it starts on; returns how many."""
    widths = [ws.column_dimensions[get_column_letter(c)].width or 13 for c in range(1, 40)]
    repeated = bool(ws.print_title_cols)
    orientation = ws.page_setup.orientation
    last = first_page_columns(
        widths, ws.page_setup.scale, 1 if repeated else 0, PRINTABLE_WIDTH[orientation]
    )
    for chart in ws._charts:
        start = chart.anchor._from
        first = 2 if repeated else 1
        assert start.col + 1 >= first, ws.title
        room = sum(column_points(w) for w in widths[start.col : last])
        assert chart.anchor.ext.width / EMU_PER_POINT <= room, ws.title
        assert chart.anchor.ext.height / EMU_PER_POINT <= room_left(ws, start.row + 1), ws.title
    return len(ws._charts)


@pytest.mark.parametrize("lang", LANGS)
def test_region_charts_print_whole(tmp_path, lang):
    """The Regions sheet's charts (a roster: a table wider than a page) each print on one
    page: not across pages sideways, not cut by the page's end."""
    out = tmp_path / "c.xlsx"
    inputs = sorted(str(p) for p in EXAMPLES.glob("*.yaml"))
    roster = str(EXAMPLES / "hq" / "roster.csv")
    _ok(run("--lang", lang, "aggregate", *inputs, "--roster", roster, "-o", str(out)))
    ws = load_workbook(out).worksheets[1]
    assert ws.print_title_cols == "$A:$A"  # wide: printed across pages
    assert _charts_fit_their_page(ws) == 2


def test_a_chart_that_would_be_cut_starts_the_next_page():
    """Too little room left on the page: a break, and the chart a row below the repeated
    header (which touched its title); room enough: anchored where asked."""
    from openpyxl.chart import BarChart

    wb = Workbook()
    ws = wb.active
    put(ws, 1, 1, "Header")
    for row in range(2, 26):
        put(ws, row, 1, row)
    finish_sheet(ws, header_row=1, columns=12, last_row=25, widths=[30] + [12] * 11)
    assert ws.print_title_cols == "$A:$A"
    chart = BarChart()
    chart.width, chart.height = 30, 8.5
    below = place_chart(ws, chart, 27, [30] + [12] * 11)
    ((page_break),) = [b.id for b in ws.row_breaks.brk]
    assert page_break == 26 and chart.anchor._from.row + 1 == 28 and chart.anchor._from.col == 1
    assert chart.width * 72 / 2.54 <= sum(column_points(w) for w in [12] * 11)
    small = BarChart()
    small.height = 3
    place_chart(ws, small, below, [30] + [12] * 11)
    assert small.anchor._from.row + 1 == below and len(ws.row_breaks.brk) == 1
    assert _charts_fit_their_page(ws) == 2


@pytest.mark.parametrize("lang", LANGS)
def test_overview_headline_labels_never_break_inside_a_word(books, lang):
    """The key figures' labels above the Overview table ("Parcialmente preparado",
    "Seguimiento: intensificado") wrap at their spaces only, like the headers."""
    ws = load_workbook(books[f"consolidation-{lang}"])[t("cons.overview", lang)]
    labels = [c for c in ws[4] if isinstance(c.value, str) and c.font.b]
    assert len(labels) >= 8
    for cell in labels:
        width = ws.column_dimensions[cell.column_letter].width or 13
        for word in cell.value.split():
            assert text_lines(word, width, bold=True) == 1, (cell.value, width)
