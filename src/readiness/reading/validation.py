"""Validation of a unit's self-assessment against a checklist (SPEC §4–5).

Works on plain data plus a locator, so that a YAML file (line, column) and a
questionnaire workbook (sheet, cell) are checked by the same rules.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from readiness import limits
from readiness.core.formats import (
    DATE_SHAPE,
    EVIDENCE_KEYS,
    LEVEL_SEPARATOR,
    NA_WORDS,
    NA_WORDS_BY_LANGUAGE,
    country_codes,
    digits_message,
    foreign_digits,
    is_blank,
    level_spellings,
    normal_text,
    parse_country,
    parse_date,
    parse_level,
    parse_period,
)
from readiness.core.model import (
    ACTION_STATUSES,
    Agency,
    ApprovedException,
    Assessment,
    Checklist,
    Evidence,
    Item,
    Response,
    text_in,
)
from readiness.core.problems import ERROR, WARNING, Problem
from readiness.i18n import SUPPORTED, Listed, Message, Texts, join_list
from readiness.reading.schema_problems import dotted

PathT = tuple[str | int, ...]
# path, is_key -> the location fields of a Problem (line/column or sheet/cell)
Locator = Callable[[PathT, bool], dict[str, Any]]


TOP_KEYS = (
    "checklist",
    "checklist_version",
    "agency",
    "period",
    "assessed_on",
    "assessor",
    "responses",
)
AGENCY_KEYS = ("name", "unit", "country")
ASSESSOR_KEYS = ("name", "role")
RESPONSE_KEYS = (
    "level",
    "evidence",
    "justification",
    "notes",
    "owner",
    "due",
    "status",
    "exception",
)
EXCEPTION_KEYS = ("reason", "approved_by", "approved_on", "expires")


__all__ = ["EVIDENCE_KEYS", "country_codes", "parse_level"]  # the table's, re-exported


def country_hint(value: str) -> str:
    """A hint for a wrong country code: the code of a name, or a look-alike."""
    import pycountry

    if value.strip() != value and parse_country(value.strip()):
        return Message("val.hint_spaces", value=value.strip().upper())
    if foreign_digits(value) is not None:
        return Message("val.hint_country_letters")
    try:
        match = pycountry.countries.lookup(value)
        return Message("val.hint_country", code=match.alpha_2, name=match.name)
    except LookupError:
        pass
    if len(value) == 3:
        found = pycountry.countries.get(alpha_3=value.upper())
        if found is not None:
            return Message("val.hint_country", code=found.alpha_2, name=found.name)
    if value.upper() == "UK":
        return Message("val.hint_uk")
    return ""


def nearest(word: str, options: list[str]) -> str | None:
    found = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not found:
        found = difflib.get_close_matches(word.upper(), options, n=1, cutoff=0.6)
    return found[0] if found else None


class _Checker:
    def __init__(self, checklist: Checklist, locate: Locator, raw_text: dict[PathT, str]):
        self.checklist = checklist
        self.locate = locate
        self.raw_text = raw_text
        self.problems: list[Problem] = []

    def add(self, severity: str, path: PathT, message: str, *, key: bool = False) -> None:
        self.problems.append(
            Problem(severity, message, path=dotted(path), **self.locate(path, key))
        )

    def error(self, path: PathT, message: str, *, key: bool = False) -> None:
        self.add(ERROR, path, message, key=key)

    def unknown_keys(self, data: dict[str, Any], allowed: tuple[str, ...], base: PathT) -> None:
        for key in data:
            if key not in allowed:
                hint = nearest(key, list(allowed))
                suggestion: str = Message("val.hint_key", hint=hint) if hint else ""
                where: str = dotted(base) or Message("val.top_level")
                if data[key] is None and hint is None:
                    # `{ref: A, b}`: a comma in unquoted text splits it into a new key.
                    suggestion = Message("val.hint_comma")
                self.error(
                    (*base, key),
                    Message(
                        "val.unknown_key",
                        key=key,
                        where=where,
                        suggestion=suggestion,
                        allowed=Listed(allowed),
                    ),
                    key=True,
                )

    def text(self, data: dict[str, Any], key: str, base: PathT, *, required: bool) -> str | None:
        """Free text: NFC, without surrounding spaces; only spaces is empty."""
        path = (*base, key)
        value = data.get(key)
        if value is None or is_blank(value):
            if required:
                where = path if key in data else base
                blank: str = Message("val.only_spaces") if value else ""
                self.error(where, Message("val.required", field=dotted(path), blank=blank))
            return None
        if isinstance(value, (bool, dict, list)):
            self.error(path, Message("val.not_text", field=dotted(path), kind=_kind(value)))
            return None
        if not isinstance(value, str):
            return self.raw_text.get(path, str(value))
        return normal_text(value)

    def date(
        self, data: dict[str, Any], key: str, base: PathT, *, required: bool
    ) -> dt.date | None:
        """A date is a whole value YYYY-MM-DD in digits 0-9; only spaces is empty."""
        path = (*base, key)
        value = data.get(key)
        if value is None or is_blank(value):
            if required:
                self.error(
                    path if key in data else base, Message("val.date_required", field=dotted(path))
                )
            return None
        if isinstance(value, dt.datetime):
            return self.date_in_range(path, value.date())
        if isinstance(value, dt.date):
            return self.date_in_range(path, value)
        text = value if isinstance(value, str) else self.raw_text.get(path, str(value))
        if isinstance(value, (bool, dict, list)):
            text = _kind(value)
        day = parse_date(text)
        if day is not None:
            return day
        if foreign_digits(text) is not None:
            self.error(path, digits_message("date", text))
        elif text.strip() != text and parse_date(text.strip()):
            self.error(path, Message("val.date_spaces", text=text, fixed=text.strip()))
        elif DATE_SHAPE.fullmatch(text):
            try:
                self.date_in_range(path, dt.date.fromisoformat(text))
            except ValueError:
                self.error(path, Message("val.date_not_real", text=text))
        else:
            self.error(path, Message("val.date_shape", text=text))
        return None

    def date_in_range(self, path: PathT, day: dt.date) -> dt.date | None:
        """Dates workbooks can hold (limits.py): Excel's start to the last zip time stamp."""
        if limits.FIRST_DATE <= day <= limits.LAST_DATE:
            return day
        self.error(
            path,
            Message(
                "val.date_range",
                day=day.isoformat(),
                first=limits.FIRST_DATE.isoformat(),
                last=limits.LAST_DATE.isoformat(),
            ),
        )
        return None


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return Message("val.kind_bool")
    if isinstance(value, dict):
        return Message("val.kind_mapping")
    if isinstance(value, list):
        return Message("val.kind_list")
    if isinstance(value, (int, float)):
        return Message("val.kind_number")
    return Message("val.kind_text")


