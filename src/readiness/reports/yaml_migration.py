"""The YAML written by `readiness migrate`: the assessment as it answers the newer version,
with comments above every item to review or answer, and retired answers kept at the end."""

from __future__ import annotations

from typing import Any

from readiness.core.canonical import canonical_assessment, canonical_response
from readiness.core.crosswalk import MERGED, NEW, REWORDED, SPLIT, Migration, migrated_assessment
from readiness.core.model import Assessment, Response, text_in
from readiness.i18n import t
from readiness.reports.yaml_export import render_assessment_yaml, response_lines
from readiness.reports.yaml_template import comment_lines


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
            lines.extend(comment_lines(t(f"migrate.{NEW}", lang, **values), "  "))
            if item is not None:
                lines.extend(
                    comment_lines(
                        t(
                            "labelled",
                            lang,
                            label=t("requirement", lang),
                            text=text_in(item.requirement, lang),
                        ),
                        "  ",
                    )
                )
                if item.guidance:
                    lines.extend(
                        comment_lines(
                            t(
                                "labelled",
                                lang,
                                label=t("guidance", lang),
                                text=text_in(item.guidance, lang),
                            ),
                            "  ",
                        )
                    )
        elif c.reasons:
            # The answer could not be kept: say what it was, so that nothing is lost.
            lines.extend(
                comment_lines(
                    t(
                        "migrate.again",
                        lang,
                        reason="; ".join(
                            t(f"migrate.reason_{code}", lang, **params)
                            for code, params in c.reasons
                        ),
                        answer=_answer_text(c.original) if c.original else "—",
                        **values,
                    ),
                    "  ",
                )
            )
        elif c.needs_answer:
            lines.extend(comment_lines(t("migrate.unanswered_source", lang, **values), "  "))
        elif c.review:
            key = c.relation if c.relation in (REWORDED, MERGED, SPLIT) else "carried"
            lines.extend(comment_lines(t(f"migrate.{key}", lang, **values), "  "))
        if lines:
            out[item_id] = ["", *lines]
    return out


def _retired_lines(migration: Migration, lang: str) -> list[str]:
    if not migration.retired:
        return []
    lines = ["", *comment_lines(t("migrate.retired", lang, new=migration.new.version), "")]
    for item_id, response in migration.retired.items():
        item = migration.old.item(item_id)
        title = f" {text_in(item.title, lang)}" if item else ""
        lines.append(f"#   {item_id}{title} ({migration.old.version})")
        entry = canonical_response(response)
        lines.extend(response_lines(item_id, entry, migration.old, lang, prefix="# "))
    return lines


def migration_comments(migration: Migration, lang: str) -> tuple[dict[str, list[str]], list[str]]:
    """The comment lines above each item to review or answer, and the retired answers (for
    any YAML carried across versions: `migrate`, `init --from`)."""
    return _item_comments(migration, lang), _retired_lines(migration, lang)


def render_migrated_yaml(assessment: Assessment, migration: Migration, lang: str) -> str:
    """The migrated assessment as YAML, ready to review and complete."""
    canonical = canonical_assessment(migrated_assessment(assessment, migration))
    head = comment_lines(
        t("migrate.migrated", lang, old=migration.old.version, new=migration.new.version), ""
    )
    body = render_assessment_yaml(
        canonical,
        migration.new,
        lang,
        before_item=_item_comments(migration, lang),
        trailer=_retired_lines(migration, lang),
    )
    return "\n".join(head) + "\n" + body
