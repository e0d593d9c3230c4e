"""The YAML self-assessment template written by `readiness init`."""

from __future__ import annotations

import datetime as dt
import textwrap

from readiness.core.model import Checklist, text_in
from readiness.i18n import join_list, t
from readiness.reports.yaml_scalar import yaml_scalar


def current_period(today: dt.date) -> str:
    return f"{today.year}-Q{(today.month - 1) // 3 + 1}"


def comment_lines(text: str, indent: str, width: int = 96) -> list[str]:
    """`text` as YAML comment lines, wrapped, at `indent`."""
    lines: list[str] = []
    for para in text.splitlines() or [""]:
        wrapped = textwrap.wrap(para, width - len(indent) - 2) or [""]
        lines.extend(f"{indent}# {w}".rstrip() for w in wrapped)
    return lines


def render_yaml_template(
    checklist: Checklist,
    lang: str,
    *,
    agency: str | None,
    country: str | None,
    period: str | None,
    today: dt.date,
    file: str,
) -> str:
    # The level names the unit reads in its language; the validator accepts them as written.
    levels = join_list(
        (f"{lv.value} {text_in(lv.label, lang).lower()}" for lv in checklist.levels), lang
    )
    out: list[str] = []
    head = t(
        "yaml.template_head",
        lang,
        title=text_in(checklist.title, lang),
        id=checklist.id,
        version=checklist.version,
        file=file,
        levels=levels,
    )
    for line in head.splitlines():
        out.extend(comment_lines(line, ""))
    out.extend(comment_lines(t("personal_data_notice", lang), ""))
    out.append("")
    out.append(f"checklist: {checklist.id}")
    out.append(f"checklist_version: {checklist.version}")
    out.append("agency:")
    out.append(f"  name: {yaml_scalar(agency) if agency else ''}")
    out.append("  unit:")
    out.append(f"  country: {yaml_scalar(country) if country else ''}")
    out.append(f"period: {yaml_scalar(period or current_period(today))}")
    out.append(f"assessed_on: {today.isoformat()}")
    out.append("assessor:")
    out.append("  name:")
    out.append("  role:")
    out.append("responses:")
    for area in checklist.areas:
        out.append("")
        out.extend(
            comment_lines(
                "== " + t("labelled", lang, label=area.id, text=text_in(area.title, lang)) + " ==",
                "  ",
            )
        )
        if area.recommendation:
            out.extend(comment_lines(text_in(area.recommendation, lang), "  "))
        for item in area.items:
            out.append("")
            traits = [
                t("yaml.weight", lang, weight=item.weight),
                t("yaml.target", lang, target=item.target),
            ]
            if item.critical:
                traits.append(t("yaml.critical", lang))
            if item.evidence_required:
                traits.append(t("evidence_required", lang))
            if item.allow_na:
                traits.append(t("na_allowed", lang))
            out.extend(
                comment_lines(f"{item.id} {text_in(item.title, lang)} ({', '.join(traits)})", "  ")
            )
            out.extend(
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
                out.extend(
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
            out.append(f"  {item.id}:")
            out.append("    level:")
            if item.allow_na:
                out.append(f"    justification:   # {t('yaml.justification_hint', lang)}")
            # No `[]` here: people add `- ` lines under it, which YAML then refuses.
            out.append(f"    evidence:   # {t('yaml.evidence_hint', lang)}")
            out.append("    notes:")
            out.append("    owner:")
            out.append("    due:")
    return "\n".join(out) + "\n"