def level_choices(checklist: Checklist, item: Item | None = None) -> str:
    """The answers allowed, named in the reader's language (the checklist's level labels and
    the language's n/a word): n/a only where the item allows it (or, with no item, anywhere).
    Every other accepted spelling (core/formats.py) is accepted all the same."""
    values = [lv.value for lv in checklist.levels]
    allow_na = item is None or item.allow_na
    names = {}
    for lang in SUPPORTED:
        words = [text_in(lv.label, lang) or lv.key for lv in checklist.levels]
        if allow_na:
            words.append(NA_WORDS_BY_LANGUAGE[lang][0])
        names[lang] = join_list(words, lang)
    numbers = f"{min(values)}-{max(values)}"
    return Message("val.level_choices", numbers=numbers, names=Texts(names))


def _fold(text: str) -> str:
    """A spelling compared for a suggestion: no case, no accents or Arabic short vowels."""
    decomposed = unicodedata.normalize("NFD", text.strip())
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").casefold()


def level_hint(text: str, checklist: Checklist, item: Item | None = None) -> str:
    """ "; did you mean 'Implemented'?" for a misspelt level: the nearest of every accepted
    name (any language), suggested as the reader's language spells that level."""
    spellings = level_spellings(checklist)
    candidates: dict[str, int | None] = {}
    for value, words in spellings.names.items():
        for word in words:
            candidates.setdefault(_fold(word), value)
    if item is None or item.allow_na:
        for word in NA_WORDS:
            candidates.setdefault(_fold(word), None)
    found = difflib.get_close_matches(_fold(text), list(candidates), n=1, cutoff=0.6)
    if not found:
        return ""
    nearest_value = candidates[found[0]]
    if nearest_value is None:
        hint = {lang: NA_WORDS_BY_LANGUAGE[lang][0] for lang in SUPPORTED}
    else:
        level = checklist.level(nearest_value)
        assert level is not None
        hint = {lang: text_in(level.label, lang) or level.key for lang in SUPPORTED}
    return Message("val.hint_key", hint=Texts(hint))


