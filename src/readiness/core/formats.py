"""The accepted spellings of an assessment's values: the one table (SPEC §12).

Levels (numbers, keys, labels in every language of the checklist, drop-down forms such as
`3 - Implemented`), n/a, countries, periods, dates, blank text and evidence shapes are
defined here once. The validator (reading/validation.py) reads values with these
definitions and `readiness checklist schema` (reading/assessment_schema.py) turns the same
patterns into the JSON Schema, so the two accept exactly the same files
(tests/test_schema_agreement.py).

Patterns are written in the subset of regular expressions that Python's `re` and
ECMA-262 (what editors' schema engines use) read alike: literal characters, classes,
alternation and `{n}`; `whole()` anchors them so that neither accepts a trailing line break.
Case-insensitive and Unicode-equivalent spellings are spelled out character by character
(`[iI]`, `(?:é|é)`), never left to an engine's flags.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from readiness.core.model import Checklist
from readiness.i18n import Message

# --- anchors and blank text -------------------------------------------------------------

# Python's str.isspace() set: what str.strip() removes (tests check the list is complete).
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_WS_CLASS = "".join(f"\\u{ord(ch):04x}" for ch in WHITESPACE)
# A text that is not blank has one character outside WHITESPACE (searched, not anchored).
NON_BLANK = f"[^{_WS_CLASS}]"
BLANK = f"[{_WS_CLASS}]*"


def whole(core: str) -> str:
    """`core` as a whole value: Python's `$` also matches before a final line break."""
    return f"^(?:{core})$(?!\\n)"


def is_blank(value: Any) -> bool:
    return isinstance(value, str) and not value.strip()


def normal_text(text: str) -> str:
    """Free text as stored: NFC (one spelling for one name), without surrounding spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text.strip()


# --- digits -------------------------------------------------------------------------------


def foreign_digits(text: str) -> str | None:
    """`text` with its non-ASCII digits (Arabic-Indic, full-width...) as 0-9, when it has any."""
    if text.isascii() or not any(ch.isdigit() for ch in text):
        return None
    out = []
    for ch in text:
        if ch.isdigit() and not ch.isascii():
            value = unicodedata.digit(ch, None)
            out.append(str(value) if value is not None else ch)
        else:
            out.append(ch)
    return "".join(out)


def digits_message(what: str, text: str) -> str:
    """`what` is date, level or period."""
    ascii_form = foreign_digits(text) or text
    return Message(f"val.digits_{what}", text=text, fixed=ascii_form)


# --- periods and dates ------------------------------------------------------------------

# YYYY, YYYY-Qn, YYYY-Hn, YYYY-MM; in French input YYYY-Tn (trimestre) and YYYY-Sn
# (semestre); the letter in either case. Stored as YYYY-Qn and YYYY-Hn (SPEC §15).
PERIOD_CORE = "(?!0000)[0-9]{4}(?:-(?:[QqTt][1-4]|[HhSs][12]|0[1-9]|1[0-2]))?"
_PERIOD_RE = re.compile(PERIOD_CORE)
_FRENCH_PERIOD = {"T": "Q", "S": "H"}
# The compiled whole-value pattern, for callers that only test a shape.
PERIOD = re.compile(whole(PERIOD_CORE))
# A period given as a YAML number (`period: 2026`).
PERIOD_YEAR_MIN, PERIOD_YEAR_MAX = 1000, 9999


def parse_period(value: Any) -> str | None:
    """The canonical period (`2026-T4` -> `2026-Q4`), or None when it is not one."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and PERIOD_YEAR_MIN <= value <= PERIOD_YEAR_MAX:
            return str(int(value))
        return None
    if not isinstance(value, str) or not _PERIOD_RE.fullmatch(value):
        return None
    if len(value) == 7 and not value[5].isdigit():
        letter = value[5].upper()
        return f"{value[:5]}{_FRENCH_PERIOD.get(letter, letter)}{value[6]}"
    return value


# A real date YYYY-MM-DD between limits.FIRST_DATE and LAST_DATE (1900-01-01 to 2107-12-31:
# what Excel and zip time stamps hold), leap years included (1900 and 2100 are not).
_YEAR = "(?:19[0-9]{2}|20[0-9]{2}|210[0-7])"
_LEAP_YEAR = "(?:19(?:0[48]|[2468][048]|[13579][26])|20(?:[02468][048]|[13579][26])|2104)"
DATE_CORE = (
    f"{_YEAR}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"
    "|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)"
    f"|{_LEAP_YEAR}-02-29"
)
_DATE_RE = re.compile(DATE_CORE)
# The shape alone (a wrong day is reported differently from a wrong shape).
DATE_SHAPE = re.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATE = re.compile(whole(DATE_CORE))


