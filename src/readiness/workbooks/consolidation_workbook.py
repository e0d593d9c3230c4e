"""The HQ consolidation workbook (SPEC §8): Overview, Areas, Items, Gaps, Trend, Rejected.

Every sheet is written in openpyxl's write-only mode, so ten thousand submissions stream
to disk instead of living in memory as cell objects. Write-only sheets take their
layout (widths, frozen header, filter, print set-up) before the first row, which is why
each sheet is finished first and filled afterwards. Figures come from aggregation.py;
nothing is computed here beyond rounding for display.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from copy import copy
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from readiness import __version__
from readiness.core.aggregation import (
    ACCEPTED,
    REJECTED,
    SUPERSEDED,
    Aggregate,
    Placed,
    Submission,
    common_gaps,
    period_sort_key,
)
from readiness.core.model import Checklist, text_in
from readiness.core.problems import Problem
from readiness.core.scoring import round_half_up
from readiness.i18n import labeller
from readiness.workbooks.style import (
    BOLD,
    CENTER,
    DOWN_COLOUR,
    FORMULA_START,
    HEADER_FILL,
    HEADER_FONT,
    NA_COLOUR,
    SUBTITLE_FONT,
    TITLE_FONT,
    UP_COLOUR,
    WRAP,
    fill,
    finish_sheet,
    level_fill,
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
MARKER = "readiness-consolidation"

SCORE_FORMAT = "0.0"
CHANGE_FORMAT = "+0.0;-0.0;0.0"
DATE_FORMAT = "yyyy-mm-dd"
SHARE_FORMAT = "0.0%"
LEVEL_FORMAT = "0.00"
CHECK = "✓"
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")
GREY = fill(NA_COLOUR)
UP = fill(UP_COLOUR)
DOWN = fill(DOWN_COLOUR)

_LABELS: dict[str, dict[str, str]] = {
    "heading": {"en": "Consolidated readiness assessments", "fr": "Consolidation des évaluations"},
    "overview": {"en": "Overview", "fr": "Vue d'ensemble"},
    "trend": {"en": "Trend", "fr": "Évolution"},
    "rejected": {"en": "Rejected", "fr": "Rejetés"},
    "inputs": {"en": "Inputs", "fr": "Fichiers reçus"},
    "accepted": {"en": "Accepted", "fr": "Retenus"},
    "superseded": {"en": "Superseded", "fr": "Remplacés"},
    "mean_score": {"en": "Mean score", "fr": "Score moyen"},
    "status": {"en": "Status", "fr": "Statut"},
    "superseded_by": {"en": "Superseded by", "fr": "Remplacé par"},
    "reason": {"en": "Reason", "fr": "Motif"},
    "warnings": {"en": "Warnings", "fr": "Avertissements"},
    "file": {"en": "File", "fr": "Fichier"},
    "kind": {"en": "Kind", "fr": "Type"},
    "reason_older": {
        "en": "a later assessment of the same unit and period",
        "fr": "une évaluation plus récente du même service et de la même période",
    },
    "reason_identical": {
        "en": "identical file sent twice",
        "fr": "fichier identique envoyé deux fois",
    },
    "reason_same_date": {
        "en": "same date, different content: the file whose path sorts first is kept",
        "fr": "même date, contenu différent : le fichier dont le chemin vient en premier "
        "est retenu",
    },
    "yaml": {"en": "YAML", "fr": "YAML"},
    "questionnaire": {"en": "questionnaire", "fr": "questionnaire"},
    "gap_report": {"en": "gap report", "fr": "rapport d'écarts"},
    "status_accepted": {"en": "accepted", "fr": "retenu"},
    "status_superseded": {"en": "superseded", "fr": "remplacé"},
    "areas_heading": {
        "en": "Area scores of accepted submissions",
        "fr": "Scores par domaine des évaluations retenues",
    },
    "areas_legend": {
        "en": "Colours follow the checklist's rating bands; mean, lowest and highest above.",
        "fr": "Couleurs selon les seuils d'appréciation du référentiel ; moyenne, minimum et "
        "maximum au-dessus.",
    },
    "mean": {"en": "Mean", "fr": "Moyenne"},
    "min": {"en": "Lowest", "fr": "Minimum"},
    "max": {"en": "Highest", "fr": "Maximum"},
    "items_heading": {
        "en": "Items across accepted submissions",
        "fr": "Points sur l'ensemble des évaluations retenues",
    },
    "items_legend": {
        "en": "At target: effective level ≥ target, among submissions where the item applies. "
        "Mean level: mean effective level over the same submissions.",
        "fr": "À la cible : niveau retenu ≥ cible, parmi les évaluations où le point s'applique. "
        "Niveau moyen : moyenne des niveaux retenus sur ces mêmes évaluations.",
    },
    "applicable_n": {"en": "Applicable in", "fr": "Applicable dans"},
    "at_target_n": {"en": "At target", "fr": "À la cible"},
    "at_target_share": {"en": "Share at target", "fr": "Part à la cible"},
    "mean_level": {"en": "Mean level", "fr": "Niveau moyen"},
    "na_n": {"en": "N/A", "fr": "Sans objet"},
    "gaps_n": {"en": "With a gap", "fr": "Avec écart"},
    "unevidenced_n": {"en": "Unevidenced", "fr": "Sans preuve"},
    "gaps_heading": {
        "en": "Most common gaps across accepted submissions",
        "fr": "Écarts les plus fréquents parmi les évaluations retenues",
    },
    "gaps_legend": {
        "en": "Most frequent first, then the largest total gap.",
        "fr": "Les plus fréquents d'abord, puis le plus grand écart cumulé.",
    },
    "rank": {"en": "Rank", "fr": "Rang"},
    "share_of_applicable": {"en": "Share of applicable", "fr": "Part des applicables"},
    "mean_gap": {"en": "Mean gap", "fr": "Écart moyen"},
    "no_gaps": {
        "en": "No gaps: every applicable item is at target in every accepted submission.",
        "fr": "Aucun écart : chaque point applicable atteint sa cible dans chaque évaluation "
        "retenue.",
    },
    "trend_heading": {
        "en": "Score per period, for units with several periods",
        "fr": "Score par période, pour les services ayant plusieurs périodes",
    },
    "change": {"en": "Change", "fr": "Variation"},
    "no_trend": {
        "en": "No unit has accepted submissions for several periods.",
        "fr": "Aucun service n'a d'évaluation retenue pour plusieurs périodes.",
    },
    "rejected_heading": {
        "en": "Rejected inputs and why",
        "fr": "Fichiers rejetés et motifs",
    },
    "severity": {"en": "Severity", "fr": "Gravité"},
    "location": {"en": "Location", "fr": "Emplacement"},
    "message": {"en": "Problem", "fr": "Problème"},
    "field": {"en": "Field", "fr": "Champ"},
    "line_column": {"en": "line {line}, column {column}", "fr": "ligne {line}, colonne {column}"},
    "no_rejected": {"en": "No input was rejected.", "fr": "Aucun fichier rejeté."},
}


_l = labeller(_LABELS)


class _Sheets:
    """One workbook being written, with the checklist's colours and labels at hand."""

    def __init__(self, wb: Workbook, checklist: Checklist, lang: str):
        self.wb = wb
        self.checklist = checklist
        self.lang = lang
        self.bands = checklist.band_floors
        self.max_level = checklist.max_level
        self._styles: dict[tuple[Any, ...], Any] = {}

    def new(self, key: str) -> Any:
        return self.wb.create_sheet(sheet_title(_l(key, self.lang)))

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
        are module constants, fills are told apart by colour."""
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

    def start(
        self,
        ws: Any,
        heading: str,
        subtitle: str,
        headers: Sequence[str],
        widths: Sequence[float],
        rows: int,
        top: Sequence[list[Any]] = (),
    ) -> None:
        """Finish an empty write-only sheet, then write its title, any top lines, the header.

        Write-only sheets take widths, panes and filters before their first row."""
        top_rows: list[list[Any]] = [
            [self.cell(ws, heading, font=TITLE_FONT)],
            [self.cell(ws, subtitle, font=SUBTITLE_FONT)],
            [],
        ]
        if top:
            top_rows += [*top, []]
        header_row = len(top_rows) + 1
        finish_sheet(
            ws,
            header_row=header_row,
            columns=len(headers),
            last_row=header_row + max(rows, 1),
            widths=widths,
        )
        # Write-only rows take their height before they are written.
        lines = max(
            (text_lines(h, w, bold=True) for h, w in zip(headers, widths, strict=False)), default=1
        )
        if lines > 1:
            ws.row_dimensions[header_row].height = row_height(lines)
        for row in top_rows:
            ws.append(row)
        ws.append(
            [
                self.cell(ws, text, font=HEADER_FONT, fill_=HEADER_FILL, alignment=HEADER_ALIGN)
                for text in headers
            ]
        )

    def score(self, ws: Any, shown: float | None) -> Any:
        """A 0-100 score (already rounded), coloured by the checklist's rating bands."""
        return self.cell(ws, shown, fill_=score_fill(shown, self.bands), number_format=SCORE_FORMAT)

    def rating(self, ws: Any, key: str | None, *, grey: bool = False, wrap: bool = False) -> Any:
        label = self.checklist.rating_label(key, self.lang)
        index = self.checklist.band_index(key)
        colour = GREY if index is None or grey else rating_fill(index)
        return self.cell(ws, label, fill_=colour, alignment=WRAP if wrap else None)

    def empty_note(self, ws: Any, key: str) -> None:
        ws.append([self.cell(ws, _l(key, self.lang), font=SUBTITLE_FONT)])


