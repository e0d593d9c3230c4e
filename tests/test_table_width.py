"""Terminal tables fit the width: COLUMNS, else the terminal, else 100 (SPEC §16)."""

from __future__ import annotations

from conftest import EXAMPLES

from readiness.reports.table_width import fit_columns, terminal_width


def test_width_from_columns_else_100(monkeypatch):
    monkeypatch.setenv("COLUMNS", "72")
    assert terminal_width() == 72
    monkeypatch.delenv("COLUMNS")
    assert terminal_width() == 100  # pytest's stdout is not a terminal


def test_wrapped_columns_share_what_the_others_leave():
    headers = ["Item", "Title", "Level", "Action"]
    rows = [["PREV-01", "x" * 80, "1→3", "y" * 120]]
    widths = fit_columns(headers, rows, wrapped=(1, 3), width=80)
    assert widths[0] is None and widths[2] is None
    fixed = len("PREV-01") + len("Level")
    assert widths[1] + widths[3] + fixed + 2 * 3 <= 80
    # nothing to wrap when everything fits
    # (a column is at least its header plus two, as tabulate draws it)
    assert fit_columns(headers, [["A", "b", "c", "d"]], wrapped=(1, 3), width=80) == [
        None,
        7,
        None,
        8,
    ]


def test_assess_table_fits_and_lists_owner_and_due(monkeypatch):
    from click.testing import CliRunner

    from readiness.cli import cli

    for columns in (100, 120, 160):
        monkeypatch.setenv("COLUMNS", str(columns))
        result = CliRunner().invoke(
            cli, ["assess", "--no-excel", str(EXAMPLES / "critical-gaps.yaml")]
        )
        assert result.exit_code in (0, 4), result.output
        lines = result.output.splitlines()
        table = [ln for ln in lines if not ln.startswith(("  ", "= "))]
        assert max(len(ln) for ln in table) <= columns, columns
        header = next(ln for ln in lines if ln.startswith("Item "))
        assert "Owner" in header and "Due" in header
