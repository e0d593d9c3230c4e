"""The wheel carries checklists/ and schemas/: a plain install works outside the source tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

# Builds and installs a wheel: the slow loop only (`pytest -m "not slow"` skips it).
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_installs_and_runs_outside_the_source_tree(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    # --no-isolation: hatchling comes with the test extras, so no network is needed.
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    wheels = list(dist.glob("readiness-*.whl"))
    assert len(wheels) == 1
    import zipfile

    names = zipfile.ZipFile(wheels[0]).namelist()
    # Every published version ships, each in its own file.
    assert "readiness/checklists/interpol-csea-covid19/1.0.0.yaml" in names
    assert "readiness/checklists/interpol-csea-covid19/1.1.0.yaml" in names
    assert "readiness/checklists/interpol-csea-covid19/crosswalk-1.0.0-1.1.0.yaml" in names
    assert "readiness/schemas/assessment.schema.json" in names
    assert "readiness/schemas/checklist.schema.json" in names

    # A fresh venv that sees this environment's dependencies (a .pth line adds the folder
    # without running its .pth files, so the editable install of src/ stays out of it).
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "outer-deps.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheels[0])],
        check=True,
        capture_output=True,
    )
    work = tmp_path / "elsewhere"
    work.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env["READINESS_LANG"] = "en"
    # The installed package must come from the venv's site-packages, not from src/.
    where = subprocess.run(
        [str(python), "-c", "import readiness, sys; print(readiness.__file__)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert str(env_dir) in where and str(ROOT / "src") not in where
    readiness = env_dir / "bin" / "readiness"
    listed = subprocess.run(
        [str(readiness), "checklist", "list"], cwd=work, env=env, capture_output=True, text=True
    )
    assert listed.returncode == 0, listed.stderr
    # Both versions, read from the installed package: 31 items in 1.0.0, 34 in 1.1.0.
    rows = [line.split() for line in listed.stdout.splitlines()]
    versions = {row[1]: row for row in rows if row and row[0] == "interpol-csea-covid19"}
    assert set(versions) == {"1.0.0", "1.1.0"}
    assert "31" in versions["1.0.0"] and "34" in versions["1.1.0"]
    schema = subprocess.run(
        [str(readiness), "checklist", "schema", "interpol-csea-covid19"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
    )
    assert schema.returncode == 0
    assert "HELP-01" in json.loads(schema.stdout)["properties"]["responses"]["required"]
