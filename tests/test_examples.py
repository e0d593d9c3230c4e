"""The quick-start examples stay valid and tell the story the README tells."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from readiness.cli import cli


def assess(name: str) -> dict:
    result = CliRunner().invoke(
        cli,
        ["assess", str(EXAMPLES / name), "--no-excel", "--format", "json"],
        env={"READINESS_LANG": "en"},
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    "name", ["near-ready.yaml", "critical-gaps.yaml", "brigade-fr.yaml", "answered-1.0.0.yaml"]
)
def test_examples_validate_without_warnings(name):
    result = CliRunner().invoke(cli, ["validate", str(EXAMPLES / name)])
    assert result.exit_code == 0
    assert result.output.strip() == f"{EXAMPLES / name}: valid"


def test_near_ready_is_ready():
    out = assess("near-ready.yaml")
    assert out["checklist"]["version"] == "1.1.0"
    assert out["rating"] == "ready" and out["score"] >= 85
    assert out["counts"]["critical_gaps"] == 0 and out["counts"]["na"] == 1
    assert {i["id"] for i in out["items"] if "stale_evidence" in i["flags"]} == {"CONT-05"}


def test_the_1_0_0_example_is_still_scored_against_1_0_0_and_migrates(tmp_path):
    out = assess("answered-1.0.0.yaml")
    assert out["checklist"]["version"] == "1.0.0" and out["counts"]["items"] == 31
    assert out["rating"] == "ready"
    result = CliRunner().invoke(
        cli,
        ["migrate", str(EXAMPLES / "answered-1.0.0.yaml"), "-o", str(tmp_path / "m.yaml")],
        env={"READINESS_LANG": "en"},
    )
    assert result.exit_code == 0
    # The figures its header and the README give.
    assert "19 items to review, 5 to answer" in result.stderr


def test_critical_gaps_is_forced_to_not_ready_by_a_critical_item_at_zero():
    out = assess("critical-gaps.yaml")
    assert out["checklist"]["version"] == "1.1.0"
    assert out["score"] >= 60  # the score alone would be partially ready
    critical = [i for i in out["items"] if i["critical"]]
    assert len(critical) == 9 and all(i["gap"] for i in critical)
    assert out["rating"] == "not_ready"
    zero = [i for i in out["items"] if i["critical"] and i["effective_level"] == 0]
    assert zero
    flags = {flag for i in out["items"] for flag in i["flags"]}
    assert {"unevidenced", "overdue", "stale_evidence"} <= flags


def test_french_example_uses_french_labels_and_is_partially_ready():
    out = assess("brigade-fr.yaml")
    assert out["checklist"]["version"] == "1.1.0"
    assert out["rating"] == "partially_ready"
    assert [i["id"] for i in out["items"] if i["critical"] and i["gap"]] == [
        "HELP-03",
        "SHARE-02",
        "CONT-01",
    ]
    assert out["agency"]["country"] == "FR"
    text = (EXAMPLES / "brigade-fr.yaml").read_text(encoding="utf-8")
    assert "Mis en œuvre" in text
