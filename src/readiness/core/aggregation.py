"""HQ aggregation (SPEC §7, §9): per-file summaries, who is accepted, and the statistics.

Pure: no files, no processes, no printing. A worker turns one scored assessment into a
small `Submission` (about 450 bytes pickled, cheap to send between processes); the parent
decides accepted / superseded and computes every figure from accepted submissions only.

Decisions documented here and in the README:
- Identity of a submission: country, agency name, unit and period. Names are compared
  without regard to case, Unicode normalisation or repeated spaces ("Brigade  des
  mineurs" = "brigade des mineurs"); a missing unit equals an empty one.
- One reporting period (SPEC §15): the chosen one, else the default of periods.py. Every
  figure — headline, areas, items, gaps, regions, coverage, follow-up — is computed on
  that period's accepted submissions; the other periods' winners are `other_period` and
  feed only the trend.
- Within one identity an audited gap report (SPEC §14) is accepted before any plain
  submission, whatever their dates: the audit is what HQ counts. Among the rest (or among
  audited ones) the latest `assessed_on` is accepted. On a tie the file whose path
  sorts first is accepted, so the choice never depends on arrival order or `--jobs`; the
  reason says whether the tied files were identical (sent twice) or differed.
- `at_target`: among accepted submissions where the item is applicable, the share whose
  effective level E_i reaches the target. `mean_level` is the mean effective level E_i over
  the same submissions (the level the score credits, as in maturity; unanswered counts 0).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from fractions import Fraction
from typing import Any

from readiness.core.crosswalk import MappedAnswers
from readiness.core.follow_up import Classified, Figures, Policy, default_policy
from readiness.core.formats import version_key
from readiness.core.model import Checklist
from readiness.core.periods import default_period, period_sort_key
from readiness.core.problems import ERROR, Problem
from readiness.core.roster import (
    UNKNOWN_REGION,
    Coverage,
    Party,
    Roster,
    coverage,
    name_key,
    region_order,
)
from readiness.core.scoring import (
    OVERDUE,
    UNEVIDENCED,
    AssessmentResult,
    ItemResult,
    RatingCap,
    round_half_up,
)
from readiness.i18n import Message

ACCEPTED = "accepted"
SUPERSEDED = "superseded"
OTHER_PERIOD = "other_period"
REJECTED = "rejected"
STATUSES = (ACCEPTED, SUPERSEDED, OTHER_PERIOD, REJECTED)

# Why a submission was superseded.
REASON_OLDER = "older"  # a later assessed_on exists for the same unit and period
REASON_AUDITED = "audited"  # an audited gap report of the same unit and period exists
REASON_IDENTICAL = "identical"  # same date and same content: sent twice
REASON_SAME_DATE = "same_date"  # same date, different content: the first path wins

# Effective level of a not-applicable item in Submission.levels.
NA = 255
# An item of the consolidation's checklist version that this submission's own version has no
# counterpart for (SPEC §13): left out of the item statistics.
NOT_MAPPED = 254


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
    overdue: int = 0  # actions flagged overdue
    exceptions: int = 0  # unexpired exceptions (SPEC §14)
    # What explains the rating (SPEC §14): the gates that capped it, the rating without
    # exceptions and how many exceptions lifted a gate.
    rating_capped_by: tuple[RatingCap, ...] = ()
    rating_without_exceptions: str | None = None
    exceptions_lifting: int = 0
    # An audited gap report: its levels are the auditor's (SPEC §14).
    audited: bool = False
    # The checklist version the file answers, scored as such (SPEC §13), and its answers
    # carried to each newer version, for a consolidation against one of those.
    checklist_version: str = ""
    views: tuple[VersionView, ...] = ()

    @property
    def shown_score(self) -> float | None:
        return self.shown[0]

    @property
    def shown_areas(self) -> tuple[float | None, ...]:
        return self.shown[1:]

    @property
    def identity(self) -> tuple[str, str, str, str]:
        return (self.country, name_key(self.agency), name_key(self.unit), self.period)


@dataclass(frozen=True, slots=True)
class VersionView:
    """A submission's answers carried to a newer checklist version, in that version's order:
    the levels, gaps and flags of the items the crosswalk maps (NOT_MAPPED elsewhere), and
    the area scores of the submission's own version."""

    version: str
    areas: tuple[Fraction | None, ...]
    levels: bytes
    gaps: bytes
    unevidenced: bytes


