"""Reading assessments from workbooks: a filled questionnaire, or a gap report (SPEC §7–8).

Workbooks are untrusted: the archive is checked before anything is unpacked and the XML is
parsed through defusedxml (workbook_safety.py). Cells are found through the hidden
`readiness` sheet and the workbook's defined names, never through titles or headers, so a
workbook is read back in any language (workbook_layout.py).

- A questionnaire's cells become the same data a YAML file holds, and are checked by the
  same validation; every problem is reported at its sheet and cell.
- A gap report is re-read from the canonical assessment and the checklist embedded in it,
  whose fingerprints must still match (an edit there is an error). A declared level changed
  in the visible Items sheet is a warning at that cell: the embedded value wins. The
  auditor's columns go to `extras["audit"]`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from readiness import limits
from readiness.core.canonical import fingerprint
from readiness.core.loaded import KIND_GAP_REPORT, KIND_QUESTIONNAIRE, LoadedAssessment
from readiness.core.model import Checklist
from readiness.core.problems import ERROR, WARNING, InputError, Problem
from readiness.i18n import Message
from readiness.internal_errors import raised_while_parsing
from readiness.reading.checklists import (
    builtin_versions,
    checklist_from_data,
    checklist_problems_in,
    choose_checklist,
    is_builtin_spec,
    load_checklist,
    split_spec,
)
from readiness.reading.schema_problems import dotted
from readiness.reading.validation import (
    PathT,
    level_choices,
    parse_level,
    validate_assessment,
)
from readiness.reading.workbook_safety import (
    WorkbookError,
    describe_read_error,
    has_formulas,
    open_workbook,
    workbook_bytes,
)
from readiness.workbooks.layout import (
    AUDITOR_FIELDS,
    FORMAT_VERSION,
    GAP_ITEMS,
    ITEMS_COLUMNS,
    KEYWORD_COMPARISON,
    KEYWORD_CONSOLIDATION,
    META_ASSESSMENT_FINGERPRINT,
    META_ASSESSMENT_JSON,
    META_AUDIT_RECORD,
    META_CHECKLIST_FINGERPRINT,
    META_CHECKLIST_ID,
    META_CHECKLIST_JSON,
    META_CHECKLIST_VERSION,
    META_DECLARED_FINGERPRINT,
    META_DECLARED_JSON,
    META_FORMAT,
    META_KIND,
    META_SHEET,
    NAME_PREFIX,
    NAME_SUMMARY,
    OVERFLOW_MARK,
    QUESTIONNAIRE_COLUMNS,
    QUESTIONNAIRE_FIELDS,
    QUESTIONNAIRE_OPTIONAL_COLUMNS,
    QUESTIONNAIRE_TABLE,
    QUESTIONNAIRE_TOP,
    READ_DATE,
    READ_EVIDENCE,
    READ_ID,
    READ_LEVEL,
    READ_TEXT,
    Column,
    auditor_name,
    decode_text,
    evidence_entries,
    items_name,
    join_cell,
    overflow_key,
    questionnaire_column_name,
    questionnaire_field_name,
)

# Embedded JSON (the canonical assessment, the checklist): the YAML limit, with room for
# JSON's escapes.
MAX_EMBEDDED_JSON_CHARS = 4 * limits.MAX_YAML_BYTES
# Meta rows: a handful are written; anything far beyond is not ours.
MAX_META_ROWS = 200 + limits.MAX_WORKBOOK_ROWS  # with the continuations of long texts


def _not_an_assessment(wb: Any) -> Message:
    """What a workbook without the hidden sheet is, and what to give instead."""
    keywords = str(getattr(wb.properties, "keywords", None) or "")
    if keywords.startswith(KEYWORD_COMPARISON):
        return Message("wb.comparison_workbook")
    if keywords.startswith(KEYWORD_CONSOLIDATION):
        return Message("wb.consolidation_workbook")
    return Message("wb.not_ours", sheet=META_SHEET)


@dataclass
class _Sheet:
    title: str
    rows: list[tuple[Any, ...]]

    def value(self, row: int, col: int) -> Any:
        """1-based; None outside what was read."""
        if 1 <= row <= len(self.rows):
            values = self.rows[row - 1]
            if 1 <= col <= len(values):
                return values[col - 1]
        return None


@dataclass
class _Book:
    """Everything read from the workbook, as plain data; the workbook is closed by then."""

    meta: dict[str, list[Any]] = field(default_factory=dict)
    meta_rows: dict[str, int] = field(default_factory=dict)
    # defined name -> (sheet title, column, row)
    names: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    sheets: dict[str, _Sheet] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def meta_value(self, key: str) -> Any:
        values = self.meta.get(key) or [None]
        return values[0]


def _cell_ref(col: int, row: int) -> str:
    from openpyxl.utils import get_column_letter

    return f"{get_column_letter(col)}{row}"


def read_workbook_assessment(
    result: LoadedAssessment,
    data: bytes | None = None,
    *,
    checklist_spec: str | None = None,
    allow_incomplete: bool = False,
) -> LoadedAssessment:
    """Fill `result` (kind, checklist, assessment, problems, extras) from a workbook: its
    bytes when they were read already, else the file."""
    try:
        book = _read_book(Path(result.file) if data is None else data)
    except WorkbookError as exc:
        result.problems.extend(exc.problems)
        return result
    result.problems.extend(book.problems)
    if any(p.is_error for p in book.problems):
        return result
    kind = book.meta_value(META_KIND)
    if kind == KIND_GAP_REPORT:
        result.kind = KIND_GAP_REPORT
        _gap_report(result, book, checklist_spec, allow_incomplete)
    elif kind == KIND_QUESTIONNAIRE:
        result.kind = KIND_QUESTIONNAIRE
        _questionnaire(result, book, checklist_spec, allow_incomplete)
    else:
        result.problems.append(
            Problem(
                ERROR,
                Message("wb.other_kind", kind=str(kind)) if kind else Message("wb.no_kind"),
                sheet=META_SHEET,
                cell=f"B{book.meta_rows.get(META_KIND, 1)}",
            )
        )
    return result


# --- reading the workbook ------------------------------------------------------------------


def _read_book(source: Path | bytes) -> _Book:
    import warnings

    # openpyxl warns (file, line and source) about parts it skips in a damaged workbook;
    # what matters to the user comes back as problems.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        data = workbook_bytes(source)
        wb = open_workbook(data)
        try:
            book = _collect(wb)
            if has_formulas(data):
                formulas = open_workbook(data, data_only=False)
                try:
                    _find_unsaved_formulas(formulas, book)
                finally:
                    formulas.close()
            return book
        except WorkbookError:
            raise
        except Exception as exc:  # read-only parsing is lazy: a damaged part fails here
            if not raised_while_parsing(exc):
                raise  # a bug in readiness, not a damaged workbook
            raise WorkbookError([Problem(ERROR, describe_read_error(exc))]) from exc
        finally:
            wb.close()


def _collect(wb: Any) -> _Book:
    book = _Book()
    if META_SHEET not in wb.sheetnames:
        raise WorkbookError([Problem(ERROR, _not_an_assessment(wb))])
    for r, values in enumerate(wb[META_SHEET].iter_rows(values_only=True), start=1):
        if r > MAX_META_ROWS:
            break
        if values and isinstance(values[0], str) and values[0] not in book.meta:
            vals = list(values[1:])
            while vals and vals[-1] is None:
                vals.pop()
            book.meta[values[0]] = vals
            book.meta_rows[values[0]] = r
    fmt = book.meta_value(META_FORMAT)
    if isinstance(fmt, (int, float)) and fmt > FORMAT_VERSION:
        raise WorkbookError([Problem(ERROR, Message("wb.newer_format", format=fmt))])
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    for name, defined in wb.defined_names.items():
        if not name.startswith(NAME_PREFIX):
            continue
        try:
            destinations = list(defined.destinations)
        except Exception as exc:  # a #REF! left by a deleted row or column
            if not raised_while_parsing(exc):
                raise
            continue
        if len(destinations) != 1:
            continue
        sheet, ref = destinations[0]
        # A quote in a sheet name is doubled in a reference ('Réponses de l''unité'!$C$5);
        # openpyxl strips the outer quotes but leaves the inner ones doubled.
        sheet = sheet.replace("''", "'")
        try:
            letters, row = coordinate_from_string(ref.replace("$", "").split(":")[0])
        except ValueError:
            continue
        column = column_index_from_string(letters)
        # Far right is not ours: every row would be read that wide (memory).
        if column > limits.MAX_WORKBOOK_COLUMNS:
            continue
        book.names[name] = (sheet, column, row)
    wanted: dict[str, int] = {}
    for sheet, col, _ in book.names.values():
        wanted[sheet] = max(wanted.get(sheet, 0), col)
    for sheet, max_col in wanted.items():
        if sheet not in wb.sheetnames or sheet == META_SHEET:
            continue
        rows: list[tuple[Any, ...]] = []
        for r, values in enumerate(
            wb[sheet].iter_rows(min_row=1, max_col=max_col, values_only=True), start=1
        ):
            if r > limits.MAX_WORKBOOK_ROWS:
                book.problems.append(
                    Problem(
                        WARNING,
                        Message("wb.rows_not_read", n=limits.MAX_WORKBOOK_ROWS),
                        sheet=sheet,
                    )
                )
                break
            rows.append(tuple(values))
        book.sheets[sheet] = _Sheet(sheet, rows)
    return book


def _find_unsaved_formulas(wb: Any, book: _Book) -> None:
    """A formula whose result was never saved (a file written by a program, not saved by
    Excel) reads as None, like an empty cell: say so at its cell instead of "empty".
    `wb` is the same workbook opened for formulas, not values."""
    for title, sheet in book.sheets.items():
        width = max((len(r) for r in sheet.rows), default=0)
        if not width:
            continue
        for r, cells in enumerate(
            wb[title].iter_rows(min_row=1, max_row=len(sheet.rows), max_col=width), start=1
        ):
            for cell in cells:
                column = getattr(cell, "column", None)
                if getattr(cell, "data_type", None) != "f" or column is None:
                    continue
                if sheet.value(r, column) is None:
                    book.problems.append(
                        Problem(
                            ERROR,
                            Message("wb.formula_without_value"),
                            sheet=title,
                            cell=_cell_ref(column, r),
                        )
                    )


def _named(
    book: _Book, name: str, what: Message, problems: list[Problem]
) -> tuple[_Sheet, int, int] | None:
    """The sheet, column and row a defined name points at; a problem when it is lost."""
    found = book.names.get(name)
    if found is None or found[0] not in book.sheets:
        problems.append(Problem(ERROR, Message("wb.lost_named_cell", what=what, name=name)))
        return None
    sheet, col, row = found
    return book.sheets[sheet], col, row


def _all_named(
    book: _Book,
    keys: Iterable[str],
    name_of: Callable[[str], str],
    what: Callable[[str], Message],
    problems: list[Problem],
) -> dict[str, tuple[_Sheet, int, int]]:
    """Where each key's defined name points; a problem for each one lost (`what` names
    the cell or column of a key as the user sees it)."""
    found_all: dict[str, tuple[_Sheet, int, int]] = {}
    for key in keys:
        found = _named(book, name_of(key), what(key), problems)
        if found is not None:
            found_all[key] = found
    return found_all


# How a lost cell or column is named to the user: by its label or header, as in the sheet.
_FIELD_LABELS = {f.key: f.label for f in QUESTIONNAIRE_TOP}
_QUESTIONNAIRE_HEADERS = {c.key: c.header for c in QUESTIONNAIRE_TABLE}
_ITEMS_HEADERS = {c.key: c.header for c in GAP_ITEMS}


def _field_cell(key: str) -> Message:
    return Message("wb.what_cell", label=Message(_FIELD_LABELS[key]))


def _questionnaire_column(key: str) -> Message:
    return Message("wb.what_column", label=Message(_QUESTIONNAIRE_HEADERS[key]))


def _items_column(key: str) -> Message:
    return Message(
        "wb.what_items_column", sheet=Message("items"), label=Message(_ITEMS_HEADERS[key])
    )


def _too_long(value: Any) -> bool:
    return isinstance(value, str) and len(value) > limits.MAX_STRING_CHARS


def _as_text(value: Any) -> str | None:
    """A cell as text: numbers without a spurious '.0', dates as YYYY-MM-DD."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def _as_date(value: Any) -> Any:
    """Date cells: a real date stays a date; text goes to the validator as typed."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return _as_text(value)


# --- questionnaire -------------------------------------------------------------------------


_Where = tuple[_Sheet, int, int]  # a named cell: its sheet, column and row


def _questionnaire(
    result: LoadedAssessment,
    book: _Book,
    checklist_spec: str | None,
    allow_incomplete: bool,
) -> None:
    found = _questionnaire_cells(book, result.problems)
    if found is None:
        return
    fields, columns = found
    declared = book.meta_value(META_CHECKLIST_ID)
    declared_version = _as_text(book.meta_value(META_CHECKLIST_VERSION))
    checklist, cl_problems = choose_checklist(declared, checklist_spec, declared_version)
    s, c, r = fields["checklist"]
    result.problems.extend(
        dataclasses.replace(p, sheet=s.title, cell=_cell_ref(c, r)) if p.sheet is None else p
        for p in cl_problems
    )
    if checklist is None:
        return
    result.checklist = checklist

    too_long: list[Problem] = []
    data: dict[str, Any] = {"checklist": declared if isinstance(declared, str) else None}
    version = _as_text(book.meta_value(META_CHECKLIST_VERSION))
    if version:
        data["checklist_version"] = version
    data.update(_top_data(book, fields, too_long))
    responses, item_rows = _responses(columns, result.problems, too_long, book.meta)
    data["responses"] = responses
    result.problems.extend(too_long)

    locate = _questionnaire_locator(fields, columns, item_rows)
    assessment, v_problems = validate_assessment(
        data, checklist, locate, allow_incomplete=allow_incomplete
    )
    result.problems.extend(v_problems)
    if not any(p.is_error for p in result.problems):
        result.assessment = assessment


def _questionnaire_cells(
    book: _Book, problems: list[Problem]
) -> tuple[dict[str, _Where], dict[str, _Where]] | None:
    """Where each top field and each answer column is, through their defined names."""
    lost: list[Problem] = []
    fields = _all_named(book, QUESTIONNAIRE_FIELDS, questionnaire_field_name, _field_cell, lost)
    columns = _all_named(
        book, QUESTIONNAIRE_COLUMNS, questionnaire_column_name, _questionnaire_column, lost
    )
    if lost:
        problems.extend(lost)
        return None
    # Columns added later: read when the workbook has them (written by a newer readiness).
    for key in QUESTIONNAIRE_OPTIONAL_COLUMNS:
        where = book.names.get(questionnaire_column_name(key))
        if where is not None and where[0] in book.sheets:
            columns[key] = (book.sheets[where[0]], where[1], where[2])
    sheet, _, header_row = columns["item"]
    if any(s.title != sheet.title or r != header_row for s, _, r in columns.values()):
        problems.append(Problem(ERROR, Message("wb.columns_not_aligned"), sheet=sheet.title))
        return None
    return fields, columns


def _top_data(book: _Book, fields: dict[str, _Where], too_long: list[Problem]) -> dict[str, Any]:
    """The agency, period, date and assessor typed in at the top, as assessment data."""
    data: dict[str, Any] = {}
    for f in QUESTIONNAIRE_TOP:
        if f.read not in (READ_TEXT, READ_DATE):
            continue
        s, c, r = fields[f.key]
        value = s.value(r, c)
        if f.read == READ_DATE:
            value = _as_date(value)
        elif _too_long(value):
            too_long.append(_long_problem(s.title, _cell_ref(c, r)))
            value = None
        else:
            value = _whole_cell(value, book.meta.get(overflow_key(f.key)), s.title, c, r, too_long)
            value = _as_text(decode_text(value) if isinstance(value, str) else value)
        parent = data
        for part in f.path[:-1]:
            parent = parent.setdefault(part, {})
        parent[f.path[-1]] = value
    # A missing agency field is reported at its cell; an empty assessor is no assessor.
    assessor = {k: v for k, v in data.get("assessor", {}).items() if v is not None}
    data.pop("assessor", None)
    if assessor:
        data["assessor"] = assessor
    return data


def _whole_cell(
    value: Any, rest: list[Any] | None, sheet: str, col: int, row: int, problems: list[Problem]
) -> Any:
    """A cell's text with its continuation from the hidden sheet (layout.split_cell)."""
    if not isinstance(value, str) or not value.endswith(OVERFLOW_MARK):
        return value
    whole = join_cell(value, rest)
    if whole is None:
        problems.append(
            Problem(
                ERROR,
                Message("wb.continuation_lost", sheet=META_SHEET),
                sheet=sheet,
                cell=_cell_ref(col, row),
            )
        )
    return whole