def _unit_order(s: Submission) -> tuple[Any, ...]:
    return (*s.identity[:3], period_sort_key(s.period), s.file)


def write_consolidation(
    path: Path, agg: Aggregate, lang: str = "en", *, min_group: int | None = None
) -> None:
    """Write the consolidation workbook of `agg` to `path` (through output_files.write_atomic)."""
    wb = Workbook(write_only=True)
    c = agg.checklist
    set_properties(
        wb,
        title=_l("heading", lang),
        subject=f"{text_in(c.title, lang)} ({c.id} {c.version})",
        keywords=f"{MARKER}, {c.id}",
        description=f"{agg.inputs} inputs, {agg.count(ACCEPTED)} accepted",
    )
    sheets = _Sheets(wb, c, lang)
    _overview(sheets, agg)
    _areas(sheets, agg)
    _items(sheets, agg)
    _gaps(sheets, agg)
    _trend(sheets, agg)
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


def _subtitle(c: Checklist, lang: str) -> str:
    return f"{text_in(c.title, lang)} — {c.id} {c.version} — readiness {__version__}"


def _overview(sh: _Sheets, agg: Aggregate) -> None:
    lang, c = sh.lang, agg.checklist
    ws = sh.new("overview")
    area_ids = [area.id for area in c.areas]
    headers = [
        _l("country", lang),
        _l("agency", lang),
        _l("unit", lang),
        _l("period", lang),
        _l("assessed_on", lang),
        _l("score", lang),
        _l("rating", lang),
        *area_ids,
        _l("status", lang),
        _l("superseded_by", lang),
        _l("reason", lang),
        _l("warnings", lang),
        _l("kind", lang),
        _l("file", lang),
    ]
    widths = [9, 32, 24, 10, 12, 8, 18, *([8] * len(area_ids)), 12, 30, 34, 34, 13, 40]
    # Key figures: a row of labels over a row of values, above the table.
    labels: list[Any] = [
        sh.cell(ws, _l(key, lang), font=BOLD, alignment=WRAP)
        for key in ("inputs", "accepted", "superseded", "rejected", "mean_score")
    ]
    values: list[Any] = [
        agg.inputs,
        agg.count(ACCEPTED),
        agg.count(SUPERSEDED),
        agg.count(REJECTED),
        sh.score(ws, round_half_up(agg.mean_score)),
    ]
    for band in c.rating_bands:
        labels.append(sh.rating(ws, band.key, wrap=True))
        values.append(agg.ratings.get(band.key, 0))
    placed = sorted(agg.placed, key=lambda p: _unit_order(p.submission))
    sh.start(
        ws,
        _l("heading", lang),
        _subtitle(c, lang),
        headers,
        widths,
        len(placed),
        [labels, values],
    )
    for p in placed:
        ws.append(_overview_row(sh, ws, p))


