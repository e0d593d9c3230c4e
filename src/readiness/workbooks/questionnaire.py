"""The questionnaire workbook: a self-assessment to fill in with Excel or LibreOffice (SPEC §8).

One sheet, *Responses*: the agency, country, period and date at the top, then one row per
item (id, area, title, requirement) with the cells to fill in — level (a drop-down list that
also takes a number, key or n/a typed in), evidence (one per line, `ref | YYYY-MM-DD` for a
dated one), justification, notes, owner and due date — and, to the right, what the unit needs
to know to answer (target, weight, critical, evidence required, n/a allowed, guidance).
The hidden `readiness` sheet names the checklist and holds the drop-down list; defined names
mark the cells the reader uses (workbook_layout.py), so the workbook is read back in any
language. Written empty by `readiness init --format xlsx`, or filled from an assessment by
`readiness convert`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.worksheet import Worksheet

from readiness import __version__
from readiness.core.model import ACTION_STATUSES, Assessment, Checklist, Item, text_in
from readiness.i18n import join_list, t
from readiness.reports.yaml_template import current_period
from readiness.workbooks.layout import (
    EVIDENCE_DATE_SEPARATOR,
    FORMAT_VERSION,
    KIND_QUESTIONNAIRE,
    META_CHECKLIST_ID,
    META_CHECKLIST_VERSION,
    META_FORMAT,
    META_KIND,
    META_LANG,
    META_LEVEL_CHOICES,
    META_SHEET,
    META_STATUS_CHOICES,
    META_VERSION,
    QUESTIONNAIRE_GUIDANCE,
    QUESTIONNAIRE_TABLE,
    QUESTIONNAIRE_TOP,
    READ_DATE,
    READ_EVIDENCE,
    READ_ID,
    READ_TEXT,
    assessment_time,
    define_name,
    drop_down,
    encode_text,
    evidence_cell,
    finish_table,
    level_choices,
    level_entry,
    na_entry,
    overflow_key,
    questionnaire_column_name,
    questionnaire_field_name,
    save_workbook,
    split_cell,
    table_header,
    table_row,
    write_meta,
)
from readiness.workbooks.style import (
    BOLD,
    BOX,
    DATE_FORMAT,
    INPUT_FILL,
    TEXT_FORMAT,
    TOP,
    WRAP,
    PageFrame,
    finish_workbook,
    put,
    set_properties,
    sheet_title,
    title_block,
)

HINT_FONT = Font(italic=True, color="595959")


def write_questionnaire(
    path: Path,
    checklist: Checklist,
    lang: str,
    *,
    agency: str | None = None,
    country: str | None = None,
    period: str | None = None,
    today: dt.date | None = None,
    assessment: Assessment | None = None,
    carried_notes: dict[str, str] | None = None,
    marking: str = "",
) -> None:
    """An empty questionnaire (init), or one filled from `assessment` (convert, or
    init --from with `carried_notes`: what to review in each item, in a column of its own)."""
    today = today or dt.date.today()
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet_title(t("quest.sheet", lang))
    choices = level_choices(checklist, lang)
    version = assessment.checklist_version if assessment is not None else checklist.version
    meta_rows = write_meta(
        wb,
        [
            (META_KIND, [KIND_QUESTIONNAIRE]),
            (META_FORMAT, [FORMAT_VERSION]),
            (META_VERSION, [__version__]),
            (META_LANG, [lang]),
            (META_CHECKLIST_ID, [checklist.id]),
            (META_CHECKLIST_VERSION, [version or ""]),
            (META_LEVEL_CHOICES, choices),
            (META_STATUS_CHOICES, list(ACTION_STATUSES)),
        ],
    )
    row = meta_rows[META_LEVEL_CHOICES]
    choices_ref = (
        f"{quote_sheetname(META_SHEET)}!$B${row}:${get_column_letter(1 + len(choices))}${row}"
    )

    if assessment is not None:
        fields: dict[str, Any] = {
            "agency_name": assessment.agency.name,
            "agency_unit": assessment.agency.unit,
            "agency_country": assessment.agency.country,
            "period": assessment.period,
            "assessed_on": assessment.assessed_on,
            "assessor_name": (assessment.assessor or {}).get("name"),
            "assessor_role": (assessment.assessor or {}).get("role"),
        }
        when = assessment.assessed_on
    else:
        fields = {
            "agency_name": agency,
            "agency_unit": None,
            "agency_country": country,
            "period": period or current_period(today),
            "assessed_on": today,
            "assessor_name": None,
            "assessor_role": None,
        }
        when = today
    fields["checklist"] = f"{checklist.id} {version or ''}".strip()
    overflow: list[tuple[str, list[str]]] = []
    for f in QUESTIONNAIRE_TOP:
        if f.read == READ_TEXT and f.key != "checklist" and isinstance(fields.get(f.key), str):
            fields[f.key] = _cell_text(fields[f.key], overflow_key(f.key), overflow)

    next_row = _top(wb, ws, checklist, lang, fields)
    status_row = meta_rows[META_STATUS_CHOICES]
    status_ref = (
        f"{quote_sheetname(META_SHEET)}!$B${status_row}"
        f":${get_column_letter(1 + len(ACTION_STATUSES))}${status_row}"
    )
    _table(
        wb,
        ws,
        checklist,
        lang,
        next_row,
        (choices_ref, status_ref),
        assessment,
        carried_notes,
        overflow,
    )
    meta = wb[META_SHEET]
    for key, rest in overflow:  # texts longer than a cell go on in the hidden sheet
        row = meta.max_row + 1
        put(meta, row, 1, key)
        for col, part in enumerate(rest, start=2):
            put(meta, row, col, part)
    _guidance(wb, wb.create_sheet(sheet_title(t("guidance", lang)), 1), checklist, lang)

    set_properties(
        wb,
        title=f"{t('quest.heading', lang)} — {text_in(checklist.title, lang)}",
        subject=text_in(checklist.title, lang),
        keywords=f"readiness; {checklist.id} {checklist.version}; questionnaire",
        description=t("quest.how_check", lang),
        when=assessment_time(when),
    )
    agency_name = fields.get("agency_name") or ""
    finish_workbook(
        wb,
        PageFrame(lang=lang, agency=agency_name, period=fields["period"] or "", marking=marking),
    )
    save_workbook(wb, path, assessment_time(when))


def _top(
    wb: Workbook, ws: Worksheet, checklist: Checklist, lang: str, fields: dict[str, Any]
) -> int:
    row = title_block(
        ws,
        f"{t('quest.heading', lang)} — {text_in(checklist.title, lang)}",
        t(
            "quest.subtitle",
            lang,
            checklist=text_in(checklist.title, lang),
            id=checklist.id,
            version=checklist.version,
            readiness=__version__,
        ),
    )
    for f in QUESTIONNAIRE_TOP:
        put(ws, row, 1, t(f.label, lang), font=BOLD, alignment=WRAP)
        value = fields.get(f.key)
        if f.key == "checklist":
            put(ws, row, 3, value, alignment=TOP)
        elif f.read == READ_DATE:
            put(
                ws,
                row,
                3,
                value,
                fill_=INPUT_FILL,
                number_format=DATE_FORMAT,
                alignment=Alignment(horizontal="left", vertical="top"),
            ).border = BOX
        else:
            put(ws, row, 3, value or None, fill_=INPUT_FILL, number_format=TEXT_FORMAT).border = BOX
        put(ws, row, 4, t(f.hint, lang), font=HINT_FONT)
        define_name(wb, questionnaire_field_name(f.key), ws.title, 3, row)
        row += 1
    row += 1
    values = [str(lv.value) for lv in checklist.levels]
    levels = f"{values[0]}-{values[-1]}" if values else ""
    keys = join_list((lv.key for lv in checklist.levels), lang)
    for text in (
        t("quest.how_level", lang, levels=levels, keys=keys, na_col=t("quest.na_allowed", lang)),
        t("quest.how_evidence", lang, sep=EVIDENCE_DATE_SEPARATOR),
        t("personal_data_notice", lang),
        t("quest.how_check", lang),
    ):
        put(ws, row, 1, text, font=HINT_FONT)
        row += 1
    return row + 1


def _table(
    wb: Workbook,
    ws: Worksheet,
    checklist: Checklist,
    lang: str,
    header_row: int,
    refs: tuple[str, str],
    assessment: Assessment | None,
    carried_notes: dict[str, str] | None,
    overflow: list[tuple[str, list[str]]],
) -> None:
    choices_ref, status_ref = refs
    # The carried-over column only in a questionnaire from `init --from`.
    if carried_notes is None:
        columns = [c for c in QUESTIONNAIRE_TABLE if c.key != "carried_over"]
    else:
        columns = list(QUESTIONNAIRE_TABLE)
    table_header(wb, ws, header_row, columns, lang, questionnaire_column_name)
    row = header_row
    for item in checklist.items:
        row += 1
        answer = _answer(checklist, assessment, item.id, lang)
        for c in columns:
            if c.read in (READ_TEXT, READ_EVIDENCE) and isinstance(answer.get(c.key), str):
                text = answer[c.key] if c.read == READ_EVIDENCE else encode_text(answer[c.key])
                answer[c.key] = _cell_text(text, overflow_key(item.id, c.key), overflow, True)
        if carried_notes is not None:
            answer["carried_over"] = carried_notes.get(item.id)
        table_row(ws, row, columns, (item, answer), lang, _bold_if_critical)
    rows = (header_row + 1, max(row, header_row + 1))
    drop_down(
        ws, columns, "level", rows, choices_ref, t("level", lang), t("quest.level_prompt", lang)
    )
    drop_down(
        ws, columns, "status", rows, status_ref, t("status", lang), t("quest.status_prompt", lang)
    )
    finish_table(ws, columns, header_row, row)


def _cell_text(
    text: str, key: str, overflow: list[tuple[str, list[str]]], encoded: bool = False
) -> str:
    """A text as its cell holds it (layout.encode_text), the rest of a long one kept aside."""
    shown, rest = split_cell(text if encoded else encode_text(text))
    if rest:
        overflow.append((key, rest))
    return shown


def _guidance(wb: Workbook, ws: Worksheet, checklist: Checklist, lang: str) -> None:
    """The checklist's guidance, in a sheet of its own (layout.QUESTIONNAIRE_GUIDANCE)."""
    row = title_block(ws, f"{t('guidance', lang)} — {text_in(checklist.title, lang)}")
    header_row = row
    table_header(wb, ws, row, QUESTIONNAIRE_GUIDANCE, lang)
    for item in checklist.items:
        row += 1
        table_row(ws, row, QUESTIONNAIRE_GUIDANCE, item, lang, _guidance_bold)
    finish_table(ws, QUESTIONNAIRE_GUIDANCE, header_row, row)


