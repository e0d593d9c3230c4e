"""The JSON Schema of an assessment for one checklist (for editors' YAML plug-ins).

Generated from the table of accepted spellings (core/formats.py) that the validator reads,
so that anything one accepts the other accepts (tests/test_schema_agreement.py): the
checklist id, every item id (all required), each item's levels (n/a only where the item
allows it, with a justification), countries as an enum of ISO 3166-1, periods and dates as
patterns (engines that ignore `format` agree), texts that are not only spaces.

What the schema cannot see is checked on the file before either applies: UTF-8, size,
duplicate keys, anchors, aliases and tags (a YAML editor reports most of these itself).
It describes the default reading; `--allow-incomplete` accepts missing answers it refuses.
One rule compares two values and is the validator's only: an exception's `expires` may not
come before its `approved_on`.
schemas/assessment.schema.json is this schema for the built-in checklist, written by
`readiness checklist schema` (a test keeps it identical).
"""

from __future__ import annotations

from typing import Any

from readiness.core import formats
from readiness.core.model import ACTION_STATUSES, Checklist, text_in
from readiness.i18n import Listed, t
from readiness.reading.validation import EXCEPTION_KEYS

OPTIONAL_TEXT = {"type": ["string", "number", "null"]}


def _defs(lang: str) -> dict[str, Any]:
    date = {"type": "string", "pattern": formats.whole(formats.DATE_CORE), "format": "date"}
    return {
        "text": {
            "description": t("schema.text", lang),
            "anyOf": [{"type": "string", "pattern": formats.NON_BLANK}, {"type": "number"}],
        },
        "optional_text": {
            "description": t("schema.optional_text", lang),
            **OPTIONAL_TEXT,
        },
        "date": {"description": t("schema.date", lang), **date},
        "optional_date": {
            "anyOf": [
                {"type": "null"},
                {"type": "string", "pattern": formats.whole(formats.BLANK)},
                date,
            ]
        },
        "period": {
            "description": t("schema.period", lang, shapes=t("period_shapes", lang)),
            "anyOf": [
                {"type": "string", "pattern": formats.whole(formats.PERIOD_CORE)},
                {
                    "type": "integer",
                    "minimum": formats.PERIOD_YEAR_MIN,
                    "maximum": formats.PERIOD_YEAR_MAX,
                },
            ],
        },
        "country": {
            "description": t("schema.country", lang),
            "enum": formats.country_spellings(),
        },
        "status": {
            "description": t("schema.status", lang),
            "anyOf": [
                {"type": "null"},
                {"type": "string", "pattern": formats.whole(formats.BLANK)},
                {"enum": list(ACTION_STATUSES)},
            ],
        },
        "exception": {
            "description": t("schema.exception", lang),
            "type": ["object", "null"],
            "additionalProperties": False,
            "required": list(EXCEPTION_KEYS),
            "properties": {
                "reason": {"$ref": "#/$defs/text"},
                "approved_by": {"$ref": "#/$defs/text"},
                "approved_on": {"$ref": "#/$defs/date"},
                "expires": {"$ref": "#/$defs/date"},
            },
        },
        "evidence_entry": {
            "anyOf": [
                {"$ref": "#/$defs/text"},
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["ref"],
                    "properties": {
                        "ref": {"$ref": "#/$defs/text"},
                        "date": {"$ref": "#/$defs/optional_date"},
                    },
                },
            ]
        },
        "evidence": {
            "description": t("schema.evidence", lang),
            "anyOf": [
                {"type": "null"},
                {"type": "string", "pattern": formats.NON_BLANK},
                {"type": "array", "items": {"$ref": "#/$defs/evidence_entry"}},
            ],
        },
    }


def _level(checklist: Checklist, *, na: bool, lang: str) -> dict[str, Any]:
    spellings = formats.level_spellings(checklist)
    names = "; ".join(f"{value}: {', '.join(words)}" for value, words in spellings.names.items())
    return {
        "description": t("schema.level", lang, names=names)
        + (t("schema.level_na", lang, words=Listed(sorted(formats.NA_WORDS))) if na else ""),
        "anyOf": [
            {"enum": [level.value for level in checklist.levels]},
            {"type": "string", "pattern": formats.whole(spellings.text_pattern(na=na))},
        ],
    }


def _response(*, na: bool) -> dict[str, Any]:
    response: dict[str, Any] = {
        "type": "object",
        "additionalProperties": False,
        "required": ["level"],
        "properties": {
            "level": {"$ref": "#/$defs/level_or_na" if na else "#/$defs/level"},
            "evidence": {"$ref": "#/$defs/evidence"},
            "justification": {"$ref": "#/$defs/optional_text"},
            "notes": {"$ref": "#/$defs/optional_text"},
            "owner": {"$ref": "#/$defs/optional_text"},
            "due": {"$ref": "#/$defs/optional_date"},
            "status": {"$ref": "#/$defs/status"},
            "exception": {"$ref": "#/$defs/exception"},
        },
    }
    if na:
        response["if"] = {
            "required": ["level"],
            "properties": {
                "level": {"type": "string", "pattern": formats.whole(formats.NA_PATTERN)}
            },
        }
        response["then"] = {
            "required": ["justification"],
            "properties": {"justification": {"$ref": "#/$defs/text"}},
        }
    return response


def assessment_schema(checklist: Checklist, lang: str = "en") -> dict[str, Any]:
    defs = _defs(lang)
    defs["level"] = _level(checklist, na=False, lang=lang)
    defs["level_or_na"] = _level(checklist, na=True, lang=lang)
    defs["response"] = _response(na=False)
    defs["response_na"] = _response(na=True)
    items: dict[str, Any] = {}
    for item in checklist.items:
        items[item.id] = {
            "$ref": "#/$defs/response_na" if item.allow_na else "#/$defs/response",
            "description": t(
                "labelled",
                lang,
                label=f"{item.id} {text_in(item.title, lang)}",
                text=text_in(item.requirement, lang),
            ),
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": (
            "https://readiness.invalid/schemas/"
            f"{checklist.id}-{checklist.version}.assessment.schema.json"
        ),
        "title": t("schema.title", lang, title=text_in(checklist.title, lang)),
        "description": t("schema.description", lang, id=checklist.id),
        "type": "object",
        "additionalProperties": False,
        "required": ["checklist", "agency", "period", "assessed_on", "responses"],
        "properties": {
            "checklist": {"const": checklist.id},
            "checklist_version": {"$ref": "#/$defs/optional_text"},
            "agency": {
                "type": "object",
                "additionalProperties": False,
                "required": ["name", "country"],
                "properties": {
                    "name": {"$ref": "#/$defs/text"},
                    "unit": {"$ref": "#/$defs/optional_text"},
                    "country": {"$ref": "#/$defs/country"},
                },
            },
            "period": {"$ref": "#/$defs/period"},
            "assessed_on": {"$ref": "#/$defs/date"},
            "assessor": {
                "type": ["object", "null"],
                "additionalProperties": False,
                "properties": {
                    "name": {"$ref": "#/$defs/optional_text"},
                    "role": {"$ref": "#/$defs/optional_text"},
                },
            },
            "responses": {
                "type": "object",
                "additionalProperties": False,
                "required": [item.id for item in checklist.items],
                "properties": items,
            },
        },
        "$defs": defs,
    }