def _overview_row(sh: _Sheets, ws: Any, p: Placed) -> list[Any]:
    s, lang = p.submission, sh.lang
    # Superseded rows stay listed (SPEC §9: nothing is dropped) but greyed: they count nowhere.
    grey = p.status == SUPERSEDED
    shade = GREY if grey else None
    warnings = "; ".join(w.format(s.file) for w in s.warnings) or None
    reason = _l(f"reason_{p.reason}", lang) if p.reason else None
    return [
        sh.cell(ws, s.country, fill_=shade),
        sh.cell(ws, s.agency, fill_=shade),
        sh.cell(ws, s.unit, fill_=shade),
        sh.cell(ws, s.period, fill_=shade),
        sh.cell(ws, s.assessed_on, fill_=shade, number_format=DATE_FORMAT),
        sh.cell(ws, s.shown_score, fill_=shade, number_format=SCORE_FORMAT)
        if grey
        else sh.score(ws, s.shown_score),
        sh.rating(ws, s.rating, grey=grey),
        *(sh.cell(ws, v, fill_=shade, number_format=SCORE_FORMAT) for v in s.shown_areas),
        sh.cell(ws, _l(f"status_{p.status}", lang), fill_=shade),
        sh.cell(ws, p.superseded_by, fill_=shade),
        sh.cell(ws, reason, fill_=shade),
        sh.cell(ws, warnings, fill_=shade),
        sh.cell(ws, _l(s.kind, lang), fill_=shade),
        sh.cell(ws, s.file, fill_=shade),
    ]


