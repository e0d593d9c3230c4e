"""`readiness aggregate` (SPEC §7, §9): a mixed HQ inbox, checked figure by figure.

The inbox (built by `build_inbox`, on the 5-item `mini` checklist: AAA-01 w3 critical
evidence-required, AAA-02 w2, AAA-03 w1 n/a allowed, BBB-01 w5 target 4, BBB-02 w4 n/a
allowed; bands 85 / 60 / 0):

file                          identity, period, assessed_on    levels      fate
fr/a-2026q3.yaml              FR Brigade A / Online, Q3, 08-01   3 3 3 4 3   accepted, 100
fr/a-2026q4.yaml              FR Brigade A / Online, Q4, 11-20   3* 2 na 4 3 accepted, 88.1
fr/a-2026q4-resent.yaml       "brigade  a" / "online", Q4, 11-10 1 1 1 1 1   superseded: older
de/b-copy.yaml                DE Polizei B, Q4, 11-15            1 1 na 1 na accepted, 29.2
de/b.yaml                     identical to b-copy.yaml                       superseded: identical
es/c1.yaml                    ES Guardia C, Q4, 11-12            2 2 2 2 2   accepted, 61.1
es/c2.yaml                    ES Guardia C, Q4, 11-12            3 3 3 4 3   superseded: same date
it/questionnaire.xlsx         IT Polizia D / Postale, Q4, 11-18  3 1 3 4 3   accepted, 91.1
reports/a-q3-gap-report.xlsx  the gap report of fr/a-2026q3.yaml             superseded: identical
broken/syntax.yaml, broken/other-checklist.yaml, broken/fake.xlsx            rejected
notes.txt                                                    rejected: not an assessment file
.hidden/x.yaml                                               ignored (hidden)

The reporting period is 2026-Q4 (the latest), so fr/a-2026q3.yaml is `other_period`: listed,
in the trend, but in no figure of the period.

(Ties in assessed_on go to the path that sorts first: b-copy.yaml before b.yaml.)

(* AAA-01 declared 3 without evidence: effective 2, unevidenced.)

Scores, worked out: a-q4: Σw = 3+2+5+4 = 14, Σ w·s = 3·2/3 + 2·2/3 + 5 + 4 = 37/3,
100·(37/3)/14 = 88.10; AAA = 100·(2 + 4/3)/5 = 66.7, BBB = 100; partially ready (critical
AAA-01 below target). b: Σw = 10, Σ w·s = 3/3 + 2/3 + 5/4 = 35/12 → 29.17; AAA 33.3, BBB 25.0.
c1: Σw = 15, Σ w·s = 2 + 4/3 + 2/3 + 5/2 + 8/3 = 55/6 → 61.11; AAA 66.7, BBB 100·(31/6)/9 = 57.4.
questionnaire: Σ w·s = 3 + 2/3 + 1 + 5 + 4 = 41/3 → 100·(41/3)/15 = 91.11; AAA 100·(14/3)/6
= 77.8, BBB 100. Mean of the period's accepted = (1850/21 + 175/6 + 550/9 + 820/9)/4 = 67.37.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import assessment_dict, write_yaml
from openpyxl import load_workbook
from workbook_helpers import answer_all, fill_questionnaire, gap_report, named_cell

from readiness.cli import cli
from readiness.core.aggregation import (
    ACCEPTED,
    OTHER_PERIOD,
    SUPERSEDED,
    Rejection,
    aggregate,
    aggregate_data,
    period_sort_key,
    place,
)
from readiness.reading import aggregate_run
from readiness.reading.aggregate_run import discover, summarise_file
from readiness.workbooks.consolidation_workbook import is_consolidation_workbook

BRIGADE = {"name": "Brigade A", "unit": "Online", "country": "FR"}
POLIZEI = {"name": "Polizei B", "country": "DE"}
GUARDIA = {"name": "Guardia C", "country": "ES"}
NA = {"level": "n/a", "justification": "Does not apply here"}


def _levels(mini: Any, levels: list[Any], **top: Any) -> dict[str, Any]:
    overrides = {}
    for item, level in zip(mini.items, levels, strict=True):
        overrides[item.id] = dict(NA) if level == "n/a" else {"level": level, "evidence": ["Proof"]}
    return assessment_dict(mini, overrides=overrides, **top)


def build_inbox(root: Path, mini: Any, mini_path: Path) -> Path:
    """The mixed folder of the module docstring, under root/inbox."""
    inbox = root / "inbox"
    for sub in ("fr", "de", "es", "it", "reports", "broken", ".hidden"):
        (inbox / sub).mkdir(parents=True)
    q3 = write_yaml(
        inbox / "fr" / "a-2026q3.yaml",
        _levels(mini, [3, 3, 3, 4, 3], agency=BRIGADE, period="2026-Q3", assessed_on="2026-08-01"),
    )
    q4 = _levels(mini, [3, 2, "n/a", 4, 3], agency=BRIGADE, assessed_on="2026-11-20")
    q4["responses"]["AAA-01"] = {"level": 3}  # no evidence: counts as 2, flagged unevidenced
    write_yaml(inbox / "fr" / "a-2026q4.yaml", q4)
    write_yaml(
        inbox / "fr" / "a-2026q4-resent.yaml",
        _levels(
            mini,
            [1, 1, 1, 1, 1],
            agency={"name": "brigade  a", "unit": "online", "country": "FR"},
            assessed_on="2026-11-10",
        ),
    )
    polizei = _levels(mini, [1, 1, "n/a", 1, "n/a"], agency=POLIZEI, assessed_on="2026-11-15")
    write_yaml(inbox / "de" / "b.yaml", polizei)
    write_yaml(inbox / "de" / "b-copy.yaml", polizei)
    write_yaml(
        inbox / "es" / "c1.yaml", _levels(mini, [2] * 5, agency=GUARDIA, assessed_on="2026-11-12")
    )
    write_yaml(
        inbox / "es" / "c2.yaml",
        _levels(mini, [3, 3, 3, 4, 3], agency=GUARDIA, assessed_on="2026-11-12"),
    )
    questionnaire = inbox / "it" / "questionnaire.xlsx"
    result = CliRunner().invoke(
        cli,
        ["--checklist", str(mini_path), "init", "--format", "xlsx", "-o", str(questionnaire)],
        env={"READINESS_LANG": "en"},
    )
    assert result.exit_code == 0, result.output
    answers = answer_all(mini)
    answers["AAA-02"] = {"level": "1 - Planned", "evidence": "Plan", "owner": "Rossi"}
    answers["BBB-01"] = {"level": "sustained", "evidence": "Review"}
    fill_questionnaire(
        questionnaire,
        {
            "agency_name": "Polizia D",
            "agency_unit": "Postale",
            "agency_country": "IT",
            "period": "2026-Q4",
        },
        answers,
    )
    wb = load_workbook(questionnaire)
    named_cell(wb, "readiness_q_assessed_on").value = dt.datetime(2026, 11, 18)
    wb.save(questionnaire)
    gap_report(q3, inbox / "reports" / "a-q3-gap-report.xlsx", mini_path)
    (inbox / "broken" / "syntax.yaml").write_text("checklist: mini\nagency: [\n", encoding="utf-8")
    other = _levels(mini, [3] * 5, agency=BRIGADE)
    other["checklist"] = "another-list"
    write_yaml(inbox / "broken" / "other-checklist.yaml", other)
    (inbox / "broken" / "fake.xlsx").write_text("not a workbook", encoding="utf-8")
    (inbox / "notes.txt").write_text("not an input", encoding="utf-8")
    write_yaml(inbox / ".hidden" / "x.yaml", _levels(mini, [0] * 5))
    return inbox


@pytest.fixture
def inbox(tmp_path: Path, mini: Any, mini_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The inbox, with the working folder at tmp_path so that paths read 'inbox/...'."""
    build_inbox(tmp_path, mini, mini_path)
    monkeypatch.chdir(tmp_path)
    return Path("inbox")


