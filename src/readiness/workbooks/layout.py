"""How readiness finds its way around the workbooks it writes, in any language.

Sheet titles and headers follow `--lang`, so nothing is found by its text. Instead:

- a hidden sheet titled `readiness` holds key/value rows (column A the key, B onwards the
  values): the workbook kind, the checklist, the lists behind the drop-downs and, in a gap
  report, the embedded data;
- workbook-level defined names point at every cell the reader needs: a column's header cell
  (`readiness_items_level` → Items!H5) or an input cell (`readiness_q_period`). Excel and
  LibreOffice move defined names along when rows or columns are inserted and when a sheet is
  renamed, so editing a workbook does not lose them.

The column specifications of every table (key, header, width, style, value, defined name)
are declared here once. Used by the writers (gap_report, questionnaire, comparison_workbook,
consolidation_workbook) and by the reader (workbook_input).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readiness.core.canonical import canonical_evidence
from readiness.core.comparison import ItemChange
from readiness.core.model import Checklist, Evidence, text_in
from readiness.core.scoring import ItemResult, round_half_up
from readiness.i18n import flag_names, t
from readiness.reports.assessment_report import item_score
from readiness.reports.render_compare import change_name, flags_text, status_name

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
# An audited gap report (SPEC §14): the auditor, and the unit's own declaration kept beside
# the audited result (which is the assessment above).
META_AUDIT_RECORD = "audit_record"
META_DECLARED_FINGERPRINT = "declared_assessment_fingerprint"
META_DECLARED_JSON = "declared_assessment_json"

# Embedded JSON is split over cells well under Excel's 32,767-character limit.
JSON_CHUNK_CHARS = 30_000

NAME_PREFIX = "readiness_"
# Gap report: the Summary sheet's anchor.
NAME_SUMMARY = "readiness_summary"
# The auditor's cells on the Summary (SPEC §14), read by `assess --audited`.
AUDITOR_FIELDS = ("auditor_name", "auditor_role", "audit_date")


def auditor_name(field: str) -> str:
    return f"readiness_{field}"


# --- column specifications -----------------------------------------------------------------
#
# One list per table, read by its writer (header, width, style, value) and by the reader
# (which columns carry a defined name, and how a typed-in cell is read back). A column is
# added, moved or renamed here and nowhere else.

# How the questionnaire reader takes a cell: the item id, a level, evidence lines, a text
# or a date. None: not read back.
READ_ID = "id"
READ_LEVEL = "level"
READ_EVIDENCE = "evidence"
READ_TEXT = "text"
READ_DATE = "date"


@dataclass(frozen=True)
class Column:
    key: str  # stable, never shown: the defined name's suffix when `named`
    header: str  # catalogue key (readiness.i18n)
    width: float
    style: str  # a cell style of workbooks.style.COLUMN_STYLES
    get: Callable[[Any, str], Any]  # (row, lang) -> the cell's value
    named: bool = False  # a defined name marks its header cell, for the reader
    read: str | None = None  # how the reader takes a typed-in cell (READ_*)
    # Added after the first release: read when the workbook has it, so that older
    # workbooks still read.
    optional: bool = False
    # Where the value goes in a response, when not under `key` (exception.reason).
    field: tuple[str, ...] = ()

    @property
    def path(self) -> tuple[str, ...]:
        return self.field or (self.key,)


def _yes_no(value: bool, lang: str) -> str:
    return t("yes" if value else "no", lang)


def _status(r: ItemResult, lang: str) -> str:
    return t(f"status_{r.response.status}", lang) if r.response.status else ""


def na_entry(lang: str) -> str:
    """How the sheets show n/a: the language's word ("sans objet"), which parse_level reads
    back like "n/a" (formats.NA_WORDS_BY_LANGUAGE)."""
    return t("na", lang)


def declared_level(r: ItemResult, lang: str) -> int | str | None:
    """The declared level as the sheets show it: a number, n/a or blank (unanswered)."""
    if r.response.na:
        return na_entry(lang)
    if not r.response.answered:
        return None
    return r.response.level


def evidence_cell(evidence: Sequence[Evidence]) -> str:
    """A response's evidence as the text of its cell (see evidence_text)."""
    return evidence_text(canonical_evidence(evidence))


