"""The gap report workbook that `readiness assess` writes (SPEC §8).

Sheets: *Summary* (headline figures, the arithmetic, the area table with a bar chart, the
n/a items and the level scale), *Gaps* (priority order, with actions, owners and due
dates), *Items* (every item, plus two columns for the auditor: audit level with a drop-down
list, and audit note), and the hidden `readiness` sheet with the canonical assessment and
the checklist it was scored with, as JSON, with their fingerprints, so that any readiness
re-reads and re-scores the workbook exactly (workbook_input.py).

Every figure comes from scoring.py; this module only lays them out. Scores are written as
rounded numbers, never as formulas, so that whatever reads the file gets the values.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from readiness import __version__
from readiness.core.canonical import canonical_assessment, fingerprint
from readiness.core.model import text_in
from readiness.core.scoring import AssessmentResult, ItemResult, round_half_up
from readiness.i18n import format_number, t
from readiness.reports.assessment_report import weighted_sum
from readiness.reports.rating_text import (
    exception_lines,
    exceptions_title,
    rating_reason,
    rating_reason_title,
    rating_with_exceptions,
)
from readiness.workbooks.layout import (
    AUDITOR_FIELDS,
    FORMAT_VERSION,
    GAP_GAPS,
    GAP_ITEMS,
    GAP_TOP,
    GAPS_PRINTED,
    KIND_GAP_REPORT,
    META_ASSESSMENT_FINGERPRINT,
    META_ASSESSMENT_JSON,
    META_AUDIT_RECORD,
    META_CHECKLIST_FINGERPRINT,
    META_CHECKLIST_ID,
    META_CHECKLIST_JSON,
    META_CHECKLIST_VERSION,
    META_DECLARED_FINGERPRINT,
    META_DECLARED_JSON,
    META_FORMAT,
    META_KIND,
    META_LANG,
    META_LEVEL_CHOICES,
    META_SHEET,
    META_VERSION,
    NAME_SUMMARY,
    assessment_time,
    auditor_name,
    column_index,
    define_name,
    drop_down,
    finish_table,
    items_name,
    json_chunks,
    level_choices,
    level_entry,
    na_entry,
    save_workbook,
    table_header,
    table_row,
    write_meta,
)
from readiness.workbooks.style import (
    BOLD,
    BOX,
    DATE_FORMAT,
    INPUT_FILL,
    MARKING_COLOUR,
    SUBTITLE_FONT,
    TITLE_FONT,
    TOP,
    WRAP,
    PageFrame,
    finish_sheet,
    finish_workbook,
    fit_row_heights,
    header,
    keep_together,
    level_fill,
    print_layout,
    put,
    rating_fill,
    rows_points,
    score_fill,
    set_properties,
    sheet_title,
    title_block,
)

if TYPE_CHECKING:
    from readiness.core.comparison import AuditRecord
    from readiness.core.loaded import LoadedAssessment

SCORE_FORMAT = "0.0"
OVERDUE_FONT = Font(bold=True, color="C00000")


def write_gap_report(
    path: Path,
    result: AssessmentResult,
    loaded: LoadedAssessment,
    lang: str,
    *,
    audit: AuditRecord | None = None,
    marking: str = "",
) -> None:
    """The gap report of `result`; with `audit`, the audited gap report (SPEC §14): the
    result is the audited one, the unit's declaration and the auditor are embedded too."""
    a = result.assessment
    c = result.checklist
    file_name = Path(loaded.file).name
    wb = Workbook()
    summary = wb.active
    assert summary is not None
    summary.title = sheet_title(t("summary", lang))
    gaps = wb.create_sheet(sheet_title(t("gaps", lang)))
    items = wb.create_sheet(sheet_title(t("items", lang)))

    canonical = canonical_assessment(a)
    choices = level_choices(c, lang)
    meta_rows = write_meta(
        wb,
        [
            (META_KIND, [KIND_GAP_REPORT]),
            (META_FORMAT, [FORMAT_VERSION]),
            (META_VERSION, [__version__]),
            (META_LANG, [lang]),
            (META_CHECKLIST_ID, [c.id]),
            (META_CHECKLIST_VERSION, [c.version]),
            (META_LEVEL_CHOICES, choices),
            (META_ASSESSMENT_FINGERPRINT, [fingerprint(canonical)]),
            (META_CHECKLIST_FINGERPRINT, [fingerprint(c.raw)]),
            (META_ASSESSMENT_JSON, json_chunks(_json(canonical))),
            (META_CHECKLIST_JSON, json_chunks(_json(c.raw))),
            *_audit_meta(audit),
        ],
    )
    choices_ref = _row_range(META_SHEET, meta_rows[META_LEVEL_CHOICES], 2, 1 + len(choices))

    _summary(summary, result, lang, file_name, audit, marking)
    define_name(wb, NAME_SUMMARY, summary.title, 1, 1)
    _auditor_cells(wb, summary, lang, audit)
    _gaps(wb, gaps, result, lang)
    _items(wb, items, result, lang, choices_ref, audit)

    agency = a.agency.name + (f" — {a.agency.unit}" if a.agency.unit else "")
    set_properties(
        wb,
        title=f"{t('gap.report', lang)} — {agency} — {a.period}",
        subject=text_in(c.title, lang),
        keywords=f"readiness; {c.id} {c.version}; {a.agency.country}; {a.period}",
        description=(
            f"{t('score', lang)} {format_number(result.score, lang)}; "
            f"{t('rating', lang)} {c.rating_label(result.rating, lang)}"
        ),
        when=assessment_time(a.assessed_on),
    )
    finish_workbook(wb, PageFrame(lang=lang, agency=agency, period=a.period, marking=marking))
    save_workbook(wb, path, assessment_time(a.assessed_on))