def _areas(sh: _Sheets, agg: Aggregate) -> None:
    lang, c = sh.lang, agg.checklist
    ws = sh.new("areas")
    headers = [
        _l("country", lang),
        _l("agency", lang),
        _l("unit", lang),
        _l("period", lang),
        _l("score", lang),
        *(f"{area.id} — {text_in(area.title, lang)}" for area in c.areas),
    ]
    widths = [9, 32, 24, 10, 8, *([16] * len(c.areas))]
    # Area statistics sit above the header, under their columns, so they stay in view.
    top = []
    for key in ("mean", "min", "max"):
        row: list[Any] = [None, None, None, sh.cell(ws, _l(key, lang), font=BOLD)]
        row.append(sh.score(ws, round_half_up(agg.mean_score)) if key == "mean" else None)
        row += [sh.score(ws, round_half_up(getattr(stats, key))) for stats in agg.areas]
        top.append(row)
    accepted = sorted(agg.accepted, key=_unit_order)
    sh.start(
        ws, _l("areas_heading", lang), _l("areas_legend", lang), headers, widths, len(accepted), top
    )
    for s in accepted:
        ws.append(
            [
                sh.cell(ws, s.country),
                sh.cell(ws, s.agency),
                sh.cell(ws, s.unit),
                sh.cell(ws, s.period),
                *(sh.score(ws, v) for v in s.shown),
            ]
        )


def _items(sh: _Sheets, agg: Aggregate) -> None:
    lang, c = sh.lang, agg.checklist
    ws = sh.new("items")
    headers = [
        _l("item", lang),
        _l("area", lang),
        _l("title", lang),
        _l("weight", lang),
        _l("critical", lang),
        _l("target", lang),
        _l("applicable_n", lang),
        _l("at_target_n", lang),
        _l("at_target_share", lang),
        _l("mean_level", lang),
        _l("na_n", lang),
        _l("gaps_n", lang),
        _l("unevidenced_n", lang),
    ]
    widths = [10, 8, 50, 8, 9, 8, 11, 10, 11, 10, 10, 10, 12]
    sh.start(
        ws, _l("items_heading", lang), _l("items_legend", lang), headers, widths, len(agg.items)
    )
    for item, stats in zip(c.items, agg.items, strict=True):
        share = round_half_up(stats.at_target, 4)
        mean_level = round_half_up(stats.mean_level, 2)
        ws.append(
            [
                sh.cell(ws, item.id, font=BOLD),
                sh.cell(ws, item.area),
                sh.cell(ws, text_in(item.title, lang), alignment=WRAP),
                item.weight,
                sh.cell(ws, CHECK if item.critical else None, alignment=CENTER),
                item.target,
                stats.applicable,
                stats.at_target_count,
                sh.cell(
                    ws,
                    share,
                    fill_=score_fill(None if share is None else share * 100, sh.bands),
                    number_format=SHARE_FORMAT,
                ),
                sh.cell(
                    ws,
                    mean_level,
                    fill_=level_fill(
                        None if mean_level is None else round(mean_level), sh.max_level
                    ),
                    number_format=LEVEL_FORMAT,
                ),
                stats.na,
                stats.gaps,
                stats.unevidenced,
            ]
        )


