"""SPEC §14 and §18: `init --from` (target: under 0.5 s) and `assess REPORT.xlsx --audited`,
each as a whole process, on a synthetic assessment of the built-in checklist.

Cases: init --from a YAML file to YAML and to a questionnaire; init --from a gap report;
init --from a file of an older checklist version (through the crosswalk); assess --audited
of a gap report whose auditor cells and a few audit levels are filled in, with and without
the audited workbook. Usage: python benchmarks/bench_cycle.py [REPEAT]
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import readiness_executable, write_assessments  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OLDER = ROOT / "tests" / "data" / "assessments" / "v1.0.0" / "critical-gaps.yaml"


def _fill_audit(report: Path) -> None:
    """What an auditor does: name, role and date on the Summary, three audit levels."""
    from openpyxl import load_workbook

    wb = load_workbook(report)
    cells = {}
    for name in ("auditor_name", "auditor_role", "audit_date"):
        ((sheet, ref),) = list(wb.defined_names[f"readiness_{name}"].destinations)
        cells[name] = wb[sheet][ref.replace("$", "")]
    cells["auditor_name"].value = "Insp. J. Okafor"
    cells["auditor_role"].value = "Regional auditor"
    cells["audit_date"].value = dt.date(2026, 12, 10)
    ((sheet, ref),) = list(wb.defined_names["readiness_items_audit_level"].destinations)
    head = wb[sheet][ref.replace("$", "")]
    for row in range(head.row + 1, head.row + 4):
        wb[sheet].cell(row, head.column).value = 1
    wb.save(report)


def _time(cmd: list[str], repeat: int, cwd: str) -> list[float]:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd)
        runs.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stdout}{done.stderr}")
    return runs


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    readiness = readiness_executable()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (one,) = write_assessments(folder, 1)
        report = folder / "unit-gap-report.xlsx"
        subprocess.run(
            [readiness, "assess", str(one), "-o", str(report)], check=True, capture_output=True
        )
        _fill_audit(report)
        cases = {
            "init --from YAML -> YAML": ["init", "--from", str(one), "-o", "n.yaml", "--force"],
            "init --from YAML -> xlsx": ["init", "--from", str(one), "-o", "n.xlsx", "--force"],
            "init --from gap report -> YAML": [
                "init", "--from", str(report), "-o", "g.yaml", "--force",
            ],
            "init --from 1.0.0 (crosswalk)": [
                "init", "--from", str(OLDER), "-o", "o.yaml", "--force",
            ],
            "assess --audited, workbook": [
                "assess", str(report), "--audited", "-o", "audited.xlsx",
            ],
            "assess --audited --no-excel": ["assess", str(report), "--audited", "--no-excel"],
        }  # fmt: skip
        times = {label: _time([readiness, *args], repeat, tmp) for label, args in cases.items()}
    for label, runs in times.items():
        print(
            f"{label:32} median {statistics.median(runs) * 1000:7.1f} ms"
            f"   min {min(runs) * 1000:7.1f} ms   max {max(runs) * 1000:7.1f} ms"
        )
    print("target: init --from under 500 ms (SPEC §18)")


if __name__ == "__main__":
    main()
