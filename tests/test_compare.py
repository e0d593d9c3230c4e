"""`compare`: the comparison model, its JSON (SPEC §7), the renderers and the command."""

from __future__ import annotations

import dataclasses
import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from conftest import MINI, assessment_dict, write_yaml

from readiness.cli import cli
from readiness.core.comparison import (
    CHANGES,
    ComparisonError,
    audit_entries,
    audit_problems,
    audited_assessment,
    compare_assessments,
    compare_audit,
    compare_data,
    compare_loaded,
    merged_order,
)
from readiness.core.loaded import KIND_GAP_REPORT, LoadedAssessment
from readiness.core.scoring import round_half_up, score_assessment
from readiness.reading.checklists import load_checklist
from readiness.reading.inputs import read_assessment
from readiness.reports.render_compare import render_markdown, render_table

TOP_KEYS = {"base", "other", "score_delta", "areas", "items"}
ITEM_KEYS = {
    "id",
    "base_level",
    "other_level",
    "delta",
    "change",
    # SPEC §14: what moved the score besides declared levels, and each action's status.
    "base_effective_level",
    "other_effective_level",
    "flags_added",
    "flags_removed",
    "base_status",
    "other_status",
    "level_rose",
}
SIDE_KEYS = {
    "label",
    "score",
    "rating",
    "rating_by_score",
    "rating_capped_by",
    "rating_without_exceptions",
}


def _spec7(item: dict) -> dict:
    """The keys of SPEC §7 only (§14's are checked on their own)."""
    return {k: v for k, v in item.items() if k in {*ITEM_KEYS_7, "audit_note"}}


ITEM_KEYS_7 = {"id", "base_level", "other_level", "delta", "change"}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str) -> Any:
    return runner.invoke(cli, list(args), env={"READINESS_LANG": "en"})


def load(path: Path, spec: str | None = str(MINI)) -> LoadedAssessment:
    loaded = read_assessment(str(path), checklist_spec=spec)
    assert loaded.valid, loaded.problems
    return loaded


def by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {i["id"]: i for i in items}


def mini_variant(tmp_path: Path, version: str = "1.3.0") -> Path:
    """The mini checklist, next version: AAA-02 removed, BBB-03 added after BBB-01."""
    data = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    data["version"] = version
    data["areas"][0]["items"] = [i for i in data["areas"][0]["items"] if i["id"] != "AAA-02"]
    new = {
        "id": "BBB-03",
        "title": {"en": "New item", "fr": "Nouveau point"},
        "requirement": {"en": "A new requirement.", "fr": "Une nouvelle exigence."},
        "weight": 2,
    }
    data["areas"][1]["items"].insert(1, new)
    path = tmp_path / f"mini-{version}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def pair(mini, tmp_path):
    """Two mini assessments covering same, up, down, became_na and no_longer_na."""
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
                "AAA-01": {"level": "planned", "evidence": ["plan"]},
                "AAA-03": {"level": 2},
                "BBB-01": {"level": 4, "evidence": ["audit 2026"]},
                "BBB-02": {"level": "n/a", "justification": "no helpline here"},
            },
        ),
    )
    return base, other


# --- the model ---------------------------------------------------------------------------


def test_each_change_between_two_files(pair):
    comparison = compare_loaded(load(pair[0]), load(pair[1]))
    changes = {c.id: (c.change, c.base_level, c.other_level, c.delta) for c in comparison.items}
    assert changes == {
        "AAA-01": ("down", 3, 1, -2),
        "AAA-02": ("same", 3, 3, 0),
        "AAA-03": ("no_longer_na", None, 2, None),
        "BBB-01": ("up", 3, 4, 1),
        "BBB-02": ("became_na", 3, None, None),
    }
    assert comparison.counts == {
        "same": 1,
        "up": 1,
        "down": 1,
        "added": 0,
        "removed": 0,
        "became_na": 1,
        "no_longer_na": 1,
        "not_comparable": 0,
    }
    assert list(comparison.counts) == list(CHANGES)


