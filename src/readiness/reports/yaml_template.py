"""The YAML self-assessment template written by `readiness init`."""

from __future__ import annotations

import datetime as dt
import textwrap

from readiness.core.model import Checklist, text_in
from readiness.reports.yaml_scalar import yaml_scalar

_HEAD = {
    "en": [
        "Self-assessment against: {title}",
        "Checklist {id} {version}. Fill in every 'level:' below, then run:",
        "    readiness validate {file}",
        "    readiness assess {file}",
        "Levels: {levels}, or n/a (only where the item allows it, with a justification).",
        "Evidence: a list of texts, or of {{ref: ..., date: YYYY-MM-DD}}.",
    ],
    "fr": [
        "Auto-évaluation au regard de : {title}",
        "Référentiel {id} {version}. Renseignez chaque « level: » ci-dessous, puis lancez :",
        "    readiness validate {file}",
        "    readiness assess {file}",
        "Niveaux : {levels}, ou n/a (seulement si le point le permet, avec une justification).",
        "Preuves : une liste de textes, ou de {{ref: ..., date: AAAA-MM-JJ}}.",
    ],
}
_WORDS = {
    "en": {
        "requirement": "Requirement",
        "guidance": "Guidance",
        "weight": "weight",
        "critical": "critical",
        "evidence": "evidence required",
        "evidence_hint": "one '- document reference' line each, below this line",
        "justification_hint": "only with n/a: why the item does not apply to the unit",
        "na": "n/a allowed",
        "target": "target",
    },
    "fr": {
        "requirement": "Exigence",
        "guidance": "Conseils",
        "weight": "poids",
        "critical": "critique",
        "evidence": "preuve exigée",
        "evidence_hint": "une ligne « - référence du document » par justificatif, sous cette ligne",
        "justification_hint": "seulement avec n/a : pourquoi le point ne s'applique pas à l'unité",
        "na": "n/a possible",
        "target": "cible",
    },
}


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
    lang = lang if lang in _HEAD else "en"
    words = _WORDS[lang]
    levels = ", ".join(f"{lv.value} {lv.key}" for lv in checklist.levels)
    out: list[str] = []
    for line in _HEAD[lang]:
        out.extend(
            comment_lines(
                line.format(
                    title=text_in(checklist.title, lang),
                    id=checklist.id,
                    version=checklist.version,
                    file=file,
                    levels=levels,
                ),
                "",
            )
        )
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
        out.extend(comment_lines(f"== {area.id}: {text_in(area.title, lang)} ==", "  "))
        if area.recommendation:
            out.extend(comment_lines(text_in(area.recommendation, lang), "  "))
        for item in area.items:
            out.append("")
            traits = [f"{words['weight']} {item.weight}", f"{words['target']} {item.target}"]
            if item.critical:
                traits.append(words["critical"])
            if item.evidence_required:
                traits.append(words["evidence"])
            if item.allow_na:
                traits.append(words["na"])
            out.extend(
                comment_lines(f"{item.id} {text_in(item.title, lang)} ({', '.join(traits)})", "  ")
            )
            out.extend(
                comment_lines(f"{words['requirement']}: {text_in(item.requirement, lang)}", "  ")
            )
            if item.guidance:
                out.extend(
                    comment_lines(f"{words['guidance']}: {text_in(item.guidance, lang)}", "  ")
                )
            out.append(f"  {item.id}:")
            out.append("    level:")
            if item.allow_na:
                out.append(f"    justification:   # {words['justification_hint']}")
            # No `[]` here: people add `- ` lines under it, which YAML then refuses.
            out.append(f"    evidence:   # {words['evidence_hint']}")
            out.append("    notes:")
            out.append("    owner:")
            out.append("    due:")
    return "\n".join(out) + "\n"
