"""Terminal (table) and Markdown renderings of a comparison.

The table shows the headline figures of both sides, the area deltas and the items that
changed (in audit mode also the items that carry an audit note). The Markdown is plain
GitHub-flavoured Markdown, for e-mails and wikis.
"""

from __future__ import annotations

from readiness.core.comparison import (
    ADDED,
    DOWN,
    MODE_AUDIT,
    NOT_COMPARABLE,
    REMOVED,
    SAME,
    UP,
    Comparison,
    ItemChange,
    Side,
)
from readiness.core.formats import version_key
from readiness.core.model import Checklist, text_in
from readiness.i18n import format_number, join_list, t, t_n
from readiness.reports.markdown import markdown_table, markdown_text
from readiness.reports.rating_text import cap_reasons, rating_with_exceptions
from readiness.reports.table_width import terminal_table, terminal_width, wrap_text
from readiness.reports.terminal_text import inert, inert_lines

# Arrows make the direction visible at a glance in a terminal and in Markdown.
CHANGE_SYMBOLS = {UP: "▲ ", DOWN: "▼ ", ADDED: "+ ", REMOVED: "− ", NOT_COMPARABLE: "≠ "}


def change_name(change: str, lang: str) -> str:
    return t(f"cmp.change_{change}", lang)


def side_names(comparison: Comparison, lang: str) -> tuple[str, str]:
    """Short column names a reader recognises: the two periods when they differ (the usual
    quarter-to-quarter comparison), Declared/Audit for an audited gap report, else
    Reference/Compared."""
    if comparison.mode == MODE_AUDIT:
        return t("cmp.declared", lang), t("cmp.audit", lang)
    base = comparison.base.result.assessment.period
    other = comparison.other.result.assessment.period
    if base != other:
        return base, other
    return t("cmp.base", lang), t("cmp.other", lang)


def side_qualifiers(comparison: Comparison, lang: str) -> tuple[str, str]:
    """The side names as they stand in brackets after a header ("Level (declared)",
    "Level (2026-Q3)"): words in lower case, periods as written."""
    base, other = side_names(comparison, lang)
    if comparison.mode != MODE_AUDIT and (base, other) != (
        t("cmp.base", lang),
        t("cmp.other", lang),
    ):
        return base, other
    return base.lower(), other.lower()


def level_text(checklist: Checklist, value: int | None, present: bool, lang: str) -> str:
    if not present:
        return "—"
    if value is None:
        return t("na", lang)
    level = checklist.level(value)
    return f"{value} {text_in(level.label, lang)}" if level else str(value)


def rating_text(side: Side, lang: str) -> str:
    return rating_with_exceptions(side.result, lang)


def rating_reason_text(side: Side, lang: str) -> str:
    """The gates that capped this side's rating, or an empty text."""
    return cap_reasons(side.result.rating_capped_by, lang)


def effective_text(c: ItemChange, lang: str) -> str:
    def one(present: bool, value: int | None) -> str:
        return "—" if not present else t("na", lang) if value is None else str(value)

    b = one(c.base is not None, c.base_effective_level)
    o = one(c.other is not None, c.other_effective_level)
    return o if b == o else f"{b}→{o}"


def flags_text(c: ItemChange, lang: str) -> str:
    added = [f"+{t(f'flag_{f}', lang)}" for f in c.flags_added]
    removed = [f"−{t(f'flag_{f}', lang)}" for f in c.flags_removed]
    return join_list(added + removed, lang)


def status_name(status: str | None, lang: str) -> str:
    return t(f"status_{status}", lang) if status else t("cmp.no_status", lang)


def status_text(c: ItemChange, lang: str) -> str:
    """'open → done; level did not rise' when the action's status changed."""
    if not c.status_changed:
        return status_name(c.other_status, lang) if c.other_status else ""
    text = f"{status_name(c.base_status, lang)} → {status_name(c.other_status, lang)}"
    if c.level_rose is not None:
        text += "; " + t("cmp.level_rose" if c.level_rose else "cmp.level_did_not_rise", lang)
    return text


def no_rows_message(comparison: Comparison, lang: str) -> str:
    """Never 'No item changed' when the score changed."""
    delta = comparison.score_delta
    if delta is not None and delta != 0:
        return t("cmp.no_item_moved_score_did", lang)
    return t("cmp.no_changes", lang)


