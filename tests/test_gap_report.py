"""The gap report workbook of `readiness assess` (SPEC §8): sheets, cells, types, finish."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import assessment_dict, write_yaml
from openpyxl import load_workbook
from workbook_helpers import (
    assess_json,
    gap_report,
    item_rows,
    named_cell,
    rich_assessment,
    run,
    write_assessment,
)

from readiness.cli import cli
from readiness.core.canonical import canonical_assessment, fingerprint


def _label_cells(ws) -> dict[str, object]:
    """Summary's label -> value cell (column A -> B)."""
    return {
        row[0].value: row[1]
        for row in ws.iter_rows(min_row=1, max_row=40, max_col=2)
        if isinstance(row[0].value, str)
    }


def _header_row(ws, first: str) -> int:
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == first:
            return row[0].row
    raise AssertionError(f"no header row starting with {first!r}")


@pytest.fixture
def report(tmp_path, mini, mini_path):
    data = rich_assessment(mini)
    src = write_assessment(tmp_path / "unit.yaml", data)
    out = gap_report(src, tmp_path / "report.xlsx", mini_path)
    return data, src, out, assess_json(src, mini_path)


def test_sheets_and_summary_figures(report, mini):
    data, _, out, expected = report
    wb = load_workbook(out)
    assert wb.sheetnames == ["Summary", "Gaps", "Items", "readiness"]
    assert [wb[s].sheet_state for s in wb.sheetnames] == ["visible"] * 3 + ["hidden"]
    cells = _label_cells(wb["Summary"])
    assert cells["Agency"].value == "Politiets enhet"
    assert cells["Country"].value == "NO" and cells["Country"].data_type == "s"
    assert cells["Period"].value == "2026-Q4"
    assert cells["Assessed on"].is_date
    assert cells["Assessed on"].value == dt.datetime(2026, 11, 20)
    score = cells["Score"]
    assert isinstance(score.value, float) and score.value == expected["score"]
    assert score.number_format == "0.0" and score.data_type == "n"
    band = next(b for b in mini.rating_bands if b.key == expected["rating"])
    assert cells["Rating"].value == band.label["en"]
    assert cells["Maturity"].value == expected["maturity"]
    assert cells["Items"].value == 5 and cells["n/a"].value == 1
    assert cells["Gaps"].value == expected["counts"]["gaps"]
    assert cells["Sum of applicable weights"].value == expected["arithmetic"]["weight_sum"]
    assert cells["Fingerprint"].value == expected["fingerprint"]
    # The area table the chart is drawn from: numbers, in checklist order.
    ws = wb["Summary"]
    head = _header_row(ws, "Area")
    areas = [(ws.cell(head + i, 1).value, ws.cell(head + i, 3).value) for i in (1, 2)]
    assert areas == [(a["id"], a["score"]) for a in expected["areas"]]
    assert ws.auto_filter.ref == f"A{head}:E{head + 2}"
    with zipfile.ZipFile(out) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1
        chart = archive.read(charts[0]).decode()
    assert "<barChart>" in chart and f"$C${head + 1}:$C${head + 2}" in chart
    # The n/a item and its justification are listed with the arithmetic.
    justification = data["responses"]["AAA-03"]["justification"]
    assert any(
        c.value == justification and c.data_type == "s" for row in ws.iter_rows() for c in row
    )


def test_gaps_sheet_in_priority_order(report):
    data, _, out, expected = report
    ws = load_workbook(out)["Gaps"]
    head = _header_row(ws, "Rank")
    headers = [c.value for c in ws[head]]
    # What a reader needs first (the printed columns), the technical columns after.
    assert headers[:3] == ["Rank", "Item", "Title"]
    assert headers[6:11] == ["Suggested action", "Owner", "Due", "Status", "Flags"]
    assert headers[11:] == ["Area", "Critical", "Declared level", "Gap", "Weight"]
    assert ws.print_area == f"'Gaps'!$A$1:$K${ws.max_row}"
    ids = [ws.cell(head + i, 2).value for i in range(1, len(expected["gaps"]) + 1)]
    assert ids == expected["gaps"]
    priorities = {i["id"]: i["priority"] for i in expected["items"]}
    assert [ws.cell(head + i, 6).value for i in range(1, len(ids) + 1)] == [
        priorities[i] for i in ids
    ]
    row = head + 1 + ids.index("AAA-01")
    assert ws.cell(row, 8).value == "@head of unit" and ws.cell(row, 8).data_type == "s"
    assert ws.cell(row, 9).value == dt.datetime(2026, 3, 31)
    assert ws.cell(row, 9).number_format == "yyyy-mm-dd"
    assert "overdue" in ws.cell(row, 11).value
    assert ws.freeze_panes == f"A{head + 1}"
    assert ws.auto_filter.ref.startswith(f"A{head}:")


