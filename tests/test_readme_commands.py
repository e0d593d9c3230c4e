"""Every command block of the README runs as written (SPEC §17).

The README's `sh` blocks are run in order, as one session, in a fresh folder holding a copy
of `examples/` and `checklists/`: a block may use what an earlier block wrote, as a reader
following the README would. Each line must exit 0, or the code its comment announces
(`# exits 4 …`). Set-up, test and benchmark lines (python, pip, pytest) are run by CI itself
and the wheel test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SKIP_FIRST_WORDS = ("python", "python3", "pip", "pytest")
EXPECTED_EXIT = re.compile(r"#.*\bexits? (\d)\b")


def readme_commands() -> list[tuple[int, str]]:
    """(line number, command) for every command line of every `sh` block, in order."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    out: list[tuple[int, str]] = []
    in_block = False
    for number, line in enumerate(lines, start=1):
        if line.startswith("```"):
            in_block = line.strip() == "```sh" and not in_block
            continue
        text = line.strip()
        if (
            in_block
            and text
            and not text.startswith("#")
            and text.split()[0] not in SKIP_FIRST_WORDS
        ):
            out.append((number, text))
    return out


COMMANDS = readme_commands()


def test_the_readme_has_commands_to_run() -> None:
    assert len(COMMANDS) >= 20
    assert all(command.split()[0] in {"readiness", "mkdir", "cp", "cd"} for _, command in COMMANDS)


@pytest.mark.slow
def test_every_readme_command_runs_as_written(tmp_path: Path) -> None:
    session = tmp_path / "session"
    shutil.copytree(ROOT / "examples", session / "examples")
    shutil.copytree(ROOT / "checklists", session / "checklists")
    bin_dir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),
        "READINESS_LANG": "en",
        "COLUMNS": "100",
    }
    failures = []
    for number, command in COMMANDS:
        match = EXPECTED_EXIT.search(command)
        expected = int(match.group(1)) if match else 0
        done = subprocess.run(
            ["bash", "-c", command],
            cwd=session,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != expected:
            failures.append(
                f"README.md:{number}: {command}\n  exit {done.returncode}, expected {expected}\n"
                f"  {done.stderr.strip()[-600:]}"
            )
    assert not failures, "\n".join(failures)
