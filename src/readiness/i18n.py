"""Interface language: English and French (HQ is in Lyon)."""

from __future__ import annotations

import os
from collections.abc import Callable
from fractions import Fraction

from readiness.core.scoring import round_half_up

SUPPORTED = ("en", "fr")

_STRINGS: dict[str, dict[str, str]] = {
    "agency": {"en": "Agency", "fr": "Service"},
    "unit": {"en": "Unit", "fr": "Unité"},
    "country": {"en": "Country", "fr": "Pays"},
    "period": {"en": "Period", "fr": "Période"},
    "assessed_on": {"en": "Assessed on", "fr": "Évalué le"},
    "assessor": {"en": "Assessor", "fr": "Évaluateur"},
    "checklist": {"en": "Checklist", "fr": "Référentiel"},
    "version": {"en": "Version", "fr": "Version"},
    "score": {"en": "Score", "fr": "Score"},
    "rating": {"en": "Rating", "fr": "Appréciation"},
    "maturity": {"en": "Maturity", "fr": "Maturité"},
    "area": {"en": "Area", "fr": "Domaine"},
    "areas": {"en": "Areas", "fr": "Domaines"},
    "item": {"en": "Item", "fr": "Point"},
    "items": {"en": "Items", "fr": "Points"},
    "title": {"en": "Title", "fr": "Intitulé"},
    "requirement": {"en": "Requirement", "fr": "Exigence"},
    "guidance": {"en": "Guidance", "fr": "Conseils"},
    "applicable": {"en": "Applicable", "fr": "Applicables"},
    "na": {"en": "n/a", "fr": "sans objet"},
    "gaps": {"en": "Gaps", "fr": "Écarts"},
    "gap": {"en": "Gap", "fr": "Écart"},
    "critical": {"en": "Critical", "fr": "Critique"},
    "critical_gaps": {"en": "Critical gaps", "fr": "Écarts critiques"},
    "unevidenced": {"en": "Unevidenced", "fr": "Sans preuve"},
    "weight": {"en": "Weight", "fr": "Poids"},
    "weight_sum": {"en": "Sum of applicable weights", "fr": "Somme des poids applicables"},
    "target": {"en": "Target", "fr": "Cible"},
    "level": {"en": "Level", "fr": "Niveau"},
    "declared_level": {"en": "Declared level", "fr": "Niveau déclaré"},
    "effective_level": {"en": "Effective level", "fr": "Niveau retenu"},
    "priority": {"en": "Priority", "fr": "Priorité"},
    "flags": {"en": "Flags", "fr": "Signalements"},
    "action": {"en": "Suggested action", "fr": "Action proposée"},
    "owner": {"en": "Owner", "fr": "Responsable"},
    "due": {"en": "Due", "fr": "Échéance"},
    "evidence": {"en": "Evidence", "fr": "Preuves"},
    "notes": {"en": "Notes", "fr": "Remarques"},
    "justification": {"en": "Justification", "fr": "Justification"},
    "top_gaps": {"en": "Top gaps", "fr": "Principaux écarts"},
    "no_gaps": {
        "en": "No gaps: every applicable item is at target.",
        "fr": "Aucun écart : chaque point applicable atteint sa cible.",
    },
    "not_applicable_items": {"en": "Not applicable", "fr": "Sans objet"},
    "arithmetic": {"en": "How the score is computed", "fr": "Calcul du score"},
    "formula": {
        "en": "score = 100 × Σ(weight × min(effective, target) / target) / Σ weight, "
        "over applicable items",
        "fr": "score = 100 × Σ(poids × min(retenu, cible) / cible) / Σ poids, "
        "sur les points applicables",
    },
    "counts_line": {
        "en": "{items} items, {applicable} applicable, {na} n/a; "
        "sum of applicable weights {weights}",
        "fr": "{items} points, {applicable} applicables, {na} sans objet ; "
        "somme des poids applicables {weights}",
    },
    "report_written": {
        "en": "Gap report written to {path}",
        "fr": "Rapport d'écarts écrit dans {path}",
    },
    "more_gaps": {
        "en": "… and {n} more gaps (see the gap report, or use --all-gaps)",
        "fr": "… et {n} autres écarts (voir le rapport d'écarts, ou utiliser --all-gaps)",
    },
    "more_gaps_no_report": {
        "en": "… and {n} more gaps (--all-gaps lists them all)",
        "fr": "… et {n} autres écarts (--all-gaps les affiche tous)",
    },
    "below_threshold": {
        "en": "score {score} is below the threshold {threshold} given with --fail-under",
        "fr": "le score {score} est inférieur au seuil {threshold} fixé par --fail-under",
    },
    "flag_unevidenced": {"en": "unevidenced", "fr": "sans preuve"},
    "flag_stale_evidence": {"en": "stale evidence", "fr": "preuve ancienne"},
    "flag_unanswered": {"en": "unanswered", "fr": "sans réponse"},
    "flag_overdue": {"en": "overdue", "fr": "en retard"},
    "flag_done_gap_open": {"en": "done, gap open", "fr": "fait, écart ouvert"},
    "flag_exception_expired": {"en": "exception expired", "fr": "dérogation expirée"},
    "status": {"en": "Status", "fr": "Statut"},
    "rating_capped_by": {"en": "Rating capped by", "fr": "Appréciation plafonnée par"},
    "status_open": {"en": "open", "fr": "ouverte"},
    "status_in_progress": {"en": "in progress", "fr": "en cours"},
    "status_done": {"en": "done", "fr": "faite"},
    "status_dropped": {"en": "dropped", "fr": "abandonnée"},
    "valid": {"en": "valid", "fr": "valide"},
    "yes": {"en": "yes", "fr": "oui"},
    "no": {"en": "no", "fr": "non"},
    "invalid": {"en": "invalid", "fr": "invalide"},
    "latest": {"en": "latest", "fr": "la plus récente"},
    "evidence_required": {"en": "evidence required", "fr": "justificatif exigé"},
    "na_allowed": {"en": "n/a allowed", "fr": "sans objet possible"},
    "source": {"en": "Source", "fr": "Source"},
    "valid_checklist": {"en": "valid checklist", "fr": "référentiel valide"},
    "valid_crosswalk": {"en": "valid crosswalk", "fr": "table de correspondance valide"},
    "assessment_rules": {"en": "Assessment rules", "fr": "Règles d'évaluation"},
    "source_basis": {"en": "Basis", "fr": "Fondement"},
    "basis_report": {"en": "report", "fr": "rapport"},
    "basis_derived": {"en": "derived", "fr": "dérivé"},
    "files_checked": {
        "en": "{n} files checked: valid {ok}, invalid {bad}",
        "fr": "{n} fichiers vérifiés : valides {ok}, invalides {bad}",
    },
}