# Gap report, Items sheet: a row is an ItemResult.
GAP_ITEMS: tuple[Column, ...] = (
    Column("item", "item", 10, "id", lambda r, lang: r.id, named=True),
    Column("area", "area", 9, "top", lambda r, lang: r.item.area),
    Column("title", "title", 30, "wrap", lambda r, lang: text_in(r.item.title, lang)),
    Column(
        "requirement", "requirement", 48, "wrap", lambda r, lang: text_in(r.item.requirement, lang)
    ),
    Column("weight", "weight", 8, "center", lambda r, lang: r.item.weight),
    Column("critical", "critical", 9, "center", lambda r, lang: _yes_no(r.item.critical, lang)),
    Column("target", "target", 8, "center", lambda r, lang: r.item.target),
    Column(
        "level", "declared_level", 10, "level", lambda r, lang: declared_level(r, lang), named=True
    ),
    Column(
        "effective_level",
        "effective_level",
        10,
        "level",
        lambda r, lang: r.effective_level if r.applicable else na_entry(lang),
    ),
    Column("item_score", "gap.item_score", 9, "percent", lambda r, lang: item_score(r.score)),
    Column("gap", "gap", 7, "center", lambda r, lang: r.gap if r.applicable else None),
    Column(
        "priority", "priority", 9, "center", lambda r, lang: r.priority if r.applicable else None
    ),
    Column("flags", "flags", 18, "wrap", lambda r, lang: flag_names(r.flags, lang)),
    Column(
        "evidence",
        "evidence",
        40,
        "wrap",
        # Shown in full up to a cell's size; the rest is in the embedded assessment.
        lambda r, lang: split_cell(evidence_cell(r.response.evidence))[0],
        True,
    ),
    Column(
        "justification",
        "justification",
        30,
        "wrap",
        lambda r, lang: r.response.justification or "",
        named=True,
    ),
    Column("notes", "notes", 30, "wrap", lambda r, lang: r.response.notes or "", named=True),
    Column("owner", "owner", 16, "wrap", lambda r, lang: r.response.owner or "", named=True),
    Column("due", "due", 12, "date", lambda r, lang: r.response.due, named=True),
    Column("status", "status", 12, "top", _status),
    Column("audit_level", "gap.audit_level", 18, "input_center", lambda r, lang: None, named=True),
    Column("audit_note", "audit_note", 40, "input_text", lambda r, lang: None, named=True),
)

# Gap report, Gaps sheet: a row is (rank, ItemResult); not read back. What a reader needs
# first, within one landscape page at 70 % or more (GAPS_PRINTED columns: the print area);
# the technical columns after it, on screen only. Narrow columns widen to their header's
# longest word (style.header_widths: "Prioridad", "الترتيب"), so the printed ones leave room.
GAP_GAPS: tuple[Column, ...] = (
    Column("rank", "rank", 6, "center", lambda g, lang: g[0]),
    Column("item", "item", 10, "id", lambda g, lang: g[1].id),
    Column("title", "title", 27, "wrap", lambda g, lang: text_in(g[1].item.title, lang)),
    Column("effective_level", "effective_level", 9, "level", lambda g, lang: g[1].effective_level),
    Column("target", "target", 7, "center", lambda g, lang: g[1].item.target),
    Column("priority", "priority", 8, "center_bold", lambda g, lang: g[1].priority),
    Column("action", "action", 36, "wrap", lambda g, lang: text_in(g[1].item.action, lang)),
    Column("owner", "owner", 14, "wrap", lambda g, lang: g[1].response.owner or ""),
    Column("due", "due", 11, "date", lambda g, lang: g[1].response.due),
    Column("status", "status", 11, "wrap", lambda g, lang: _status(g[1], lang)),
    Column("flags", "flags", 13, "wrap", lambda g, lang: flag_names(g[1].flags, lang)),
    Column("area", "area", 8, "top", lambda g, lang: g[1].item.area),
    Column("critical", "critical", 9, "center", lambda g, lang: _yes_no(g[1].item.critical, lang)),
    Column("level", "declared_level", 10, "level", lambda g, lang: declared_level(g[1], lang)),
    Column("gap", "gap", 7, "center", lambda g, lang: g[1].gap),
    Column("weight", "weight", 8, "center", lambda g, lang: g[1].item.weight),
)
GAPS_PRINTED = 11
# The five highest-priority gaps on the gap report's first page.
GAP_TOP = tuple(c for c in GAP_GAPS if c.key in ("item", "title", "action", "owner", "due"))


