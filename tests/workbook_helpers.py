"""Helpers shared by the workbook tests: run the CLI, write and fill workbooks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from conftest import assessment_dict, write_yaml
from openpyxl import load_workbook

from readiness.cli import cli
from readiness.core.model import Checklist


def run(*args: str, lang: str = "en") -> Any:
    return CliRunner().invoke(cli, list(args), env={"READINESS_LANG": lang})


def rich_assessment(checklist: Checklist) -> dict[str, Any]:
    """An assessment using every feature, with text that looks like formulas."""
    items = [item.id for item in checklist.items]
    na_item = next(item.id for item in checklist.items if item.allow_na)
    first, second, third = [i for i in items if i != na_item][:3]
    overrides = {
        first: {
            "level": "partial",
            "evidence": [
                '=HYPERLINK("http://evil")',
                {"ref": "Board minutes | volume 2", "date": "2026-01-15"},
            ],
            "notes": "+33 1 23 45 67 89\nsecond line",
            "owner": "@head of unit",
            "due": "2026-03-31",
        },
        second: {"level": 1, "evidence": ["-minus first"], "due": "2027-06-30"},
        third: {"level": 4, "evidence": ["Roster 2026"], "notes": "Fête — «quotes» 'single'"},
        na_item: {"level": "n/a", "justification": "=not applicable here"},
    }
    data = assessment_dict(checklist, 3, overrides=overrides)
    data["agency"] = {"name": "Politiets enhet", "unit": "Nettenheten", "country": "NO"}
    data["assessor"] = {"name": "Kari Nordmann", "role": "-lead"}
    return data


def write_assessment(path: Path, data: dict[str, Any]) -> Path:
    return write_yaml(path, data)


def assess_json(path: Path, checklist_path: Path | None = None, *extra: str) -> dict[str, Any]:
    args = ["--checklist", str(checklist_path)] if checklist_path else []
    result = run(*args, "assess", str(path), "--no-excel", "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    data.pop("file")
    return data


def gap_report(
    yaml_path: Path,
    out: Path,
    checklist_path: Path | None = None,
    lang: str = "en",
    *extra: str,
) -> Path:
    args = ["--checklist", str(checklist_path)] if checklist_path else []
    result = run(*args, "--lang", lang, "assess", str(yaml_path), "-o", str(out), *extra)
    assert result.exit_code == 0, result.output
    assert out.is_file()
    return out


def named_cell(wb: Any, name: str) -> Any:
    """The cell a readiness defined name points at, in a normally opened workbook."""
    ((sheet, ref),) = list(wb.defined_names[name].destinations)
    return wb[sheet][ref.replace("$", "")]


def item_rows(wb: Any, column_name: str) -> dict[str, int]:
    """Item id -> row, below the header cell named `column_name`."""
    head = named_cell(wb, column_name)
    ws = head.parent
    rows = {}
    for r in range(head.row + 1, ws.max_row + 1):
        value = ws.cell(r, head.column).value
        if value:
            rows[str(value)] = r
    return rows


def fill_questionnaire(
    path: Path,
    fields: dict[str, Any] | None = None,
    answers: dict[str, dict[str, Any]] | None = None,
    out: Path | None = None,
) -> Path:
    """Type values into a questionnaire as a user would (openpyxl standing in for Excel)."""
    wb = load_workbook(path)
    for key, value in (fields or {}).items():
        named_cell(wb, f"readiness_q_{key}").value = value
    rows = item_rows(wb, "readiness_qcol_item")
    for item_id, answer in (answers or {}).items():
        for column, value in answer.items():
            head = named_cell(wb, f"readiness_qcol_{column}")
            head.parent.cell(rows[item_id], head.column).value = value
    target = out or path
    wb.save(target)
    return target


def answer_all(checklist: Checklist, level: Any = "3 - Implemented") -> dict[str, dict[str, Any]]:
    return {
        item.id: {"level": level, "evidence": f"Evidence for {item.id}"} for item in checklist.items
    }


TODAY = dt.date(2026, 11, 20)