def _guidance_bold(key: str, item: Item) -> dict[str, Any]:
    return {"font": BOLD} if key == "item" and item.critical else {}


def _bold_if_critical(key: str, row: tuple[Item, dict[str, Any]]) -> dict[str, Any]:
    return {"font": BOLD} if key == "item" and row[0].critical else {}


def _answer(
    checklist: Checklist, assessment: Assessment | None, item_id: str, lang: str
) -> dict[str, Any]:
    # One blank cell per answer column of the table.
    empty: dict[str, Any] = {
        c.key: None for c in QUESTIONNAIRE_TABLE if c.read not in (None, READ_ID)
    }
    if assessment is None or item_id not in assessment.responses:
        return empty
    r = assessment.responses[item_id]
    if r.na:
        level: str | None = na_entry(lang)
    elif not r.answered or r.level is None:
        level = None
    else:
        level = level_entry(checklist, r.level, lang)
    return {
        **empty,
        "level": level,
        "evidence": evidence_cell(r.evidence) or None,
        "justification": r.justification,
        "notes": r.notes,
        "owner": r.owner,
        "due": r.due,
        "status": r.status,
        "exception_reason": r.exception.reason if r.exception else None,
        "exception_approved_by": r.exception.approved_by if r.exception else None,
        "exception_approved_on": r.exception.approved_on if r.exception else None,
        "exception_expires": r.exception.expires if r.exception else None,
    }
