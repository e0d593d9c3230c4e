"""SPEC §11: `readiness validate one.yaml` against `check-jsonschema` on the same file.

Both are timed as whole processes, each run REPEAT times; the figure that counts is
the ratio of medians (target: at most 0.5). Usage: python benchmarks/bench_validate.py [REPEAT]
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

import yaml

sys.path.insert(0, str(Path(__file__).parent))
from synthetic import write_assessments  # noqa: E402


def timed(cmd: list[str], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stdout}{done.stderr}")
    return times


def main() -> None:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    # The scripts of this interpreter's environment, not a version manager's shims.
    scripts = sysconfig.get_path("scripts")
    readiness = shutil.which("readiness", path=scripts) or shutil.which("readiness")
    checker = shutil.which("check-jsonschema", path=scripts) or shutil.which("check-jsonschema")
    if not readiness or not checker:
        raise SystemExit(
            "needs `readiness` and `check-jsonschema` on PATH (pip install -e '.[test]')"
        )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (one,) = write_assessments(folder, 1)
        responses = len(yaml.safe_load(one.read_text(encoding="utf-8"))["responses"])
        schema = folder / "schema.json"
        schema.write_text(
            subprocess.run(
                [readiness, "checklist", "schema", "interpol-csea-covid19"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout,
            encoding="utf-8",
        )
        ours = timed([readiness, "validate", str(one)], repeat)
        theirs = timed([checker, "--schemafile", str(schema), str(one)], repeat)
    m_ours, m_theirs = statistics.median(ours), statistics.median(theirs)
    print(f"file: one assessment, {responses} responses ({one.name})")
    print(f"readiness validate   median {m_ours * 1000:7.1f} ms   min {min(ours) * 1000:7.1f} ms")
    print(
        f"check-jsonschema     median {m_theirs * 1000:7.1f} ms   min {min(theirs) * 1000:7.1f} ms"
    )
    print(f"ratio (median)       {m_ours / m_theirs:.2f}   target <= 0.50")


if __name__ == "__main__":
    main()
