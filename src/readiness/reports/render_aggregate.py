"""Terminal (table) rendering of an aggregation: the headline figures HQ looks at first."""

from __future__ import annotations

from fractions import Fraction

from readiness.core.aggregation import ACCEPTED, REJECTED, SUPERSEDED, Aggregate, common_gaps
from readiness.core.model import text_in
from readiness.i18n import format_number, labeller, t

TOP_GAPS = 10

_LABELS: dict[str, dict[str, str]] = {
    "inputs_line": {
        "en": "{inputs} inputs: {accepted} accepted, {superseded} superseded, {rejected} rejected",
        "fr": "{inputs} fichiers : {accepted} retenus, {superseded} remplacés, {rejected} rejetés",
    },
    "inputs": {"en": "Inputs", "fr": "Fichiers"},
    "mean_score": {"en": "Mean score", "fr": "Score moyen"},
    "ratings": {"en": "Ratings", "fr": "Appréciations"},
    "mean": {"en": "Mean", "fr": "Moyenne"},
    "min": {"en": "Lowest", "fr": "Minimum"},
    "max": {"en": "Highest", "fr": "Maximum"},
    "common_gaps": {"en": "Most common gaps", "fr": "Écarts les plus fréquents"},
    "with_gap": {"en": "With a gap", "fr": "Avec écart"},
    "at_target": {"en": "At target", "fr": "À la cible"},
    "no_gaps": {
        "en": "No gaps in any accepted submission.",
        "fr": "Aucun écart dans les évaluations retenues.",
    },
    "rejected": {"en": "Rejected", "fr": "Rejetés"},
    "more_problems": {"en": "(+{n} more)", "fr": "(+{n} autres)"},
    "rejected_hint": {
        "en": "Every problem is listed in the workbook's Rejected sheet and in --format json.",
        "fr": "Chaque problème figure dans la feuille Rejetés du classeur et dans --format json.",
    },
    "no_accepted": {
        "en": "No submission was accepted.",
        "fr": "Aucune évaluation n'a été retenue.",
    },
}


_l = labeller(_LABELS)


def _percent(share: Fraction | None, lang: str) -> str:
    return "—" if share is None else f"{format_number(share * 100, lang)}%"


def render_table(agg: Aggregate, lang: str) -> str:
    from tabulate import tabulate

    c = agg.checklist
    headline = [
        (t("checklist", lang), f"{text_in(c.title, lang)} ({c.id} {c.version})"),
        (
            _l("inputs", lang),
            _l(
                "inputs_line",
                lang,
                inputs=agg.inputs,
                accepted=agg.count(ACCEPTED),
                superseded=agg.count(SUPERSEDED),
                rejected=agg.count(REJECTED),
            ),
        ),
        (_l("mean_score", lang), f"{format_number(agg.mean_score, lang)} / 100"),
        (
            _l("ratings", lang),
            ", ".join(
                f"{c.rating_label(k, lang)} {n}"
                for k, n in agg.ratings.items()
                if c.band_index(k) is not None
            ),
        ),
    ]
    out = [tabulate(headline, tablefmt="plain"), ""]
    if not agg.accepted:
        out += [_l("no_accepted", lang), ""]
    else:
        titles = {area.id: text_in(area.title, lang) for area in c.areas}
        out.append(t("areas", lang))
        out.append(
            tabulate(
                [
                    [
                        a.id,
                        titles[a.id],
                        format_number(a.mean, lang),
                        format_number(a.min, lang),
                        format_number(a.max, lang),
                    ]
                    for a in agg.areas
                ],
                headers=[
                    t("area", lang),
                    t("title", lang),
                    _l("mean", lang),
                    _l("min", lang),
                    _l("max", lang),
                ],
                tablefmt="simple",
                disable_numparse=True,
                colalign=("left", "left", "right", "right", "right"),
                maxcolwidths=[None, 50, None, None, None],
            )
        )
        out.append("")
        gaps = common_gaps(agg)
        item_titles = {item.id: text_in(item.title, lang) for item in c.items}
        if gaps:
            out.append(f"{_l('common_gaps', lang)} ({min(len(gaps), TOP_GAPS)}/{len(gaps)})")
            out.append(
                tabulate(
                    [
                        [
                            s.id,
                            item_titles[s.id],
                            f"{s.gaps}/{s.applicable}",
                            _percent(s.at_target, lang),
                        ]
                        for s in gaps[:TOP_GAPS]
                    ],
                    headers=[
                        t("item", lang),
                        t("title", lang),
                        _l("with_gap", lang),
                        _l("at_target", lang),
                    ],
                    tablefmt="simple",
                    disable_numparse=True,
                    colalign=("left", "left", "right", "right"),
                    maxcolwidths=[None, 56, None, None],
                )
            )
        else:
            out.append(_l("no_gaps", lang))
        out.append("")
    if agg.rejected:
        out.append(f"{_l('rejected', lang)} ({len(agg.rejected)})")
        for r in agg.rejected:
            errors = [p for p in r.problems if p.is_error] or list(r.problems)
            more = _l("more_problems", lang, n=len(errors) - 1) if len(errors) > 1 else ""
            first = errors[0].format(r.file) if errors else r.file
            out.append(f"  {first} {more}".rstrip())
        out.append(_l("rejected_hint", lang))
    return "\n".join(out).rstrip("\n")
