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
from openpyxl.worksheet.worksheet import Worksheet

from readiness import __version__
from readiness.core.canonical import canonical_assessment, fingerprint
from readiness.core.model import Checklist, text_in
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
    page_footer,
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
    TOP,
    WRAP,
    finish_sheet,
    fit_row_heights,
    header,
    level_fill,
    print_setup,
    put,
    rating_fill,
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

    _summary(summary, result, lang, file_name, audit)
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
    put(ws, row, 1, t("gap.for_the_auditor", lang), font=BOLD)
    put(ws, row, 2, t("gap.auditor_hint", lang), alignment=WRAP)
    values = {
        "auditor_name": audit.auditor if audit else None,
        "auditor_role": audit.role if audit else None,
        "audit_date": audit.date if audit else None,
    }
    for field in AUDITOR_FIELDS:
        row += 1
        put(ws, row, 1, t(f"gap.{field}", lang), font=BOLD, alignment=TOP)
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
    fit_row_heights(ws, row - 3, row)


def _json(data: Any) -> str:
    # ASCII only: the embedded text then needs no care about characters XML or Excel dislike.
    return json.dumps(data, sort_keys=True, ensure_ascii=True, separators=(",", ":"))


def _row_range(sheet: str, row: int, first_col: int, last_col: int) -> str:
    from openpyxl.utils import get_column_letter, quote_sheetname

    return (
        f"{quote_sheetname(sheet)}!${get_column_letter(first_col)}${row}"
        f":${get_column_letter(last_col)}${row}"
    )


def _summary(
    ws: Worksheet,
    result: AssessmentResult,
    lang: str,
    file_name: str,
    audit: AuditRecord | None = None,
) -> None:
    """Headline figures and their arithmetic, the area table and chart, the exceptions, the
    n/a items and the level scale, one under the other; in an audited report, who audited
    first and the declaration's fingerprint last."""
    a = result.assessment
    c = result.checklist
    report = t("gap.report_audited" if audit else "gap.report", lang)
    row = title_block(
        ws,
        f"{report} — {a.agency.name}",
        t(
            "gap.written_by",
            lang,
            checklist=text_in(c.title, lang),
            version=__version__,
            file=file_name,
        ),
    )
    for label, value, style in _audit_fields(audit, lang, _headline(result, lang)):
        put(ws, row, 1, label, font=BOLD, alignment=TOP)
        style.setdefault("alignment", Alignment(horizontal="left", vertical="top"))
        put(ws, row, 2, value, **style)
        row += 1
    row = _area_table(ws, row + 1, result, lang)
    if result.exceptions:
        row = _exceptions(ws, row + 2, result, lang)
    if any(not r.applicable for r in result.items):
        row = _na_items(ws, row + 2, result, lang)
    _level_scale(ws, row + 2, c, lang)
    for col, width in zip("ABCDEF", (30, 48, 12, 12, 10, 8), strict=True):
        ws.column_dimensions[col].width = width
    fit_row_heights(ws)
    print_setup(ws)
    page_footer(ws)


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


def _headline(result: AssessmentResult, lang: str) -> list[tuple[str, Any, dict[str, Any]]]:
    """Label, value and style of each headline figure, down to the score's arithmetic."""
    a = result.assessment
    c = result.checklist
    counts = result.counts
    assessor = ""
    if a.assessor:
        assessor = a.assessor.get("name", "")
        if a.assessor.get("role"):
            assessor += f" ({a.assessor['role']})" if assessor else a.assessor["role"]
    band = c.band_index(result.rating)
    score = round_half_up(result.score)
    shown_sum = round_half_up(weighted_sum(result), 4)
    computation = (
        f"= 100 × {format_number(shown_sum, lang, 4)} / {result.weight_sum}"
        f" = {format_number(score, lang)}"
        if result.weight_sum and shown_sum is not None
        else "—"
    )
    return [
        (t("agency", lang), a.agency.name, {}),
        (t("unit", lang), a.agency.unit or "", {}),
        (t("country", lang), a.agency.country, {}),
        (t("period", lang), a.period, {}),
        (t("assessed_on", lang), a.assessed_on, {"number_format": DATE_FORMAT}),
        (t("assessor", lang), assessor, {}),
        (t("checklist", lang), f"{text_in(c.title, lang)} ({c.id} {c.version})", {}),
        (
            t("score", lang),
            score,
            {
                "number_format": SCORE_FORMAT,
                "fill_": rating_fill(band) if band is not None else None,
                "font": Font(bold=True, size=12),
            },
        ),
        (
            t("rating", lang),
            rating_with_exceptions(result, lang),
            {"fill_": rating_fill(band) if band is not None else None, "font": BOLD},
        ),
        (rating_reason_title(lang), rating_reason(result, lang), {"alignment": WRAP}),
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
    ]


