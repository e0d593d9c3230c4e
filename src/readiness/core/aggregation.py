"""HQ aggregation (SPEC §7, §9): per-file summaries, who is accepted, and the statistics.

Pure: no files, no processes, no printing. A worker turns one scored assessment into a
small `Submission` (about 450 bytes pickled, cheap to send between processes); the parent
decides accepted / superseded and computes every figure from accepted submissions only.

Decisions documented here and in the README:
- Identity of a submission: country, agency name, unit and period. Names are compared
  without regard to case or repeated spaces ("Brigade  des mineurs" = "brigade des
  mineurs"); a missing unit equals an empty one.
- Within one identity the latest `assessed_on` is accepted. On a tie the file whose path
  sorts first is accepted, so the choice never depends on arrival order or `--jobs`; the
  reason says whether the tied files were identical (sent twice) or differed.
- `at_target`: among accepted submissions where the item is applicable, the share whose
  effective level E_i reaches the target. `mean_level` is the mean effective level E_i over
  the same submissions (the level the score credits, as in maturity; unanswered counts 0).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from readiness.core.model import Checklist
from readiness.core.problems import Problem
from readiness.core.scoring import UNEVIDENCED, AssessmentResult, round_half_up

ACCEPTED = "accepted"
SUPERSEDED = "superseded"
REJECTED = "rejected"

# Why a submission was superseded.
REASON_OLDER = "older"  # a later assessed_on exists for the same unit and period
REASON_IDENTICAL = "identical"  # same date and same content: sent twice
REASON_SAME_DATE = "same_date"  # same date, different content: the first path wins

# Effective level of a not-applicable item in Submission.levels.
NA = 255


@dataclass(frozen=True, slots=True)
class Submission:
    """What aggregation needs of one valid, scored file; everything else stays in the worker."""

    file: str
    kind: str
    country: str
    agency: str
    unit: str | None
    period: str
    assessed_on: dt.date
    score: Fraction | None
    rating: str | None
    # One entry per area / item of the checklist, in checklist order.
    areas: tuple[Fraction | None, ...]
    levels: bytes  # effective level E_i, or NA
    gaps: bytes  # g_i (0 when not applicable)
    unevidenced: bytes  # 1 where the item is flagged unevidenced
    fingerprint: str
    # The score then the area scores, rounded for display once, in the worker: rounding
    # an exact fraction costs more than writing it.
    shown: tuple[float | None, ...]
    warnings: tuple[Problem, ...] = ()

    @property
    def shown_score(self) -> float | None:
        return self.shown[0]

    @property
    def shown_areas(self) -> tuple[float | None, ...]:
        return self.shown[1:]

    @property
    def identity(self) -> tuple[str, str, str, str]:
        return (self.country, _name_key(self.agency), _name_key(self.unit), self.period)


@dataclass(frozen=True, slots=True)
class Rejection:
    file: str
    problems: tuple[Problem, ...]


FileSummary = Submission | Rejection


def _name_key(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


def summarise(
    result: AssessmentResult,
    file: str,
    kind: str,
    fingerprint: str,
    warnings: Iterable[Problem] = (),
) -> Submission:
    a = result.assessment
    return Submission(
        file=file,
        kind=kind,
        country=a.agency.country,
        agency=a.agency.name,
        unit=a.agency.unit,
        period=a.period,
        assessed_on=a.assessed_on,
        score=result.score,
        rating=result.rating,
        areas=tuple(ar.score for ar in result.areas),
        levels=bytes(NA if r.effective_level is None else r.effective_level for r in result.items),
        gaps=bytes(r.gap for r in result.items),
        unevidenced=bytes(1 if UNEVIDENCED in r.flags else 0 for r in result.items),
        fingerprint=fingerprint,
        shown=tuple(round_half_up(v) for v in (result.score, *(ar.score for ar in result.areas))),
        warnings=tuple(sorted(warnings, key=Problem.sort_key)),
    )


@dataclass(frozen=True, slots=True)
class Placed:
    """A submission with its status; `superseded_by` names the accepted file."""

    submission: Submission
    status: str
    superseded_by: str | None = None
    reason: str | None = None


@dataclass
class ItemStats:
    id: str
    applicable: int = 0
    at_target_count: int = 0
    level_sum: int = 0
    na: int = 0
    gaps: int = 0
    gap_sum: int = 0
    unevidenced: int = 0

    @property
    def at_target(self) -> Fraction | None:
        return Fraction(self.at_target_count, self.applicable) if self.applicable else None

    @property
    def mean_level(self) -> Fraction | None:
        return Fraction(self.level_sum, self.applicable) if self.applicable else None

    @property
    def gap_share(self) -> Fraction | None:
        """Share of the submissions where the item applies that have a gap on it."""
        return Fraction(self.gaps, self.applicable) if self.applicable else None

    @property
    def mean_gap(self) -> Fraction | None:
        """Mean gap among the submissions that have one."""
        return Fraction(self.gap_sum, self.gaps) if self.gaps else None


@dataclass
class AreaStats:
    id: str
    count: int = 0
    total: Fraction = Fraction(0)
    min: Fraction | None = None
    max: Fraction | None = None

    @property
    def mean(self) -> Fraction | None:
        return self.total / self.count if self.count else None


@dataclass(frozen=True)
class Trend:
    """One agency-unit's accepted submissions over several periods, in period order."""

    country: str
    agency: str
    unit: str | None
    points: tuple[Submission, ...]

    @property
    def change(self) -> Fraction | None:
        """Score of the last period minus that of the first."""
        first, last = self.points[0].score, self.points[-1].score
        return None if first is None or last is None else last - first