def parse_date(text: str) -> dt.date | None:
    if not _DATE_RE.fullmatch(text):
        return None
    return dt.date.fromisoformat(text)


# --- n/a ----------------------------------------------------------------------------------

# Each language's words for "not applicable" (GLOSSARY.md), any case.
NA_WORDS_BY_LANGUAGE: dict[str, tuple[str, ...]] = {
    "en": ("n/a", "na", "not applicable"),
    "fr": ("sans objet", "s.o.", "non applicable"),
    "es": ("no aplicable",),
    "ar": ("لا ينطبق",),
}
NA_WORDS = frozenset(w for words in NA_WORDS_BY_LANGUAGE.values() for w in words)
NA = "n/a"  # the canonical spelling

# --- spelling patterns ----------------------------------------------------------------------

_SYNTAX = set("^$\\.*+?()[]{}|/")
_CLASS_SPECIAL = set("\\]^-[")


def _literal(ch: str) -> str:
    return f"\\{ch}" if ch in _SYNTAX else ch


# Letters Arabic writers use for one another (hamza forms of alif, final yaa, taa marbuta):
# a level label is accepted with either (GLOSSARY §8.3).
_ARABIC_SAME = ("اأإآ", "يى", "هة")


def _char_pattern(ch: str) -> str:
    """One character of a word: any case, composed or decomposed, with or without its accent
    (`mis en oeuvre`, `perennise`), and Arabic letters with their usual stand-ins."""
    forms: list[str] = []
    variants = [ch, ch.lower(), ch.upper(), ch.title()]
    base = unicodedata.normalize("NFD", ch)[0]
    if base != ch and base.isascii():
        variants += [base, base.upper()]  # the letter without its accent
    for group in _ARABIC_SAME:
        if ch in group:
            variants += list(group)
    for variant in variants:
        if len(variant) != 1:
            continue
        for form in (variant, unicodedata.normalize("NFD", variant)):
            if form not in forms:
                forms.append(form)
    singles = [f for f in forms if len(f) == 1]
    sequences = [f for f in forms if len(f) > 1]
    if len(singles) == 1:
        single = _literal(singles[0])
    else:
        single = "[" + "".join(f"\\{c}" if c in _CLASS_SPECIAL else c for c in singles) + "]"
    if not sequences:
        return single
    return "(?:" + "|".join([single, *("".join(_literal(c) for c in s) for s in sequences)]) + ")"


def spelling_pattern(word: str) -> str:
    """The pattern of a word in any case, composed or decomposed, accents optional (no
    anchors). Marks that stand alone (Arabic short vowels, shadda) and the tatweel may be left
    out; the ligature œ may be typed oe."""
    parts = []
    for ch in unicodedata.normalize("NFC", word):
        if unicodedata.category(ch) == "Mn" or ch == "\u0640":
            parts.append(f"(?:{_literal(ch)})?")
        elif ch in "œŒ":
            parts.append("(?:[œŒ]|[oO][eE])")
        else:
            parts.append(_char_pattern(ch))
    return "".join(parts)


def _alternation(words: Iterable[str]) -> str:
    unique: list[str] = []
    for word in words:
        if word not in unique:
            unique.append(word)
    return "|".join(spelling_pattern(w) for w in unique)


NA_PATTERN = _alternation(sorted(NA_WORDS))


def is_na(text: str) -> bool:
    return text in NA_WORDS or re.fullmatch(NA_PATTERN, text) is not None


# --- levels ---------------------------------------------------------------------------------

# Between the number and the name in a drop-down form: `3 - Implemented`, `3: implemented`
# (spaces optional, also the no-break spaces French typing puts before a colon).
LEVEL_SEPARATOR = "[ \u00a0\u202f]*[-\u2013:][ \u00a0\u202f]*"
DROPDOWN_SEPARATOR = " - "  # what the questionnaire's drop-down list shows


@dataclass(frozen=True)
class LevelSpellings:
    """Every accepted spelling of a checklist's levels."""

    # per level value: the pattern of its texts (number, names, number + separator + name)
    patterns: dict[int, str]
    names: dict[int, tuple[str, ...]]
    # The spellings written exactly as the table has them, found without the pattern (the
    # pattern, compiled only for other spellings, accepts every one of them alike).
    exact: dict[str, tuple[str, int | None]] = field(repr=False, compare=False)

    def text_pattern(self, *, na: bool) -> str:
        parts = list(self.patterns.values()) + ([NA_PATTERN] if na else [])
        return "|".join(f"(?:{p})" for p in parts)

    def parse(self, text: str) -> tuple[str, int | None]:
        """('level', n), ('na', None) or ('bad', None) for a non-blank text."""
        found = self.exact.get(text)
        if found is not None:
            return found
        match = _level_regex(tuple(self.patterns.items())).fullmatch(text)
        if match is None:
            return ("bad", None)
        group = match.lastgroup
        if group == "na":
            return ("na", None)
        assert group is not None
        return ("level", int(group[1:]))