def run(*args: str, lang: str = "en") -> Any:
    return CliRunner().invoke(cli, list(args), env={"READINESS_LANG": lang})


def aggregate_json(mini_path: Path, *args: str) -> tuple[int, dict[str, Any]]:
    result = run(
        "--checklist", str(mini_path), "aggregate", *args, "--no-excel", "--format", "json"
    )
    return result.exit_code, json.loads(result.stdout)


# --- the whole inbox, figure by figure ---------------------------------------------------


def test_every_input_ends_accepted_superseded_or_rejected(inbox, mini_path):
    code, data = aggregate_json(mini_path, str(inbox), "--jobs", "2")
    assert code == 3  # some inputs were rejected
    assert data["summary"] == {
        "inputs": 13,
        "accepted": 4,
        "superseded": 4,
        "other_period": 1,
        "rejected": 4,
        "period": "2026-Q4",
        "mean_score": 67.4,
        "ratings": {"ready": 1, "partially_ready": 2, "not_ready": 1},
        "follow_up_rules": "built-in",
        "anonymised": False,
    }
    status = {
        s["file"]: (s["status"], s["superseded_by"], s["reason"]) for s in data["submissions"]
    }
    assert status == {
        "inbox/de/b-copy.yaml": (ACCEPTED, None, None),
        "inbox/de/b.yaml": (SUPERSEDED, "inbox/de/b-copy.yaml", "identical"),
        "inbox/es/c1.yaml": (ACCEPTED, None, None),
        "inbox/es/c2.yaml": (SUPERSEDED, "inbox/es/c1.yaml", "same_date"),
        "inbox/fr/a-2026q3.yaml": (OTHER_PERIOD, None, None),
        "inbox/fr/a-2026q4-resent.yaml": (SUPERSEDED, "inbox/fr/a-2026q4.yaml", "older"),
        "inbox/fr/a-2026q4.yaml": (ACCEPTED, None, None),
        "inbox/it/questionnaire.xlsx": (ACCEPTED, None, None),
        "inbox/reports/a-q3-gap-report.xlsx": (SUPERSEDED, "inbox/fr/a-2026q3.yaml", "identical"),
    }
    # Sorted by file path, whatever the arrival order.
    files = [s["file"] for s in data["submissions"]]
    assert files == sorted(files)
    assert [r["file"] for r in data["rejected"]] == [
        "inbox/broken/fake.xlsx",
        "inbox/broken/other-checklist.yaml",
        "inbox/broken/syntax.yaml",
        "inbox/notes.txt",
    ]