def _responses(
    columns: dict[str, _Where],
    problems: list[Problem],
    too_long: list[Problem],
    overflow: dict[str, list[Any]],
) -> tuple[dict[str, Any], dict[str, int]]:
    """One answer per item row, read column by column as QUESTIONNAIRE_TABLE says."""
    sheet, item_col, header_row = columns["item"]
    inputs_read = [
        c for c in QUESTIONNAIRE_TABLE if c.key in columns and c.read not in (None, READ_ID)
    ]
    responses: dict[str, Any] = {}
    item_rows: dict[str, int] = {}
    for r in range(header_row + 1, len(sheet.rows) + 1):
        item_id = _as_text(sheet.value(r, item_col))
        inputs = {c.key: sheet.value(r, columns[c.key][1]) for c in inputs_read}
        for k, v in inputs.items():
            if _too_long(v):
                too_long.append(_long_problem(sheet.title, _cell_ref(columns[k][1], r)))
                inputs[k] = None
        if item_id is None:
            if any(_as_text(v) for v in inputs.values()):
                problems.append(
                    Problem(
                        ERROR,
                        Message("wb.row_without_id", example="HELP-01"),
                        sheet=sheet.title,
                        cell=_cell_ref(item_col, r),
                    )
                )
            continue
        if item_id in item_rows:
            problems.append(
                Problem(
                    ERROR,
                    Message("wb.answered_twice", item=item_id, row=item_rows[item_id]),
                    sheet=sheet.title,
                    cell=_cell_ref(item_col, r),
                )
            )
            continue
        item_rows[item_id] = r
        for k in inputs:
            rest = overflow.get(overflow_key(item_id, k))
            inputs[k] = _whole_cell(inputs[k], rest, sheet.title, columns[k][1], r, problems)
        responses[item_id] = _answer(inputs_read, inputs)
    return responses, item_rows