# Questionnaire, the item table: a row is (Item, its answer as cell values).
def _answer(key: str) -> Callable[[Any, str], Any]:
    return lambda row, lang: row[1].get(key)


QUESTIONNAIRE_TABLE: tuple[Column, ...] = (
    Column("item", "item", 13, "id", lambda row, lang: row[0].id, named=True, read=READ_ID),
    Column("area", "area", 9, "top", lambda row, lang: row[0].area),
    Column("title", "title", 30, "wrap", lambda row, lang: text_in(row[0].title, lang)),
    Column(
        "requirement",
        "requirement",
        50,
        "wrap",
        lambda row, lang: text_in(row[0].requirement, lang),
    ),
    Column("level", "level", 20, "input", _answer("level"), named=True, read=READ_LEVEL),
    Column("evidence", "evidence", 40, "input_text", _answer("evidence"), True, READ_EVIDENCE),
    Column(
        "justification",
        "justification",
        28,
        "input_text",
        _answer("justification"),
        True,
        READ_TEXT,
    ),
    Column("notes", "notes", 28, "input_text", _answer("notes"), named=True, read=READ_TEXT),
    Column("owner", "owner", 16, "input_text", _answer("owner"), named=True, read=READ_TEXT),
    Column("due", "due", 12, "input_date", _answer("due"), named=True, read=READ_DATE),
    # The assessment cycle (SPEC §14): the action's status, an approved exception.
    Column("status", "status", 12, "input", _answer("status"), True, READ_TEXT, optional=True),
    *(
        Column(
            f"exception_{part}",
            f"quest.exception_{part}",
            width,
            style,
            _answer(f"exception_{part}"),
            named=True,
            read=read,
            optional=True,
            field=("exception", part),
        )
        for part, width, style, read in (
            ("reason", 24, "input_text", READ_TEXT),
            ("approved_by", 16, "input_text", READ_TEXT),
            ("approved_on", 12, "input_date", READ_DATE),
            ("expires", 12, "input_date", READ_DATE),
        )
    ),
    # What `init --from` carried over and what to review; written only then, read by nobody.
    Column("carried_over", "quest.carried_over", 36, "wrap", _answer("carried_over")),
    Column("target", "target", 7, "reference", lambda row, lang: row[0].target),
    Column("weight", "weight", 7, "reference", lambda row, lang: row[0].weight),
    Column(
        "critical", "critical", 8, "reference", lambda row, lang: _yes_no(row[0].critical, lang)
    ),
    Column(
        "evidence_required",
        "quest.evidence_required",
        10,
        "reference",
        lambda row, lang: _yes_no(row[0].evidence_required, lang),
    ),
    Column(
        "na_allowed",
        "quest.na_allowed",
        9,
        "reference",
        lambda row, lang: _yes_no(row[0].allow_na, lang),
    ),
)

# Questionnaire, Guidance sheet: a row is an Item. A page of advice per item in the answer
# table would make every answer row several times taller than its requirement.
QUESTIONNAIRE_GUIDANCE: tuple[Column, ...] = (
    Column("item", "item", 13, "id", lambda item, lang: item.id),
    Column("area", "area", 9, "top", lambda item, lang: item.area),
    Column("title", "title", 30, "wrap", lambda item, lang: text_in(item.title, lang)),
    Column("guidance", "guidance", 100, "wrap", lambda item, lang: text_in(item.guidance, lang)),
)