def test_added_and_removed_across_checklist_versions(mini, tmp_path):
    newer = load_checklist(str(mini_variant(tmp_path)))
    base = write_yaml(tmp_path / "old.yaml", assessment_dict(mini, level=2))
    other = write_yaml(tmp_path / "new.yaml", assessment_dict(newer, level=3))
    comparison = compare_loaded(load(base), load(other, str(mini_variant(tmp_path))))
    ids = [c.id for c in comparison.items]
    # base order, the added item where the newer checklist puts it
    assert ids == ["AAA-01", "AAA-02", "AAA-03", "BBB-01", "BBB-03", "BBB-02"]
    changes = {c.id: c.change for c in comparison.items}
    assert changes["AAA-02"] == "removed" and changes["BBB-03"] == "added"
    assert changes["AAA-01"] == "up"
    data = by_id(compare_data(comparison)["items"])
    assert _spec7(data["AAA-02"]) == {
        "id": "AAA-02",
        "base_level": 2,
        "other_level": None,
        "delta": None,
        "change": "removed",
    }
    assert data["BBB-03"]["base_level"] is None and data["BBB-03"]["other_level"] == 3
    assert comparison.versions_differ
    # each side scored with its own checklist
    assert comparison.other.result.counts["items"] == 5
    assert comparison.other.checklist.version == "1.3.0"
    assert "checklist versions differ (1.2.0 and 1.3.0)" in render_table(comparison, "en")


def test_merged_order_keeps_base_order_and_places_additions():
    assert merged_order(["A", "B", "C"], ["A", "X", "C", "Y"]) == ["A", "B", "X", "C", "Y"]
    assert merged_order(["A", "B"], ["Z", "B", "A"]) == ["Z", "A", "B"]
    assert merged_order([], ["A"]) == ["A"]


def test_score_delta_is_rounded_from_exact_scores(mini, tmp_path):
    # 100 × (1/3) / 15 = 2.22… and 100 × 1 / 15 = 6.66…: shown 2.2 and 6.7, but the
    # exact difference 4.44… rounds to 4.4, not to 6.7 − 2.2 = 4.5.
    zeros = {i.id: {"level": 0, "evidence": ["e"]} for i in mini.items}
    base = write_yaml(
        tmp_path / "b.yaml", assessment_dict(mini, overrides={**zeros, "AAA-03": {"level": 1}})
    )
    other = write_yaml(
        tmp_path / "o.yaml", assessment_dict(mini, overrides={**zeros, "AAA-03": {"level": 3}})
    )
    data = compare_data(compare_loaded(load(base), load(other)))
    assert (data["base"]["score"], data["other"]["score"]) == (2.2, 6.7)
    assert data["score_delta"] == 4.4
    area = by_id(data["areas"])["AAA"]
    assert area["delta"] == round_half_up(Fraction(100 * 2, 3 * 6))  # (3-1)/3 × w1 / Σw 6
    assert data["areas"][1] == {"id": "BBB", "base": 0.0, "other": 0.0, "delta": 0.0}


def test_json_shape_is_exactly_spec(pair):
    data = compare_data(compare_loaded(load(pair[0]), load(pair[1])))
    assert set(data) == TOP_KEYS
    assert data["base"] == {
        "label": "q3.yaml (2026-Q3)",
        "score": 91.1,
        "rating": "ready",
        "rating_by_score": "ready",
        "rating_capped_by": [],
        "rating_without_exceptions": "ready",
    }
    assert set(data["other"]) == SIDE_KEYS
    assert data["other"]["label"] == "q4.yaml (2026-Q4)"
    assert [a["id"] for a in data["areas"]] == ["AAA", "BBB"]
    assert all(set(a) == {"id", "base", "other", "delta"} for a in data["areas"])
    assert [i["id"] for i in data["items"]] == ["AAA-01", "AAA-02", "AAA-03", "BBB-01", "BBB-02"]
    assert all(set(i) == ITEM_KEYS for i in data["items"])
    json.dumps(data)  # plain data


