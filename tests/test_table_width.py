"""Terminal tables fit the width: COLUMNS, else the terminal, else 100 (SPEC §16)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from readiness.cli import cli
from readiness.reports.table_width import (
    MIN_WRAPPED,
    fit_columns,
    terminal_table,
    terminal_width,
    text_width,
    wrap_text,
)
from readiness.reports.terminal_text import inert

FSI, PDI = "\u2068", "\u2069"


def shown_width(line: str) -> int:
    """Columns a terminal gives the line: combining marks (Arabic vowels) and format
    characters (the isolates) take none. Written apart from text_width on purpose."""
    return sum(unicodedata.category(ch) not in ("Mn", "Me", "Cf") for ch in line)


def test_width_from_columns_else_100(monkeypatch):
    monkeypatch.setenv("COLUMNS", "72")
    assert terminal_width() == 72
    monkeypatch.delenv("COLUMNS")
    assert terminal_width() == 100  # pytest's stdout is not a terminal


def test_text_width_counts_what_a_terminal_shows():
    assert text_width("PREV-01") == 7
    assert text_width(f"{FSI}PREV-01{PDI}") == 7
    assert text_width("مقيَّد") == 4  # shadda and fatha sit on the letter
    assert text_width("日本") == 4


def test_wrapped_columns_share_what_the_others_leave():
    headers = ["Item", "Title", "Level", "Action"]
    rows = [["PREV-01", "x " * 40, "1→3", "y " * 60]]
    widths = fit_columns(headers, rows, wrapped=(1, 3), width=80)
    assert widths is not None
    assert widths[0] == len("PREV-01") and widths[2] == len("Level")
    assert sum(widths) + 2 * 3 == 80
    # nothing to wrap when everything fits: each column is its widest cell or header
    assert fit_columns(headers, [["A", "b", "c", "d"]], wrapped=(1, 3), width=80) == [4, 5, 5, 6]
    # too narrow for MIN_WRAPPED in each free-text column: no widths (records instead)
    assert fit_columns(headers, rows, wrapped=(1, 3), width=7 + 5 + 6 + 2 * MIN_WRAPPED) == [
        7,
        MIN_WRAPPED,
        5,
        MIN_WRAPPED,
    ]
    assert fit_columns(headers, rows, wrapped=(1, 3), width=17 + 2 * MIN_WRAPPED) is None


def test_short_columns_wrap_their_headers_before_giving_up():
    headers = ["Item", "Title", "With a gap", "At target"]
    rows = [["PREV-05", "Effect evaluated; priorities set from the threat assessment", "3/3", "0%"]]
    widths = fit_columns(headers, rows, wrapped=(1,), width=7 + 2 * 3 + MIN_WRAPPED + 4 + 6)
    assert widths == [7, MIN_WRAPPED, 4, 6]  # "With/a gap", "At/target"


def test_a_table_too_wide_becomes_records_that_fit():
    headers = ["Item", "Title", "Level", "Priority", "Flags", "Action", "Owner", "Due"]
    row = ["SHARE-01 !", "National connection to ICSE", "0→3", 30, "", "Ask the NCB " * 5]
    row += ["Deputy Regional Police Commander", "2027-06-30"]
    text = terminal_table([row], headers, wrapped=(1, 4, 5, 6), width=40)
    lines = text.splitlines()
    assert lines[0] == "SHARE-01 !  National connection to ICSE"
    assert lines[1] == "  Level: 0→3 · Priority: 30"  # short fields packed, each whole
    assert lines[2] == "  Due: 2027-06-30"
    assert "Flags" not in text  # an empty cell is left out
    assert max(len(line) for line in lines) <= 40


def test_wrapping_never_leaves_an_isolate_open():
    value = f"capped: {FSI}absent, planned, partial, implemented, sustained{PDI} end"
    lines = wrap_text(value, 20)
    assert len(lines) > 2
    assert all(line.count(FSI) == line.count(PDI) for line in lines)
    assert all(inert(line) == line for line in lines)  # the pairs reach the terminal
    indented = wrap_text(value, 20, subsequent="  ")
    assert all(line.startswith(("capped", f"  {FSI}")) for line in indented), indented


def test_wrapping_keeps_paths_and_ids_whole():
    lines = wrap_text("rules: examples/hq/follow-up-rules.yaml and PREV-01", 36)
    assert lines == ["rules:", "examples/hq/follow-up-rules.yaml and", "PREV-01"]


def _subs(tmp_path: Path) -> Path:
    folder = tmp_path / "subs"
    folder.mkdir()
    for name in ("critical-gaps.yaml", "near-ready.yaml", "brigade-fr.yaml"):
        (folder / name).write_bytes((EXAMPLES / name).read_bytes())
    text = (EXAMPLES / "near-ready.yaml").read_text(encoding="utf-8")
    long_name = "Direction centrale de la police judiciaire – Office mineurs (OFMIN), Nanterre"
    text = re.sub(r"(agency:\n  name: ).*", rf"\1'{long_name}'", text, count=1)
    (folder / "long-name.yaml").write_text(text, encoding="utf-8")
    return folder


COMMANDS = {
    "assess": lambda d: ["assess", str(EXAMPLES / "critical-gaps.yaml"), "--no-excel"],
    "compare": lambda d: [
        "compare",
        str(EXAMPLES / "critical-gaps.yaml"),
        str(EXAMPLES / "near-ready.yaml"),
    ],
    "aggregate": lambda d: [
        "aggregate",
        str(d),
        "--roster",
        str(EXAMPLES / "hq" / "roster.csv"),
        "--rules",
        str(EXAMPLES / "hq" / "follow-up-rules.yaml"),
        "--no-excel",
    ],
    "checklist-list": lambda d: ["checklist", "list"],
    "checklist-show": lambda d: ["checklist", "show", "interpol-csea-covid19"],
}


@pytest.mark.parametrize("columns", [80, 60])
@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_line_fits_the_terminal(command, lang, columns, tmp_path):
    args = COMMANDS[command](_subs(tmp_path))
    result = CliRunner().invoke(cli, ["--lang", lang, *args], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert len(lines) > 5
    too_long = [line for line in lines if shown_width(line) > columns]
    assert too_long == []
    # nothing escaped on the way: the isolates of Arabic reach the terminal as themselves
    assert "\\u2068" not in result.output


def test_assess_table_fits_and_lists_owner_and_due():
    for columns in (100, 120, 160):
        result = CliRunner().invoke(
            cli,
            ["assess", "--no-excel", str(EXAMPLES / "critical-gaps.yaml")],
            env={"COLUMNS": str(columns), "READINESS_LANG": "en"},
        )
        assert result.exit_code in (0, 4), result.output
        lines = result.output.splitlines()
        assert max(len(ln) for ln in lines) <= columns, columns
        header = next(ln for ln in lines if ln.startswith("Item "))
        assert "Owner" in header and "Due" in header


def test_assess_at_80_columns_lists_each_gap_as_a_record():
    result = CliRunner().invoke(
        cli,
        ["assess", "--no-excel", str(EXAMPLES / "critical-gaps.yaml")],
        env={"COLUMNS": "80", "READINESS_LANG": "en"},
    )
    lines = result.output.splitlines()
    first = lines.index(next(ln for ln in lines if ln.startswith("SHARE-01 !")))
    assert lines[first].startswith("SHARE-01 !  National connection to ICSE")
    assert lines[first + 1] == "    the unit"  # the title goes on under the id
    assert lines[first + 2] == "  Level: 0→3 · Priority: 30 · Due: 2027-06-30"
    assert any(ln.startswith("  Owner: Deputy Regional Police Commander") for ln in lines)