def version_view(own: AssessmentResult, mapped: MappedAnswers) -> VersionView:
    carried = mapped.result
    kept = [r.id in mapped.comparable for r in carried.items]
    own_areas = {a.id: a.score for a in own.areas}
    return VersionView(
        version=carried.checklist.version,
        areas=tuple(own_areas.get(a.id) for a in carried.checklist.areas),
        levels=bytes(
            _level(r) if k else NOT_MAPPED for r, k in zip(carried.items, kept, strict=True)
        ),
        gaps=bytes(r.gap if k else 0 for r, k in zip(carried.items, kept, strict=True)),
        unevidenced=bytes(
            _unevidenced(r) if k else 0 for r, k in zip(carried.items, kept, strict=True)
        ),
    )


def at_version(summaries: Iterable[FileSummary], version: str) -> list[FileSummary]:
    """Every summary as the consolidation against `version` sees it: own-version answers
    carried to it; a file answering a newer version is rejected (answers only carry forward)."""
    out: list[FileSummary] = []
    for s in summaries:
        if isinstance(s, Rejection) or s.checklist_version in ("", version):
            out.append(s)
            continue
        view = next((v for v in s.views if v.version == version), None)
        if view is None:
            out.append(
                Rejection(
                    s.file,
                    (
                        Problem(
                            ERROR,
                            Message(
                                "agg.version_not_carried",
                                own=s.checklist_version,
                                version=version,
                            ),
                        ),
                    ),
                )
            )
            continue
        out.append(
            replace(
                s,
                areas=view.areas,
                levels=view.levels,
                gaps=view.gaps,
                unevidenced=view.unevidenced,
                shown=(s.shown[0], *(round_half_up(a) for a in view.areas)),
                views=(),
            )
        )
    return out


def latest_among(summaries: Iterable[FileSummary]) -> str | None:
    """The newest checklist version any valid submission answers."""
    versions = {s.checklist_version for s in summaries if isinstance(s, Submission)}
    versions.discard("")
    return max(versions, key=version_key) if versions else None


def _level(r: ItemResult) -> int:
    return NA if r.effective_level is None else r.effective_level


def _unevidenced(r: ItemResult) -> int:
    return 1 if UNEVIDENCED in r.flags else 0


@dataclass(frozen=True, slots=True)
class Rejection:
    file: str
    problems: tuple[Problem, ...]


FileSummary = Submission | Rejection


def summarise(
    result: AssessmentResult,
    file: str,
    kind: str,
    fingerprint: str,
    warnings: Iterable[Problem] = (),
    *,
    audited: bool = False,
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
        levels=bytes(_level(r) for r in result.items),
        gaps=bytes(r.gap for r in result.items),
        unevidenced=bytes(_unevidenced(r) for r in result.items),
        fingerprint=fingerprint,
        shown=tuple(round_half_up(v) for v in (result.score, *(ar.score for ar in result.areas))),
        warnings=tuple(sorted(warnings, key=Problem.sort_key)),
        overdue=sum(1 for r in result.items if OVERDUE in r.flags),
        exceptions=sum(1 for r in result.items if r.exception_active),
        rating_capped_by=tuple(result.rating_capped_by),
        rating_without_exceptions=result.rating_without_exceptions,
        exceptions_lifting=len(result.exceptions_lifting),
        audited=audited,
        checklist_version=result.checklist.version,
    )


@dataclass(frozen=True, slots=True)
class Placed:
    """A submission with its status; `superseded_by` names the accepted file."""

    submission: Submission
    status: str
    superseded_by: str | None = None
    reason: str | None = None
    region: str = UNKNOWN_REGION
    follow_up: Classified | None = None  # for accepted and other-period submissions


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

    def add(self, value: Fraction | None) -> None:
        if value is None:
            return
        self.count += 1
        self.total += value
        if self.min is None or value < self.min:
            self.min = value
        if self.max is None or value > self.max:
            self.max = value


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
class RegionStats:
    """The period's accepted submissions of one region (and, with a roster, its coverage)."""

    region: str
    submissions: int = 0
    scored: int = 0
    score_total: Fraction = Fraction(0)
    ratings: dict[str, int] = field(default_factory=dict)
    areas: list[AreaStats] = field(default_factory=list)
    expected: int | None = None  # with a roster
    received: int | None = None

    @property
    def mean_score(self) -> Fraction | None:
        return self.score_total / self.scored if self.scored else None

    def add(self, s: Submission) -> None:
        self.submissions += 1
        if s.score is not None:
            self.scored += 1
            self.score_total += s.score
        if s.rating is not None:
            self.ratings[s.rating] = self.ratings.get(s.rating, 0) + 1
        for stats, value in zip(self.areas, s.areas, strict=True):
            stats.add(value)


