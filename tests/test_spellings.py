"""The table of accepted spellings (core/formats.py) and the strictness rules of SPEC §12."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import ROOT, assessment_dict

from readiness.core import formats
from readiness.core.formats import parse_level, parse_period
from readiness.core.model import Checklist
from readiness.reading.assessment_schema import assessment_schema
from readiness.reading.validation import validate_assessment


def _errors(data: dict[str, Any], checklist: Checklist) -> list[str]:
    _, problems = validate_assessment(data, checklist, lambda path, key: {})
    return [p.message for p in problems if p.is_error]


def _with_level(checklist: Checklist, level: Any) -> dict[str, Any]:
    return assessment_dict(checklist, overrides={"AAA-01": {"level": level, "evidence": ["x"]}})


def test_whitespace_is_exactly_what_strip_removes() -> None:
    every = "".join(chr(i) for i in range(0x110000) if chr(i).isspace())
    assert every == formats.WHITESPACE


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("3", 3),
        ("implemented", 3),
        ("IMPLEMENTED", 3),
        ("Implemented", 3),
        ("Mis en œuvre", 3),
        ("MIS EN ŒUVRE", 3),
        ("Pérennisé", 4),
        ("Pe\u0301rennise\u0301", 4),  # decomposed, as macOS writes it
        ("3 - Implemented", 3),
        ("3 - Mis en œuvre", 3),
        ("3: implemented", 3),
        ("1 – Prévu", 1),
        ("0-absent", 0),
    ],
)
def test_levels_accepted(mini: Checklist, text: str, level: int) -> None:
    assert parse_level(text, mini) == ("level", level)


@pytest.mark.parametrize(
    "text", ["3: absent", "3-4", "4 - absent", "3 - ", "٣", "３", " 3", "03", "3 3", "7 - Absent"]
)
def test_levels_refused(mini: Checklist, text: str) -> None:
    assert parse_level(text, mini) == ("bad", None)


def test_a_level_mixing_two_levels_says_so(mini: Checklist) -> None:
    (message,) = _errors(_with_level(mini, "4 - absent"), mini)
    assert "number 4 but the name of level 0" in message


def test_other_digits_are_named_with_what_to_write(mini: Checklist) -> None:
    (message,) = _errors(_with_level(mini, "٣"), mini)
    assert "digits other than 0-9" in message and "write 3" in message
    data = assessment_dict(mini, period="٢٠٢٦")
    (message,) = _errors(data, mini)
    assert "period '٢٠٢٦'" in message and "write 2026" in message
    data = assessment_dict(mini, assessed_on="２０２６-１１-２０")
    (message,) = _errors(data, mini)
    assert "write 2026-11-20" in message


@pytest.mark.parametrize(
    ("given", "stored"), [("2026-T4", "2026-Q4"), ("2026-S1", "2026-H1"), ("2026-q4", "2026-Q4")]
)
def test_french_periods_are_stored_canonical(mini: Checklist, given: str, stored: str) -> None:
    assert parse_period(given) == stored
    assessment, problems = validate_assessment(
        assessment_dict(mini, period=given), mini, lambda path, key: {}
    )
    assert assessment is not None and assessment.period == stored


@pytest.mark.parametrize("period", ["2026-T5", "2026-S3", "0000", "2026\n", 2026.5, 999])
def test_periods_refused(period: Any) -> None:
    assert parse_period(period) is None


def test_a_text_of_spaces_is_empty(mini: Checklist) -> None:
    data = assessment_dict(mini)
    data["agency"]["name"] = "  \u3000 "
    data["responses"]["AAA-03"] = {"level": "n/a", "justification": "   "}
    data["responses"]["AAA-01"]["evidence"] = [{"ref": "  "}, " "]
    errors = _errors(data, mini)
    assert any("agency.name is required" in e for e in errors)
    assert any("n/a needs a 'justification:'" in e for e in errors)
    assert any("ref is required" in e for e in errors)
    assert any("this evidence is empty" in e for e in errors)


def test_texts_are_nfc_normalised(mini: Checklist) -> None:
    data = assessment_dict(mini)
    data["agency"]["name"] = "Brigade des mine\u0301s"
    data["responses"]["AAA-01"]["evidence"] = ["Re\u0301sume\u0301", {"ref": "Cafe\u0301"}]
    assessment, _ = validate_assessment(data, mini, lambda path, key: {})
    assert assessment is not None
    assert assessment.agency.name == "Brigade des minés"
    assert [e.ref for e in assessment.responses["AAA-01"].evidence] == ["Résumé", "Café"]


@pytest.mark.parametrize("country", ["fr", "FR"])
def test_countries_in_either_case_are_stored_in_capitals(mini: Checklist, country: str) -> None:
    data = assessment_dict(mini)
    data["agency"]["country"] = country
    assessment, _ = validate_assessment(data, mini, lambda path, key: {})
    assert assessment is not None and assessment.agency.country == "FR"


@pytest.mark.parametrize("country", ["UK", "EU", "XX", "Fr", " FR", "GBR"])
def test_countries_refused(mini: Checklist, country: str) -> None:
    data = assessment_dict(mini)
    data["agency"]["country"] = country
    assert _errors(data, mini)


def test_the_shipped_schema_is_the_generated_one(builtin: Checklist) -> None:
    # schemas/assessment.schema.json is an artefact: `readiness checklist schema
    # interpol-csea-covid19 > schemas/assessment.schema.json` writes it again.
    shipped = json.loads((ROOT / "schemas" / "assessment.schema.json").read_text("utf-8"))
    assert shipped == assessment_schema(builtin)


def test_the_schema_uses_patterns_and_an_enum(builtin: Checklist) -> None:
    schema = assessment_schema(builtin)
    defs = schema["$defs"]
    assert "pattern" in defs["date"] and "pattern" in defs["period"]["anyOf"][0]
    assert "FR" in defs["country"]["enum"] and "UK" not in defs["country"]["enum"]


def test_level_labels_accepted_without_accents(builtin: Checklist) -> None:
    # SPEC §16: labels in every language, with or without accents; Arabic without its
    # short vowels and with the usual stand-in letters.
    for typed, level in (
        ("mis en oeuvre", 3),
        ("MIS EN ŒUVRE", 3),
        ("perennise", 4),
        ("Pérennisé", 4),
        ("3 - mis en oeuvre", 3),
        ("منفذ", 3),
        ("مُنفَّذ", 3),
        ("implementado", 3),
    ):
        assert parse_level(typed, builtin) == ("level", level), typed
    assert parse_level("mis en oeuvres", builtin) == ("bad", None)