def _audit_meta(audit: AuditRecord | None) -> list[tuple[str, list[Any]]]:
    if audit is None:
        return []
    declared = canonical_assessment(audit.declared)
    return [
        (META_AUDIT_RECORD, [_json(audit.as_data())]),
        (META_DECLARED_FINGERPRINT, [fingerprint(declared)]),
        (META_DECLARED_JSON, json_chunks(_json(declared))),
    ]


def _auditor_cells(wb: Workbook, ws: Worksheet, lang: str, audit: AuditRecord | None) -> None:
    """Cells for the auditor under everything else on the Summary: name, role, date.

    Blank in a unit's gap report (the auditor fills them in before `assess --audited`);
    filled in an audited one."""
    row = ws.max_row + 2
    put(ws, row, 1, t("gap.for_the_auditor", lang), font=BOLD, alignment=WRAP)
    put(ws, row, 2, t("gap.auditor_hint", lang), alignment=WRAP)
    _merge(ws, row, 2)  # the hint in the page's width, not squeezed into one column
    values = {
        "auditor_name": audit.auditor if audit else None,
        "auditor_role": audit.role if audit else None,
        "audit_date": audit.date if audit else None,
    }
    for field in AUDITOR_FIELDS:
        row += 1
        # Wrapped in its column: "Cargo del auditor o la auditora" ran over its input box.
        put(ws, row, 1, t(f"gap.{field}", lang), font=BOLD, alignment=WRAP)
        cell = put(
            ws,
            row,
            2,
            values[field],
            fill_=INPUT_FILL,
            number_format=DATE_FORMAT if field == "audit_date" else "@",
            alignment=Alignment(horizontal="left", vertical="top"),
        )
        cell.border = BOX
        define_name(wb, auditor_name(field), ws.title, 2, row)
    first = row - len(AUDITOR_FIELDS)
    fit_row_heights(ws, first, row)
    # The auditor's block on one page (wrapped, its labels made the details run over).
    keep_together(ws, first, rows_points(ws, first, row))


def _json(data: Any) -> str:
    # ASCII only: the embedded text then needs no care about characters XML or Excel dislike.
    return json.dumps(data, sort_keys=True, ensure_ascii=True, separators=(",", ":"))


def _row_range(sheet: str, row: int, first_col: int, last_col: int) -> str:
    from openpyxl.utils import get_column_letter, quote_sheetname

    return (
        f"{quote_sheetname(sheet)}!${get_column_letter(first_col)}${row}"
        f":${get_column_letter(last_col)}${row}"
    )


