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


# --- checklists, crosswalks, rosters and rules files ------------------------------------------

MINI = Path(__file__).resolve().parent / "data" / "checklists" / "mini.yaml"
BUILTIN = Path(__file__).resolve().parent.parent / "checklists" / "interpol-csea-covid19"


def _bad_checklist(tmp_path: Path) -> Path:
    text = MINI.read_text(encoding="utf-8")
    text = text.replace("key: partial,", "key: planned,")  # a level key used twice
    text = text.replace("target_level: 3", "target_level: 7")
    text = text.replace("- id: BBB-01", "- id: CCC-01")
    text = text.replace("{en: Plain, fr: Simple}", "{en: Plain}")
    path = tmp_path / "bad-checklist.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_checklist_check_in_the_readers_language(tmp_path):
    path = str(_bad_checklist(tmp_path))
    out = {lang: run("checklist", "check", path, lang=lang) for lang in SUPPORTED}
    assert all(result.exit_code == 1 for result in out.values())
    en, fr, es, ar = (one_line(out[lang].output) for lang in SUPPORTED)
    assert "level key 'planned' is used twice" in en
    assert "target_level 7 is above the top level 4" in en
    assert "item id 'CCC-01' should start with its area id 'BBB-'" in en
    assert "the text has no 'fr' version" in en
    assert "la clé de niveau «\u202fplanned\u202f» est employée deux fois" in fr
    assert "target_level 7 dépasse le niveau le plus élevé, 4" in fr
    assert "doit commencer par celui de son domaine, «\u202fBBB-\u202f»" in fr
    assert "le texte n'a pas de version «\u202ffr\u202f»" in fr
    assert "la clave de nivel «planned» se usa dos veces" in es
    assert "مفتاح المستوى «planned» مستخدم مرتين" in ar
    # The `FILE:LINE:COL: error:` prefix stays as it is.
    assert f"{path}:10:" in out["fr"].output and ": error: " in out["fr"].output


def test_checklist_schema_problems_in_the_readers_language(tmp_path):
    path = tmp_path / "schema.yaml"
    text = MINI.read_text(encoding="utf-8").replace("evidence_max_age_days: 365", "colour: red")
    path.write_text(text.replace("weight: 2\n", "weight: two\n"), encoding="utf-8")
    en = one_line(run("checklist", "check", str(path)).output)
    fr = one_line(run("checklist", "check", str(path), lang="fr").output)
    es = one_line(run("checklist", "check", str(path), lang="es").output)
    assert "unknown key 'colour'; allowed here:" in en
    assert 'expected integer, found "two"' in en
    assert "clé inconnue «\u202fcolour\u202f»\u202f; clés admises ici\u202f:" in fr
    assert 'attendu\u202f: integer\u202f; trouvé\u202f: "two"' in fr
    assert 'se esperaba integer; se encontró "two"' in es


def test_a_missing_checklist_is_said_in_the_readers_language(tmp_path):
    path = write_yaml(tmp_path / "x.yaml", {"checklist": "nothing-here"})
    result = run("validate", str(path), "--checklist", "nothing-here", lang="es")
    assert "no hay lista de verificación «nothing-here»" in result.output


