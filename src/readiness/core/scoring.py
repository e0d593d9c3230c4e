"""The scoring model of SPEC §6, computed exactly with fractions.

Nothing here rounds: rounding happens only when a result is displayed or written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from fractions import Fraction

from readiness.core.model import CLOSED_STATUSES, Assessment, Checklist, Item, Response

UNEVIDENCED = "unevidenced"
STALE_EVIDENCE = "stale_evidence"
UNANSWERED = "unanswered"
OVERDUE = "overdue"
DONE_GAP_OPEN = "done_gap_open"
EXCEPTION_EXPIRED = "exception_expired"
FLAGS = (UNEVIDENCED, STALE_EVIDENCE, UNANSWERED, OVERDUE, DONE_GAP_OPEN, EXCEPTION_EXPIRED)

# The critical gates of the rating (SPEC §6, explained per SPEC §14).
GATE_CRITICAL_ABSENT = "critical_absent"
GATE_CRITICAL_BELOW_TARGET = "critical_below_target"


@dataclass(frozen=True)
class RatingCap:
    """One critical item whose gate holds the rating below the band of the score."""

    item: str
    level: int
    target: int
    gate: str

    def as_dict(self) -> dict[str, str | int]:
        """As JSON `rating_capped_by` entries have it."""
        return {"item": self.item, "level": self.level, "target": self.target, "gate": self.gate}


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
    # An approved exception in force on assessed_on: lifts this item's critical gates.
    exception_active: bool = False

    @property
    def id(self) -> str:
        return self.item.id

    @property
    def gate(self) -> str | None:
        """The critical gate this item triggers, ignoring exceptions; None when it triggers none."""
        if not self.applicable or not self.item.critical or self.effective_level is None:
            return None
        if self.effective_level == 0:
            return GATE_CRITICAL_ABSENT
        if self.effective_level < self.item.target:
            return GATE_CRITICAL_BELOW_TARGET
        return None

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
    # The band the score alone gives, and the critical items holding the rating below it.
    rating_by_score: str | None = None
    rating_capped_by: list[RatingCap] = field(default_factory=list)
    # The rating with every critical gate applied, as if no exception had been approved.
    rating_without_exceptions: str | None = None

    @property
    def exceptions(self) -> list[ItemResult]:
        """Every item whose response carries an exception, in checklist order."""
        return [r for r in self.items if r.response.exception is not None]

    @property
    def exceptions_lifting(self) -> list[ItemResult]:
        """Exceptions in force whose item would otherwise trigger a critical gate."""
        return [r for r in self.items if r.exception_active and r.gate is not None]

    @property
    def rating_differs_without_exceptions(self) -> bool:
        return self.rating_without_exceptions != self.rating

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


def evidence_is_stale(date: dt.date, on: dt.date, checklist: Checklist) -> bool:
    """Evidence dated more than `evidence_max_age_days` before `on`."""
    return (on - date).days > checklist.evidence_max_age_days


def score_item(
    item: Item, response: Response, checklist: Checklist, assessment: Assessment
) -> ItemResult:
    target = item.target
    exception = response.exception
    active = exception is not None and exception.active_on(assessment.assessed_on)
    if response.na:
        return ItemResult(item, response, False, None, None, 0, 0, (), exception_active=active)
    flags: list[str] = []
    declared = response.level if response.answered and response.level is not None else 0
    effective = declared
    # Rule 3: a level at or above target that needs evidence and has none counts one below.
    if item.evidence_required and declared >= target and not response.evidence:
        effective = target - 1
        flags.append(UNEVIDENCED)
    dated = [e.date for e in response.evidence if e.date is not None]
    if dated and all(evidence_is_stale(d, assessment.assessed_on, checklist) for d in dated):
        flags.append(STALE_EVIDENCE)
    if not response.answered:
        flags.append(UNANSWERED)
    gap = max(0, target - effective)
    # A due date in the past matters only while the gap it was set for is still open and
    # its action is neither done nor dropped.
    if (
        response.due is not None
        and response.due < assessment.assessed_on
        and gap > 0
        and response.status not in CLOSED_STATUSES
    ):
        flags.append(OVERDUE)
    # An action reported done that did not bring the item to target.
    if response.status == "done" and gap > 0:
        flags.append(DONE_GAP_OPEN)
    if exception is not None and not active:
        flags.append(EXCEPTION_EXPIRED)
    score = Fraction(min(effective, target), target)
    priority = item.weight * gap * (2 if item.critical else 1)
    return ItemResult(
        item, response, True, effective, score, gap, priority, tuple(flags), exception_active=active
    )


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


def band_of_score(score: Fraction | None, checklist: Checklist) -> int | None:
    """The index of the first band whose min_score the score reaches (None: no score)."""
    if score is None:
        return None
    bands = checklist.rating_bands
    return next(
        (i for i, band in enumerate(bands) if Fraction(band.min_score) <= score), len(bands) - 1
    )


def gate_band(gate: str, checklist: Checklist) -> int:
    """The best band a gate allows: below target, the second band; absent, the last one."""
    last = len(checklist.rating_bands) - 1
    return last if gate == GATE_CRITICAL_ABSENT else min(1, last)


@dataclass(frozen=True)
class Rating:
    key: str | None
    by_score: str | None
    capped_by: list[RatingCap]


def rate_explained(
    score: Fraction | None,
    results: list[ItemResult],
    checklist: Checklist,
    *,
    honour_exceptions: bool = True,
) -> Rating:
    """The rating, the band of the score alone, and the gates that lowered it.

    Every critical item below target whose gate allows only a band worse than the score's
    is listed (not only the one that binds), so that fixing one still leaves the others
    in view. An exception in force lifts its own item's gates, and only them.
    """
    index = band_of_score(score, checklist)
    if index is None:
        return Rating(None, None, [])
    bands = checklist.rating_bands
    caps: list[RatingCap] = []
    final = index
    for r in results:
        gate = r.gate
        if gate is None or (honour_exceptions and r.exception_active):
            continue
        allowed = gate_band(gate, checklist)
        if allowed > index:
            assert r.effective_level is not None
            caps.append(RatingCap(r.id, r.effective_level, r.item.target, gate))
            final = max(final, allowed)
    return Rating(bands[final].key, bands[index].key, caps)


def rate(score: Fraction | None, results: list[ItemResult], checklist: Checklist) -> str | None:
    return rate_explained(score, results, checklist).key


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
    rating = rate_explained(score, items, checklist)
    strict = rate_explained(score, items, checklist, honour_exceptions=False)
    return AssessmentResult(
        checklist=checklist,
        assessment=assessment,
        items=items,
        areas=areas,
        score=score,
        maturity=maturity,
        rating=rating.key,
        weight_sum=weight_sum,
        gaps=gaps,
        rating_by_score=rating.by_score,
        rating_capped_by=rating.capped_by,
        rating_without_exceptions=strict.key,
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
