"""Carrying an assessment forward to the next period (SPEC §14, `init --from`).

Pure: the previous assessment in, the next period's assessment out, with what the unit
should look at again (evidence grown stale by the new date). Every answer, evidence, owner,
due date, note, action status and exception is carried as it was; the unit then updates
what changed. The caller chooses the levels to carry (the audited ones when the previous
file has them) and maps items across checklist versions before calling.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from readiness.core.model import Assessment, Checklist, Evidence
from readiness.core.scoring import evidence_is_stale

_PERIOD = re.compile(r"([0-9]{4})(?:-([QH])([1-4])|-([0-9]{2}))?\Z", re.ASCII)


def next_period(period: str) -> str | None:
    """The next period of the same kind: 2026-Q4 → 2027-Q1, 2026-H2 → 2027-H1,
    2026 → 2027, 2026-12 → 2027-01. None when `period` is not a canonical period."""
    match = _PERIOD.match(period)
    if not match:
        return None
    year = int(match.group(1))
    letter, n, month = match.group(2), match.group(3), match.group(4)
    if letter is not None:
        last = 4 if letter == "Q" else 2
        k = int(n)
        if k > last:
            return None
        return f"{year + 1}-{letter}1" if k == last else f"{year}-{letter}{k + 1}"
    if month is not None:
        m = int(month)
        if not 1 <= m <= 12:
            return None
        return f"{year + 1}-01" if m == 12 else f"{year}-{m + 1:02d}"
    return f"{year + 1}"


@dataclass(frozen=True)
class StaleEvidence:
    item_id: str
    evidence: Evidence
    age_days: int


@dataclass
class CarriedForward:
    assessment: Assessment
    previous_period: str
    # Dated evidence older than the checklist's evidence_max_age_days on the new date.
    stale: list[StaleEvidence]

    def stale_of(self, item_id: str) -> list[StaleEvidence]:
        return [s for s in self.stale if s.item_id == item_id]


def carry_forward(
    previous: Assessment,
    checklist: Checklist,
    today: dt.date,
    *,
    period: str | None = None,
) -> CarriedForward:
    """The next period's assessment: same answers, next period (or `period`), dated today."""
    new_period = period or next_period(previous.period) or previous.period
    stale = [
        StaleEvidence(item_id, e, (today - e.date).days)
        for item_id, response in previous.responses.items()
        for e in response.evidence
        if e.date is not None and evidence_is_stale(e.date, today, checklist)
    ]
    assessment = dataclasses.replace(
        previous,
        checklist_version=checklist.version,
        period=new_period,
        assessed_on=today,
        responses=dict(previous.responses),
    )
    return CarriedForward(assessment, previous.period, stale)