def _crosswalk(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "cw"
    folder.mkdir(exist_ok=True)
    for version in ("1.0.0", "1.1.0"):
        (folder / f"{version}.yaml").write_bytes((BUILTIN / f"{version}.yaml").read_bytes())
    path = folder / "crosswalk-1.0.0-1.1.0.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_crosswalk_problems_in_the_readers_language(tmp_path):
    shape = _crosswalk(
        tmp_path,
        "checklist: interpol-csea-covid19\nfrom: 1.0.0\nto: 1.1.0\n"
        "items:\n  PREV-01: {relation: moved, to: [PREV-01]}\n"
        "  PREV-02: {relation: split, to: [PREV-02]}\n",
    )
    en = one_line(run("checklist", "check", str(shape)).output)
    fr = one_line(run("checklist", "check", str(shape), lang="fr").output)
    ar = one_line(run("checklist", "check", str(shape), lang="ar").output)
    assert "PREV-01: relation must be one of same" in en
    assert "PREV-02: split needs two targets or more" in en
    assert "PREV-02\u202f: split demande au moins deux cibles" in fr
    assert "تتطلب split هدفين أو أكثر" in ar
    unknown = _crosswalk(tmp_path, "checklist: x\nfrom: 1.0.0\nto: 1.1.0\nitems: {}\ncolour: 1\n")
    en = one_line(run("checklist", "check", str(unknown)).output)
    fr = one_line(run("checklist", "check", str(unknown), lang="fr").output)
    assert "unknown key 'colour' (allowed: checklist, from, to, items, new)" in en
    assert "clé inconnue «\u202fcolour\u202f» (clés admises\u202f: checklist" in fr
    joins = _crosswalk(
        tmp_path,
        "checklist: interpol-csea-covid19\nfrom: 1.0.0\nto: 1.1.0\n"
        "items:\n  PREV-01: {relation: same, to: [NOPE-99]}\n",
    )
    en = one_line(run("checklist", "check", str(joins)).output)
    es = one_line(run("checklist", "check", str(joins), lang="es").output)
    assert "PREV-01: NOPE-99 is not an item of version 1.1.0" in en
    assert "every item of version 1.0.0 needs a mapping; missing:" in en
    assert "PREV-01: NOPE-99 no es un elemento de la versión 1.1.0" in es
    assert "cada elemento de la versión 1.0.0 necesita una correspondencia; faltan:" in es


def test_migrate_refusals_in_the_readers_language(tmp_path, builtin):
    path = write_yaml(tmp_path / "unit.yaml", assessment_dict(builtin))
    en = run("migrate", str(path), "--to", builtin.version)
    assert en.exit_code == 1
    assert f"the assessment already answers version {builtin.version}" in en.output
    fr = run("migrate", str(path), "--to", builtin.version, lang="fr")
    assert f"l'auto-évaluation répond déjà à la version {builtin.version}" in fr.output
    es = run("migrate", str(path), "--to", builtin.version, lang="es")
    assert f"la autoevaluación ya responde a la versión {builtin.version}" in es.output


def test_roster_problems_in_the_readers_language(tmp_path, mini, mini_path):
    inbox = _inbox(tmp_path, mini, ["2026-Q4"])
    roster = tmp_path / "roster.csv"
    roster.write_text("country,agency\nFRA,Unit 0\nFR,\n", encoding="utf-8")
    args = ["--checklist", str(mini_path), "aggregate", str(inbox), "--no-excel"]
    args += ["--roster", str(roster)]
    en, fr, es, ar = (one_line(run(*args, lang=lang).output) for lang in SUPPORTED)
    assert "roster.csv:2:1: error: country 'FRA' is not an ISO 3166-1 alpha-2 code" in en
    assert "roster.csv:3:1: error: `agency` is empty" in en
    assert "le pays 'FRA' n'est pas un code ISO 3166-1 alpha-2" in fr
    assert "«\u202fagency\u202f» est vide" in fr
    assert "el país 'FRA' no es un código ISO 3166-1 alfa-2" in es
    assert "«agency» فارغ" in ar
    other = tmp_path / "roster.txt.json"
    other.write_text("{}", encoding="utf-8")
    fr = one_line(run(*args[:-1], str(other), lang="fr").output)
    assert "la liste des unités attendues est un fichier .csv, .yaml, .yml ou .xlsx" in fr


def test_rules_file_problems_in_the_readers_language(tmp_path, mini, mini_path):
    inbox = _inbox(tmp_path, mini, ["2026-Q4"])
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        "default: regular\nrules:\n  - name: low\n    class: enhanced\n"
        "    when: {score: {around: 3}, colour: 1}\n",
        encoding="utf-8",
    )
    args = ["--checklist", str(mini_path), "aggregate", str(inbox), "--no-excel"]
    args += ["--rules", str(rules)]
    en, fr, es, ar = (one_line(run(*args, lang=lang).output) for lang in SUPPORTED)
    assert "unknown comparison `around`; use" in en
    assert "unknown condition `colour`; the conditions are" in en
    assert "comparaison inconnue «\u202faround\u202f»\u202f; utilisez" in fr
    assert "condition inconnue «\u202fcolour\u202f»\u202f; les conditions sont" in fr
    assert "comparación desconocida «around»; use" in es
    assert "شرط غير معروف «colour»" in ar


def test_more_rows_and_problems_agree_with_one():
    from readiness.i18n import t_n

    assert t_n("agg.more_rows", "fr", 1) == "… et 1 autre"
    assert t_n("agg.more_rows", "fr", 3) == "… et 3 autres"
    assert t_n("agg.more_problems", "fr", 1) == "(+1 autre)"
    assert t_n("agg.more_problems", "en", 1) == "(+1 more)"
    assert t_n("cons.periods_left_out", "en", 1, k=5) == (
        "1 period with fewer than 5 submissions is left out."
    )
    assert t_n("cons.earlier_periods", "fr", 1).startswith(
        "1 période antérieure ne figure pas en colonne"
    )
    assert t_n("cons.earlier_periods", "es", 1).startswith(
        "Períodos anteriores que no figuran como columnas: 1"
    )
