"""SPEC §14, the assessment cycle, through the commands: explained ratings in every output,
action status, exceptions (validation, table, Markdown, JSON, gap report)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import assessment_dict, write_yaml
from openpyxl import load_workbook

from readiness.cli import cli

EXCEPTION = {
    "reason": "Secure line delivered in March",
    "approved_by": "Head of Directorate",
    "approved_on": "2026-10-01",
    "expires": "2027-03-31",
}


def run(*args: str, lang: str = "en") -> Any:
    return CliRunner().invoke(cli, list(args), env={"READINESS_LANG": lang})


def _capped(mini, tmp_path: Path, **aaa01: Any) -> Path:
    """AAA-01 (critical) at 0: score 80, partially ready by score, not ready by the gate."""
    data = assessment_dict(mini, overrides={"AAA-01": {"level": 0, **aaa01}})
    data["responses"]["BBB-01"]["level"] = 4
    return write_yaml(tmp_path / "capped.yaml", data)


def test_capped_rating_explained_in_table_markdown_and_json(mini, mini_path, tmp_path):
    path = _capped(mini, tmp_path)
    table = run("--checklist", str(mini_path), "assess", str(path), "--no-excel")
    assert table.exit_code == 0, table.output
    assert (
        "Rating capped at Not ready: AAA-01 (critical) is at level 0 "
        "(the score alone gives Partially ready)" in table.output
    )
    md = run(
        "--checklist", str(mini_path), "assess", str(path), "--no-excel", "--format", "markdown"
    )
    assert "**Rating capped at Not ready: AAA-01 (critical) is at level 0" in md.output
    data = json.loads(
        run(
            "--checklist", str(mini_path), "assess", str(path), "--no-excel", "--format", "json"
        ).output
    )
    assert data["score"] == 80.0
    assert (data["rating"], data["rating_by_score"]) == ("not_ready", "partially_ready")
    assert data["rating_capped_by"] == [
        {"item": "AAA-01", "level": 0, "target": 3, "gate": "critical_absent"}
    ]
    assert data["rating_without_exceptions"] == "not_ready" and data["exceptions"] == []
    item = data["items"][0]
    assert {k: item[k] for k in ("title", "owner", "due", "status")} == {
        "title": "Critical with evidence",
        "owner": None,
        "due": None,
        "status": None,
    }


def test_capped_rating_in_french(mini, mini_path, tmp_path):
    path = _capped(mini, tmp_path)
    out = run("--checklist", str(mini_path), "assess", str(path), "--no-excel", lang="fr").output
    assert (
        "Appréciation plafonnée à «\u202fNon prêt\u202f»\u202f: AAA-01 (critique) est au niveau 0"
        in out
    )


def test_exception_shows_both_ratings_everywhere(mini, mini_path, tmp_path):
    path = _capped(mini, tmp_path, exception=EXCEPTION)
    out = tmp_path / "report.xlsx"
    table = run("--checklist", str(mini_path), "assess", str(path), "-o", str(out))
    assert table.exit_code == 0, table.output
    assert "Partially ready; Not ready without 1 exception" in table.output
    assert "AAA-01: approved by Head of Directorate on 2026-10-01, expires 2027-03-31" in (
        table.output
    )
    assert "Rating capped" not in table.output
    data = json.loads(
        run(
            "--checklist", str(mini_path), "assess", str(path), "--no-excel", "--format", "json"
        ).output
    )
    assert data["score"] == 80.0
    assert (data["rating"], data["rating_without_exceptions"]) == ("partially_ready", "not_ready")
    assert data["rating_capped_by"] == []
    assert data["exceptions"] == [
        {
            "item": "AAA-01",
            "approved_by": "Head of Directorate",
            "expires": "2027-03-31",
            "expired": False,
        }
    ]
    md = run(
        "--checklist", str(mini_path), "assess", str(path), "--no-excel", "--format", "markdown"
    )
    assert "Partially ready; Not ready without 1 exception" in md.output
    # The gap report's Summary says the same.
    texts = [c for row in load_workbook(out)["Summary"].iter_rows(values_only=True) for c in row]
    assert "Partially ready; Not ready without 1 exception" in texts
    assert any(isinstance(c, str) and c.startswith("AAA-01: approved by") for c in texts)


def test_expired_exception_flagged_and_without_effect(mini, mini_path, tmp_path):
    path = _capped(mini, tmp_path, exception={**EXCEPTION, "expires": "2026-11-19"})
    data = json.loads(
        run(
            "--checklist", str(mini_path), "assess", str(path), "--no-excel", "--format", "json"
        ).output
    )
    assert data["rating"] == data["rating_without_exceptions"] == "not_ready"
    assert data["exceptions"][0]["expired"] is True
    assert "exception_expired" in data["items"][0]["flags"]


def test_gap_report_summary_gives_the_reason(mini, mini_path, tmp_path):
    out = tmp_path / "report.xlsx"
    run("--checklist", str(mini_path), "assess", str(_capped(mini, tmp_path)), "-o", str(out))
    rows = {r[0]: r[1] for r in load_workbook(out)["Summary"].iter_rows(values_only=True) if r}
    assert rows["Rating"] == "Not ready"
    assert rows["Reason for the rating"].startswith(
        "Rating capped at Not ready: AAA-01 (critical) is at level 0"
    )


@pytest.mark.parametrize(
    "answer,message",
    [
        (
            {"status": "finished"},
            "status 'finished' is not one of open, in_progress, done, dropped",
        ),
        ({"status": "in progress"}, "did you mean 'in_progress'?"),
        ({"exception": {"reason": "x"}}, "responses.AAA-02.exception.approved_by is required"),
        ({"exception": "yes"}, "exception is a mapping with reason, approved_by"),
        (
            {"exception": {**EXCEPTION, "expires": "2026-09-01"}},
            "the exception expires (2026-09-01) before it was approved (2026-10-01)",
        ),
        ({"exception": {**EXCEPTION, "by": "me"}}, "unknown key 'by'"),
    ],
)
def test_status_and_exception_validation(mini, mini_path, tmp_path, answer, message):
    data = assessment_dict(mini, overrides={"AAA-02": {"level": 1, **answer}})
    path = write_yaml(tmp_path / "a.yaml", data)
    result = run("--checklist", str(mini_path), "validate", str(path))
    assert result.exit_code == 1
    assert message in result.output


def test_exception_on_item_at_target_is_a_warning(mini, mini_path, tmp_path):
    data = assessment_dict(mini, overrides={"AAA-02": {"level": 3, "exception": EXCEPTION}})
    path = write_yaml(tmp_path / "a.yaml", data)
    result = run("--checklist", str(mini_path), "validate", str(path))
    assert result.exit_code == 0
    assert "warning: AAA-02 is at its target: the exception has nothing to excuse" in result.output


def test_status_flags_in_json(mini, mini_path, tmp_path):
    data = assessment_dict(
        mini,
        overrides={
            "AAA-02": {"level": 1, "due": "2026-06-30", "status": "done", "owner": "Lt Dupont"},
            "BBB-02": {"level": 1, "due": "2026-06-30", "status": "in_progress"},
        },
    )
    path = write_yaml(tmp_path / "a.yaml", data)
    items = {
        i["id"]: i
        for i in json.loads(
            run(
                "--checklist", str(mini_path), "assess", str(path), "--no-excel", "--format", "json"
            ).output
        )["items"]
    }
    assert items["AAA-02"]["flags"] == ["done_gap_open"]
    assert (items["AAA-02"]["status"], items["AAA-02"]["owner"]) == ("done", "Lt Dupont")
    assert items["AAA-02"]["due"] == "2026-06-30"
    assert items["BBB-02"]["flags"] == ["overdue"]


def _with_cycle_fields(mini) -> dict[str, Any]:
    return assessment_dict(
        mini,
        overrides={
            "AAA-01": {"level": 0, "exception": EXCEPTION, "owner": "Cdt Martin"},
            "AAA-02": {"level": 1, "due": "2026-06-30", "status": "in_progress"},
        },
    )


def test_status_and_exception_survive_every_conversion(mini, mini_path, tmp_path):
    from readiness.reading.inputs import read_assessment

    source = write_yaml(tmp_path / "a.yaml", _with_cycle_fields(mini))
    original = read_assessment(str(source), checklist_spec=str(mini_path))
    assert original.valid
    q = tmp_path / "q.xlsx"
    back = tmp_path / "back.yaml"
    report = tmp_path / "r.xlsx"
    assert run("--checklist", str(mini_path), "convert", str(source), "-o", str(q)).exit_code == 0
    assert run("--checklist", str(mini_path), "convert", str(q), "-o", str(back)).exit_code == 0
    run("--checklist", str(mini_path), "assess", str(source), "-o", str(report))
    for path in (q, back, report):
        loaded = read_assessment(str(path), checklist_spec=str(mini_path))
        assert loaded.valid, (path, loaded.problems)
        assert loaded.fingerprint == original.fingerprint, path
        assert loaded.assessment.responses["AAA-02"].status == "in_progress"
        assert loaded.assessment.responses["AAA-01"].exception.approved_by == (
            "Head of Directorate"
        )


def test_questionnaire_exception_problem_at_its_cell(mini, mini_path, tmp_path):
    from workbook_helpers import named_cell

    source = write_yaml(tmp_path / "a.yaml", _with_cycle_fields(mini))
    q = tmp_path / "q.xlsx"
    run("--checklist", str(mini_path), "convert", str(source), "-o", str(q))
    wb = load_workbook(q)
    ws = wb["Responses"]
    column = named_cell(wb, "readiness_qcol_exception_approved_by").column
    row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "AAA-01")
    ws.cell(row, column).value = None
    wb.save(q)
    result = run("--checklist", str(mini_path), "validate", str(q))
    assert result.exit_code == 1
    cell = f"{ws.cell(row, column).column_letter}{row}"
    assert f"Responses!{cell}: error: responses.AAA-01.exception.approved_by is required" in (
        result.output
    )


# --- compare: what moved the score ---------------------------------------------------------


def test_compare_lists_an_effective_level_change_never_no_item_changed(
    mini, mini_path, tmp_path, monkeypatch
):
    monkeypatch.setenv("COLUMNS", "200")  # one line per item: the cells are checked whole
    # The case: the same assessment with one item's evidence removed.
    base = write_yaml(tmp_path / "q3.yaml", assessment_dict(mini))
    other_data = assessment_dict(mini)
    other_data["responses"]["AAA-01"] = {"level": 3}
    other = write_yaml(tmp_path / "q4.yaml", other_data)
    table = run("--checklist", str(mini_path), "compare", str(base), str(other))
    assert "No item changed" not in table.output
    assert "+unevidenced" in table.output and "3→2" in table.output
    data = json.loads(
        run(
            "--checklist", str(mini_path), "compare", str(base), str(other), "--format", "json"
        ).output
    )
    assert data["score_delta"] < 0
    item = next(i for i in data["items"] if i["id"] == "AAA-01")
    assert (item["change"], item["base_effective_level"], item["other_effective_level"]) == (
        "same",
        3,
        2,
    )
    assert (item["flags_added"], item["flags_removed"]) == (["unevidenced"], [])
    assert data["other"]["rating"] == "partially_ready"
    assert data["other"]["rating_capped_by"] == [
        {"item": "AAA-01", "level": 2, "target": 3, "gate": "critical_below_target"}
    ]


def test_compare_lists_action_status_changes_and_whether_the_level_rose(
    mini, mini_path, tmp_path, monkeypatch
):
    monkeypatch.setenv("COLUMNS", "200")  # one line per item: the cells are checked whole
    q3 = assessment_dict(
        mini,
        overrides={
            "AAA-02": {"level": 1, "status": "open", "due": "2026-12-31"},
            "BBB-02": {"level": 1, "status": "in_progress"},
        },
    )
    q4 = assessment_dict(
        mini,
        overrides={
            "AAA-02": {"level": 1, "status": "done", "due": "2026-12-31"},
            "BBB-02": {"level": 3, "status": "done"},
        },
    )
    base = write_yaml(tmp_path / "q3.yaml", q3)
    other = write_yaml(tmp_path / "q4.yaml", q4)
    table = run("--checklist", str(mini_path), "compare", str(base), str(other)).output
    assert "open → done; level did not rise" in table
    assert "in progress → done; level rose" in table
    data = json.loads(
        run(
            "--checklist", str(mini_path), "compare", str(base), str(other), "--format", "json"
        ).output
    )
    items = {i["id"]: i for i in data["items"]}
    assert (items["AAA-02"]["base_status"], items["AAA-02"]["other_status"]) == ("open", "done")
    assert items["AAA-02"]["level_rose"] is False
    assert items["AAA-02"]["flags_added"] == ["done_gap_open"]
    assert items["BBB-02"]["level_rose"] is True
    out = tmp_path / "diff.xlsx"
    run("--checklist", str(mini_path), "compare", str(base), str(other), "-o", str(out))
    ws = load_workbook(out)["Items"]
    rows = {r[0]: r for r in ws.iter_rows(values_only=True) if r and r[0] in items}
    assert rows["AAA-02"][12:16] == ("+done, gap open", "open", "done", "no")
    assert rows["BBB-02"][13:16] == ("in progress", "done", "yes")


def test_aggregate_explains_capped_ratings(mini, mini_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _capped(mini, folder)
    out = tmp_path / "hq.xlsx"
    result = run(
        "--checklist", str(mini_path), "aggregate", str(folder), "-o", str(out), "--format", "json"
    )
    assert result.exit_code == 0, result.output
    (submission,) = json.loads(result.stdout)["submissions"]
    assert submission["rating"] == "not_ready"
    assert submission["rating_capped_by"] == [
        {"item": "AAA-01", "level": 0, "target": 3, "gate": "critical_absent"}
    ]
    assert submission["audited"] is False
    ws = load_workbook(out).worksheets[0]
    texts = [c for row in ws.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert "AAA-01 (critical) is at level 0" in texts


# --- init --from: carry forward ------------------------------------------------------------


@pytest.mark.parametrize(
    "period,expected",
    [
        ("2026-Q4", "2027-Q1"),
        ("2026-Q1", "2026-Q2"),
        ("2026-H2", "2027-H1"),
        ("2026-H1", "2026-H2"),
        ("2026", "2027"),
        ("2026-12", "2027-01"),
        ("2026-09", "2026-10"),
        ("2026-H3", None),
        ("nonsense", None),
    ],
)
def test_next_period_of_the_same_kind(period, expected):
    from readiness.core.carry_forward import next_period

    assert next_period(period) == expected


def _previous(mini) -> dict[str, Any]:
    data = _with_cycle_fields(mini)
    data["responses"]["BBB-01"] = {
        "level": 2,
        "evidence": [{"ref": "Old roster", "date": "2020-01-15"}, "Undated memo"],
        "notes": "Roster renewed yearly",
        "owner": "Lt Dupont",
        "due": "2027-06-30",
        "status": "open",
    }
    data["responses"]["AAA-03"] = {"level": "n/a", "justification": "No schools in the area"}
    return data


def test_init_from_yaml_carries_every_answer_to_the_next_period(mini, mini_path, tmp_path):
    import datetime as dt

    import yaml

    from readiness.reading.inputs import read_assessment

    previous = write_yaml(tmp_path / "q4.yaml", _previous(mini))
    out = tmp_path / "q1.yaml"
    result = run("--checklist", str(mini_path), "init", "--from", str(previous), "-o", str(out))
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "# Carried forward from q4.yaml (2026-Q4) to 2027-Q1" in text
    assert "# 1 dated evidence entries are older than 365 days" in text
    # the stale mark sits just above the item it concerns
    before_item = text.split("\n  BBB-01:")[0].split("\n  AAA-03:")[1].splitlines()
    assert any(
        line.startswith("  # STALE evidence: 'Old roster' dated 2020-01-15 is ")
        for line in before_item
    )
    data = yaml.safe_load(text)
    assert data["period"] == "2027-Q1"
    assert data["assessed_on"] == dt.date.today()
    old = read_assessment(str(previous), checklist_spec=str(mini_path)).assessment
    new = read_assessment(str(out), checklist_spec=str(mini_path))
    assert new.valid, new.problems
    assert new.assessment.responses == old.responses  # every field, status and exception too
    assert new.assessment.agency == old.agency and new.assessment.assessor == old.assessor


def test_init_from_period_override_and_refusal_to_overwrite(mini, mini_path, tmp_path):
    previous = write_yaml(tmp_path / "q4.yaml", _previous(mini))
    out = tmp_path / "next.yaml"
    args = ["--checklist", str(mini_path), "init", "--from", str(previous), "-o", str(out)]
    assert run(*args, "--period", "2027-H1").exit_code == 0
    assert 'period: "2027-H1"' in out.read_text(encoding="utf-8")
    again = run(*args)
    assert again.exit_code == 1 and "--force" in again.output
    same = run("--checklist", str(mini_path), "init", "--from", str(previous), "-o", str(previous))
    assert same.exit_code == 1
    invalid = write_yaml(tmp_path / "bad.yaml", {**_previous(mini), "period": "someday"})
    bad = run("--checklist", str(mini_path), "init", "--from", str(invalid), "-o", "x.yaml")
    assert bad.exit_code == 1 and "period 'someday'" in bad.output


def test_init_from_gap_report_carries_audit_levels_into_a_questionnaire(mini, mini_path, tmp_path):
    from workbook_helpers import item_rows, named_cell

    from readiness.reading.inputs import read_assessment

    previous = write_yaml(tmp_path / "q4.yaml", _previous(mini))
    report = tmp_path / "q4-gap-report.xlsx"
    run("--checklist", str(mini_path), "assess", str(previous), "-o", str(report))
    wb = load_workbook(report)
    rows = item_rows(wb, "readiness_items_item")
    audit = named_cell(wb, "readiness_items_audit_level").column
    wb["Items"].cell(rows["AAA-02"], audit).value = "0 - Absent"
    wb.save(report)
    out = tmp_path / "q1.xlsx"
    result = run("init", "--from", str(report), "-o", str(out))
    assert result.exit_code == 0, result.output
    carried = read_assessment(str(out), checklist_spec=str(mini_path))
    assert carried.valid, carried.problems
    responses = carried.assessment.responses
    assert responses["AAA-02"].level == 0  # the audit level, not the declared 1
    assert responses["AAA-02"].status == "in_progress"
    assert responses["AAA-01"].exception is not None
    assert carried.assessment.period == "2027-Q1"
    # the note column says which evidence is stale
    q = load_workbook(out)
    ws = q["Responses"]
    q_rows = item_rows(q, "readiness_qcol_item")
    texts = [c.value for c in ws[q_rows["BBB-01"]] if isinstance(c.value, str)]
    assert any(t.startswith("STALE evidence: 'Old roster' dated 2020-01-15") for t in texts)


def test_onto_another_version_by_id_reports_what_is_not_carried(mini, mini_path, tmp_path):
    from test_compare import mini_variant

    from readiness.reading.carry_source import onto_checklist
    from readiness.reading.checklists import load_checklist
    from readiness.reading.inputs import read_assessment

    newer = load_checklist(str(mini_variant(tmp_path)))
    previous = write_yaml(tmp_path / "q4.yaml", _previous(mini))
    loaded = read_assessment(str(previous), checklist_spec=str(mini_path))
    mapped, problems, migration = onto_checklist(loaded.assessment, mini, newer)
    assert migration is None  # no crosswalk for a custom checklist: carried by id
    assert list(mapped.responses) == [item.id for item in newer.items]
    assert mapped.responses["BBB-01"] == loaded.assessment.responses["BBB-01"]
    assert not mapped.responses["BBB-03"].answered
    messages = [p.message for p in problems]
    assert any("no longer has, and is not carried: AAA-02" in m for m in messages)
    assert any("new in mini 1.3.0 and needs an answer: BBB-03" in m for m in messages)


# --- assess --audited: the audited result --------------------------------------------------


def _audit(report: Path, levels: dict[str, Any], notes: dict[str, str], **who: Any) -> None:
    """Fill in the auditor's cells on the Summary and the audit columns, as an auditor does."""
    import datetime as dt

    from workbook_helpers import item_rows, named_cell

    wb = load_workbook(report)
    for key, value in {
        "auditor_name": "Insp. Jane Okafor",
        "auditor_role": "INTERPOL regional auditor",
        "audit_date": dt.date(2026, 12, 10),
        **who,
    }.items():
        cell = named_cell(wb, f"readiness_{key}")
        cell.value = value
    rows = item_rows(wb, "readiness_items_item")
    level_col = named_cell(wb, "readiness_items_audit_level").column
    note_col = named_cell(wb, "readiness_items_audit_note").column
    ws = wb["Items"]
    for item_id, level in levels.items():
        ws.cell(rows[item_id], level_col).value = level
    for item_id, note in notes.items():
        ws.cell(rows[item_id], note_col).value = note
    wb.save(report)


