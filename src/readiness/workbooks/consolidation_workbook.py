"""The HQ consolidation workbook (SPEC §8, §15).

Sheets: Overview (headline figures of the reporting period, then every submission),
Regions (by-region figures and two charts), Coverage (with a roster), Areas, Items, Gaps,
Trend (mean score per period, with a chart, and each unit's scores) and Rejected. With
`min_group` (`--anonymise`) the workbook holds no agency, unit, country or file name:
Overview (headline only), Regions, Areas, Items, Gaps and Trend, region-level and overall.

Every sheet is written in openpyxl's write-only mode, so ten thousand submissions stream
to disk instead of living in memory as cell objects. Write-only sheets take their layout
(widths, frozen header, filter, print set-up) before the first row and each row's height
before the row, which is why every row goes through `_Sheets.append`: it gives a row with
wrapped text the height its text needs, because LibreOffice does not grow rows by itself.
Figures come from aggregation.py and publication.py; nothing is computed here beyond
rounding for display.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from copy import copy
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import BarChart, LineChart, Reference, Series
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from readiness import __version__
from readiness.core.aggregation import (
    ACCEPTED,
    OTHER_PERIOD,
    REJECTED,
    SUPERSEDED,
    Aggregate,
    Placed,
    RegionStats,
    Submission,
    common_gaps,
    period_sort_key,
)
from readiness.core.model import Checklist, text_in
from readiness.core.problems import Problem
from readiness.core.publication import Publication, publication
from readiness.core.scoring import round_half_up
from readiness.i18n import format_percent, join_list, t, t_n
from readiness.reports.rating_text import both_ratings, cap_reasons, rating_reason_title
from readiness.reports.render_aggregate import follow_up_label, region_label
from readiness.reports.terminal_text import inert
from readiness.workbooks.layout import (
    CONSOLIDATION_GAPS,
    CONSOLIDATION_ITEMS,
    KEYWORD_CONSOLIDATION,
    Column,
)
from readiness.workbooks.style import (
    BOLD,
    COLUMN_STYLES,
    DOWN_COLOUR,
    FORMULA_START,
    HEADER_FILL,
    HEADER_FONT,
    NA_COLOUR,
    PRINTABLE_WIDTH,
    SUBTITLE_FONT,
    TITLE_FONT,
    TOP,
    UP_COLOUR,
    WRAP,
    PageFrame,
    column_widths,
    fill,
    finish_sheet,
    first_page_columns,
    frame_sheet,
    level_fill,
    mirrored,
    place_chart,
    rating_fill,
    row_height,
    score_fill,
    set_properties,
    sheet_title,
    text_lines,
    wo_cell,
)

# Written into the document properties; lets `aggregate` recognise its own earlier output
# inside a folder it is aggregating (and replace it rather than read it as a submission).
MARKER = KEYWORD_CONSOLIDATION
# Period columns of the Trend sheet's unit table: ten years of months, far below Excel's
# 16,384 columns.
MAX_TREND_PERIOD_COLUMNS = 120
ANONYMISED_MARKER = "anonymised"

SCORE_FORMAT = "0.0"
CHANGE_FORMAT = "+0.0;-0.0;0.0"
DATE_FORMAT = "yyyy-mm-dd"
SHARE_FORMAT = COLUMN_STYLES["share"]["number_format"]
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
# Headline figures: each value centred under its label, labels wrapped to their column.
HEADLINE_LABEL = Alignment(horizontal="center", vertical="bottom", wrap_text=True)
HEADLINE_VALUE = Alignment(horizontal="center", vertical="top")
GREY = fill(NA_COLOUR)
UP = fill(UP_COLOUR)
DOWN = fill(DOWN_COLOUR)
DEFAULT_WIDTH = 13.0
CHART_ROWS = 18  # rows a chart covers (7.5 cm at 15 points a row, with room to spare)


class _Sheets:
    """One workbook being written, with the checklist's colours and labels at hand."""

    def __init__(self, wb: Workbook, checklist: Checklist, lang: str, frame: PageFrame):
        self.wb = wb
        self.frame = frame
        self.checklist = checklist
        self.lang = lang
        self.bands = checklist.band_floors
        self.max_level = checklist.max_level
        self._styles: dict[tuple[Any, ...], Any] = {}
        self._widths: dict[int, Sequence[float]] = {}
        self._rows: dict[int, int] = {}

    def new(self, key: str) -> Any:
        ws = self.wb.create_sheet(sheet_title(t(key, self.lang)))
        frame_sheet(ws, self.frame)  # a write-only sheet takes its direction before any row
        return ws

    def cell(
        self,
        ws: Any,
        value: Any,
        *,
        font: Font | None = None,
        fill_: PatternFill | None = None,
        alignment: Alignment | None = None,
        number_format: str | None = None,
    ) -> Any:
        """A write-only cell (text stays text, as wo_cell makes it).

        openpyxl hashes and compares every style object assigned to a cell, which made
        styles the largest cost of a big consolidation; each combination is registered
        once here and its style record copied to the next cells. Fonts and alignments
        are module constants, fills are told apart by colour. In a right-to-left
        language, text is right-aligned (mirrored, cached: one object per alignment)."""
        if self.frame.rtl and isinstance(value, str):
            alignment = mirrored(alignment)
        if font is None and fill_ is None and alignment is None and number_format is None:
            return value if not isinstance(value, str) else wo_cell(ws, value)
        key = (
            id(font),
            fill_.fgColor.rgb if fill_ is not None else None,
            id(alignment),
            number_format,
        )
        formula_like = isinstance(value, str) and value.startswith(FORMULA_START)
        style = self._styles.get(key)
        if style is None or formula_like:
            made = wo_cell(
                ws,
                value,
                font=font,
                fill_=fill_,
                alignment=alignment,
                number_format=number_format,
            )
            if not formula_like:  # its quote prefix must not spread to other cells
                self._styles[key] = copy(made._style)
            return made
        made = wo_cell(ws, value)
        made._style = copy(style)
        return made

    def row(
        self,
        ws: Any,
        columns: Sequence[Column],
        data: Any,
        colours: Callable[[str, Any], dict[str, Any]] | None = None,
    ) -> list[Any]:
        """One table row from its column specification: each value in its column's style,
        plus `colours(key, value)` (the styles that depend on the value)."""
        cells = []
        for col in columns:
            value = col.get(data, self.lang)
            style = dict(COLUMN_STYLES[col.style])
            if colours is not None:
                style.update(colours(col.key, value))
            cells.append(self.cell(ws, value, **style))
        return cells

    def append(self, ws: Any, row: Sequence[Any]) -> int:
        """Write a row, with the height its wrapped text needs; returns its number."""
        number = self._rows.get(id(ws), 0) + 1
        self._rows[id(ws)] = number
        widths = self._widths.get(id(ws), ())
        lines = 1
        for index, value in enumerate(row):
            if not isinstance(value, Cell) or not isinstance(value.value, str):
                continue
            text = value.value
            width = widths[index] if index < len(widths) else DEFAULT_WIDTH
            # Short one-line text cannot wrap: skip the style lookup for most cells.
            if len(text) <= width * 0.9 and "\n" not in text:
                continue
            if value.alignment.wrap_text:
                lines = max(lines, text_lines(text, width, bold=bool(value.font.b)))
        if lines > 1:
            ws.row_dimensions[number].height = row_height(lines)
        ws.append(list(row))
        return number

    def blank(self, ws: Any) -> int:
        return self.append(ws, [])

    def start(
        self,
        ws: Any,
        heading: str,
        subtitle: str,
        headers: Sequence[str],
        widths: Sequence[float],
        rows: int,
        top: Sequence[list[Any]] = (),
        *,
        filters: bool = True,
    ) -> int:
        """Finish an empty write-only sheet, then write its title, any top lines and the
        header; returns the header's row number.

        Write-only sheets take widths, panes and filters before their first row."""
        header_row = 3 + (len(top) + 1 if top else 0) + 1
        # A column is as wide as the longest word of its header and of the headline label
        # above it ("Parcialmente", "intensificado"): neither breaks mid-word.
        labels = [getattr(cell, "value", cell) for cell in top[0]] if top else []
        measured = [
            " ".join(str(text) for text in (header, *labels[i : i + 1]) if text)
            for i, header in enumerate(headers)
        ]
        repeated = finish_sheet(
            ws,
            header_row=header_row,
            columns=len(headers),
            last_row=header_row + max(rows, 1),
            widths=widths,
            filters=filters,
            headers=measured,
        )
        self._widths[id(ws)] = column_widths(ws, len(widths))
        # Column A repeats on the pages across: a title there would print cut off.
        indent = [None] if repeated else []
        self.append(ws, [*indent, self.cell(ws, heading, font=TITLE_FONT)])
        self.banner(ws, subtitle, len(indent) + 1, repeated)
        self.blank(ws)
        if top:
            for row in top:
                self.append(ws, row)
            self.blank(ws)
        return self.header(ws, headers)

    def banner(self, ws: Any, text: str, column: int, repeated: bool) -> int:
        """The subtitle, wrapped within the first printed page: merged from `column` to the
        page's last column, as tall as its lines (left to run on, the rules file's path
        printed cut off at the page's edge)."""
        widths = list(self._widths.get(id(ws), ()))
        last = first_page_columns(
            widths,
            ws.page_setup.scale or 100,
            1 if repeated else 0,
            PRINTABLE_WIDTH[ws.page_setup.orientation or "landscape"],
        )
        last = max(last, column)
        span = sum(widths[column - 1 : last]) or DEFAULT_WIDTH
        font_size = SUBTITLE_FONT.size or 11
        lines = text_lines(text, span, size=font_size)
        number = self._rows.get(id(ws), 0) + 1
        self._rows[id(ws)] = number
        if lines > 1:
            ws.row_dimensions[number].height = row_height(lines, font_size)
        cell = self.cell(ws, text, font=SUBTITLE_FONT, alignment=WRAP)
        ws.append([None] * (column - 1) + [cell])
        if last > column:
            ws.merged_cells.add(
                f"{get_column_letter(column)}{number}:{get_column_letter(last)}{number}"
            )
        return number

    def header(self, ws: Any, headers: Sequence[str]) -> int:
        return self.append(
            ws,
            [
                self.cell(ws, text, font=HEADER_FONT, fill_=HEADER_FILL, alignment=HEADER_ALIGN)
                for text in headers
            ],
        )

    def score(self, ws: Any, shown: float | None, **kw: Any) -> Any:
        """A 0-100 score (already rounded), coloured by the checklist's rating bands."""
        return self.cell(
            ws, shown, fill_=score_fill(shown, self.bands), number_format=SCORE_FORMAT, **kw
        )

    def rating(
        self,
        ws: Any,
        key: str | None,
        *,
        grey: bool = False,
        alignment: Alignment | None = None,
    ) -> Any:
        label = self.checklist.rating_label(key, self.lang)
        index = self.checklist.band_index(key)
        colour = GREY if index is None or grey else rating_fill(index)
        return self.cell(ws, label, fill_=colour, alignment=alignment)

    def note(self, ws: Any, text: str) -> None:
        """A line of explanation, wrapped over the sheet's first columns."""
        self.append(ws, [self.cell(ws, text, font=SUBTITLE_FONT)])

    def region(self, region: str) -> str:
        return region_label(region, self.lang)


