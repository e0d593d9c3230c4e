"""Lossless conversion (SPEC §12): YAML → questionnaire → YAML and YAML → gap report → YAML
keep the fingerprint, whatever the texts hold: `|`, line breaks, dates in several forms,
control characters, the cell's own escape, and evidence longer than an Excel cell."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import MINI, assessment_dict, soffice_or_skip
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schema_agreement_cases import yaml_text
from workbook_helpers import run

from readiness.core.canonical import canonical_assessment, fingerprint
from readiness.core.model import Assessment
from readiness.reading.checklists import load_checklist
from readiness.reading.inputs import read_assessment
from readiness.reading.validation import validate_assessment
from readiness.workbooks.layout import (
    OVERFLOW_MARK,
    decode_text,
    encode_text,
    evidence_entries,
    evidence_text,
)
from readiness.workbooks.questionnaire import write_questionnaire

CHECKLIST = load_checklist(str(MINI))

PIECES = [
    "Minutes | 2026-01-15",
    "x | 31/12/2026",
    "report 2026-01-15",
    "15.01.2026",
    " | ",
    "|",
    "line\nbreak",
    "crlf\r\nend",
    "\x01\x07\x1f\x7f\x85",
    "\u2028\u2029",
    "\t",
    '"quoted"',
    '"',
    "\\u0041",
    "=SUM(A1)",
    "é",
    "e\u0301",
    "Ω",
    "😀",
    "\u00a0",
    OVERFLOW_MARK,
    OVERFLOW_MARK[1:],
    "",
]


def _text(max_pieces: int = 5) -> st.SearchStrategy[str]:
    piece = st.one_of(st.sampled_from(PIECES), st.text(max_size=6))
    return st.lists(piece, min_size=1, max_size=max_pieces).map("".join)


def _long() -> st.SearchStrategy[str]:
    return st.builds(
        lambda n, tail: "Long minutes " + "abc\x01 | " * n + tail,
        st.integers(1000, 3500),
        _text(2),
    )


@st.composite
def assessments(draw: st.DrawFn) -> Assessment:
    overrides: dict[str, Any] = {}
    for item in CHECKLIST.items:
        entries = draw(
            st.lists(
                st.one_of(
                    _text(),
                    _long(),
                    st.fixed_dictionaries({"ref": _text(), "date": st.just("2026-01-15")}),
                ),
                max_size=3,
            )
        )
        answer: dict[str, Any] = {
            "level": draw(st.sampled_from([0, 1, 2, 3, 4])),
            "evidence": entries,
        }
        for key in ("notes", "owner"):
            answer[key] = draw(st.one_of(st.none(), _text()))
        overrides[item.id] = answer
    data = assessment_dict(CHECKLIST, overrides=overrides)
    data["agency"]["name"] = draw(_text()) + "Agency"
    data["agency"]["unit"] = draw(st.one_of(st.none(), _text()))
    assessment, problems = validate_assessment(data, CHECKLIST, lambda path, key: {})
    if assessment is None:  # a generated text was only spaces: drop it and try as written
        for item in overrides.values():
            item["evidence"] = [e for e in item["evidence"] if _kept(e)]
            for key in ("notes", "owner"):
                if item[key] is not None and not item[key].strip():
                    item[key] = None
        data["agency"]["name"] = "Agency"
        data["agency"]["unit"] = None
        data["responses"] = {**data["responses"], **overrides}
        assessment, problems = validate_assessment(data, CHECKLIST, lambda path, key: {})
    assert assessment is not None, problems
    return assessment


def _kept(entry: Any) -> bool:
    ref = entry["ref"] if isinstance(entry, dict) else entry
    return bool(ref.strip())


def _fingerprint(a: Assessment) -> str:
    return fingerprint(canonical_assessment(a))


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(assessments())
def test_questionnaire_round_trip_keeps_the_fingerprint(tmp_path_factory, a: Assessment) -> None:
    path = tmp_path_factory.mktemp("q") / "q.xlsx"
    write_questionnaire(path, CHECKLIST, "en", assessment=a)
    loaded = read_assessment(str(path), checklist_spec=str(MINI))
    assert loaded.valid, loaded.problems
    assert loaded.fingerprint == _fingerprint(a)


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(assessments())
def test_gap_report_round_trip_keeps_the_fingerprint(tmp_path_factory, a: Assessment) -> None:
    folder = tmp_path_factory.mktemp("r")
    unit = folder / "unit.yaml"
    unit.write_text(yaml_text(canonical_assessment(a)), encoding="utf-8")
    report = folder / "report.xlsx"
    result = run("--checklist", str(MINI), "assess", str(unit), "-o", str(report))
    assert result.exit_code == 0, result.output
    loaded = read_assessment(str(report), checklist_spec=str(MINI))
    assert loaded.valid, loaded.problems
    assert loaded.fingerprint == _fingerprint(a)
    # And back to YAML with convert: the same assessment again.
    back = folder / "back.yaml"
    result = run("--checklist", str(MINI), "convert", str(report), "-o", str(back))
    assert result.exit_code == 0, result.output
    assert read_assessment(str(back), checklist_spec=str(MINI)).fingerprint == _fingerprint(a)


@pytest.mark.parametrize(
    "entry",
    [
        "Minutes | 2026-01-15",
        "x | 31/12/2026",
        "a\nb",
        "\x01",
        '"quoted"',
        OVERFLOW_MARK[1:],
        {"ref": "Minutes | 2026-01-15", "date": "2026-02-01"},
        {"ref": '"q"', "date": "2026-01-01"},
    ],
)
def test_evidence_cell_reads_back_as_written(entry: Any) -> None:
    assert evidence_entries(evidence_text([entry, "plain"])) == [entry, "plain"]


def test_a_cell_typed_by_hand_keeps_its_meaning() -> None:
    assert evidence_entries("Plan | 2026-02-01\nRoster") == [
        {"ref": "Plan", "date": "2026-02-01"},
        "Roster",
    ]
    assert decode_text("  plain  ") == "plain"
    assert encode_text("plain") == "plain"
    assert encode_text("bell\x07") == '"bell\\u0007"'


@pytest.mark.slow
def test_questionnaire_resaved_by_libreoffice_keeps_the_fingerprint(tmp_path: Path) -> None:
    soffice = soffice_or_skip()
    overrides = {
        "AAA-01": {
            "level": 3,
            "evidence": [
                "Minutes | 2026-01-15",
                "line\nbreak",
                "bell\x07 and \x1f",
                '"quoted"',
                {"ref": "Report | 15/01/2026", "date": "2026-02-01"},
                "Long " + "abc\x01 | " * 3000,
                "x" * 30_000,
            ],
            "notes": "two\nlines, a tab\there and \u2028",
        }
    }
    data = assessment_dict(CHECKLIST, overrides=overrides)
    a, problems = validate_assessment(data, CHECKLIST, lambda path, key: {})
    assert a is not None, problems
    path = tmp_path / "q.xlsx"
    write_questionnaire(path, CHECKLIST, "en", assessment=a)
    out = tmp_path / "saved"
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Error:" not in done.stdout + done.stderr
    loaded = read_assessment(str(out / "q.xlsx"), checklist_spec=str(MINI))
    assert loaded.valid, loaded.problems
    assert loaded.fingerprint == _fingerprint(a)
