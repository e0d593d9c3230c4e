"""SPEC §18: `readiness migrate one-file` (1.0.0 -> latest), as a whole process.

Target: under 0.5 s for one file, from a YAML file and from a questionnaire workbook.
Usage: python benchmarks/bench_migrate.py [REPEAT]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A full 1.0.0 assessment: every item answered, with evidence, notes, owners and due dates.
SOURCE = ROOT / "examples" / "answered-1.0.0.yaml"


sys.path.insert(0, str(Path(__file__).parent))
from synthetic import readiness_executable  # noqa: E402


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    readiness = readiness_executable()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        yaml_in = folder / "unit.yaml"
        yaml_in.write_bytes(SOURCE.read_bytes())
        workbook_in = folder / "unit.xlsx"
        subprocess.run(
            [readiness, "convert", str(yaml_in), "-o", str(workbook_in)],
            check=True,
            capture_output=True,
        )
        out = str(folder / "out.yaml")
        cases = [
            ("migrate", "YAML", [readiness, "migrate", str(yaml_in), "-o", out, "--force"]),
            (
                "migrate",
                "questionnaire",
                [readiness, "migrate", str(workbook_in), "-o", out, "--force"],
            ),
            # What reading the same inputs costs alone: the floor migrate cannot go below.
            ("validate", "YAML", [readiness, "validate", str(yaml_in)]),
            ("validate", "questionnaire", [readiness, "validate", str(workbook_in)]),
        ]
        times = {}
        for command, label, argv in cases:
            runs = []
            for _ in range(repeat):
                start = time.perf_counter()
                done = subprocess.run(argv, capture_output=True, text=True)
                runs.append(time.perf_counter() - start)
                if done.returncode != 0:
                    raise SystemExit(f"{command} failed:\n{done.stdout}{done.stderr}")
            times[(command, label)] = runs
        in_process = _in_process(yaml_in, repeat)
    for (command, label), runs in times.items():
        print(
            f"readiness {command:8} ({label:13}) median {statistics.median(runs) * 1000:7.1f} ms"
            f"   min {min(runs) * 1000:7.1f} ms   max {max(runs) * 1000:7.1f} ms"
        )
    print(f"carrying the answers and writing the YAML, in process: {in_process * 1000:.1f} ms")
    print("target: migrate under 500 ms for one file")


def _in_process(yaml_in: Path, repeat: int) -> float:
    """The migration itself (crosswalk, rules, YAML text), without start-up or reading."""
    from readiness.core.crosswalk import migrate_responses
    from readiness.reading.crosswalks import migrate_checklists
    from readiness.reading.inputs import read_assessment
    from readiness.reports.yaml_migration import render_migrated_yaml

    loaded = read_assessment(str(yaml_in))
    assert loaded.assessment is not None and loaded.checklist is not None
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        newer, chain = migrate_checklists(loaded.checklist, None)
        migration = migrate_responses(loaded.assessment.responses, chain, loaded.checklist, newer)
        render_migrated_yaml(loaded.assessment, migration, "en")
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


if __name__ == "__main__":
    main()
