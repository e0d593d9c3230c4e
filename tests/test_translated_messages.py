"""Messages of checklists, crosswalks, rosters, rules files, levels, YAML syntax and
aggregate's headline in the user's language (issue 14): what each language reads."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from conftest import assessment_dict, write_yaml

from readiness.cli import cli
from readiness.i18n import SUPPORTED


def run(*args: str, lang: str = "en") -> Any:
    return CliRunner().invoke(cli, ["--lang", lang, *args])


def one_line(text: str) -> str:
    """Wrapped terminal text on one line (narrow no-break spaces kept, bidi isolates left out)."""
    return re.sub("[ \n]+", " ", text.replace("\u2068", "").replace("\u2069", ""))


# --- aggregate: counts and the reporting period ---------------------------------------------


def _inbox(tmp_path: Path, mini: Any, periods: list[str]) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i, period in enumerate(periods):
        agency = {"name": f"Unit {i}", "country": "FR"}
        write_yaml(inbox / f"u{i}.yaml", assessment_dict(mini, agency=agency, period=period))
    return inbox


def test_headline_counts_agree_with_one_and_zero(tmp_path, mini, mini_path):
    inbox = _inbox(tmp_path, mini, ["2026-Q4"])
    roster = tmp_path / "roster.csv"
    roster.write_text("country,agency\nFR,Unit 0\n", encoding="utf-8")
    args = ["--checklist", str(mini_path), "aggregate", str(inbox), "--no-excel"]
    out = {lang: run(*args, "--roster", str(roster), lang=lang) for lang in ("en", "fr", "es")}
    assert out["en"].exit_code == 0, out["en"].output
    assert "1 received: 1 accepted, 0 superseded, 0 other period, 0 rejected" in out["en"].stdout
    assert "1 of 1 expected submitter (100.0%)" in out["en"].stdout
    # French: 0 and 1 take the singular.
    assert "1 reçu\u202f: 1 retenu, 0 remplacé, 0 d'une autre période, 0 rejeté" in out["fr"].stdout
    assert "1 sur 1 unité attendue (100,0\u202f%)" in out["fr"].stdout
    # Spanish: 0 takes the plural.
    assert "1 recibido: 1 aceptado, 0 sustituidos, 0 de otro período, 0 rechazados" in (
        out["es"].stdout
    )
    assert "1 de 1 unidad prevista (100,0\u00a0%)" in out["es"].stdout


def test_coverage_in_arabic_says_two_and_a_few_in_their_forms(tmp_path, mini, mini_path):
    inbox = _inbox(tmp_path, mini, ["2026-Q4"])
    args = ["--checklist", str(mini_path), "aggregate", str(inbox), "--no-excel", "--roster"]
    for rows, expected in ((2, "1 من أصل جهتين متوقَّعتين"), (5, "1 من أصل 5 جهات متوقَّعة")):
        roster = tmp_path / f"roster{rows}.csv"
        lines = ["country,agency", *(f"FR,Unit {i}" for i in range(rows))]
        roster.write_text("\n".join(lines) + "\n", encoding="utf-8")
        result = run(*args, str(roster), lang="ar")
        assert result.exit_code == 0, result.output
        assert expected in one_line(result.stdout)


def test_a_period_with_no_submission_names_the_periods_there_are(tmp_path, mini, mini_path):
    inbox = _inbox(tmp_path, mini, ["2026-Q4", "2026-Q3", "2026-Q3"])
    args = ["--checklist", str(mini_path), "aggregate", str(inbox), "--no-excel"]
    en = run(*args, "--period", "2025-Q4")
    assert en.exit_code == 0, en.output
    assert (
        "No submission was accepted for 2025-Q4; the accepted submissions are for 2026-Q3, "
        "2026-Q4." in one_line(en.stdout)
    )
    fr = run(*args, "--period", "2025-T4", lang="fr")
    assert (
        "Aucune évaluation n'a été retenue pour 2025-Q4\u202f; les évaluations retenues portent "
        "sur 2026-Q3, 2026-Q4." in one_line(fr.stdout)
    )
    ar = run(*args, "--period", "2025-Q4", lang="ar")
    assert "لم تُقبل أي استمارة عن الفترة 2025-Q4" in one_line(ar.stdout)


def test_many_periods_are_cut_after_ten(tmp_path, mini, mini_path):
    periods = [f"2025-{m:02d}" for m in range(1, 13)]
    inbox = _inbox(tmp_path, mini, periods)
    args = ["--checklist", str(mini_path), "aggregate", str(inbox), "--no-excel"]
    args += ["--period", "2024"]
    en = one_line(run(*args).stdout)
    assert "are for 2025-01, 2025-02," in en and "2025-10 and 2 more." in en
    assert "2025-11" not in en
    fr = one_line(run(*args, lang="fr").stdout)
    assert "2025-10 et 2 autres." in fr
    ar = one_line(run(*args, lang="ar").stdout)
    assert "2025-10 وفترتان أخريان." in ar


# --- levels: the names in the reader's language, and a suggestion ---------------------------


def test_a_misspelt_level_is_answered_in_the_readers_language(tmp_path, builtin):
    data = assessment_dict(builtin)
    first, second, third = (item.id for item in builtin.items[:3])
    data["responses"][first]["level"] = "perenise"  # French, unaccented and one letter short
    data["responses"][second]["level"] = "implementd"
    data["responses"][third]["level"] = 7
    path = write_yaml(tmp_path / "unit.yaml", data)
    raw = {lang: run("validate", str(path), lang=lang).output for lang in SUPPORTED}
    out = {lang: one_line(text) for lang, text in raw.items()}
    assert (
        "level perenise is not one of 0-4 or Absent, Planned, Partial, Implemented, "
        "Sustained; did you mean 'Sustained'?"
    ) in out["en"]
    assert "level implementd is not one of" in out["en"]
    assert "did you mean 'Implemented'?" in out["en"]
    assert "level 7 is not one of 0-4 or Absent, Planned" in out["en"]
    assert (
        "le niveau perenise ne fait pas partie de 0-4 ou Absent, Prévu, Partiel, Mis en œuvre, "
        "Pérennisé\u202f; vouliez-vous dire «\u202fPérennisé\u202f»\u202f?"
    ) in out["fr"]
    assert "vouliez-vous dire «\u202fMis en œuvre\u202f»" in out["fr"]
    assert (
        "o Inexistente, Planificado, Parcial, Implementado, Consolidado; ¿quiso decir "
        "«Consolidado»?"
    ) in out["es"]
    assert "أو غير موجود، مخطط له، جزئي، مُنفَّذ، مستدام؛ هل تقصد «مُنفَّذ»؟" in out["ar"]
    # No suggestion for a number.
    (seven,) = [line for line in raw["en"].splitlines() if "level 7" in line]
    assert "did you mean" not in seven


def test_n_a_is_offered_in_the_readers_language_where_the_item_allows_it(tmp_path, builtin):
    item = next(i for i in builtin.items if i.allow_na)
    data = assessment_dict(builtin)
    data["responses"][item.id]["level"] = "sans objt"
    path = write_yaml(tmp_path / "unit.yaml", data)
    fr = one_line(run("validate", str(path), lang="fr").output)
    assert "Pérennisé, sans objet\u202f; vouliez-vous dire «\u202fsans objet\u202f»\u202f?" in fr
    es = one_line(run("validate", str(path), lang="es").output)
    assert "Consolidado, no aplicable; ¿quiso decir «no aplicable»?" in es


def test_the_suggestion_changes_nothing_that_is_accepted(builtin):
    """The message names fewer spellings than are accepted: every accepted one still parses."""
    from readiness.core.formats import level_spellings, parse_level
    from readiness.reading.validation import level_hint

    for word in level_spellings(builtin).exact:
        assert parse_level(word, builtin)[0] in ("level", "na")
    assert level_hint("xyz", builtin) == ""
    assert level_hint("Pérénisé", builtin).render("es") == "; ¿quiso decir «Consolidado»?"
    assert level_hint("غير موجوذ", builtin).render("fr").endswith("«\u202fAbsent\u202f»\u202f?")


# --- YAML syntax errors: PyYAML's words in the reader's language -------------------------------


def test_pyyaml_problems_are_said_in_the_readers_language(tmp_path):
    cases = {
        "colon.yaml": "checklist: x\nagency\nperiod: 2026-Q4\n",
        "tab.yaml": "checklist: x\nagency:\n\tname: X\n",
        "flow.yaml": "checklist: x\nresponses: [a, b\nperiod: 1\n",
        "at.yaml": "checklist: @x\n",
    }
    for name, text in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    files = [str(tmp_path / name) for name in cases]
    out = {lang: run("validate", *files, lang=lang).output for lang in ("en", "fr", "es", "ar")}
    assert (
        "colon.yaml:3:1: error: YAML syntax error: the ':' expected after a key is missing"
        in (out["en"])
    )
    assert (
        "tab.yaml:3:1: error: YAML syntax error: this line's indentation holds a tab" in (out["en"])
    )
    assert "a list in [ ] is not closed: ',' or ']' was expected" in out["en"]
    assert "the character '@' cannot start a value; put the text in quotes" in out["en"]
    assert "could not find expected" not in out["fr"] and "cannot start any token" not in out["fr"]
    assert (
        "erreur de syntaxe YAML\u202f: le «\u202f:\u202f» attendu après une clé manque" in out["fr"]
    )
    assert "l'indentation de cette ligne contient une tabulation" in out["fr"]
    assert "une liste entre [ ] n'est pas fermée" in out["fr"]
    assert "le caractère '@' ne peut pas commencer une valeur" in out["fr"]
    assert "falta el «:» que debe seguir a una clave" in out["es"]
    assert "la sangría de esta línea contiene un tabulador" in out["es"]
    assert "علامة «:» المتوقعة بعد المفتاح مفقودة" in out["ar"]


def test_both_loaders_wordings_are_mapped_and_unknown_ones_kept():
    from readiness.reading.yaml_loading import problem_text

    libyaml_and_python = {
        "yaml.p.expected_key": ["did not find expected key"],
        "yaml.p.block_end": ["expected <block end>, but found '-'"],
        "yaml.p.flow_sequence": [
            "did not find expected ',' or ']'",
            "expected ',' or ']', but got ':'",
        ],
        "yaml.p.flow_mapping": [
            "did not find expected ',' or '}'",
            "expected ',' or '}', but got ':'",
        ],
        "yaml.p.colon_here": [
            "mapping values are not allowed in this context",
            "mapping values are not allowed here",
        ],
        "yaml.p.escape": ["found unknown escape character", "found unknown escape character 'q'"],
        "yaml.p.document_start": [
            "did not find expected <document start>",
            "expected '<document start>', but found '<scalar>'",
        ],
        "yaml.p.tag_end": ["did not find the expected '>'", "expected '>', but found '\\n'"],
    }
    for key, problems in libyaml_and_python.items():
        for problem in problems:
            assert getattr(problem_text(problem, "", None), "key", None) == key, problem
    assert problem_text("did not find expected tag URI", "", None) == (
        "did not find expected tag URI"
    )
