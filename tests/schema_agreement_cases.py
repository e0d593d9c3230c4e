"""Generated assessments and mutations for the schema/validator agreement (SPEC §12).

`cases()` draws a valid assessment of a checklist, then applies mutations from a catalogue
of the spellings people write: levels as numbers, strings, keys, labels in every language
(upper, lower, decomposed), drop-down forms with matching and mismatching names, n/a words,
other scripts' digits, countries, periods (French forms too), dates, evidence shapes, blank
and decomposed texts, unknown keys, missing and null values. `verdicts()` asks both sides:
the generated JSON Schema (with and without format checking) and the validator reading the
same data as a YAML file. Used by tests/test_schema_agreement.py and
benchmarks/bench_schema_agreement.py.
"""

from __future__ import annotations

import contextlib
import json
import unicodedata
from typing import Any

from hypothesis import strategies as st

from readiness.core.formats import parse_date
from readiness.core.model import Checklist
from readiness.reading.inputs import yaml_locator
from readiness.reading.validation import validate_assessment
from readiness.reading.yaml_loading import load_yaml_bytes

COUNTRIES = ["FR", "NO", "GB", "DE", "US", "fr", "no", "gb", "Fr", "UK", "EU", "XX", "GBR"]
COUNTRIES += [" FR", "FR ", "F R", "FR\n", "\uff26\uff32", "\u212aE", "", "  ", "KE"]
PERIODS_OK = ["2026", "2026-Q1", "2026-Q4", "2026-H1", "2026-H2", "2026-01", "2026-12"]
PERIODS_FR = ["2026-T1", "2026-T4", "2026-S1", "2026-S2"]
PERIODS_BAD = [
    "2026-Q5",
    "2026-T5",
    "2026-S3",
    "2026-H3",
    "2026-13",
    "2026-00",
    "26",
    "2026-q4",
    "0000",
]
PERIODS_BAD += ["\u0662\u0660\u0662\u0666", "\uff12\uff10\uff12\uff16", "2026\n", " 2026", ""]
PERIODS_BAD += ["2026-Q4 ", "2026-1", "20264", "2026-t4", "2026-W12"]
DATES_OK = ["2026-11-20", "2024-02-29", "2000-02-29", "1900-01-01", "2107-12-31", "2026-01-31"]
DATES_OK += ["1899-12-31", "2108-01-01", "0001-01-01", "9999-12-31", "2100-02-29", "2104-02-29"]
DATES_BAD = ["2026-02-30", "2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-2-3"]
DATES_BAD += ["20261120", "2026/11/20", "20/11/2026", "next week", "2026-11-20T10:00", "0000-01-01"]
DATES_BAD += ["\u0662\u0660\u0662\u0666-\u0661\u0661-\u0662\u0660", "2026-11-20\n", " 2026-11-20"]
DATES_BAD += ["2026-11-\uff12\uff10", ""]
NA_SPELLINGS = ["n/a", "N/A", "na", "NA", "not applicable", "Not Applicable", "sans objet"]
NA_SPELLINGS += ["Sans objet", "s.o.", "S.O.", "non applicable", "n / a", "n/a ", "N/a", "nA"]
SEPARATORS = [" - ", "-", " – ", ": ", " : ", ":", "\u00a0: ", " -- ", " ", " / ", "–"]
BLANKS = ["", " ", "   ", "\t", "\u3000", "\u00a0", "\n", " \u2003 "]
TEXTS = ["Brigade des mineurs", "Cafe\u0301", "Caf\u00e9", "x", "=1+2", "a | 2026-01-15"]
TEXTS += ["\u0661\u0662", "NO", "true", "null", "line\nbreak", " padded ", "\x01ctl"]


def _case_variants(word: str) -> list[str]:
    nfd = unicodedata.normalize("NFD", word)
    return [word, word.lower(), word.upper(), word.title(), nfd, nfd.upper(), word.swapcase()]


def level_spellings(checklist: Checklist) -> list[Any]:
    """Every spelling worth trying for a level: right, wrong and nearly right."""
    names: list[str] = []
    for level in checklist.levels:
        names.append(level.key)
        names.extend(level.label.values())
    out: list[Any] = []
    for name in names:
        out.extend(_case_variants(name))
        out.extend([f" {name}", f"{name} ", name.replace(" ", "  ")])
    for level in checklist.levels:
        v = level.value
        out.extend([v, float(v), str(v), f"0{v}", f" {v}", f"{v} ", f"+{v}", f"{v}.0"])
        out.append(chr(0x0660 + v))  # Arabic-Indic digit
        out.append(chr(0xFF10 + v))  # full-width digit
    out.extend([-1, 5, 7, 99, 3.5, True, False, "5", "-1", "3-4", "7 - Absent", "", None])
    out.extend([[], {}, [3], {"value": 3}, "level 3", "33", "3 3"])
    return out


