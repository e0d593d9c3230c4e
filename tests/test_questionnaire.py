"""The questionnaire workbook of `readiness init --format xlsx` (SPEC §8)."""

from __future__ import annotations

import datetime as dt
import zipfile

from openpyxl import load_workbook
from workbook_helpers import (
    answer_all,
    assess_json,
    fill_questionnaire,
    item_rows,
    named_cell,
    run,
)

from readiness.reading.inputs import read_assessment
from readiness.workbooks.questionnaire import write_questionnaire


def _init(tmp_path, mini_path, *args, lang="en"):
    out = tmp_path / "q.xlsx"
    result = run(
        "--checklist", str(mini_path), "--lang", lang, "init", "--format", "xlsx", "-o", str(out),
        *args,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out)
    return out


def test_top_cells_and_one_row_per_item(tmp_path, mini, mini_path):
    out = _init(
        tmp_path, mini_path, "--agency", "=Brigade", "--country", "fr", "--period", "2026-H2"
    )
    wb = load_workbook(out)
    assert wb.sheetnames == ["Responses", "Guidance", "readiness"]
    assert wb["readiness"].sheet_state == "hidden"
    agency = named_cell(wb, "readiness_q_agency_name")
    assert agency.value == "=Brigade" and agency.data_type == "s"
    assert named_cell(wb, "readiness_q_agency_country").value == "FR"
    assert named_cell(wb, "readiness_q_period").value == "2026-H2"
    assert named_cell(wb, "readiness_q_period").number_format == "@"
    assessed = named_cell(wb, "readiness_q_assessed_on")
    assert assessed.is_date and assessed.value.date() == dt.date.today()
    assert named_cell(wb, "readiness_q_agency_unit").value is None
    assert named_cell(wb, "readiness_q_checklist").value == "mini 1.2.0"
    ws = wb["Responses"]
    # Column A repeats on the pages across: the title starts in B.
    assert ws["B1"].value == "Self-assessment questionnaire — Mini checklist"
    rows = item_rows(wb, "readiness_qcol_item")
    assert list(rows) == [item.id for item in mini.items]
    head = named_cell(wb, "readiness_qcol_item").row
    assert [c.value for c in ws[head]][:15] == [
        "Item", "Area", "Title", "Requirement", "Level", "Evidence", "Justification",
        "Notes", "Owner", "Due", "Status", "Exception: reason", "Exception: approved by",
        "Exception: approved on", "Exception: expires",
    ]  # fmt: skip
    row = [c.value for c in ws[rows["AAA-01"]]]
    assert row[:4] == ["AAA-01", "AAA", "Critical with evidence", "A critical requirement."]
    assert row[4:15] == [None] * 11
    assert row[15:20] == [3, 3, "yes", "yes", "no"]
    assert ws.cell(rows["BBB-01"], 16).value == 4  # the item's own target
    for column in ("evidence", "justification", "notes", "owner"):
        col = named_cell(wb, f"readiness_qcol_{column}").column
        assert ws.cell(rows["AAA-02"], col).number_format == "@"
    assert ws.cell(rows["AAA-02"], named_cell(wb, "readiness_qcol_due").column).number_format == (
        "yyyy-mm-dd"
    )
    assert ws.freeze_panes == f"B{head + 1}"
    assert ws.auto_filter.ref == f"A{head}:T{head + 5}"  # guidance in its own sheet
    assert ws.page_setup.orientation == "landscape"
    assert wb.properties.creator.startswith("readiness")