# The Summary's columns, printed on one portrait page: labels and item ids, values and
# titles, actions (and the chart beside the headline), owners, due dates.
SUMMARY_WIDTHS = (14, 28, 34, 14, 11)
SUMMARY_COLUMNS = len(SUMMARY_WIDTHS)
MARKING_FONT = Font(bold=True, size=14, color=MARKING_COLOUR)
TOP_GAPS = 5
CHART_WIDTH_CM = 12
CHART_HEIGHT_CM = 7
POINTS_PER_CM = 72 / 2.54


def _summary(
    ws: Worksheet,
    result: AssessmentResult,
    lang: str,
    file_name: str,
    audit: AuditRecord | None = None,
    marking: str = "",
) -> None:
    """The commander's page, then the details an analyst or auditor checks.

    Page 1: marking, agency, unit, period, score, rating and its reason, the area chart, the
    five highest-priority gaps with action, owner and due date, and the exceptions. After a
    page break: checklist, counts, arithmetic, fingerprint, the area table the chart is drawn
    from, the n/a items with their justification, and the level scale. In an audited report,
    who audited comes first and the declaration's fingerprint last in the details."""
    a = result.assessment
    c = result.checklist
    for col, width in enumerate(SUMMARY_WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    row = 1
    if marking:
        put(ws, row, 1, marking, font=MARKING_FONT, alignment=Alignment(horizontal="center"))
        _merge(ws, row, 1)
        row += 1
    report = t("gap.report_audited" if audit else "gap.report", lang)
    put(ws, row, 1, f"{report} — {a.agency.name}", font=TITLE_FONT, alignment=WRAP)
    _merge(ws, row, 1)
    row += 1
    put(
        ws,
        row,
        1,
        t(
            "gap.written_by",
            lang,
            checklist=text_in(c.title, lang),
            version=__version__,
            file=file_name,
        ),
        font=SUBTITLE_FONT,
        alignment=WRAP,
    )
    _merge(ws, row, 1)
    row += 2

    band = c.band_index(result.rating)
    rated = rating_fill(band) if band is not None else None
    headline: list[tuple[str, Any, dict[str, Any]]] = [
        (t("agency", lang), a.agency.name, {}),
        (t("unit", lang), a.agency.unit or "", {}),
        (t("country", lang), a.agency.country, {}),
        (t("period", lang), a.period, {}),
        (t("assessed_on", lang), a.assessed_on, {"number_format": DATE_FORMAT}),
        (
            t("score", lang),
            round_half_up(result.score),
            {"number_format": SCORE_FORMAT, "fill_": rated, "font": Font(bold=True, size=12)},
        ),
        (t("rating", lang), rating_with_exceptions(result, lang), {"fill_": rated, "font": BOLD}),
        (rating_reason_title(lang), rating_reason(result, lang), {}),
    ]
    audited = _audit_fields(audit, lang, [])
    chart_row = row
    row = _fields(ws, row, audited[:-1] + headline)
    # The chart sits beside the headline; what follows starts below whichever is longer.
    chart_bottom = _row_after_height(ws, chart_row, CHART_HEIGHT_CM * POINTS_PER_CM)
    row = max(row, chart_bottom) + 1

    row = _top_gaps(ws, row, result, lang)
    if result.exceptions:
        row += 1
        put(ws, row, 1, exceptions_title(lang), font=BOLD)
        for r, line in zip(result.exceptions, exception_lines(result, lang), strict=True):
            row += 1
            put(ws, row, 1, r.id, alignment=TOP)
            put(ws, row, 2, line, alignment=WRAP)
            _merge(ws, row, 2)

    # The details begin on the second printed page.
    row += 2
    ws.row_breaks.append(Break(id=row - 1))
    row = _details(ws, row, result, lang, audited[-1:])

    area_header = row + 1
    area_last = _area_table(ws, area_header, result, lang)
    if result.areas:
        ws.auto_filter.ref = f"A{area_header}:{get_column_letter(SUMMARY_COLUMNS)}{area_last}"
        colours = [
            score_fill(round_half_up(ar.score), c.band_floors).fgColor.rgb for ar in result.areas
        ]
        _area_chart(ws, area_header, area_last, colours, lang, f"C{chart_row}")
    row = area_last

    # The n/a items with their justifications: part of the arithmetic.
    na = [r for r in result.items if not r.applicable]
    if na:
        row += 2
        put(ws, row, 1, t("not_applicable_items", lang), font=BOLD)
        row += 1
        header(ws, row, [t("item", lang), t("title", lang), t("justification", lang)])
        _merge(ws, row, 3)
        for r in na:
            row += 1
            put(ws, row, 1, r.id, alignment=TOP)
            put(ws, row, 2, text_in(r.item.title, lang), alignment=WRAP)
            put(ws, row, 3, r.response.justification or "", alignment=WRAP)
            _merge(ws, row, 3)

    # The level scale, so that numbers in the other sheets mean something.
    row += 2
    put(ws, row, 1, t("gap.levels", lang), font=BOLD)
    row += 1
    header(ws, row, [t("level", lang), t("gap.description", lang)])
    _merge(ws, row, 2)
    descriptions = {
        lv.get("value"): lv.get("description")
        for lv in c.raw.get("levels", [])
        if isinstance(lv, dict)
    }
    for lv in c.levels:
        row += 1
        put(
            ws,
            row,
            1,
            f"{lv.value} {text_in(lv.label, lang)}",
            fill_=level_fill(lv.value, c.max_level),
            alignment=WRAP,
        )
        put(ws, row, 2, _text(descriptions.get(lv.value), lang), alignment=WRAP)
        _merge(ws, row, 2)

    fit_row_heights(ws)
    print_layout(ws, SUMMARY_WIDTHS, orientation="portrait")


def _merge(ws: Worksheet, row: int, first: int) -> None:
    """A cell spread to the Summary's last column (wrapped in the total width)."""
    ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=SUMMARY_COLUMNS)


