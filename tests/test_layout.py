"""One column specification per table (workbooks/layout.py), shared by writer and reader:
what the writers put in the header row, the widths and the defined names is exactly the
specification, in every language, and the reader looks up exactly its named columns."""

from __future__ import annotations

import pytest
from conftest import assessment_dict, write_yaml
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from workbook_helpers import gap_report, named_cell, run

from readiness.i18n import t
from readiness.workbooks.layout import (
    GAP_ITEMS,
    ITEMS_COLUMNS,
    QUESTIONNAIRE_COLUMNS,
    QUESTIONNAIRE_OPTIONAL_COLUMNS,
    QUESTIONNAIRE_TABLE,
    QUESTIONNAIRE_TOP,
    Column,
    items_name,
    questionnaire_column_name,
    questionnaire_field_name,
)
from readiness.workbooks.style import header_widths


def _table_as_written(wb, columns: tuple[Column, ...], name_of, lang: str) -> None:
    first_named = next(c for c in columns if c.named)
    head = named_cell(wb, name_of(first_named.key))
    ws = head.parent
    row = head.row
    assert [ws.cell(row, i).value for i in range(1, len(columns) + 1)] == [
        t(c.header, lang) for c in columns
    ]
    assert ws.cell(row, len(columns) + 1).value is None  # nothing beyond the specification
    for i, c in enumerate(columns, start=1):
        # The specification's width, or its header's longest word when that is wider.
        (width,) = header_widths([t(c.header, lang)], [c.width])
        assert width >= c.width
        assert ws.column_dimensions[get_column_letter(i)].width == width, c.key
        if c.named:
            cell = named_cell(wb, name_of(c.key))
            assert (cell.parent.title, cell.row, cell.column) == (ws.title, row, i), c.key
        else:
            assert name_of(c.key) not in wb.defined_names, c.key


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_gap_report_items_sheet_is_its_specification(tmp_path, mini, mini_path, lang):
    unit = write_yaml(tmp_path / "unit.yaml", assessment_dict(mini))
    wb = load_workbook(gap_report(unit, tmp_path / "unit.xlsx", mini_path, lang))
    _table_as_written(wb, GAP_ITEMS, items_name, lang)


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ar"])
def test_questionnaire_is_its_specification(tmp_path, mini_path, lang):
    out = tmp_path / "q.xlsx"
    result = run("--checklist", str(mini_path), "--lang", lang, "init", "-o", str(out))
    assert result.exit_code == 0, result.output
    wb = load_workbook(out)
    # Without `init --from`, no carried-over column.
    table = tuple(c for c in QUESTIONNAIRE_TABLE if c.key != "carried_over")
    _table_as_written(wb, table, questionnaire_column_name, lang)
    for f in QUESTIONNAIRE_TOP:
        cell = named_cell(wb, questionnaire_field_name(f.key))
        assert cell.parent.cell(cell.row, 1).value == t(f.label, lang), f.key


def test_the_reader_looks_up_exactly_the_named_columns():
    assert tuple(c.key for c in GAP_ITEMS if c.named) == ITEMS_COLUMNS
    named = [c.key for c in QUESTIONNAIRE_TABLE if c.named]
    assert sorted(QUESTIONNAIRE_COLUMNS + QUESTIONNAIRE_OPTIONAL_COLUMNS) == sorted(named)
    # Every column the reader reads has a defined name to find it by, and keys are unique.
    assert all(c.named for c in QUESTIONNAIRE_TABLE if c.read)
    for table in (GAP_ITEMS, QUESTIONNAIRE_TABLE):
        assert len({c.key for c in table}) == len(table)
