"""The consolidation workbook of `aggregate` (SPEC §8): its six sheets, their figures and finish.

The inbox is the one of test_aggregate.py; its figures are worked out there.
"""

from __future__ import annotations

import datetime as dt
import os
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import assessment_dict, write_yaml
from openpyxl import load_workbook
from test_aggregate import build_inbox

from readiness.cli import cli
from readiness.core.aggregation import NA, Submission, aggregate
from readiness.workbooks.consolidation_workbook import (
    MARKER,
    is_consolidation_workbook,
    write_consolidation,
)

SHEETS = {
    "en": ["Overview", "Regions", "Areas", "Items", "Gaps", "Trend", "Rejected"],
    "fr": ["Vue d'ensemble", "Régions", "Domaines", "Points", "Écarts", "Évolution", "Rejetés"],
}
GREEN, AMBER, RED, GREY = "C6EFCE", "FFEB9C", "FFC7CE", "D9D9D9"


def _consolidate(root: Path, mini: Any, mini_path: Path, lang: str = "en") -> Any:
    build_inbox(root, mini, mini_path)
    out = root / f"HQ-{lang}.xlsx"
    here = os.getcwd()
    os.chdir(root)  # so that files read "inbox/..." as in test_aggregate.py
    try:
        result = CliRunner().invoke(
            cli,
            ["--lang", lang, "--checklist", str(mini_path), "aggregate", "inbox", "-o", str(out)],
        )
    finally:
        os.chdir(here)
    assert result.exit_code == 3, result.output
    return load_workbook(out)


