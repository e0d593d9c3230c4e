"""Reading HQ's roster (`aggregate --roster FILE`): CSV, YAML or xlsx (SPEC §15).

Columns (any order, case-insensitive, English or French headers): `country` (ISO 3166-1
alpha-2 code), `agency`, and optionally `unit`, `region` (overrides the country's INTERPOL
region) and `contact`. A YAML roster is a list of mappings with those keys, or a mapping
whose `roster` key holds that list. Every problem is reported with its line or cell.
"""

from __future__ import annotations

import csv
import io
import os
import stat
import unicodedata
from pathlib import Path
from typing import Any

from readiness.core.problems import ERROR, WARNING, Problem
from readiness.core.roster import RosterEntry, canonical_region, name_key
from readiness.i18n import Listed, Message
from readiness.internal_errors import raised_while_parsing

COLUMNS = ("country", "agency", "unit", "region", "contact")
REQUIRED = ("country", "agency")
# Header spellings accepted for each column (compared after name_key).
HEADERS = {
    "country": ("country", "pays", "country code", "code pays"),
    "agency": ("agency", "service", "agence", "agency name"),
    "unit": ("unit", "unité", "unite"),
    "region": ("region", "région"),
    "contact": ("contact",),
}
MAX_ROSTER_BYTES = 5 * 1024 * 1024
MAX_ROSTER_ROWS = 20_000
MAX_NAME_CHARS = 500


def read_roster(file: str, countries: set[str]) -> tuple[list[RosterEntry], list[Problem]]:
    """The roster's rows, or problems (errors make the roster unusable)."""
    path = Path(file)
    try:
        info = os.stat(path)
    except OSError as exc:
        return [], [Problem(ERROR, Message("roster.cannot_read", reason=str(exc.strerror or exc)))]
    if not stat.S_ISREG(info.st_mode):
        return [], [Problem(ERROR, Message("roster.not_regular"))]
    if info.st_size > MAX_ROSTER_BYTES:
        return [], [Problem(ERROR, Message("roster.too_big", limit=MAX_ROSTER_BYTES))]
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows, problems = _xlsx_rows(path)
    elif suffix in (".yaml", ".yml"):
        rows, problems = _yaml_rows(path)
    elif suffix in (".csv", ".txt"):
        rows, problems = _csv_rows(path)
    else:
        return [], [Problem(ERROR, Message("roster.format"))]
    if problems:
        return [], problems
    return _entries(rows, countries)


# A row read from any format: its values by column, and where each value is.
_Row = tuple[dict[str, Any], dict[str, dict[str, Any]]]


def _entries(rows: list[_Row], countries: set[str]) -> tuple[list[RosterEntry], list[Problem]]:
    problems: list[Problem] = []
    entries: list[RosterEntry] = []
    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    if len(rows) > MAX_ROSTER_ROWS:
        return [], [
            Problem(ERROR, Message("roster.too_many_rows", n=len(rows), limit=MAX_ROSTER_ROWS))
        ]
    for values, where in rows:
        text: dict[str, str | None] = {}
        ok = True
        for column in COLUMNS:
            value = values.get(column)
            if value is not None and not isinstance(value, str | int | float):
                problems.append(
                    Problem(
                        ERROR, Message("roster.not_text", column=column), column, **where[column]
                    )
                )
                ok = False
                continue
            cleaned = None if value is None else " ".join(str(value).split())
            if cleaned is not None and len(cleaned) > MAX_NAME_CHARS:
                problems.append(
                    Problem(
                        ERROR,
                        Message("roster.too_long", column=column, limit=MAX_NAME_CHARS),
                        column,
                        **where[column],
                    )
                )
                ok = False
                continue
            text[column] = unicodedata.normalize("NFC", cleaned) if cleaned else None
        for column in REQUIRED:
            if ok and not text.get(column):
                problems.append(
                    Problem(
                        ERROR, Message("roster.empty_value", column=column), column, **where[column]
                    )
                )
                ok = False
        if not ok:
            continue
        country = (text["country"] or "").upper()
        if country not in countries:
            problems.append(
                Problem(
                    ERROR,
                    Message("roster.bad_country", value=repr(text["country"])),
                    "country",
                    **where["country"],
                )
            )
            continue
        key = (country, name_key(text["agency"]), name_key(text["unit"]))
        if key in seen:
            problems.append(
                Problem(
                    WARNING,
                    Message("roster.twice"),
                    "agency",
                    **where["agency"],
                )
            )
            continue
        seen[key] = where["agency"]
        entries.append(
            RosterEntry(
                country,
                text["agency"] or "",
                text["unit"],
                canonical_region(text["region"]),
                text["contact"],
            )
        )
    if any(p.is_error for p in problems):
        return [], problems
    return entries, problems


