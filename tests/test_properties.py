"""Property-based tests (hypothesis): the tool never crashes on mutated input, and
random valid assessments round-trip exactly."""

from __future__ import annotations

import json
from datetime import date as dt_date
from fractions import Fraction
from pathlib import Path

import pytest
import yaml
from conftest import MINI, assessment_dict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readiness.core.scoring import score_assessment
from readiness.reading.checklists import load_checklist
from readiness.reading.inputs import read_assessment
from readiness.reading.yaml_loading import load_yaml_bytes

CHECKLIST = load_checklist(str(MINI))
VALID_TEXT = yaml.safe_dump(assessment_dict(CHECKLIST), sort_keys=False).encode("utf-8")

TOKENS = [
    b":",
    b"- ",
    b"[",
    b"]",
    b"{",
    b"}",
    b"&a ",
    b"*a",
    b"!!str ",
    b"\t",
    b"\n",
    b"#",
    b"'",
    b'"',
    b"n/a",
    b"NO",
    b"2026-02-30",
    b"level: 9",
    b"\xff",
    b"\x00",
    b"---\n",
    b"AAA-0",
    b"  ",
    b"? ",
    b"|\n",
    b">-\n",
    b"%YAML 1.2\n",
    b"null",
    b"~",
    b"1e999",
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(VALID_TEXT)
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "replace", "flip"]))
        if action == "insert":
            data[pos:pos] = draw(st.sampled_from(TOKENS))
        elif action == "delete":
            data[pos : pos + draw(st.integers(1, 40))] = b""
        elif action == "replace":
            data[pos : pos + 1] = draw(st.sampled_from(TOKENS))
        elif data:
            i = min(pos, len(data) - 1)
            data[i] = draw(st.integers(0, 255))
    return bytes(data)


@pytest.mark.slow  # a big hypothesis run
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_mutated_files_never_crash(tmp_path_factory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "unit.yaml"
    path.write_bytes(data)
    loaded = read_assessment(str(path), checklist_spec=str(MINI))
    # Either a valid assessment that scores, or located problems: never an exception.
    if loaded.valid:
        assert loaded.assessment is not None
        result = score_assessment(CHECKLIST, loaded.assessment)
        assert result.score is None or 0 <= result.score <= 100
    else:
        assert any(p.is_error for p in loaded.problems)
        for p in loaded.problems:
            assert p.message
            assert p.line is None or p.line >= 1


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash_the_loader(data: bytes) -> None:
    doc = load_yaml_bytes(data)
    for p in doc.problems:
        assert p.message and p.severity == "error"
    # Whatever loads is plain data: only JSON types, nothing constructed from tags.
    json.dumps(doc.data, allow_nan=True)


levels = st.sampled_from(
    [0, 1, 2, 3, 4, "absent", "planned", "partial", "implemented", "sustained"]
)
text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)


@st.composite
def assessments(draw: st.DrawFn) -> dict:
    overrides = {}
    for item in CHECKLIST.items:
        entry: dict = {"level": draw(levels)}
        if item.allow_na and draw(st.booleans()):
            entry = {"level": "n/a", "justification": draw(text.filter(lambda s: s.strip()))}
        else:
            if draw(st.booleans()):
                entry["evidence"] = draw(st.lists(text.filter(lambda s: s.strip()), max_size=3))
            if draw(st.booleans()):
                entry["notes"] = draw(text)
        overrides[item.id] = entry
    return assessment_dict(CHECKLIST, overrides=overrides)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(assessments())
def test_random_assessments_score_as_the_oracle_says_and_deterministically(
    tmp_path_factory, data: dict
) -> None:
    path: Path = tmp_path_factory.mktemp("rand") / "unit.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    first = read_assessment(str(path), checklist_spec=str(MINI))
    assert first.valid, [p.message for p in first.problems]
    again = read_assessment(str(path), checklist_spec=str(MINI))
    assert first.fingerprint == again.fingerprint
    assert first.assessment is not None
    result = score_assessment(CHECKLIST, first.assessment)
    assert result.score is not None and 0 <= result.score <= 100
    assert [g.priority for g in result.gaps] == sorted(
        (g.priority for g in result.gaps), reverse=True
    )
    # The same figures from the raw data, by the oracle below (SPEC §6 written out again).
    score, maturity, rating, priorities = _oracle(data)
    assert (result.score, result.maturity, result.rating) == (score, maturity, rating)
    assert {g.id: g.priority for g in result.gaps} == priorities