def _fields(ws: Worksheet, row: int, fields: list[tuple[str, Any, dict[str, Any]]]) -> int:
    """Label in column A, value in B; returns the next free row."""
    for label, value, style in fields:
        put(ws, row, 1, label, font=BOLD, alignment=WRAP)
        style = {k: v for k, v in style.items() if v is not None}
        style.setdefault("alignment", Alignment(horizontal="left", vertical="top", wrap_text=True))
        put(ws, row, 2, value, **style)
        row += 1
    return row


def _row_after_height(ws: Worksheet, first: int, points: float) -> int:
    """The first row below `points` of height starting at row `first` (rows already sized)."""
    from readiness.workbooks.style import LINE_HEIGHT

    fit_row_heights(ws, first, ws.max_row)
    row, used = first, 0.0
    while used < points:
        used += ws.row_dimensions[row].height or LINE_HEIGHT
        row += 1
    return row


def _audit_fields(
    audit: AuditRecord | None,
    lang: str,
    fields: list[tuple[str, Any, dict[str, Any]]],
) -> list[tuple[str, Any, dict[str, Any]]]:
    """The headline of an audited report: who audited and how, then the figures, then the
    fingerprint of the unit's own declaration."""
    if audit is None:
        return fields
    role = f" ({audit.role})" if audit.role else ""
    return [
        (
            t("gap.audited_by", lang),
            f"{audit.auditor}{role}, {audit.date.isoformat()}",
            {"font": BOLD},
        ),
        (t("gap.audited_result", lang), t("gap.audited_rule", lang), {"alignment": WRAP}),
        *fields,
        (t("gap.declared_fingerprint", lang), _fingerprint(audit.declared), {}),
    ]


def _top_gaps(ws: Worksheet, row: int, result: AssessmentResult, lang: str) -> int:
    """The five highest-priority gaps with their action, owner and due date (the Gaps
    sheet's columns, layout.GAP_TOP)."""
    put(ws, row, 1, t("top_gaps", lang), font=BOLD)
    row += 1
    if not result.gaps:
        put(ws, row, 1, t("no_gaps", lang))
        return row + 1
    table_header(ws.parent, ws, row, GAP_TOP, lang)
    extra = _dynamic_styles(result.checklist.max_level)
    for rank, r in enumerate(result.gaps[:TOP_GAPS], start=1):
        row += 1
        table_row(ws, row, GAP_TOP, (rank, r), lang, lambda key, g: extra(key, g[1]))
    more = len(result.gaps) - TOP_GAPS
    if more > 0:
        row += 1
        put(
            ws,
            row,
            1,
            t("gap.more_gaps_sheet", lang, n=more, sheet=t("gaps", lang)),
            font=SUBTITLE_FONT,
        )
        _merge(ws, row, 1)
    return row + 1


