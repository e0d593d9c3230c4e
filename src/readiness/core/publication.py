"""Publication without names (`aggregate --anonymise`, SPEC §15).

What may be shared with member countries: region-level and overall figures only, in a
fixed order (never ranked), with no agency, unit, country or file name. A region with
fewer than K accepted submissions is merged into "Other regions"; when that group is
still smaller than K its figures are suppressed, and the output says so. When the whole
period has fewer than K submissions, the overall figures are suppressed too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from readiness.core.aggregation import (
    Aggregate,
    AreaStats,
    PeriodStats,
    RegionStats,
    areas_data,
    items_data,
    region_data,
    summary_data,
)
from readiness.core.follow_up import BUILT_IN

OTHER_REGIONS = "Other regions"
DEFAULT_MIN_GROUP = 5


@dataclass
class Group:
    """A published region (or the merged small ones)."""

    stats: RegionStats
    merged: list[str] = field(default_factory=list)  # the regions merged into it
    suppressed: bool = False

    @property
    def region(self) -> str:
        return self.stats.region


@dataclass
class Publication:
    min_group: int
    groups: list[Group]
    overall_suppressed: bool
    periods: list[PeriodStats]  # periods with fewer than K submissions left out
    periods_left_out: int

    @property
    def merged(self) -> list[str]:
        return [r for g in self.groups for r in g.merged]


def _merge(name: str, parts: list[RegionStats], agg: Aggregate) -> RegionStats:
    c = agg.checklist
    out = RegionStats(
        name,
        ratings={band.key: 0 for band in c.rating_bands},
        areas=[AreaStats(area.id) for area in c.areas],
    )
    for r in parts:
        out.submissions += r.submissions
        out.scored += r.scored
        out.score_total += r.score_total
        for key, n in r.ratings.items():
            out.ratings[key] = out.ratings.get(key, 0) + n
        for mine, theirs in zip(out.areas, r.areas, strict=True):
            mine.count += theirs.count
            mine.total += theirs.total
            # min and max would point at one unit in a small group: never published
        if r.expected is not None:
            out.expected = (out.expected or 0) + r.expected
            out.received = (out.received or 0) + (r.received or 0)
    return out


def publication(agg: Aggregate, min_group: int = DEFAULT_MIN_GROUP) -> Publication:
    large = [r for r in agg.regions if r.submissions >= min_group]
    # Small regions, and with a roster those where nobody submitted (their coverage counts).
    small = [r for r in agg.regions if r.submissions < min_group]
    groups = [Group(r) for r in large]
    if small:
        merged = _merge(OTHER_REGIONS, small, agg)
        groups.append(
            Group(merged, [r.region for r in small], suppressed=merged.submissions < min_group)
        )
    total = sum(r.submissions for r in agg.regions)
    periods = [p for p in agg.periods if p.submissions >= min_group]
    return Publication(
        min_group=min_group,
        groups=groups,
        overall_suppressed=total < min_group,
        periods=periods,
        periods_left_out=len(agg.periods) - len(periods),
    )


def _group_data(g: Group, min_group: int) -> dict[str, Any]:
    data = region_data(g.stats)
    if g.merged:
        data["merged"] = list(g.merged)
    if g.suppressed:
        data.update(
            submissions=None,
            mean_score=None,
            ratings=None,
            areas=None,
            suppressed=f"fewer than {min_group} submissions",
        )
        if "received" in data:  # it would tell the number of submissions
            data["received"] = None
    return data


def published_data(agg: Aggregate, min_group: int = DEFAULT_MIN_GROUP) -> dict[str, Any]:
    """The anonymised JSON: summary, regions, areas, items, follow-up and coverage counts."""
    pub = publication(agg, min_group)
    summary = summary_data(agg, anonymised=True)
    summary["checklist"] = {"id": agg.checklist.id, "version": agg.checklist.version}
    summary["min_group"] = min_group
    summary["merged_regions"] = pub.merged
    summary["suppressed"] = pub.overall_suppressed
    if summary["follow_up_rules"] != BUILT_IN:  # HQ's own file name stays out too
        summary["follow_up_rules"] = "custom"
    areas: Any = areas_data(agg)
    for a in areas:  # a lowest or highest score is one unit's: not published
        a.pop("min")
        a.pop("max")
    items: Any = items_data(agg)
    follow_up: Any = dict(agg.follow_up)
    if pub.overall_suppressed:
        summary.update(mean_score=None, ratings=None)
        areas = items = follow_up = None
    data: dict[str, Any] = {
        "summary": summary,
        "regions": [_group_data(g, min_group) for g in pub.groups],
        "areas": areas,
        "items": items,
        "follow_up": follow_up,
    }
    if agg.coverage is not None:
        c = agg.coverage
        data["coverage"] = {
            "expected": c.expected,
            "received": len(c.received),
            "share": None if c.share is None else round(c.share, 4),
            # By published group: a small region's coverage is merged like its figures.
            "by_region": [
                {
                    "region": g.region,
                    "expected": g.stats.expected or 0,
                    "received": None if g.suppressed else g.stats.received or 0,
                }
                for g in pub.groups
            ],
        }
    return data