def _columns(headers: list[Any], at: Any) -> tuple[dict[int, str], list[Problem]]:
    """Column index → column name, from a header row."""
    known = {name_key(h): column for column, spellings in HEADERS.items() for h in spellings}
    found: dict[int, str] = {}
    for index, header in enumerate(headers):
        column = known.get(name_key(str(header))) if header is not None else None
        if column is not None and column not in found.values():
            found[index] = column
    missing = [c for c in REQUIRED if c not in found.values()]
    if missing:
        return found, [
            Problem(ERROR, Message("roster.header_lacks", missing=Listed(missing)), **at)
        ]
    return found, []


def _csv_rows(path: Path) -> tuple[list[_Row], list[Problem]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return [], [Problem(ERROR, Message("roster.not_utf8"), line=line)]
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        table = list(reader)
    except csv.Error as exc:
        return [], [
            Problem(ERROR, Message("roster.csv_error", reason=str(exc)), line=reader.line_num)
        ]
    if not table:
        return [], [Problem(ERROR, Message("roster.empty"))]
    columns, problems = _columns(table[0], {"line": 1})
    rows: list[_Row] = []
    for number, row in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        values = {
            name: row[i] if i < len(row) and row[i].strip() else None for i, name in columns.items()
        }
        where = {c: {"line": number} for c in COLUMNS}
        rows.append((values, where))
    return rows, problems


def _yaml_rows(path: Path) -> tuple[list[_Row], list[Problem]]:
    from readiness.reading.yaml_loading import load_yaml_bytes

    doc = load_yaml_bytes(path.read_bytes(), what="roster")
    if doc.problems:
        return [], doc.problems
    data: Any = doc.data
    base: tuple[str, ...] = ()
    if isinstance(data, dict) and "roster" in data:
        data, base = data["roster"], ("roster",)
    if not isinstance(data, list):
        line, column = doc.position(base)
        return [], [Problem(ERROR, Message("roster.yaml_shape"), line=line, column=column)]
    rows: list[_Row] = []
    problems: list[Problem] = []
    for i, entry in enumerate(data):
        line, column = doc.position((*base, i))
        if not isinstance(entry, dict):
            problems.append(Problem(ERROR, Message("roster.row_mapping"), line=line, column=column))
            continue
        for key in entry:
            if key not in COLUMNS:
                kl, kc = doc.key_position((*base, i, key))
                problems.append(
                    Problem(
                        ERROR,
                        Message("roster.unknown_key", key=key, columns=Listed(COLUMNS)),
                        line=kl,
                        column=kc,
                    )
                )
        where = {}
        for c in COLUMNS:
            cl, cc = doc.position((*base, i, c))
            where[c] = {"line": cl, "column": cc}
        rows.append(({c: entry.get(c) for c in COLUMNS}, where))
    return rows, problems


def _xlsx_rows(path: Path) -> tuple[list[_Row], list[Problem]]:
    import warnings

    from openpyxl.utils import get_column_letter

    from readiness.reading.workbook_safety import WorkbookError, describe_read_error, open_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            wb = open_workbook(path)
        except WorkbookError as exc:
            return [], list(exc.problems)
        try:
            ws = wb.worksheets[0]
            sheet = ws.title
            table = [list(r) for r in ws.iter_rows(values_only=True, max_row=MAX_ROSTER_ROWS + 2)]
        except Exception as exc:  # lazy parsing of untrusted input
            if not raised_while_parsing(exc):
                raise  # a bug in readiness, not a damaged roster
            return [], [Problem(ERROR, describe_read_error(exc))]
        finally:
            wb.close()
    skipped = 0
    while table and not any(v is not None and str(v).strip() for v in table[0]):
        table.pop(0)
        skipped += 1
    if not table:
        return [], [Problem(ERROR, Message("roster.first_sheet_empty"), sheet=sheet)]
    columns, problems = _columns(table[0], {"sheet": sheet, "cell": f"A{skipped + 1}"})
    rows: list[_Row] = []
    for number, row in enumerate(table[1:], start=skipped + 2):
        if not any(v is not None and str(v).strip() for v in row):
            continue
        values = {name: row[i] if i < len(row) else None for i, name in columns.items()}
        values = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()}
        index = {name: i for i, name in columns.items()}
        where = {
            c: {"sheet": sheet, "cell": f"{get_column_letter(index.get(c, 0) + 1)}{number}"}
            for c in COLUMNS
        }
        rows.append((values, where))
    return rows, problems
