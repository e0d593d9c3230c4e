"""The comparison workbook (`compare -o`, SPEC §8): Summary, Areas, Items.

Summary: both sides' headline figures and how many items changed in each way. Areas: the
area scores and their deltas. Items: every item of either side with both declared levels,
the delta and the change (and, for an audited gap report, the audit note), coloured green
when a level went up and red when it went down. Figures come from comparison.py; nothing is
computed here beyond rounding for display. `save_comparison_workbook` writes atomically
and never over an input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import PatternFill
from openpyxl.worksheet.worksheet import Worksheet

from readiness import __version__
from readiness.core.comparison import (
    BECAME_NA,
    DOWN,
    MODE_AUDIT,
    NO_LONGER_NA,
    UP,
    Comparison,
    ItemChange,
    Side,
)
from readiness.core.model import text_in
from readiness.core.scoring import round_half_up
from readiness.i18n import t
from readiness.output_files import check_output_path, write_atomic
from readiness.reports.render_compare import (
    change_name,
    counts_line,
    notes,
    rating_reason_text,
    rating_text,
    side_labels,
    side_qualifiers,
    title_line,
)
from readiness.reports.terminal_text import inert
from readiness.workbooks.layout import (
    COMPARISON_AUDIT_ITEMS,
    COMPARISON_ITEMS,
    KEYWORD_COMPARISON,
    Column,
    save_workbook,
    table_header,
    table_row,
)
from readiness.workbooks.style import (
    BOLD,
    BOX,
    DOWN_COLOUR,
    NA_COLOUR,
    TOP,
    UP_COLOUR,
    WRAP,
    PageFrame,
    fill,
    finish_sheet,
    finish_workbook,
    header,
    label_width,
    level_fill,
    put,
    rating_fill,
    score_fill,
    set_properties,
    sheet_title,
    title_block,
)

SCORE_FORMAT = "0.0"
DELTA_FORMAT = "+0.0;-0.0;0.0"
LEVEL_DELTA_FORMAT = "+0;-0;0"
MATURITY_FORMAT = "0.00"
MATURITY_DELTA_FORMAT = "+0.00;-0.00;0.00"


def _put(ws: Worksheet, row: int, col: int, value: Any, **style: Any) -> Any:
    cell = put(ws, row, col, value, **style)
    cell.border = BOX
    if "alignment" not in style:
        cell.alignment = TOP
    return cell


def _change_fill(change: str | None = None, delta: Any = None) -> PatternFill | None:
    if change == UP or (change is None and delta is not None and delta > 0):
        return fill(UP_COLOUR)
    if change == DOWN or (change is None and delta is not None and delta < 0):
        return fill(DOWN_COLOUR)
    if change in (BECAME_NA, NO_LONGER_NA):
        return fill(NA_COLOUR)
    return None


def save_comparison_workbook(
    out: Path,
    comparison: Comparison,
    inputs: Iterable[str | Path],
    lang: str = "en",
    *,
    marking: str = "",
) -> None:
    """Write the workbook to `out` atomically, refusing to write over an input.

    Raises output_files.OutputError with a message for the user.
    """
    check_output_path(out, inputs)
    write_atomic(out, lambda tmp: write_comparison_workbook(tmp, comparison, lang, marking=marking))


def write_comparison_workbook(
    path: Path, comparison: Comparison, lang: str = "en", *, marking: str = ""
) -> None:
    """Write the comparison workbook to `path` (a temporary file under write_atomic)."""
    wb = Workbook()
    b, o = comparison.base, comparison.other
    latest = max(b.assessment.assessed_on, o.assessment.assessed_on)
    # Fixed from the data, so comparing the same inputs twice gives the same bytes.
    when = dt.datetime.combine(latest, dt.time())
    set_properties(
        wb,
        title=title_line(comparison, lang),
        subject=f"{text_in(o.checklist.title, lang)} ({o.checklist.id})",
        keywords=f"{KEYWORD_COMPARISON}, {o.checklist.id}",
        description=counts_line(comparison, lang),
        when=when,
    )
    ws = wb.active
    assert ws is not None
    _summary(ws, comparison, lang)
    _areas(wb.create_sheet(), comparison, lang)
    _items(wb, wb.create_sheet(), comparison, lang)
    finish_workbook(wb, _frame(comparison, lang, marking))
    save_workbook(wb, path, when)


def _frame(comparison: Comparison, lang: str, marking: str) -> PageFrame:
    """The footer names the agency (both, when two are compared) and both periods."""
    b, o = comparison.base.assessment, comparison.other.assessment
    agencies = [b.agency.name] if b.agency.name == o.agency.name else [b.agency.name, o.agency.name]
    periods = b.period if b.period == o.period else f"{b.period} → {o.period}"
    return PageFrame(lang=lang, agency=" / ".join(agencies), period=periods, marking=marking)


def _subtitle(comparison: Comparison, lang: str) -> str:
    b, o = comparison.base.checklist, comparison.other.checklist
    versions = b.version if b.version == o.version else f"{b.version} / {o.version}"
    return f"{text_in(o.title, lang)} — {o.id} {versions} — readiness {__version__}"


def _side_cells(ws: Worksheet, row: int, values: tuple[Any, Any], **style: Any) -> None:
    for col, value in ((2, values[0]), (3, values[1])):
        _put(ws, row, col, value, **style)


def _summary(ws: Worksheet, comparison: Comparison, lang: str) -> None:
    ws.title = sheet_title(t("summary", lang))
    b, o = comparison.base, comparison.other
    row = title_block(ws, title_line(comparison, lang), _subtitle(comparison, lang))
    header_row = row
    base_label, other_label = side_labels(comparison, lang)
    header(
        ws,
        row,
        [t("cmpwb.figure", lang), inert(base_label), inert(other_label), t("cmp.delta", lang)],
    )
    row += 1

    def text_row(name: str, base: Any, other: Any) -> None:
        nonlocal row
        _put(ws, row, 1, name, font=BOLD)
        _side_cells(ws, row, (base, other), alignment=WRAP)  # a long agency name wraps
        _put(ws, row, 4, None)
        row += 1

    def side_attr(side: Side, attr: str) -> Any:
        return getattr(side.assessment.agency, attr) or ""

    text_row(t("agency", lang), side_attr(b, "name"), side_attr(o, "name"))
    text_row(t("unit", lang), side_attr(b, "unit"), side_attr(o, "unit"))
    text_row(t("country", lang), side_attr(b, "country"), side_attr(o, "country"))
    text_row(t("period", lang), b.assessment.period, o.assessment.period)
    text_row(
        t("assessed_on", lang),
        b.assessment.assessed_on.isoformat(),
        o.assessment.assessed_on.isoformat(),
    )
    text_row(
        t("cmp.checklist_version", lang),
        f"{b.checklist.id} {b.checklist.version}",
        f"{o.checklist.id} {o.checklist.version}",
    )

    # Score, coloured by each side's rating bands.
    _put(ws, row, 1, t("score", lang), font=BOLD)
    for col, side in ((2, b), (3, o)):
        value = round_half_up(side.result.score)
        _put(
            ws,
            row,
            col,
            value,
            number_format=SCORE_FORMAT,
            fill_=score_fill(value, side.checklist.band_floors),
        )
    delta = round_half_up(comparison.score_delta)
    _put(ws, row, 4, delta, number_format=DELTA_FORMAT, fill_=_change_fill(delta=delta))
    row += 1

    _put(ws, row, 1, t("rating", lang), font=BOLD)
    for col, side in ((2, b), (3, o)):
        index = side.checklist.band_index(side.result.rating)
        name = rating_text(side, lang)
        _put(ws, row, col, name, fill_=rating_fill(index) if index is not None else None)
    _put(ws, row, 4, None)
    row += 1

    # Why a rating sits below the band of its score (SPEC §14).
    reasons = (rating_reason_text(b, lang), rating_reason_text(o, lang))
    if any(reasons):
        _put(ws, row, 1, t("rating_capped_by", lang), font=BOLD)
        _side_cells(ws, row, reasons, alignment=WRAP)
        _put(ws, row, 4, None)
        row += 1

    _put(ws, row, 1, t("maturity", lang), font=BOLD)
    _side_cells(
        ws,
        row,
        (round_half_up(b.result.maturity, 2), round_half_up(o.result.maturity, 2)),
        number_format=MATURITY_FORMAT,
    )
    delta = round_half_up(comparison.maturity_delta, 2)
    _put(ws, row, 4, delta, number_format=MATURITY_DELTA_FORMAT, fill_=_change_fill(delta=delta))
    row += 1

    for key, name in (
        ("items", t("items", lang)),
        ("applicable", t("cmp.applicable_items", lang)),
        ("na", t("not_applicable_items", lang)),
        ("gaps", t("gaps", lang)),
        ("critical_gaps", t("critical_gaps", lang)),
    ):
        _put(ws, row, 1, name, font=BOLD)
        base_n, other_n = b.result.counts[key], o.result.counts[key]
        _side_cells(ws, row, (base_n, other_n))
        # Fewer gaps is better: colour the gap rows the other way round.
        better = -(other_n - base_n) if "gaps" in key else None
        _put(
            ws,
            row,
            4,
            other_n - base_n,
            number_format=LEVEL_DELTA_FORMAT,
            fill_=_change_fill(delta=better) if better is not None else None,
        )
        row += 1
    last_row = row - 1

    row += 1
    _put(ws, row, 1, t("changes", lang), font=BOLD)
    _put(ws, row, 2, t("items", lang), font=BOLD)
    row += 1
    for change, n in comparison.counts.items():
        _put(ws, row, 1, change_name(change, lang), fill_=_change_fill(change) if n else None)
        _put(ws, row, 2, n)
        row += 1

    extra = notes(comparison, lang)
    if extra:
        row += 1
        _put(ws, row, 1, t("notes", lang), font=BOLD)
        for note in extra:
            row += 1
            put(ws, row, 1, note)
    labels = [ws.cell(r, 1).value for r in range(header_row + 1, last_row + 1)]
    labels += [change_name(change, lang) for change in comparison.counts]
    finish_sheet(
        ws,
        header_row=header_row,
        columns=4,
        last_row=last_row,
        widths=[min(40, label_width(labels, least=26)), 34, 34, 10],
        filters=False,
    )


def _areas(ws: Worksheet, comparison: Comparison, lang: str) -> None:
    ws.title = sheet_title(t("areas", lang))
    base_q, other_q = side_qualifiers(comparison, lang)
    row = title_block(ws, t("cmpwb.area_scores", lang), title_line(comparison, lang))
    header_row = row
    header(
        ws,
        row,
        [
            t("area", lang),
            t("title", lang),
            f"{t('score', lang)} ({base_q})",
            f"{t('score', lang)} ({other_q})",
            t("cmp.delta", lang),
        ],
    )
    b_bands, o_bands = comparison.base.checklist.band_floors, comparison.other.checklist.band_floors
    for area in comparison.areas:
        row += 1
        base = round_half_up(area.base)
        other = round_half_up(area.other)
        delta = round_half_up(area.delta)
        _put(ws, row, 1, area.id, font=BOLD)
        _put(ws, row, 2, text_in(area.title, lang), alignment=WRAP)
        _put(ws, row, 3, base, number_format=SCORE_FORMAT, fill_=score_fill(base, b_bands))
        _put(ws, row, 4, other, number_format=SCORE_FORMAT, fill_=score_fill(other, o_bands))
        _put(ws, row, 5, delta, number_format=DELTA_FORMAT, fill_=_change_fill(delta=delta))
    finish_sheet(ws, header_row=header_row, columns=5, last_row=row, widths=[10, 60, 16, 16, 10])


def item_columns(comparison: Comparison) -> tuple[Column, ...]:
    """The Items sheet's columns: the audit's two more in audit mode."""
    if comparison.mode == MODE_AUDIT:
        return COMPARISON_ITEMS + COMPARISON_AUDIT_ITEMS
    return COMPARISON_ITEMS


def _header_label(comparison: Comparison) -> Callable[[str, str], str]:
    """Header labels; "key@base" and "key@other" name that side, e.g. "Level (2026-Q1)"."""

    def label(key: str, lang: str) -> str:
        name, _, side = key.partition("@")
        text = t(name, lang)
        if not side:
            return text
        qualifiers = side_qualifiers(comparison, lang)
        return f"{text} ({qualifiers[0] if side == 'base' else qualifiers[1]})"

    return label


def item_headers(comparison: Comparison, lang: str) -> list[str]:
    """The Items sheet's header row (unique, non-empty: Excel's filter needs both)."""
    label = _header_label(comparison)
    return [label(c.header, lang) for c in item_columns(comparison)]


def _item_styles(comparison: Comparison) -> Callable[[str, ItemChange], dict[str, Any]]:
    """Levels coloured by each side's scale; delta and change by the direction."""
    bc, oc = comparison.base.checklist, comparison.other.checklist
    sides = {
        "base_level": (bc, lambda c: c.base is not None, lambda c: c.base_level),
        "other_level": (oc, lambda c: c.other is not None, lambda c: c.other_level),
        "base_effective": (bc, lambda c: c.base is not None, lambda c: c.base.effective_level),
        "other_effective": (oc, lambda c: c.other is not None, lambda c: c.other.effective_level),
    }

    def extra(key: str, c: ItemChange) -> dict[str, Any]:
        if key in sides:
            checklist, present, level = sides[key]
            return {"fill_": level_fill(level(c), checklist.max_level)} if present(c) else {}
        if key in ("delta", "change"):
            return {"fill_": _change_fill(c.change)}
        return {}

    return extra


def _items(wb: Workbook, ws: Worksheet, comparison: Comparison, lang: str) -> None:
    ws.title = sheet_title(t("items", lang))
    row = title_block(ws, title_line(comparison, lang), t("cmpwb.all_items", lang))
    header_row = row
    columns = item_columns(comparison)
    table_header(wb, ws, row, columns, lang, label=_header_label(comparison))
    extra = _item_styles(comparison)
    for c in comparison.items:
        row += 1
        table_row(ws, row, columns, c, lang, extra)
    finish_sheet(
        ws,
        header_row=header_row,
        columns=len(columns),
        last_row=row,
        widths=[c.width for c in columns],
    )