def test_items_sheet_levels_text_and_audit_dropdown(report, mini):
    data, _, out, expected = report
    wb = load_workbook(out)
    ws = wb["Items"]
    rows = item_rows(wb, "readiness_items_item")
    assert list(rows) == [item.id for item in mini.items]
    level = named_cell(wb, "readiness_items_level")
    audit = named_cell(wb, "readiness_items_audit_level")
    note = named_cell(wb, "readiness_items_audit_note")
    assert (level.value, audit.value, note.value) == ("Declared level", "Audit level", "Audit note")
    by_id = {i["id"]: i for i in expected["items"]}
    for item_id, r in rows.items():
        shown = ws.cell(r, level.column).value
        assert shown == ("n/a" if by_id[item_id]["level"] is None else by_id[item_id]["level"])
        assert ws.cell(r, audit.column).value is None and ws.cell(r, note.column).value is None
    evidence = named_cell(wb, "readiness_items_evidence")
    cell = ws.cell(rows["AAA-01"], evidence.column)
    assert cell.data_type == "s"
    assert cell.value.splitlines() == [
        '=HYPERLINK("http://evil")',
        "Board minutes | volume 2 | 2026-01-15",
    ]
    notes = ws.cell(rows["AAA-01"], named_cell(wb, "readiness_items_notes").column)
    assert notes.value == "+33 1 23 45 67 89\nsecond line" and notes.data_type == "s"
    assert ws.cell(
        rows["AAA-03"], named_cell(wb, "readiness_items_justification").column
    ).value == ("=not applicable here")
    # The audit level drop-down: the level list on the hidden sheet, typed values accepted.
    (validation,) = ws.data_validations.dataValidation
    assert validation.type == "list" and not validation.showErrorMessage
    letter = audit.column_letter
    assert str(validation.sqref) == f"{letter}{audit.row + 1}:{letter}{audit.row + 5}"
    sheet, ref = validation.formula1.split("!")
    first, last = ref.replace("$", "").split(":")
    choices = [c.value for row in wb[sheet.strip("'")][first:last] for c in row]
    assert choices == [
        "0 - Absent",
        "1 - Planned",
        "2 - Partial",
        "3 - Implemented",
        "4 - Sustained",
        "n/a",
    ]
    assert ws.freeze_panes == f"B{level.row + 1}"
    assert ws.auto_filter.ref == f"A{level.row}:U{level.row + 5}"
    assert ws.print_title_rows == f"${level.row}:${level.row}"


def test_no_formula_anywhere_and_print_setup(report):
    _, _, out, _ = report
    with zipfile.ZipFile(out) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 4
        for name in sheets:
            assert "<f>" not in archive.read(name).decode(), name
    wb = load_workbook(out)
    # The commander's page is portrait; the tables landscape; never below 70 %.
    orientations = [ws.page_setup.orientation for ws in wb.worksheets[:3]]
    assert orientations == ["portrait", "landscape", "landscape"]
    for ws in wb.worksheets[:3]:
        assert 70 <= ws.page_setup.scale <= 100
        assert not ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.column_dimensions["B"].width > 0
        assert ws.oddFooter.right.text == "&A — Page &P of &N"


def test_document_properties_and_hidden_data(report, mini):
    data, src, out, expected = report
    wb = load_workbook(out)
    props = wb.properties
    assert props.title == "Gap report — Politiets enhet — Nettenheten — 2026-Q4"
    assert props.creator.startswith("readiness ")
    assert props.created == props.modified == dt.datetime(2026, 11, 20, 12, 0)
    meta = {
        row[0].value: [c.value for c in row[1:] if c.value is not None]
        for row in wb["readiness"].iter_rows()
    }
    assert meta["kind"] == ["gap_report"]
    assert meta["assessment_fingerprint"] == [expected["fingerprint"]]
    assert meta["checklist_fingerprint"] == [fingerprint(mini.raw)]
    assert meta["checklist_id"] == ["mini"] and meta["checklist_version"] == ["1.2.0"]
    import json

    embedded = json.loads("".join(meta["assessment_json"]))
    assert fingerprint(embedded) == expected["fingerprint"]
    row = next(r for r in wb["readiness"].iter_rows() if r[0].value == "assessment_json")
    assert all(c.data_type == "s" for c in row if c.value is not None)


