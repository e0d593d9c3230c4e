"""Terminal (table) and Markdown rendering of an aggregation: the figures HQ acts on.

Both renderings are built from the same sections (title, headers, rows), so a figure is
laid out once. With `min_group` (the `--anonymise` view) only region-level and overall
figures appear, never a name, and regions keep their fixed order (no ranking).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from readiness.core.aggregation import (
    ACCEPTED,
    OTHER_PERIOD,
    REJECTED,
    SUPERSEDED,
    Aggregate,
    RegionStats,
    common_gaps,
)
from readiness.core.model import text_in
from readiness.core.publication import OTHER_REGIONS, Publication, publication
from readiness.core.roster import REGIONS, UNKNOWN_REGION
from readiness.i18n import DEFAULT, catalogue, format_number, format_percent, join_list, t, t_n
from readiness.reports.markdown import markdown_table, markdown_text
from readiness.reports.table_width import terminal_table, terminal_width, wrap_text
from readiness.reports.terminal_text import inert, inert_lines

TOP_GAPS = 10
TOP_LIST = 20  # submitters listed in the terminal (all of them in Markdown)
PERIODS_NAMED = 10  # periods named when the reporting period has no submission


# Shared with the consolidation workbook, so that each of these words is written once.


def follow_up_label(name: str, lang: str) -> str:
    """A follow-up class or rule as users read it: the built-in policy's in their language,
    a rules file's as written."""
    key = f"agg.follow_up_{name}"
    return t(key, lang) if key in catalogue(DEFAULT) else name


def region_label(region: str, lang: str) -> str:
    """A region's name in the user's language (a roster's own names stay as written)."""
    if region in REGIONS or region in (UNKNOWN_REGION, OTHER_REGIONS):
        return t(f"agg.region_{region}", lang)
    return region