def notes(comparison: Comparison, lang: str) -> list[str]:
    """What a reader should know about this comparison, in one line each."""
    out = []
    if comparison.mode == MODE_AUDIT:
        if comparison.audit_levels == 0:
            out.append(t("cmp.note_no_audit", lang))
        out.append(
            t(
                "cmp.note_audit_counts",
                lang,
                levels=comparison.audit_levels,
                notes=comparison.audit_notes,
            )
        )
    elif comparison.identical:
        out.append(t("cmp.note_identical", lang))
    if comparison.versions_differ and any(c.change == NOT_COMPARABLE for c in comparison.items):
        versions = sorted(
            (comparison.base.checklist.version, comparison.other.checklist.version),
            key=version_key,
        )
        out.append(
            t(
                "cmp.note_versions_mapped",
                lang,
                base=comparison.base.checklist.version,
                other=comparison.other.checklist.version,
                older=versions[0],
                newer=versions[1],
            )
        )
    elif comparison.versions_differ:
        out.append(
            t(
                "cmp.note_versions",
                lang,
                base=comparison.base.checklist.version,
                other=comparison.other.checklist.version,
            )
        )
    return out


def headline_rows(comparison: Comparison, lang: str) -> list[list[str]]:
    b, o = comparison.base, comparison.other
    br, orr = b.result, o.result
    rows = [
        [t("agency", lang), b.assessment.agency.name, o.assessment.agency.name, ""],
        [t("period", lang), b.assessment.period, o.assessment.period, ""],
        [
            t("assessed_on", lang),
            b.assessment.assessed_on.isoformat(),
            o.assessment.assessed_on.isoformat(),
            "",
        ],
        [
            t("cmp.checklist_version", lang),
            f"{b.checklist.id} {b.checklist.version}",
            f"{o.checklist.id} {o.checklist.version}",
            "",
        ],
        [
            t("score", lang),
            f"{format_number(br.score, lang)} / 100",
            f"{format_number(orr.score, lang)} / 100",
            format_number(comparison.score_delta, lang, signed=True),
        ],
        [t("rating", lang), rating_text(b, lang), rating_text(o, lang), ""],
    ]
    reasons = (rating_reason_text(b, lang), rating_reason_text(o, lang))
    if any(reasons):
        rows.append([t("rating_capped_by", lang), reasons[0], reasons[1], ""])
    rows += [
        [
            t("maturity", lang),
            format_number(br.maturity, lang, 2),
            format_number(orr.maturity, lang, 2),
            format_number(comparison.maturity_delta, lang, 2, signed=True),
        ],
        [
            t("cmp.applicable_items", lang),
            f"{br.counts['applicable']}/{br.counts['items']}",
            f"{orr.counts['applicable']}/{orr.counts['items']}",
            "",
        ],
        [
            t("gaps", lang),
            str(br.counts["gaps"]),
            str(orr.counts["gaps"]),
            format_number(orr.counts["gaps"] - br.counts["gaps"], lang, signed=True),
        ],
        [
            t("critical_gaps", lang),
            str(br.counts["critical_gaps"]),
            str(orr.counts["critical_gaps"]),
            format_number(
                orr.counts["critical_gaps"] - br.counts["critical_gaps"], lang, signed=True
            ),
        ],
    ]
    return rows


def area_rows(comparison: Comparison, lang: str) -> list[list[str]]:
    return [
        [
            a.id,
            text_in(a.title, lang),
            format_number(a.base, lang),
            format_number(a.other, lang),
            format_number(a.delta, lang, signed=True),
        ]
        for a in comparison.areas
    ]


def shown_items(comparison: Comparison) -> list[ItemChange]:
    """Changed items; in audit mode also the accepted items that carry an audit note."""
    if comparison.mode == MODE_AUDIT:
        return [c for c in comparison.items if c.change != SAME or c.audit_note]
    return comparison.changed


def item_rows(comparison: Comparison, lang: str) -> list[list[str]]:
    rows = []
    for c in shown_items(comparison):
        row = [
            c.id + (" !" if c.item.critical else ""),
            text_in(c.item.title, lang),
            level_text(comparison.base.checklist, c.base_level, c.base is not None, lang),
            level_text(comparison.other.checklist, c.other_level, c.other is not None, lang),
            format_number(c.delta, lang, signed=True),
            CHANGE_SYMBOLS.get(c.change, "") + change_name(c.change, lang),
            effective_text(c, lang),
            flags_text(c, lang),
            status_text(c, lang),
        ]
        if comparison.mode == MODE_AUDIT:
            row.append(c.audit_note or "")
        rows.append(row)
    return rows


def item_headers(comparison: Comparison, lang: str) -> list[str]:
    base_q, other_q = side_qualifiers(comparison, lang)
    headers = [
        t("item", lang),
        t("title", lang),
        f"{t('level', lang)} ({base_q})",
        f"{t('level', lang)} ({other_q})",
        t("cmp.delta", lang),
        t("cmp.change", lang),
        t("cmp.effective", lang),
        t("cmp.flag_changes", lang),
        t("cmp.action_status", lang),
    ]
    if comparison.mode == MODE_AUDIT:
        headers.append(t("audit_note", lang))
    return headers