def _area_table(ws: Worksheet, row: int, result: AssessmentResult, lang: str) -> int:
    """The area scores from `row`, and the bar chart drawn from them; returns the last row."""
    c = result.checklist
    area_header = row
    header(
        ws,
        row,
        [
            t("area", lang),
            t("title", lang),
            t("score", lang),
            t("applicable", lang),
            t("items", lang),
            t("gaps", lang),
        ],
    )
    titles = {area.id: text_in(area.title, lang) for area in c.areas}
    bands = c.band_floors
    colours = []
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
            fill_=score_fill(area_score, bands),
        )
        put(ws, row, 4, ar.applicable)
        put(ws, row, 5, ar.items)
        put(ws, row, 6, ar.gaps)
        colours.append(score_fill(area_score, bands).fgColor.rgb)
    area_last = row
    if result.areas:
        ws.auto_filter.ref = f"A{area_header}:F{area_last}"
        _area_chart(ws, area_header, area_last, colours, lang)
    return row


def _exceptions(ws: Worksheet, row: int, result: AssessmentResult, lang: str) -> int:
    """Who approved which exception, until when (expired ones said so); returns the last row."""
    put(ws, row, 1, exceptions_title(lang), font=BOLD)
    for r, line in zip(result.exceptions, exception_lines(result, lang), strict=True):
        row += 1
        put(ws, row, 1, r.id, alignment=TOP)
        put(ws, row, 2, line, alignment=WRAP)
    return row


def _na_items(ws: Worksheet, row: int, result: AssessmentResult, lang: str) -> int:
    """The n/a items with their justifications (part of the arithmetic); returns the last row."""
    put(ws, row, 1, t("not_applicable_items", lang), font=BOLD)
    row += 1
    header(ws, row, [t("item", lang), t("title", lang), t("justification", lang)])
    for r in result.items:
        if r.applicable:
            continue
        row += 1
        put(ws, row, 1, r.id, alignment=TOP)
        put(ws, row, 2, text_in(r.item.title, lang), alignment=WRAP)
        put(ws, row, 3, r.response.justification or "", alignment=WRAP)
    return row


def _level_scale(ws: Worksheet, row: int, c: Checklist, lang: str) -> int:
    """The level scale, so that the numbers in the other sheets mean something."""
    put(ws, row, 1, t("gap.levels", lang), font=BOLD)
    row += 1
    header(ws, row, [t("level", lang), t("gap.description", lang)])
    descriptions = {
        lv.get("value"): lv.get("description")
        for lv in c.raw.get("levels", [])
        if isinstance(lv, dict)
    }
    for lv in c.levels:
        row += 1
        # Value and label in the narrow column, the description in the wide one.
        put(
            ws,
            row,
            1,
            f"{lv.value} {text_in(lv.label, lang)}",
            fill_=level_fill(lv.value, c.max_level),
            alignment=TOP,
        )
        put(ws, row, 2, _text(descriptions.get(lv.value), lang), alignment=WRAP)
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
        value: Any = "n/a" if declared.na else declared.level if declared.answered else None
        ws.cell(row, column_index(GAP_ITEMS, "level")).value = value
    entry = audit.entries.get(item_id)
    if entry is None:
        return
    if entry.level_given:
        shown = "n/a" if entry.level is None else level_entry(c, entry.level, lang)
        put(ws, row, column_index(GAP_ITEMS, "audit_level"), shown, fill_=INPUT_FILL)
    if entry.note:
        put(ws, row, column_index(GAP_ITEMS, "audit_note"), entry.note, fill_=INPUT_FILL)


def _fingerprint(a: Any) -> str:
    return fingerprint(canonical_assessment(a))


def _area_chart(ws: Worksheet, first: int, last: int, colours: list[str], lang: str) -> None:
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
    chart.width = 16
    chart.height = 8
    ws.add_chart(chart, "H4")


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
    )
    page_footer(ws)


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