@st.composite
def dropdown_level(draw: st.DrawFn, checklist: Checklist) -> str:
    """`N<sep>NAME` where NAME may or may not be N's key or label."""
    level = draw(st.sampled_from(checklist.levels))
    other = draw(st.sampled_from(checklist.levels))
    name = draw(st.sampled_from([other.key, *other.label.values()]))
    name = draw(st.sampled_from(_case_variants(name)))
    sep = draw(st.sampled_from(SEPARATORS))
    number = draw(st.sampled_from([str(level.value), chr(0x0660 + level.value), "9"]))
    return f"{number}{sep}{name}"


def text_values() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(TEXTS + BLANKS),
        st.text(max_size=12),
        st.integers(-10, 10_000),
        st.sampled_from([1.5, 2026.0, None, True, False, [], {}, ["a"], {"a": 1}]),
    )


def date_values() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(DATES_OK + DATES_BAD + BLANKS),
        st.dates().map(lambda d: d.isoformat()),
        st.sampled_from([None, 20261120, 2026, True, [], {}]),
    )


def period_values() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.sampled_from(PERIODS_OK + PERIODS_FR + PERIODS_BAD),
        st.sampled_from([2026, 2026.0, 26, None, True, [], 999, 10000]),
    )


def evidence_entries() -> st.SearchStrategy[Any]:
    ref = st.one_of(st.sampled_from(TEXTS + BLANKS), st.integers(0, 99), st.none())
    entry = st.one_of(
        st.sampled_from(TEXTS + BLANKS),
        st.text(max_size=8),
        st.integers(0, 99),
        st.sampled_from([None, True, [], ["x"], 1.5]),
        st.fixed_dictionaries({"ref": ref}),
        st.fixed_dictionaries({"ref": ref, "date": date_values()}),
        st.fixed_dictionaries({"date": date_values()}),
        st.fixed_dictionaries({"ref": ref, "source": st.just("x")}),
    )
    return st.one_of(
        st.lists(entry, max_size=3),
        st.sampled_from([None, "one text", "", "  ", 5, True, {"ref": "x"}]),
    )


@st.composite
def valid_assessment(draw: st.DrawFn, checklist: Checklist) -> dict[str, Any]:
    responses: dict[str, Any] = {}
    for item in checklist.items:
        level = draw(st.sampled_from([lv.value for lv in checklist.levels]))
        entry: dict[str, Any] = {"level": level}
        if item.allow_na and draw(st.booleans()):
            entry = {"level": "n/a", "justification": "Does not apply here"}
        if draw(st.booleans()):
            entry["evidence"] = [
                "Minutes of the meeting",
                {"ref": "Annual review", "date": "2026-06-30"},
            ]
        responses[item.id] = entry
    data: dict[str, Any] = {
        "checklist": checklist.id,
        "checklist_version": checklist.version,
        "agency": {"name": "Test Agency", "unit": "Online unit", "country": "FR"},
        "period": draw(st.sampled_from(PERIODS_OK)),
        "assessed_on": "2026-11-20",
        "responses": responses,
    }
    if draw(st.booleans()):
        data["assessor"] = {"name": "Claire Martin", "role": "Head"}
    return data


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def _delete(data: Any, path: tuple[Any, ...]) -> None:
    for part in path[:-1]:
        data = data[part]
    data.pop(path[-1], None)


