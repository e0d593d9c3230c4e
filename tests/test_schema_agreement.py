"""The JSON Schema that `readiness checklist schema` prints and the validator agree (SPEC §12).

Both are generated from one table of accepted spellings (readiness.reading.spellings); this
test draws valid assessments and mutations of them (tests/schema_agreement_cases.py) and
checks that anything one accepts the other accepts, in both directions, with and without
format checking in the schema engine (the date shapes are patterns, not only `format`).
"""

from __future__ import annotations

import jsonschema
from conftest import MINI
from hypothesis import HealthCheck, assume, given, settings
from schema_agreement_cases import cases, schema_accepts, validator_accepts, validator_only

from readiness.reading.assessment_schema import assessment_schema
from readiness.reading.checklists import DEFAULT_CHECKLIST, load_checklist

CHECKLISTS = {"mini": load_checklist(str(MINI)), "builtin": load_checklist(DEFAULT_CHECKLIST)}
SCHEMAS = {name: assessment_schema(cl) for name, cl in CHECKLISTS.items()}
CHECKED = {
    name: jsonschema.Draft202012Validator(s, format_checker=jsonschema.FormatChecker())
    for name, s in SCHEMAS.items()
}
UNCHECKED = {name: jsonschema.Draft202012Validator(s) for name, s in SCHEMAS.items()}


def _agree(name: str, data: object) -> None:
    assume(not validator_only(data))
    ours, why = validator_accepts(data, CHECKLISTS[name])
    theirs, schema_why = schema_accepts(CHECKED[name], data)
    assert ours == theirs, f"validator {ours} {why} / schema {theirs} {schema_why}"
    without_formats, _ = schema_accepts(UNCHECKED[name], data)
    assert without_formats == theirs


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(CHECKLISTS["mini"]))
def test_schema_and_validator_agree_on_the_mini_checklist(data: object) -> None:
    _agree("mini", data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(CHECKLISTS["builtin"]))
def test_schema_and_validator_agree_on_the_builtin_checklist(data: object) -> None:
    _agree("builtin", data)