# Comparison workbook, Items sheet: a row is an ItemChange; not read back. A header
# "key@base" or "key@other" is the label followed by that side's name, e.g. "Level (2026-Q1)".
def _level_shown(present: bool, value: int | None, lang: str) -> int | str | None:
    """A level in a comparison: blank where the side lacks the item, else the level or n/a."""
    if not present:
        return None
    return na_entry(lang) if value is None else value


def _level_rose(c: ItemChange, lang: str) -> str | None:
    rose = c.level_rose if c.status_changed else None
    return None if rose is None else t("yes" if rose else "no", lang)


COMPARISON_ITEMS: tuple[Column, ...] = (
    Column("item", "item", 10, "bold", lambda c, lang: c.id),
    Column("area", "area", 8, "top", lambda c, lang: c.area),
    Column("title", "title", 44, "wrap", lambda c, lang: text_in(c.item.title, lang)),
    Column(
        "critical",
        "critical",
        10,
        "top",
        lambda c, lang: t("critical", lang) if c.item.critical else "",
    ),
    Column("weight", "weight", 8, "top", lambda c, lang: c.item.weight),
    Column("target", "target", 8, "top", lambda c, lang: c.item.target),
    Column(
        "base_level",
        "level@base",
        12,
        "level",
        lambda c, lang: _level_shown(c.base is not None, c.base_level, lang),
    ),
    Column(
        "other_level",
        "level@other",
        12,
        "level",
        lambda c, lang: _level_shown(c.other is not None, c.other_level, lang),
    ),
    # Centred, so that a right-aligned delta never runs into the change word ("0same").
    Column("delta", "cmp.delta", 8, "delta", lambda c, lang: c.delta),
    Column("change", "cmp.change", 16, "center", lambda c, lang: change_name(c.change, lang)),
    Column(
        "base_effective",
        "effective_level@base",
        12,
        "level",
        lambda c, lang: _level_shown(c.base is not None, c.base and c.base.effective_level, lang),
    ),
    Column(
        "other_effective",
        "effective_level@other",
        12,
        "level",
        lambda c, lang: _level_shown(
            c.other is not None, c.other and c.other.effective_level, lang
        ),
    ),
    Column("flag_changes", "cmp.flag_changes", 22, "wrap", lambda c, lang: flags_text(c, lang)),
    Column(
        "base_status",
        "cmp.action_status@base",
        14,
        "top",
        lambda c, lang: status_name(c.base_status, lang) if c.base_status else "",
    ),
    Column(
        "other_status",
        "cmp.action_status@other",
        14,
        "top",
        lambda c, lang: status_name(c.other_status, lang) if c.other_status else "",
    ),
    Column("level_rose", "cmp.level_rose", 10, "top", _level_rose),
)
# In audit mode, after the others.
COMPARISON_AUDIT_ITEMS: tuple[Column, ...] = (
    Column("audit_note", "audit_note", 50, "wrap", lambda c, lang: c.audit_note or ""),
    Column("audit_cell", "cmp.audit_cell", 12, "top", lambda c, lang: c.audit_cell or ""),
)


# Consolidation workbook, Items sheet: a row is (Item, ItemStats); Gaps sheet: (rank, Item,
# GapStats). Not read back. Shares and mean levels are coloured by the writer.
_CHECK = "✓"


def _critical_mark(critical: bool) -> str | None:
    return _CHECK if critical else None


CONSOLIDATION_ITEMS: tuple[Column, ...] = (
    Column("item", "item", 10, "bold", lambda row, lang: row[0].id),
    Column("area", "area", 8, "top", lambda row, lang: row[0].area),
    Column("title", "title", 50, "wrap", lambda row, lang: text_in(row[0].title, lang)),
    Column("weight", "weight", 8, "top", lambda row, lang: row[0].weight),
    Column("critical", "critical", 9, "center", lambda row, lang: _critical_mark(row[0].critical)),
    Column("target", "target", 8, "top", lambda row, lang: row[0].target),
    Column("applicable", "cons.applicable_n", 11, "top", lambda row, lang: row[1].applicable),
    Column("at_target", "at_target_n", 10, "top", lambda row, lang: row[1].at_target_count),
    Column(
        "at_target_share",
        "cons.at_target_share",
        11,
        "share",
        lambda row, lang: round_half_up(row[1].at_target, 4),
    ),
    Column(
        "mean_level",
        "cons.mean_level",
        10,
        "mean_level",
        lambda row, lang: round_half_up(row[1].mean_level, 2),
    ),
    Column("na", "cons.na_n", 10, "top", lambda row, lang: row[1].na),
    Column("gaps", "gaps_n", 10, "top", lambda row, lang: row[1].gaps),
    Column("unevidenced", "unevidenced", 12, "top", lambda row, lang: row[1].unevidenced),
)