def test_submission_scores_ratings_and_areas(inbox, mini_path):
    _, data = aggregate_json(mini_path, str(inbox))
    by_file = {s["file"]: s for s in data["submissions"]}
    expected = {
        "inbox/fr/a-2026q3.yaml": (100.0, "ready", {"AAA": 100.0, "BBB": 100.0}),
        "inbox/fr/a-2026q4.yaml": (88.1, "partially_ready", {"AAA": 66.7, "BBB": 100.0}),
        "inbox/de/b-copy.yaml": (29.2, "not_ready", {"AAA": 33.3, "BBB": 25.0}),
        "inbox/es/c1.yaml": (61.1, "partially_ready", {"AAA": 66.7, "BBB": 57.4}),
        "inbox/it/questionnaire.xlsx": (91.1, "ready", {"AAA": 77.8, "BBB": 100.0}),
    }
    for file, (score, rating, areas) in expected.items():
        s = by_file[file]
        assert (s["score"], s["rating"], s["areas"]) == (score, rating, areas), file
    q = by_file["inbox/it/questionnaire.xlsx"]
    assert (q["agency"], q["unit"], q["country"], q["period"], q["assessed_on"]) == (
        "Polizia D",
        "Postale",
        "IT",
        "2026-Q4",
        "2026-11-18",
    )
    # Superseded submissions are listed with their own figures, which count nowhere.
    assert by_file["inbox/es/c2.yaml"]["score"] == 100.0


