"""`compare` across checklist versions (SPEC §13): the older side is carried through the
crosswalk; items without a counterpart are `not_comparable`; each side keeps its own score."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import EXAMPLES, write_yaml
from openpyxl import load_workbook

from readiness.cli import cli
from readiness.core.comparison import CHANGES, NOT_COMPARABLE
from readiness.reading.crosswalks import builtin_crosswalks

OLD = EXAMPLES / "answered-1.0.0.yaml"
NEW = EXAMPLES / "near-ready.yaml"
(CROSSWALK,) = builtin_crosswalks("interpol-csea-covid19")


def compare_json(*files: str) -> dict:
    result = CliRunner().invoke(
        cli, ["compare", *files, "--format", "json"], env={"READINESS_LANG": "en"}
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def assess_score(file) -> float:
    result = CliRunner().invoke(cli, ["assess", str(file), "--no-excel", "--format", "json"])
    return json.loads(result.stdout)["score"]


def test_older_side_carried_through_the_crosswalk():
    out = compare_json(str(OLD), str(NEW))
    assert NOT_COMPARABLE in CHANGES
    changes = [i["change"] for i in out["items"]]
    assert changes.count(NOT_COMPARABLE) == len(CROSSWALK.new) == 5
    rows = {i["id"]: i for i in out["items"]}
    # One row per item of the newer version (nothing retired in 1.0.0 -> 1.1.0).
    assert len(rows) == 34 and "WATCH-02" not in rows
    for new_id in CROSSWALK.new:
        assert rows[new_id]["change"] == NOT_COMPARABLE and rows[new_id]["base_level"] is None
    # A reworded item is compared level for level; a merged one with the lowest of its sources.
    assert rows["HELP-01"]["change"] == "same" and rows["HELP-01"]["base_level"] == 3
    assert rows["CONT-04"]["base_level"] == 1  # min(CONT-04 planned, WATCH-02 partial)
    # Each side keeps the score of its own version.
    assert out["base"]["score"] == assess_score(OLD) == 93.5
    assert out["other"]["score"] == assess_score(NEW)


def test_the_newer_side_may_be_the_base(tmp_path):
    out = compare_json(str(NEW), str(OLD))
    rows = {i["id"]: i for i in out["items"]}
    assert rows["SHARE-06"]["change"] == NOT_COMPARABLE and rows["SHARE-06"]["other_level"] is None
    assert rows["SHARE-06"]["base_level"] == 3
    assert [i["change"] for i in out["items"]].count(NOT_COMPARABLE) == 5


def test_a_level_change_across_versions_is_seen(tmp_path):
    import yaml

    data = yaml.safe_load(NEW.read_text(encoding="utf-8"))
    data["responses"]["CONT-04"]["level"] = "implemented"  # was planned (1.0.0: planned, partial)
    data["responses"]["HELP-02"]["level"] = "partial"
    newer = write_yaml(tmp_path / "newer.yaml", data)
    out = compare_json(str(OLD), str(newer))
    rows = {i["id"]: i for i in out["items"]}
    assert (rows["CONT-04"]["base_level"], rows["CONT-04"]["other_level"]) == (1, 3)
    assert rows["CONT-04"]["change"] == "up"
    assert rows["HELP-02"]["change"] == "down"
    table = CliRunner().invoke(cli, ["compare", str(OLD), str(newer)], env={"READINESS_LANG": "en"})
    words = " ".join(table.output.split())  # the notes wrap to the terminal's width
    assert "not comparable" in words and "through the crosswalk" in words


def test_workbook_names_the_new_change_value(tmp_path):
    out = tmp_path / "cmp.xlsx"
    result = CliRunner().invoke(
        cli, ["--lang", "fr", "compare", str(OLD), str(NEW), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    values = {
        str(c.value) for ws in load_workbook(out).worksheets for row in ws.iter_rows() for c in row
    }
    assert "non comparable" in values