def level_problem(value: Any, checklist: Checklist, item: Item | None = None) -> str:
    """Why a level is not accepted, and what to write."""
    shown = str(value).lower() if isinstance(value, bool) else value
    if isinstance(value, str):
        ascii_form = foreign_digits(value)
        if ascii_form is not None and parse_level(ascii_form, checklist)[0] != "bad":
            return digits_message("level", value)
        if value.strip() != value and parse_level(value.strip(), checklist)[0] != "bad":
            return Message("val.level_spaces", value=value, fixed=value.strip())
        mixed = _mixed_level(value, checklist)
        if mixed:
            return mixed
        shown = f"'{value}'" if value.strip() != value or not value else value
        hint = level_hint(value, checklist, item)
        return Message(
            "val.level_bad", shown=shown, choices=level_choices(checklist, item), suggestion=hint
        )
    return Message(
        "val.level_bad", shown=shown, choices=level_choices(checklist, item), suggestion=""
    )


def _mixed_level(text: str, checklist: Checklist) -> str | None:
    """`3 - absent`: a number and a name of two different levels (or not a name at all)."""
    m = re.fullmatch(f"([0-9]{{1,{limits.MAX_NUMBER_CHARS}}})({LEVEL_SEPARATOR})(.*)", text, re.S)
    if not m or checklist.level(int(m.group(1))) is None:
        return None
    number = int(m.group(1))
    kind, named = parse_level(m.group(3), checklist)
    names = ", ".join(level_spellings(checklist).names[number])
    if kind == "level" and named != number:
        return Message("val.level_mixed", text=text, number=number, named=named, names=names)
    return Message(
        "val.level_after_number",
        text=text,
        number=number,
        separator=m.group(2).strip() or " ",
        names=names,
    )


def validate_assessment(
    data: Any,
    checklist: Checklist,
    locate: Locator,
    *,
    allow_incomplete: bool = False,
    raw_text: dict[PathT, str] | None = None,
) -> tuple[Assessment | None, list[Problem]]:
    c = _Checker(checklist, locate, raw_text or {})
    if not isinstance(data, dict):
        c.error(
            (),
            Message("val.not_mapping"),
        )
        # An empty file has no node to point at: its first line is where to look.
        top = c.problems[-1]
        if top.sheet is None and top.line is None:
            c.problems[-1] = dataclasses.replace(top, line=1, column=1)
        return None, c.problems
    c.unknown_keys(data, TOP_KEYS, ())

    checklist_id = c.text(data, "checklist", (), required=True)
    if checklist_id == checklist.id and data["checklist"] != checklist.id:
        c.error(("checklist",), Message("val.checklist_exact", id=checklist.id))
    elif checklist_id is not None and checklist_id != checklist.id:
        c.error(
            ("checklist",),
            Message("val.checklist_other", answered=checklist_id, used=checklist.id),
        )
        return None, c.problems
    version = c.text(data, "checklist_version", (), required=False)
    if version is not None and version != checklist.version:
        c.add(
            WARNING,
            ("checklist_version",),
            Message("val.version_differs", version=version, checklist=checklist.version),
        )

    agency = _agency(c, data)
    period = _period(c, data)
    assessed_on = c.date(data, "assessed_on", (), required=True)
    if assessed_on is not None and assessed_on > dt.date.today() + dt.timedelta(days=1):
        c.add(WARNING, ("assessed_on",), Message("val.future", date=assessed_on.isoformat()))

    assessor = None
    if data.get("assessor") is not None:
        if not isinstance(data["assessor"], dict):
            c.error(("assessor",), Message("val.assessor_mapping"))
        else:
            c.unknown_keys(data["assessor"], ASSESSOR_KEYS, ("assessor",))
            assessor = {
                k: v
                for k in ASSESSOR_KEYS
                if (v := c.text(data["assessor"], k, ("assessor",), required=False)) is not None
            }

    responses = _responses(c, data, checklist, assessed_on, allow_incomplete)

    if (
        any(p.is_error for p in c.problems)
        or agency is None
        or period is None
        or assessed_on is None
        or checklist_id is None
        or responses is None
    ):
        return None, c.problems
    assessment = Assessment(
        checklist_id=checklist_id,
        checklist_version=version,
        agency=agency,
        period=period,
        assessed_on=assessed_on,
        assessor=assessor or None,
        responses=responses,
    )
    _exception_warnings(c, checklist, assessment)
    return assessment, c.problems


