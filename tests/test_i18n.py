"""The catalogues: complete in every language, placeholders intact, local conventions."""

from __future__ import annotations

import json
import pickle
import re
import string
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

import readiness
from readiness import i18n
from readiness.cli import cli
from readiness.i18n import (
    Message,
    catalogue,
    default_language,
    format_number,
    language_in_args,
    t,
    t_n,
)

SRC = Path(readiness.__file__).parent


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def _plural_base(key: str) -> str | None:
    """`x` for a plural form `x.one`, `x.few`... of a count text (English has `x.other`)."""
    base, _, form = key.rpartition(".")
    if form in i18n.PLURAL_FORMS["ar"] and f"{base}.other" in catalogue("en"):
        return base
    return None


@pytest.mark.parametrize("lang", i18n.SUPPORTED)
def test_every_key_in_every_language(lang):
    """Plural forms: every language has `x.other`, and only forms of its own plural rule."""
    english = {k for k in catalogue("en") if _plural_base(k) is None or k.endswith(".other")}
    other = catalogue(lang)
    mine = {k for k in other if _plural_base(k) is None or k.endswith(".other")}
    assert sorted(english - mine) == []
    assert sorted(mine - english) == []
    forms = {k.rpartition(".")[2] for k in other if _plural_base(k) is not None}
    assert forms <= set(i18n.PLURAL_FORMS[lang])


@pytest.mark.parametrize("lang", i18n.SUPPORTED)
def test_placeholders_are_the_same_in_every_language(lang):
    """A plural form may leave out its count ("one", "two" in words), nothing else."""
    english = catalogue("en")
    wrong = {}
    for key, text in catalogue(lang).items():
        base = _plural_base(key)
        if base is None:
            if _fields(text) != _fields(english.get(key, "")):
                wrong[key] = (_fields(english.get(key, "")), _fields(text))
            continue
        expected = _fields(english[f"{base}.other"])
        if not (_fields(text) <= expected and len(expected - _fields(text)) <= 1):
            wrong[key] = (expected, _fields(text))
    assert wrong == {}


def test_plural_forms_of_each_language():
    assert [i18n.plural_form(n, "en") for n in (0, 1, 2)] == ["other", "one", "other"]
    assert [i18n.plural_form(n, "es") for n in (0, 1, 2)] == ["other", "one", "other"]
    assert [i18n.plural_form(n, "fr") for n in (0, 1, 2)] == ["one", "one", "other"]
    arabic = [i18n.plural_form(n, "ar") for n in (0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111)]
    assert arabic == [
        *("zero", "one", "two", "few", "few", "many", "many", "other", "other", "few", "many"),
    ]
    # A language falls back to `.other` for a form it does not write.
    assert t_n("agg.periods_more", "fr", 1) == " et 1 autre"
    assert t_n("agg.periods_more", "fr", 0) == " et 0 autre"
    assert t_n("agg.periods_more", "fr", 4) == " et 4 autres"
    assert t_n("agg.periods_more", "es", 1) == " y 1 más"
    assert t_n("agg.periods_more", "ar", 1) == " وفترة أخرى"
    assert t_n("agg.periods_more", "ar", 2) == " وفترتان أخريان"
    assert t_n("agg.periods_more", "ar", 5) == " و5 فترات أخرى"
    assert t_n("agg.periods_more", "ar", 12) == " و12 فترة أخرى"
    assert t_n("agg.periods_more", "ar", 0) == " و0 فترة أخرى"


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
    counted = re.compile(r"(?<![\w.])(?:t_n|Counted)\(\s*[\"']([a-z][a-z0-9_.]*)[\"']\s*,")
    bases = set()
    for path in SRC.rglob("*.py"):
        bases.update(counted.findall(path.read_text(encoding="utf-8")))
    assert bases, "the pattern found no count text at all"
    assert sorted(b for b in bases if f"{b}.other" not in catalogue("en")) == []


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
    assert i18n.format_percent(0.125, "en") == "12.5%"
    assert i18n.format_percent(0.125, "fr") == "12,5\u202f%"  # French: narrow no-break space
    assert i18n.format_percent(0.125, "es") == "12,5\u00a0%"  # RAE: 12,5 %
    assert i18n.format_percent(0.125, "ar") == "12,5%"
    assert i18n.format_percent(None, "fr") == "—"


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


# Arabic: left-to-right tokens set in an Arabic sentence are isolated (FSI … PDI), SPEC §16.
FSI, PDI = "\u2068", "\u2069"


def test_arabic_isolates_ids_dates_periods_and_numbers():
    text = t("rating.cap_below_target", "ar", item="PREV-01", level=2, target=3)
    assert f"{FSI}PREV-01{PDI}" in text
    assert f"{FSI}2{PDI}" not in text  # plain digits keep their order unaided
    assert i18n.isolate("2026-Q1", "ar") == f"{FSI}2026-Q1{PDI}"
    assert i18n.isolate("2026-03-31", "ar") == f"{FSI}2026-03-31{PDI}"
    assert i18n.isolate("12,5%", "ar") == f"{FSI}12,5%{PDI}"
    assert i18n.isolate("-3", "ar") == f"{FSI}-3{PDI}"


