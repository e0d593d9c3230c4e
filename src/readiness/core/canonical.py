"""The canonical form of an assessment and its fingerprint: what every output embeds
and every comparison relies on."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from readiness.core.model import Assessment, Evidence, Response


def canonical_evidence(evidence: Iterable[Evidence]) -> list[Any]:
    """Evidence as plain data: a text, or {ref, date} for a dated entry."""
    return [{"ref": e.ref, "date": e.date.isoformat()} if e.date else e.ref for e in evidence]


def canonical_response(r: Response) -> dict[str, Any]:
    """One answer as plain data, as it appears under `responses:`."""
    entry: dict[str, Any] = {"level": "n/a" if r.na else (r.level if r.answered else None)}
    if r.evidence:
        entry["evidence"] = canonical_evidence(r.evidence)
    for key in ("justification", "notes", "owner"):
        value = getattr(r, key)
        if value:
            entry[key] = value
    if r.due:
        entry["due"] = r.due.isoformat()
    if r.status:
        entry["status"] = r.status
    if r.exception is not None:
        x = r.exception
        entry["exception"] = {
            "reason": x.reason,
            "approved_by": x.approved_by,
            "approved_on": x.approved_on.isoformat(),
            "expires": x.expires.isoformat(),
        }
    return entry


def canonical_assessment(a: Assessment) -> dict[str, Any]:
    """The assessment as plain data: stable, complete, and itself a valid input."""
    responses = {item_id: canonical_response(r) for item_id, r in a.responses.items()}
    agency: dict[str, Any] = {"name": a.agency.name, "country": a.agency.country}
    if a.agency.unit:
        agency["unit"] = a.agency.unit
    out: dict[str, Any] = {"checklist": a.checklist_id}
    if a.checklist_version:
        out["checklist_version"] = a.checklist_version
    out.update(agency=agency, period=a.period, assessed_on=a.assessed_on.isoformat())
    if a.assessor:
        out["assessor"] = dict(a.assessor)
    out["responses"] = responses
    return out


def fingerprint(data: Any) -> str:
    import hashlib
    import json

    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