def _unit_order(s: Submission) -> tuple[Any, ...]:
    return (*s.identity[:3], period_sort_key(s.period), s.file)


def write_consolidation(
    path: Path,
    agg: Aggregate,
    lang: str = "en",
    *,
    min_group: int | None = None,
    marking: str = "",
) -> None:
    """Write the consolidation workbook of `agg` to `path` (through output_files.write_atomic).

    With `min_group`, the anonymised workbook for publication (SPEC §15)."""
    wb = Workbook(write_only=True)
    c = agg.checklist
    anonymised = min_group is not None
    set_properties(
        wb,
        title=t("agg.heading_anonymised" if anonymised else "cons.heading", lang),
        subject=f"{text_in(c.title, lang)} ({c.id} {c.version})",
        keywords=f"{MARKER}, {c.id}" + (f", {ANONYMISED_MARKER}" if anonymised else ""),
        description=t(
            "labelled",
            lang,
            label=agg.period or "—",
            text=join_list(
                [
                    t_n("agg.count_received", lang, agg.inputs),
                    t_n("agg.count_accepted", lang, agg.count(ACCEPTED)),
                ],
                lang,
            ),
        ),
    )
    heading = t("agg.heading_anonymised" if anonymised else "cons.heading", lang)
    frame = PageFrame(lang=lang, agency=heading, period=agg.period or "", marking=marking)
    sheets = _Sheets(wb, c, lang, frame)
    if min_group is not None:
        pub = publication(agg, min_group)
        _overview(sheets, agg, pub)
        if not pub.overall_suppressed:
            _regions(sheets, agg, pub)
            _areas_overall(sheets, agg)
            _items(sheets, agg)
            _gaps(sheets, agg)
        _trend(sheets, agg, pub)
    else:
        _overview(sheets, agg, None)
        _regions(sheets, agg, None)
        if agg.coverage is not None:
            _coverage(sheets, agg)
        _areas(sheets, agg)
        _items(sheets, agg)
        _gaps(sheets, agg)
        _trend(sheets, agg, None)
        _rejected(sheets, agg)
    wb.save(path)