def _details(
    ws: Worksheet,
    row: int,
    result: AssessmentResult,
    lang: str,
    more: list[tuple[str, Any, dict[str, Any]]],
) -> int:
    """Checklist, counts, the arithmetic and the fingerprint (and `more`); returns the last
    row."""
    a = result.assessment
    c = result.checklist
    counts = result.counts
    put(ws, row, 1, t("gap.details", lang), font=TITLE_FONT)
    row += 1
    assessor = ""
    if a.assessor:
        assessor = a.assessor.get("name", "")
        if a.assessor.get("role"):
            assessor += f" ({a.assessor['role']})" if assessor else a.assessor["role"]
    score = round_half_up(result.score)
    shown_sum = round_half_up(weighted_sum(result), 4)
    computation = (
        f"= 100 × {format_number(shown_sum, lang, 4)} / {result.weight_sum}"
        f" = {format_number(score, lang)}"
        if result.weight_sum and shown_sum is not None
        else "—"
    )
    details: list[tuple[str, Any, dict[str, Any]]] = [
        (t("checklist", lang), f"{text_in(c.title, lang)} ({c.id} {c.version})", {}),
        (t("assessor", lang), assessor, {}),
        (
            t("maturity", lang),
            round_half_up(result.maturity, 2),
            {"number_format": f'0.00" / {c.max_level}"'},
        ),
        (t("items", lang), counts["items"], {}),
        (t("applicable", lang), counts["applicable"], {}),
        (t("na", lang), counts["na"], {}),
        (t("gaps", lang), counts["gaps"], {}),
        (t("critical_gaps", lang), counts["critical_gaps"], {}),
        (t("unevidenced", lang), counts["unevidenced"], {}),
        (t("weight_sum", lang), result.weight_sum, {}),
        (t("gap.weighted_scores", lang), shown_sum, {"number_format": "0.0000"}),
        (t("arithmetic", lang), t("formula", lang), {}),
        (t("gap.computation", lang), computation, {}),
        (t("gap.fingerprint", lang), _fingerprint(a), {}),
        *more,
    ]
    last = _fields(ws, row, details)
    for r in range(row, last):
        _merge(ws, r, 2)
    return last


def _area_table(ws: Worksheet, row: int, result: AssessmentResult, lang: str) -> int:
    """The area scores the chart is drawn from; returns the last row."""
    c = result.checklist
    header(
        ws,
        row,
        [
            t("area", lang),
            t("title", lang),
            t("score", lang),
            t("applicable", lang),
            t("gaps", lang),
        ],
    )
    titles = {area.id: text_in(area.title, lang) for area in c.areas}
    for ar in result.areas:
        row += 1
        area_score = round_half_up(ar.score)
        put(ws, row, 1, ar.id, alignment=TOP)
        put(ws, row, 2, titles[ar.id], alignment=WRAP)
        put(
            ws,
            row,
            3,
            area_score,
            number_format=SCORE_FORMAT,
            fill_=score_fill(area_score, c.band_floors),
        )
        put(ws, row, 4, ar.applicable)
        put(ws, row, 5, ar.gaps)
    return row


def _text(value: Any, lang: str) -> str:
    if isinstance(value, dict):
        return text_in({str(k): str(v) for k, v in value.items()}, lang)
    return "" if value is None else str(value)


def _audited_row(
    ws: Worksheet, row: int, item_id: str, audit: AuditRecord, c: Any, lang: str
) -> None:
    """In an audited report: the unit's declared level, and the audit as it was filled in
    (so that the auditor can correct it and run `assess --audited` again)."""
    declared = audit.declared.responses.get(item_id)
    if declared is not None:
        value: Any = (
            na_entry(lang) if declared.na else declared.level if declared.answered else None
        )
        ws.cell(row, column_index(GAP_ITEMS, "level")).value = value
    entry = audit.entries.get(item_id)
    if entry is None:
        return
    if entry.level_given:
        shown = na_entry(lang) if entry.level is None else level_entry(c, entry.level, lang)
        put(ws, row, column_index(GAP_ITEMS, "audit_level"), shown, fill_=INPUT_FILL)
    if entry.note:
        put(ws, row, column_index(GAP_ITEMS, "audit_note"), entry.note, fill_=INPUT_FILL)