def _declared_report(mini, mini_path, tmp_path: Path) -> Path:
    # Declared: everything at target (score 100, ready).
    source = write_yaml(tmp_path / "unit.yaml", assessment_dict(mini))
    report = tmp_path / "unit-gap-report.xlsx"
    assert (
        run("--checklist", str(mini_path), "assess", str(source), "-o", str(report)).exit_code == 0
    )
    return report


def test_assess_audited_needs_the_auditor(mini, mini_path, tmp_path):
    report = _declared_report(mini, mini_path, tmp_path)
    result = run("assess", str(report), "--audited", "--no-excel")
    assert result.exit_code == 1
    assert "Summary!B" in result.output and "the Auditor is required" in result.output
    plain = run("--checklist", str(mini_path), "assess", str(tmp_path / "unit.yaml"), "--audited")
    assert plain.exit_code == 1 and "--audited reads a gap report" in plain.output


def test_assess_audited_writes_the_audited_report_every_reader_uses(mini, mini_path, tmp_path):
    from readiness.reading.inputs import read_assessment

    report = _declared_report(mini, mini_path, tmp_path)
    # The auditor finds AAA-01 (critical) absent and notes why; accepts the rest.
    _audit(report, {"AAA-01": "0 - Absent"}, {"AAA-01": "no protocol on file", "AAA-02": "ok"})
    out = tmp_path / "audited.xlsx"
    result = run("assess", str(report), "--audited", "-o", str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    assert "Audited by Insp. Jane Okafor (INTERPOL regional auditor) on 2026-12-10" in (
        result.stderr
    )
    data = json.loads(result.stdout)
    assert data["audited"] == {
        "name": "Insp. Jane Okafor",
        "role": "INTERPOL regional auditor",
        "date": "2026-12-10",
    }
    assert data["items"][0]["level"] == 0 and data["rating"] == "not_ready"
    # The audited report: marked, both fingerprints, auditor recorded, notes kept.
    wb = load_workbook(out)
    summary = {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r and r[0]}
    assert wb["Summary"]["A1"].value.startswith("Audited gap report")
    assert summary["Audited by"] == "Insp. Jane Okafor (INTERPOL regional auditor), 2026-12-10"
    assert summary["Fingerprint"] != summary["Fingerprint of the unit's declaration"]
    assert summary["Auditor"] == "Insp. Jane Okafor"
    items = {r[0]: r for r in wb["Items"].iter_rows(values_only=True) if r and r[0]}
    header = list(items["Item"])
    aaa = items["AAA-01"]
    assert aaa[header.index("Declared level")] == 3  # the unit's declaration, shown
    assert aaa[header.index("Effective level")] == 0  # the audited result
    assert aaa[header.index("Audit level")] == "0 - Absent"
    assert aaa[header.index("Audit note")] == "no protocol on file"
    # Every reader reads the audited result.
    loaded = read_assessment(str(out))
    assert loaded.valid and loaded.audited, loaded.problems
    assert loaded.problems == []
    assert loaded.assessment.responses["AAA-01"].level == 0
    assert run("validate", str(out)).exit_code == 0
    rescored = json.loads(run("assess", str(out), "--no-excel", "--format", "json").stdout)
    assert rescored["score"] == data["score"] and rescored["audited"] == data["audited"]
    back = tmp_path / "back.yaml"
    assert run("convert", str(out), "-o", str(back)).exit_code == 0
    assert read_assessment(str(back), checklist_spec=str(mini_path)).fingerprint == (
        loaded.fingerprint
    )
    # compare of the audited report alone: the unit's declaration against the audit
    diff = json.loads(run("compare", str(out), "--format", "json").stdout)
    item = next(i for i in diff["items"] if i["id"] == "AAA-01")
    assert (item["base_level"], item["other_level"], item["audit_note"]) == (
        3,
        0,
        "no protocol on file",
    )
    assert diff["base"]["score"] > diff["other"]["score"] == data["score"]
    # compared with the unit's own file, the audit is what moved
    moved = json.loads(
        run(
            "--checklist",
            str(mini_path),
            "compare",
            str(tmp_path / "unit.yaml"),
            str(out),
            "--format",
            "json",
        ).stdout
    )
    assert next(i for i in moved["items"] if i["id"] == "AAA-01")["change"] == "down"


def test_aggregate_counts_the_audit_and_keeps_it_over_a_later_plain_file(mini, mini_path, tmp_path):
    report = _declared_report(mini, mini_path, tmp_path)
    _audit(report, {"AAA-02": 1}, {})
    folder = tmp_path / "hq"
    folder.mkdir()
    audited = folder / "unit-audited.xlsx"
    assert run("assess", str(report), "--audited", "-o", str(audited)).exit_code == 0
    # The unit sends a plain file of the same period later.
    later = assessment_dict(mini, assessed_on="2026-12-20")
    write_yaml(folder / "unit-resent.yaml", later)
    result = run(
        "--checklist", str(mini_path), "aggregate", str(folder), "--no-excel", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    subs = {Path(s["file"]).name: s for s in json.loads(result.stdout)["submissions"]}
    assert subs["unit-audited.xlsx"]["status"] == "accepted"
    assert subs["unit-audited.xlsx"]["audited"] is True
    assert subs["unit-resent.yaml"]["status"] == "superseded"
    assert subs["unit-resent.yaml"]["reason"] == "audited"
    # The audited levels are the ones counted: AAA-02 at 1 (w2, target 3) loses 2 × 2/3 and
    # BBB-01 at 3 (w5, target 4) 5 × 1/4, of 15: 100 × (15 − 4/3 − 5/4) / 15 = 82.8
    assert subs["unit-audited.xlsx"]["score"] == 82.8
    out = tmp_path / "hq.xlsx"
    run("--checklist", str(mini_path), "aggregate", str(folder), "-o", str(out))
    texts = [c for row in load_workbook(out).worksheets[0].iter_rows(values_only=True) for c in row]
    assert "audited gap report" in texts


def test_init_from_an_audited_report_carries_the_audit(mini, mini_path, tmp_path):
    report = _declared_report(mini, mini_path, tmp_path)
    _audit(report, {"AAA-02": 1}, {})
    audited = tmp_path / "unit-audited.xlsx"
    run("assess", str(report), "--audited", "-o", str(audited))
    out = tmp_path / "next.yaml"
    assert run("init", "--from", str(audited), "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "The levels carried are the audited ones." in text
    assert "AAA-02:\n    level: 1" in text


def test_init_from_an_older_version_goes_through_the_crosswalk(tmp_path):
    import yaml

    from readiness.reading.checklists import latest_version

    previous = Path(__file__).parent / "data" / "assessments" / "v1.0.0" / "critical-gaps.yaml"
    out = tmp_path / "next.yaml"
    result = run("init", "--from", str(previous), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "through the crosswalk" in result.stderr
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["checklist_version"] == latest_version("interpol-csea-covid19") != "1.0.0"
    assert data["period"] == "2027-Q1"
    assert run("validate", str(out), "--allow-incomplete").exit_code == 0
    # what migrate says is said here too: items to review, new items to answer
    text = out.read_text(encoding="utf-8")
    assert "# Carried forward from critical-gaps.yaml (2026-Q4) to 2027-Q1" in text
    assert "\n  # REVIEW: reworded in" in text


# --- the README's example session, run as written ------------------------------------------


def _readme_session() -> list[str]:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    fenced = readme.split("<!-- cycle-session -->", 1)[1].split("```", 2)[1]
    block = fenced.split("\n", 1)[1]  # after the fence's language
    return [line for line in block.splitlines() if line.strip()]


def test_readme_session_runs_as_written(tmp_path, monkeypatch):
    import datetime as dt
    import shlex
    import shutil

    root = Path(__file__).resolve().parent.parent
    shutil.copytree(root / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "200")  # the audit note is checked whole, unwrapped
    lines = _readme_session()
    assert len([line for line in lines if line.startswith("readiness ")]) == 8
    outputs = []
    for line in lines:
        if line.startswith("#"):
            assert "auditor fills in" in line
            _audit(
                tmp_path / "q1-gap-report.xlsx",
                {"SHARE-02": "0 - Absent"},
                {"SHARE-02": "no exchange log for the quarter"},
                audit_date=dt.date.today(),
            )
            continue
        argv = shlex.split(line)
        assert argv[0] == "readiness"
        result = run(*argv[1:])
        assert result.exit_code == 0, (line, result.output)
        outputs.append(result.output)
    assert "Rating capped at Not ready: SHARE-01 (critical) is at level 0" in outputs[0]
    assert "2027-Q1" in Path("q1.yaml").read_text(encoding="utf-8")
    assert "Audited by Insp. Jane Okafor" in outputs[5]
    assert "SHARE-02" in outputs[6] and "no exchange log for the quarter" in outputs[6]
    q2 = Path("q2.yaml").read_text(encoding="utf-8")
    assert "The levels carried are the audited ones." in q2 and "2027-Q2" in q2