def _gaps(sh: _Sheets, agg: Aggregate) -> None:
    lang, c = sh.lang, agg.checklist
    ws = sh.new("gaps")
    by_id = {item.id: item for item in c.items}
    found = common_gaps(agg)
    headers = [
        _l("rank", lang),
        _l("item", lang),
        _l("area", lang),
        _l("title", lang),
        _l("critical", lang),
        _l("gaps_n", lang),
        _l("share_of_applicable", lang),
        _l("mean_gap", lang),
        _l("action", lang),
    ]
    widths = [7, 10, 8, 44, 9, 11, 12, 10, 60]
    sh.start(ws, _l("gaps_heading", lang), _l("gaps_legend", lang), headers, widths, len(found))
    if not found:
        sh.empty_note(ws, "no_gaps")
    for rank, stats in enumerate(found, start=1):
        item = by_id[stats.id]
        ws.append(
            [
                rank,
                sh.cell(ws, item.id, font=BOLD),
                sh.cell(ws, item.area),
                sh.cell(ws, text_in(item.title, lang), alignment=WRAP),
                sh.cell(ws, CHECK if item.critical else None, alignment=CENTER),
                stats.gaps,
                sh.cell(ws, round_half_up(stats.gap_share, 4), number_format=SHARE_FORMAT),
                sh.cell(ws, round_half_up(stats.mean_gap, 2), number_format=LEVEL_FORMAT),
                sh.cell(ws, text_in(item.action, lang), alignment=WRAP),
            ]
        )


def _trend(sh: _Sheets, agg: Aggregate) -> None:
    lang, c = sh.lang, agg.checklist
    ws = sh.new("trend")
    periods = sorted({s.period for t in agg.trends for s in t.points}, key=period_sort_key)
    headers = [
        _l("country", lang),
        _l("agency", lang),
        _l("unit", lang),
        *periods,
        _l("change", lang),
    ]
    widths = [9, 32, 24, *([10] * len(periods)), 10]
    sh.start(ws, _l("trend_heading", lang), _subtitle(c, lang), headers, widths, len(agg.trends))
    if not agg.trends:
        sh.empty_note(ws, "no_trend")
    for t in agg.trends:
        scores = {s.period: s.shown_score for s in t.points}
        change = round_half_up(t.change)
        colour = None
        if change is not None and change > 0:
            colour = UP
        elif change is not None and change < 0:
            colour = DOWN
        ws.append(
            [
                sh.cell(ws, t.country),
                sh.cell(ws, t.agency),
                sh.cell(ws, t.unit),
                *(sh.score(ws, scores[p]) if p in scores else None for p in periods),
                sh.cell(ws, change, fill_=colour, number_format=CHANGE_FORMAT),
            ]
        )


def _rejected(sh: _Sheets, agg: Aggregate) -> None:
    lang, c = sh.lang, agg.checklist
    ws = sh.new("rejected")
    headers = [
        _l("file", lang),
        _l("severity", lang),
        _l("location", lang),
        _l("message", lang),
        _l("field", lang),
    ]
    widths = [40, 10, 18, 80, 28]
    rows = sum(len(r.problems) for r in agg.rejected)
    sh.start(ws, _l("rejected_heading", lang), _subtitle(c, lang), headers, widths, rows)
    if not agg.rejected:
        sh.empty_note(ws, "no_rejected")
    for r in agg.rejected:
        for p in r.problems:
            ws.append(
                [
                    sh.cell(ws, r.file),
                    sh.cell(ws, p.severity, fill_=DOWN if p.is_error else None),
                    sh.cell(ws, _location(p, lang) or None),
                    sh.cell(ws, p.message, alignment=WRAP),
                    sh.cell(ws, p.path or None),
                ]
            )


def _location(p: Problem, lang: str) -> str:
    """Where a problem is, for a reader: a sheet and cell, or a line and column."""
    if p.sheet is not None:
        return f"{p.sheet}!{p.cell}" if p.cell else p.sheet
    if p.line is not None:
        return _l("line_column", lang).format(line=p.line, column=p.column or 1)
    return ""