def test_arabic_leaves_arabic_values_empty_values_and_paths_bare():
    assert i18n.isolate("الوقاية", "ar") == "الوقاية"
    assert i18n.isolate("PREV-01 الوقاية", "ar") == "PREV-01 الوقاية"
    assert i18n.isolate(" ", "ar") == " "
    assert i18n.isolate(f"{FSI}x{PDI}", "ar") == f"{FSI}x{PDI}"  # never twice
    # a path copied from the terminal must be exactly the file's name
    assert t("report_written", "ar", path="/tmp/PREV-01.xlsx").endswith(" /tmp/PREV-01.xlsx")
    assert FSI not in t("out.exists", "ar", out="/tmp/a.xlsx")


def test_arabic_isolation_keeps_format_specs_and_nested_messages(monkeypatch):
    text = t("yaml.too_big", "ar", what="a.yaml", n=12345, limit=1000000)
    assert f"{FSI}a.yaml{PDI}" in text
    monkeypatch.setitem(catalogue("ar"), "test.spec", "{n:,} بايت")
    assert t("test.spec", "ar", n=-12345) == f"{FSI}-12,345{PDI} بايت"
    inner = Message("rating.cap_below_target", item="SHARE-01", level=0, target=3)
    outer = t("labelled", "ar", label="التصنيف", text=inner)
    assert outer.count(FSI) == 1 and f"{FSI}SHARE-01{PDI}" in outer


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_other_languages_are_never_isolated(lang):
    text = t("rating.cap_below_target", lang, item="PREV-01", level=2, target=3)
    assert "PREV-01" in text and FSI not in text and PDI not in text
    assert i18n.isolate("PREV-01", lang) == "PREV-01"
    assert Message("rating.cap_below_target", item="PREV-01", level=2, target=3).count(FSI) == 0


@pytest.mark.parametrize("fmt", ["table", "markdown"])
@pytest.mark.parametrize("lang", i18n.SUPPORTED)
def test_assess_output_isolates_ids_in_arabic_only(lang, fmt):
    """The capped rating names its item inside an Arabic sentence: isolated, and the pair
    reaches the terminal as the two characters, not as escapes."""
    args = ["--lang", lang, "assess", str(EXAMPLES / "critical-gaps.yaml"), "--no-excel"]
    result = CliRunner().invoke(cli, [*args, "--format", fmt])
    assert result.exit_code == 0, result.output
    if lang == "ar":
        assert f"{FSI}SHARE-01{PDI}" in result.output
        assert "\\u2068" not in result.output
    else:
        assert "SHARE-01" in result.output
        assert FSI not in result.output and PDI not in result.output


def test_json_message_isolated_but_data_fields_bare(tmp_path):
    """JSON's `message` is the Arabic sentence a person reads (isolated like the terminal's);
    the fields machines read (`path`, `file`, `message_key`) never carry isolates."""
    text = (EXAMPLES / "critical-gaps.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(re.sub(r"level: \S+", "level: 7", text, count=1), encoding="utf-8")
    result = CliRunner().invoke(cli, ["--lang", "ar", "validate", str(bad), "--format", "json"])
    assert result.exit_code == 1, result.output
    (problem,) = json.loads(result.output)[0]["problems"]
    assert FSI in problem["message"] and problem["message"].count(FSI) == problem["message"].count(
        PDI
    )
    assert problem["path"] == "responses.PREV-01.level"
    assert FSI not in json.dumps(json.loads(result.output)[0]["file"])


def test_lists_and_clauses_take_the_language_punctuation():
    assert i18n.join_list(["a", "b", "c"], "en") == "a, b, c"
    assert i18n.join_list(["a", "b"], "fr") == "a, b"
    assert i18n.join_list(["أ", "ب"], "ar") == "أ، ب"
    assert i18n.join_clauses(["a", "b"], "en") == "a; b"
    assert i18n.join_clauses(["a", "b"], "fr") == "a\u202f; b"
    assert i18n.join_clauses(["أ", "ب"], "ar") == "أ؛ ب"
    assert i18n.flag_names(["stale_evidence", "unanswered"], "en") == (
        f"{t('flag_stale_evidence', 'en')}, {t('flag_unanswered', 'en')}"
    )


def test_yaml_template_names_the_levels_in_the_language(tmp_path):
    from click.testing import CliRunner

    from readiness.cli import cli

    head = {}
    for lang in i18n.SUPPORTED:
        out = tmp_path / f"t-{lang}.yaml"
        result = CliRunner().invoke(cli, ["--lang", lang, "init", "-o", str(out)])
        assert result.exit_code == 0, result.output
        head[lang] = " ".join(out.read_text(encoding="utf-8").split("\n\n")[0].split())
    assert "0 absent, 1 planned, 2 partial, 3 implemented, 4 sustained" in head["en"]
    assert "0 absent, 1 prévu, 2 partiel, 3 mis en œuvre, 4 pérennisé" in head["fr"]
    assert "1 planificado" in head["es"] and "1 planned" not in head["es"]
    assert "1 مخطط له، 2" in head["ar"]