CONSOLIDATION_GAPS: tuple[Column, ...] = (
    Column("rank", "rank", 7, "top", lambda row, lang: row[0]),
    Column("item", "item", 10, "bold", lambda row, lang: row[1].id),
    Column("area", "area", 8, "top", lambda row, lang: row[1].area),
    Column("title", "title", 44, "wrap", lambda row, lang: text_in(row[1].title, lang)),
    Column("critical", "critical", 9, "center", lambda row, lang: _critical_mark(row[1].critical)),
    Column("gaps", "gaps_n", 11, "top", lambda row, lang: row[2].gaps),
    Column(
        "gap_share",
        "cons.share_of_applicable",
        12,
        "share",
        lambda row, lang: round_half_up(row[2].gap_share, 4),
    ),
    Column(
        "mean_gap",
        "cons.mean_gap",
        10,
        "mean_level",
        lambda row, lang: round_half_up(row[2].mean_gap, 2),
    ),
    Column("action", "action", 60, "wrap", lambda row, lang: text_in(row[1].action, lang)),
)


@dataclass(frozen=True)
class Field:
    """An input cell at the top of the questionnaire: label, hint, where its value goes in
    the assessment data, and how it is read."""

    key: str
    label: str  # label key
    hint: str  # label key of the hint written next to it
    path: tuple[str, ...]  # in the assessment data
    read: str = READ_TEXT


QUESTIONNAIRE_TOP: tuple[Field, ...] = (
    # Shown, not read: the checklist comes from the hidden sheet.
    Field("checklist", "checklist", "quest.hint_checklist", ("checklist",), read=""),
    Field("agency_name", "agency", "quest.hint_required", ("agency", "name")),
    Field("agency_unit", "unit", "quest.hint_optional", ("agency", "unit")),
    Field("agency_country", "country", "quest.hint_country", ("agency", "country")),
    Field("period", "period", "quest.hint_period", ("period",)),
    Field("assessed_on", "assessed_on", "quest.hint_date", ("assessed_on",), read=READ_DATE),
    Field("assessor_name", "assessor", "quest.hint_optional", ("assessor", "name")),
    Field("assessor_role", "quest.assessor_role", "quest.hint_optional", ("assessor", "role")),
)


def named_keys(columns: Sequence[Column], *, optional: bool = False) -> tuple[str, ...]:
    """The keys of the columns the reader finds by their defined names (the required ones,
    or the optional ones)."""
    return tuple(c.key for c in columns if c.named and c.optional == optional)


# What the reader looks up (derived: one declaration).
ITEMS_COLUMNS = named_keys(GAP_ITEMS)
QUESTIONNAIRE_FIELDS = tuple(f.key for f in QUESTIONNAIRE_TOP)
QUESTIONNAIRE_COLUMNS = named_keys(QUESTIONNAIRE_TABLE)
QUESTIONNAIRE_OPTIONAL_COLUMNS = named_keys(QUESTIONNAIRE_TABLE, optional=True)


def items_name(column: str) -> str:
    return f"readiness_items_{column}"


def questionnaire_field_name(field: str) -> str:
    return f"readiness_q_{field}"


def questionnaire_column_name(column: str) -> str:
    return f"readiness_qcol_{column}"


