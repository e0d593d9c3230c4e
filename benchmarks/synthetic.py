"""Synthetic assessments for the benchmarks: deterministic, varied, valid."""

from __future__ import annotations

import random
import shutil
import sysconfig
from pathlib import Path
from typing import Any

import yaml

from readiness.reading.checklists import DEFAULT_CHECKLIST, load_checklist

COUNTRIES = ["FR", "DE", "NO", "GB", "IE", "ES", "IT", "BR", "ZA", "KE", "PH", "CA", "NZ", "JP"]


def synthetic_assessment(index: int, seed: int = 2020) -> dict[str, Any]:
    rng = random.Random(seed * 1_000_003 + index)
    checklist = load_checklist(DEFAULT_CHECKLIST)
    responses: dict[str, Any] = {}
    for item in checklist.items:
        if item.allow_na and rng.random() < 0.1:
            responses[item.id] = {"level": "n/a", "justification": "Outside the unit's remit"}
            continue
        level = rng.choice([0, 1, 2, 2, 3, 3, 3, 4])
        entry: dict[str, Any] = {"level": level}
        if rng.random() < 0.85:
            entry["evidence"] = [
                f"Document {item.id}-{index}",
                {"ref": f"Review {item.id}", "date": f"2026-{rng.randint(1, 10):02d}-15"},
            ]
        if level < 3:
            entry["owner"] = f"Officer {rng.randint(1, 40)}"
            entry["due"] = f"2027-{rng.randint(1, 12):02d}-01"
            entry["notes"] = "Gap identified during the annual review; funding requested."
        responses[item.id] = entry
    return {
        "checklist": checklist.id,
        "checklist_version": checklist.version,
        "agency": {
            "name": f"Agency {index // 4}",
            "unit": f"Unit {index % 4}",
            "country": COUNTRIES[index % len(COUNTRIES)],
        },
        "period": f"2026-Q{1 + index % 4}",
        "assessed_on": f"2026-{1 + index % 11:02d}-{1 + index % 27:02d}",
        "assessor": {"name": f"Assessor {index}", "role": "Head of unit"},
        "responses": responses,
    }


def write_assessments(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"sub-{i:05d}.yaml"
        path.write_text(
            yaml.safe_dump(synthetic_assessment(i), allow_unicode=True, sort_keys=False),
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def readiness_executable() -> str:
    """The `readiness` command of this environment, for whole-process timings."""
    scripts = sysconfig.get_path("scripts")
    readiness = shutil.which("readiness", path=scripts) or shutil.which("readiness")
    if not readiness:
        raise SystemExit("needs `readiness` on PATH (pip install -e '.[test]')")
    return readiness