@dataclass(frozen=True)
class PeriodStats:
    """Every period's winners (accepted or other period): the Trend's mean score line."""

    period: str
    submissions: int
    mean_score: Fraction | None


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
    period: str | None = None
    policy: Policy | None = None
    follow_up: dict[str, int] = field(default_factory=dict)
    regions: list[RegionStats] = field(default_factory=list)
    periods: list[PeriodStats] = field(default_factory=list)
    coverage: Coverage | None = None

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
        # Audited first; then the latest date; on a tie the path that sorts first.
        group.sort(key=lambda s: s.file)
        group.sort(key=lambda s: s.assessed_on, reverse=True)
        group.sort(key=lambda s: not s.audited)
        winner = group[0]
        placed.append(Placed(winner, ACCEPTED))
        for s in group[1:]:
            if winner.audited and not s.audited:
                reason = REASON_AUDITED
            elif s.assessed_on < winner.assessed_on:
                reason = REASON_OLDER
            elif s.fingerprint == winner.fingerprint:
                reason = REASON_IDENTICAL
            else:
                reason = REASON_SAME_DATE
            placed.append(Placed(s, SUPERSEDED, winner.file, reason))
    placed.sort(key=lambda p: p.submission.file)
    return placed


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
    trends.sort(key=lambda t: (t.country, name_key(t.agency), name_key(t.unit), t.points[0].file))
    return trends


@dataclass(frozen=True)
class _Layout:
    """Positions in a submission's per-item bytes, computed once per aggregation."""

    critical: tuple[int, ...]
    area_of: tuple[str, ...]

    @classmethod
    def of(cls, checklist: Checklist) -> _Layout:
        items = checklist.items
        return cls(
            tuple(i for i, item in enumerate(items) if item.critical),
            tuple(item.area for item in items),
        )

    def figures(self, s: Submission) -> Figures:
        gaps_by_area: dict[str, int] = {}
        total = 0
        for i, gap in enumerate(s.gaps):
            if gap:
                total += 1
                area = self.area_of[i]
                gaps_by_area[area] = gaps_by_area.get(area, 0) + 1
        return Figures(
            score=s.score,
            rating=s.rating,
            gaps=total,
            critical_gaps=sum(1 for i in self.critical if s.gaps[i]),
            critical_at_zero=sum(1 for i in self.critical if s.levels[i] == 0),
            overdue_actions=s.overdue,
            exceptions=s.exceptions,
            gaps_by_area=gaps_by_area,
        )


