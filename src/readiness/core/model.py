"""The domain objects: a checklist, a unit's assessment and its responses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

# A text field: one string for every language, or a map language -> string.
Text = dict[str, str]


def text_in(text: Text | None, lang: str) -> str:
    """The text in `lang`, else English, else the first language there is."""
    if not text:
        return ""
    return text.get(lang) or text.get("en") or next(iter(text.values()), "")


@dataclass(frozen=True)
class Level:
    value: int
    key: str
    label: Text


@dataclass(frozen=True)
class RatingBand:
    key: str
    min_score: float
    label: Text


@dataclass(frozen=True)
class Item:
    id: str
    area: str
    title: Text
    requirement: Text
    guidance: Text
    action: Text
    weight: int
    critical: bool
    evidence_required: bool
    allow_na: bool
    target: int
    source_ref: str = ""
    # What the item rests on: "report" (the report says it) or "derived" (built from the
    # report with other frameworks); "" when the checklist does not say.
    source_basis: str = ""


@dataclass(frozen=True)
class Area:
    id: str
    title: Text
    recommendation: Text
    source_ref: str
    items: tuple[Item, ...]
    source_basis: str = ""


@dataclass
class Checklist:
    id: str
    version: str
    title: Text
    source: dict[str, Any]
    languages: list[str]
    levels: list[Level]
    target_level: int
    evidence_max_age_days: int
    rating_bands: list[RatingBand]
    areas: list[Area]
    # Rules that say how to rate every item (e.g. what level 3 requires), in order.
    assessment_rules: list[Text] = field(default_factory=list)
    # The checklist as data (JSON-compatible), for embedding and fingerprinting.
    raw: dict[str, Any] = field(default_factory=dict, repr=False)
    origin: str = ""

    @property
    def items(self) -> list[Item]:
        return [item for area in self.areas for item in area.items]

    def item(self, item_id: str) -> Item | None:
        return self._index().get(item_id)

    def _index(self) -> dict[str, Item]:
        cached = self.__dict__.get("_item_index")
        if cached is None:
            cached = {item.id: item for item in self.items}
            self.__dict__["_item_index"] = cached
        return cached

    @property
    def max_level(self) -> int:
        return max(level.value for level in self.levels)

    def level_by_key(self, key: str) -> Level | None:
        for level in self.levels:
            if level.key == key:
                return level
        return None

    def level(self, value: int) -> Level | None:
        for level in self.levels:
            if level.value == value:
                return level
        return None

    def band_index(self, key: str | None) -> int | None:
        """Position of the rating band `key` (0 = best), for its colour; None if unknown."""
        for i, band in enumerate(self.rating_bands):
            if band.key == key:
                return i
        return None

    def rating_label(self, key: str | None, lang: str) -> str:
        """The label of rating band `key` in `lang`; a dash when there is no rating."""
        index = self.band_index(key)
        return "—" if index is None else text_in(self.rating_bands[index].label, lang)

    @property
    def band_floors(self) -> list[float]:
        """The lowest score of every band but the last (which starts at 0): score colours."""
        return [band.min_score for band in self.rating_bands[:-1]]


@dataclass(frozen=True)
class Evidence:
    ref: str
    date: dt.date | None = None


# An action's status (SPEC §14): the keys are data, the same in every language.
ACTION_STATUSES = ("open", "in_progress", "done", "dropped")
# Statuses under which a past due date no longer counts as overdue.
CLOSED_STATUSES = ("done", "dropped")


@dataclass(frozen=True)
class ApprovedException:
    """An approved, time-limited exception to one item's critical gates (SPEC §14)."""

    reason: str
    approved_by: str
    approved_on: dt.date
    expires: dt.date

    def active_on(self, day: dt.date) -> bool:
        """In force on `day`: it expires on or after that day."""
        return self.expires >= day


@dataclass
class Response:
    item_id: str
    # Declared level; None when not applicable (n/a) or unanswered.
    level: int | None
    na: bool = False
    answered: bool = True
    evidence: list[Evidence] = field(default_factory=list)
    justification: str | None = None
    notes: str | None = None
    owner: str | None = None
    due: dt.date | None = None
    status: str | None = None
    exception: ApprovedException | None = None


@dataclass
class Agency:
    name: str
    country: str
    unit: str | None = None


@dataclass
class Assessment:
    checklist_id: str
    checklist_version: str | None
    agency: Agency
    period: str
    assessed_on: dt.date
    assessor: dict[str, str] | None
    responses: dict[str, Response]
