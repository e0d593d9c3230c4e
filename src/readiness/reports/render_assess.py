"""Terminal (table) and Markdown renderings of an assess result."""

from __future__ import annotations

from typing import Any

from readiness.core.model import text_in
from readiness.core.scoring import AssessmentResult
from readiness.i18n import flag_names, format_number, t
from readiness.reports.assessment_report import weighted_sum
from readiness.reports.markdown import markdown_table, markdown_text
from readiness.reports.rating_text import (
    cap_sentence,
    exception_lines,
    exceptions_title,
    rating_with_exceptions,
)
from readiness.reports.table_width import terminal_table, terminal_width, wrap_text
from readiness.reports.terminal_text import inert, inert_lines

TOP_GAPS = 10


def _explanation(result: AssessmentResult, lang: str) -> list[str]:
    """The rating's reason and the exceptions, as lines under the headline."""
    lines = []
    sentence = cap_sentence(result, lang)
    if sentence:
        lines.append(sentence)
    if result.exceptions:
        lines.append(t("label_colon", lang, label=exceptions_title(lang)))
        lines.extend(f"  {line}" for line in exception_lines(result, lang))
    return lines


def level_name(result: AssessmentResult, value: int | None, lang: str) -> str:
    if value is None:
        return t("na", lang)
    level = result.checklist.level(value)
    return f"{value} {text_in(level.label, lang)}" if level else str(value)


def _headline(result: AssessmentResult, lang: str) -> list[tuple[str, str]]:
    a = result.assessment
    c = result.checklist
    agency = inert(a.agency.name) + (f" — {inert(a.agency.unit)}" if a.agency.unit else "")
    return [
        (t("agency", lang), f"{agency} ({a.agency.country})"),
        (t("period", lang), f"{a.period}   {t('assessed_on', lang)} {a.assessed_on.isoformat()}"),
        (t("checklist", lang), f"{text_in(c.title, lang)} ({c.id} {c.version})"),
        (t("score", lang), f"{format_number(result.score, lang)} / 100"),
        (t("rating", lang), rating_with_exceptions(result, lang)),
        (t("maturity", lang), f"{format_number(result.maturity, lang, 2)} / {c.max_level}"),
    ]


def _area_rows(result: AssessmentResult, lang: str) -> list[list[Any]]:
    titles = {area.id: text_in(area.title, lang) for area in result.checklist.areas}
    return [
        [
            ar.id,
            titles[ar.id],
            format_number(ar.score, lang),
            f"{ar.applicable}/{ar.items}",
            ar.gaps,
        ]
        for ar in result.areas
    ]


# The columns of a gap, in the terminal and in Markdown (the rows are _gap_rows).
_GAP_COLUMNS = ("item", "title", "level", "priority", "flags", "action", "owner", "due")


def _gap_headers(lang: str) -> list[str]:
    return [t(key, lang) for key in _GAP_COLUMNS]


def _gap_rows(result: AssessmentResult, lang: str, limit: int) -> list[list[Any]]:
    rows = []
    for r in result.gaps[:limit]:
        rows.append(
            [
                r.id + (" !" if r.item.critical else ""),
                text_in(r.item.title, lang),
                f"{r.effective_level}→{r.item.target}",
                r.priority,
                flag_names(r.flags, lang),
                text_in(r.item.action, lang),
                r.response.owner or "",
                r.response.due.isoformat() if r.response.due else "",
            ]
        )
    return rows


def _arithmetic(result: AssessmentResult, lang: str) -> list[str]:
    counts = result.counts
    lines = [
        t(
            "counts_line",
            lang,
            items=counts["items"],
            applicable=counts["applicable"],
            na=counts["na"],
            weights=result.weight_sum,
        ),
        t("formula", lang),
    ]
    if result.weight_sum:
        lines.append(
            f"= 100 × {format_number(weighted_sum(result), lang, 4)} / {result.weight_sum}"
            f" = {format_number(result.score, lang)}"
        )
    return lines