@dataclass
class Aggregate:
    checklist: Checklist
    placed: list[Placed]  # by file path
    rejected: list[Rejection]  # by file path
    items: list[ItemStats]
    areas: list[AreaStats]
    trends: list[Trend]
    mean_score: Fraction | None
    ratings: dict[str, int] = field(default_factory=dict)

    @property
    def inputs(self) -> int:
        return len(self.placed) + len(self.rejected)

    @property
    def accepted(self) -> list[Submission]:
        return [p.submission for p in self.placed if p.status == ACCEPTED]

    def count(self, status: str) -> int:
        if status == REJECTED:
            return len(self.rejected)
        return sum(1 for p in self.placed if p.status == status)


def place(submissions: Iterable[Submission]) -> list[Placed]:
    """Accepted or superseded, for every submission; sorted by file path."""
    groups: dict[tuple[str, str, str, str], list[Submission]] = {}
    for s in submissions:
        groups.setdefault(s.identity, []).append(s)
    placed: list[Placed] = []
    for group in groups.values():
        # Latest date first; on a tie the path that sorts first.
        group.sort(key=lambda s: s.file)
        group.sort(key=lambda s: s.assessed_on, reverse=True)
        winner = group[0]
        placed.append(Placed(winner, ACCEPTED))
        for s in group[1:]:
            if s.assessed_on < winner.assessed_on:
                reason = REASON_OLDER
            elif s.fingerprint == winner.fingerprint:
                reason = REASON_IDENTICAL
            else:
                reason = REASON_SAME_DATE
            placed.append(Placed(s, SUPERSEDED, winner.file, reason))
    placed.sort(key=lambda p: p.submission.file)
    return placed


def period_sort_key(period: str) -> tuple[int, int, int, str]:
    """Chronological order of YYYY, YYYY-Hn, YYYY-Qn and YYYY-MM (start month, then span)."""
    year, _, rest = period.partition("-")
    if not rest:
        start, span = 1, 12
    elif rest[0] == "H":
        start, span = 6 * int(rest[1:]) - 5, 6
    elif rest[0] == "Q":
        start, span = 3 * int(rest[1:]) - 2, 3
    else:
        start, span = int(rest), 1
    return (int(year), start, -span, period)


def _trends(accepted: list[Submission]) -> list[Trend]:
    groups: dict[tuple[str, str, str], list[Submission]] = {}
    for s in accepted:
        groups.setdefault(s.identity[:3], []).append(s)
    trends = []
    for group in groups.values():
        if len({s.period for s in group}) < 2:
            continue
        group.sort(key=lambda s: period_sort_key(s.period))
        latest = max(group, key=lambda s: (s.assessed_on, s.file))
        trends.append(
            Trend(
                latest.country,
                latest.agency,
                latest.unit,
                tuple(group),
            )
        )
    trends.sort(key=lambda t: (t.country, _name_key(t.agency), _name_key(t.unit), t.points[0].file))
    return trends


