"""Evidence and notes travel to headquarters: wherever users write them, the tool says they
hold document references only, never personal data (CHECKLIST-REVIEW finding 7)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import ROOT
from openpyxl import load_workbook

from readiness.cli import cli
from readiness.i18n import t

WORDS = {
    "en": ("never names or other personal data", "children, victims, suspects or staff"),
    "fr": ("jamais de nom", "des enfants, des victimes, des mis en cause ou des agents"),
}


def _flat(text: str) -> str:
    return " ".join(line.lstrip("# ").strip() for line in text.splitlines())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_yaml_template_says_it(tmp_path, lang):
    out = tmp_path / "unit.yaml"
    assert CliRunner().invoke(cli, ["--lang", lang, "init", "-o", str(out)]).exit_code == 0
    head = _flat(out.read_text(encoding="utf-8").split("\nchecklist:")[0])
    for words in WORDS[lang]:
        assert words in head


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_questionnaire_says_it_above_the_answers(tmp_path, lang):
    out = tmp_path / "unit.xlsx"
    assert CliRunner().invoke(cli, ["--lang", lang, "init", "-o", str(out)]).exit_code == 0
    ws = load_workbook(out).worksheets[0]
    cells = [str(c.value) for row in ws.iter_rows(max_row=30) for c in row if c.value]
    assert t("personal_data_notice", lang) in cells


def test_converted_and_migrated_yaml_say_it(tmp_path):
    source = ROOT / "examples" / "answered-1.0.0.yaml"
    for command in (["convert", str(source), "-o"], ["migrate", str(source), "-o"]):
        out = tmp_path / f"{command[0]}.yaml"
        result = CliRunner().invoke(cli, [*command, str(out)], env={"READINESS_LANG": "en"})
        assert result.exit_code == 0, result.output
        head = _flat(out.read_text(encoding="utf-8").split("\nchecklist:")[0])
        assert all(words in head for words in WORDS["en"])


def test_readme_says_it():
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    assert "never names or other personal data about children, victims, suspects or staff" in readme
