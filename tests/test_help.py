"""--help, click's own words and usage errors in the user's language (SPEC §16)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from readiness import i18n
from readiness.cli import cli, help_text
from readiness.i18n import catalogue, click_text, t

OTHER = ("fr", "es", "ar")


def run(*args: str, env: dict[str, str] | None = None):
    env = {"READINESS_LANG": "en", **(env or {})}
    return CliRunner().invoke(cli, list(args), env=env, prog_name="readiness")


def flat(text: str) -> str:
    return " ".join(text.split())


COMMANDS = [path for path, _ in help_text.commands(cli)]


def argv_of(path: str) -> list[str]:
    return [] if path == "readiness" else path.split(".")


def test_every_command_and_option_has_a_help_text_and_no_text_is_left_over():
    needed = help_text.help_keys(cli)
    english = catalogue("en")
    assert sorted(k for k in needed if k not in english) == []
    shipped = {k for k in english if k.startswith(("help.", "meta."))}
    assert sorted(shipped - needed) == []  # a help text no command uses


def test_click_tables_translate_texts_click_really_writes():
    """The tables are keyed by click's English: a click release that rewords one shows up
    here (the text would silently stay English)."""
    msgids: set[str] = set()
    folder = Path(click.__file__).parent
    for name in ("core", "exceptions", "formatting", "types", "parser", "decorators"):
        for node in ast.walk(ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
                msgids.update(a.value for a in node.args if isinstance(a, ast.Constant))
    source = (folder / "core.py").read_text(encoding="utf-8")
    if 'extra["required"] = "required"' in source:  # translated as _(extra["required"])
        msgids.add("required")
    tables = {lang: i18n._click_tables.get(lang) or _table(lang) for lang in OTHER}
    assert tables["fr"], "the French table is empty"
    for lang, table in tables.items():
        assert set(table) == set(tables["fr"]), lang
        assert sorted(set(table) - msgids) == [], lang
    for needed in ("Usage:", "Options", "Error: {message}", "No such option {name!r}."):
        assert needed in tables["fr"]


def _table(lang: str) -> dict[str, str]:
    click_text("Usage:", lang)
    return i18n._click_tables[lang]


@pytest.mark.parametrize("lang", OTHER)
@pytest.mark.parametrize("path", COMMANDS)
def test_help_is_in_the_language_asked_for(path, lang):
    result = run("--lang", lang, *argv_of(path), "--help")
    assert result.exit_code == 0, result.output
    out = flat(result.output)
    english = flat(t(f"help.cmd.{path}", "en")).split(". ")[0]
    assert english not in out
    assert flat(t(f"help.cmd.{path}", lang))[:40] in out
    assert t("help.opt.version" if path == "readiness" else "help.opt.lang", "en") not in out
    assert click_text("Show this message and exit.", lang) in out
    usage = result.output.splitlines()[0]
    assert usage.startswith(click_text("Usage:", lang) + " readiness")
    # click's width (100) holds in every language
    assert max(len(line) for line in result.output.splitlines()) <= 100


def test_french_headings_and_metavars():
    out = run("--lang", "fr", "compare", "--help").output
    assert out.startswith("Utilisation\u202f: readiness compare [OPTIONS] BASE [AUTRE]")
    assert "\nOptions\u202f:\n" in out
    assert "-o, --output COMPARAISON.xlsx" in out
    out = run("--lang", "fr", "--help").output
    assert "\nCommandes\u202f:\n" in out and "COMMANDE [ARGUMENTS]..." in out
    assert "FICHIERS..." in run("validate", "--help", "--lang=fr").output
    spanish = run("--lang", "es", "assess", "--help").output
    assert "--fail-under PUNTUACIÓN" in spanish and "inferior a PUNTUACIÓN" in flat(spanish)
    assert "[por defecto: table]" in flat(spanish)


def test_language_from_the_environment_and_from_after_the_command():
    assert "الاستخدام:" in run("validate", "--help", env={"READINESS_LANG": "ar"}).output
    assert run("validate", "--help", "--lang", "es").output.startswith("Uso: ")
    # the last --lang wins, as it does for the command itself
    assert run("--lang", "fr", "validate", "--lang", "es", "--help").output.startswith("Uso: ")


def test_english_help_is_unchanged_after_a_run_in_another_language():
    run("--lang", "fr", "assess", "--help")
    out = run("assess", "--help").output
    assert out.startswith("Usage: readiness assess [OPTIONS] FILE")
    assert "Exit with code 4 when the score (as displayed) is below SCORE." in flat(out)
    assert "Show this message and exit." in out
    # and click itself speaks English again outside a command line
    assert click.core._("Options") == "Options"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--lang", "fr", "validate"], "Erreur\u202f: Argument manquant 'FICHIERS...'."),
        (["--lang", "fr", "frobnicate"], "Commande inconnue\u202f: 'frobnicate'."),
        (["--lang", "es", "assess", "--bogus"], "La opción '--bogus' no existe."),
        (["--lang", "es", "assess", "x.yaml", "--format", "xml"], "no es ninguno de estos"),
        (["--lang", "ar", "init", "--country", "XX"], "قيمة غير صالحة لـ --country"),
        (["--lang", "fr", "init", "--period", "2026-X"], "n'est pas de la forme"),
        (["--lang", "fr", "init", "-o", "x.txt"], "doit se terminer par .yaml"),
        (["--lang", "es", "aggregate", "--min-group", "3", "."], "solo se aplica con"),
        (["--lang", "fr", "assess", "x.yaml", "--fail-under", "nan"], "entre 0 et 100"),
        (["--lang", "ar", "convert", "x.yaml", "-o", "y.txt"], "يجب أن ينتهي OUT"),
    ],
)
def test_usage_errors_in_the_language(args, expected):
    result = run(*args)
    assert result.exit_code == 2
    assert expected in result.output
    lang = args[1]
    assert click_text("Usage:", lang) in result.output
    assert "Error:" not in result.output or lang == "es"  # Spanish also writes "Error:"


def test_checklist_list_headers_follow_the_language():
    out = run("--lang", "es", "checklist", "list").output
    header = out.splitlines()[0]
    assert "Identificador" in header and "Ámbitos" in header and "Elementos" in header
    assert "areas" not in header


def test_usage_error_of_the_installed_command_is_translated():
    """The console script's own path (cli.main with click's errors shown after it returns)."""
    env = {**os.environ, "READINESS_LANG": "fr", "LC_ALL": "C.UTF-8"}
    script = [sys.executable, "-c", "from readiness.cli import main; main()"]
    done = subprocess.run([*script, "validate"], capture_output=True, text=True, env=env)
    assert done.returncode == 2
    assert "Utilisation\u202f: readiness validate" in done.stderr
    assert "Erreur\u202f: Argument manquant 'FICHIERS...'." in done.stderr
    assert "Pour l'aide, lancez « readiness validate --help »." in done.stderr.replace(
        "\u202f", " "
    )


def test_help_texts_are_looked_up_only_when_help_or_usage_is_written():
    """Start-up: a run that prints no help pays nothing for it (SPEC §16, ≤ 10 %)."""
    from conftest import EXAMPLES

    help_text._localised = None
    assert run("--lang", "fr", "validate", str(EXAMPLES / "near-ready.yaml")).exit_code == 0
    assert help_text._localised is None
    assert run("--lang", "fr", "validate").exit_code == 2  # the usage line is written
    assert help_text._localised == "fr"
