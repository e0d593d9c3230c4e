"""Reporting periods as intervals of time (SPEC §15).

A period is a year (`2026`), a half (`2026-H2`), a quarter (`2026-Q4`) or a month
(`2026-07`). French input may write a quarter as `2026-T4` (trimestre) and a half as
`2026-S2` (semestre); `canonical_period` turns those into `Q`/`H`, the stored form.

Periods are ordered by their end date, then by their length (shorter first): 2026-Q3
comes before 2026-H2 (which overlaps it), and 2026-Q4, 2026-H2 and 2026 all end on
31 December, so they sort in that order, shortest first.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# The canonical forms, ASCII digits only.
_CANONICAL = re.compile(r"([0-9]{4})(?:-([QH])([1-4])|-([0-9]{2}))?\Z", re.ASCII)


@dataclass(frozen=True, slots=True)
class Interval:
    start: dt.date
    end: dt.date  # the last day of the period

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def contains(self, other: Interval) -> bool:
        return self.start <= other.start and other.end <= self.end


def canonical_period(text: str) -> str | None:
    """The stored spelling of a period (`2026-T4` → `2026-Q4`), or None if it is none."""
    # The accepted spellings are those of the one table (core/formats.py).
    from readiness.core.formats import parse_period

    return parse_period(text)


def period_interval(period: str) -> Interval | None:
    """The days a canonical period covers, or None when `period` is not one."""
    match = _CANONICAL.match(period)
    if not match:
        return None
    year = int(match.group(1))
    if year < 1:
        return None
    letter, n, month = match.group(2), match.group(3), match.group(4)
    if letter == "Q":
        first, months = 3 * int(n) - 2, 3
    elif letter == "H":
        if int(n) > 2:
            return None
        first, months = 6 * int(n) - 5, 6
    elif month is not None:
        first, months = int(month), 1
        if not 1 <= first <= 12:
            return None
    else:
        first, months = 1, 12
    last = first + months - 1
    start = dt.date(year, first, 1)
    end = (dt.date(year + 1, 1, 1) if last == 12 else dt.date(year, last + 1, 1)) - dt.timedelta(1)
    return Interval(start, end)


def period_sort_key(period: str) -> tuple[dt.date, int, str]:
    """Order of periods: end date, then length (shorter first), then the text.

    Text that is not a period sorts after every period (it cannot come from a valid file)."""
    interval = period_interval(period)
    if interval is None:
        return (dt.date.max, 0, period)
    return (interval.end, interval.days, period)


def default_period(counts: dict[str, int]) -> str | None:
    """The reporting period HQ looks at when none is chosen (SPEC §15): the one with the
    latest end date; where several end that day, the one with the most submissions, then
    the shortest. `counts` maps each period to its number of accepted submissions."""
    if not counts:
        return None

    def key(period: str) -> tuple[dt.date, int, int, str]:
        end, days, text = period_sort_key(period)
        return (end, counts[period], -days, text)

    return max(counts, key=key)