# mini, by hand: item -> (weight, target, critical, evidence required).
_MINI = {
    "AAA-01": (3, 3, True, True),
    "AAA-02": (2, 3, False, False),
    "AAA-03": (1, 3, False, False),
    "BBB-01": (5, 4, False, False),
    "BBB-02": (4, 3, False, False),
}
_KEYS = {"absent": 0, "planned": 1, "partial": 2, "implemented": 3, "sustained": 4}


def _oracle(data: dict) -> tuple[Fraction, Fraction, str, dict[str, int]]:
    """Score, maturity, rating and gap priorities of a generated mini assessment."""
    weights = weighted = levels = Fraction(0)
    critical_short = critical_zero = False
    priorities = {}
    for item_id, (weight, target, critical, needs_evidence) in _MINI.items():
        answer = data["responses"][item_id]
        if answer["level"] == "n/a":
            continue
        level = _KEYS.get(answer["level"], answer["level"])
        if needs_evidence and level >= target and not answer.get("evidence"):
            level = target - 1
        weights += weight
        weighted += weight * Fraction(min(level, target), target)
        levels += weight * level
        gap = max(0, target - level)
        if gap:
            priorities[item_id] = weight * gap * (2 if critical else 1)
        critical_short |= critical and level < target
        critical_zero |= critical and level == 0
    score = 100 * weighted / weights
    rating = "ready" if score >= 85 else "partially_ready" if score >= 60 else "not_ready"
    if critical_short and rating == "ready":
        rating = "partially_ready"
    if critical_zero:
        rating = "not_ready"
    return score, levels / weights, rating, priorities


# --- YAML → gap report → re-read: identical results (added for the hostile-input issue) ---

_prefix = st.sampled_from(["", "=", "+", "-", "@", "=SUM(A1:A2)", "@head ", "-1+"])
# Any printable text, newlines included: formula look-alikes, accents, emoji, RTL, CJK.
_body = st.text(
    st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc")),
        st.sampled_from(["\n", "é", "Ω", "😀", "ש", "中", "'", '"', "|", "#", ":"]),
    ),
    max_size=25,
)
_tricky = st.builds(lambda p, b: p + b, _prefix, _body).filter(lambda s: s.strip() != "")
_dates = st.dates(min_value=dt_date(2019, 1, 1), max_value=dt_date(2026, 11, 20))


@st.composite
def rich_assessments(draw: st.DrawFn) -> dict:
    overrides = {}
    for item in CHECKLIST.items:
        if item.allow_na and draw(st.booleans()):
            entry: dict = {"level": "n/a", "justification": draw(_tricky)}
        else:
            entry = {"level": draw(levels)}
            evidence = draw(
                st.lists(
                    st.one_of(
                        _tricky,
                        st.builds(
                            lambda ref, day: {"ref": ref, "date": day.isoformat()},
                            _tricky,
                            _dates,
                        ),
                    ),
                    max_size=3,
                )
            )
            if evidence:
                entry["evidence"] = evidence
        if draw(st.booleans()):
            entry["notes"] = draw(_tricky)
        if draw(st.booleans()):
            entry["owner"] = draw(_tricky)
        if draw(st.booleans()):
            entry["due"] = draw(_dates).isoformat()
        overrides[item.id] = entry
    data = assessment_dict(CHECKLIST, overrides=overrides)
    data["agency"] = {"name": draw(_tricky), "unit": draw(_tricky), "country": "NO"}
    return data


@pytest.mark.slow  # a gap report written and read per example
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rich_assessments())
def test_yaml_gap_report_round_trip_gives_identical_results(tmp_path_factory, data: dict) -> None:
    from click.testing import CliRunner

    from readiness.cli import cli

    folder: Path = tmp_path_factory.mktemp("roundtrip")
    source = folder / "unit.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    report = folder / "unit.xlsx"
    runner = CliRunner()
    env = {"READINESS_LANG": "en"}
    first = runner.invoke(
        cli,
        ["--checklist", str(MINI), "assess", str(source), "--format", "json", "-o", str(report)],
        env=env,
    )
    assert first.exit_code == 0, first.output
    again = runner.invoke(cli, ["assess", str(report), "--format", "json", "--no-excel"], env=env)
    assert again.exit_code == 0, again.output
    from_yaml, from_report = json.loads(first.stdout), json.loads(again.stdout)
    assert from_yaml.pop("file") == str(source) and from_report.pop("file") == str(report)
    assert from_report == from_yaml
