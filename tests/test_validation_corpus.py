"""Folders of example assessments with their expected problems, line and column.

Each invalid/NAME.yaml has NAME.expected: one line per problem, in the order reported,
as `LINE:COL: severity: start of the message`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from readiness.core.problems import Problem
from readiness.reading.inputs import read_assessment

CORPUS = Path(__file__).parent / "data" / "assessments"
MINI = str(Path(__file__).parent / "data" / "checklists" / "mini.yaml")


def _ids(folder: str) -> list[Path]:
    return sorted((CORPUS / folder).glob("*.yaml"))


@pytest.mark.parametrize("path", _ids("valid"), ids=lambda p: p.stem)
def test_valid_examples_have_no_errors(path: Path) -> None:
    loaded = read_assessment(str(path), checklist_spec=MINI)
    assert loaded.valid, [p.format(path.name) for p in loaded.problems]
    assert loaded.assessment is not None
    assert len(loaded.assessment.responses) == 5


@pytest.mark.parametrize("path", _ids("invalid"), ids=lambda p: p.stem)
def test_invalid_examples_report_every_problem_where_it_is(path: Path) -> None:
    loaded = read_assessment(str(path), checklist_spec=MINI)
    assert not loaded.valid
    expected = path.with_suffix(".expected").read_text(encoding="utf-8").splitlines()
    got = [
        f"{p.line}:{p.column}: {p.severity}: {p.message}"
        for p in sorted(loaded.problems, key=Problem.sort_key)
    ]
    assert len(got) == len(expected), got
    for line, want in zip(got, expected, strict=True):
        assert line.startswith(want), (line, want)


def test_valid_examples_read_values_as_written() -> None:
    norway = read_assessment(
        str(CORPUS / "valid" / "norway-keys-and-labels.yaml"), checklist_spec=MINI
    ).assessment
    assert norway is not None
    assert norway.agency.country == "NO"
    assert norway.period == "2026"
    assert str(norway.assessed_on) == "2026-11-20"
    levels = {i: r.level for i, r in norway.responses.items()}
    assert levels == {"AAA-01": 3, "AAA-02": 2, "AAA-03": None, "BBB-01": 4, "BBB-02": 1}
    assert norway.responses["AAA-03"].na
    assert str(norway.responses["AAA-01"].evidence[0].date) == "2026-03-01"
    french = read_assessment(
        str(CORPUS / "valid" / "bom-french-labels.yaml"), checklist_spec=MINI
    ).assessment
    assert french is not None
    assert french.agency.country == "FR"  # 'fr' is accepted and normalised
    assert [r.level for r in french.responses.values()] == [3, 2, 1, 4, None]
    assert french.responses["AAA-01"].evidence[0].ref.startswith("=HYPERLINK")