def _answer(columns: list[Column], inputs: dict[str, Any]) -> dict[str, Any]:
    """A row's cells as the data a YAML response holds: blank cells left out, but the level;
    a group (the exception) whole as soon as one of its cells is filled in, so that a
    missing part is named at its cell."""
    answer: dict[str, Any] = {}
    groups: dict[str, dict[str, Any]] = {}
    for c in columns:
        value = _cell_value(c, inputs[c.key])
        if len(c.path) > 1:
            groups.setdefault(c.path[0], {})[c.path[1]] = value
        elif value is not None or c.read == READ_LEVEL:
            answer[c.key] = value
    for name, group in groups.items():
        if any(v is not None for v in group.values()):
            answer[name] = group
    return answer


def _cell_value(column: Column, value: Any) -> Any:
    """One answer cell as assessment data, as its column says it is read."""
    if column.read == READ_LEVEL:
        return value.strip() if isinstance(value, str) else value
    if column.read == READ_EVIDENCE:
        if isinstance(value, str):
            return evidence_entries(value) or None
        return None if value is None else [_as_text(value)]
    if column.read == READ_DATE:
        return _as_date(value)
    return _as_text(decode_text(value) if isinstance(value, str) else value)


def _questionnaire_locator(
    fields: dict[str, _Where], columns: dict[str, _Where], item_rows: dict[str, int]
) -> Callable[[PathT, bool], dict[str, Any]]:
    """Where a problem at a path of the assessment data is shown: its sheet and cell."""
    field_cells: dict[PathT, tuple[str, str]] = {}
    for f in QUESTIONNAIRE_TOP:
        s, c, r = fields[f.key]
        where = (s.title, _cell_ref(c, r))
        field_cells[f.path] = where
        field_cells.setdefault(f.path[:1], where)  # agency, assessor: their first cell
    field_cells[("checklist_version",)] = field_cells[("checklist",)]
    sheet, item_col, header_row = columns["item"]
    col_of = {k: c for k, (_, c, _) in columns.items()}

    def locate(path: PathT, is_key: bool) -> dict[str, Any]:
        for n in range(len(path), 0, -1):
            if path[:n] in field_cells:
                title, ref = field_cells[path[:n]]
                return {"sheet": title, "cell": ref}
        if len(path) >= 2 and path[0] == "responses" and path[1] in item_rows:
            row = item_rows[str(path[1])]
            key = str(path[2]) if len(path) >= 3 and not is_key else "item"
            if key == "exception":
                key = f"exception_{path[3]}" if len(path) >= 4 else "exception_reason"
            return {"sheet": sheet.title, "cell": _cell_ref(col_of.get(key, item_col), row)}
        if path[:1] == ("responses",):
            return {"sheet": sheet.title, "cell": _cell_ref(item_col, header_row)}
        return {"sheet": sheet.title, "cell": None}

    return locate


