"""The catalogues: complete in every language, placeholders intact, local conventions."""

from __future__ import annotations

import json
import pickle
import re
import string
from pathlib import Path

import pytest

import readiness
from readiness import i18n
from readiness.i18n import (
    Message,
    catalogue,
    default_language,
    format_number,
    language_in_args,
    t,
)

SRC = Path(readiness.__file__).parent


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("lang", i18n.SUPPORTED)
def test_every_key_in_every_language(lang):
    english = catalogue("en")
    other = catalogue(lang)
    assert sorted(set(english) - set(other)) == []
    assert sorted(set(other) - set(english)) == []


@pytest.mark.parametrize("lang", i18n.SUPPORTED)
def test_placeholders_are_the_same_in_every_language(lang):
    english = catalogue("en")
    wrong = {
        key: (_fields(english[key]), _fields(text))
        for key, text in catalogue(lang).items()
        if _fields(text) != _fields(english.get(key, ""))
    }
    assert wrong == {}


@pytest.mark.parametrize("lang", i18n.SUPPORTED)
def test_no_empty_text(lang):
    assert [key for key, text in catalogue(lang).items() if not text.strip()] == []


def test_every_key_the_code_names_exists():
    """Literal keys in t("...") / Message("...") calls; a typo would show the key to users."""
    pattern = re.compile(r"(?<![\w.])(?:t|Message)\(\s*[\"']([a-z][a-z0-9_.]*)[\"']\s*[,)]")
    used = set()
    for path in SRC.rglob("*.py"):
        used.update(pattern.findall(path.read_text(encoding="utf-8")))
    assert used, "the pattern found no key at all"
    assert sorted(used - set(catalogue("en"))) == []


def test_french_typography_is_applied_once_when_loaded():
    text = t("labelled", "fr", label="Niveau", text="3")
    assert text == "Niveau\u202f: 3"
    assert t("cons.reason_same_date", "fr").startswith("même date, contenu différent\u202f:")
    # values are not touched: a file path keeps its colon
    assert t("report_written", "fr", path="C:/x :y") == "Rapport d'écarts écrit dans C:/x :y"
    assert i18n.french_typography("« oui » ; non !") == "«\u202foui\u202f»\u202f; non\u202f!"
    assert "\u202f" not in "".join(catalogue("en").values())


def test_decimal_separator_per_language():
    assert format_number(75.45, "en") == "75.5"  # half up, on the exact decimal
    assert format_number(75.5, "fr") == "75,5"
    assert format_number(75.5, "es") == "75,5"
    assert format_number(75.5, "ar") == "75,5"
    assert format_number(2.25, "fr", 2) == "2,25"
    assert format_number(-1.5, "fr", signed=True) == "-1,5"
    assert format_number(1.5, "es", signed=True) == "+1,5"
    assert format_number(12, "fr") == "12"
    assert format_number(None, "fr") == "—"


def test_message_renders_in_any_language_and_survives_pickling():
    m = Message("report_written", path="out.xlsx")
    assert m == "Gap report written to out.xlsx"  # it is its English text
    assert m.render("fr") == "Rapport d'écarts écrit dans out.xlsx"
    back = pickle.loads(pickle.dumps(m))
    assert isinstance(back, Message)
    assert back.render("fr") == m.render("fr")
    nested = Message("labelled", label=Message("level"), text="3")
    assert nested.render("fr") == "Niveau\u202f: 3"
    assert i18n.localise("plain", "fr") == "plain"


def test_unknown_key_shows_itself_and_unknown_language_falls_back_to_english():
    assert t("no.such.key", "fr") == "no.such.key"
    assert t("level", "xx") == "Level"


def test_default_language_from_environment():
    assert default_language({"READINESS_LANG": "fr", "LANG": "en_GB.UTF-8"}) == "fr"
    assert default_language({"LANG": "fr_CA.UTF-8"}) == "fr"
    assert default_language({"LC_ALL": "de_DE.UTF-8", "LANG": "fr_FR.UTF-8"}) == "en"
    assert default_language({}) == "en"


def test_language_read_from_raw_arguments():
    assert language_in_args(["--lang", "fr", "validate", "--help"]) == "fr"
    assert language_in_args(["validate", "--help", "--lang=fr"]) == "fr"
    assert language_in_args(["validate", "--lang", "xx"]) is None
    assert language_in_args(["validate", "--", "--lang", "fr"]) is None


def test_validation_messages_follow_the_language(tmp_path):
    """`FILE:LINE:COL: error:` stays as it is; the message after it is translated."""
    from click.testing import CliRunner

    from readiness.cli import cli

    path = tmp_path / "unit.yaml"
    path.write_text("checklist: interpol-csea-covid19\nagency: {name: X, country: FRA}\n")
    out = {}
    for lang in i18n.SUPPORTED:
        result = CliRunner().invoke(cli, ["--lang", lang, "validate", str(path)])
        assert result.exit_code == 1
        out[lang] = result.output
        assert f"{path}:2:" in result.output and ": error: " in result.output
    assert "is not an ISO 3166-1 alpha-2 country code" in out["en"]
    assert "n'est pas un code pays ISO 3166-1 alpha-2" in out["fr"]
    assert "vouliez-vous dire FR (France)\u202f?" in out["fr"]
    assert "no es un código de país ISO 3166-1 alfa-2" in out["es"]
    assert "ليس رمز بلد وفق ISO 3166-1 alpha-2" in out["ar"]
    result = CliRunner().invoke(cli, ["--lang", "es", "validate", "--format", "json", str(path)])
    problems = json.loads(result.output)[0]["problems"]
    assert "val.country_bad" in {p.get("message_key") for p in problems}
    assert any("obligatorio" in p["message"] for p in problems)