def aggregate(checklist: Checklist, summaries: Iterable[FileSummary]) -> Aggregate:
    """Every figure of SPEC §7 `aggregate`, from accepted submissions only."""
    submissions: list[Submission] = []
    rejected: list[Rejection] = []
    for summary in summaries:
        if isinstance(summary, Rejection):
            rejected.append(summary)
        else:
            submissions.append(summary)
    rejected.sort(key=lambda r: r.file)
    placed = place(submissions)
    accepted = [p.submission for p in placed if p.status == ACCEPTED]

    items = [ItemStats(item.id) for item in checklist.items]
    areas = [AreaStats(area.id) for area in checklist.areas]
    ratings: dict[str, int] = {band.key: 0 for band in checklist.rating_bands}
    score_total, scored = Fraction(0), 0
    for s in accepted:
        if s.score is not None:
            score_total += s.score
            scored += 1
        if s.rating is not None:
            ratings[s.rating] = ratings.get(s.rating, 0) + 1
        for stats, level, gap, unevidenced in zip(
            items, s.levels, s.gaps, s.unevidenced, strict=True
        ):
            if level == NA:
                stats.na += 1
                continue
            stats.applicable += 1
            stats.level_sum += level
            stats.unevidenced += unevidenced
            if gap:
                stats.gaps += 1
                stats.gap_sum += gap
            else:
                stats.at_target_count += 1
        for area_stats, value in zip(areas, s.areas, strict=True):
            if value is None:
                continue
            area_stats.count += 1
            area_stats.total += value
            if area_stats.min is None or value < area_stats.min:
                area_stats.min = value
            if area_stats.max is None or value > area_stats.max:
                area_stats.max = value
    return Aggregate(
        checklist=checklist,
        placed=placed,
        rejected=rejected,
        items=items,
        areas=areas,
        trends=_trends(accepted),
        mean_score=score_total / scored if scored else None,
        ratings=ratings,
    )


def common_gaps(agg: Aggregate) -> list[ItemStats]:
    """Items with a gap in at least one accepted submission: most frequent first, then the
    largest total gap, then checklist order."""
    order = {item.id: i for i, item in enumerate(agg.checklist.items)}
    found = [s for s in agg.items if s.gaps]
    return sorted(found, key=lambda s: (-s.gaps, -s.gap_sum, order[s.id]))


def aggregate_data(agg: Aggregate) -> dict[str, Any]:
    """SPEC §7 `aggregate` JSON; lists sorted by file path or in checklist order."""
    area_ids = [area.id for area in agg.checklist.areas]
    return {
        "checklist": {"id": agg.checklist.id, "version": agg.checklist.version},
        "summary": {
            "inputs": agg.inputs,
            "accepted": agg.count(ACCEPTED),
            "superseded": agg.count(SUPERSEDED),
            "rejected": agg.count(REJECTED),
            "mean_score": round_half_up(agg.mean_score),
        },
        "submissions": [
            {
                "file": p.submission.file,
                "agency": p.submission.agency,
                "unit": p.submission.unit,
                "country": p.submission.country,
                "period": p.submission.period,
                "assessed_on": p.submission.assessed_on.isoformat(),
                "score": p.submission.shown_score,
                "rating": p.submission.rating,
                "areas": dict(zip(area_ids, p.submission.shown_areas, strict=True)),
                "status": p.status,
                "superseded_by": p.superseded_by,
                "reason": p.reason,
                "warnings": [w.to_json() for w in p.submission.warnings],
            }
            for p in agg.placed
        ],
        "rejected": [
            {"file": r.file, "problems": [p.to_json() for p in r.problems]} for r in agg.rejected
        ],
        "items": [
            {
                "id": s.id,
                "at_target": round_half_up(s.at_target, 4),
                "mean_level": round_half_up(s.mean_level, 2),
                "na": s.na,
                "gaps": s.gaps,
                "unevidenced": s.unevidenced,
            }
            for s in agg.items
        ],
        "areas": [
            {
                "id": a.id,
                "mean": round_half_up(a.mean),
                "min": round_half_up(a.min),
                "max": round_half_up(a.max),
            }
            for a in agg.areas
        ],
        "trend": [
            {
                "country": t.country,
                "agency": t.agency,
                "unit": t.unit,
                "periods": [
                    {"period": s.period, "score": s.shown_score, "file": s.file} for s in t.points
                ],
                "change": round_half_up(t.change),
            }
            for t in agg.trends
        ],
    }