def test_item_statistics(inbox, mini_path):
    _, data = aggregate_json(mini_path, str(inbox))
    # Effective levels of the period's four accepted (a-q4, b-copy, c1, questionnaire):
    # AAA-01 2 1 2 3 | AAA-02 2 1 2 1 | AAA-03 na na 2 3 | BBB-01 4 1 2 4 (target 4)
    # BBB-02 3 na 2 3
    assert data["items"] == [
        {
            "id": "AAA-01",
            "at_target": 0.25,
            "mean_level": 2.0,
            "na": 0,
            "gaps": 3,
            "unevidenced": 1,
        },
        {
            "id": "AAA-02",
            "at_target": 0.0,
            "mean_level": 1.5,
            "na": 0,
            "gaps": 4,
            "unevidenced": 0,
        },
        {
            "id": "AAA-03",
            "at_target": 0.5,
            "mean_level": 2.5,
            "na": 2,
            "gaps": 1,
            "unevidenced": 0,
        },
        {
            "id": "BBB-01",
            "at_target": 0.5,
            "mean_level": 2.75,
            "na": 0,
            "gaps": 2,
            "unevidenced": 0,
        },
        {
            "id": "BBB-02",
            "at_target": 0.6667,
            "mean_level": 2.67,
            "na": 1,
            "gaps": 1,
            "unevidenced": 0,
        },
    ]


def test_area_statistics_and_trend(inbox, mini_path):
    _, data = aggregate_json(mini_path, str(inbox))
    # AAA: 200/3, 100/3, 200/3, 700/9 -> mean 2200/36 = 61.1
    # BBB: 100, 25, 1550/27, 100 -> mean 7625/108 = 70.6
    assert data["areas"] == [
        {"id": "AAA", "mean": 61.1, "min": 33.3, "max": 77.8},
        {"id": "BBB", "mean": 70.6, "min": 25.0, "max": 100.0},
    ]
    # Only Brigade A has submissions for two periods (Q3 counts in the trend, not in the
    # period's figures); 1850/21 - 100 = -11.9.
    assert data["trend"] == [
        {
            "country": "FR",
            "agency": "Brigade A",
            "unit": "Online",
            "periods": [
                {"period": "2026-Q3", "score": 100.0, "file": "inbox/fr/a-2026q3.yaml"},
                {"period": "2026-Q4", "score": 88.1, "file": "inbox/fr/a-2026q4.yaml"},
            ],
            "change": -11.9,
        }
    ]
    assert data["checklist"] == {"id": "mini", "version": "1.2.0"}


def test_rejected_inputs_carry_located_problems(inbox, mini_path):
    _, data = aggregate_json(mini_path, str(inbox))
    problems = {r["file"]: r["problems"] for r in data["rejected"]}
    syntax = problems["inbox/broken/syntax.yaml"]
    assert syntax[0]["severity"] == "error" and syntax[0]["line"] == 3
    assert "YAML syntax error" in syntax[0]["message"]
    other = problems["inbox/broken/other-checklist.yaml"]
    assert any("answers checklist 'another-list'" in p["message"] and p["line"] == 1 for p in other)
    fake = problems["inbox/broken/fake.xlsx"]
    assert "not" in fake[0]["message"] and "workbook" in fake[0]["message"]


def test_jobs_1_equals_jobs_2(inbox, mini_path):
    code1, one = aggregate_json(mini_path, str(inbox), "--jobs", "1")
    code2, two = aggregate_json(mini_path, str(inbox), "--jobs", "2")
    assert code1 == code2 == 3
    assert json.dumps(one, sort_keys=False) == json.dumps(two, sort_keys=False)


def test_argument_order_and_repeats_do_not_change_the_result(inbox, mini_path):
    _, once = aggregate_json(mini_path, str(inbox))
    # A file named again, and the folders given in another order: each file is read once.
    _, again = aggregate_json(
        mini_path,
        str(inbox / "it"),
        str(inbox / "fr" / "a-2026q3.yaml"),
        str(inbox),
        "--jobs",
        "2",
    )
    assert again == once