def _long_problem(sheet: str, cell: str) -> Problem:
    return Problem(
        ERROR, Message("wb.text_too_long", limit=limits.MAX_STRING_CHARS), sheet=sheet, cell=cell
    )


# --- gap report ----------------------------------------------------------------------------


def _embedded(book: _Book, key: str, problems: list[Problem]) -> Any:
    """The JSON stored under `key` in the hidden sheet, or None with a problem. It is held
    to the limits of a YAML file: size, elements, depth, text length, finite numbers of
    bounded length, text that can be written out (no lone surrogate escapes)."""
    chunks = book.meta.get(key)
    where: dict[str, Any] = {"sheet": META_SHEET, "cell": f"B{book.meta_rows.get(key, 1)}"}
    if not chunks:
        problems.append(Problem(ERROR, Message("wb.embedded_missing", key=key), **where))
        return None
    damaged = Problem(ERROR, Message("wb.embedded_damaged", key=key), **where)
    if not all(isinstance(c, str) for c in chunks) or (
        sum(len(c) for c in chunks) > MAX_EMBEDDED_JSON_CHARS
    ):
        problems.append(damaged)
        return None
    text = "".join(chunks)
    if _json_elements(text) > limits.MAX_YAML_EVENTS:
        problems.append(
            Problem(
                ERROR,
                Message("wb.embedded_too_many", key=key, limit=limits.MAX_YAML_EVENTS),
                **where,
            )
        )
        return None
    try:
        data = json.loads(
            text,
            parse_constant=_refuse_number,
            parse_int=_bounded_int,
            parse_float=_finite_float,
        )
    except (ValueError, RecursionError):
        problems.append(damaged)
        return None
    if not isinstance(data, dict) or not _within_limits(data):
        problems.append(damaged)
        return None
    return data


