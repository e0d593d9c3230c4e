"""The words of a carried-forward template (`init --from`), for YAML comments and the
questionnaire's note column: where the answers come from and what to look at again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from readiness.core.canonical import canonical_assessment
from readiness.core.carry_forward import CarriedForward
from readiness.core.model import Checklist
from readiness.i18n import t
from readiness.reports.yaml_export import render_assessment_yaml
from readiness.reports.yaml_migration import migration_comments
from readiness.reports.yaml_template import comment_lines

if TYPE_CHECKING:
    from readiness.core.crosswalk import Migration


def stale_lines(
    carried: CarriedForward, checklist: Checklist, item_id: str, lang: str
) -> list[str]:
    return [
        t(
            "carry.stale_line",
            lang,
            ref=s.evidence.ref,
            date=s.evidence.date.isoformat() if s.evidence.date else "",
            age=s.age_days,
            days=checklist.evidence_max_age_days,
        )
        for s in carried.stale_of(item_id)
    ]


def carried_notes(carried: CarriedForward, checklist: Checklist, lang: str) -> dict[str, str]:
    """Per item, what to look at again (the questionnaire's note column)."""
    notes = {}
    for item in checklist.items:
        lines = stale_lines(carried, checklist, item.id, lang)
        if lines:
            notes[item.id] = "\n".join(lines)
    return notes


def carried_head(
    carried: CarriedForward,
    checklist: Checklist,
    lang: str,
    *,
    source: str,
    out: str,
    audited: bool,
) -> list[str]:
    a = carried.assessment
    lines = [
        t(
            "carry.from",
            lang,
            file=source,
            period=carried.previous_period,
            next=a.period,
            out=out,
        )
    ]
    if audited:
        lines.append(t("carry.audited", lang))
    if carried.stale:
        lines.append(
            t(
                "carry.stale_count",
                lang,
                n=len(carried.stale),
                days=checklist.evidence_max_age_days,
                date=a.assessed_on.isoformat(),
            )
        )
    return lines


def render_carried_yaml(
    carried: CarriedForward,
    checklist: Checklist,
    lang: str,
    *,
    source: str,
    out: str,
    audited: bool,
    migration: Migration | None = None,
) -> str:
    """The next period's YAML; with `migration` (an older version carried through the
    crosswalk), also what `migrate` says above each item to review or answer, and the
    retired answers at the end."""
    head = carried_head(carried, checklist, lang, source=source, out=out, audited=audited)
    comments: dict[str, list[str]] = {}
    trailer: list[str] = []
    if migration is not None:
        comments, trailer = migration_comments(migration, lang)
    for item in checklist.items:
        lines = stale_lines(carried, checklist, item.id, lang)
        if lines:
            comments.setdefault(item.id, []).extend(
                wrapped for line in lines for wrapped in comment_lines(line, "  ")
            )
    return render_assessment_yaml(
        canonical_assessment(carried.assessment),
        checklist,
        lang,
        head=head,
        before_item=comments,
        trailer=trailer,
    )
