"""What `assess REPORT.xlsx --audited` reads (SPEC §14): the auditor's cells on the Summary,
the audit columns of the Items sheet, and the unit's declaration, as one `AuditRecord`.

Every problem is located at its cell; nothing is scored here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from readiness.core.comparison import (
    AuditRecord,
    audit_problems,
    declared_assessment,
    loaded_audit_entries,
)
from readiness.core.loaded import KIND_GAP_REPORT, LoadedAssessment
from readiness.core.problems import ERROR, Problem
from readiness.i18n import Message


def audit_record(loaded: LoadedAssessment) -> tuple[AuditRecord | None, list[Problem]]:
    """The audit of a valid gap report, from its cells; problems when it cannot be used."""
    if loaded.kind != KIND_GAP_REPORT or loaded.checklist is None or loaded.assessment is None:
        kind = Message(f"cons.{loaded.kind}")  # the kinds' names in the consolidation workbook
        return None, [Problem(ERROR, Message("audit.needs_gap_report", kind=kind))]
    problems = audit_problems(loaded.checklist, loaded.extras.get("audit"))
    cells: dict[str, dict[str, Any]] = loaded.extras.get("auditor_cells") or {}
    values: dict[str, Any] = {}
    for key in ("auditor_name", "auditor_role", "audit_date"):
        cell = cells.get(key) or {}
        sheet, ref = cell.get("sheet"), cell.get("cell")
        value = cell.get("value")
        if key == "audit_date" and isinstance(value, str):
            try:
                value = dt.date.fromisoformat(value)
            except ValueError:
                problems.append(
                    Problem(ERROR, Message("audit.bad_date", value=value), sheet=sheet, cell=ref)
                )
                value = None
                continue
        if value is None and key != "auditor_role":
            field = Message(f"gap.{key}")
            problems.append(
                Problem(ERROR, Message("audit.missing_field", field=field), sheet=sheet, cell=ref)
            )
        values[key] = value
    if any(p.is_error for p in problems):
        return None, problems
    return (
        AuditRecord(
            auditor=values["auditor_name"],
            role=values.get("auditor_role"),
            date=values["audit_date"],
            declared=declared_assessment(loaded),
            entries=loaded_audit_entries(loaded),
        ),
        problems,
    )


def embedded_audit_record(loaded: LoadedAssessment) -> AuditRecord | None:
    """The audit an audited gap report already carries (to keep it when scored again)."""
    record = loaded.extras.get("audited")
    if not isinstance(record, dict) or loaded.checklist is None:
        return None
    try:
        date = dt.date.fromisoformat(str(record.get("date")))
    except ValueError:
        return None
    return AuditRecord(
        auditor=str(record.get("name")),
        role=record.get("role"),
        date=date,
        declared=declared_assessment(loaded),
        entries=loaded_audit_entries(loaded),
    )