@functools.lru_cache(maxsize=8)
def _level_regex(patterns: tuple[tuple[int, str], ...]) -> re.Pattern[str]:
    # The schema's patterns, one named group per level: the group says which level it is.
    groups = [f"(?P<v{v}>{p})" for v, p in patterns]
    return re.compile("|".join([*groups, f"(?P<na>{NA_PATTERN})"]))


def level_names(checklist: Checklist) -> dict[int, tuple[str, ...]]:
    """Each level's key and its label in every language, NFC, without repeats."""
    out: dict[int, tuple[str, ...]] = {}
    for level in checklist.levels:
        names: list[str] = []
        for name in (level.key, *level.label.values()):
            name = unicodedata.normalize("NFC", name.strip())
            if name and name not in names:
                names.append(name)
        out[level.value] = tuple(names)
    return out


def level_spellings(checklist: Checklist) -> LevelSpellings:
    cached = checklist.__dict__.get("_level_spellings")
    if isinstance(cached, LevelSpellings):
        return cached
    names = level_names(checklist)
    patterns: dict[int, str] = {}
    for value, words in names.items():
        name = _alternation(words)
        patterns[value] = f"{value}|{name}|{value}{LEVEL_SEPARATOR}(?:{name})"
    exact: dict[str, tuple[str, int | None]] = {}
    for value, words in names.items():
        for word in (str(value), *words, *(f"{value}{DROPDOWN_SEPARATOR}{w}" for w in words)):
            exact.setdefault(word, ("level", value))
    for word in sorted(NA_WORDS):
        exact.setdefault(word, ("na", None))
    spellings = LevelSpellings(patterns, names, exact)
    checklist.__dict__["_level_spellings"] = spellings
    return spellings


def parse_level(value: Any, checklist: Checklist) -> tuple[str, int | None]:
    """('level', n) | ('na', None) | ('empty', None) | ('bad', None).

    A level is a whole value: a number of the checklist, a level's key or label (any case,
    any of the checklist's languages), `N - name` where name is level N's, or n/a.
    """
    if value is None or is_blank(value):
        return ("empty", None)
    if isinstance(value, bool):
        return ("bad", None)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not value.is_integer():
            return ("bad", None)
        n = int(value)
        return ("level", n) if checklist.level(n) is not None else ("bad", None)
    if isinstance(value, str):
        return level_spellings(checklist).parse(value)
    return ("bad", None)


# --- countries ------------------------------------------------------------------------------

_COUNTRIES: frozenset[str] | None = None


def _load_country_codes() -> frozenset[str]:
    # pycountry's own objects cost ~45 ms to build; its ISO 3166-1 data file alone, ~2 ms.
    import importlib.util
    import json
    import os

    spec = importlib.util.find_spec("pycountry")
    if spec is not None and spec.origin:
        data_file = os.path.join(os.path.dirname(spec.origin), "databases", "iso3166-1.json")
        try:
            with open(data_file, encoding="utf-8") as fh:
                return frozenset(c["alpha_2"] for c in json.load(fh)["3166-1"])
        except (OSError, KeyError, ValueError):
            pass
    import pycountry

    return frozenset(c.alpha_2 for c in pycountry.countries)


def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes (pycountry), in capitals."""
    global _COUNTRIES
    if _COUNTRIES is None:
        _COUNTRIES = _load_country_codes()
    return _COUNTRIES


def country_spellings() -> list[str]:
    """Accepted spellings of a country: its code in capitals or in small letters."""
    codes = sorted(country_codes())
    return codes + [c.lower() for c in codes]


def parse_country(value: Any) -> str | None:
    """The code in capitals, or None."""
    if not isinstance(value, str) or len(value) != 2:
        return None
    code = value.upper()
    if code in country_codes() and (value == code or value == code.lower()):
        return code
    return None


# --- evidence -------------------------------------------------------------------------------

# An evidence entry is a text, or a mapping with a `ref` (text) and an optional `date`;
# `evidence:` is a list of entries, one text, or empty.
EVIDENCE_KEYS = ("ref", "date")


# --- checklist versions ---------------------------------------------------------------------

# A semantic version (checklist versions): 1.0.0, 1.1.0-rc.1.
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:[-+][0-9A-Za-z.+-]+)?$")


def version_key(version: str) -> tuple[int, int, int, int, str]:
    """Order of semantic versions: 1.10.0 after 1.9.0; a pre-release before its release."""
    m = SEMVER.match(version)
    if m is None:
        return (-1, -1, -1, -1, version)
    pre = version[m.end(3) :]
    return (int(m[1]), int(m[2]), int(m[3]), 0 if pre.startswith("-") else 1, pre)