@st.composite
def cases(draw: st.DrawFn, checklist: Checklist) -> dict[str, Any]:
    """A valid assessment with 0-3 mutations."""
    data = draw(valid_assessment(checklist))
    ids = [item.id for item in checklist.items]
    levels = level_spellings(checklist)
    for _ in range(draw(st.integers(0, 3))):
        item = draw(st.sampled_from(ids))
        r = ("responses", item)
        kind = draw(
            st.sampled_from(
                [
                    "level",
                    "level",
                    "level",
                    "dropdown",
                    "dropdown",
                    "na",
                    "country",
                    "period",
                    "assessed_on",
                    "due",
                    "evidence",
                    "evidence",
                    "text",
                    "unknown_key",
                    "unknown_item",
                    "missing",
                    "null",
                    "justification",
                    "version",
                    "checklist",
                    "status",
                    "exception",
                ]
            )
        )
        responses = data.get("responses")
        if not isinstance(responses, dict):
            responses = {}
        if kind == "level" and isinstance(responses.get(item), dict):
            _set(data, (*r, "level"), draw(st.sampled_from(levels)))
        elif kind == "dropdown" and isinstance(responses.get(item), dict):
            _set(data, (*r, "level"), draw(dropdown_level(checklist)))
        elif kind == "na" and isinstance(responses.get(item), dict):
            responses[item]["level"] = draw(st.sampled_from(NA_SPELLINGS))
            if draw(st.booleans()):
                responses[item]["justification"] = draw(text_values())
        elif kind == "country" and isinstance(data.get("agency"), dict):
            data["agency"]["country"] = draw(st.one_of(st.sampled_from(COUNTRIES), text_values()))
        elif kind == "period":
            data["period"] = draw(period_values())
        elif kind == "assessed_on":
            data["assessed_on"] = draw(date_values())
        elif kind == "due" and isinstance(responses.get(item), dict):
            responses[item]["due"] = draw(date_values())
        elif kind == "evidence" and isinstance(responses.get(item), dict):
            responses[item]["evidence"] = draw(evidence_entries())
        elif kind == "text":
            where = draw(
                st.sampled_from(
                    [
                        ("agency", "name"),
                        ("agency", "unit"),
                        ("assessor", "name"),
                        (*r, "notes"),
                        (*r, "owner"),
                        (*r, "justification"),
                    ]
                )
            )
            parent = data.get(where[0]) if len(where) == 2 else responses.get(item)
            if isinstance(parent, dict):
                parent[where[-1]] = draw(text_values())
        elif kind == "justification" and isinstance(responses.get(item), dict):
            responses[item].pop("justification", None)
        elif kind == "unknown_key":
            where = draw(st.sampled_from([(), ("agency",), r, ("assessor",)]))
            target: Any = data
            for part in where:
                target = target.get(part) if isinstance(target, dict) else None
            if isinstance(target, dict):
                target[draw(st.sampled_from(["levle", "extra", "Level", "name ", "x"]))] = draw(
                    st.sampled_from([None, 1, "x"])
                )
        elif kind == "unknown_item":
            responses[draw(st.sampled_from([f"{item}0", item.lower(), "ZZZ-01", "X"]))] = {
                "level": 1
            }
        elif kind == "missing":
            path = draw(
                st.sampled_from(
                    [
                        ("agency",),
                        ("agency", "name"),
                        ("agency", "country"),
                        ("period",),
                        ("assessed_on",),
                        ("checklist",),
                        ("responses",),
                        r,
                        (*r, "level"),
                    ]
                )
            )
            with contextlib.suppress(KeyError, TypeError):
                _delete(data, path)
        elif kind == "null":
            path = draw(
                st.sampled_from(
                    [("agency",), ("assessor",), ("responses",), r, (*r, "evidence"), ("period",)]
                )
            )
            with contextlib.suppress(KeyError, TypeError):
                _set(data, path, None)
        elif kind == "version":
            data["checklist_version"] = draw(
                st.sampled_from(["0.9.0", "1.10", 1.1, 2, None, True, [], ""])
            )
        elif kind == "status" and isinstance(responses.get(item), dict):
            responses[item]["status"] = draw(
                st.sampled_from(
                    [None, "", " ", "open", "in_progress", "done", "dropped", "Done", "done "]
                    + ["in progress", 5, True, []]
                )
            )
        elif kind == "exception" and isinstance(responses.get(item), dict):
            valid = {
                "reason": "Budget frozen",
                "approved_by": "Director",
                "approved_on": "2026-01-10",
                "expires": "2026-12-31",
            }
            responses[item]["exception"] = draw(
                st.one_of(
                    st.just(valid),
                    st.sampled_from([None, "x", [], {}]),
                    st.fixed_dictionaries(
                        {
                            "reason": text_values(),
                            "approved_by": text_values(),
                            "approved_on": date_values(),
                            "expires": date_values(),
                        }
                    ),
                    st.fixed_dictionaries({"reason": text_values(), "extra": st.just(1)}),
                )
            )
        elif kind == "checklist":
            data["checklist"] = draw(st.sampled_from(["other", "", None, 5, checklist.id.upper()]))
    return data


def validator_only(data: Any) -> bool:
    """The one rule the schema cannot express: an exception expiring before its approval."""
    responses = data.get("responses") if isinstance(data, dict) else None
    for answer in (responses or {}).values() if isinstance(responses, dict) else ():
        exception = answer.get("exception") if isinstance(answer, dict) else None
        if not isinstance(exception, dict):
            continue
        approved, expires = exception.get("approved_on"), exception.get("expires")
        if isinstance(approved, str) and isinstance(expires, str):
            a, e = parse_date(approved), parse_date(expires)
            if a is not None and e is not None and e < a:
                return True
    return False


def yaml_text(data: Any) -> str:
    """The data as a YAML file: JSON is YAML 1.2, with what YAML refuses raw escaped."""
    out = json.dumps(data, ensure_ascii=False)
    return "".join(
        ch
        if ch.isprintable()
        else f"\\u{ord(ch):04x}"
        if ord(ch) < 0x10000
        else f"\\U{ord(ch):08x}"
        for ch in out
    )


def validator_accepts(data: Any, checklist: Checklist) -> tuple[bool, list[str]]:
    doc = load_yaml_bytes(yaml_text(data).encode("utf-8"))
    assert not doc.problems and doc.data == data, "the test's YAML must read back as the data"
    _, problems = validate_assessment(doc.data, checklist, yaml_locator(doc), raw_text=doc.raw_text)
    errors = [p.message for p in problems if p.is_error]
    return (not errors, errors)


def schema_accepts(validator: Any, data: Any) -> tuple[bool, list[str]]:
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(data)]
    return (not errors, errors)
