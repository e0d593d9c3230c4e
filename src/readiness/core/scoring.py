"""The scoring model of SPEC §6, computed exactly with fractions.

Nothing here rounds: rounding happens only when a result is displayed or written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from readiness.core.model import Assessment, Checklist, Item, Response

UNEVIDENCED = "unevidenced"
STALE_EVIDENCE = "stale_evidence"
UNANSWERED = "unanswered"
OVERDUE = "overdue"


@dataclass(frozen=True)
class ItemResult:
    item: Item
    response: Response
    applicable: bool
    effective_level: int | None
    score: Fraction | None
    gap: int
    priority: int
    flags: tuple[str, ...]

    @property
    def id(self) -> str:
        return self.item.id

    @property
    def declared_level(self) -> int | None:
        return None if self.response.na else self.response.level


@dataclass(frozen=True)
class AreaResult:
    id: str
    score: Fraction | None
    items: int
    applicable: int
    gaps: int


@dataclass
class AssessmentResult:
    checklist: Checklist
    assessment: Assessment
    items: list[ItemResult]
    areas: list[AreaResult]
    score: Fraction | None
    maturity: Fraction | None
    rating: str | None
    weight_sum: int
    gaps: list[ItemResult] = field(default_factory=list)

    @property
    def applicable(self) -> list[ItemResult]:
        return [r for r in self.items if r.applicable]

    @property
    def counts(self) -> dict[str, int]:
        applicable = self.applicable
        return {
            "items": len(self.items),
            "applicable": len(applicable),
            "na": len(self.items) - len(applicable),
            "gaps": len(self.gaps),
            "critical_gaps": sum(1 for r in self.gaps if r.item.critical),
            "unevidenced": sum(1 for r in self.items if UNEVIDENCED in r.flags),
        }


def score_item(
    item: Item, response: Response, checklist: Checklist, assessment: Assessment
) -> ItemResult:
    target = item.target
    if response.na:
        return ItemResult(item, response, False, None, None, 0, 0, ())
    flags: list[str] = []
    declared = response.level if response.answered and response.level is not None else 0
    effective = declared
    # Rule 3: a level at or above target that needs evidence and has none counts one below.
    if item.evidence_required and declared >= target and not response.evidence:
        effective = target - 1
        flags.append(UNEVIDENCED)
    dated = [e.date for e in response.evidence if e.date is not None]
    if dated and all(
        (assessment.assessed_on - d).days > checklist.evidence_max_age_days for d in dated
    ):
        flags.append(STALE_EVIDENCE)
    if not response.answered:
        flags.append(UNANSWERED)
    gap = max(0, target - effective)
    # A due date in the past matters only while the gap it was set for is still open.
    if response.due is not None and response.due < assessment.assessed_on and gap > 0:
        flags.append(OVERDUE)
    score = Fraction(min(effective, target), target)
    priority = item.weight * gap * (2 if item.critical else 1)
    return ItemResult(item, response, True, effective, score, gap, priority, tuple(flags))


def _weighted(results: list[ItemResult]) -> Fraction | None:
    applicable = [r for r in results if r.applicable]
    total = sum(r.item.weight for r in applicable)
    if total == 0:
        return None
    return (
        100
        * sum((r.item.weight * r.score for r in applicable if r.score is not None), Fraction(0))
        / total
    )


def rate(score: Fraction | None, results: list[ItemResult], checklist: Checklist) -> str | None:
    if score is None:
        return None
    bands = checklist.rating_bands
    index = next(
        (i for i, band in enumerate(bands) if Fraction(band.min_score) <= score), len(bands) - 1
    )
    critical = [r for r in results if r.applicable and r.item.critical]
    if any(r.effective_level is not None and r.effective_level < r.item.target for r in critical):
        index = max(index, min(1, len(bands) - 1))
    if any(r.effective_level == 0 for r in critical):
        index = len(bands) - 1
    return bands[index].key


def score_assessment(checklist: Checklist, assessment: Assessment) -> AssessmentResult:
    items = [
        score_item(item, assessment.responses[item.id], checklist, assessment)
        for item in checklist.items
    ]
    score = _weighted(items)
    applicable = [r for r in items if r.applicable]
    weight_sum = sum(r.item.weight for r in applicable)
    maturity = (
        Fraction(sum(r.item.weight * (r.effective_level or 0) for r in applicable), weight_sum)
        if weight_sum
        else None
    )
    areas = []
    for area in checklist.areas:
        own = [r for r in items if r.item.area == area.id]
        areas.append(
            AreaResult(
                id=area.id,
                score=_weighted(own),
                items=len(own),
                applicable=sum(1 for r in own if r.applicable),
                gaps=sum(1 for r in own if r.gap > 0),
            )
        )
    order = {item.id: i for i, item in enumerate(checklist.items)}
    gaps = sorted((r for r in items if r.gap > 0), key=lambda r: (-r.priority, order[r.id]))
    return AssessmentResult(
        checklist=checklist,
        assessment=assessment,
        items=items,
        areas=areas,
        score=score,
        maturity=maturity,
        rating=rate(score, items, checklist),
        weight_sum=weight_sum,
        gaps=gaps,
    )


def round_half_up(value: Fraction | None, places: int = 1) -> float | None:
    """Decimal rounding of an exact value, halves away from zero (84.25 -> 84.3)."""
    if value is None:
        return None
    value = Fraction(value)
    scale = 10**places
    # Integer arithmetic: |n| * scale / d, rounded half up, without building Fractions.
    whole, rest = divmod(abs(value.numerator) * scale, value.denominator)
    if 2 * rest >= value.denominator:
        whole += 1
    result = whole / scale
    return -result if value < 0 else result