def test_level_dropdown_accepts_typed_values(tmp_path, mini_path):
    out = _init(tmp_path, mini_path)
    wb = load_workbook(out)
    ws = wb["Responses"]
    level = named_cell(wb, "readiness_qcol_level")
    validation, status = ws.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.showErrorMessage is False  # a number or key typed in is kept
    status_col = named_cell(wb, "readiness_qcol_status").column_letter
    assert str(status.sqref) == f"{status_col}{level.row + 1}:{status_col}{level.row + 5}"
    sheet, ref = status.formula1.split("!")
    first, last = ref.replace("$", "").split(":")
    assert [c.value for row in wb[sheet.strip("'")][first:last] for c in row] == [
        "open", "in_progress", "done", "dropped",
    ]  # fmt: skip
    assert validation.showInputMessage and validation.prompt
    letter = level.column_letter
    assert str(validation.sqref) == f"{letter}{level.row + 1}:{letter}{level.row + 5}"
    sheet, ref = validation.formula1.split("!")
    first, last = ref.replace("$", "").split(":")
    assert [c.value for row in wb[sheet.strip("'")][first:last] for c in row] == [
        "0 - Absent", "1 - Planned", "2 - Partial", "3 - Implemented", "4 - Sustained", "n/a",
    ]  # fmt: skip


def test_french_questionnaire_is_read_back(tmp_path, mini, mini_path):
    out = _init(tmp_path, mini_path, "--agency", "Brigade", "--country", "FR", lang="fr")
    wb = load_workbook(out)
    assert wb.sheetnames == ["Réponses", "Conseils", "readiness"]
    assert named_cell(wb, "readiness_qcol_level").value == "Niveau"
    assert named_cell(wb, "readiness_qcol_evidence").value == "Justificatifs"
    rows = item_rows(wb, "readiness_qcol_item")
    assert wb["Réponses"].cell(rows["AAA-01"], 3).value == "Critique avec preuve"
    with zipfile.ZipFile(out) as archive:
        meta = archive.read("xl/worksheets/sheet3.xml").decode()  # after Conseils
    assert "3 - Mis en œuvre" in meta
    answers = answer_all(mini, "3 - Mis en œuvre")
    answers["AAA-02"] = {"level": "Partiel"}
    answers["AAA-03"] = {"level": "sans objet", "justification": "Pas d'école"}
    fill_questionnaire(out, answers=answers)
    loaded = read_assessment(str(out), checklist_spec=str(mini_path))
    assert loaded.valid, loaded.problems
    levels = {k: (r.level, r.na) for k, r in loaded.assessment.responses.items()}
    assert levels["AAA-01"] == (3, False) and levels["AAA-02"] == (2, False)
    assert levels["AAA-03"] == (None, True)
    result = run("--checklist", str(mini_path), "assess", str(out), "--no-excel")
    assert result.exit_code == 0, result.output


def test_questionnaire_is_accepted_by_every_reading_command(tmp_path, mini, mini_path):
    out = _init(tmp_path, mini_path, "--agency", "A", "--country", "FR", "--period", "2026-Q4")
    fill_questionnaire(out, answers=answer_all(mini, "4 - Sustained"))
    base = ["--checklist", str(mini_path)]
    assert run(*base, "validate", str(out)).exit_code == 0
    assert assess_json(out, mini_path)["score"] == 100.0
    result = run(*base, "compare", str(out), str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    result = run(*base, "aggregate", str(out), "--no-excel", "--format", "json")
    assert result.exit_code == 0, result.output
    gap = tmp_path / "gap.xlsx"
    result = run(*base, "assess", str(out), "-o", str(gap))
    assert result.exit_code == 0 and gap.is_file()


def test_same_day_same_bytes(tmp_path, mini):
    today = dt.date(2026, 11, 20)
    one, two = tmp_path / "one.xlsx", tmp_path / "two.xlsx"
    for path in (one, two):
        write_questionnaire(path, mini, "en", agency="A", country="FR", period=None, today=today)
    assert one.read_bytes() == two.read_bytes()
    wb = load_workbook(one)
    assert named_cell(wb, "readiness_q_period").value == "2026-Q4"  # the quarter of `today`
    assert wb.properties.created == dt.datetime(2026, 11, 20, 12, 0)


def test_init_xlsx_refuses_to_overwrite(tmp_path, mini_path):
    out = _init(tmp_path, mini_path)
    before = out.read_bytes()
    result = run("--checklist", str(mini_path), "init", "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 1 and "already exists" in result.output
    assert out.read_bytes() == before
