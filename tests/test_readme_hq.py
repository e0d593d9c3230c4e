"""The README's full HQ cycle runs as written: roster in, consolidation, anonymised publication."""

from __future__ import annotations

import glob
import json
import re
import shlex
import shutil
from pathlib import Path

from click.testing import CliRunner
from conftest import ROOT
from openpyxl import load_workbook

from readiness.cli import cli


def _section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("#### A full HQ cycle")
    return text[start : text.index("**Outputs.**", start)]


def _blocks(section: str, kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", section, re.S)


def test_the_full_hq_cycle_runs_as_written(tmp_path, monkeypatch):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    section = _section()
    commands = _blocks(section, "sh")[0].strip().splitlines()
    assert len(commands) == 3
    outputs = []
    for line in commands:
        words = shlex.split(line)
        assert words[0] == "readiness"
        target = None
        if ">" in words:
            at = words.index(">")
            words, target = words[:at], words[at + 1]
        args = [match for word in words[1:] for match in (sorted(glob.glob(word)) or [word])]
        result = CliRunner().invoke(cli, args, env={"READINESS_LANG": "en"})
        assert result.exit_code == 0, (line, result.output)
        if target:
            Path(target).write_text(result.stdout, encoding="utf-8")
        outputs.append(result.stdout)
    # What the README shows the first command printing, line for line.
    shown = _blocks(section, "text")[0].strip().splitlines()
    printed = [line.rstrip() for line in outputs[0].splitlines()]
    for line in shown:
        assert line in printed, line
    assert load_workbook("HQ-2026-Q4.xlsx").sheetnames[:3] == ["Overview", "Regions", "Coverage"]
    assert "## Missing submitters (4)" in Path("HQ-2026-Q4.md").read_text(encoding="utf-8")
    public = json.loads(Path("HQ-2026-Q4-public.json").read_text(encoding="utf-8"))
    assert public["summary"]["anonymised"] is True
    assert [r["region"] for r in public["regions"]] == ["Other regions"]
    # Africa and Europe (one submission each), the Americas and Asia (none, on the roster).
    merged = ["Africa", "Americas", "Asia and South Pacific", "Europe"]
    assert public["regions"][0]["merged"] == merged
    assert (public["regions"][0]["expected"], public["regions"][0]["received"]) == (6, 2)
    text = json.dumps(public, ensure_ascii=False)
    for name in ("Coastal Region", "National Bureau", "Brigade", '"KE"', '"IE"', ".yaml"):
        assert name not in text, name
    assert "anonymised" in load_workbook("HQ-2026-Q4-public.xlsx").properties.title