def _period(c: _Checker, data: dict[str, Any]) -> str | None:
    value = data.get("period")
    if value is None or is_blank(value):
        c.error(("period",) if "period" in data else (), Message("val.period_required"))
        return None
    period = parse_period(value)
    if period is not None:
        return period
    text = value if isinstance(value, str) else c.raw_text.get(("period",), str(value))
    if isinstance(value, (bool, dict, list)):
        text = _kind(value)
    if foreign_digits(text) is not None:
        c.error(("period",), digits_message("period", text))
    elif text.strip() != text and parse_period(text.strip()):
        c.error(("period",), Message("val.period_spaces", text=text, fixed=text.strip()))
    else:
        c.error(
            ("period",),
            Message("val.period_shape", text=text, shapes=Message("period_shapes")),
        )
    return None


def _agency(c: _Checker, data: dict[str, Any]) -> Agency | None:
    raw = data.get("agency")
    if raw is None:
        c.error(("agency",) if "agency" in data else (), Message("val.agency_required"))
        return None
    if not isinstance(raw, dict):
        c.error(("agency",), Message("val.agency_mapping"))
        return None
    c.unknown_keys(raw, AGENCY_KEYS, ("agency",))
    name = c.text(raw, "name", ("agency",), required=True)
    unit = c.text(raw, "unit", ("agency",), required=False)
    country = _country(c, raw)
    if name is None or country is None:
        return None
    return Agency(name=name, country=country, unit=unit)


def _country(c: _Checker, raw: dict[str, Any]) -> str | None:
    path = ("agency", "country")
    value = raw.get("country")
    if value is None or is_blank(value):
        c.error(path if "country" in raw else ("agency",), Message("val.country_required"))
        return None
    country = parse_country(value)
    if country is None:
        text = value if isinstance(value, str) else c.raw_text.get(path, str(value))
        if isinstance(value, (bool, dict, list)):
            text = _kind(value)
        c.error(
            path,
            Message("val.country_bad", text=text, hint=country_hint(text)),
        )
    return country


def _responses(
    c: _Checker,
    data: dict[str, Any],
    checklist: Checklist,
    assessed_on: dt.date | None,
    allow_incomplete: bool,
) -> dict[str, Response] | None:
    raw = data.get("responses")
    if raw is None:
        if "responses" in data or not allow_incomplete:
            c.error(
                ("responses",) if "responses" in data else (),
                Message("val.responses_required"),
            )
        raw = {}
    if not isinstance(raw, dict):
        c.error(("responses",), Message("val.responses_mapping"))
        return None
    ids = [item.id for item in checklist.items]
    out: dict[str, Response] = {}
    for item_id, answer in raw.items():
        path: PathT = ("responses", item_id)
        item = checklist.item(item_id)
        if item is None:
            hint = nearest(item_id, ids)
            suggestion: str = Message("val.hint_item", hint=hint) if hint else ""
            c.error(
                path,
                Message("val.not_an_item", item=item_id, id=checklist.id, suggestion=suggestion),
                key=True,
            )
            continue
        response = _response(c, item_id, answer, path, checklist, assessed_on, allow_incomplete)
        if response is not None:
            out[item_id] = response
    missing = [i for i in ids if i not in raw]
    if missing:
        if allow_incomplete:
            for item_id in missing:
                out[item_id] = Response(item_id=item_id, level=0, answered=False)
                c.add(
                    WARNING,
                    ("responses",),
                    Message("val.no_response_scored", item=item_id),
                    key=True,
                )
        else:
            more: str = Message("val.and_more", n=len(missing) - 8) if len(missing) > 8 else ""
            c.error(
                ("responses",),
                Message(
                    "val.no_response_one" if len(missing) == 1 else "val.no_response_many",
                    n=len(missing),
                    items=Listed(missing[:8]),
                    more=more,
                ),
                key=True,
            )
    return {i: out[i] for i in ids if i in out}