def render_table(
    result: AssessmentResult,
    lang: str,
    *,
    color: bool = False,
    all_gaps: bool = False,
    workbook_written: bool = True,
) -> str:
    """The terminal summary. Only the top gaps unless ``all_gaps``; the line about the rest
    points to the gap report only when one was written."""
    width = terminal_width()

    def label(header: str) -> str:
        return t("label_colon", lang, label=header)

    out = [terminal_table(_headline(result, lang), wrapped=(1,), width=width)]
    for line in _explanation(result, lang):
        indent = line[: len(line) - len(line.lstrip())]
        out.extend(wrap_text(line.lstrip(), width, indent, indent + "  "))
    out.append("")
    out.append(t("areas", lang))
    area_headers = [
        t("area", lang),
        t("title", lang),
        t("score", lang),
        t("applicable", lang),
        t("gaps", lang),
    ]
    out.append(
        terminal_table(
            _area_rows(result, lang),
            area_headers,
            wrapped=(1,),
            align=("left", "left", "right", "right", "right"),
            label=label,
            width=width,
        )
    )
    out.append("")
    if result.gaps:
        heading = t(
            "top_gaps_heading",
            lang,
            title=t("top_gaps", lang),
            n=len(result.gaps),
            critical=t("critical", lang).lower(),
        )
        out.extend(wrap_text(heading, width))
        gap_rows = _gap_rows(result, lang, len(result.gaps) if all_gaps else TOP_GAPS)
        gap_headers = _gap_headers(lang)
        out.append(
            terminal_table(gap_rows, gap_headers, wrapped=(1, 4, 5, 6), label=label, width=width)
        )
        if not all_gaps and len(result.gaps) > TOP_GAPS:
            key = "more_gaps" if workbook_written else "more_gaps_no_report"
            out.extend(wrap_text(t(key, lang, n=len(result.gaps) - TOP_GAPS), width))
    else:
        out.extend(wrap_text(t("no_gaps", lang), width))
    out.append("")
    out.append(t("arithmetic", lang))
    for line in _arithmetic(result, lang):
        out.extend(wrap_text(line, width, "  ", "    "))
    na = [r for r in result.items if not r.applicable]
    if na:
        out.append("  " + t("label_colon", lang, label=t("not_applicable_items", lang)))
        for r in na:
            line = t("labelled", lang, label=r.id, text=inert(r.response.justification or ""))
            out.extend(wrap_text(line, width, "    ", "      "))
    # Text from the files (names, titles of a custom checklist) reaches a terminal here.
    return inert_lines("\n".join(out))


def render_markdown(result: AssessmentResult, lang: str) -> str:
    a = result.assessment
    out = [f"# {markdown_text(f'{a.agency.name} — {a.period}')}", ""]
    out.extend(markdown_table([" ", " "], [[k, v] for k, v in _headline(result, lang)]))
    sentence = cap_sentence(result, lang)
    if sentence:
        out += ["", f"**{markdown_text(sentence)}**"]
    if result.exceptions:
        out += ["", f"## {markdown_text(exceptions_title(lang))}", ""]
        out.extend(f"- {markdown_text(line)}" for line in exception_lines(result, lang))
    out += ["", f"## {t('areas', lang)}", ""]
    out.extend(
        markdown_table(
            [
                t("area", lang),
                t("title", lang),
                t("score", lang),
                t("applicable", lang),
                t("gaps", lang),
            ],
            _area_rows(result, lang),
        )
    )
    out += ["", f"## {t('gaps', lang)}", ""]
    if result.gaps:
        out.extend(markdown_table(_gap_headers(lang), _gap_rows(result, lang, len(result.gaps))))
    else:
        out.append(t("no_gaps", lang))
    out += ["", f"## {t('arithmetic', lang)}", ""]
    out.extend(f"- {markdown_text(line)}" for line in _arithmetic(result, lang))
    for r in result.items:
        if not r.applicable:
            label = f"{t('not_applicable_items', lang)} {r.id}"
            na_line = t("labelled", lang, label=label, text=r.response.justification or "")
            out.append(f"- {markdown_text(na_line)}")
    return "\n".join(out) + "\n"
