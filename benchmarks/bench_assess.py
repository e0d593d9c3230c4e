"""SPEC §11: `readiness assess one.yaml` with the gap-report workbook, as a whole process.

Target: under 1 s. Usage: python benchmarks/bench_assess.py [REPEAT]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import readiness_executable, write_assessments  # noqa: E402


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    readiness = readiness_executable()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (one,) = write_assessments(folder, 1)
        report = folder / "report.xlsx"
        times = {}
        for label, extra in (
            ("with workbook", ["-o", str(report)]),
            ("--no-excel", ["--no-excel"]),
        ):
            runs = []
            for _ in range(repeat):
                start = time.perf_counter()
                done = subprocess.run(
                    [readiness, "assess", str(one), *extra], capture_output=True, text=True, cwd=tmp
                )
                runs.append(time.perf_counter() - start)
                if done.returncode != 0:
                    raise SystemExit(f"assess failed:\n{done.stdout}{done.stderr}")
            times[label] = runs
        size = report.stat().st_size
    for label, runs in times.items():
        print(
            f"readiness assess ({label:13}) median {statistics.median(runs) * 1000:7.1f} ms"
            f"   min {min(runs) * 1000:7.1f} ms   max {max(runs) * 1000:7.1f} ms"
        )
    print(f"gap report size: {size:,} bytes; target: under 1000 ms with the workbook")


if __name__ == "__main__":
    main()
