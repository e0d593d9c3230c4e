"""`checklist show` as text and Markdown: every item with its requirement, guidance,
suggested action and source, so a unit can read the checklist without opening the YAML."""

from __future__ import annotations

from collections.abc import Iterator

from readiness.core.model import Checklist, Item, text_in
from readiness.i18n import DEFAULT, catalogue, join_clauses, join_list, t
from readiness.reports.markdown import markdown_text
from readiness.reports.table_width import wrap_text


def _traits(item: Item, lang: str) -> list[str]:
    traits = [
        f"{t('weight', lang).lower()} {item.weight}",
        f"{t('target', lang).lower()} {item.target}",
    ]
    if item.critical:
        traits.append(t("critical", lang).lower())
    if item.evidence_required:
        traits.append(t("evidence_required", lang))
    if item.allow_na:
        traits.append(t("na_allowed", lang))
    if item.source_basis:
        traits.append(
            t(
                "labelled",
                lang,
                label=t("source_basis", lang).lower(),
                text=t("basis_" + item.source_basis, lang),
            )
        )
    return traits


def _texts(item: Item, lang: str) -> Iterator[tuple[str, str]]:
    for key, text in (
        ("requirement", item.requirement),
        ("guidance", item.guidance),
        ("action", item.action),
    ):
        if text:
            yield t(key, lang), text_in(text, lang)
    if item.source_ref:
        yield t("source", lang), item.source_ref


def _header(cl: Checklist, lang: str) -> list[str]:
    src = cl.source
    lines = [
        text_in(cl.title, lang),
        f"{cl.id} {cl.version} — {src.get('publisher', '')}, {src.get('title', '')} "
        f"({src.get('date', '')})",
    ]
    for translation in src.get("translations") or []:
        if isinstance(translation, dict):
            code = str(translation.get("lang", ""))
            language = (
                t(f"lang_name.{code}", lang) if f"lang_name.{code}" in catalogue(DEFAULT) else code
            )
            lines.append(
                "  "
                + t(
                    "chk.translation",
                    lang,
                    language=language,
                    date=str(translation.get("date", "")),
                )
            )
    levels = join_list((f"{lv.value} {text_in(lv.label, lang)}" for lv in cl.levels), lang)
    lines.append(
        join_clauses(
            [
                t("labelled", lang, label=t("level", lang), text=levels),
                t("yaml.target", lang, target=cl.target_level),
            ],
            lang,
        )
    )
    return lines


def render_checklist_text(cl: Checklist, lang: str, width: int = 100) -> str:
    """The whole checklist, wrapped to `width` columns (the terminal's)."""
    width = max(width, 40)

    def wrapped(text: str, indent: str) -> list[str]:
        return wrap_text(text, width, indent, indent + "  ")

    out = [line for head in _header(cl, lang) for line in wrapped(head, "")]

    if cl.assessment_rules:
        out += ["", t("label_colon", lang, label=t("assessment_rules", lang))]
        for n, rule in enumerate(cl.assessment_rules, start=1):
            out += wrapped(f"{n}. {text_in(rule, lang)}", "  ")
    for area in cl.areas:
        out += ["", "=" * min(width, 60)]
        out += wrapped(f"{area.id} — {text_in(area.title, lang)}", "")
        if area.recommendation:
            out += wrapped(text_in(area.recommendation, lang), "  ")
        if area.source_ref:
            basis = f"; {t('basis_' + area.source_basis, lang)}" if area.source_basis else ""
            out += wrapped(f"[{area.source_ref}{basis}]", "  ")
        for item in area.items:
            out += [""]
            out += wrapped(f"{item.id}  {text_in(item.title, lang)}", "")
            out += wrapped(" · ".join(_traits(item, lang)), "    ")
            for label, text in _texts(item, lang):
                out += wrapped(t("labelled", lang, label=label, text=text), "    ")
    return "\n".join(out) + "\n"


def render_checklist_markdown(cl: Checklist, lang: str) -> str:
    head = _header(cl, lang)
    out = [f"# {markdown_text(head[0])}", ""]
    out += [markdown_text(line) + "  " for line in head[1:]]
    if cl.assessment_rules:
        out += ["", f"## {markdown_text(t('assessment_rules', lang))}", ""]
        for n, rule in enumerate(cl.assessment_rules, start=1):
            out.append(f"{n}. {markdown_text(text_in(rule, lang))}")
    for area in cl.areas:
        out += ["", f"## {area.id} — {markdown_text(text_in(area.title, lang))}", ""]
        if area.recommendation:
            out += [markdown_text(text_in(area.recommendation, lang)), ""]
        for item in area.items:
            out += [f"### {item.id} — {markdown_text(text_in(item.title, lang))}", ""]
            out.append(f"*{markdown_text(' · '.join(_traits(item, lang)))}*")
            out.append("")
            for label, text in _texts(item, lang):
                out.append(
                    "- "
                    + t(
                        "labelled",
                        lang,
                        label=f"**{markdown_text(label)}**",
                        text=markdown_text(text),
                    )
                )
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