def is_consolidation_workbook(path: Path) -> bool:
    """True for a workbook this module wrote (its document properties carry MARKER)."""
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("docProps/core.xml")
            if info.file_size > 64 * 1024:  # real ones are about 1 KB
                return False
            return MARKER.encode() in archive.read(info)
    except (OSError, KeyError, zipfile.BadZipFile):
        return False


def _subtitle(agg: Aggregate, lang: str, anonymised: bool = False) -> str:
    c = agg.checklist
    rules = agg.policy.source if agg.policy else "built-in"
    if rules == "built-in":
        rules = t("agg.built_in", lang)
    elif anonymised:
        rules = t("agg.custom_rules", lang)
    period = t("cons.rules_subtitle", lang, period=agg.period or "—", rules=rules)
    return f"{text_in(c.title, lang)} — {c.id} {c.version} — {period} — readiness {__version__}"


def _headline(sh: _Sheets, ws: Any, agg: Aggregate, pub: Publication | None) -> list[list[Any]]:
    """Key figures as a row of labels over a row of values, each value under its label."""
    lang, c = sh.lang, agg.checklist
    pairs: list[tuple[Any, Any]] = [
        (t("agg.reporting_period", lang), sh.cell(ws, agg.period or "—", alignment=HEADLINE_VALUE)),
    ]
    for key in ("inputs", ACCEPTED, SUPERSEDED, OTHER_PERIOD, REJECTED):
        count = agg.inputs if key == "inputs" else agg.count(key)
        label = t("agg.rejected" if key == REJECTED else f"cons.{key}", lang)
        pairs.append((label, sh.cell(ws, count, alignment=HEADLINE_VALUE)))
    if agg.coverage is not None:
        share = agg.coverage.share
        pairs.append(
            (
                t("agg.coverage", lang),
                sh.cell(
                    ws,
                    None if share is None else round(share, 4),
                    alignment=HEADLINE_VALUE,
                    number_format=SHARE_FORMAT,
                ),
            )
        )
    if pub is None or not pub.overall_suppressed:
        pairs.append(
            (
                t("agg.mean_score", lang),
                sh.score(ws, round_half_up(agg.mean_score), alignment=HEADLINE_VALUE),
            )
        )
        for band in c.rating_bands:
            pairs.append(
                (
                    sh.rating(ws, band.key, alignment=HEADLINE_LABEL),
                    sh.cell(ws, agg.ratings.get(band.key, 0), alignment=HEADLINE_VALUE),
                )
            )
        for cls, n in agg.follow_up.items():
            pairs.append(
                (
                    f"{t('agg.follow_up', lang)}: {follow_up_label(cls, lang)}",
                    sh.cell(ws, n, alignment=HEADLINE_VALUE),
                )
            )
    labels = [
        label
        if not isinstance(label, str)
        else sh.cell(ws, label, font=BOLD, alignment=HEADLINE_LABEL)
        for label, _ in pairs
    ]
    return [labels, [value for _, value in pairs]]


