"""SPEC §18: `readiness migrate one-file` (1.0.0 -> latest), as a whole process.

Target: under 0.5 s for one file, from a YAML file and from a questionnaire workbook.
Usage: python benchmarks/bench_migrate.py [REPEAT]
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A full 1.0.0 assessment: every item answered, with evidence, notes, owners and due dates.
SOURCE = ROOT / "examples" / "answered-1.0.0.yaml"


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    scripts = sysconfig.get_path("scripts")
    readiness = shutil.which("readiness", path=scripts) or shutil.which("readiness")
    if not readiness:
        raise SystemExit("needs `readiness` on PATH (pip install -e '.[test]')")
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
        times = {}
        for label, given in (("YAML", yaml_in), ("questionnaire", workbook_in)):
            runs = []
            for _ in range(repeat):
                start = time.perf_counter()
                done = subprocess.run(
                    [readiness, "migrate", str(given), "-o", str(folder / "out.yaml"), "--force"],
                    capture_output=True,
                    text=True,
                )
                runs.append(time.perf_counter() - start)
                if done.returncode != 0:
                    raise SystemExit(f"migrate failed:\n{done.stdout}{done.stderr}")
            times[label] = runs
    for label, runs in times.items():
        print(
            f"readiness migrate ({label:13}) median {statistics.median(runs) * 1000:7.1f} ms"
            f"   min {min(runs) * 1000:7.1f} ms   max {max(runs) * 1000:7.1f} ms"
        )
    print("target: under 500 ms for one file")


if __name__ == "__main__":
    main()
