"""`aggregate` across checklist versions (SPEC §13): one version consolidated against, each
submission keeps its own version's score, item statistics from mapped items only."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import EXAMPLES, MINI
from openpyxl import load_workbook

from readiness.cli import cli

OLD = str(EXAMPLES / "answered-1.0.0.yaml")  # IE, 1.0.0
NEW = str(EXAMPLES / "critical-gaps.yaml")  # KE, 1.1.0


def run(*args: str):
    return CliRunner().invoke(cli, list(args), env={"READINESS_LANG": "en"})


def agg_json(*args: str) -> tuple[int, dict]:
    result = run("aggregate", *args, "--no-excel", "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def own_score(file: str) -> float:
    return json.loads(run("assess", file, "--no-excel", "--format", "json").stdout)["score"]


def test_latest_version_among_inputs_each_keeping_its_own_score():
    code, out = agg_json(OLD, NEW)
    assert code == 0
    assert out["checklist"]["version"] == "1.1.0"
    subs = {s["file"]: s for s in out["submissions"]}
    assert subs[OLD]["checklist_version"] == "1.0.0" and subs[NEW]["checklist_version"] == "1.1.0"
    assert subs[OLD]["score"] == own_score(OLD) and subs[NEW]["score"] == own_score(NEW)
    items = {i["id"]: i for i in out["items"]}
    # SHARE-06 is new in 1.1.0: only the 1.1.0 submission counts (at partial, level 2).
    assert items["SHARE-06"]["mean_level"] == 2.0 and items["SHARE-06"]["gaps"] == 1
    # HELP-01 is mapped (reworded): both count.
    assert items["HELP-01"]["at_target"] == 0.5
    # WATCH-02 (merged into CONT-04) is no item of the consolidation.
    assert "WATCH-02" not in items


def test_only_older_inputs_consolidate_against_their_version():
    code, out = agg_json(OLD)
    assert code == 0 and out["checklist"]["version"] == "1.0.0"
    assert len(out["items"]) == 31


def test_checklist_version_chooses_and_newer_files_are_rejected():
    code, out = agg_json(OLD, NEW, "--checklist-version", "1.0.0")
    assert code == 3  # some inputs rejected
    assert out["checklist"]["version"] == "1.0.0"
    (rejected,) = out["rejected"]
    assert rejected["file"] == NEW
    assert "does not carry to version 1.0.0" in rejected["problems"][0]["message"]
    assert rejected["problems"][0]["message_key"] == "agg.version_not_carried"
    unknown = run("aggregate", OLD, "--no-excel", "--checklist-version", "9.9.9")
    assert unknown.exit_code != 0 and "known versions: 1.0.0, 1.1.0" in unknown.output
    custom = run(
        "aggregate", OLD, "--no-excel", "--checklist", str(MINI), "--checklist-version", "1.0.0"
    )
    assert custom.exit_code == 2


def test_overview_shows_each_submissions_version(tmp_path):
    out = tmp_path / "hq.xlsx"
    result = run("aggregate", OLD, NEW, "-o", str(out))
    assert result.exit_code == 0, result.output
    ws = load_workbook(out).worksheets[0]
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = next(r for r in rows if "Checklist version" in r)
    column = header.index("Checklist version")
    versions = {r[column] for r in rows[rows.index(header) + 1 :] if r[column]}
    assert versions == {"1.0.0", "1.1.0"}
