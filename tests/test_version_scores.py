"""Existing 1.0.0 files keep their exact scores now that 1.1.0 is the latest (SPEC §13).

The reference figures in tests/data/assessments/v1.0.0/scores-before-versions.json were
computed by the code before versions existed (commit 97e55d7), on the 1.0.0 examples of that
time; generated files are scored both through the version they name and against the 1.0.0
file read as a plain custom checklist, which is what scoring did before the move.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import DATA, write_yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readiness.core.scoring import score_assessment
from readiness.reading.checklists import DEFAULT_CHECKLIST, builtin_path, load_checklist
from readiness.reading.inputs import read_assessment

V100 = DATA / "assessments" / "v1.0.0"
BEFORE = json.loads((V100 / "scores-before-versions.json").read_text(encoding="utf-8"))
OLD = load_checklist(f"{DEFAULT_CHECKLIST}@1.0.0")
OLD_AS_FILE = load_checklist(str(builtin_path(DEFAULT_CHECKLIST, "1.0.0")))


def _figures(file: Path) -> dict:
    loaded = read_assessment(str(file))
    assert loaded.valid and loaded.checklist is not None and loaded.assessment is not None
    assert loaded.checklist.version == "1.0.0"
    r = score_assessment(loaded.checklist, loaded.assessment)
    return {
        "score": str(r.score),
        "maturity": str(r.maturity),
        "rating": r.rating,
        "items": {i.item.id: [i.effective_level, sorted(i.flags)] for i in r.items},
    }


@pytest.mark.parametrize("name", sorted(BEFORE))
def test_1_0_0_examples_score_exactly_as_before(name):
    assert _figures(V100 / name) == BEFORE[name]


LEVELS = st.one_of(st.integers(0, 4), st.sampled_from(["n/a", "implemented", "planned"]))


@st.composite
def old_assessment(draw: st.DrawFn) -> dict:
    responses = {}
    for item in OLD.items:
        level = draw(LEVELS)
        if level == "n/a" and not item.allow_na:
            level = draw(st.integers(0, 4))
        entry: dict = {"level": level}
        if level == "n/a":
            entry["justification"] = "Not our remit"
        if draw(st.booleans()):
            day = draw(st.dates(dt.date(2024, 1, 1), dt.date(2026, 11, 20)))
            entry["evidence"] = [{"ref": f"Doc {item.id}", "date": day.isoformat()}]
        if draw(st.booleans()):
            entry["due"] = draw(st.dates(dt.date(2026, 1, 1), dt.date(2027, 12, 31))).isoformat()
        responses[item.id] = entry
    return {
        "checklist": OLD.id,
        "checklist_version": "1.0.0",
        "agency": {"name": "Unit", "country": "FR"},
        "period": "2026-Q4",
        "assessed_on": "2026-11-20",
        "responses": responses,
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old_assessment())
def test_generated_1_0_0_files_score_as_against_the_1_0_0_file(tmp_path_factory, data):
    path = write_yaml(tmp_path_factory.mktemp("v100") / "unit.yaml", data)
    loaded = read_assessment(str(path))
    assert loaded.valid and loaded.assessment is not None and loaded.checklist is not None
    assert loaded.checklist.version == "1.0.0"
    now = score_assessment(loaded.checklist, loaded.assessment)
    before = score_assessment(
        OLD_AS_FILE,
        read_assessment(
            str(path), checklist_spec=str(builtin_path(DEFAULT_CHECKLIST, "1.0.0"))
        ).assessment,
    )  # type: ignore[arg-type]
    assert (now.score, now.maturity, now.rating) == (before.score, before.maturity, before.rating)
    assert [(i.effective_level, i.flags) for i in now.items] == [
        (i.effective_level, i.flags) for i in before.items
    ]