# JSON strings, whose content is not structure; what is left holds one ',' between two
# elements and one '[' or '{' per collection.
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


def _json_elements(text: str) -> int:
    """An upper bound on the values in a JSON text, counted before parsing it (parsing
    costs per element, whatever the bytes)."""
    bare = _JSON_STRING.sub("", text)
    return bare.count(",") + bare.count("[") + bare.count("{") + 1


def _refuse_number(text: str) -> Any:
    raise ValueError(f"{text} is not a finite number")


def _bounded_int(text: str) -> int:
    if len(text) > limits.MAX_NUMBER_CHARS:
        raise ValueError("number too long")
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text) if len(text) <= limits.MAX_NUMBER_CHARS else math.inf
    if not math.isfinite(value):
        raise ValueError("number too long")
    return value


def _within_limits(data: Any) -> bool:
    """Depth, text length and text that is valid Unicode (a lone surrogate escape such as
    \\ud800 is accepted by json.loads but can never be written to a file or a terminal)."""
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > limits.MAX_YAML_DEPTH:
            return False
        if isinstance(value, dict):
            for k, v in value.items():
                if not _sound_text(k):
                    return False
                stack.append((v, depth + 1))
        elif isinstance(value, list):
            stack.extend((v, depth + 1) for v in value)
        elif isinstance(value, str) and not _sound_text(value):
            return False
    return True