# --- texts in cells: what a cell cannot hold as typed is escaped, nothing is lost --------------
#
# A text goes into its cell as typed when reading the cell back gives exactly that text.
# Otherwise (control characters, line separators, surrounding spaces, a text that itself
# looks like the escape) the cell holds it as a JSON string literal: "Minutes\u0007 2026".
# A cell that is exactly one JSON string literal is read as that string. A text longer than
# a cell holds (32,767 characters) fills the cell, ends with OVERFLOW_MARK, and goes on in
# the hidden sheet under overflow_key(...). Evidence: one entry per line, `ref | YYYY-MM-DD`
# for a dated one; an entry that would be misread (a line break, `| 2026-01-15` at its end)
# is written as a JSON literal, so `"Minutes | 2026-01-15"` stays undated text.

EVIDENCE_DATE_SEPARATOR = " | "
_DATED = re.compile(r"^(?P<ref>.*?)\s*\|\s*(?P<date>\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})$")
# What a cell holds, with room for the mark (Excel counts UTF-16 units: astral characters 2).
CELL_CHARS = 32_000
OVERFLOW_MARK = "\n\u27e6\u2026\u27e7"  # a line "⟦…⟧": the text goes on in the hidden sheet
_UNSAFE_CATEGORIES = frozenset({"Cc", "Zl", "Zp", "Cs", "Co", "Cn"})


def _safe(text: str, *, line_breaks: bool) -> bool:
    """Every character shows as itself in a cell (no control or line-separator characters)."""
    for ch in text:
        if ch == "\n" and line_breaks:
            continue
        if unicodedata.category(ch) in _UNSAFE_CATEGORIES:
            return False
    return True


def _literal(text: str) -> str:
    out = json.dumps(text, ensure_ascii=False)
    return "".join(
        ch if not _needs_escape(ch) else f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else ch
        for ch in out
    )


def _needs_escape(ch: str) -> bool:
    return unicodedata.category(ch) in _UNSAFE_CATEGORIES


def _from_literal(text: str) -> str | None:
    """The string a cell's JSON string literal stands for, or None when it is not one."""
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    if not isinstance(value, str) or any("\ud800" <= ch <= "\udfff" for ch in value):
        return None
    return value


def decode_text(cell: str) -> str:
    """A text cell as the text it holds (a JSON literal unescaped; surrounding spaces off)."""
    stripped = cell.strip()
    found = _from_literal(stripped)
    return found if found is not None else stripped


def encode_text(text: str) -> str:
    """A text as the cell content that reads back as exactly `text`."""
    plain = text and not text.endswith(OVERFLOW_MARK) and _safe(text, line_breaks=True)
    if plain and decode_text(text) == text:
        return text
    return _literal(text)


def _entry_line(entry: Any) -> str:
    if isinstance(entry, dict):
        ref, date = str(entry.get("ref", "")), entry.get("date")
        plain = f"{ref}{EVIDENCE_DATE_SEPARATOR}{date}" if date else ref
        if _safe(plain, line_breaks=False) and _line_entry(plain) == entry:
            return plain
        return f"{_literal(ref)}{EVIDENCE_DATE_SEPARATOR}{date}" if date else _literal(ref)
    text = str(entry)
    if text != OVERFLOW_MARK[1:] and _safe(text, line_breaks=False) and _line_entry(text) == text:
        return text
    return _literal(text)


def _line_entry(line: str) -> Any:
    """One line of an evidence cell as assessment data (None for a blank line)."""
    line = line.strip()
    if not line:
        return None
    whole = _from_literal(line)
    if whole is not None:
        return whole
    m = _DATED.match(line)
    if m and m.group("ref"):
        ref = m.group("ref")
        return {"ref": _from_literal(ref) or ref, "date": m.group("date")}
    return line


def evidence_text(evidence: Sequence[Any]) -> str:
    """Canonical evidence (texts or {ref, date}) as the lines of one cell (evidence_entries
    reads them back as they were)."""
    return "\n".join(_entry_line(entry) for entry in evidence)


def evidence_entries(text: str) -> list[Any]:
    """The lines of an evidence cell as assessment data; a date after '|' makes it dated."""
    return [e for e in (_line_entry(line) for line in text.split("\n")) if e is not None]


