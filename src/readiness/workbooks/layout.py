"""How readiness finds its way around the workbooks it writes, in any language.

Sheet titles and headers follow `--lang`, so nothing is found by its text. Instead:

- a hidden sheet titled `readiness` holds key/value rows (column A the key, B onwards the
  values): the workbook kind, the checklist, the lists behind the drop-downs and, in a gap
  report, the embedded data;
- workbook-level defined names point at every cell the reader needs: a column's header cell
  (`readiness_items_level` → Items!H5) or an input cell (`readiness_q_period`). Excel and
  LibreOffice move defined names along when rows or columns are inserted and when a sheet is
  renamed, so editing a workbook does not lose them.

Used by the writers (gap_report, questionnaire) and by the reader (workbook_input).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from readiness.core.model import Checklist, text_in

META_SHEET = "readiness"
# The first keyword in the document properties of the workbooks that hold no assessment, so
# that a reader given one can say what it is.
KEYWORD_COMPARISON = "readiness-comparison"
KEYWORD_CONSOLIDATION = "readiness-consolidation"
FORMAT_VERSION = 1

# The kinds of workbook readiness writes: one definition, in the core.
from readiness.core.loaded import KIND_GAP_REPORT as KIND_GAP_REPORT  # noqa: E402
from readiness.core.loaded import KIND_QUESTIONNAIRE as KIND_QUESTIONNAIRE  # noqa: E402

# Meta keys (column A of the hidden sheet).
META_KIND = "kind"
META_FORMAT = "format"
META_VERSION = "readiness_version"
META_LANG = "lang"
META_CHECKLIST_ID = "checklist_id"
META_CHECKLIST_VERSION = "checklist_version"
META_LEVEL_CHOICES = "level_choices"
META_STATUS_CHOICES = "status_choices"
META_ASSESSMENT_FINGERPRINT = "assessment_fingerprint"
META_CHECKLIST_FINGERPRINT = "checklist_fingerprint"
META_ASSESSMENT_JSON = "assessment_json"
META_CHECKLIST_JSON = "checklist_json"

# Embedded JSON is split over cells well under Excel's 32,767-character limit.
JSON_CHUNK_CHARS = 30_000

NAME_PREFIX = "readiness_"
# Gap report: sheet anchors and the Items columns the reader uses.
NAME_SUMMARY = "readiness_summary"
ITEMS_COLUMNS = (
    "item",
    "level",
    "evidence",
    "justification",
    "notes",
    "owner",
    "due",
    "audit_level",
    "audit_note",
)
# Questionnaire: the input cells at the top and the item table's columns.
QUESTIONNAIRE_FIELDS = (
    "checklist",
    "agency_name",
    "agency_unit",
    "agency_country",
    "period",
    "assessed_on",
    "assessor_name",
    "assessor_role",
)
QUESTIONNAIRE_COLUMNS = (
    "item",
    "level",
    "evidence",
    "justification",
    "notes",
    "owner",
    "due",
)
# Columns added with the assessment cycle (SPEC §14): read when present, so that
# questionnaires written before them still read.
EXCEPTION_FIELDS = ("reason", "approved_by", "approved_on", "expires")
QUESTIONNAIRE_OPTIONAL_COLUMNS = ("status", *(f"exception_{k}" for k in EXCEPTION_FIELDS))


def items_name(column: str) -> str:
    return f"readiness_items_{column}"


def questionnaire_field_name(field: str) -> str:
    return f"readiness_q_{field}"


def questionnaire_column_name(column: str) -> str:
    return f"readiness_qcol_{column}"


# --- evidence in one cell: one per line, "ref | YYYY-MM-DD" when dated --------------------

EVIDENCE_DATE_SEPARATOR = " | "
_DATED = re.compile(r"^(?P<ref>.*?)\s*\|\s*(?P<date>\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})$")


def evidence_text(evidence: Sequence[Any]) -> str:
    """Canonical evidence (texts or {ref, date}) as the lines of one cell."""
    lines = []
    for entry in evidence:
        if isinstance(entry, dict):
            date = entry.get("date")
            ref = str(entry.get("ref", ""))
            lines.append(f"{ref}{EVIDENCE_DATE_SEPARATOR}{date}" if date else ref)
        else:
            lines.append(str(entry))
    return "\n".join(lines)


def evidence_entries(text: str) -> list[Any]:
    """The lines of an evidence cell as assessment data; a date after '|' makes it dated."""
    out: list[Any] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        m = _DATED.match(line)
        if m and m.group("ref"):
            out.append({"ref": m.group("ref"), "date": m.group("date")})
        else:
            out.append(line)
    return out


# --- levels as the drop-down lists show them ---------------------------------------------


def level_choices(checklist: Checklist, lang: str) -> list[str]:
    """Drop-down entries such as '3 - Implemented', and n/a; parse_level reads them back."""
    return [level_entry(checklist, lv.value, lang) for lv in checklist.levels] + ["n/a"]


def level_entry(checklist: Checklist, value: int, lang: str) -> str:
    level = checklist.level(value)
    return f"{value} - {text_in(level.label, lang)}" if level else str(value)


# --- writing ------------------------------------------------------------------------------


def define_name(wb: Any, name: str, sheet_title: str, column: int, row: int) -> None:
    from openpyxl.utils import get_column_letter, quote_sheetname
    from openpyxl.workbook.defined_name import DefinedName

    ref = f"{quote_sheetname(sheet_title)}!${get_column_letter(column)}${row}"
    wb.defined_names[name] = DefinedName(name, attr_text=ref)


def write_meta(wb: Any, rows: Sequence[tuple[str, Sequence[Any]]]) -> dict[str, int]:
    """The hidden key/value sheet; returns the row of every key (for drop-down ranges)."""
    from readiness.workbooks.style import put

    ws = wb.create_sheet(META_SHEET)
    ws.sheet_state = "hidden"
    where = {}
    for r, (key, values) in enumerate(rows, start=1):
        put(ws, r, 1, key)
        for c, value in enumerate(values, start=2):
            put(ws, r, c, value)
        where[key] = r
    ws.column_dimensions["A"].width = 24
    return where


def page_footer(ws: Any) -> None:
    """Sheet name and page numbers on every printed page."""
    footer = ws.oddFooter
    if footer is not None:
        footer.left.text = "&A"
        footer.right.text = "&P / &N"


def json_chunks(text: str) -> list[str]:
    return [text[i : i + JSON_CHUNK_CHARS] for i in range(0, len(text), JSON_CHUNK_CHARS)] or [""]


def save_workbook(wb: Any, path: Path, when: dt.datetime) -> None:
    """Save with fixed times (document properties, zip entries): equal input, equal bytes."""
    buffer = io.BytesIO()
    wb.save(buffer)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    # Zip time stamps run from 1980 to 2107 (readiness accepts dates within 1900..2107).
    year = min(max(when.year, 1980), 2107)
    date_time = (year, when.month, when.day, when.hour, when.minute, when.second)
    with (
        zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into `modified` whatever was set.
                data = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>" + stamp + rb"\g<2>",
                    data,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            target.writestr(entry, data)


def assessment_time(day: dt.date) -> dt.datetime:
    """The fixed document time of a workbook about an assessment: noon of its date."""
    return dt.datetime(day.year, day.month, day.day, 12, 0, 0)