def aggregate(
    checklist: Checklist,
    summaries: Iterable[FileSummary],
    *,
    period: str | None = None,
    policy: Policy | None = None,
    regions: Mapping[str, str] | None = None,
    roster: Roster | None = None,
) -> Aggregate:
    """Every figure of SPEC §7 and §15 `aggregate`, from the reporting period's accepted
    submissions only.

    `period`: the reporting period (default: periods.default_period of the accepted ones);
    `policy`: follow-up rules (default: the built-in policy); `regions`: ISO country code →
    region; `roster`: who is expected, for coverage (its regions override `regions`)."""
    submissions: list[Submission] = []
    rejected: list[Rejection] = []
    for summary in summaries:
        if isinstance(summary, Rejection):
            rejected.append(summary)
        else:
            submissions.append(summary)
    rejected.sort(key=lambda r: r.file)
    placed = place(submissions)
    winners = [p.submission for p in placed if p.status == ACCEPTED]
    counts: dict[str, int] = {}
    for s in winners:
        counts[s.period] = counts.get(s.period, 0) + 1
    if period is None:
        period = default_period(counts)
    policy = policy or default_policy(checklist)
    regions = regions or {}
    layout = _Layout.of(checklist)

    items = [ItemStats(item.id) for item in checklist.items]
    areas = [AreaStats(area.id) for area in checklist.areas]
    ratings: dict[str, int] = {band.key: 0 for band in checklist.rating_bands}
    follow_up: dict[str, int] = dict.fromkeys(policy.classes, 0)
    by_region: dict[str, RegionStats] = {}
    received_rows: set[int] = set()
    unexpected: dict[tuple[str, str, str], Party] = {}
    score_total, scored = Fraction(0), 0
    for i, p in enumerate(placed):
        s = p.submission
        rows = roster.matches(s.country, s.agency, s.unit) if roster is not None else []
        region = (roster.region_of(rows) if rows and roster else None) or regions.get(
            s.country, UNKNOWN_REGION
        )
        if p.status != ACCEPTED:
            placed[i] = Placed(s, p.status, p.superseded_by, p.reason, region)
            continue
        classified = policy.classify(layout.figures(s))
        if s.period != period:
            placed[i] = Placed(s, OTHER_PERIOD, region=region, follow_up=classified)
            continue
        placed[i] = Placed(s, ACCEPTED, region=region, follow_up=classified)
        follow_up[classified.cls] = follow_up.get(classified.cls, 0) + 1
        if roster is not None:
            if rows:
                received_rows.update(rows)
            else:
                unexpected.setdefault(s.identity[:3], Party(s.country, s.agency, s.unit, region))
        stats_of_region = by_region.get(region)
        if stats_of_region is None:
            stats_of_region = by_region[region] = RegionStats(
                region,
                ratings={band.key: 0 for band in checklist.rating_bands},
                areas=[AreaStats(area.id) for area in checklist.areas],
            )
        stats_of_region.add(s)
        if s.score is not None:
            score_total += s.score
            scored += 1
        if s.rating is not None:
            ratings[s.rating] = ratings.get(s.rating, 0) + 1
        for stats, level, gap, unevidenced in zip(
            items, s.levels, s.gaps, s.unevidenced, strict=True
        ):
            if level == NOT_MAPPED:
                continue
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
            area_stats.add(value)

    cover = None
    if roster is not None:
        cover = coverage(roster, received_rows, list(unexpected.values()), by_region)
        for rc in cover.by_region:
            stats_of_region = by_region.setdefault(
                rc.region,
                RegionStats(
                    rc.region,
                    ratings={band.key: 0 for band in checklist.rating_bands},
                    areas=[AreaStats(area.id) for area in checklist.areas],
                ),
            )
            stats_of_region.expected, stats_of_region.received = rc.expected, rc.received
    return Aggregate(
        checklist=checklist,
        placed=placed,
        rejected=rejected,
        items=items,
        areas=areas,
        trends=_trends(winners),
        mean_score=score_total / scored if scored else None,
        ratings=ratings,
        period=period,
        policy=policy,
        follow_up=follow_up,
        regions=sorted(by_region.values(), key=lambda r: region_order(r.region)),
        periods=_period_stats(winners),
        coverage=cover,
    )


def _period_stats(winners: list[Submission]) -> list[PeriodStats]:
    totals: dict[str, list[Any]] = {}
    for s in winners:
        entry = totals.setdefault(s.period, [0, Fraction(0), 0])
        entry[0] += 1
        if s.score is not None:
            entry[1] += s.score
            entry[2] += 1
    return [
        PeriodStats(p, n, total / scored if scored else None)
        for p, (n, total, scored) in sorted(totals.items(), key=lambda kv: period_sort_key(kv[0]))
    ]


def common_gaps(agg: Aggregate) -> list[ItemStats]:
    """Items with a gap in at least one accepted submission: most frequent first, then the
    largest total gap, then checklist order."""
    order = {item.id: i for i, item in enumerate(agg.checklist.items)}
    found = [s for s in agg.items if s.gaps]
    return sorted(found, key=lambda s: (-s.gaps, -s.gap_sum, order[s.id]))


