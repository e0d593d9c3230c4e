"""Reading workbooks back (SPEC §7, §8, §10): exact re-scoring, edits, audit columns, safety."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from conftest import assessment_dict, write_yaml
from openpyxl import Workbook, load_workbook
from workbook_helpers import (
    answer_all,
    assess_json,
    fill_questionnaire,
    gap_report,
    item_rows,
    named_cell,
    rich_assessment,
    run,
    write_assessment,
)

from readiness import limits
from readiness.reading.inputs import read_assessment
from readiness.reading.workbook_safety import archive_problems


def _messages(loaded) -> list[str]:
    return [p.message for p in loaded.problems]


# --- gap reports: exact re-scoring ---------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_gap_report_rescores_to_the_yaml_json(tmp_path, mini, mini_path, lang):
    src = write_assessment(tmp_path / "unit.yaml", rich_assessment(mini))
    out = gap_report(src, tmp_path / "report.xlsx", mini_path, lang)
    # The embedded checklist is used: no --checklist needed for the workbook.
    assert assess_json(out) == assess_json(src, mini_path)
    loaded = read_assessment(str(out))
    assert loaded.kind == "gap_report" and loaded.valid and loaded.problems == []
    assert loaded.checklist is not None and loaded.checklist.id == "mini"
    assert loaded.extras["embedded_fingerprint"] == loaded.fingerprint
    assert loaded.extras["audit"] == {} and not loaded.audited
    # The auditor's cells on the Summary, blank in a unit's report (SPEC §14).
    cells = loaded.extras["auditor_cells"]
    assert set(cells) == {"auditor_name", "auditor_role", "audit_date"}
    assert all(c["value"] is None and c["sheet"] for c in cells.values())


def test_gap_report_on_builtin_checklist_and_incomplete(tmp_path, builtin):
    data = assessment_dict(builtin, 2)
    del data["responses"][builtin.items[-1].id]
    src = write_yaml(tmp_path / "unit.yaml", data)
    out = gap_report(src, tmp_path / "report.xlsx", None, "en", "--allow-incomplete")
    assert assess_json(out, None, "--allow-incomplete") == assess_json(
        src, None, "--allow-incomplete"
    )
    # Without --allow-incomplete the workbook is refused like its YAML, at the item's cell.
    loaded = read_assessment(str(out))
    assert not loaded.valid
    (problem,) = [p for p in loaded.problems if p.is_error]
    assert problem.sheet == "Items" and problem.cell.startswith("H")


def test_validate_compare_and_aggregate_accept_gap_reports(tmp_path, mini, mini_path):
    src = write_assessment(tmp_path / "unit.yaml", rich_assessment(mini))
    out = gap_report(src, tmp_path / "report.xlsx", mini_path)
    result = run("validate", str(out))
    assert result.exit_code == 0 and f"{out}: valid" in result.output
    result = run("--checklist", str(mini_path), "compare", str(src), str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["score_delta"] == 0
    folder = tmp_path / "hq"
    folder.mkdir()
    out.rename(folder / "report.xlsx")
    result = run(
        "--checklist", str(mini_path), "aggregate", str(folder), "--no-excel", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["accepted"] == 1


def test_edited_embedded_data_is_an_error(tmp_path, mini, mini_path):
    src = write_assessment(tmp_path / "unit.yaml", assessment_dict(mini))
    out = gap_report(src, tmp_path / "report.xlsx", mini_path)
    wb = load_workbook(out)
    ws = wb["readiness"]
    row = next(r for r in ws.iter_rows() if r[0].value == "assessment_json")
    assert '"level":3' in row[1].value
    row[1].value = row[1].value.replace('"level":3', '"level":4', 1)
    wb.save(out)
    loaded = read_assessment(str(out))
    assert not loaded.valid and loaded.assessment is None
    (problem,) = loaded.problems
    assert "the embedded data was edited" in problem.message
    assert (problem.sheet, problem.cell) == ("readiness", f"B{row[0].row - 2}")
    result = run("assess", str(out), "--no-excel")
    assert result.exit_code == 1
    assert f"{out}:readiness!B{row[0].row - 2}: error: the embedded data was edited" in (
        result.output
    )


def test_edited_declared_level_is_a_warning_at_its_cell(tmp_path, mini, mini_path):
    src = write_assessment(tmp_path / "unit.yaml", assessment_dict(mini))
    out = gap_report(src, tmp_path / "report.xlsx", mini_path)
    wb = load_workbook(out)
    rows = item_rows(wb, "readiness_items_item")
    level = named_cell(wb, "readiness_items_level")
    wb["Items"].cell(rows["AAA-02"], level.column).value = 1
    wb.save(out)
    loaded = read_assessment(str(out))
    assert loaded.valid
    (problem,) = loaded.problems
    assert problem.severity == "warning"
    assert (problem.sheet, problem.cell) == ("Items", f"{level.column_letter}{rows['AAA-02']}")
    assert "changed in this sheet from 3 to 1" in problem.message
    assert assess_json(out) == assess_json(src, mini_path)  # the embedded level wins


def test_audit_columns_become_extras(tmp_path, mini, mini_path):
    src = write_assessment(tmp_path / "unit.yaml", assessment_dict(mini))
    out = gap_report(src, tmp_path / "report.xlsx", mini_path, "fr")
    wb = load_workbook(out)
    rows = item_rows(wb, "readiness_items_item")
    audit = named_cell(wb, "readiness_items_audit_level").column
    note = named_cell(wb, "readiness_items_audit_note").column
    ws = wb["Points"]
    ws.cell(rows["AAA-01"], audit).value = "1 - Planned"
    ws.cell(rows["AAA-01"], note).value = "=no roster seen"
    ws.cell(rows["AAA-01"], note).data_type = "s"  # as typed into the text-formatted cell
    ws.cell(rows["AAA-02"], audit).value = 2
    ws.cell(rows["BBB-01"], note).value = "Accepted after interview"
    ws.cell(rows["BBB-02"], audit).value = "n/a"
    ws.cell(rows["AAA-03"], audit).value = "partiel"
    wb.save(out)
    loaded = read_assessment(str(out))
    assert loaded.valid, loaded.problems
    letter = named_cell(wb, "readiness_items_audit_level").column_letter
    note_letter = named_cell(wb, "readiness_items_audit_note").column_letter
    assert loaded.extras["audit"] == {
        "AAA-01": {
            "level": 1,
            "level_given": True,
            "note": "=no roster seen",
            "cell": f"Points!{letter}{rows['AAA-01']}",
        },
        "AAA-02": {
            "level": 2,
            "level_given": True,
            "note": None,
            "cell": f"Points!{letter}{rows['AAA-02']}",
        },
        "AAA-03": {
            "level": 2,
            "level_given": True,
            "note": None,
            "cell": f"Points!{letter}{rows['AAA-03']}",
        },
        "BBB-01": {
            "level_given": False,
            "note": "Accepted after interview",
            "cell": f"Points!{note_letter}{rows['BBB-01']}",
        },
        "BBB-02": {
            "level": None,
            "level_given": True,
            "note": None,
            "cell": f"Points!{letter}{rows['BBB-02']}",
        },
    }
    result = run("compare", str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    items = {i["id"]: i for i in json.loads(result.stdout)["items"]}
    assert (items["AAA-01"]["base_level"], items["AAA-01"]["other_level"]) == (3, 1)
    assert items["AAA-01"]["audit_note"] == "=no roster seen"


def test_bad_audit_level_is_an_error_at_its_cell(tmp_path, mini, mini_path):
    src = write_assessment(tmp_path / "unit.yaml", assessment_dict(mini))
    out = gap_report(src, tmp_path / "report.xlsx", mini_path)
    wb = load_workbook(out)
    rows = item_rows(wb, "readiness_items_item")
    audit = named_cell(wb, "readiness_items_audit_level")
    wb["Items"].cell(rows["BBB-01"], audit.column).value = "excellent"
    wb.save(out)
    result = run("validate", str(out))
    assert result.exit_code == 1
    assert (
        f"{out}:Items!{audit.column_letter}{rows['BBB-01']}: error: audit level excellent "
        "is not one of 0-4 or Absent, Planned, Partial, Implemented, Sustained, n/a"
    ) in result.output


def test_checklist_option_against_a_gap_report(tmp_path, mini, mini_path, builtin):
    src = write_assessment(tmp_path / "unit.yaml", assessment_dict(mini))
    out = gap_report(src, tmp_path / "report.xlsx", mini_path)
    other = read_assessment(str(out), checklist_spec="interpol-csea-covid19")
    assert not other.valid
    assert "answers checklist 'mini', but it is being checked against" in _messages(other)[0]
    changed = tmp_path / "mini-changed.yaml"
    changed.write_text(
        mini_path.read_text(encoding="utf-8").replace("weight: 5", "weight: 4"), encoding="utf-8"
    )
    loaded = read_assessment(str(out), checklist_spec=str(changed))
    assert loaded.valid and loaded.checklist is not None
    assert loaded.checklist.item("BBB-01").weight == 5  # the embedded checklist scores
    assert [p.severity for p in loaded.problems] == ["warning"]
    assert "the embedded one is used" in loaded.problems[0].message


# --- questionnaires ------------------------------------------------------------------------


def test_filled_questionnaire_scores_like_its_yaml(tmp_path, mini, mini_path):
    q = tmp_path / "q.xlsx"
    assert (
        run("--checklist", str(mini_path), "init", "--format", "xlsx", "-o", str(q)).exit_code == 0
    )
    answers = answer_all(mini)
    answers["AAA-02"] = {"level": 2, "evidence": "Plan 2026 | 2026-02-01\n\nMemo", "owner": "Lee"}
    answers["AAA-03"] = {"level": "n/a", "justification": "No schools in the district"}
    answers["BBB-01"] = {"level": "sustained", "evidence": "Review", "due": "2027-01-31"}
    fill_questionnaire(
        q,
        {"agency_name": "Test Agency", "agency_unit": "Online unit", "agency_country": "fr"},
        answers,
    )
    wb = load_workbook(q)
    named_cell(wb, "readiness_q_period").value = "2026-Q4"
    import datetime as dt

    named_cell(wb, "readiness_q_assessed_on").value = dt.datetime(2026, 11, 20)
    wb.save(q)
    overrides = {
        item.id: {"level": 3, "evidence": [f"Evidence for {item.id}"]} for item in mini.items
    }
    overrides["AAA-02"] = {
        "level": 2,
        "evidence": [{"ref": "Plan 2026", "date": "2026-02-01"}, "Memo"],
        "owner": "Lee",
    }
    overrides["AAA-03"] = {"level": "n/a", "justification": "No schools in the district"}
    overrides["BBB-01"] = {"level": 4, "evidence": ["Review"], "due": "2027-01-31"}
    data = assessment_dict(mini, overrides=overrides)
    del data["checklist_version"]  # a questionnaire's version comes from its hidden sheet
    src = write_yaml(tmp_path / "same.yaml", data)
    loaded = read_assessment(str(q), checklist_spec=str(mini_path))
    assert loaded.kind == "questionnaire" and loaded.valid, loaded.problems
    assert assess_json(q, mini_path)["fingerprint"] != ""
    expected = assess_json(src, mini_path)
    got = assess_json(q, mini_path)
    expected.pop("fingerprint"), got.pop("fingerprint")
    assert got == expected


def test_questionnaire_problems_at_their_cells(tmp_path, mini, mini_path):
    q = tmp_path / "q.xlsx"
    run("--checklist", str(mini_path), "init", "--format", "xlsx", "-o", str(q), "--agency", "A")
    answers = answer_all(mini)
    answers["AAA-01"] = {"level": 7}
    answers["AAA-02"] = {"level": 2, "due": "31/03/2027"}
    answers["BBB-01"] = {"level": "n/a", "justification": "x"}
    answers["BBB-02"] = {"level": "n/a"}
    fill_questionnaire(q, {"agency_country": "UK", "period": "Q4 2026"}, answers)
    wb = load_workbook(q)
    rows = item_rows(wb, "readiness_qcol_item")
    level = named_cell(wb, "readiness_qcol_level").column_letter
    due = named_cell(wb, "readiness_qcol_due").column_letter
    country = named_cell(wb, "readiness_q_agency_country").coordinate
    period = named_cell(wb, "readiness_q_period").coordinate
    # A row typed below the table: an unknown item, and answers without an id.
    ws = wb["Responses"]
    last = max(rows.values())
    ws.cell(last + 1, 1).value = "BBB-03"
    ws.cell(last + 1, 5).value = 3
    ws.cell(last + 2, 6).value = "orphan evidence"
    ws.cell(last + 3, 1).value = "AAA-02"
    wb.save(q)
    result = run("--checklist", str(mini_path), "validate", str(q))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    expected = [
        f"{q}:Responses!{country}: error: 'UK' is not an ISO 3166-1 alpha-2 country code",
        f"{q}:Responses!{period}: error: period 'Q4 2026' is not one of",
        f"{q}:Responses!{level}{rows['AAA-01']}: error: level 7 is not one of 0-4",
        f"{q}:Responses!{due}{rows['AAA-02']}: error: '31/03/2027' is not a date",
        f"{q}:Responses!{level}{rows['BBB-01']}: error: BBB-01 cannot be answered n/a",
        f"{q}:Responses!{level}{rows['BBB-02']}: error: n/a needs a 'justification:'",
        f"{q}:Responses!A{last + 1}: error: 'BBB-03' is not an item of checklist mini",
        f"{q}:Responses!A{last + 2}: error: this row has answers but no item id",
        f"{q}:Responses!A{last + 3}: error: AAA-02 is answered twice",
    ]
    for start in expected:
        assert any(line.startswith(start) for line in lines), (start, lines)
    assert len([line for line in lines if ": error: " in line]) == len(expected)
    # Sorted by position, as SPEC §5 asks.
    cells = [line.split("!")[1].split(":")[0] for line in lines if ": error: " in line]
    assert [int("".join(filter(str.isdigit, c))) for c in cells] == sorted(
        int("".join(filter(str.isdigit, c))) for c in cells
    )


def test_questionnaire_json_problems_have_sheet_and_cell(tmp_path, mini, mini_path):
    q = tmp_path / "q.xlsx"
    run("--checklist", str(mini_path), "init", "--format", "xlsx", "-o", str(q), "--agency", "A")
    result = run("--checklist", str(mini_path), "validate", str(q), "--format", "json")
    assert result.exit_code == 1
    (report,) = json.loads(result.stdout)
    problem = report["problems"][0]
    assert problem["sheet"] == "Responses" and problem["cell"].startswith("C")
    assert "line" not in problem
    assert problem["path"] == "agency.country"


def test_typed_numbers_and_dates_are_read_as_meant(tmp_path, mini, mini_path):
    import datetime as dt

    q = tmp_path / "q.xlsx"
    run("--checklist", str(mini_path), "init", "--format", "xlsx", "-o", str(q), "--agency", "A")
    answers = {item.id: {"level": 3.0, "evidence": 2024} for item in mini.items}
    answers["BBB-01"] = {"level": "4", "evidence": "x", "due": dt.datetime(2027, 3, 31)}
    fill_questionnaire(q, {"agency_country": "no", "period": 2026}, answers)
    loaded = read_assessment(str(q), checklist_spec=str(mini_path))
    assert loaded.valid, loaded.problems
    a = loaded.assessment
    assert (a.agency.country, a.period) == ("NO", "2026")
    assert a.responses["AAA-01"].level == 3 and a.responses["AAA-01"].evidence[0].ref == "2024"
    assert a.responses["BBB-01"].due == dt.date(2027, 3, 31)


def test_questionnaire_for_another_checklist_is_refused(tmp_path, mini, mini_path):
    q = tmp_path / "q.xlsx"
    run("--checklist", str(mini_path), "init", "--format", "xlsx", "-o", str(q))
    loaded = read_assessment(str(q), checklist_spec="interpol-csea-covid19")
    assert not loaded.valid
    assert "answers checklist 'mini'" in _messages(loaded)[0]


# --- not ours, damaged, hostile ------------------------------------------------------------


def _questionnaire(tmp_path: Path, mini_path: Path) -> Path:
    q = tmp_path / "q.xlsx"
    assert (
        run("--checklist", str(mini_path), "init", "--format", "xlsx", "-o", str(q)).exit_code == 0
    )
    return q


def _rewrite(path: Path, replace: dict[str, bytes], add: dict[str, bytes] | None = None) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts.update(replace)
    parts.update(add or {})
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def test_truncated_workbook(tmp_path, mini_path):
    q = _questionnaire(tmp_path, mini_path)
    q.write_bytes(q.read_bytes()[: q.stat().st_size // 2])
    loaded = read_assessment(str(q))
    assert not loaded.valid
    assert "damaged or incomplete" in _messages(loaded)[0]


def test_corrupt_part_inside_a_sound_archive(tmp_path, mini_path):
    q = _questionnaire(tmp_path, mini_path)
    _rewrite(q, {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row"})
    loaded = read_assessment(str(q))
    assert not loaded.valid
    assert "the workbook is damaged" in _messages(loaded)[0]


def test_text_file_named_xlsx_and_other_office_files(tmp_path):
    fake = tmp_path / "fake.xlsx"
    fake.write_text("level: 3\n")
    assert "not one" in _messages(read_assessment(str(fake)))[0]
    docx = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    assert "is a Word document" in _messages(read_assessment(str(docx)))[0]
    ods = tmp_path / "sheet.xlsx"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    assert "OpenDocument" in _messages(read_assessment(str(ods)))[0]


def test_workbook_not_written_by_readiness(tmp_path):
    path = tmp_path / "plain.xlsx"
    wb = Workbook()
    wb.active["A1"] = "level"
    wb.save(path)
    loaded = read_assessment(str(path))
    assert not loaded.valid
    assert "was not written by readiness" in _messages(loaded)[0]
    wb = Workbook()
    meta = wb.create_sheet("readiness")
    meta["A1"], meta["B1"] = "kind", "consolidation"
    wb.save(path)
    assert "is a readiness 'consolidation' workbook" in _messages(read_assessment(str(path)))[0]


def test_lost_defined_name_is_a_clear_error(tmp_path, mini_path):
    q = _questionnaire(tmp_path, mini_path)
    wb = load_workbook(q)
    del wb.defined_names["readiness_qcol_level"]
    wb.save(q)
    loaded = read_assessment(str(q))
    assert not loaded.valid
    assert "lost its 'Level' column" in _messages(loaded)[0]


def test_zip_bombs_are_refused_before_unpacking(tmp_path, mini_path):
    q = _questionnaire(tmp_path, mini_path)
    ratio = tmp_path / "ratio.xlsx"
    ratio.write_bytes(q.read_bytes())
    _rewrite(ratio, {}, {"xl/media/zeros.bin": b"\0" * (8 * 1024 * 1024)})
    assert "compressed" in archive_problems(ratio)[0].message
    assert "zip bomb" in _messages(read_assessment(str(ratio)))[0]

    # Declared sizes are what counts: a small archive claiming a huge unpacked size.
    huge = tmp_path / "huge.xlsx"
    buffer = io.BytesIO(q.read_bytes())
    with zipfile.ZipFile(buffer, "a") as archive:
        info = zipfile.ZipInfo("xl/media/big.bin")
        archive.writestr(info, b"x" * 1000, compress_type=zipfile.ZIP_STORED)
    raw = buffer.getvalue()
    # Patch the central directory entry's uncompressed size (offset 24 in the record).
    central = raw.rindex(b"PK\x01\x02")
    size = (limits.MAX_WORKBOOK_UNPACKED_BYTES + 1).to_bytes(4, "little")
    huge.write_bytes(raw[: central + 24] + size + raw[central + 28 :])
    assert "would unpack to" in archive_problems(huge)[0].message

    many = tmp_path / "many.xlsx"
    many.write_bytes(q.read_bytes())
    _rewrite(many, {}, {f"xl/media/p{i}.bin": b"x" for i in range(limits.MAX_WORKBOOK_PARTS)})
    assert "parts" in _messages(read_assessment(str(many)))[0]

    big = tmp_path / "big.xlsx"
    with big.open("wb") as fh:
        fh.write(b"PK\x03\x04")
        fh.truncate(limits.MAX_WORKBOOK_BYTES + 1)
    assert "bytes; at most" in _messages(read_assessment(str(big)))[0]


BILLION_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">'
    b'<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
)


@pytest.mark.parametrize(
    "part",
    ["xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"],
)
def test_xml_bombs_are_refused(tmp_path, mini_path, part):
    q = _questionnaire(tmp_path, mini_path)
    with zipfile.ZipFile(q) as archive:
        original = archive.read(part)
    body = original.split(b"?>", 1)[1] if original.startswith(b"<?xml") else original
    # Entity declarations alone must be refused: Excel never writes them.
    _rewrite(q, {part: BILLION_LAUGHS + body})
    loaded = read_assessment(str(q))
    assert not loaded.valid
    assert "entity declarations" in _messages(loaded)[0]


def test_no_reading_without_defusedxml(tmp_path, mini_path, monkeypatch):
    import openpyxl

    q = _questionnaire(tmp_path, mini_path)
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    loaded = read_assessment(str(q))
    assert "without XML-bomb protection" in _messages(loaded)[0]


def test_rows_far_below_are_not_read(tmp_path, mini, mini_path):
    q = _questionnaire(tmp_path, mini_path)
    fill_questionnaire(
        q,
        {"agency_name": "A", "agency_country": "FR", "period": "2026"},
        answer_all(mini),
    )
    wb = load_workbook(q)
    wb["Responses"].cell(limits.MAX_WORKBOOK_ROWS + 10, 1).value = "AAA-01"
    wb.save(q)
    loaded = read_assessment(str(q), checklist_spec=str(mini_path))
    assert loaded.valid
    assert [p.message for p in loaded.problems] == [
        f"only the first {limits.MAX_WORKBOOK_ROWS:,} rows of this sheet were read"
    ]


def test_overlong_text_in_a_cell_is_an_error_at_that_cell(tmp_path, mini, mini_path):
    q = _questionnaire(tmp_path, mini_path)
    answers = answer_all(mini)
    answers["AAA-02"] = {"level": 2, "notes": "MARKER"}
    fill_questionnaire(q, {"agency_name": "A", "agency_country": "FR"}, answers)
    with zipfile.ZipFile(q) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    assert sheet.count(b"MARKER") == 1
    long_text = b"x" * (limits.MAX_STRING_CHARS + 1)
    _rewrite(q, {"xl/worksheets/sheet1.xml": sheet.replace(b"MARKER", long_text)})
    loaded = read_assessment(str(q), checklist_spec=str(mini_path))
    assert not loaded.valid
    (problem,) = [p for p in loaded.problems if p.is_error]
    assert problem.message == "the text is longer than 32,767 characters"
    assert problem.sheet == "Responses" and problem.cell.startswith("H")
