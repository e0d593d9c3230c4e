"""Every text a user reads, in INTERPOL's four working languages: one catalogue per language.

A catalogue is a plain module (``en.py``, ``fr.py``, ``es.py``, ``ar.py``) holding one dict,
key → template; only the languages a run uses are imported (start-up time matters). Templates
use ``str.format`` placeholders; tests/test_i18n.py fails on a key or a placeholder missing
in any language. Terms follow ``GLOSSARY.md`` (one term per concept and language).

Local conventions live here and nowhere else: the decimal separator of each language and
French typography (a narrow no-break space before ``: ; ! ?`` and inside « »), which is applied
once, when the French catalogue is loaded, so that catalogue authors type ordinary spaces.

Counts (``t_n``): a text that says how many of something there are has one template per plural
form, ``key.one``, ``key.other`` and so on, chosen by the count with the rule of the language
(CLDR plural categories, integers only):

* English and Spanish: ``one`` for 1, ``other`` for any other count (0 too);
* French: ``one`` for 0 and 1 ("0 rejeté", "1 reçu"), ``other`` from 2;
* Arabic: ``zero`` 0, ``one`` 1, ``two`` 2, ``few`` when n % 100 is 3-10 (the noun in the
  plural), ``many`` when n % 100 is 11-99 (the noun in the singular), ``other`` 100-102 and the
  like.

Every language has ``key.other``; it stands in for any form the language does not write (a
template written as "label: {n}" needs no other form). A form may leave out the count itself
(Arabic says "one form", "two forms" in words).
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import Any

SUPPORTED = ("en", "fr", "es", "ar")
DEFAULT = "en"

# The plural forms each language distinguishes (CLDR categories for integers).
PLURAL_FORMS = {
    "en": ("one", "other"),
    "fr": ("one", "other"),
    "es": ("one", "other"),
    "ar": ("zero", "one", "two", "few", "many", "other"),
}

# Decimal separator of text outputs; workbooks keep real numbers. Arabic: Western digits and a
# decimal comma, as INTERPOL's Arabic pages write them (GLOSSARY §8.3; README "Languages").
DECIMAL_SEPARATOR = {"en": ".", "fr": ",", "es": ",", "ar": ","}

NARROW_NBSP = "\u202f"
_PERCENT_SIGN = {"fr": NARROW_NBSP + "%", "es": "\u00a0%"}
_FRENCH_SPACE_BEFORE = re.compile(r"[ \u00a0]([:;!?»])")
_FRENCH_SPACE_AFTER = re.compile(r"«[ \u00a0]")

_catalogues: dict[str, dict[str, str]] = {}
_click_tables: dict[str, dict[str, str]] = {}


def french_typography(text: str) -> str:
    """Narrow no-break space before ``: ; ! ? »`` and after ``«`` where a space was typed."""
    text = _FRENCH_SPACE_BEFORE.sub(NARROW_NBSP + r"\1", text)
    return _FRENCH_SPACE_AFTER.sub("«" + NARROW_NBSP, text)


def catalogue(lang: str) -> dict[str, str]:
    """The templates of one language (imported on first use)."""
    found = _catalogues.get(lang)
    if found is None:
        if lang not in SUPPORTED:
            return catalogue(DEFAULT)
        module = importlib.import_module(f"readiness.i18n.{lang}")
        found = dict(module.MESSAGES)
        if lang == "fr":
            found = {key: french_typography(text) for key, text in found.items()}
        _catalogues[lang] = found
    return found


# Arabic separates the items of a list with the Arabic comma.
_LIST_SEPARATOR = {"ar": "، "}
_CLAUSE_SEPARATOR = {"fr": NARROW_NBSP + "; ", "ar": "؛ "}


def join_list(items: Iterable[object], lang: str) -> str:
    """Items of a sentence's list: "a, b, c" (Arabic "a، b، c")."""
    return _LIST_SEPARATOR.get(lang, ", ").join(str(item) for item in items)


def join_clauses(parts: Iterable[object], lang: str) -> str:
    """Clauses of one sentence: "a; b" (French "a ; b" with a narrow no-break space, Arabic
    "a؛ b")."""
    return _CLAUSE_SEPARATOR.get(lang, "; ").join(str(part) for part in parts)


def flag_names(flags: Iterable[str], lang: str) -> str:
    """An item's flags (stale evidence, unanswered…) named in `lang`, as one list."""
    return join_list((t(f"flag_{flag}", lang) for flag in flags), lang)


