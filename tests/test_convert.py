"""`readiness convert`: YAML ↔ questionnaire without loss (SPEC §7)."""

from __future__ import annotations

import json

import pytest
from conftest import assessment_dict, write_yaml
from openpyxl import load_workbook
from workbook_helpers import (
    gap_report,
    item_rows,
    named_cell,
    rich_assessment,
    run,
    write_assessment,
)

from readiness.core.canonical import canonical_assessment
from readiness.reading.inputs import read_assessment


def _canonical(path, checklist_path=None, allow_incomplete=True):
    loaded = read_assessment(
        str(path),
        checklist_spec=str(checklist_path) if checklist_path else None,
        allow_incomplete=allow_incomplete,
    )
    assert loaded.assessment is not None, loaded.problems
    return canonical_assessment(loaded.assessment)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_yaml_to_questionnaire_to_yaml_loses_nothing(tmp_path, mini, mini_path, lang):
    data = rich_assessment(mini)
    data["checklist_version"] = "1.1.0"  # kept as written, warning and all
    del data["responses"]["BBB-01"]  # unanswered stays unanswered
    src = write_assessment(tmp_path / "unit.yaml", data)
    q = tmp_path / "unit.xlsx"
    back = tmp_path / "back.yaml"
    base = ["--checklist", str(mini_path), "--lang", lang, "convert"]
    result = run(*base, str(src), "-o", str(q))
    assert result.exit_code == 0, result.output
    # warnings are shown, in the user's language
    differs = {"en": "checklist_version 1.1.0 differs", "fr": "checklist_version 1.1.0 diffère"}
    assert differs[lang] in result.output
    result = run(*base, str(q), "-o", str(back))
    assert result.exit_code == 0, result.output
    original = _canonical(src, mini_path)
    assert _canonical(q, mini_path) == original
    assert _canonical(back, mini_path) == original
    assert original["responses"]["BBB-01"] == {"level": None}
    text = back.read_text(encoding="utf-8")
    assert "assessed_on: 2026-11-20\n" in text  # dates unquoted
    assert '  country: "NO"\n' in text  # Norway, not false
    assert "    level:\n" in text  # the unanswered item, to be filled in
    # Formula-looking text stays text in the workbook.
    wb = load_workbook(q)
    rows = item_rows(wb, "readiness_qcol_item")
    notes = wb.worksheets[0].cell(
        rows["AAA-03"], named_cell(wb, "readiness_qcol_justification").column
    )
    assert notes.value == "=not applicable here" and notes.data_type == "s"
    level = wb.worksheets[0].cell(rows["AAA-01"], named_cell(wb, "readiness_qcol_level").column)
    assert level.value == ("2 - Partial" if lang == "en" else "2 - Partiel")


def test_builtin_checklist_round_trip_and_json_equal(tmp_path, builtin):
    data = rich_assessment(builtin)
    src = write_assessment(tmp_path / "unit.yaml", data)
    q, back = tmp_path / "q.xlsx", tmp_path / "back.yml"
    assert run("convert", str(src), "-o", str(q)).exit_code == 0
    assert run("convert", str(q), "-o", str(back)).exit_code == 0
    outputs = []
    for path in (src, q, back):
        result = run("assess", str(path), "--no-excel", "--format", "json")
        assert result.exit_code == 0, result.output
        out = json.loads(result.stdout)
        out.pop("file")
        outputs.append(out)
    assert outputs[0] == outputs[1] == outputs[2]


def test_gap_report_converts_to_yaml(tmp_path, mini, mini_path):
    src = write_assessment(tmp_path / "unit.yaml", rich_assessment(mini))
    report = gap_report(src, tmp_path / "report.xlsx", mini_path)
    back = tmp_path / "back.yaml"
    result = run("convert", str(report), "-o", str(back))
    assert result.exit_code == 0, result.output
    assert _canonical(back, mini_path, False) == _canonical(src, mini_path, False)


def test_convert_refusals(tmp_path, mini, mini_path):
    src = write_yaml(tmp_path / "unit.yaml", assessment_dict(mini))
    base = ["--checklist", str(mini_path), "convert"]
    result = run(*base, str(src), "-o", str(tmp_path / "out.csv"))
    assert result.exit_code == 2 and "must end in .yaml or .yml" in result.output
    result = run(*base, str(src), "-o", str(src))
    assert result.exit_code == 1 and "refusing to write over the input file" in result.output
    bad = assessment_dict(mini)
    bad["responses"]["AAA-01"]["level"] = 9
    bad_path = write_yaml(tmp_path / "bad.yaml", bad)
    out = tmp_path / "bad.xlsx"
    result = run(*base, str(bad_path), "-o", str(out))
    assert result.exit_code == 1 and "error: level 9 is not one of" in result.output
    assert not out.exists()
    assert run(*base, str(tmp_path / "missing.yaml"), "-o", str(out)).exit_code == 1