def test_same_input_same_bytes(tmp_path, mini, mini_path):
    src = write_assessment(tmp_path / "unit.yaml", rich_assessment(mini))
    one = gap_report(src, tmp_path / "one.xlsx", mini_path)
    two = gap_report(src, tmp_path / "two.xlsx", mini_path)
    assert one.read_bytes() == two.read_bytes()


def test_french_titles_headers_and_checklist_texts(tmp_path, mini, mini_path):
    src = write_assessment(tmp_path / "unit.yaml", rich_assessment(mini))
    out = gap_report(src, tmp_path / "rapport.xlsx", mini_path, "fr")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Synthèse", "Écarts", "Points", "readiness"]
    cells = _label_cells(wb["Synthèse"])
    assert "Service" in cells and "Appréciation" in cells and "Évalué le" in cells
    assert named_cell(wb, "readiness_items_level").value == "Niveau déclaré"
    assert named_cell(wb, "readiness_items_audit_level").value == "Niveau audité"
    rows = item_rows(wb, "readiness_items_item")
    title_col = named_cell(wb, "readiness_items_item").column + 2
    assert wb["Points"].cell(rows["AAA-01"], title_col).value == "Critique avec preuve"
    # Column A repeats on the pages across, so the title starts in B.
    assert wb["Points"]["B1"].value.startswith("Tous les points")
    meta = {row[0].value: row[1].value for row in wb["readiness"].iter_rows(max_col=2)}
    assert meta["lang"] == "fr"


def test_unanswered_items_written_blank(tmp_path, mini, mini_path):
    data = assessment_dict(mini)
    del data["responses"]["BBB-01"]
    src = write_yaml(tmp_path / "partial.yaml", data)
    out = gap_report(src, tmp_path / "partial.xlsx", mini_path, "en", "--allow-incomplete")
    wb = load_workbook(out)
    rows = item_rows(wb, "readiness_items_item")
    level = named_cell(wb, "readiness_items_level")
    ws = wb["Items"]
    assert ws.cell(rows["BBB-01"], level.column).value is None
    assert ws.cell(rows["BBB-01"], level.column + 1).value == 0  # effective level
    assert "unanswered" in ws.cell(rows["BBB-01"], level.column + 5).value


def test_default_path_no_excel_and_refusal_to_overwrite_input(
    mini, mini_path, tmp_path, monkeypatch
):
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)
    write_yaml(Path("unit.yaml"), assessment_dict(mini))
    base = ["--checklist", str(mini_path), "assess"]
    result = runner.invoke(cli, [*base, "unit.yaml", "--no-excel"])
    assert result.exit_code == 0 and not Path("unit-gap-report.xlsx").exists()
    result = runner.invoke(cli, [*base, "unit.yaml"], env={"READINESS_LANG": "en"})
    assert result.exit_code == 0
    assert Path("unit-gap-report.xlsx").is_file()
    assert "Gap report written to unit-gap-report.xlsx" in result.output
    before = Path("unit-gap-report.xlsx").read_bytes()
    result = runner.invoke(cli, ["assess", "unit-gap-report.xlsx", "-o", "unit-gap-report.xlsx"])
    assert result.exit_code == 1
    assert "refusing to write over the input file" in result.output
    assert Path("unit-gap-report.xlsx").read_bytes() == before
    assert sorted(p.name for p in Path(".").iterdir()) == ["unit-gap-report.xlsx", "unit.yaml"]


def test_failed_write_leaves_nothing(tmp_path, mini, mini_path, monkeypatch):
    from readiness.workbooks import gap_report as module

    def broken(path, *args):
        Path(path).write_bytes(b"PK\x03\x04 half a workbook")
        raise RuntimeError("disk gone")

    monkeypatch.setattr(module, "write_gap_report", broken)
    src = write_yaml(tmp_path / "unit.yaml", assessment_dict(mini))
    result = run("--checklist", str(mini_path), "assess", str(src), "-o", str(tmp_path / "r.xlsx"))
    assert result.exit_code != 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["unit.yaml"]


def test_canonical_data_survives_characters_xml_refuses(tmp_path, mini, mini_path):
    data = assessment_dict(mini, overrides={"AAA-02": {"level": 2, "notes": "bad \uffff char"}})
    src = write_yaml(tmp_path / "unit.yaml", data)
    out = gap_report(src, tmp_path / "r.xlsx", mini_path)
    result = run("assess", str(out), "--no-excel", "--format", "json")
    assert result.exit_code == 0, result.output
    from readiness.reading.inputs import read_assessment

    loaded = read_assessment(str(out))
    assert loaded.assessment is not None
    assert canonical_assessment(loaded.assessment)["responses"]["AAA-02"]["notes"] == (
        "bad \uffff char"
    )