def click_text(english: str, lang: str) -> str:
    """One of click's own texts ("Usage:", "No such option {name!r}.") in `lang`.

    click writes them through gettext with its English text as the key; each catalogue holds
    them in its CLICK table. A text the table lacks stays English.
    """
    table = _click_tables.get(lang)
    if table is None:
        if lang not in SUPPORTED:
            return english
        module = importlib.import_module(f"readiness.i18n.{lang}")
        table = dict(getattr(module, "CLICK", {}))
        if lang == "fr":
            table = {key: french_typography(text) for key, text in table.items()}
        _click_tables[lang] = table
    return table.get(english, english)


def format_number(
    value: Fraction | float | int | None, lang: str, decimals: int = 1, *, signed: bool = False
) -> str:
    """A number as a reader sees it: rounded half up to `decimals` places, "—" when absent.

    The one place numbers are written as text (terminal, Markdown, workbook titles): the
    language's decimal separator is applied here (75.5 in English, 75,5 in French, Spanish and
    Arabic). `signed` adds "+" to positive values (deltas); zero is never signed. Integers are
    written without decimals.
    """
    if value is None:
        return "—"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:+d}" if signed and value else str(value)
    from readiness.core.scoring import round_half_up  # core imports this module (messages)

    rounded = round_half_up(Fraction(value), decimals)
    assert rounded is not None
    if rounded == 0:
        rounded = 0.0  # no "-0.0"
    text = f"{rounded:+.{decimals}f}" if signed and rounded else f"{rounded:.{decimals}f}"
    return text.replace(".", DECIMAL_SEPARATOR.get(lang, "."))


def format_percent(share: Fraction | float | None, lang: str, decimals: int = 1) -> str:
    """A share (0..1) as a percentage, "—" when absent: 0.125 -> "12.5%"; French and Spanish
    put a no-break space before the sign ("12,5 %": narrow in French, as for « : »)."""
    if share is None:
        return "—"
    return f"{format_number(Fraction(share) * 100, lang, decimals)}{_PERCENT_SIGN.get(lang, '%')}"


FSI = "\u2068"  # FIRST STRONG ISOLATE
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
# A right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko... and their presentation forms):
# a value holding one is part of the sentence's own direction and is left as it is.
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
# Placeholders that hold file or folder paths: never isolated, so that a path copied from the
# terminal is exactly the file's name (most terminals copy FSI/PDI along, invisibly).
PATH_PLACEHOLDERS = frozenset({"path", "paths", "file", "out", "folder"})


def isolate(value: str, lang: str) -> str:
    """`value` as a left-to-right island in a right-to-left sentence: FSI … PDI around it.

    In Arabic, the bidi algorithm scrambles LTR tokens set in an Arabic sentence (PREV-01 can
    show as 01-PREV, 2026-Q1 as Q1-2026, -3 as 3-, a trailing "%" or ":" jumps to the other
    side); an isolate makes the token one unit laid out by its own first strong letter. Only
    for Arabic, only values with no right-to-left letter, never empty ones or plain digits
    (which the algorithm keeps in order), and never values that already hold an isolate (a
    nested message keeps its own)."""
    if (
        lang != "ar"
        or not value.strip()
        or (value.isascii() and value.isdigit())
        or _RTL_LETTER.search(value)
        or FSI in value
        or PDI in value
    ):
        return value
    return f"{FSI}{value}{PDI}"


class _Isolated:
    """A template value that formats like the value it wraps (`{n:,}` too), then isolated."""

    __slots__ = ("value", "lang")

    def __init__(self, value: Any, lang: str) -> None:
        self.value = value
        self.lang = lang

    def __format__(self, spec: str) -> str:
        return isolate(format(self.value, spec), self.lang)


def _value(name: str, value: Any, lang: str) -> Any:
    if isinstance(value, (Message, Texts, Listed)):
        value = value.render(lang)
    elif isinstance(value, float):
        value = repr(value).replace(".", DECIMAL_SEPARATOR.get(lang, "."))
    if lang == "ar" and name not in PATH_PLACEHOLDERS:
        return _Isolated(value, lang)
    return value


def t(key: str, lang: str, /, **values: Any) -> str:
    """The text of ``key`` in ``lang``, its placeholders filled in.

    Values that are messages are rendered in the same language; floats get the language's
    decimal separator; in Arabic, values with no Arabic letter are isolated (`isolate`), file
    paths excepted. An unknown key (a bug, caught by the tests) shows as itself.
    """
    text = catalogue(lang).get(key)
    if text is None:
        text = catalogue(DEFAULT).get(key, key)
    if not values:
        return text
    return text.format(**{name: _value(name, v, lang) for name, v in values.items()})