def test_table_prints_headline_figures(inbox, mini_path):
    result = run("--checklist", str(mini_path), "aggregate", str(inbox), "--no-excel")
    assert result.exit_code == 3
    out = result.stdout
    assert "13 received: 4 accepted, 4 superseded, 1 other period, 4 rejected" in out
    assert "2026-Q4" in out
    assert "67.4 / 100" in out
    assert "Ready 1, Partially ready 2, Not ready 1" in out
    # Area means and the most common gap, and every rejected file with its first error.
    assert any(line.split()[:1] == ["AAA"] and "61.1" in line for line in out.splitlines())
    assert any(line.startswith("AAA-02") and "4/4" in line for line in out.splitlines())
    assert "inbox/broken/syntax.yaml:3:1: error: YAML syntax error" in out
    assert "inbox/broken/fake.xlsx" in out
    # No progress bar: stderr is not a terminal here.
    assert "aggregate" not in result.stderr


def test_table_in_french(inbox, mini_path):
    result = run("--checklist", str(mini_path), "aggregate", str(inbox), "--no-excel", lang="fr")
    assert (
        "13 reçus\u202f: 4 retenus, 4 remplacés, 1 d'une autre période, 4 rejetés" in result.stdout
    )
    assert "Score moyen" in result.stdout


# --- outputs and exit codes -------------------------------------------------------------


def test_default_workbook_is_written_in_the_current_folder(inbox, mini_path):
    result = run("--checklist", str(mini_path), "aggregate", str(inbox))
    assert result.exit_code == 3  # the outputs are written all the same
    out = Path("readiness-consolidated.xlsx")
    assert out.is_file() and is_consolidation_workbook(out)
    assert str(out) in result.stderr
    # A second run in the same place replaces it.
    before = out.stat().st_mtime_ns
    assert run("--checklist", str(mini_path), "aggregate", str(inbox)).exit_code == 3
    assert out.stat().st_mtime_ns >= before


def test_no_excel_writes_nothing(inbox, mini_path):
    result = run("--checklist", str(mini_path), "aggregate", str(inbox), "--no-excel")
    assert result.exit_code == 3
    assert not Path("readiness-consolidated.xlsx").exists()
    assert list(Path(".").glob("*.xlsx")) == []


def test_earlier_consolidation_inside_the_inbox_is_replaced_not_read(inbox, mini_path):
    out = inbox / "HQ.xlsx"
    first = run("--checklist", str(mini_path), "aggregate", str(inbox), "-o", str(out))
    assert first.exit_code == 3 and is_consolidation_workbook(out)
    code, data = aggregate_json(mini_path, str(inbox))
    # With --no-excel the earlier consolidation is an input like any other: rejected.
    assert code == 3 and data["summary"]["inputs"] == 14
    assert "inbox/HQ.xlsx" in [r["file"] for r in data["rejected"]]
    second = run(
        "--checklist", str(mini_path), "aggregate", str(inbox), "-o", str(out), "--format", "json"
    )
    assert second.exit_code == 3
    assert json.loads(second.stdout)["summary"]["inputs"] == 13


def test_output_over_an_input_is_refused(inbox, mini_path):
    target = inbox / "it" / "questionnaire.xlsx"
    before = target.read_bytes()
    result = run("--checklist", str(mini_path), "aggregate", str(inbox), "-o", str(target))
    assert result.exit_code == 1
    assert "refusing to write over the input" in result.stderr
    assert target.read_bytes() == before


