"""JSON Schema errors turned into located, readable problems."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from readiness.core.problems import ERROR, Problem
from readiness.i18n import Listed, Message
from readiness.reading.yaml_loading import YamlDocument
from readiness.resources import schemas_dir


def dotted(path: tuple[Any, ...] | list[Any]) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


@cache
def load_schema(name: str) -> dict[str, Any]:
    with open(schemas_dir() / name, encoding="utf-8") as fh:
        schema: dict[str, Any] = json.load(fh)
    return schema


def validator_for(schema: dict[str, Any]) -> Any:
    import jsonschema  # heavy: imported only where a schema is checked

    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _describe(error: Any) -> tuple[str, tuple[Any, ...]]:
    path = tuple(error.absolute_path)
    kind = error.validator
    if kind == "additionalProperties":
        allowed = sorted((error.schema.get("properties") or {}).keys())
        extra = (
            sorted(set(error.instance) - set(allowed)) if isinstance(error.instance, dict) else []
        )
        key = extra[0] if extra else "?"
        return (
            Message("chk.schema_unknown_key", key=key, allowed=Listed(allowed)),
            (*path, key),
        )
    if kind == "required":
        return (
            Message(
                "chk.schema_required", field=error.message.split(" is a required")[0].strip("'")
            ),
            path,
        )
    if kind == "type":
        found = json.dumps(error.instance)[:60]
        return (Message("chk.schema_type", expected=error.validator_value, found=found), path)
    if kind == "oneOf" and error.schema.get("oneOf") and path and _is_text_schema(error.schema):
        return (Message("chk.schema_text"), path)
    if kind == "pattern":
        value = json.dumps(error.instance)[:60]
        return (Message("chk.schema_pattern", value=value, pattern=error.validator_value), path)
    return (error.message, path)


def _is_text_schema(schema: dict[str, Any]) -> bool:
    return any(s.get("type") == "string" for s in schema.get("oneOf", []))


def schema_problems(validator: Any, data: Any, doc: YamlDocument) -> list[Problem]:
    problems = []
    for error in validator.iter_errors(data):
        message, path = _describe(error)
        if error.validator == "additionalProperties":
            line, col = doc.key_position(path)
        else:
            line, col = doc.position(path)
        problems.append(Problem(ERROR, message, path=dotted(path), line=line, column=col))
    return problems