def _utf16_units(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def split_cell(text: str) -> tuple[str, list[str]]:
    """What the cell shows and, when the text is longer than a cell, the rest in chunks."""
    if _utf16_units(text) <= CELL_CHARS:
        return text, []
    parts: list[str] = []
    start = 0
    while start < len(text):
        end = start + CELL_CHARS // 2  # astral characters count twice: always fits
        parts.append(text[start:end])
        start = end
    return parts[0] + OVERFLOW_MARK, parts[1:]


def join_cell(shown: str, rest: Sequence[Any] | None) -> str | None:
    """The whole text of a cell continued in the hidden sheet; None when the rest is lost."""
    if not shown.endswith(OVERFLOW_MARK):
        return shown
    if not rest or not all(isinstance(part, str) for part in rest):
        return None
    return shown[: -len(OVERFLOW_MARK)] + "".join(rest)


def overflow_key(*where: str) -> str:
    """The hidden sheet's key of a cell's continuation: a field, or an item and a column."""
    return "overflow:" + ":".join(where)


# --- levels as the drop-down lists show them ---------------------------------------------


def level_choices(checklist: Checklist, lang: str) -> list[str]:
    """Drop-down entries such as '3 - Implemented', and n/a; parse_level reads them back."""
    return [level_entry(checklist, lv.value, lang) for lv in checklist.levels] + [na_entry(lang)]


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


def table_header(
    wb: Any,
    ws: Any,
    row: int,
    columns: Sequence[Column],
    lang: str,
    name_of: Callable[[str], str] | None = None,
    label: Callable[[str, str], str] = t,
) -> None:
    """The header row of a table, and a defined name on every named column's header cell."""
    from readiness.workbooks.style import header

    header(ws, row, [label(c.header, lang) for c in columns])
    if name_of is not None:
        for col, c in enumerate(columns, start=1):
            if c.named:
                define_name(wb, name_of(c.key), ws.title, col, row)


def table_row(
    ws: Any,
    row: int,
    columns: Sequence[Column],
    data: Any,
    lang: str,
    extra: Callable[[str, Any], dict[str, Any]] | None = None,
) -> None:
    """One row of a table: each column's value in its style, plus `extra(key, data)` (the
    styles that depend on the value, such as a level's colour), boxed."""
    from readiness.workbooks.style import BOX, COLUMN_STYLES, put

    for col, c in enumerate(columns, start=1):
        style = dict(COLUMN_STYLES[c.style])
        if extra is not None:
            style.update(extra(c.key, data))
        cell = put(
            ws, row, col, c.get(data, lang), **{k: v for k, v in style.items() if v is not None}
        )
        cell.border = BOX


def drop_down(
    ws: Any,
    columns: Sequence[Column],
    key: str,
    rows: tuple[int, int],
    source: str,
    title: str,
    prompt: str,
) -> None:
    """A drop-down list on the column `key` over `rows` (first, last), from the cells at
    `source`; anything typed in is kept too (a number, a key, n/a), so no error message."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    validation = DataValidation(
        type="list",
        formula1=source,
        allow_blank=True,
        showDropDown=False,  # (sic) False shows the arrow
        showInputMessage=True,
        showErrorMessage=False,
        promptTitle=title[:32],
        prompt=prompt[:255],
    )
    letter = get_column_letter(column_index(columns, key))
    validation.add(f"{letter}{rows[0]}:{letter}{max(rows)}")
    ws.add_data_validation(validation)


def finish_table(ws: Any, columns: Sequence[Column], header_row: int, last_row: int) -> None:
    """A sheet holding one table: widths from the columns, header and first column frozen,
    filter and print set-up (the footer comes with style.finish_workbook)."""
    from readiness.workbooks.style import finish_sheet

    finish_sheet(
        ws,
        header_row=header_row,
        columns=len(columns),
        last_row=last_row,
        widths=[c.width for c in columns],
    )
    ws.freeze_panes = f"B{header_row + 1}"


def column_index(columns: Sequence[Column], key: str) -> int:
    """1-based position of the column `key`."""
    return next(i for i, c in enumerate(columns, start=1) if c.key == key)


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