def _sound_text(text: str) -> bool:
    if len(text) > limits.MAX_STRING_CHARS:
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _gap_report(
    result: LoadedAssessment,
    book: _Book,
    checklist_spec: str | None,
    allow_incomplete: bool,
) -> None:
    embedded = _trusted_embedded(book, result.problems)
    if embedded is None:
        return
    canonical, checklist_raw = embedded
    result.extras["embedded_fingerprint"] = book.meta_value(META_ASSESSMENT_FINGERPRINT)

    checklist, cl_problems = checklist_from_data(checklist_raw, origin=f"{result.file} (embedded)")
    for p in cl_problems:
        result.problems.append(
            Problem(
                p.severity,
                Message("wb.embedded_checklist", problem=p.message),
                p.path,
                sheet=META_SHEET,
            )
        )
    if checklist is None:
        return
    ok, other = _check_chosen_checklist(result, checklist, checklist_spec)
    if not ok:
        return
    result.checklist = checklist

    problems: list[Problem] = []
    columns = _all_named(book, ITEMS_COLUMNS, items_name, _items_column, problems)
    if problems:
        result.problems.extend(problems)
        return
    items, item_col, header_row = columns["item"]
    col_of = {k: c for k, (_, c, _) in columns.items()}
    rows: dict[str, int] = {}
    for r in range(header_row + 1, len(items.rows) + 1):
        item_id = _as_text(items.value(r, item_col))
        if item_id is not None and item_id not in rows:
            rows[item_id] = r
    summary = book.names.get(NAME_SUMMARY)
    summary_title = summary[0] if summary else items.title

    def locate(path: PathT, is_key: bool) -> dict[str, Any]:
        if len(path) >= 2 and path[0] == "responses" and path[1] in rows:
            key = path[2] if len(path) >= 3 and not is_key else "item"
            col = col_of.get(str(key), item_col)
            return {"sheet": items.title, "cell": _cell_ref(col, rows[str(path[1])])}
        return {"sheet": summary_title, "cell": None}

    assessment, v_problems = validate_assessment(
        canonical, checklist, locate, allow_incomplete=allow_incomplete
    )
    result.problems.extend(v_problems)
    if other is not None:
        result.problems.extend(_against_chosen(canonical, other, locate, allow_incomplete))
    if assessment is None or any(p.is_error for p in result.problems):
        return
    result.assessment = assessment
    declared_canonical = _audited_report(result, book, checklist, locate)
    if declared_canonical is None:
        return
    result.extras["auditor_cells"] = _auditor_cells(book)
    # The declared levels shown are the unit's: in an audited report, its declaration's.
    result.problems.extend(
        _edited_levels(declared_canonical, checklist, items, rows, col_of["level"])
    )
    result.extras["audit"] = _audit(result, items, rows, col_of, checklist)