def test_same_file_names_in_two_folders_get_their_paths_as_labels(mini, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    base = write_yaml(tmp_path / "a" / "unit.yaml", assessment_dict(mini))
    other = write_yaml(tmp_path / "b" / "unit.yaml", assessment_dict(mini, level=2))
    data = compare_data(compare_loaded(load(base), load(other)))
    assert data["base"]["label"] == f"{base} (2026-Q4)"
    assert data["other"]["label"] == f"{other} (2026-Q4)"


def test_different_checklist_ids_are_refused(mini, builtin, tmp_path):
    base = load(write_yaml(tmp_path / "m.yaml", assessment_dict(mini)))
    other = load(write_yaml(tmp_path / "b.yaml", assessment_dict(builtin)), None)
    with pytest.raises(ComparisonError) as exc:
        compare_loaded(base, other)
    message = str(exc.value)
    assert "'mini'" in message and "'interpol-csea-covid19'" in message
    assert "different checklists" in message


def test_identical_assessments_are_all_same(pair):
    loaded = load(pair[0])
    comparison = compare_assessments(
        (loaded.checklist, loaded.assessment),
        (loaded.checklist, loaded.assessment),
        base_file=loaded.file,
        other_file=loaded.file,
    )
    assert comparison.identical
    assert {c.change for c in comparison.items} == {"same"}
    assert comparison.score_delta == 0
    assert "No item changed." in render_table(comparison, "en")


# --- the audit of one gap report (LoadedAssessment built here, per the reader's contract) --


def audited(path: Path, audit: dict[str, Any]) -> LoadedAssessment:
    loaded = load(path)
    return dataclasses.replace(loaded, kind=KIND_GAP_REPORT, extras={"audit": audit})


@pytest.fixture
def declared(mini, tmp_path):
    data = assessment_dict(
        mini,
        overrides={
            "AAA-01": {"level": 3},  # no evidence: counts one below target
            "AAA-03": {"level": "n/a", "justification": "no schools"},
        },
    )
    data["responses"]["AAA-01"]["evidence"] = []
    return write_yaml(tmp_path / "unit-gap-report.yaml", data)


def test_audit_levels_replace_declared_ones_and_rescore(declared):
    loaded = audited(
        declared,
        {
            "AAA-02": {"level": 1, "note": "no written procedure", "cell": "Items!K8"},
            "AAA-03": {"level": 2, "note": None, "cell": "Items!K9"},
            "BBB-01": {"level": 4, "note": "=SUM(A1)", "cell": "Items!K10"},
            "BBB-02": {"level": None, "note": "no helpline in the territory", "cell": "Items!K11"},
        },
    )
    comparison = compare_audit(loaded)
    data = compare_data(comparison)
    assert set(data) == TOP_KEYS
    assert data["base"]["label"] == "declared: unit-gap-report.yaml (2026-Q4)"
    assert data["other"]["label"] == "audit: unit-gap-report.yaml (2026-Q4)"
    items = by_id(data["items"])
    assert all(set(i) == ITEM_KEYS | {"audit_note"} for i in data["items"])
    assert _spec7(items["AAA-01"]) == {
        "id": "AAA-01",
        "base_level": 3,
        "other_level": 3,
        "delta": 0,
        "change": "same",
        "audit_note": None,
    }
    assert (items["AAA-02"]["change"], items["AAA-02"]["delta"]) == ("down", -2)
    assert items["AAA-02"]["audit_note"] == "no written procedure"
    assert items["AAA-03"]["change"] == "no_longer_na"
    assert items["BBB-01"]["change"] == "up" and items["BBB-01"]["audit_note"] == "=SUM(A1)"
    assert items["BBB-02"]["change"] == "became_na"
    # The audit side is exactly the declared assessment with the audited levels.
    expected = load(declared).assessment
    assert expected is not None
    responses = dict(expected.responses)
    responses["AAA-02"] = dataclasses.replace(responses["AAA-02"], level=1)
    responses["AAA-03"] = dataclasses.replace(responses["AAA-03"], level=2, na=False)
    responses["BBB-01"] = dataclasses.replace(responses["BBB-01"], level=4)
    responses["BBB-02"] = dataclasses.replace(responses["BBB-02"], level=None, na=True)
    rescored = score_assessment(
        loaded.checklist, dataclasses.replace(expected, responses=responses)
    )
    assert comparison.other.result.score == rescored.score
    assert data["other"]["score"] == round_half_up(rescored.score)
    assert data["score_delta"] == round_half_up(rescored.score - comparison.base.result.score)
    assert (comparison.audit_levels, comparison.audit_notes) == (4, 3)


def test_audit_keeps_evidence_so_an_unevidenced_item_stays_flagged(declared):
    comparison = compare_audit(audited(declared, {"AAA-01": {"level": 4, "note": None}}))
    item = next(c for c in comparison.items if c.id == "AAA-01")
    assert item.change == "up"
    assert item.other is not None and "unevidenced" in item.other.flags
    assert item.other.effective_level == 2  # target 3 − 1: evidence still missing


def test_blank_audit_level_accepts_the_declared_one(declared, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # wide enough that the note is not wrapped
    loaded = audited(
        declared,
        {
            "AAA-02": {"note": "seen the roster", "cell": "Items!L8"},
            "BBB-01": {"level": None, "level_given": False, "note": "ok", "cell": "Items!L10"},
        },
    )
    comparison = compare_audit(loaded)
    assert {c.change for c in comparison.items} == {"same"}
    assert comparison.audit_levels == 0 and comparison.audit_notes == 2
    assert comparison.score_delta == 0
    notes = {c.id: c.audit_note for c in comparison.items}
    assert notes["AAA-02"] == "seen the roster" and notes["AAA-01"] is None
    table = render_table(comparison, "en")
    assert "no audit level is filled in" in table
    assert "seen the roster" in table  # accepted items with a note are listed too


def test_no_audit_at_all_says_so(declared):
    comparison = compare_audit(audited(declared, {}))
    assert comparison.audit_levels == 0
    assert {c.change for c in comparison.items} == {"same"}
    assert "aucun niveau d'audit n'est renseigné" in render_markdown(comparison, "fr")


def test_audit_problems_unknown_item_and_na_not_allowed(mini):
    problems = audit_problems(
        mini,
        {
            "ZZZ-01": {"level": 2, "note": None, "cell": "Items!K20"},
            "AAA-01": {"level": None, "note": None, "cell": "Items!K7"},
            "AAA-03": {"level": None, "note": None, "cell": "Items!K9"},  # allowed
        },
    )
    assert [(p.sheet, p.cell, p.is_error) for p in problems] == [
        ("Items", "K20", True),
        ("Items", "K7", True),
    ]
    assert "not an item of checklist mini" in problems[0].message
    assert "n/a is not allowed for AAA-01" in problems[1].message
    assert "n'est pas un point du référentiel mini" in problems[0].text("fr")
    assert "no se admite para AAA-01" in problems[1].text("es")


def test_audit_entries_read_the_contract_defensively():
    entries = audit_entries(
        {
            "A": {"level": 2, "note": "  ", "cell": "Items!K7"},
            "B": {"note": "only a note"},
            "C": {"level": None, "note": None},
            "D": "not a mapping",
            "E": {"level": True},
        }
    )
    assert entries["A"].level_given and entries["A"].level == 2 and entries["A"].note is None
    assert not entries["B"].level_given
    assert entries["C"].level_given and entries["C"].level is None  # audited n/a
    assert "D" not in entries
    assert not entries["E"].level_given


def test_audited_assessment_leaves_the_declared_one_untouched(declared):
    loaded = load(declared)
    assert loaded.assessment is not None
    before = loaded.assessment.responses["AAA-02"]
    after = audited_assessment(loaded.assessment, audit_entries({"AAA-02": {"level": 0}}))
    assert after.responses["AAA-02"].level == 0
    assert after.responses["AAA-02"].evidence == before.evidence
    assert loaded.assessment.responses["AAA-02"].level == 3


# --- renderers ---------------------------------------------------------------------------


def test_table_shows_headline_areas_and_changed_items(pair):
    text = render_table(compare_loaded(load(pair[0]), load(pair[1])), "en")
    for expected in (
        "q3.yaml (2026-Q3)",
        "q4.yaml (2026-Q4)",
        "91.1 / 100",
        "-12.3",
        "Partially ready",
        "AAA-01 !",
        "3 Implemented",
        "1 Planned",
        "▼ down",
        "▲ up",
        "became n/a",
        "no longer n/a",
        "Changed items (4 of 5 items",
        "Changes: 1 same, 1 up, 1 down, 1 became n/a, 1 no longer n/a",
    ):
        assert expected in text, expected
    assert "AAA-02" not in text.split("Changed items")[1]  # unchanged items are not listed
    assert "Changed items (4 of 5 items; ! = critical)" in text
    french = render_table(compare_loaded(load(pair[0]), load(pair[1])), "fr")
    assert "Points modifiés (4 points sur 5\u202f;\u202f! = critique)" in french


def test_markdown_is_github_tables(pair):
    text = render_markdown(compare_loaded(load(pair[0]), load(pair[1])), "en")
    lines = text.splitlines()
    assert lines[0] == "# Comparison: q3.yaml (2026-Q3) → q4.yaml (2026-Q4)"
    assert "| :--- | :--- | :--- | ---: |" in lines
    assert "## Areas" in lines and any(line.startswith("## Changed items") for line in lines)
    assert "| AAA | First area | 100.0 | 61.1 | -38.9 |" in lines
    assert (
        "| AAA-01 ! | Critical with evidence | 3 Implemented | 1 Planned | -2 | ▼ down "
        "| 3→1 |  |  |" in lines
    )
    # every table row has as many cells as its header
    tables = [line for line in lines if line.startswith("|")]
    assert all(line.endswith("|") for line in tables)


def test_markdown_escapes_pipes_in_notes(declared):
    comparison = compare_audit(audited(declared, {"AAA-02": {"level": 1, "note": "a | b"}}))
    assert "a \\| b" in render_markdown(comparison, "en")


# --- the command -------------------------------------------------------------------------


def test_cli_json_between_two_files(runner, pair):
    result = run(
        runner, "--checklist", str(MINI), "compare", str(pair[0]), str(pair[1]), "--format", "json"
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out) == TOP_KEYS
    assert by_id(out["items"])["BBB-01"]["change"] == "up"
    again = run(
        runner, "--checklist", str(MINI), "compare", str(pair[0]), str(pair[1]), "--format", "json"
    )
    assert again.stdout == result.stdout


def test_cli_table_and_markdown(runner, pair):
    result = run(runner, "compare", "--checklist", str(MINI), str(pair[0]), str(pair[1]))
    assert result.exit_code == 0
    assert "Changed items (4 of 5 items" in result.stdout
    result = run(
        runner,
        "--lang",
        "fr",
        "compare",
        "--checklist",
        str(MINI),
        str(pair[0]),
        str(pair[1]),
        "--format",
        "markdown",
    )
    assert result.exit_code == 0
    assert result.stdout.startswith("# Comparaison")
    assert "en hausse" in result.stdout


def test_cli_identical_files_are_a_valid_comparison(runner, pair, tmp_path):
    copy = tmp_path / "copy.yaml"
    copy.write_bytes(pair[0].read_bytes())
    result = run(
        runner, "--checklist", str(MINI), "compare", str(pair[0]), str(copy), "--format", "json"
    )
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert {i["change"] for i in out["items"]} == {"same"}
    assert out["score_delta"] == 0.0
    assert "the two inputs hold the same assessment" in result.stderr


def test_cli_different_checklists_exit_1_naming_both(runner, mini, builtin, tmp_path):
    base = write_yaml(tmp_path / "m.yaml", assessment_dict(mini))
    other = write_yaml(tmp_path / "b.yaml", assessment_dict(builtin))
    result = run(runner, "--checklist", str(MINI), "compare", str(base), str(other))
    assert result.exit_code == 1
    assert "'interpol-csea-covid19'" in result.stderr and "'mini'" in result.stderr
    assert result.stderr.startswith(f"{other}:")  # located at the file


def test_cli_unreadable_inputs_exit_1_with_located_problems(runner, pair, tmp_path):
    result = run(runner, "compare", str(pair[0]), str(tmp_path / "missing.yaml"))
    assert result.exit_code == 1
    assert f"{tmp_path / 'missing.yaml'}: error: no such file" in result.stderr
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    result = run(runner, "--checklist", str(MINI), "compare", str(pair[0]), str(fake))
    assert result.exit_code == 1
    assert f"{fake}: error:" in result.stderr and "Traceback" not in result.output
    bad = assessment_dict(load_checklist(str(MINI)))
    bad["responses"]["AAA-02"]["level"] = 9
    bad_path = write_yaml(tmp_path / "bad.yaml", bad)
    result = run(runner, "--checklist", str(MINI), "compare", str(bad_path), str(pair[1]))
    assert result.exit_code == 1
    assert any(
        line.startswith(f"{bad_path}:") and ": error: level 9" in line
        for line in result.stderr.splitlines()
    )
    assert result.stdout == ""


def test_cli_one_file_that_is_not_a_gap_report_is_a_usage_error(runner, pair):
    result = run(runner, "--checklist", str(MINI), "compare", str(pair[0]))
    assert result.exit_code == 2
    assert "is a YAML file" in result.output and "readiness compare BASE OTHER" in result.output


def test_cli_audit_mode_on_a_real_audited_workbook(runner, declared, tmp_path):
    # The unit's gap report, then what an auditor types into its Items sheet.
    report = gap_report(runner, declared, tmp_path / "unit-gap-report.xlsx")
    refused = fill_audit(
        report,
        tmp_path / "refused.xlsx",
        {"AAA-02": (1, "no written procedure"), "AAA-01": ("n/a", None)},  # n/a not allowed
    )
    level_cell = _audit_level_cell(refused, "AAA-01")
    result = run(runner, "compare", str(refused), "--format", "json")
    assert result.exit_code == 1
    assert f"{refused}:Items!{level_cell}: error: audit level n/a is not allowed" in result.stderr
    assert result.stdout == ""

    one = fill_audit(report, tmp_path / "one.xlsx", {"AAA-02": (1, "no procedure")})
    result = run(runner, "compare", str(one), "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    aaa02 = by_id(out["items"])["AAA-02"]
    assert (aaa02["base_level"], aaa02["other_level"], aaa02["change"]) == (3, 1, "down")
    assert aaa02["audit_note"] == "no procedure"
    assert "audit levels filled in: 1; audit notes: 1" in result.stderr

    result = run(runner, "compare", str(report))  # nothing filled in
    assert result.exit_code == 0
    assert "no audit level is filled in" in result.stdout


def _audit_level_cell(workbook: Path, item_id: str) -> str:
    """The audit level cell of `item_id`, found as readiness finds it (defined names)."""
    import openpyxl
    from openpyxl.utils import get_column_letter

    wb = openpyxl.load_workbook(workbook)
    (sheet, ref), *_ = wb.defined_names["readiness_items_audit_level"].destinations
    (_, id_ref), *_ = wb.defined_names["readiness_items_item"].destinations
    ws = wb[sheet]
    level = ws[ref.replace("$", "")]
    item_col = ws[id_ref.replace("$", "")].column
    row = next(
        r for r in range(level.row + 1, ws.max_row + 1) if ws.cell(r, item_col).value == item_id
    )
    return f"{get_column_letter(level.column)}{row}"


def test_cli_refuses_to_write_over_an_input(runner, pair):
    before = pair[1].read_bytes()
    result = run(
        runner, "--checklist", str(MINI), "compare", str(pair[0]), str(pair[1]), "-o", str(pair[1])
    )
    assert result.exit_code == 1
    assert "refusing to write over the input file" in result.stderr
    assert pair[1].read_bytes() == before


def test_cli_writes_the_workbook(runner, pair, tmp_path):
    out = tmp_path / "diff.xlsx"
    result = run(
        runner, "--checklist", str(MINI), "compare", str(pair[0]), str(pair[1]), "-o", str(out)
    )
    assert result.exit_code == 0
    assert out.is_file() and out.read_bytes().startswith(b"PK")
    assert f"Comparison workbook written to {out}" in result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# --- end to end through real workbooks ---------------------------------------------------


def gap_report(runner: CliRunner, yaml_path: Path, out: Path) -> Path:
    result = run(runner, "--checklist", str(MINI), "assess", str(yaml_path), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.is_file()
    return out


def fill_audit(report: Path, out: Path, audit: dict[str, tuple[Any, Any]]) -> Path:
    """What an auditor does in Excel: type audit levels and notes in the Items sheet."""
    import openpyxl

    wb = openpyxl.load_workbook(report)
    ws = wb["Items"]
    header_row = next(
        row[0].row
        for row in ws.iter_rows(min_row=1, max_row=20)
        if any(c.value == "Audit level" for c in row)
    )
    columns = {c.value: c.column for c in ws[header_row] if c.value}
    item_col = columns["Item"]
    rows = {ws.cell(r, item_col).value: r for r in range(header_row + 1, ws.max_row + 1)}
    for item_id, (level, note) in audit.items():
        ws.cell(rows[item_id], columns["Audit level"]).value = level
        ws.cell(rows[item_id], columns["Audit note"]).value = note
    wb.save(out)
    wb.close()
    return out


@pytest.fixture
def unit_yaml(mini, tmp_path) -> Path:
    return write_yaml(
        tmp_path / "unit.yaml",
        assessment_dict(mini, overrides={"AAA-03": {"level": "n/a", "justification": "none"}}),
    )


def test_audit_round_trip_through_a_real_workbook(runner, mini, unit_yaml, tmp_path):
    report = gap_report(runner, unit_yaml, tmp_path / "unit-gap-report.xlsx")
    audited_report = fill_audit(
        report,
        tmp_path / "unit-audited.xlsx",
        {
            "AAA-01": ("planned", "the plan is not signed"),
            "AAA-02": (None, "roster seen"),  # accepted, with a note
            "AAA-03": ("2", None),
            "BBB-01": (4, None),
            "BBB-02": ("n/a", "no helpline in the territory"),
        },
    )
    result = run(runner, "compare", str(audited_report), "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out) == TOP_KEYS
    assert out["base"]["label"] == "declared: unit-audited.xlsx (2026-Q4)"
    assert out["other"]["label"] == "audit: unit-audited.xlsx (2026-Q4)"
    items = by_id(out["items"])
    assert {k: (v["base_level"], v["other_level"], v["change"]) for k, v in items.items()} == {
        "AAA-01": (3, 1, "down"),
        "AAA-02": (3, 3, "same"),
        "AAA-03": (None, 2, "no_longer_na"),
        "BBB-01": (3, 4, "up"),
        "BBB-02": (3, None, "became_na"),
    }
    assert items["AAA-01"]["audit_note"] == "the plan is not signed"
    assert items["AAA-02"]["audit_note"] == "roster seen"
    assert items["AAA-03"]["audit_note"] is None
    # The audit side scores exactly like the unit's file with the audited levels typed in.
    audited_yaml = assessment_dict(
        mini,
        overrides={
            "AAA-01": {"level": 1, "evidence": ["Evidence for AAA-01"]},
            "AAA-03": {"level": 2},
            "BBB-01": {"level": 4, "evidence": ["Evidence for BBB-01"]},
            "BBB-02": {"level": "n/a", "justification": "no helpline in the territory"},
        },
    )
    path = write_yaml(tmp_path / "as-audited.yaml", audited_yaml)
    assessed = run(
        runner, "--checklist", str(MINI), "assess", str(path), "--no-excel", "--format", "json"
    )
    expected = json.loads(assessed.stdout)
    assert out["other"]["score"] == expected["score"]
    assert out["other"]["rating"] == expected["rating"]
    assert [a["other"] for a in out["areas"]] == [a["score"] for a in expected["areas"]]
    declared = json.loads(
        run(
            runner,
            "--checklist",
            str(MINI),
            "assess",
            str(unit_yaml),
            "--no-excel",
            "--format",
            "json",
        ).stdout
    )
    assert out["base"]["score"] == declared["score"]

    # And the comparison workbook carries the audit notes.
    import openpyxl

    diff = tmp_path / "audit-diff.xlsx"
    result = run(runner, "compare", str(audited_report), "-o", str(diff))
    assert result.exit_code == 0, result.output
    assert "Declared levels against the audit" in result.stdout
    ws = openpyxl.load_workbook(diff)["Items"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(row for row in values if row[0] == "Item")
    notes = {row[0]: row[header.index("Audit note")] for row in values[values.index(header) + 1 :]}
    assert notes["AAA-01"] == "the plan is not signed" and notes["BBB-01"] is None

    # Compared with another file, the workbook counts with its declared levels, and says so.
    result = run(runner, "compare", str(audited_report), str(report), "--format", "json")
    assert result.exit_code == 0, result.output
    assert {i["change"] for i in json.loads(result.stdout)["items"]} == {"same"}
    assert "audit columns of" in result.stderr and "are not used" in result.stderr


def test_audit_round_trip_with_nothing_filled_in_says_so(runner, unit_yaml, tmp_path):
    report = gap_report(runner, unit_yaml, tmp_path / "unit-gap-report.xlsx")
    result = run(runner, "compare", str(report), "--format", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert {i["change"] for i in out["items"]} == {"same"}
    assert all(i["audit_note"] is None for i in out["items"])
    assert out["score_delta"] == 0.0
    assert "no audit level is filled in" in result.stderr


def test_audit_round_trip_bad_audit_levels_are_located(runner, unit_yaml, tmp_path):
    report = gap_report(runner, unit_yaml, tmp_path / "unit-gap-report.xlsx")
    bad = fill_audit(report, tmp_path / "bad.xlsx", {"AAA-01": ("n/a", None)})
    result = run(runner, "compare", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:Items!" in result.stderr and "n/a is not allowed for AAA-01" in result.stderr
    bad = fill_audit(report, tmp_path / "bad7.xlsx", {"AAA-02": (7, None)})
    result = run(runner, "compare", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:Items!" in result.stderr and "audit level 7" in result.stderr


def test_mixed_input_kinds_compare_alike(runner, mini, unit_yaml, tmp_path):
    report = gap_report(runner, unit_yaml, tmp_path / "unit-gap-report.xlsx")
    other = write_yaml(
        tmp_path / "next.yaml",
        assessment_dict(mini, period="2027-Q1", overrides={"BBB-01": {"level": 2}}),
    )
    questionnaire = tmp_path / "next-questionnaire.xlsx"
    converted = run(
        runner, "--checklist", str(MINI), "convert", str(other), "-o", str(questionnaire)
    )
    assert converted.exit_code == 0, converted.output

    def compare_json(a: Path, b: Path) -> dict[str, Any]:
        result = run(
            runner, "--checklist", str(MINI), "compare", str(a), str(b), "--format", "json"
        )
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    from_yaml = compare_json(unit_yaml, other)
    for a, b in ((report, other), (unit_yaml, questionnaire), (report, questionnaire)):
        out = compare_json(a, b)
        assert out["items"] == from_yaml["items"], (a.name, b.name)
        assert out["score_delta"] == from_yaml["score_delta"]
        assert out["areas"] == from_yaml["areas"]
        assert out["base"]["label"] == f"{a.name} (2026-Q4)"
        assert out["other"]["label"] == f"{b.name} (2027-Q1)"
    assert by_id(from_yaml["items"])["BBB-01"]["change"] == "down"
    # a questionnaire alone is not an audit
    result = run(runner, "--checklist", str(MINI), "compare", str(questionnaire))
    assert result.exit_code == 2 and "is a questionnaire file" in result.output


def test_gap_report_and_file_of_another_checklist_exit_1(runner, builtin, unit_yaml, tmp_path):
    report = gap_report(runner, unit_yaml, tmp_path / "unit-gap-report.xlsx")
    other = write_yaml(tmp_path / "builtin.yaml", assessment_dict(builtin))
    result = run(runner, "compare", str(report), str(other))
    assert result.exit_code == 1
    assert "different checklists" in result.stderr
    assert "'mini'" in result.stderr and "'interpol-csea-covid19'" in result.stderr


def test_gap_report_against_a_newer_checklist_version(runner, mini, unit_yaml, tmp_path):
    report = gap_report(runner, unit_yaml, tmp_path / "unit-gap-report.xlsx")
    newer = mini_variant(tmp_path)
    other = write_yaml(
        tmp_path / "next.yaml", assessment_dict(load_checklist(str(newer)), period="2027-Q1")
    )
    result = run(
        runner, "--checklist", str(newer), "compare", str(report), str(other), "--format", "json"
    )
    assert result.exit_code == 0, result.output
    items = by_id(json.loads(result.stdout)["items"])
    assert items["AAA-02"]["change"] == "removed" and items["BBB-03"]["change"] == "added"
    assert items["AAA-03"]["change"] == "no_longer_na"
    assert "checklist versions differ (1.2.0 and 1.3.0)" in result.stderr
