"""Shared fixtures: checklists and assessment files to test with."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from readiness.core.model import Checklist
from readiness.reading.checklists import DEFAULT_CHECKLIST, load_checklist

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
MINI = DATA / "checklists" / "mini.yaml"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def mini_path() -> Path:
    return MINI


@pytest.fixture
def mini() -> Checklist:
    return load_checklist(str(MINI))


@pytest.fixture
def builtin() -> Checklist:
    return load_checklist(DEFAULT_CHECKLIST)


def assessment_dict(
    checklist: Checklist,
    level: Any = 3,
    *,
    evidence: bool = True,
    overrides: dict[str, dict[str, Any]] | None = None,
    **top: Any,
) -> dict[str, Any]:
    """A complete, valid assessment answering every item with `level` (and evidence)."""
    responses: dict[str, Any] = {}
    for item in checklist.items:
        entry: dict[str, Any] = {"level": level}
        if evidence:
            entry["evidence"] = [f"Evidence for {item.id}"]
        responses[item.id] = entry
    for item_id, entry in (overrides or {}).items():
        responses[item_id] = entry
    data: dict[str, Any] = {
        "checklist": checklist.id,
        "checklist_version": checklist.version,
        "agency": {"name": "Test Agency", "unit": "Online unit", "country": "FR"},
        "period": "2026-Q4",
        "assessed_on": dt.date(2026, 11, 20).isoformat(),
        "responses": responses,
    }
    data.update(top)
    return data


def write_yaml(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture
def make_assessment(tmp_path: Path):
    """make_assessment(checklist, name='a.yaml', level=3, **kw) -> path of a written YAML."""

    def make(checklist: Checklist, name: str = "a.yaml", level: Any = 3, **kw: Any) -> Path:
        return write_yaml(tmp_path / name, assessment_dict(checklist, level, **kw))

    return make


SOFFICE_INSTALL = "apt-get install -y --no-install-recommends libreoffice-calc-nogui"


def soffice_or_skip() -> str:
    """The LibreOffice binary. On a developer's machine without it, the test skips, naming
    the install command; under CI (CI set, as `.ci/run` runs) a missing LibreOffice fails."""
    import os
    import shutil

    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    message = f"LibreOffice (soffice) is needed for this test: {SOFFICE_INSTALL}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)
