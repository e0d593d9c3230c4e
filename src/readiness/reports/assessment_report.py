"""The assess result as plain data (SPEC §7 JSON); every renderer starts from it."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from readiness.core.canonical import canonical_assessment, fingerprint
from readiness.core.model import text_in
from readiness.core.scoring import AssessmentResult, ItemResult, round_half_up


def item_score(value: Any) -> float | None:
    return round_half_up(value, 4)


def weighted_sum(result: AssessmentResult) -> Fraction:
    """Σ w_i s_i over applicable items: the numerator of the score, shown to users."""
    return sum(
        (r.item.weight * r.score for r in result.applicable if r.score is not None), Fraction(0)
    )


def rating_data(result: AssessmentResult) -> dict[str, Any]:
    """The rating and what explains it (SPEC §14): band keys, gates, exceptions."""
    return {
        "rating": result.rating,
        "rating_by_score": result.rating_by_score,
        "rating_capped_by": [c.as_dict() for c in result.rating_capped_by],
        "rating_without_exceptions": result.rating_without_exceptions,
        "exceptions": [exception_data(r) for r in result.exceptions],
    }


def exception_data(r: ItemResult) -> dict[str, Any]:
    x = r.response.exception
    assert x is not None
    return {
        "item": r.id,
        "approved_by": x.approved_by,
        "expires": x.expires.isoformat(),
        "expired": not r.exception_active,
    }


def assess_data(result: AssessmentResult, file: str, lang: str = "en") -> dict[str, Any]:
    a = result.assessment
    c = result.checklist
    agency: dict[str, Any] = {
        "name": a.agency.name,
        "unit": a.agency.unit,
        "country": a.agency.country,
    }
    return {
        "file": file,
        "checklist": {"id": c.id, "version": c.version},
        "agency": agency,
        "period": a.period,
        "assessed_on": a.assessed_on.isoformat(),
        "score": round_half_up(result.score),
        **rating_data(result),
        "maturity": round_half_up(result.maturity, 2),
        "areas": [
            {"id": ar.id, "score": round_half_up(ar.score), "items": ar.items, "gaps": ar.gaps}
            for ar in result.areas
        ],
        "items": [
            {
                "id": r.id,
                "area": r.item.area,
                "title": text_in(r.item.title, lang),
                "level": r.declared_level,
                "applicable": r.applicable,
                "effective_level": r.effective_level,
                "target": r.item.target,
                "score": item_score(r.score),
                "gap": r.gap,
                "weight": r.item.weight,
                "critical": r.item.critical,
                "priority": r.priority,
                "flags": list(r.flags),
                "owner": r.response.owner,
                "due": r.response.due.isoformat() if r.response.due else None,
                "status": r.response.status,
            }
            for r in result.items
        ],
        "gaps": [r.id for r in result.gaps],
        "counts": result.counts,
        "arithmetic": {
            "weight_sum": result.weight_sum,
            "weighted_item_scores": round_half_up(weighted_sum(result), 4),
            "na": [
                {"id": r.id, "justification": r.response.justification}
                for r in result.items
                if not r.applicable
            ],
        },
        "fingerprint": fingerprint(canonical_assessment(a)),
    }