@dataclass
class Section:
    title: str
    headers: list[str] = field(default_factory=list)
    rows: list[list[Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    more: int = 0  # rows left out of the terminal view
    align: tuple[str, ...] = ()


def _headline(agg: Aggregate, lang: str, pub: Publication | None) -> list[tuple[str, str]]:
    c = agg.checklist
    rules = agg.policy.source if agg.policy else "built-in"
    rules_text = t("agg.built_in", lang) if rules == "built-in" else rules
    if pub is not None and rules != "built-in":
        rules_text = t("agg.custom_rules", lang)
    lines = [
        (t("checklist", lang), f"{text_in(c.title, lang)} ({c.id} {c.version})"),
        (t("agg.reporting_period", lang), agg.period or "—"),
        (
            t("agg.inputs", lang),
            t(
                "agg.inputs_line",
                lang,
                inputs=t_n("agg.count_received", lang, agg.inputs),
                accepted=t_n("agg.count_accepted", lang, agg.count(ACCEPTED)),
                superseded=t_n("agg.count_superseded", lang, agg.count(SUPERSEDED)),
                other_period=t_n("agg.count_other_period", lang, agg.count(OTHER_PERIOD)),
                rejected=t_n("agg.count_rejected", lang, agg.count(REJECTED)),
            ),
        ),
    ]
    if agg.coverage is not None:
        cov = agg.coverage
        lines.append(
            (
                t("agg.coverage", lang),
                t_n(
                    "agg.coverage_line",
                    lang,
                    cov.expected,
                    received=len(cov.received),
                    expected=cov.expected,
                    share=format_percent(cov.share, lang),
                ),
            )
        )
    if pub is None or not pub.overall_suppressed:
        lines += [
            (t("agg.mean_score", lang), f"{format_number(agg.mean_score, lang)} / 100"),
            (
                t("agg.ratings", lang),
                join_list(
                    (
                        f"{c.rating_label(k, lang)} {n}"
                        for k, n in agg.ratings.items()
                        if c.band_index(k) is not None
                    ),
                    lang,
                ),
            ),
            (
                t("agg.follow_up", lang),
                join_list(
                    (f"{follow_up_label(cls, lang)} {n}" for cls, n in agg.follow_up.items()), lang
                )
                + " "
                + t("agg.rules_note", lang, rules=rules_text),
            ),
        ]
    return lines


def _region_sections(agg: Aggregate, lang: str, pub: Publication | None) -> list[Section]:
    """By region: coverage, submissions, mean score and ratings; then the area means by
    region (two tables, so that each fits a terminal)."""
    c = agg.checklist
    bands = c.rating_bands
    with_roster = agg.coverage is not None
    headers = [t("agg.region", lang)]
    if with_roster:
        headers += [t("agg.expected", lang), t("agg.received", lang), t("agg.coverage", lang)]
    headers += [
        t("agg.submissions", lang),
        t("agg.mean_score", lang),
        *(c.rating_label(b.key, lang) for b in bands),
    ]
    area_headers = [t("agg.region", lang), *(a.id for a in c.areas)]
    rows: list[list[Any]] = []
    area_rows: list[list[Any]] = []
    groups: list[tuple[RegionStats, bool]] = (
        [(r, False) for r in agg.regions]
        if pub is None
        else [(g.stats, g.suppressed) for g in pub.groups]
    )
    for r, suppressed in groups:
        label = region_label(r.region, lang)
        row: list[Any] = [label]
        if with_roster and suppressed:  # the received count would tell the submissions
            row += [r.expected or 0, t("agg.suppressed", lang), ""]
        elif with_roster:
            share = r.received / r.expected if r.expected and r.received is not None else None
            row += [r.expected or 0, r.received or 0, format_percent(share, lang)]
        if suppressed:
            row += [t("agg.suppressed", lang)] + [""] * (1 + len(bands))
            area_rows.append([label, t("agg.suppressed", lang)] + [""] * (len(c.areas) - 1))
        else:
            row += [
                r.submissions,
                format_number(r.mean_score, lang),
                *(r.ratings.get(b.key, 0) for b in bands),
            ]
            area_rows.append([label, *(format_number(a.mean, lang) for a in r.areas)])
        rows.append(row)
    notes = []
    if pub is not None:
        if pub.merged:
            names = join_list((region_label(r, lang) for r in pub.merged), lang)
            notes.append(t("agg.merged_note", lang, regions=names))
        if any(g.suppressed for g in pub.groups):
            notes.append(t("agg.suppressed_group", lang, k=pub.min_group))
    return [
        Section(
            t("agg.regions", lang),
            headers,
            rows,
            align=("left",) + ("right",) * (len(headers) - 1),
        ),
        Section(
            t("agg.area_means_by_region", lang),
            area_headers,
            area_rows,
            notes,
            align=("left",) + ("right",) * len(c.areas),
        ),
    ]


def _areas_section(agg: Aggregate, lang: str, anonymised: bool) -> Section:
    titles = {area.id: text_in(area.title, lang) for area in agg.checklist.areas}
    headers = [t("area", lang), t("title", lang), t("mean", lang)]
    if not anonymised:  # a lowest or highest score is one unit's
        headers += [t("min", lang), t("max", lang)]
    rows = []
    for a in agg.areas:
        row = [a.id, titles[a.id], format_number(a.mean, lang)]
        if not anonymised:
            row += [format_number(a.min, lang), format_number(a.max, lang)]
        rows.append(row)
    align = ("left", "left") + ("right",) * (len(headers) - 2)
    return Section(t("areas", lang), headers, rows, align=align)


def _gaps_section(agg: Aggregate, lang: str, limit: int | None) -> Section:
    gaps = common_gaps(agg)
    titles = {item.id: text_in(item.title, lang) for item in agg.checklist.items}
    shown = gaps if limit is None else gaps[:limit]
    section = Section(
        f"{t('agg.common_gaps', lang)} ({len(shown)}/{len(gaps)})",
        [t("item", lang), t("title", lang), t("gaps_n", lang), t("at_target_n", lang)],
        [
            [s.id, titles[s.id], f"{s.gaps}/{s.applicable}", format_percent(s.at_target, lang)]
            for s in shown
        ],
        align=("left", "left", "right", "right"),
    )
    if not gaps:
        section.notes.append(t("agg.no_gaps", lang))
    return section


def _party_rows(parties: list[Any], lang: str, contact: bool) -> list[list[Any]]:
    return [
        [
            p.country,
            p.agency,
            p.unit or "",
            region_label(p.region, lang),
            *([p.contact or ""] if contact else []),
        ]
        for p in parties
    ]


def _nothing_accepted(agg: Aggregate, lang: str) -> str:
    """Why the reporting period has no figure: a period nobody submitted for (a mistyped
    --period) is answered with the periods there are."""
    present = [p.period for p in agg.periods]
    if agg.period is None or not present or agg.period in present:
        return t("agg.no_accepted", lang)
    more = len(present) - PERIODS_NAMED
    return t(
        "agg.period_absent",
        lang,
        period=agg.period,
        periods=join_list(present[:PERIODS_NAMED], lang),
        more=t_n("agg.periods_more", lang, more) if more > 0 else "",
    )


def sections(
    agg: Aggregate, lang: str, min_group: int | None, *, limit: int | None
) -> tuple[list[tuple[str, str]], list[Section]]:
    """The headline and the sections, shared by the table and the Markdown."""
    pub = publication(agg, min_group) if min_group is not None else None
    headline = _headline(agg, lang, pub)
    out: list[Section] = []
    if pub is not None:
        out.append(Section("", notes=[t("agg.anonymised_note", lang, k=pub.min_group)]))
        if pub.overall_suppressed:
            out.append(Section("", notes=[t("agg.suppressed_all", lang, k=pub.min_group)]))
            return headline, out
    if not agg.accepted:
        out.append(Section("", notes=[_nothing_accepted(agg, lang)]))
    else:
        out.extend(_region_sections(agg, lang, pub))
        out.append(_areas_section(agg, lang, pub is not None))
        out.append(_gaps_section(agg, lang, TOP_GAPS if limit is not None else None))
    if pub is not None:
        return headline, out
    policy = agg.policy
    if policy is not None:
        flagged = [
            p
            for p in agg.placed
            if p.status == ACCEPTED and p.follow_up and p.follow_up.cls != policy.default
        ]
        if flagged:
            s = Section(
                t("agg.follow_up_list", lang, default=follow_up_label(policy.default, lang))
                + f" ({len(flagged)})",
                [
                    t("country", lang),
                    t("agency", lang),
                    t("unit", lang),
                    t("score", lang),
                    t("agg.class", lang),
                    t("agg.rule", lang),
                ],
            )
            shown = flagged if limit is None else flagged[:limit]
            s.rows = [
                [
                    p.submission.country,
                    p.submission.agency,
                    p.submission.unit or "",
                    format_number(p.submission.shown_score, lang),
                    follow_up_label(p.follow_up.cls, lang) if p.follow_up else "",
                    follow_up_label(p.follow_up.rule, lang) if p.follow_up else "",
                ]
                for p in shown
            ]
            s.more = len(flagged) - len(shown)
            out.append(s)
    cov = agg.coverage
    if cov is not None:
        party_headers = [
            t("country", lang),
            t("agency", lang),
            t("unit", lang),
            t("agg.region", lang),
        ]
        for key, parties, contact in (
            ("agg.missing", cov.missing, True),
            ("agg.unexpected", cov.unexpected, False),
        ):
            if not parties:
                continue
            listed = parties if limit is None else parties[:limit]
            out.append(
                Section(
                    f"{t(key, lang)} ({len(parties)})",
                    party_headers + ([t("agg.contact", lang)] if contact else []),
                    _party_rows(listed, lang, contact),
                    more=len(parties) - len(listed),
                )
            )
    return headline, out


def _rejected_lines(agg: Aggregate, lang: str) -> list[str]:
    out = []
    for r in agg.rejected:
        errors = [p for p in r.problems if p.is_error] or list(r.problems)
        more = t_n("agg.more_problems", lang, len(errors) - 1) if len(errors) > 1 else ""
        first = errors[0].format(r.file, lang) if errors else r.file
        out.append(f"{inert(first)} {more}".rstrip())
    return out


def render_table(
    agg: Aggregate, lang: str, min_group: int | None = None, *, workbook_written: bool = True
) -> str:
    width = terminal_width()

    def label(header: str) -> str:
        return t("label_colon", lang, label=header)

    headline, parts = sections(agg, lang, min_group, limit=TOP_LIST)
    out = [terminal_table(headline, wrapped=(1,), width=width), ""]
    for s in parts:
        if s.title:
            out.extend(wrap_text(s.title, width, subsequent="  "))
        if s.headers:
            # Every column of text wraps (titles, names, rules), not the codes and figures.
            align = list(s.align) or ["left"] * len(s.headers)
            wrapped = [i for i, a in enumerate(align) if i and a == "left"]
            out.append(
                terminal_table(
                    s.rows, s.headers, wrapped=wrapped, align=align, label=label, width=width
                )
            )
        if s.more:
            out.extend(wrap_text(t_n("agg.more_rows", lang, s.more), width))
        for note in s.notes:
            out.extend(wrap_text(note, width, subsequent="  "))
        out.append("")
    if agg.rejected and min_group is None:
        out.append(f"{t('agg.rejected', lang)} ({len(agg.rejected)})")
        # Problem lines stay whole: editors and CI match FILE:LINE:COL, and paths are copied.
        out.extend("  " + line for line in _rejected_lines(agg, lang))
        # Never point to a workbook that --no-excel did not write.
        hint = "agg.rejected_hint" if workbook_written else "agg.rejected_hint_json"
        out.extend(wrap_text(t(hint, lang), width, subsequent="  "))
    # Text from the files (names, file names) reaches a terminal here.
    return inert_lines("\n".join(out).rstrip("\n"))


def render_markdown(agg: Aggregate, lang: str, min_group: int | None = None) -> str:
    headline, parts = sections(agg, lang, min_group, limit=None)
    title = t("agg.heading_anonymised" if min_group is not None else "agg.heading", lang)
    out = [f"# {markdown_text(title)} — {agg.period or '—'}", ""]
    out += markdown_table([" ", " "], [list(kv) for kv in headline])
    out.append("")
    for s in parts:
        if s.title:
            out += [f"## {s.title}", ""]
        if s.headers:
            align = "".join("r" if a == "right" else "l" for a in s.align) or None
            out += markdown_table(s.headers, s.rows, align)
            out.append("")
        for note in s.notes:
            out += [markdown_text(note), ""]
    if agg.rejected and min_group is None:
        out += [f"## {t('agg.rejected', lang)} ({len(agg.rejected)})", ""]
        out += [f"- {markdown_text(line)}" for line in _rejected_lines(agg, lang)]
    return "\n".join(out).rstrip("\n") + "\n"