def _overview(sh: _Sheets, agg: Aggregate, pub: Publication | None) -> None:
    lang, c = sh.lang, agg.checklist
    ws = sh.new("cons.overview")
    if pub is not None:
        widths = [16.0] * 14
        notes = [t("agg.anonymised_note", lang, k=pub.min_group)]
        if pub.merged:
            names = join_list((sh.region(r) for r in pub.merged), lang)
            notes.append(t("agg.merged_note", lang, regions=names))
        if any(g.suppressed for g in pub.groups):
            notes.append(t("agg.suppressed_group", lang, k=pub.min_group))
        if pub.overall_suppressed:
            notes.append(t("agg.suppressed_all", lang, k=pub.min_group))
        finish_sheet(ws, header_row=None, columns=len(widths), last_row=10, widths=widths)
        sh._widths[id(ws)] = widths
        sh.append(ws, [sh.cell(ws, t("agg.heading_anonymised", lang), font=TITLE_FONT)])
        sh.banner(ws, _subtitle(agg, lang, True), 1, False)
        sh.blank(ws)
        for row in _headline(sh, ws, agg, pub):
            sh.append(ws, row)
        sh.blank(ws)
        for text in notes:
            sh.note(ws, text)
        return
    area_ids = [area.id for area in c.areas]
    headers = [
        t("country", lang),
        t("agency", lang),
        t("unit", lang),
        t("agg.region", lang),
        t("period", lang),
        t("assessed_on", lang),
        t("score", lang),
        t("rating", lang),
        *area_ids,
        t("agg.follow_up", lang),
        t("agg.rule", lang),
        t("status", lang),
        t("cons.superseded_by", lang),
        t("cons.reason", lang),
        t("cons.warnings", lang),
        t("cons.kind", lang),
        t("cons.file", lang),
        rating_reason_title(lang),
        t("cmp.checklist_version", lang),
    ]
    widths = [
        10,
        32,
        24,
        16,
        10,
        12,
        10,
        14,
        *([9] * len(area_ids)),
        12,
        22,
        12,
        30,
        30,
        40,
        13,
        40,
        40,
        12,
    ]
    placed = sorted(agg.placed, key=lambda p: _unit_order(p.submission))
    header_row = sh.start(
        ws,
        t("cons.heading", lang),
        _subtitle(agg, lang),
        headers,
        widths,
        len(placed),
        _headline(sh, ws, agg, None),
    )
    # Printed: the columns a reader needs, up to the status (the file paths and warnings
    # would shrink the page to an unreadable scale; they stay in the sheet).
    status_column = headers.index(t("status", lang)) + 1
    ws.print_area = f"A1:{get_column_letter(status_column)}{header_row + max(len(placed), 1)}"
    for p in placed:
        sh.append(ws, _overview_row(sh, ws, p))