def _response(
    c: _Checker,
    item_id: str,
    answer: Any,
    path: PathT,
    checklist: Checklist,
    assessed_on: dt.date | None,
    allow_incomplete: bool,
) -> Response | None:
    item = checklist.item(item_id)
    assert item is not None
    if answer is None:
        answer = {}
    if not isinstance(answer, dict):
        c.error(path, Message("val.response_mapping", item=item_id))
        return None
    # Every field is checked even when an earlier one is wrong: one run shows every problem.
    errors_before = sum(p.is_error for p in c.problems)
    c.unknown_keys(answer, RESPONSE_KEYS, path)
    kind, level = parse_level(answer.get("level"), checklist)
    lpath = (*path, "level")
    if kind == "bad":
        c.error(lpath, level_problem(answer.get("level"), checklist, item))
    answered = True
    if kind == "empty":
        if allow_incomplete:
            c.add(
                WARNING,
                lpath if "level" in answer else path,
                Message("val.no_level_scored", item=item_id),
            )
        else:
            c.error(
                lpath if "level" in answer else path,
                Message("val.no_level", item=item_id, choices=level_choices(checklist, item)),
            )
        answered, level = False, 0
    justification = c.text(answer, "justification", path, required=False)
    if kind == "na":
        if not item.allow_na:
            c.error(
                lpath,
                Message("val.na_not_allowed", item=item_id, choices=level_choices(checklist, item)),
            )
        elif not justification:
            c.error(lpath, Message("val.na_justification", item=item_id))
    evidence = _evidence(c, answer.get("evidence"), (*path, "evidence"), assessed_on)
    notes = c.text(answer, "notes", path, required=False)
    owner = c.text(answer, "owner", path, required=False)
    due = c.date(answer, "due", path, required=False)
    status = _status(c, answer, path)
    exception = _exception(c, answer.get("exception"), (*path, "exception"))
    if sum(p.is_error for p in c.problems) > errors_before:
        return None
    return Response(
        item_id=item_id,
        level=None if kind == "na" else level,
        na=kind == "na",
        answered=answered,
        evidence=evidence,
        justification=justification,
        notes=notes,
        owner=owner,
        due=due,
        status=status,
        exception=exception,
    )


def _status(c: _Checker, answer: dict[str, Any], path: PathT) -> str | None:
    text = c.text(answer, "status", path, required=False)
    if text is None:
        return None
    # Exactly the keys, as the schema says; a near miss ("in progress") gets the key.
    if answer["status"] not in ACTION_STATUSES:
        hint = nearest("_".join(text.lower().replace("-", " ").split()), list(ACTION_STATUSES))
        suggestion: str = Message("val.hint_key", hint=hint) if hint else ""
        c.error(
            (*path, "status"),
            Message(
                "val.status_bad",
                text=text,
                statuses=Listed(ACTION_STATUSES),
                suggestion=suggestion,
            ),
        )
        return None
    return text


def _exception(c: _Checker, raw: Any, path: PathT) -> ApprovedException | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        c.error(
            path,
            Message("val.exception_mapping"),
        )
        return None
    c.unknown_keys(raw, EXCEPTION_KEYS, path)
    reason = c.text(raw, "reason", path, required=True)
    approved_by = c.text(raw, "approved_by", path, required=True)
    approved_on = c.date(raw, "approved_on", path, required=True)
    expires = c.date(raw, "expires", path, required=True)
    if approved_on is not None and expires is not None and expires < approved_on:
        c.error(
            (*path, "expires"),
            Message(
                "val.exception_dates", expires=expires.isoformat(), approved=approved_on.isoformat()
            ),
        )
        return None
    if reason is None or approved_by is None or approved_on is None or expires is None:
        return None
    return ApprovedException(reason, approved_by, approved_on, expires)


def _exception_warnings(c: _Checker, checklist: Checklist, assessment: Assessment) -> None:
    """An exception on an item already at target excuses nothing: say so."""
    from readiness.core.scoring import score_item

    for item_id, response in assessment.responses.items():
        item = checklist.item(item_id)
        if response.exception is None or item is None or response.na:
            continue
        if score_item(item, response, checklist, assessment).gap == 0:
            c.add(
                WARNING,
                ("responses", item_id, "exception"),
                Message("val.exception_useless", item=item_id),
            )


def _evidence(c: _Checker, raw: Any, path: PathT, assessed_on: dt.date | None) -> list[Evidence]:
    if raw is None:
        return []
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        c.error(path, Message("val.evidence_list"))
        return []
    out = []
    for i, entry in enumerate(raw):
        epath = (*path, i)
        if isinstance(entry, dict):
            c.unknown_keys(entry, EVIDENCE_KEYS, epath)
            ref = c.text(entry, "ref", epath, required=True)
            date = c.date(entry, "date", epath, required=False)
            if date is not None and assessed_on is not None and date > assessed_on:
                c.add(
                    WARNING,
                    (*epath, "date"),
                    Message(
                        "val.evidence_later",
                        date=date.isoformat(),
                        assessed=assessed_on.isoformat(),
                    ),
                )
            if ref is not None:
                out.append(Evidence(ref=ref, date=date))
        elif isinstance(entry, str) and not is_blank(entry):
            out.append(Evidence(ref=normal_text(entry)))
        elif isinstance(entry, (int, float)) and not isinstance(entry, bool):
            out.append(Evidence(ref=c.raw_text.get(epath, str(entry))))
        elif is_blank(entry):
            c.error(epath, Message("val.evidence_empty"))
        else:
            c.error(epath, Message("val.evidence_entry"))
    return out