@pytest.fixture(scope="module")
def wb(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from conftest import MINI

    from readiness.reading.checklists import load_checklist

    return _consolidate(tmp_path_factory.mktemp("hq"), load_checklist(str(MINI)), MINI)


def _colour(cell: Any) -> str:
    return str(cell.fill.fgColor.rgb)[-6:]


def _header_row(ws: Any) -> int:
    return int(ws.freeze_panes[1:]) - 1


def _table(ws: Any, row: int | None = None) -> list[dict[str, Any]]:
    """The rows under the header (the frozen one unless given), as dicts keyed by header."""
    row = row or _header_row(ws)
    headers = [c.value for c in ws[row]]
    return [
        dict(zip(headers, values, strict=False))
        for values in ws.iter_rows(min_row=row + 1, values_only=True)
        if any(v is not None for v in values)
    ]


def test_sheets_in_both_languages(wb, tmp_path, mini, mini_path):
    assert wb.sheetnames == SHEETS["en"]
    fr = _consolidate(tmp_path, mini, mini_path, "fr")
    assert fr.sheetnames == SHEETS["fr"]
    assert fr["Points"].cell(_header_row(fr["Points"]), 9).value == "Part à la cible"


def test_every_sheet_is_finished(wb):
    for ws in wb.worksheets:
        row = _header_row(ws)
        # The title is in B when column A repeats on the pages across.
        title = ws["B1"] if ws.print_title_cols else ws["A1"]
        assert title.value and title.font.bold, ws.title
        assert ws.cell(row, 1).font.bold and _colour(ws.cell(row, 1)) == "1F3864", ws.title
        # Trend filters its units' table, below the period table and its chart.
        filtered = _units_header(ws) if ws.title == "Trend" else row
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith(f"A{filtered}:"), ws.title
        assert ws.print_title_rows == f"${row}:${row}", ws.title
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.page_setup.scale >= 70 and not ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.column_dimensions["A"].width > 5, ws.title
    props = wb.properties
    assert props.title == "Consolidated readiness assessments"
    assert MARKER in props.keywords and props.creator.startswith("readiness ")


def test_overview_lists_every_submission_with_its_status(wb):
    ws = wb["Overview"]
    # Key figures above the table: labels over values.
    labels = [c.value for c in ws[4] if c.value is not None]
    values = [c.value for c in ws[5]][: len(labels)]
    assert dict(zip(labels, values, strict=True)) == {
        "Reporting period": "2026-Q4",
        "Inputs": 13,
        "Accepted": 4,
        "Superseded": 4,
        "Other period": 1,
        "Rejected": 4,
        "Mean score": 67.4,
        "Ready": 1,
        "Partially ready": 2,
        "Not ready": 1,
        "Follow-up: enhanced": 1,
        "Follow-up: regular": 3,
    }
    assert _colour(ws["G5"]) == AMBER and _colour(ws["H4"]) == GREEN
    # Each value sits centred under its label, and labels wrap in a row tall enough.
    for label, value in zip(ws[4][: len(labels)], ws[5], strict=False):
        assert label.alignment.horizontal == value.alignment.horizontal == "center"
        assert label.alignment.wrap_text
    assert ws.row_dimensions[4].height >= 30  # "Reporting period" takes two lines
    rows = _table(ws)
    assert len(rows) == 9
    # Ordered by country, agency, unit, period.
    assert [(r["Country"], r["Period"]) for r in rows][:3] == [
        ("DE", "2026-Q4"),
        ("DE", "2026-Q4"),
        ("ES", "2026-Q4"),
    ]
    a_q4 = next(r for r in rows if r["File"] == "inbox/fr/a-2026q4.yaml")
    assert (a_q4["Score"], a_q4["Rating"], a_q4["AAA"], a_q4["BBB"]) == (
        88.1,
        "Partially ready",
        66.7,
        100,
    )
    assert (a_q4["Region"], a_q4["Follow-up"], a_q4["Rule"]) == ("Europe", "regular", "default")
    b = next(r for r in rows if r["File"] == "inbox/de/b-copy.yaml")
    assert (b["Follow-up"], b["Rule"]) == ("enhanced", "lowest band")
    q3 = next(r for r in rows if r["File"] == "inbox/fr/a-2026q3.yaml")
    assert q3["Status"] == "other period"
    assert a_q4["Assessed on"] == dt.datetime(2026, 11, 20)
    resent = next(r for r in rows if r["File"] == "inbox/fr/a-2026q4-resent.yaml")
    assert resent["Status"] == "superseded"
    assert resent["Superseded by"] == "inbox/fr/a-2026q4.yaml"
    assert resent["Reason"] == "a later assessment of the same unit and period"
    questionnaire = next(r for r in rows if r["File"] == "inbox/it/questionnaire.xlsx")
    assert questionnaire["Kind"] == "questionnaire"
    # Colours: scores by rating band; superseded rows greyed.
    header = _header_row(ws)
    for r in range(header + 1, header + 10):
        status = ws.cell(r, 13).value
        score = ws.cell(r, 7)
        if status != "accepted":
            assert _colour(score) == GREY
        else:
            expected = GREEN if score.value >= 85 else AMBER if score.value >= 60 else RED
            assert _colour(score) == expected, score.value


def test_areas_heat_map_with_statistics_above(wb):
    ws = wb["Areas"]
    stats = {ws.cell(r, 6).value: [ws.cell(r, c).value for c in (7, 8, 9)] for r in (4, 5, 6)}
    assert stats == {
        "Mean": [67.4, 61.1, 70.6],
        "Lowest": [None, 33.3, 25],
        "Highest": [None, 77.8, 100],
    }
    rows = _table(ws)
    assert len(rows) == 4  # the reporting period's accepted only
    header = _header_row(ws)
    assert ws.cell(header, 8).value == "AAA — First area"
    for r in range(header + 1, header + 5):
        for c in (7, 8, 9):
            value = ws.cell(r, c).value
            expected = GREEN if value >= 85 else AMBER if value >= 60 else RED
            assert _colour(ws.cell(r, c)) == expected, (r, c, value)


def test_items_sheet(wb):
    rows = {r["Item"]: r for r in _table(wb["Items"])}
    assert list(rows) == ["AAA-01", "AAA-02", "AAA-03", "BBB-01", "BBB-02"]
    figures = {
        item: (
            r["Applicable in"],
            r["At target"],
            r["Share at target"],
            r["Mean level"],
            r["n/a"],
            r["With a gap"],
            r["Unevidenced"],
        )
        for item, r in rows.items()
    }
    assert figures == {
        "AAA-01": (4, 1, 0.25, 2, 0, 3, 1),
        "AAA-02": (4, 0, 0, 1.5, 0, 4, 0),
        "AAA-03": (2, 1, 0.5, 2.5, 2, 1, 0),
        "BBB-01": (4, 2, 0.5, 2.75, 0, 2, 0),
        "BBB-02": (3, 2, 0.6667, 2.67, 1, 1, 0),
    }
    assert rows["AAA-01"]["Critical"] == "✓" and rows["AAA-02"]["Critical"] is None
    ws = wb["Items"]
    share = ws.cell(_header_row(ws) + 1, 9)
    assert share.number_format == "0.0%" and _colour(share) == RED


def test_gaps_sheet_most_common_first(wb):
    rows = _table(wb["Gaps"])
    assert [(r["Rank"], r["Item"], r["With a gap"]) for r in rows] == [
        (1, "AAA-02", 4),
        (2, "AAA-01", 3),
        (3, "BBB-01", 2),
        (4, "AAA-03", 1),
        (5, "BBB-02", 1),
    ]
    assert rows[0]["Share of applicable"] == 1
    assert rows[0]["Mean gap"] == 1.5  # gaps 1, 2, 1, 2
    assert rows[1]["Suggested action"] == "Do it."


def _units_header(ws: Any) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Country")


def test_trend_sheet(wb):
    ws = wb["Trend"]
    # Mean score per period, over every period's accepted submissions, with its chart.
    periods = [{k: v for k, v in r.items() if k} for r in _table(ws)[:2]]
    assert periods == [
        {"Period": "2026-Q3", "Submissions": 1, "Mean score": 100},
        {"Period": "2026-Q4", "Submissions": 4, "Mean score": 67.4},
    ]
    (chart,) = ws._charts
    assert type(chart).__name__ == "LineChart"
    units = _units_header(ws)
    header = [c.value for c in ws[units]]
    assert header == ["Country", "Agency", "Unit", "2026-Q3", "2026-Q4", "Change"]
    (row,) = _table(ws, units)
    assert row == {
        "Country": "FR",
        "Agency": "Brigade A",
        "Unit": "Online",
        "2026-Q3": 100,
        "2026-Q4": 88.1,
        "Change": -11.9,
    }
    assert _colour(ws.cell(units + 1, 6)) == RED


def test_rejected_sheet_lists_every_problem(wb):
    rows = _table(wb["Rejected"])
    assert [r["File"] for r in rows] == [
        "inbox/broken/fake.xlsx",
        "inbox/broken/other-checklist.yaml",
        "inbox/broken/syntax.yaml",
        "inbox/notes.txt",
    ]
    syntax = rows[2]
    assert syntax["Severity"] == "error" and syntax["Location"] == "line 3, column 1"
    assert syntax["Problem"].startswith("YAML syntax error")
    assert rows[1]["Field"] == "checklist"


def test_empty_sheets_say_so(tmp_path, mini, mini_path):
    path = write_yaml(tmp_path / "u.yaml", assessment_dict(mini, 4))
    out = tmp_path / "one.xlsx"
    result = CliRunner().invoke(
        cli, ["--checklist", str(mini_path), "aggregate", str(path), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    wb = load_workbook(out)
    ws = wb["Trend"]
    no_trend = "No unit has accepted submissions for several periods."
    assert ws.cell(_units_header(ws) + 1, 1).value == no_trend
    ws = wb["Rejected"]
    assert ws.cell(_header_row(ws) + 1, 1).value == "No input was rejected."


def test_text_from_submissions_stays_text(tmp_path, mini, mini_path):
    data = assessment_dict(mini)
    data["agency"] = {"name": '=HYPERLINK("http://evil")', "unit": "+33 unit", "country": "FR"}
    path = write_yaml(tmp_path / "=evil.yaml", data)
    broken = tmp_path / "@broken.yaml"
    broken.write_text("checklist: [\n", encoding="utf-8")
    out = tmp_path / "hq.xlsx"
    result = CliRunner().invoke(
        cli, ["--checklist", str(mini_path), "aggregate", str(path), str(broken), "-o", str(out)]
    )
    assert result.exit_code == 3, result.output
    wb = load_workbook(out)
    ws = wb["Overview"]
    row = _header_row(ws) + 1
    agency, unit = ws.cell(row, 2), ws.cell(row, 3)
    assert agency.value == '=HYPERLINK("http://evil")' and agency.data_type == "s"
    assert agency.quotePrefix and unit.value == "+33 unit" and unit.data_type == "s"
    rejected = wb["Rejected"].cell(_header_row(wb["Rejected"]) + 1, 1)
    assert rejected.value == str(broken) and rejected.data_type == "s"


def _synthetic(mini: Any, count: int) -> list[Submission]:
    """Summaries as workers send them, without any file (to test size, not reading)."""
    out = []
    for i in range(count):
        levels = bytes((i + k) % 5 if k != 2 or i % 7 else NA for k in range(5))
        out.append(
            Submission(
                file=f"inbox/{i:05d}.yaml",
                kind="yaml",
                country="FR",
                agency=f"Agency {i // 2}",
                unit=None,
                period="2026-Q3" if i % 2 else "2026-Q4",
                assessed_on=dt.date(2026, 11, 1 + i % 28),
                score=Fraction(i % 101),
                rating="ready" if i % 101 >= 85 else "not_ready",
                areas=(Fraction(i % 100), Fraction(i % 50)),
                levels=levels,
                gaps=bytes(0 if v == NA else max(0, 3 - v) for v in levels),
                unevidenced=bytes(5),
                fingerprint=f"sha256:{i}",
                shown=(float(i % 101), float(i % 100), float(i % 50)),
            )
        )
    return out


@pytest.mark.slow  # thousands of submissions
def test_large_consolidation_streams(tmp_path, mini):
    agg = aggregate(mini, _synthetic(mini, 3000))
    out = tmp_path / "big.xlsx"
    write_consolidation(out, agg)
    assert is_consolidation_workbook(out)
    wb = load_workbook(out, read_only=True)
    rows = {ws.title: sum(1 for _ in ws.iter_rows()) for ws in wb.worksheets}
    wb.close()
    assert rows["Overview"] == 7 + 3000
    assert rows["Areas"] == 8 + 1500  # the reporting period, 2026-Q4
    # Every agency has two periods: one trend row each, under the period table and chart.
    assert rows["Trend"] == 24 + 1500


def test_is_consolidation_workbook_is_false_for_other_files(tmp_path, mini, mini_path):
    from workbook_helpers import gap_report

    unit = write_yaml(tmp_path / "u.yaml", assessment_dict(mini))
    report = gap_report(unit, tmp_path / "u.xlsx", mini_path)
    assert not is_consolidation_workbook(report)
    assert not is_consolidation_workbook(unit)
    assert not is_consolidation_workbook(tmp_path / "missing.xlsx")


LONG_NAME = "Direction centrale de la police judiciaire – Office mineurs (OFMIN), Nanterre"


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_long_names_wrap_in_a_row_tall_enough(tmp_path, lang):
    """A long agency name wraps in its column (clipped by the next cell before, or drawn
    over it right to left); the row is as tall as its text; every cell of the row reads from
    its top; the subtitle wraps within the first printed page instead of running off it."""
    from conftest import EXAMPLES
    from openpyxl.utils import get_column_letter

    from readiness.workbooks.style import row_height, text_lines

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = (EXAMPLES / "near-ready.yaml").read_text(encoding="utf-8")
    (inbox / "long.yaml").write_text(
        text.replace("name: National Bureau for Child Online Protection", f"name: '{LONG_NAME}'"),
        encoding="utf-8",
    )
    (inbox / "other.yaml").write_bytes((EXAMPLES / "critical-gaps.yaml").read_bytes())
    rules = EXAMPLES / "hq" / "follow-up-rules.yaml"
    out = tmp_path / "hq.xlsx"
    args = ["--lang", lang, "aggregate", str(inbox), "--rules", str(rules), "-o", str(out)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    book = load_workbook(out)
    ws = book.worksheets[0]
    for sheet in (ws, book.worksheets[2]):  # Overview, Areas (no roster: no Coverage)
        cell = next(c for row in sheet.iter_rows() for c in row if c.value == LONG_NAME)
        width = sheet.column_dimensions[cell.column_letter].width
        lines = text_lines(LONG_NAME, width)
        assert cell.alignment.wrap_text and lines >= 3, sheet.title
        assert sheet.row_dimensions[cell.row].height >= row_height(lines) - 0.01
        assert {c.alignment.vertical for c in sheet[cell.row] if c.value is not None} == {"top"}
        if lang == "ar":
            assert cell.alignment.horizontal == "right"
    # the subtitle (with the rules file's path) wraps over the columns of the first page
    subtitle = ws["A2"] if ws["A2"].value else ws["B2"]
    assert str(rules) in subtitle.value
    (span,) = [r for r in ws.merged_cells.ranges if r.start_cell.coordinate == subtitle.coordinate]
    columns = range(span.min_col, span.max_col + 1)
    merged = sum(ws.column_dimensions[get_column_letter(c)].width or 13 for c in columns)
    assert span.max_col > span.min_col and subtitle.alignment.wrap_text
    sub_lines = text_lines(subtitle.value, merged, size=10)
    assert sub_lines > 1
    assert ws.row_dimensions[subtitle.row].height >= row_height(sub_lines, 10) - 0.01


def test_bold_headers_are_counted_as_wide_as_libreoffice_prints_them():
    """LibreOffice printed this header of the Areas and Regions sheets (16 wide, bold) on six
    lines: "SHARE —", "Cooperation", "through", "INTERPOL and", "victim", "identification";
    counted on five, its last line was cut."""
    from readiness.workbooks.style import text_lines

    header = "SHARE — Cooperation through INTERPOL and victim identification"
    assert text_lines(header, 16, bold=True) == 6