def aggregate_data(agg: Aggregate, lang: str = "en") -> dict[str, Any]:
    """SPEC §7 `aggregate` JSON; lists sorted by file path or in checklist order; problem
    `message`s in `lang` (their `message_key` says the kind in any language)."""
    area_ids = [area.id for area in agg.checklist.areas]
    return {
        "checklist": {"id": agg.checklist.id, "version": agg.checklist.version},
        "summary": summary_data(agg),
        "submissions": [
            {
                "file": p.submission.file,
                "agency": p.submission.agency,
                "unit": p.submission.unit,
                "country": p.submission.country,
                "period": p.submission.period,
                "assessed_on": p.submission.assessed_on.isoformat(),
                "checklist_version": p.submission.checklist_version,
                "score": p.submission.shown_score,
                "rating": p.submission.rating,
                "rating_capped_by": [c.as_dict() for c in p.submission.rating_capped_by],
                "rating_without_exceptions": p.submission.rating_without_exceptions,
                "audited": p.submission.audited,
                "areas": dict(zip(area_ids, p.submission.shown_areas, strict=True)),
                "region": p.region,
                "status": p.status,
                "follow_up": None
                if p.follow_up is None
                else {"class": p.follow_up.cls, "rule": p.follow_up.rule},
                "superseded_by": p.superseded_by,
                "reason": p.reason,
                "warnings": [w.to_json(lang) for w in p.submission.warnings],
            }
            for p in agg.placed
        ],
        "rejected": [
            {"file": r.file, "problems": [p.to_json(lang) for p in r.problems]}
            for r in agg.rejected
        ],
        "items": items_data(agg),
        "areas": areas_data(agg),
        "regions": regions_data(agg),
        "follow_up": dict(agg.follow_up),
        **({} if agg.coverage is None else {"coverage": coverage_data(agg.coverage)}),
        "periods": periods_data(agg),
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


def summary_data(agg: Aggregate, *, anonymised: bool = False) -> dict[str, Any]:
    return {
        "inputs": agg.inputs,
        "accepted": agg.count(ACCEPTED),
        "superseded": agg.count(SUPERSEDED),
        "other_period": agg.count(OTHER_PERIOD),
        "rejected": agg.count(REJECTED),
        "period": agg.period,
        "mean_score": round_half_up(agg.mean_score),
        "ratings": dict(agg.ratings),
        "follow_up_rules": agg.policy.source if agg.policy else None,
        "anonymised": anonymised,
    }


def items_data(agg: Aggregate) -> list[dict[str, Any]]:
    return [
        {
            "id": s.id,
            "at_target": round_half_up(s.at_target, 4),
            "mean_level": round_half_up(s.mean_level, 2),
            "na": s.na,
            "gaps": s.gaps,
            "unevidenced": s.unevidenced,
        }
        for s in agg.items
    ]


def areas_data(agg: Aggregate) -> list[dict[str, Any]]:
    return [
        {
            "id": a.id,
            "mean": round_half_up(a.mean),
            "min": round_half_up(a.min),
            "max": round_half_up(a.max),
        }
        for a in agg.areas
    ]


def region_data(r: RegionStats) -> dict[str, Any]:
    return {
        "region": r.region,
        "submissions": r.submissions,
        "mean_score": round_half_up(r.mean_score),
        "ratings": dict(r.ratings),
        "areas": {a.id: round_half_up(a.mean) for a in r.areas},
        **({} if r.expected is None else {"expected": r.expected, "received": r.received}),
    }


def regions_data(agg: Aggregate) -> list[dict[str, Any]]:
    return [region_data(r) for r in agg.regions]


def _party(p: Party) -> dict[str, Any]:
    return {"country": p.country, "agency": p.agency, "unit": p.unit, "region": p.region}


def coverage_data(c: Coverage) -> dict[str, Any]:
    return {
        "expected": c.expected,
        "received": len(c.received),
        "share": None if c.share is None else round(c.share, 4),
        "missing": [{**_party(p), "contact": p.contact} for p in c.missing],
        "unexpected": [_party(p) for p in c.unexpected],
        "by_region": [
            {"region": r.region, "expected": r.expected, "received": r.received}
            for r in c.by_region
        ],
    }


def periods_data(agg: Aggregate) -> list[dict[str, Any]]:
    return [
        {
            "period": p.period,
            "submissions": p.submissions,
            "mean_score": round_half_up(p.mean_score),
            "reporting": p.period == agg.period,
        }
        for p in agg.periods
    ]
