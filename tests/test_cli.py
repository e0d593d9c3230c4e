"""The commands through click's CliRunner: output, JSON keys and exit codes (SPEC §5, §7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import assessment_dict, write_yaml

from readiness import __version__
from readiness.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, env: dict[str, str] | None = None):
    return runner.invoke(cli, list(args), env={"READINESS_LANG": "en", **(env or {})})


def test_version_and_help(runner):
    result = run(runner, "--version")
    assert result.exit_code == 0 and __version__ in result.output
    result = run(runner, "--help")
    assert result.exit_code == 0
    for command in ("init", "validate", "assess", "checklist"):
        assert command in result.output


def test_usage_error_exits_2(runner):
    assert run(runner, "assess").exit_code == 2
    assert run(runner, "assess", "x.yaml", "--format", "xml").exit_code == 2
    assert run(runner, "--lang", "de", "checklist", "list").exit_code == 2


def test_validate_valid_and_invalid_files(runner, mini, mini_path, tmp_path):
    good = write_yaml(tmp_path / "good.yaml", assessment_dict(mini))
    bad_data = assessment_dict(mini)
    bad_data["responses"]["AAA-02"]["level"] = 9
    bad = write_yaml(tmp_path / "bad.yaml", bad_data)
    result = run(runner, "--checklist", str(mini_path), "validate", str(good))
    assert result.exit_code == 0
    assert f"{good}: valid" in result.output
    result = run(runner, "--checklist", str(mini_path), "validate", str(good), str(bad))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert any(
        line.startswith(f"{bad}:") and ": error: level 9 is not one of 0-4" in line
        for line in lines
    )
    assert "2 files checked: valid 1, invalid 1" in result.output


def test_validate_json_has_file_valid_problems(runner, mini, mini_path, tmp_path):
    data = assessment_dict(mini, checklist_version="0.9.0")
    data["responses"]["AAA-03"] = {"level": "n/a"}
    path = write_yaml(tmp_path / "unit.yaml", data)
    result = run(runner, "validate", "--checklist", str(mini_path), "--format", "json", str(path))
    assert result.exit_code == 1
    out = json.loads(result.output)
    assert out[0]["file"] == str(path) and out[0]["valid"] is False
    severities = [p["severity"] for p in out[0]["problems"]]
    assert severities == ["warning", "error"]  # sorted by position: version line comes first
    problem = out[0]["problems"][1]
    # message_key names the kind of problem, the same in every language
    assert set(problem) == {"severity", "message", "message_key", "path", "line", "column"}
    assert problem["path"] == "responses.AAA-03.level"
    assert isinstance(problem["line"], int)


def test_validate_missing_file_is_a_problem_not_a_traceback(runner, tmp_path):
    result = run(runner, "validate", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 1
    assert "no such file" in result.output and "Traceback" not in result.output


def test_allow_incomplete(runner, mini, mini_path, tmp_path):
    data = assessment_dict(mini)
    del data["responses"]["BBB-01"]
    path = write_yaml(tmp_path / "partial.yaml", data)
    assert run(runner, "--checklist", str(mini_path), "validate", str(path)).exit_code == 1
    result = run(
        runner,
        "--checklist",
        str(mini_path),
        "assess",
        str(path),
        "--no-excel",
        "--format",
        "json",
        "--allow-incomplete",
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    item = next(i for i in out["items"] if i["id"] == "BBB-01")
    assert item["level"] == 0 and item["flags"] == ["unanswered"]
    # The unanswered item is said, not hidden behind "valid".
    assert "warning: BBB-01 has no response: scored as level 0 (unanswered)" in result.stderr
    result = run(runner, "--checklist", str(mini_path), "validate", str(path), "--allow-incomplete")
    assert result.exit_code == 0
    assert "warning: BBB-01 has no response" in result.output


def test_assess_json_keys_and_values(runner, mini, mini_path, tmp_path):
    data = assessment_dict(
        mini,
        overrides={
            "AAA-03": {"level": "n/a", "justification": "none"},
            "BBB-01": {"level": "partial"},
        },
    )
    path = write_yaml(tmp_path / "unit.yaml", data)
    result = run(
        runner, "--checklist", str(mini_path), "assess", str(path), "--no-excel", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert set(out) >= {
        "file",
        "checklist",
        "agency",
        "period",
        "assessed_on",
        "score",
        "rating",
        "maturity",
        "areas",
        "items",
        "gaps",
        "counts",
        "fingerprint",
    }
    assert out["checklist"] == {"id": "mini", "version": "1.2.0"}
    # applicable weights 3+2+5+4 = 14; BBB-01 at 2 of target 4 loses 5 * 1/2
    assert out["score"] == round(100 * (14 - 2.5) / 14, 1) == 82.1
    assert out["rating"] == "partially_ready"
    assert out["gaps"] == ["BBB-01"]
    assert out["counts"] == {
        "items": 5,
        "applicable": 4,
        "na": 1,
        "gaps": 1,
        "critical_gaps": 0,
        "unevidenced": 0,
    }
    na = next(i for i in out["items"] if i["id"] == "AAA-03")
    assert na["level"] is None and na["applicable"] is False
    b1 = next(i for i in out["items"] if i["id"] == "BBB-01")
    assert (
        b1["level"],
        b1["effective_level"],
        b1["target"],
        b1["score"],
        b1["gap"],
        b1["priority"],
    ) == (2, 2, 4, 0.5, 2, 10)
    assert out["fingerprint"].startswith("sha256:") and len(out["fingerprint"]) == 71
    again = run(
        runner, "--checklist", str(mini_path), "assess", str(path), "--no-excel", "--format", "json"
    )
    assert again.output == result.output  # no run time: identical output


def test_assess_table_shows_summary_gaps_and_arithmetic(runner, mini, mini_path, tmp_path):
    data = assessment_dict(mini, overrides={"AAA-01": {"level": 1}})
    path = write_yaml(tmp_path / "unit.yaml", data)
    result = run(runner, "--checklist", str(mini_path), "assess", str(path), "--no-excel")
    assert result.exit_code == 0
    out = result.output
    for text in (
        "Test Agency — Online unit (FR)",
        "2026-Q4",
        "Score",
        "78.3 / 100",
        "Partially ready",
        "AAA-01 !",
        "Do it.",
        "5 items, 5 applicable, 0 n/a",
        "sum of applicable weights 15",
        "= 100 × 11.7500 / 15 = 78.3",
    ):
        assert text in out, text


def test_assess_markdown_and_french(runner, mini, mini_path, tmp_path):
    path = write_yaml(tmp_path / "unit.yaml", assessment_dict(mini, level=2))
    result = run(
        runner,
        "--checklist",
        str(mini_path),
        "--lang",
        "fr",
        "assess",
        str(path),
        "--no-excel",
        "--format",
        "markdown",
    )
    assert result.exit_code == 0
    assert result.output.startswith("# Test Agency — 2026-Q4")
    assert "| Domaine | Intitulé | Score |" in result.output
    # Every item at 2: 100 × (2 + 4/3 + 2/3 + 5/2 + 8/3) / 15 = 61.1, and the critical
    # AAA-01 below target allows no better than the second band. French: decimal comma.
    assert "| Score | 61,1 / 100 |\n| Appréciation | Partiellement prêt |\n" in result.output
    # the gaps table has a header for every cell of its rows, owner and due date included
    gaps = result.output.split("## Écarts")[1].split("##")[0].strip().splitlines()
    assert gaps[0].startswith("| Point | Intitulé | Niveau | Priorité | Alertes |")
    assert gaps[0].endswith("| Action proposée | Responsable | Échéance |")
    assert {row.count(" | ") for row in gaps if row.startswith("| ")} == {7}


def test_fail_under_exits_4(runner, mini, mini_path, tmp_path):
    path = write_yaml(tmp_path / "unit.yaml", assessment_dict(mini, level=2))
    base = ["--checklist", str(mini_path), "assess", str(path), "--no-excel"]
    assert run(runner, *base, "--fail-under", "90").exit_code == 4
    assert run(runner, *base, "--fail-under", "50").exit_code == 0


def test_assess_invalid_exits_1_with_located_errors_on_stderr(runner, mini, mini_path, tmp_path):
    data = assessment_dict(mini)
    data["agency"]["country"] = "XX"
    path = write_yaml(tmp_path / "unit.yaml", data)
    result = runner.invoke(cli, ["--checklist", str(mini_path), "assess", str(path)])
    assert result.exit_code == 1
    assert "is not an ISO 3166-1 alpha-2 country code" in result.stderr
    assert result.stdout == ""


def test_lang_defaults_from_environment(runner, mini, mini_path, tmp_path):
    path = write_yaml(tmp_path / "unit.yaml", assessment_dict(mini))
    args = ["--checklist", str(mini_path), "assess", str(path), "--no-excel"]
    fr = runner.invoke(cli, args, env={"READINESS_LANG": "", "LC_ALL": "", "LANG": "fr_FR.UTF-8"})
    assert "Prêt" in fr.output
    en = runner.invoke(cli, args, env={"READINESS_LANG": "", "LC_ALL": "C", "LANG": "fr_FR.UTF-8"})
    assert "Ready" in en.output
    forced = runner.invoke(cli, args, env={"READINESS_LANG": "fr", "LANG": "en_GB.UTF-8"})
    assert "Prêt" in forced.output
    flag = runner.invoke(cli, ["--lang", "en", *args], env={"READINESS_LANG": "fr"})
    assert "Ready" in flag.output


def test_init_yaml_template_fills_in_and_validates(runner, mini, mini_path, tmp_path):
    out = tmp_path / "unit.yaml"
    result = run(
        runner,
        "--checklist",
        str(mini_path),
        "init",
        "-o",
        str(out),
        "--agency",
        "Brigade: mineurs",
        "--country",
        "no",
        "--period",
        "2026-Q4",
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "# AAA-01 Critical with evidence" in text
    assert "# Requirement: A critical requirement." in text
    assert text.count("    level:\n") == 5
    data = yaml.safe_load(text)
    assert data["agency"] == {"name": "Brigade: mineurs", "unit": None, "country": "NO"}
    # An untouched template is incomplete, not broken.
    result = run(runner, "--checklist", str(mini_path), "validate", str(out))
    assert result.exit_code == 1 and "AAA-01 has no level" in result.output
    # Filling every level makes it valid.
    filled = text.replace("    level:\n", "    level: partial\n")
    out.write_text(filled, encoding="utf-8")
    result = run(runner, "--checklist", str(mini_path), "validate", str(out))
    assert result.exit_code == 0, result.output


def test_init_refuses_to_overwrite_without_force(runner, mini_path, tmp_path):
    out = tmp_path / "unit.yaml"
    out.write_text("keep me", encoding="utf-8")
    result = run(runner, "--checklist", str(mini_path), "init", "-o", str(out))
    assert result.exit_code == 1 and "already exists" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    result = run(runner, "--checklist", str(mini_path), "init", "-o", str(out), "--force")
    assert result.exit_code == 0 and "checklist: mini" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["unit.yaml"]  # no temporary left


def test_init_rejects_bad_country_and_period(runner, tmp_path, mini_path):
    args = ["--checklist", str(mini_path), "init", "-o", str(tmp_path / "x.yaml")]
    result = run(runner, *args, "--country", "UK")
    assert result.exit_code == 2 and "GB" in result.output
    assert run(runner, *args, "--period", "Q4-2026").exit_code == 2


def test_french_template_comments(runner, mini_path, tmp_path):
    out = tmp_path / "fr.yaml"
    assert (
        run(runner, "--checklist", str(mini_path), "--lang", "fr", "init", "-o", str(out)).exit_code
        == 0
    )
    text = out.read_text(encoding="utf-8")
    # French typography: a narrow no-break space before the colon
    assert "\n  # Exigence\u202f: Une exigence critique.\n" in text


def test_checklist_check_and_schema(runner, mini_path, tmp_path):
    result = run(runner, "checklist", "check", str(mini_path))
    assert result.exit_code == 0 and "valid checklist" in result.output
    broken = yaml.safe_load(mini_path.read_text(encoding="utf-8"))
    broken["areas"][0]["items"][1]["id"] = "AAA-01"
    broken["areas"][0]["items"][0]["title"] = {"en": "English only"}
    broken["levels"][2]["value"] = 7
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(broken, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = run(runner, "checklist", "check", str(bad))
    assert result.exit_code == 1
    assert "item id 'AAA-01' is already used at line" in result.output
    assert "the text has no 'fr' version" in result.output
    assert "level values must be 0..N without gaps" in result.output
    result = run(runner, "checklist", "schema", str(mini_path))
    schema = json.loads(result.output)
    assert schema["properties"]["checklist"] == {"const": "mini"}
    assert schema["properties"]["responses"]["required"] == [
        "AAA-01",
        "AAA-02",
        "AAA-03",
        "BBB-01",
        "BBB-02",
    ]


def test_checklist_errors_are_reported_not_raised(runner, tmp_path):
    result = run(runner, "--checklist", "no-such-list", "checklist", "show")
    assert result.exit_code == 1 and "no checklist 'no-such-list'" in result.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [unclosed\n", encoding="utf-8")
    result = run(runner, "checklist", "check", str(bad))
    assert result.exit_code == 1 and f"{bad}:2:1: error: YAML syntax error" in result.output


def test_path_output_is_given_path(runner, mini, mini_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_yaml(Path("rel.yaml"), assessment_dict(mini))
    result = run(
        runner,
        "--checklist",
        str(mini_path),
        "assess",
        "rel.yaml",
        "--no-excel",
        "--format",
        "json",
    )
    assert json.loads(result.output)["file"] == "rel.yaml"