def _overview_row(sh: _Sheets, ws: Any, p: Placed) -> list[Any]:
    s, lang = p.submission, sh.lang
    # Superseded and other-period rows stay listed (nothing is dropped) but greyed: they
    # count in no figure of the reporting period.
    grey = p.status != ACCEPTED
    shade = GREY if grey else None
    warnings = "; ".join(inert(w.format(s.file, lang)) for w in s.warnings) or None
    reason = t(f"cons.reason_{p.reason}", lang) if p.reason else None
    # The names, labels and rules printed (up to the status) wrap in their column, the row
    # as tall as its longest (`_Sheets.append`): a long agency name is never cut by the
    # next cell, nor drawn over it in a right-to-left sheet.
    return [
        sh.cell(ws, s.country, fill_=shade, alignment=TOP),
        sh.cell(ws, s.agency, fill_=shade, alignment=WRAP),
        sh.cell(ws, s.unit, fill_=shade, alignment=WRAP),
        sh.cell(ws, sh.region(p.region), fill_=shade, alignment=WRAP),
        sh.cell(ws, s.period, fill_=shade, alignment=TOP),
        sh.cell(ws, s.assessed_on, fill_=shade, number_format=DATE_FORMAT, alignment=TOP),
        sh.cell(ws, s.shown_score, fill_=shade, number_format=SCORE_FORMAT, alignment=TOP)
        if grey
        else sh.score(ws, s.shown_score, alignment=TOP),
        sh.rating(ws, s.rating, grey=grey, alignment=WRAP),
        *(
            sh.cell(ws, v, fill_=shade, number_format=SCORE_FORMAT, alignment=TOP)
            for v in s.shown_areas
        ),
        sh.cell(
            ws,
            follow_up_label(p.follow_up.cls, lang) if p.follow_up else None,
            fill_=shade,
            alignment=WRAP,
        ),
        sh.cell(
            ws,
            follow_up_label(p.follow_up.rule, lang) if p.follow_up else None,
            fill_=shade,
            alignment=WRAP,
        ),
        sh.cell(ws, t(f"cons.status_{p.status}", lang), fill_=shade, alignment=WRAP),
        sh.cell(
            ws, inert(p.superseded_by) if p.superseded_by else None, fill_=shade, alignment=TOP
        ),
        sh.cell(ws, reason, fill_=shade, alignment=WRAP),
        sh.cell(ws, warnings, fill_=shade, alignment=TOP),
        sh.cell(
            ws,
            t(f"cons.{s.kind}" + ("_audited" if s.audited else ""), lang),
            fill_=shade,
            alignment=TOP,
        ),
        sh.cell(ws, inert(s.file), fill_=shade, alignment=TOP),
        # Added last so that the columns before keep their places.
        sh.cell(ws, _rating_reason(sh, s), fill_=shade, alignment=WRAP),
        # Each submission is scored against the version it answers (SPEC §13).
        sh.cell(ws, s.checklist_version or None, fill_=shade, alignment=TOP),
    ]


def _rating_reason(sh: _Sheets, s: Submission) -> str | None:
    """The gates that capped the rating and the rating without exceptions (SPEC §14)."""
    parts = []
    if s.rating_capped_by:
        parts.append(cap_reasons(s.rating_capped_by, sh.lang))
    if s.rating_without_exceptions != s.rating:
        parts.append(
            both_ratings(
                sh.checklist, s.rating, s.rating_without_exceptions, s.exceptions_lifting, sh.lang
            )
        )
    return ". ".join(parts) or None


