"""The YAML written by `readiness migrate`: the assessment as it answers the newer version,
with comments above every item to review or answer, and retired answers kept at the end."""

from __future__ import annotations

from typing import Any

from readiness.core.canonical import canonical_assessment, canonical_response
from readiness.core.crosswalk import MERGED, NEW, REWORDED, SPLIT, Migration, migrated_assessment
from readiness.core.model import Assessment, Response, text_in
from readiness.i18n import labeller
from readiness.reports.yaml_export import render_assessment_yaml, response_lines
from readiness.reports.yaml_template import comment_lines

_LABELS = {
    "migrated": {
        "en": "Migrated by readiness from checklist version {old} to {new}. Lines starting "
        "with REVIEW or ANSWER need your attention; the rest was carried over unchanged.",
        "fr": "Migré par readiness de la version {old} à la version {new} du référentiel. Les "
        "lignes commençant par REVIEW ou ANSWER demandent votre attention ; le reste est repris "
        "tel quel.",
    },
    REWORDED: {
        "en": "REVIEW: reworded in {new} (was {sources} in {old}): check the answer against "
        "the new requirement.",
        "fr": "REVIEW : reformulé dans la version {new} (était {sources} en {old}) : vérifiez la "
        "réponse au regard de la nouvelle exigence.",
    },
    MERGED: {
        "en": "REVIEW: merged in {new} from {sources}: the lowest of their levels is kept, "
        "with all their evidence and notes.",
        "fr": "REVIEW : fusion dans la version {new} de {sources} : le plus bas de leurs niveaux "
        "est retenu, avec toutes leurs preuves et remarques.",
    },
    SPLIT: {
        "en": "REVIEW: split in {new} from {sources}: this is the answer to {sources}; check it "
        "for this part.",
        "fr": "REVIEW : scindé dans la version {new} à partir de {sources} : c'est la réponse à "
        "{sources} ; vérifiez-la pour cette partie.",
    },
    "carried": {
        "en": "REVIEW: carried from {sources} through several versions.",
        "fr": "REVIEW : repris de {sources} à travers plusieurs versions.",
    },
    NEW: {
        "en": "ANSWER: new in {new}.",
        "fr": "ANSWER : nouveau dans la version {new}.",
    },
    "again": {
        "en": "ANSWER again: {reason}; the answer carried from {sources} was: {answer}.",
        "fr": "ANSWER à nouveau : {reason} ; la réponse reprise de {sources} était : {answer}.",
    },
    "unanswered_source": {
        "en": "ANSWER: {sources} had no answer.",
        "fr": "ANSWER : {sources} n'avait pas de réponse.",
    },
    "retired": {
        "en": "Answers to items retired in {new}, kept for the record (not part of this "
        "assessment):",
        "fr": "Réponses aux points retirés dans la version {new}, conservées pour mémoire (hors "
        "de cette auto-évaluation) :",
    },
}
label = labeller(_LABELS)


def _answer_text(r: Response) -> str:
    if r.na:
        return "n/a"
    return "—" if r.level is None else str(r.level)


def _item_comments(migration: Migration, lang: str) -> dict[str, list[str]]:
    old, new = migration.old.version, migration.new.version
    out: dict[str, list[str]] = {}
    for item_id, c in migration.carried.items():
        item = migration.new.item(item_id)
        values: dict[str, Any] = {"old": old, "new": new, "sources": ", ".join(c.sources)}
        lines: list[str] = []
        if c.relation == NEW:
            lines.extend(comment_lines(label(NEW, lang, **values), "  "))
            if item is not None:
                lines.extend(
                    comment_lines(
                        f"{label('requirement', lang)}: {text_in(item.requirement, lang)}", "  "
                    )
                )
                if item.guidance:
                    lines.extend(
                        comment_lines(
                            f"{label('guidance', lang)}: {text_in(item.guidance, lang)}", "  "
                        )
                    )
        elif c.reasons:
            # The answer could not be kept: say what it was, so that nothing is lost.
            lines.extend(
                comment_lines(
                    label(
                        "again",
                        lang,
                        reason="; ".join(c.reasons),
                        answer=_answer_text(c.original) if c.original else "—",
                        **values,
                    ),
                    "  ",
                )
            )
        elif c.needs_answer:
            lines.extend(comment_lines(label("unanswered_source", lang, **values), "  "))
        elif c.review:
            key = c.relation if c.relation in (REWORDED, MERGED, SPLIT) else "carried"
            lines.extend(comment_lines(label(key, lang, **values), "  "))
        if lines:
            out[item_id] = ["", *lines]
    return out


def _retired_lines(migration: Migration, lang: str) -> list[str]:
    if not migration.retired:
        return []
    lines = ["", *comment_lines(label("retired", lang, new=migration.new.version), "")]
    for item_id, response in migration.retired.items():
        item = migration.old.item(item_id)
        title = f" {text_in(item.title, lang)}" if item else ""
        lines.append(f"#   {item_id}{title} ({migration.old.version})")
        entry = canonical_response(response)
        lines.extend(response_lines(item_id, entry, migration.old, lang, prefix="# "))
    return lines


def render_migrated_yaml(assessment: Assessment, migration: Migration, lang: str) -> str:
    """The migrated assessment as YAML, ready to review and complete."""
    canonical = canonical_assessment(migrated_assessment(assessment, migration))
    head = comment_lines(
        label("migrated", lang, old=migration.old.version, new=migration.new.version), ""
    )
    body = render_assessment_yaml(
        canonical,
        migration.new,
        lang,
        before_item=_item_comments(migration, lang),
        trailer=_retired_lines(migration, lang),
    )
    return "\n".join(head) + "\n" + body