def _fingerprint(a: Any) -> str:
    return fingerprint(canonical_assessment(a))


def _area_chart(
    ws: Worksheet, first: int, last: int, colours: list[str], lang: str, anchor: str
) -> None:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.chart.label import DataLabelList
    from openpyxl.chart.marker import DataPoint

    chart = BarChart()
    chart.type = "col"
    chart.title = t("gap.chart_title", lang)
    chart.legend = None
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 100
    chart.y_axis.majorUnit = 20
    chart.y_axis.title = t("score", lang)
    # openpyxl 3.1 marks axes as deleted unless told otherwise.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    data = Reference(ws, min_col=3, min_row=first, max_row=last)
    cats = Reference(ws, min_col=1, min_row=first + 1, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    series = chart.series[0]
    for i, colour in enumerate(colours):
        point = DataPoint(idx=i)
        point.graphicalProperties.solidFill = str(colour)[-6:]
        point.graphicalProperties.line.solidFill = "7F7F7F"
        series.dPt.append(point)
    chart.dataLabels = DataLabelList()
    chart.dataLabels.showVal = True
    # Only the value: LibreOffice otherwise also prints the series and category names.
    chart.dataLabels.showSerName = False
    chart.dataLabels.showCatName = False
    chart.dataLabels.showLegendKey = False
    chart.width = CHART_WIDTH_CM
    chart.height = CHART_HEIGHT_CM
    ws.add_chart(chart, anchor)


def _dynamic_styles(max_level: int) -> Callable[[str, ItemResult], dict[str, Any]]:
    """The styles that depend on a row's values: levels coloured, critical items and
    overdue dates in bold."""

    def extra(key: str, r: ItemResult) -> dict[str, Any]:
        if key == "item":
            return {"font": BOLD if r.item.critical else None}
        if key == "level":
            return {"fill_": level_fill(r.declared_level, max_level)}
        if key == "effective_level":
            return {"fill_": level_fill(r.effective_level, max_level)}
        if key == "due":
            return {"font": OVERDUE_FONT if "overdue" in r.flags else None}
        return {}

    return extra


def _gaps(wb: Workbook, ws: Worksheet, result: AssessmentResult, lang: str) -> None:
    a = result.assessment
    c = result.checklist
    row = title_block(
        ws,
        f"{t('gap.gaps_title', lang)} — {a.agency.name} — {a.period}",
        t("gap.gaps_note", lang),
    )
    header_row = row
    table_header(wb, ws, row, GAP_GAPS, lang)
    if not result.gaps:
        row += 1
        put(ws, row, 1, t("no_gaps", lang), font=BOLD)
    extra = _dynamic_styles(c.max_level)
    for rank, r in enumerate(result.gaps, start=1):
        row += 1
        table_row(ws, row, GAP_GAPS, (rank, r), lang, lambda key, g: extra(key, g[1]))
    finish_sheet(
        ws,
        header_row=header_row,
        columns=len(GAP_GAPS),
        last_row=row,
        widths=[c.width for c in GAP_GAPS],
        print_columns=GAPS_PRINTED,
    )


def _items(
    wb: Workbook,
    ws: Worksheet,
    result: AssessmentResult,
    lang: str,
    choices_ref: str,
    audit: AuditRecord | None = None,
) -> None:
    a = result.assessment
    c = result.checklist
    row = title_block(
        ws,
        f"{t('gap.items_title', lang)} — {a.agency.name} — {a.period}",
        t("gap.items_note", lang),
    )
    header_row = row
    table_header(wb, ws, row, GAP_ITEMS, lang, items_name)
    extra = _dynamic_styles(c.max_level)
    for r in result.items:
        row += 1
        table_row(ws, row, GAP_ITEMS, r, lang, extra)
        if audit is not None:
            _audited_row(ws, row, r.id, audit, c, lang)
    drop_down(
        ws,
        GAP_ITEMS,
        "audit_level",
        (header_row + 1, max(row, header_row + 1)),
        choices_ref,
        t("gap.audit_level", lang),
        t("gap.audit_prompt", lang),
    )
    finish_table(ws, GAP_ITEMS, header_row, row)