def test_all_valid_exits_0_and_nothing_usable_exits_1(tmp_path, mini, mini_path):
    good = write_yaml(tmp_path / "good.yaml", assessment_dict(mini))
    code, data = aggregate_json(mini_path, str(good))
    assert code == 0 and data["summary"]["accepted"] == 1 and data["rejected"] == []
    bad = tmp_path / "bad.yaml"
    bad.write_text("responses: [\n", encoding="utf-8")
    code, data = aggregate_json(mini_path, str(bad))
    assert code == 1
    assert data["summary"] == {
        "inputs": 1,
        "accepted": 0,
        "superseded": 0,
        "other_period": 0,
        "rejected": 1,
        "period": None,
        "mean_score": None,
        "ratings": {"ready": 0, "partially_ready": 0, "not_ready": 0},
        "follow_up_rules": "built-in",
        "anonymised": False,
    }
    assert all(item["at_target"] is None and item["mean_level"] is None for item in data["items"])
    assert data["areas"][0] == {"id": "AAA", "mean": None, "min": None, "max": None}


def test_empty_folder_and_usage_errors(tmp_path, mini_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("--checklist", str(mini_path), "aggregate", str(empty), "--no-excel")
    assert result.exit_code == 1
    assert "no files found" in result.stderr
    # A file that is not an assessment is a rejected input: nothing usable, exit 1.
    (empty / "readme.txt").write_text("nothing here", encoding="utf-8")
    result = run("--checklist", str(mini_path), "aggregate", str(empty), "--no-excel")
    assert result.exit_code == 1
    assert "readme.txt: error: not an assessment file" in result.stdout
    assert run("aggregate").exit_code == 2
    assert run("aggregate", str(empty), "--jobs", "0").exit_code == 2
    bad_checklist = run("--checklist", str(tmp_path / "nope.yaml"), "aggregate", str(empty))
    assert bad_checklist.exit_code == 1
    assert "no checklist" in bad_checklist.stderr


def test_checklist_chosen_after_the_command_name(tmp_path, mini, mini_path):
    path = write_yaml(tmp_path / "u.yaml", assessment_dict(mini))
    result = run(
        "aggregate", str(path), "--checklist", str(mini_path), "--no-excel", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    # Without --checklist the default (built-in) checklist is used: the mini file is rejected.
    result = run("aggregate", str(path), "--no-excel", "--format", "json")
    assert result.exit_code == 1
    (rejected,) = json.loads(result.stdout)["rejected"]
    assert "answers checklist 'mini'" in rejected["problems"][0]["message"]


# --- the parts ----------------------------------------------------------------------------


def test_discover_searches_folders_and_skips_hidden_and_lock_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / ".git").mkdir()
    for name in (
        "a/one.yaml",
        "a/b/two.YML",
        "a/b/three.xlsx",
        "a/~$three.xlsx",
        "a/.four.yaml",
        "a/five.txt",
        ".git/six.yaml",
        "seven.xlsm",
    ):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found, rejected = discover([str(tmp_path)])
    assert found == [
        str(tmp_path / "a" / "b" / "three.xlsx"),
        str(tmp_path / "a" / "b" / "two.YML"),
        str(tmp_path / "a" / "one.yaml"),
        str(tmp_path / "seven.xlsm"),
    ]
    # Every other file is accounted for: a rejected input saying what to do.
    (five,) = rejected
    assert five.file == str(tmp_path / "a" / "five.txt")
    assert "not an assessment file" in five.problems[0].message
    # A file named on the command line is read whatever its name.
    assert discover([str(tmp_path / "a" / "five.txt")])[0] == [str(tmp_path / "a" / "five.txt")]


def test_a_folder_that_cannot_be_listed_is_a_rejected_input(tmp_path, mini, mini_path, monkeypatch):
    write_yaml(tmp_path / "u.yaml", assessment_dict(mini))
    real_walk = aggregate_run.os.walk

    def walk(top: str, onerror: Any = None) -> Any:
        # As if a sub-folder had no read permission (tests may run as root, who has them all).
        onerror(PermissionError(13, "Permission denied", str(tmp_path / "locked")))
        return real_walk(top, onerror=onerror)

    monkeypatch.setattr(aggregate_run.os, "walk", walk)
    code, data = aggregate_json(mini_path, str(tmp_path))
    assert code == 3
    assert data["summary"]["inputs"] == 2 and data["summary"]["accepted"] == 1
    assert data["rejected"] == [
        {
            "file": str(tmp_path / "locked"),
            "problems": [
                {
                    "severity": "error",
                    "message": "cannot read this folder: Permission denied",
                    "path": "",
                    "message_key": "agg.cannot_list",
                    "line": None,
                    "column": None,
                }
            ],
        }
    ]


def test_a_crash_on_one_file_is_a_rejection(tmp_path, mini, mini_path, monkeypatch):
    path = write_yaml(tmp_path / "u.yaml", assessment_dict(mini))

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(aggregate_run, "read_assessment", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the traceback goes
    summary = summarise_file(str(path), checklist_spec=str(mini_path))
    assert isinstance(summary, Rejection)
    message = summary.problems[0].message
    assert "internal error" in message and "boom" in message
    (saved,) = tmp_path.glob("readiness-internal-error-*.txt")
    assert str(saved) in message and "RuntimeError: boom" in saved.read_text(encoding="utf-8")


def test_workbook_with_another_version_of_the_checklist_is_rejected(tmp_path, mini, mini_path):
    # A gap report scored with a checklist whose items differ (one item fewer).
    text = mini_path.read_text(encoding="utf-8")
    trimmed = text[: text.index("      - id: BBB-02")].replace("version: 1.2.0", "version: 1.1.0")
    other = tmp_path / "mini-1.1.yaml"
    other.write_text(trimmed, encoding="utf-8")
    data = assessment_dict(mini)
    del data["responses"]["BBB-02"]
    data["checklist_version"] = "1.1.0"
    unit = write_yaml(tmp_path / "u.yaml", data)
    report = gap_report(unit, tmp_path / "u.xlsx", other)
    summary = summarise_file(str(report), checklist_spec=str(mini_path))
    assert isinstance(summary, Rejection)
    assert [p.message for p in summary.problems if p.is_error] == [
        "this file answers version 1.1.0 of checklist 'mini', whose items differ from those "
        "of version 1.2.0 used for this aggregation"
    ]


def test_place_latest_date_wins_and_ties_go_to_the_first_path(tmp_path, mini, mini_path):
    def summary(name: str, day: str, level: int) -> Any:
        path = write_yaml(tmp_path / name, assessment_dict(mini, level, assessed_on=day))
        result = summarise_file(str(path), checklist_spec=str(mini_path))
        assert not isinstance(result, Rejection), result
        return result

    z_late = summary("z.yaml", "2026-11-20", 2)
    a_early = summary("a.yaml", "2026-11-01", 3)
    m_tie = summary("m.yaml", "2026-11-20", 3)
    for order in ([z_late, a_early, m_tie], [m_tie, z_late, a_early]):
        placed = {p.submission.file: (p.status, p.reason) for p in place(order)}
        assert placed == {
            str(tmp_path / "a.yaml"): (SUPERSEDED, "older"),
            str(tmp_path / "m.yaml"): (ACCEPTED, None),
            str(tmp_path / "z.yaml"): (SUPERSEDED, "same_date"),
        }


def test_period_order_is_chronological():
    periods = ["2026-Q4", "2026", "2025-12", "2026-H2", "2026-01", "2026-Q1", "2026-H1", "2026-07"]
    # By end date, then length: Q4, H2 and the year all end on 31 December.
    assert sorted(periods, key=period_sort_key) == [
        "2025-12",
        "2026-01",
        "2026-Q1",
        "2026-H1",
        "2026-07",
        "2026-Q4",
        "2026-H2",
        "2026",
    ]


def test_aggregate_of_nothing_is_empty_not_an_error(mini):
    data = aggregate_data(aggregate(mini, []))
    assert data["summary"]["inputs"] == 0 and data["summary"]["mean_score"] is None
    assert data["submissions"] == [] and data["trend"] == []
    assert [item["na"] for item in data["items"]] == [0] * 5