def _trusted_embedded(
    book: _Book, problems: list[Problem]
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The embedded assessment and checklist, when both are there and match their
    fingerprints; else None, with the problems."""
    found: list[Problem] = []
    canonical = _embedded(book, META_ASSESSMENT_JSON, found)
    checklist_raw = _embedded(book, META_CHECKLIST_JSON, found)
    if canonical is None or checklist_raw is None:
        problems.extend(found)
        return None
    for key, data in (
        (META_ASSESSMENT_FINGERPRINT, canonical),
        (META_CHECKLIST_FINGERPRINT, checklist_raw),
    ):
        if fingerprint(data) != book.meta_value(key):
            what = "assessment" if key == META_ASSESSMENT_FINGERPRINT else "checklist"
            found.append(
                Problem(
                    ERROR,
                    Message(f"wb.edited_{what}"),
                    sheet=META_SHEET,
                    cell=f"B{book.meta_rows.get(key, 1)}",
                )
            )
    if found:
        problems.extend(found)
        return None
    return canonical, checklist_raw


def _against_chosen(
    canonical: dict[str, Any],
    other: Checklist,
    locate: Callable[[PathT, bool], dict[str, Any]],
    allow_incomplete: bool,
) -> list[Problem]:
    """Scored with the embedded checklist, but counted by whoever chose `other` (HQ's
    aggregation): answers that one forbids (n/a on a critical item, a level beyond its
    scale) are errors, never figures."""
    _, o_problems = validate_assessment(canonical, other, locate, allow_incomplete=allow_incomplete)
    # Items one version has and the other not are a crosswalk's business (compare) or a
    # rejection of their own (aggregate); here, only the answers to shared items.
    shared = tuple(f"responses.{item.id}." for item in other.items)
    return [
        replace(
            p,
            message=Message(
                "wb.not_under_chosen", id=other.id, version=other.version, problem=p.message
            ),
        )
        for p in o_problems
        if p.is_error and p.path.startswith(shared)
    ]


def _edited_levels(
    canonical: dict[str, Any], checklist: Checklist, items: _Sheet, rows: dict[str, int], col: int
) -> list[Problem]:
    """A warning at each declared level changed in the visible sheet: the embedded one wins."""
    warnings = []
    responses = canonical.get("responses") or {}
    for item in checklist.items:
        if item.id not in rows:
            continue
        r = rows[item.id]
        stored = (responses.get(item.id) or {}).get("level")
        shown = items.value(r, col)
        if not _same_level(stored, shown, checklist):
            warnings.append(
                Problem(
                    WARNING,
                    Message(
                        "wb.declared_level_edited",
                        item=item.id,
                        stored=_level_text(stored),
                        shown=_as_text(shown) or Message("wb.blank"),
                        audit_column=Message("gap.audit_level"),
                    ),
                    path=dotted(("responses", item.id, "level")),
                    sheet=items.title,
                    cell=_cell_ref(col, r),
                )
            )
    return warnings


def _audited_report(
    result: LoadedAssessment,
    book: _Book,
    checklist: Checklist,
    locate: Callable[[PathT, bool], dict[str, Any]],
) -> dict[str, Any] | None:
    """An audited gap report (SPEC §14): the auditor and the unit's own declaration into
    extras ("audited", "declared"). Returns the declaration as data (the embedded
    assessment itself for a plain report); None, with problems, when it cannot be trusted."""
    problems: list[Problem] = []
    record_json = book.meta_value(META_AUDIT_RECORD)
    if record_json is None:
        canonical = _embedded(book, META_ASSESSMENT_JSON, problems)
        return canonical
    declared = _embedded(book, META_DECLARED_JSON, problems)
    try:
        record = json.loads(record_json) if isinstance(record_json, str) else None
    except ValueError:
        record = None
    if not isinstance(record, dict) or not isinstance(record.get("name"), str):
        problems.append(
            Problem(
                ERROR,
                Message("wb.audit_record_damaged"),
                sheet=META_SHEET,
                cell=f"B{book.meta_rows.get(META_AUDIT_RECORD, 1)}",
            )
        )
    elif declared is not None and fingerprint(declared) != book.meta_value(
        META_DECLARED_FINGERPRINT
    ):
        problems.append(
            Problem(
                ERROR,
                Message("wb.edited_declaration"),
                sheet=META_SHEET,
                cell=f"B{book.meta_rows.get(META_DECLARED_FINGERPRINT, 1)}",
            )
        )
    if problems or declared is None or not isinstance(record, dict):
        result.problems.extend(problems)
        result.assessment = None
        return None
    assessment, d_problems = validate_assessment(declared, checklist, locate, allow_incomplete=True)
    if assessment is None:
        result.problems.extend(p for p in d_problems if p.is_error)
        result.assessment = None
        return None
    result.extras["audited"] = {k: record.get(k) for k in ("name", "role", "date")}
    result.extras["declared"] = assessment
    return declared


def _auditor_cells(book: _Book) -> dict[str, dict[str, Any]]:
    """The auditor's cells on the Summary: value, sheet and cell of each (when present)."""
    cells: dict[str, dict[str, Any]] = {}
    for key in AUDITOR_FIELDS:
        found = book.names.get(auditor_name(key))
        if found is None or found[0] not in book.sheets:
            continue
        sheet, col, row = found
        raw = book.sheets[sheet].value(row, col)
        value = _as_date(raw) if key == "audit_date" else _as_text(raw)
        cells[key] = {"value": value, "sheet": sheet, "cell": _cell_ref(col, row)}
    return cells


def _check_chosen_checklist(
    result: LoadedAssessment, embedded: Checklist, checklist_spec: str | None
) -> tuple[bool, Checklist | None]:
    """--checklist names the checklist to check against; the embedded one still scores.
    False when the report cannot be used; the chosen checklist when it differs from the
    embedded one (its answers must then be valid under both)."""
    if checklist_spec is None:
        return True, None
    if (
        is_builtin_spec(checklist_spec)
        and split_spec(checklist_spec)[1] is None
        and embedded.version in builtin_versions(checklist_spec)
    ):
        # A built-in named without a version means the version the report answers.
        checklist_spec = f"{checklist_spec}@{embedded.version}"
    try:
        chosen = load_checklist(checklist_spec)
    except InputError as exc:
        result.problems.extend(checklist_problems_in(checklist_spec, exc.problems))
        return False, None
    if chosen.id != embedded.id:
        result.problems.append(
            Problem(
                ERROR,
                Message("wb.other_checklist", answered=embedded.id, used=chosen.id),
                sheet=META_SHEET,
            )
        )
        return False, None
    if fingerprint(chosen.raw) != fingerprint(embedded.raw):
        result.problems.append(
            Problem(
                WARNING,
                Message(
                    "wb.embedded_checklist_differs",
                    id=embedded.id,
                    version=embedded.version,
                    spec=checklist_spec,
                    chosen=chosen.version,
                ),
                sheet=META_SHEET,
            )
        )
        return True, chosen
    return True, None


def _same_level(stored: Any, shown: Any, checklist: Checklist) -> bool:
    kind, value = parse_level(shown, checklist)
    if kind == "empty":
        return stored is None
    if kind == "na":
        return stored == "n/a"
    if kind == "level":
        return not isinstance(stored, bool) and stored == value
    return False


def _level_text(stored: Any) -> str:
    return Message("wb.blank_unanswered") if stored is None else str(stored)


def _audit(
    result: LoadedAssessment,
    items: _Sheet,
    rows: dict[str, int],
    col_of: dict[str, int],
    checklist: Checklist,
) -> dict[str, dict[str, Any]]:
    """The auditor's columns: only the items where a level or a note was filled in."""
    audit: dict[str, dict[str, Any]] = {}
    level_col, note_col = col_of["audit_level"], col_of["audit_note"]
    for item_id, r in rows.items():
        raw_level = items.value(r, level_col)
        raw_note = items.value(r, note_col)
        level_cell = f"{items.title}!{_cell_ref(level_col, r)}"
        if _too_long(raw_note):
            result.problems.append(_long_problem(items.title, _cell_ref(note_col, r)))
            raw_note = None
        note = _as_text(raw_note)
        kind, level = parse_level(raw_level, checklist)
        if kind == "bad":
            result.problems.append(
                Problem(
                    ERROR,
                    Message(
                        "wb.audit_level_bad",
                        shown=str(_as_text(raw_level)),
                        choices=level_choices(checklist),
                    ),
                    path=f"audit.{item_id}.level",
                    sheet=items.title,
                    cell=_cell_ref(level_col, r),
                )
            )
            continue
        entry: dict[str, Any]
        if kind == "empty":
            if note is None:
                continue
            entry = {"level_given": False, "cell": f"{items.title}!{_cell_ref(note_col, r)}"}
        else:
            entry = {"level": level, "level_given": True, "cell": level_cell}
        entry["note"] = note
        audit[item_id] = entry
    return audit