def counts_line(comparison: Comparison, lang: str) -> str:
    parts = [t_n(f"cmp.counted_{change}", lang, n) for change, n in comparison.counts.items() if n]
    return t("labelled", lang, label=t("changes", lang), text=join_list(parts, lang))


def side_labels(comparison: Comparison, lang: str) -> tuple[str, str]:
    """The two sides as a reader names them: file and period, or, for one audited gap
    report, Declared and Audit in the reader's language (JSON keeps the fixed labels)."""
    if comparison.mode == MODE_AUDIT:
        return side_names(comparison, lang)
    return comparison.base.label, comparison.other.label


def title_line(comparison: Comparison, lang: str) -> str:
    heading = t("cmp.audit_comparison" if comparison.mode == MODE_AUDIT else "cmp.comparison", lang)
    if comparison.mode == MODE_AUDIT:
        # One file on both sides: name it once.
        text = comparison.base.label.removeprefix("declared: ")
    else:
        text = f"{comparison.base.label} → {comparison.other.label}"
    return t("labelled", lang, label=heading, text=text)


def render_table(comparison: Comparison, lang: str) -> str:
    width = terminal_width()

    def label(header: str) -> str:
        return t("label_colon", lang, label=header)

    base_name, other_name = side_names(comparison, lang)
    out = wrap_text(inert(title_line(comparison, lang)), width, subsequent="  ")
    out.append("")
    out.append(
        terminal_table(
            headline_rows(comparison, lang),
            ["", *(inert(name) for name in side_labels(comparison, lang)), t("cmp.delta", lang)],
            wrapped=(1, 2),
            align=("left", "left", "left", "right"),
            label=label,
            width=width,
        )
    )
    out += ["", t("areas", lang)]
    out.append(
        terminal_table(
            area_rows(comparison, lang),
            [t("area", lang), t("title", lang), base_name, other_name, t("cmp.delta", lang)],
            wrapped=(1,),
            align=("left", "left", "right", "right", "right"),
            label=label,
            width=width,
        )
    )
    out.append("")
    rows = item_rows(comparison, lang)
    heading = t("cmp.audited_items" if comparison.mode == MODE_AUDIT else "cmp.changed_items", lang)
    total = len(comparison.items)
    out.extend(
        wrap_text(
            t(
                "top_gaps_heading",  # "Title (N; ! = critical)" with the language's punctuation
                lang,
                title=heading,
                n=t_n("cmp.of_items", lang, len(rows), total=total),
                critical=t("critical", lang).lower(),
            ),
            width,
            subsequent="  ",
        )
    )
    if rows:
        headers = item_headers(comparison, lang)
        # the title, flags and action status wrap (and the audit note)
        wrapped = (1, 7, 8, 9) if comparison.mode == MODE_AUDIT else (1, 7, 8)
        out.append(
            terminal_table(
                rows,
                headers,
                wrapped=[i for i in wrapped if i < len(headers)],
                label=label,
                width=width,
            )
        )
    else:
        out.extend(wrap_text(no_rows_message(comparison, lang), width))
    out.append("")
    out.extend(wrap_text(counts_line(comparison, lang), width, subsequent="  "))
    for note in notes(comparison, lang):
        out.extend(wrap_text(f"- {note}", width, subsequent="  "))
    # Text from the files (names, notes, file names) reaches a terminal here.
    return inert_lines("\n".join(out))


def render_markdown(comparison: Comparison, lang: str) -> str:
    base_name, other_name = side_names(comparison, lang)
    out = [f"# {markdown_text(title_line(comparison, lang))}", ""]
    out.extend(
        markdown_table(
            [" ", *side_labels(comparison, lang), t("cmp.delta", lang)],
            headline_rows(comparison, lang),
            "lllr",
        )
    )
    out += ["", f"## {t('areas', lang)}", ""]
    out.extend(
        markdown_table(
            [t("area", lang), t("title", lang), base_name, other_name, t("cmp.delta", lang)],
            area_rows(comparison, lang),
            "llrrr",
        )
    )
    heading = t("cmp.audited_items" if comparison.mode == MODE_AUDIT else "cmp.changed_items", lang)
    rows = item_rows(comparison, lang)
    total = len(comparison.items)
    out += ["", f"## {heading} ({t_n('cmp.of_items', lang, len(rows), total=total)})", ""]
    if rows:
        out += [f"_{t('cmp.critical_legend', lang)}_", ""]
    if rows:
        align = "llllrllll" + ("l" if comparison.mode == MODE_AUDIT else "")
        out.extend(markdown_table(item_headers(comparison, lang), rows, align))
    else:
        out.append(no_rows_message(comparison, lang))
    out += ["", f"**{markdown_text(counts_line(comparison, lang))}**"]
    extra = notes(comparison, lang)
    if extra:
        out.append("")
        out.extend(f"> - {markdown_text(note)}" for note in extra)
    return "\n".join(out) + "\n"