def _regions(sh: _Sheets, agg: Aggregate, pub: Publication | None) -> None:
    """Every region's figures, then a chart of its ratings and one of its area means."""
    lang, c = sh.lang, agg.checklist
    ws = sh.new("cons.regions")
    bands = c.rating_bands
    with_roster = agg.coverage is not None
    groups: list[tuple[RegionStats, bool]] = (
        [(r, False) for r in agg.regions]
        if pub is None
        else [(g.stats, g.suppressed) for g in pub.groups]
    )
    headers = [t("agg.region", lang)]
    widths: list[float] = [28]
    if with_roster:
        headers += [t("agg.expected", lang), t("agg.received", lang), t("agg.coverage", lang)]
        widths += [10, 10, 11]
    first_band = len(headers) + 3
    headers += [t("agg.submissions", lang), t("agg.mean_score", lang)]
    widths += [14, 10]
    headers += [c.rating_label(b.key, lang) for b in bands]
    widths += [12] * len(bands)
    first_area = len(headers) + 1
    headers += [f"{a.id} — {text_in(a.title, lang)}" for a in c.areas]
    widths += [16] * len(c.areas)
    header_row = sh.start(
        ws,
        t("cons.regions_heading", lang),
        t("cons.regions_legend", lang),
        headers,
        widths,
        len(groups),
    )
    for stats, suppressed in groups:
        row: list[Any] = [sh.cell(ws, sh.region(stats.region), font=BOLD)]
        if with_roster and suppressed:  # the received count would tell the submissions
            row += [
                stats.expected or 0,
                sh.cell(ws, t("agg.suppressed", lang), fill_=GREY),
                None,
            ]
        elif with_roster:
            share = (
                stats.received / stats.expected
                if stats.expected and stats.received is not None
                else None
            )
            row += [
                stats.expected or 0,
                stats.received or 0,
                sh.cell(
                    ws,
                    None if share is None else round(share, 4),
                    fill_=score_fill(None if share is None else share * 100, sh.bands),
                    number_format=SHARE_FORMAT,
                ),
            ]
        if suppressed:
            row.append(sh.cell(ws, t("agg.suppressed", lang), fill_=GREY))
        else:
            row += [
                stats.submissions,
                sh.score(ws, round_half_up(stats.mean_score)),
                *(stats.ratings.get(b.key, 0) for b in bands),
                *(sh.score(ws, round_half_up(a.mean)) for a in stats.areas),
            ]
        sh.append(ws, row)
    last_row = header_row + len(groups)
    if pub is not None:
        sh.blank(ws)
        if pub.merged:
            names = join_list((sh.region(r) for r in pub.merged), lang)
            sh.note(ws, t("agg.merged_note", lang, regions=names))
        if any(g.suppressed for g in pub.groups):
            sh.note(ws, t("agg.suppressed_group", lang, k=pub.min_group))
    charted = [
        i for i, (stats, suppressed) in enumerate(groups) if not suppressed and stats.submissions
    ]
    if not charted:
        return
    # Below the table and its notes, each chart whole on a printed page (place_chart).
    below = sh._rows.get(id(ws), last_row) + 2
    categories = Reference(ws, min_col=1, min_row=header_row + 1, max_row=last_row)
    ratings = BarChart()
    ratings.type = "col"
    ratings.grouping = "stacked"
    ratings.overlap = 100
    ratings.title = t("cons.chart_ratings", lang)
    ratings.y_axis.title = t("agg.submissions", lang)
    # Counts: whole numbers on the axis, about five steps.
    most = max((sum(stats.ratings.values()) for stats, _ in groups), default=1)
    ratings.y_axis.majorUnit = max(1, -(-most // 5))
    ratings.y_axis.number_format = "0"
    ratings.y_axis.scaling.min = 0
    for offset in range(len(bands)):
        col = first_band + offset
        ratings.add_data(
            Reference(ws, min_col=col, min_row=header_row, max_row=last_row),
            titles_from_data=True,
        )
    ratings.set_categories(categories)
    for series, band_index in zip(ratings.series, range(len(bands)), strict=True):
        colour = rating_fill(band_index).fgColor.rgb[-6:]
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    _size(ratings)
    below = place_chart(ws, ratings, below, sh._widths[id(ws)])
    areas = BarChart()
    areas.type = "col"
    areas.title = t("cons.chart_areas", lang)
    areas.y_axis.title = t("agg.mean_score", lang)
    areas.y_axis.scaling.min = 0
    areas.y_axis.scaling.max = 100
    area_ids = Reference(
        ws, min_col=first_area, max_col=first_area + len(c.areas) - 1, min_row=header_row
    )
    for i in charted:
        row_number = header_row + 1 + i
        values = Reference(
            ws,
            min_col=first_area,
            max_col=first_area + len(c.areas) - 1,
            min_row=row_number,
            max_row=row_number,
        )
        areas.series.append(Series(values, title=sh.region(groups[i][0].region)))
    areas.set_categories(area_ids)
    _size(areas)
    place_chart(ws, areas, below, sh._widths[id(ws)])


def _size(chart: Any) -> None:
    chart.width = 24  # cm
    chart.height = 8.5
    chart.legend.position = "b"
    _show_axes(chart)


def _show_axes(chart: Any) -> None:
    # openpyxl 3.1 leaves `delete` unset, and Excel then hides both axes.
    chart.x_axis.delete = False
    chart.y_axis.delete = False


def _coverage(sh: _Sheets, agg: Aggregate) -> None:
    """Every roster row with its status, then the submitters nobody expected."""
    lang, cov = sh.lang, agg.coverage
    assert cov is not None
    ws = sh.new("agg.coverage")
    headers = [
        t("status", lang),
        t("country", lang),
        t("agency", lang),
        t("unit", lang),
        t("agg.region", lang),
        t("agg.contact", lang),
    ]
    widths = [13, 10, 36, 26, 26, 34]
    share = format_percent(cov.share, lang)
    legend = t(
        "cons.coverage_legend",
        lang,
        received=len(cov.received),
        expected=cov.expected,
        share=share,
        missing=len(cov.missing),
        unexpected=len(cov.unexpected),
    )
    rows = len(cov.missing) + len(cov.unexpected) + len(cov.received)
    sh.start(ws, t("cons.coverage_heading", lang), legend, headers, widths, rows)
    for status, parties, colour in (
        ("missing", cov.missing, DOWN),
        ("unexpected", cov.unexpected, fill("FFEB9C")),
        ("received", cov.received, UP),
    ):
        for p in parties:
            sh.append(
                ws,
                [
                    sh.cell(ws, t(f"cons.status_{status}", lang), fill_=colour, alignment=TOP),
                    sh.cell(ws, p.country, alignment=TOP),
                    sh.cell(ws, p.agency, alignment=WRAP),
                    sh.cell(ws, p.unit, alignment=WRAP),
                    sh.cell(ws, sh.region(p.region), alignment=TOP),
                    sh.cell(ws, p.contact, alignment=WRAP),
                ],
            )


def _areas(sh: _Sheets, agg: Aggregate) -> None:
    lang, c = sh.lang, agg.checklist
    ws = sh.new("areas")
    headers = [
        t("country", lang),
        t("agency", lang),
        t("unit", lang),
        t("agg.region", lang),
        t("period", lang),
        t("agg.follow_up", lang),
        t("score", lang),
        *(f"{area.id} — {text_in(area.title, lang)}" for area in c.areas),
    ]
    widths = [10, 32, 24, 16, 10, 12, 10, *([16] * len(c.areas))]
    # Area statistics sit above the header, under their columns, so they stay in view.
    top = []
    for key in ("mean", "min", "max"):
        row: list[Any] = [None] * 5 + [sh.cell(ws, t(key, lang), font=BOLD)]
        row.append(sh.score(ws, round_half_up(agg.mean_score)) if key == "mean" else None)
        row += [sh.score(ws, round_half_up(getattr(stats, key))) for stats in agg.areas]
        top.append(row)
    accepted = sorted(
        (p for p in agg.placed if p.status == ACCEPTED), key=lambda p: _unit_order(p.submission)
    )
    sh.start(
        ws,
        t("cons.areas_heading", lang),
        t("cons.areas_legend", lang),
        headers,
        widths,
        len(accepted),
        top,
    )
    for p in accepted:
        s = p.submission
        sh.append(
            ws,
            # Names wrap in a row as tall as they are, as on the Overview.
            [
                sh.cell(ws, s.country, alignment=TOP),
                sh.cell(ws, s.agency, alignment=WRAP),
                sh.cell(ws, s.unit, alignment=WRAP),
                sh.cell(ws, sh.region(p.region), alignment=WRAP),
                sh.cell(ws, s.period, alignment=TOP),
                sh.cell(
                    ws,
                    follow_up_label(p.follow_up.cls, sh.lang) if p.follow_up else None,
                    alignment=WRAP,
                ),
                *(sh.score(ws, v, alignment=TOP) for v in s.shown),
            ],
        )


def _areas_overall(sh: _Sheets, agg: Aggregate) -> None:
    """Anonymised: each area's mean over the period (a lowest or highest is one unit's)."""
    lang, c = sh.lang, agg.checklist
    ws = sh.new("areas")
    headers = [t("area", lang), t("title", lang), t("mean", lang)]
    widths = [10, 50, 10]
    sh.start(
        ws,
        t("cons.areas_heading", lang),
        t("cons.areas_legend_anonymised", lang),
        headers,
        widths,
        len(c.areas),
    )
    for area, stats in zip(c.areas, agg.areas, strict=True):
        sh.append(
            ws,
            [
                sh.cell(ws, area.id, font=BOLD),
                sh.cell(ws, text_in(area.title, lang), alignment=WRAP),
                sh.score(ws, round_half_up(stats.mean)),
            ],
        )


def _items(sh: _Sheets, agg: Aggregate) -> None:
    lang, c = sh.lang, agg.checklist
    ws = sh.new("items")
    columns = CONSOLIDATION_ITEMS
    sh.start(
        ws,
        t("cons.items_heading", lang),
        t("cons.items_legend", lang),
        [t(col.header, lang) for col in columns],
        [col.width for col in columns],
        len(agg.items),
    )

    def colours(key: str, value: Any) -> dict[str, Any]:
        if key == "at_target_share":
            return {"fill_": score_fill(None if value is None else value * 100, sh.bands)}
        if key == "mean_level":
            return {"fill_": level_fill(None if value is None else round(value), sh.max_level)}
        return {}

    for item, stats in zip(c.items, agg.items, strict=True):
        sh.append(ws, sh.row(ws, columns, (item, stats), colours))


def _gaps(sh: _Sheets, agg: Aggregate) -> None:
    lang, c = sh.lang, agg.checklist
    ws = sh.new("gaps")
    by_id = {item.id: item for item in c.items}
    found = common_gaps(agg)
    columns = CONSOLIDATION_GAPS
    sh.start(
        ws,
        t("cons.gaps_heading", lang),
        t("cons.gaps_legend", lang),
        [t(col.header, lang) for col in columns],
        [col.width for col in columns],
        len(found),
    )
    if not found:
        sh.note(ws, t("agg.no_gaps", lang))
    for rank, stats in enumerate(found, start=1):
        sh.append(ws, sh.row(ws, columns, (rank, by_id[stats.id], stats)))


def _trend(sh: _Sheets, agg: Aggregate, pub: Publication | None) -> None:
    """Mean score per period (every period's winners) with a line chart; then, unless
    anonymised, each unit's score per period."""
    lang = sh.lang
    ws = sh.new("cons.trend")
    periods = agg.periods if pub is None else pub.periods
    unit_periods = sorted({s.period for t in agg.trends for s in t.points}, key=period_sort_key)
    # One column per period: periods are YYYY, -Hn, -Qn or -MM of any year, so a crafted
    # inbox can name more than the 16,384 columns a sheet has. The latest ones are shown.
    earlier = max(0, len(unit_periods) - MAX_TREND_PERIOD_COLUMNS)
    unit_periods = unit_periods[earlier:]
    unit_columns = 3 + len(unit_periods) + 1
    # Columns A-C hold the period table (Period, Submissions, Mean score) and, below it,
    # the units' Country, Agency and Unit.
    widths: list[float] = [12, 14, 12] if pub is not None else [10, 32, 24]
    widths += [10.0] * max(0, unit_columns - 3)
    headers = [t("period", lang), t("agg.submissions", lang), t("agg.mean_score", lang)]
    heading = "cons.trend_heading" if pub is None else "chart_trend"
    header_row = sh.start(
        ws,
        t(heading, lang),
        _subtitle(agg, lang, pub is not None),
        headers,
        widths,
        len(periods),
        filters=False,
    )
    for p in periods:
        label_font = BOLD if p.period == agg.period else None
        sh.append(
            ws,
            [
                sh.cell(ws, p.period, font=label_font),
                p.submissions,
                sh.score(ws, round_half_up(p.mean_score)),
            ],
        )
    if pub is not None and pub.periods_left_out:
        sh.note(ws, t_n("cons.periods_left_out", lang, pub.periods_left_out, k=pub.min_group))
    used = header_row + len(periods) + (1 if pub is not None and pub.periods_left_out else 0)
    if periods:
        chart = LineChart()
        chart.title = t("chart_trend", lang)
        chart.y_axis.title = t("agg.mean_score", lang)
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 100
        chart.add_data(
            Reference(ws, min_col=3, min_row=header_row, max_row=header_row + len(periods)),
            titles_from_data=True,
        )
        chart.set_categories(
            Reference(ws, min_col=1, min_row=header_row + 1, max_row=header_row + len(periods))
        )
        chart.legend = None
        chart.width, chart.height = 18, 7.5
        _show_axes(chart)
        ws.add_chart(chart, f"E{header_row}")
    if pub is not None:
        return
    # The chart stands beside the period table; the units' table starts below both.
    while used < header_row + CHART_ROWS:
        used = sh.blank(ws)
    sh.append(ws, [sh.cell(ws, t("cons.units_heading", lang), font=TITLE_FONT)])
    unit_headers = [
        t("country", lang),
        t("agency", lang),
        t("unit", lang),
        *unit_periods,
        t("cons.change", lang),
    ]
    if earlier:
        sh.note(ws, t_n("cons.earlier_periods", lang, earlier))
    units_header = sh.header(ws, unit_headers)
    if agg.trends:
        from openpyxl.utils import get_column_letter

        ws.auto_filter.ref = (
            f"A{units_header}:{get_column_letter(len(unit_headers))}"
            f"{units_header + len(agg.trends)}"
        )
    else:
        sh.note(ws, t("cons.no_trend", lang))
    for trend in agg.trends:
        scores = {s.period: s.shown_score for s in trend.points}
        change = round_half_up(trend.change)
        colour = None
        if change is not None and change > 0:
            colour = UP
        elif change is not None and change < 0:
            colour = DOWN
        sh.append(
            ws,
            [
                sh.cell(ws, trend.country),
                sh.cell(ws, trend.agency),
                sh.cell(ws, trend.unit),
                *(sh.score(ws, scores[p]) if p in scores else None for p in unit_periods),
                sh.cell(ws, change, fill_=colour, number_format=CHANGE_FORMAT),
            ],
        )


def _rejected(sh: _Sheets, agg: Aggregate) -> None:
    lang = sh.lang
    ws = sh.new("agg.rejected")
    headers = [
        t("cons.file", lang),
        t("cons.severity", lang),
        t("cons.location", lang),
        t("cons.message", lang),
        t("cons.field", lang),
    ]
    widths = [40, 10, 18, 80, 28]
    rows = sum(len(r.problems) for r in agg.rejected)
    sh.start(ws, t("cons.rejected_heading", lang), _subtitle(agg, lang), headers, widths, rows)
    if not agg.rejected:
        sh.note(ws, t("cons.no_rejected", lang))
    for r in agg.rejected:
        for p in r.problems:
            sh.append(
                ws,
                [
                    # Undecodable bytes and control characters shown, not dropped: two
                    # names differing only there stay two names.
                    sh.cell(ws, inert(r.file), alignment=WRAP),
                    sh.cell(
                        ws,
                        t(f"severity.{p.severity}", lang),
                        fill_=DOWN if p.is_error else None,
                        alignment=TOP,
                    ),
                    sh.cell(ws, _location(p, lang) or None, alignment=TOP),
                    sh.cell(ws, p.text(lang), alignment=WRAP),
                    sh.cell(ws, p.path or None, alignment=TOP),
                ],
            )


def _location(p: Problem, lang: str) -> str:
    """Where a problem is, for a reader: a sheet and cell, or a line and column."""
    if p.sheet is not None:
        return f"{p.sheet}!{p.cell}" if p.cell else p.sheet
    if p.line is not None:
        return t("cons.line_column", lang).format(line=p.line, column=p.column or 1)
    return ""
