"""What a newcomer tripped on (SPEC §17): each case misled or stopped a real user once."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES, assessment_dict, write_yaml

from readiness.cli import cli


def run(*args: str, lang: str = "en"):
    return CliRunner().invoke(cli, list(args), env={"READINESS_LANG": lang})


# init follows the extension of -o ------------------------------------------------------------


def test_init_xlsx_name_writes_a_questionnaire(tmp_path: Path) -> None:
    out = tmp_path / "questionnaire.xlsx"
    result = run("init", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert zipfile.is_zipfile(out)


def test_init_yaml_name_writes_yaml(tmp_path: Path) -> None:
    out = tmp_path / "unit.yml"
    assert run("init", "-o", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").lstrip().startswith("#")


def test_init_contradiction_is_a_usage_error(tmp_path: Path) -> None:
    out = tmp_path / "q.yaml"
    result = run("init", "-o", str(out), "--format", "xlsx")
    assert result.exit_code == 2
    assert "contradicts" in result.output
    assert not out.exists()


def test_init_unknown_extension_is_a_usage_error(tmp_path: Path) -> None:
    result = run("init", "-o", str(tmp_path / "unit.txt"))
    assert result.exit_code == 2 and ".xlsx" in result.output


def test_init_without_output_keeps_format_option(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run("init", "--format", "xlsx").exit_code == 0
    assert zipfile.is_zipfile(tmp_path / "self-assessment.xlsx")


# convert and assess outputs ------------------------------------------------------------------


def test_convert_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "filled.xlsx"
    out.write_bytes(b"a filled questionnaire")
    result = run("convert", str(EXAMPLES / "near-ready.yaml"), "-o", str(out))
    assert result.exit_code == 1 and "--force" in result.output
    assert out.read_bytes() == b"a filled questionnaire"
    result = run("convert", str(EXAMPLES / "near-ready.yaml"), "-o", str(out), "--force")
    assert result.exit_code == 0 and zipfile.is_zipfile(out)


def test_assess_on_a_gap_report_writes_rescored(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    first = run("assess", str(EXAMPLES / "near-ready.yaml"))
    assert first.exit_code == 0, first.output
    report = tmp_path / "near-ready-gap-report.xlsx"
    assert report.exists()
    second = run("assess", str(report))
    assert second.exit_code == 0, second.output
    assert (tmp_path / "near-ready-rescored.xlsx").exists()
    assert not list(tmp_path.glob("*gap-report-gap-report*"))


def test_assess_output_must_be_a_workbook(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    result = run("assess", str(EXAMPLES / "near-ready.yaml"), "-o", str(out))
    assert result.exit_code == 2 and ".xlsx" in result.output
    assert not out.exists()


# assess thresholds and tables ----------------------------------------------------------------


def test_fail_under_says_score_and_threshold() -> None:
    result = run("assess", str(EXAMPLES / "critical-gaps.yaml"), "--no-excel", "--fail-under", "99")
    assert result.exit_code == 4
    assert "below the threshold 99" in result.stderr
    assert "score " in result.stderr


def test_fail_under_refuses_nan() -> None:
    result = run("assess", str(EXAMPLES / "near-ready.yaml"), "--no-excel", "--fail-under", "nan")
    assert result.exit_code == 2 and "--fail-under" in result.output


def test_no_excel_never_points_to_a_gap_report() -> None:
    result = run("assess", str(EXAMPLES / "critical-gaps.yaml"), "--no-excel")
    assert result.exit_code == 0
    assert "gap report" not in result.output
    assert "--all-gaps" in result.stdout


def test_all_gaps_lists_every_gap() -> None:
    data = json.loads(
        run("assess", str(EXAMPLES / "critical-gaps.yaml"), "--no-excel", "--format", "json").stdout
    )
    table = run("assess", str(EXAMPLES / "critical-gaps.yaml"), "--no-excel", "--all-gaps").stdout
    assert len(data["gaps"]) > 10
    for item_id in data["gaps"]:
        assert item_id in table
    assert "more gaps" not in table


# files that are not assessments --------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("unit.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "Excel 97-2003"),
        ("unit.csv", b"item,level\nPREV-01,3\x97\n", "CSV"),
        ("unit.ods", b"PK\x03\x04" + b"\0" * 100, "OpenDocument"),
        ("unit.docx", b"PK\x03\x04" + b"\0" * 100, "Word document"),
        ("unit.pdf", b"%PDF-1.7\n", "PDF"),
        ("renamed.yaml", b"%PDF-1.7\n" + b"\0" * 10, "PDF"),
    ],
)
def test_foreign_files_are_named_with_what_to_do(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert f"{path}:1:1: error: the file is " in result.output
    assert words in result.output
    assert "not UTF-8" not in result.output and "binary data" not in result.output


def test_empty_file_has_a_location(tmp_path: Path) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text("", encoding="utf-8")
    result = run("validate", str(path))
    assert f"{path}:1:1: error:" in result.output
    data = json.loads(run("validate", "--format", "json", str(path)).stdout)
    assert data[0]["problems"][0]["line"] == 1 and data[0]["problems"][0]["column"] == 1


# validation shows every problem --------------------------------------------------------------


def test_all_problems_of_one_item_are_reported(mini, mini_path, tmp_path: Path) -> None:
    data = assessment_dict(mini, overrides={"AAA-02": {"level": 7, "due": "2026-02-30"}})
    path = write_yaml(tmp_path / "two.yaml", data)
    result = run("--checklist", str(mini_path), "validate", str(path))
    assert "level 7 is not one of" in result.output
    assert "2026-02-30 is not a real date" in result.output


def test_no_level_offers_na_only_where_allowed(tmp_path: Path) -> None:
    template = tmp_path / "t.yaml"
    assert run("init", "-o", str(template)).exit_code == 0
    out = run("validate", str(template)).output
    lines = [line for line in out.splitlines() if "has no level" in line]
    assert lines
    # Items that allow n/a offer it; the others do not.
    assert any("Sustained, n/a (responses." in line for line in lines)
    assert any("Sustained (responses." in line for line in lines)


# checklist show / check ----------------------------------------------------------------------


def test_checklist_show_prints_requirement_guidance_and_action(builtin) -> None:
    from readiness.core.model import text_in

    for lang in ("en", "fr"):
        out = run("checklist", "show", lang=lang).stdout
        flat = " ".join(out.split())
        for item in builtin.items:
            assert item.id in out
            for text in (item.requirement, item.guidance, item.action):
                # Wrapped to the width, but every word is there in order.
                assert " ".join(text_in(text, lang).split()) in flat, (lang, item.id)


def test_checklist_show_lines_fit_the_width() -> None:
    out = run("checklist", "show").stdout
    assert max(len(line) for line in out.splitlines() if not line.startswith("interpol")) <= 100


def test_checklist_show_markdown(builtin) -> None:
    out = run("checklist", "show", "--format", "markdown").stdout
    assert out.startswith("# ")
    assert out.count("\n### ") == len(builtin.items)
    assert "- **Suggested action**:" in out


def test_checklist_show_refuses_two_checklists(mini_path) -> None:
    result = run("checklist", "show", "interpol-csea-covid19", "--checklist", str(mini_path))
    assert result.exit_code == 2 and "not both" in result.output


def test_checklist_check_honours_lang(mini_path) -> None:
    result = run("--lang", "fr", "checklist", "check", str(mini_path))
    assert result.exit_code == 0 and "référentiel valide" in result.output


# YAML mistakes said as what to write ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "where", "words"),
    [
        (
            "checklist: x\nresponses:\n  A:\n    evidence: []\n      - one\n",
            ":5:7:",
            "remove the '[]'",
        ),
        (
            "checklist: x\nagency:\n  name: Brigade: online\n",
            ":3:16:",
            "put the whole text in quotes",
        ),
        (
            'checklist: x\nagency:\n  name: "Brigade\n  unit: x\nperiod: 2026\n',
            ":3:9:",
            "never closed",
        ),
    ],
)
def test_yaml_syntax_errors_say_what_to_write(
    tmp_path: Path, text: str, where: str, words: str
) -> None:
    path = tmp_path / "unit.yaml"
    path.write_text(text, encoding="utf-8")
    out = run("validate", str(path)).output
    assert f"{path}{where} error: YAML syntax error:" in out
    assert words in out


def test_template_has_justification_only_where_na_is_allowed(tmp_path: Path, builtin) -> None:
    path = tmp_path / "t.yaml"
    assert run("init", "-o", str(path)).exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert "evidence: []" not in text
    assert text.count("    justification:") == sum(item.allow_na for item in builtin.items)


# compare wording and a byte-identical workbook -----------------------------------------------


@pytest.mark.slow
def test_comparison_workbook_is_byte_identical_across_runs(tmp_path: Path) -> None:
    import time

    outs = []
    for n in (1, 2):
        out = tmp_path / f"diff{n}.xlsx"
        args = [str(EXAMPLES / "critical-gaps.yaml"), str(EXAMPLES / "near-ready.yaml")]
        assert run("compare", *args, "-o", str(out)).exit_code == 0
        outs.append(out.read_bytes())
        time.sleep(2.1)  # zip timestamps have a two-second resolution
    assert outs[0] == outs[1]


def test_compare_columns_are_named_for_the_periods(tmp_path: Path, mini, mini_path) -> None:
    q3 = write_yaml(tmp_path / "q3.yaml", assessment_dict(mini, level=2, period="2026-Q3"))
    q4 = write_yaml(tmp_path / "q4.yaml", assessment_dict(mini, level=3))
    out = run("--checklist", str(mini_path), "compare", str(q3), str(q4)).stdout
    assert "Level (2026-Q3)" in out and "Level (2026-Q4)" in out
    assert "Base" not in out and "Other" not in out


# LibreOffice: skipped on a developer's machine without it, required under CI ----------------


def test_soffice_missing_skips_locally_and_fails_under_ci(monkeypatch) -> None:
    import shutil

    from conftest import soffice_or_skip

    monkeypatch.setattr(shutil, "which", lambda name: None)
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install"):
        soffice_or_skip()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="apt-get install"):
        soffice_or_skip()


def test_checklist_schema_follows_lang() -> None:
    english = json.loads(run("checklist", "schema").stdout)
    french = json.loads(run("--lang", "fr", "checklist", "schema").stdout)
    assert english["$defs"]["country"]["enum"] == french["$defs"]["country"]["enum"]
    assert "SPEC" not in json.dumps(english) and "§" not in json.dumps(english)
    assert french["description"].startswith("Les réponses d'une unité")
    assert "Norvège" in french["$defs"]["country"]["description"]
    assert (
        "Programme de sensibilisation"
        in french["properties"]["responses"]["properties"]["PREV-01"]["description"]
    )


def test_help_lists_whole_command_summaries() -> None:
    out = run("--help").stdout
    commands = out.split("Commands:")[1]
    assert "..." not in commands and "…" not in commands
    assert "every problem." in " ".join(out.split())
    assert "json: a list with, per file" in " ".join(run("validate", "--help").stdout.split())


def test_checklist_version_notes_follow_lang(tmp_path: Path) -> None:
    path = tmp_path / "v.yaml"
    path.write_text("checklist: interpol-csea-covid19\nchecklist_version: 9.9\n", encoding="utf-8")
    out = run("--lang", "fr", "validate", str(path)).output
    assert "n'a pas de version 9.9" in out and "versions connues" in out
    path.write_text("checklist: interpol-csea-covid19\n", encoding="utf-8")
    out = run("--lang", "es", "validate", str(path)).output
    assert "sin checklist_version" in out


def test_min_group_without_anonymise_is_a_usage_error() -> None:
    result = run("aggregate", str(EXAMPLES / "near-ready.yaml"), "--no-excel", "--min-group", "3")
    assert result.exit_code == 2 and "--anonymise" in result.output


@pytest.mark.parametrize(
    ("lang", "words"),
    [("fr", "tableau CSV"), ("es", "tabla CSV"), ("ar", "جدول CSV")],
)
def test_foreign_files_are_named_in_the_users_language(
    tmp_path: Path, lang: str, words: str
) -> None:
    path = tmp_path / "unit.csv"
    path.write_bytes(b"item,level\n")
    assert words in run("validate", str(path), lang=lang).output
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "unit.csv").write_bytes(b"item,level\n")
    (inbox / "ok.yaml").write_bytes((EXAMPLES / "near-ready.yaml").read_bytes())
    result = run("aggregate", str(inbox), "--no-excel", lang=lang)
    assert result.exit_code == 3 and words in result.output


def test_audit_compare_names_its_sides_in_the_users_language(tmp_path: Path) -> None:
    report = tmp_path / "nr.xlsx"
    assert run("assess", str(EXAMPLES / "near-ready.yaml"), "-o", str(report)).exit_code == 0
    out = run("compare", str(report), lang="fr").stdout
    assert "Déclaré" in out and "declared:" not in out
    assert out.splitlines()[0].startswith("Niveaux déclarés et niveaux audités\u202f: nr.xlsx")
    data = json.loads(run("compare", str(report), "--format", "json", lang="fr").stdout)
    assert data["base"]["label"].startswith("declared: ")  # JSON labels never change


def test_aggregate_points_to_the_rejected_sheet_only_when_the_workbook_is_written(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.yaml").write_bytes((EXAMPLES / "near-ready.yaml").read_bytes())
    (inbox / "bad.yaml").write_text("checklist: interpol-csea-covid19\n", encoding="utf-8")
    without = run("aggregate", str(inbox), "--no-excel")
    assert without.exit_code == 3
    assert "Rejected sheet" not in without.stdout
    assert "Every problem is listed in --format json." in without.stdout
    written = run("aggregate", str(inbox), "-o", str(tmp_path / "c.xlsx"))
    assert written.exit_code == 3 and (tmp_path / "c.xlsx").exists()
    assert "Rejected sheet" in " ".join(written.stdout.split())
    french = run("aggregate", str(inbox), "--no-excel", lang="fr")
    assert "Chaque problème figure dans --format json." in french.stdout
