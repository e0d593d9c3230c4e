"""The JSON Schema of an assessment for one checklist (for editors' YAML plug-ins).

It narrows the generic schemas/assessment.schema.json: the checklist id, every item id
(all required), and the levels each item accepts (n/a only where the item allows it).
"""

from __future__ import annotations

import copy
from typing import Any

from readiness.core.model import Checklist, text_in
from readiness.reading.schema_problems import load_schema


def assessment_schema(checklist: Checklist, lang: str = "en") -> dict[str, Any]:
    schema = copy.deepcopy(load_schema("assessment.schema.json"))
    schema["$id"] = (
        f"https://readiness.invalid/schemas/{checklist.id}-{checklist.version}.assessment.schema.json"
    )
    schema["title"] = f"readiness self-assessment: {text_in(checklist.title, lang)}"
    props = schema["properties"]
    props["checklist"] = {"const": checklist.id}
    levels: list[Any] = [lv.value for lv in checklist.levels] + [lv.key for lv in checklist.levels]
    defs = schema["$defs"]
    defs["level"] = {"enum": levels}
    defs["level_or_na"] = {"enum": [*levels, "n/a"]}
    items: dict[str, Any] = {}
    for item in checklist.items:
        response = copy.deepcopy(defs["response"])
        if item.allow_na:
            response["properties"]["level"] = {"$ref": "#/$defs/level_or_na"}
        else:
            response["properties"]["level"] = {"$ref": "#/$defs/level"}
            response.pop("if", None)
            response.pop("then", None)
        response["description"] = (
            f"{item.id} {text_in(item.title, lang)}: {text_in(item.requirement, lang)}"
        )
        items[item.id] = response
    props["responses"] = {
        "type": "object",
        "additionalProperties": False,
        "required": [item.id for item in checklist.items],
        "properties": items,
    }
    return schema