Labels = dict[str, dict[str, str]]


def labeller(*tables: Labels) -> Callable[..., str]:
    """A lookup in a module's own label tables, then in the shared words above."""
    search = (*tables, _STRINGS)

    def label(key: str, lang: str, **values: object) -> str:
        for table in search:
            entry = table.get(key)
            if entry is not None:
                text = entry.get(lang) or entry["en"]
                return text.format(**values) if values else text
        return key

    return label


t = labeller()


def format_number(
    value: Fraction | float | int | None, lang: str, decimals: int = 1, *, signed: bool = False
) -> str:
    """A number as a reader sees it: rounded half up to `decimals` places, "—" when absent.

    The one place numbers are written as text (terminal, Markdown, workbook titles), so
    that a language's decimal mark is decided here. `signed` adds "+" to positive values
    (deltas); zero is never signed. Integers are written without decimals.
    """
    if value is None:
        return "—"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:+d}" if signed and value else str(value)
    rounded = round_half_up(Fraction(value), decimals)
    assert rounded is not None
    if rounded == 0:
        rounded = 0.0  # no "-0.0"
    return f"{rounded:+.{decimals}f}" if signed and rounded else f"{rounded:.{decimals}f}"


def default_language(environ: dict[str, str] | None = None) -> str:
    env = os.environ if environ is None else environ
    explicit = env.get("READINESS_LANG", "").strip().lower()
    if explicit in SUPPORTED:
        return explicit
    for var in ("LC_ALL", "LANG"):
        value = env.get(var, "")
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            if code in SUPPORTED:
                return code
            if var == "LC_ALL":
                break
    return "en"
