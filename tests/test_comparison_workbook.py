"""The comparison workbook (`compare -o`, SPEC §8): contents, colours and finish."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from conftest import MINI, assessment_dict, write_yaml

from readiness.core.comparison import Comparison, compare_audit, compare_loaded
from readiness.core.loaded import KIND_GAP_REPORT
from readiness.output_files import OutputError
from readiness.reading.inputs import read_assessment
from readiness.workbooks.comparison_workbook import (
    item_headers,
    save_comparison_workbook,
    write_comparison_workbook,
)
from readiness.workbooks.style import DOWN_COLOUR, UP_COLOUR


def load(path: Path) -> Any:
    loaded = read_assessment(str(path), checklist_spec=str(MINI))
    assert loaded.valid, loaded.problems
    return loaded


@pytest.fixture
def two_files(mini, tmp_path) -> tuple[Path, Path]:
    base = write_yaml(
        tmp_path / "q3.yaml",
        assessment_dict(
            mini,
            period="2026-Q3",
            overrides={"AAA-03": {"level": "n/a", "justification": "no schools"}},
        ),
    )
    other = write_yaml(
        tmp_path / "q4.yaml",
        assessment_dict(
            mini,
            overrides={
                "AAA-01": {"level": 1, "evidence": ["plan"]},
                "AAA-03": {"level": 2},
                "BBB-01": {"level": 4, "evidence": ["audit"]},
            },
        ),
    )
    return base, other


@pytest.fixture
def comparison(two_files) -> Comparison:
    return compare_loaded(load(two_files[0]), load(two_files[1]))


def written(tmp_path: Path, comparison: Comparison, lang: str = "en") -> Any:
    out = tmp_path / "diff.xlsx"
    save_comparison_workbook(out, comparison, [], lang)
    return openpyxl.load_workbook(out)


def rows_from(ws: Any, header_text: str) -> tuple[int, list[str], list[tuple[Any, ...]]]:
    """The header row number, its texts, and the rows under it."""
    for row in ws.iter_rows(min_row=1, max_row=10):
        if row[0].value == header_text:
            r = row[0].row
            headers = [c.value for c in row if c.value is not None]
            body = list(ws.iter_rows(min_row=r + 1, values_only=True))
            return r, headers, body
    raise AssertionError(f"no header {header_text!r} in {ws.title}")


def fill_of(cell: Any) -> str:
    return str(cell.fill.fgColor.rgb)[-6:] if cell.fill and cell.fill.fill_type else ""


def test_sheets_and_summary_figures(tmp_path, comparison):
    wb = written(tmp_path, comparison)
    assert wb.sheetnames == ["Summary", "Areas", "Items"]
    ws = wb["Summary"]
    assert ws["A1"].value == "Comparison: q3.yaml (2026-Q3) → q4.yaml (2026-Q4)"
    header_row, headers, body = rows_from(ws, "Figure")
    assert headers == ["Figure", "q3.yaml (2026-Q3)", "q4.yaml (2026-Q4)", "Δ"]
    figures = {row[0]: row[1:4] for row in body if row[0]}
    assert figures["Period"] == ("2026-Q3", "2026-Q4", None)
    assert figures["Score"] == (91.1, 84.4, -6.6)
    assert figures["Rating"] == ("Ready", "Partially ready", None)
    assert figures["Gaps"][2] == 1
    changes = {row[0]: row[1] for row in body if row[0] in ("same", "up", "down", "became n/a")}
    assert changes == {"same": 2, "up": 1, "down": 1, "became n/a": 0}
    assert ws.freeze_panes == f"A{header_row + 1}"
    score_row = next(r for r in ws.iter_rows(min_row=header_row) if r[0].value == "Score")
    assert fill_of(score_row[3]) == DOWN_COLOUR  # the score went down
    assert fill_of(score_row[1]) != fill_of(score_row[2])  # rated by bands: green vs amber
    assert figures["Not applicable"] == (1, 0, -1)


def test_row_labels_are_not_cut_in_any_language(tmp_path, comparison):
    """Column A is as wide as its longest label on one line (Spanish has the longest)."""
    from readiness.workbooks.style import text_lines

    for lang in ("en", "fr", "es", "ar"):
        ws = written(tmp_path, comparison, lang).worksheets[0]
        width = ws.column_dimensions["A"].width
        header_row = next(r for r in range(1, 10) if ws.cell(r, 2).value and ws.cell(r, 4).value)
        labels = [ws.cell(r, 1).value for r in range(header_row + 1, header_row + 16)]
        assert all(text_lines(str(v), width, bold=True) == 1 for v in labels if v), lang


def test_areas_sheet_has_both_scores_and_deltas(tmp_path, comparison):
    ws = written(tmp_path, comparison)["Areas"]
    header_row, headers, body = rows_from(ws, "Area")
    assert headers == ["Area", "Title", "Score (2026-Q3)", "Score (2026-Q4)", "Δ"]
    assert body == [
        ("AAA", "First area", 100, 61.1, -38.9),
        ("BBB", "Second area", 86.1, 100, 13.9),
    ]
    assert fill_of(ws.cell(header_row + 1, 5)) == DOWN_COLOUR
    assert fill_of(ws.cell(header_row + 2, 5)) == UP_COLOUR
    assert ws.auto_filter.ref == f"A{header_row}:E{header_row + 2}"


def test_items_sheet_every_item_with_levels_change_and_colours(tmp_path, comparison):
    ws = written(tmp_path, comparison)["Items"]
    header_row, headers, body = rows_from(ws, "Item")
    assert headers == item_headers(comparison, "en") == [
        "Item", "Area", "Title", "Critical", "Weight", "Target", "Level (2026-Q3)",
        "Level (2026-Q4)", "Δ", "Change", "Effective level (2026-Q3)",
        "Effective level (2026-Q4)", "Flags", "Action status (2026-Q3)",
        "Action status (2026-Q4)", "level rose",
    ]  # fmt: skip
    assert len(headers) == len(set(headers))  # Excel filters need unique headers
    rows = {row[0]: dict(zip(headers, row, strict=False)) for row in body}
    assert list(rows) == ["AAA-01", "AAA-02", "AAA-03", "BBB-01", "BBB-02"]
    assert rows["AAA-01"]["Level (2026-Q3)"] == 3 and rows["AAA-01"]["Level (2026-Q4)"] == 1
    assert rows["AAA-01"]["Δ"] == -2 and rows["AAA-01"]["Change"] == "down"
    assert rows["AAA-02"]["Change"] == "same" and rows["AAA-02"]["Δ"] == 0
    assert rows["AAA-03"]["Level (2026-Q3)"] == "n/a" and rows["AAA-03"]["Δ"] is None
    assert rows["AAA-03"]["Change"] == "no longer n/a"
    assert rows["BBB-01"]["Change"] == "up"
    change_col = headers.index("Change") + 1
    colours = {
        ws.cell(r, 1).value: fill_of(ws.cell(r, change_col))
        for r in range(header_row + 1, header_row + 6)
    }
    assert colours["AAA-01"] == DOWN_COLOUR and colours["BBB-01"] == UP_COLOUR
    assert colours["AAA-02"] == ""
    assert ws.freeze_panes == f"A{header_row + 1}"
    assert ws.auto_filter.ref == f"A{header_row}:P{header_row + 5}"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.scale >= 70
    assert ws.sheet_properties.pageSetUpPr.fitToPage is False
    assert ws.column_dimensions["C"].width > 20


def test_audit_workbook_carries_notes_as_text(mini, tmp_path):
    path = write_yaml(tmp_path / "unit.yaml", assessment_dict(mini))
    loaded = dataclasses.replace(
        load(path),
        kind=KIND_GAP_REPORT,
        extras={
            "audit": {
                "AAA-02": {"level": 1, "note": '=HYPERLINK("x")', "cell": "Items!K8"},
                "BBB-01": {"note": "checked the roster", "cell": "Items!L10"},
            }
        },
    )
    ws = written(tmp_path, compare_audit(loaded), "fr")["Points"]
    header_row, headers, body = rows_from(ws, "Point")
    assert headers[-2:] == ["Note d'audit", "Cellule d'audit"]
    assert "Niveau (déclaré)" in headers and "Niveau (audit)" in headers
    rows = {row[0]: dict(zip(headers, row, strict=False)) for row in body}
    assert rows["AAA-02"]["Évolution"] == "en baisse"
    assert rows["AAA-02"]["Note d'audit"] == '=HYPERLINK("x")'
    note_cell = ws.cell(header_row + 2, headers.index("Note d'audit") + 1)
    assert note_cell.data_type == "s"  # never a formula
    assert rows["BBB-01"]["Note d'audit"] == "checked the roster"
    assert rows["BBB-01"]["Évolution"] == "inchangé"
    assert rows["AAA-02"]["Cellule d'audit"] == "Items!K8"


def test_document_properties_and_finish(tmp_path, comparison):
    wb = written(tmp_path, comparison)
    props = wb.properties
    assert props.title == "Comparison: q3.yaml (2026-Q3) → q4.yaml (2026-Q4)"
    assert props.creator.startswith("readiness ")
    assert "mini" in props.keywords
    assert props.created.date().isoformat() == "2026-11-20"  # fixed from the data
    for ws in wb:
        assert ws.freeze_panes is not None
        assert ws.page_setup.orientation == "landscape"


def test_refuses_an_input_as_output_and_leaves_no_temporary_file(tmp_path, two_files, comparison):
    before = two_files[0].read_bytes()
    with pytest.raises(OutputError, match="refusing to write over the input"):
        save_comparison_workbook(two_files[0], comparison, [str(p) for p in two_files])
    assert two_files[0].read_bytes() == before

    def broken(path: Path, comparison: Comparison, lang: str = "en", **_: object) -> None:
        write_comparison_workbook(path, comparison, lang)
        raise RuntimeError("interrupted")

    import readiness.workbooks.comparison_workbook as module

    original = module.write_comparison_workbook
    module.write_comparison_workbook = broken  # type: ignore[assignment]
    try:
        with pytest.raises(RuntimeError):
            save_comparison_workbook(tmp_path / "new.xlsx", comparison, [])
    finally:
        module.write_comparison_workbook = original  # type: ignore[assignment]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q3.yaml", "q4.yaml"]