def plural_form(n: int, lang: str) -> str:
    """The plural category of the count `n` in `lang` (see the module's docstring)."""
    n = abs(n)
    if lang == "ar":
        if n in (0, 1, 2):
            return ("zero", "one", "two")[n]
        if 3 <= n % 100 <= 10:
            return "few"
        if 11 <= n % 100 <= 99:
            return "many"
        return "other"
    if lang == "fr":
        return "one" if n in (0, 1) else "other"
    return "one" if n == 1 else "other"


def t_n(key: str, lang: str, n: int, /, **values: Any) -> str:
    """The text of ``key`` for the count `n`: ``key.<form>`` of `lang`, else ``key.other``.

    `n` fills ``{n}`` unless `values` gives it (a template may name its count otherwise).
    """
    forms = catalogue(lang)
    form = f"{key}.{plural_form(n, lang)}"
    chosen = form if form in forms else f"{key}.other"
    return t(chosen, lang, **{"n": n, **values})


class Message(str):
    """A text with its catalogue key and values, so it can be rendered in any language.

    It *is* its English rendering (problems sort and compare as text, logs stay readable);
    ``render(lang)`` gives any other language. Values may themselves be messages.
    """

    key: str
    values: dict[str, Any]

    def __new__(cls, key: str, /, **values: Any) -> Message:
        self = super().__new__(cls, t(key, DEFAULT, **values))
        self.key = key
        self.values = values
        return self

    def render(self, lang: str) -> str:
        return t(self.key, lang, **self.values)

    def __reduce__(self) -> tuple[Any, ...]:  # pickled to aggregate's worker processes
        return (_rebuild, (self.key, self.values))


def _rebuild(key: str, values: dict[str, Any]) -> Message:
    return Message(key, **values)


class Counted(Message):
    """A message that says how many of something there are: rendered with `t_n`, so that
    each language chooses its plural form ("1 item", "2 items"; never "item(s)")."""

    n: int

    def __new__(cls, key: str, n: int, /, **values: Any) -> Counted:
        self = str.__new__(cls, t_n(key, DEFAULT, n, **values))
        self.key = key
        self.values = values
        self.n = n
        return self

    def render(self, lang: str) -> str:
        return t_n(self.key, lang, self.n, **self.values)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_counted, (self.key, self.n, self.values))


def _rebuild_counted(key: str, n: int, values: dict[str, Any]) -> Counted:
    return Counted(key, n, **values)


class Listed(str):
    """A list of values (item ids, keys) for a message, joined with the list separator of the
    language it is rendered in (`join_list`); in Arabic each value is its own isolate. It *is*
    its English text."""

    items: tuple[str, ...]

    def __new__(cls, items: Iterable[object]) -> Listed:
        listed = tuple(str(item) for item in items)
        self = super().__new__(cls, join_list(listed, DEFAULT))
        self.items = listed
        return self

    def render(self, lang: str) -> str:
        return join_list((isolate(item, lang) for item in self.items), lang)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Listed, (self.items,))


class Texts(str):
    """A value that comes written in several languages (a checklist's level labels), for a
    message: shown in the run's language, else in English. It *is* its English text."""

    texts: dict[str, str]

    def __new__(cls, texts: Mapping[str, str]) -> Texts:
        english = texts.get(DEFAULT) or next(iter(texts.values()), "")
        self = super().__new__(cls, english)
        self.texts = dict(texts)
        return self

    def render(self, lang: str) -> str:
        return self.texts.get(lang) or str(self)

    def __reduce__(self) -> tuple[Any, ...]:  # pickled inside messages
        return (Texts, (self.texts,))


def localise(text: str, lang: str) -> str:
    """``text`` in ``lang`` when it is a message; any other text is shown as it is."""
    return text.render(lang) if isinstance(text, Message) else text


def default_language(environ: Mapping[str, str] | None = None) -> str:
    """READINESS_LANG, else the language of LC_ALL / LANG when supported, else English."""
    env = os.environ if environ is None else environ
    explicit = env.get("READINESS_LANG", "").strip().lower()
    if explicit in SUPPORTED:
        return explicit
    for var in ("LC_ALL", "LANG"):
        value = env.get(var, "")
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            if code in SUPPORTED:
                return code
            if var == "LC_ALL":
                break
    return DEFAULT


def language_in_args(args: Iterable[str]) -> str | None:
    """The last ``--lang X`` / ``--lang=X`` on a command line, before click has parsed it.

    Help texts are chosen before click reads the options, so ``readiness --lang es --help``
    and ``readiness validate --help --lang ar`` need the language from the raw arguments.
    """
    found = None
    items = list(args)
    for i, arg in enumerate(items):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(items):
            found = items[i + 1]
        elif arg.startswith("--lang="):
            found = arg.split("=", 1)[1]
    return found if found in SUPPORTED else None
