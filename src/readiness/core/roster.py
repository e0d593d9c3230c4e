"""Who HQ expects to submit (the roster) and who did: coverage (SPEC §15).

A roster row names a country, an agency and optionally a unit. It matches a submission of
the same country and agency — and, when the row gives a unit, the same unit; a row
without a unit stands for every unit of that agency. Names are compared after NFC
normalisation, case folding and collapsing repeated spaces, so "Brigade  des Mineurs"
written in NFD on a Mac matches "brigade des mineurs".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

UNKNOWN_REGION = "Unknown region"
# INTERPOL's regions as the data file names them, in the order outputs list them.
REGIONS = (
    "Africa",
    "Americas",
    "Asia and South Pacific",
    "Europe",
    "Middle East and North Africa",
)


def name_key(name: str | None) -> str:
    """How two names are compared: NFC, spaces collapsed, case folded."""
    folded = " ".join(unicodedata.normalize("NFC", name or "").split()).casefold()
    return unicodedata.normalize("NFC", folded)  # casefold can decompose (e.g. İ)


@dataclass(frozen=True, slots=True)
class Party:
    """A submitter: expected (a roster row) or found (a submission)."""

    country: str
    agency: str
    unit: str | None
    region: str
    contact: str | None = None


@dataclass(frozen=True, slots=True)
class RosterEntry:
    country: str
    agency: str
    unit: str | None = None
    region: str | None = None  # overrides the country's region
    contact: str | None = None


@dataclass(frozen=True)
class RegionCoverage:
    region: str
    expected: int
    received: int


@dataclass(frozen=True)
class Coverage:
    expected: int
    received: list[Party]
    missing: list[Party]
    unexpected: list[Party]
    by_region: list[RegionCoverage]

    @property
    def share(self) -> float | None:
        return len(self.received) / self.expected if self.expected else None


def region_order(region: str) -> tuple[int, str]:
    """INTERPOL's regions first in their fixed order, then others by name, unknown last."""
    if region in REGIONS:
        return (0, f"{REGIONS.index(region):02d}")
    if region == UNKNOWN_REGION:
        return (2, "")
    return (1, name_key(region))


def canonical_region(text: str | None) -> str | None:
    """A region as written in a roster: INTERPOL's names in their usual spelling."""
    if text is None or not text.strip():
        return None
    key = name_key(text).replace("&", "and")
    for region in REGIONS:
        if name_key(region) == key:
            return region
    return " ".join(text.split())


class Roster:
    """The expected submitters, indexed for matching."""

    def __init__(self, entries: Iterable[RosterEntry], regions: Mapping[str, str]):
        self.parties: list[Party] = []
        self._by_unit: dict[tuple[str, str, str], list[int]] = {}
        self._by_agency: dict[tuple[str, str], list[int]] = {}
        for entry in entries:
            country = entry.country.upper()
            region = entry.region or regions.get(country) or UNKNOWN_REGION
            index = len(self.parties)
            self.parties.append(Party(country, entry.agency, entry.unit, region, entry.contact))
            if entry.unit:
                key = (country, name_key(entry.agency), name_key(entry.unit))
                self._by_unit.setdefault(key, []).append(index)
            else:
                self._by_agency.setdefault((country, name_key(entry.agency)), []).append(index)

    def __len__(self) -> int:
        return len(self.parties)

    def matches(self, country: str, agency: str, unit: str | None) -> list[int]:
        """Indexes of the roster rows a submission of this country, agency and unit meets."""
        agency_key = name_key(agency)
        found = list(self._by_agency.get((country, agency_key), ()))
        if unit:
            found += self._by_unit.get((country, agency_key, name_key(unit)), ())
        return found

    def region_of(self, rows: list[int]) -> str | None:
        """The region the roster gives to a submission matching these rows."""
        return self.parties[rows[0]].region if rows else None


def coverage(
    roster: Roster, received_rows: set[int], unexpected: list[Party], regions_seen: Iterable[str]
) -> Coverage:
    """Coverage overall and by region; the lists are in roster order (missing, received)
    and by country, agency, unit (unexpected)."""
    received = [p for i, p in enumerate(roster.parties) if i in received_rows]
    missing = [p for i, p in enumerate(roster.parties) if i not in received_rows]
    expected_by: dict[str, int] = {}
    received_by: dict[str, int] = {}
    for i, p in enumerate(roster.parties):
        expected_by[p.region] = expected_by.get(p.region, 0) + 1
        if i in received_rows:
            received_by[p.region] = received_by.get(p.region, 0) + 1
    names = sorted({*expected_by, *regions_seen}, key=region_order)
    by_region = [RegionCoverage(r, expected_by.get(r, 0), received_by.get(r, 0)) for r in names]
    unexpected = sorted(unexpected, key=lambda p: (p.country, name_key(p.agency), name_key(p.unit)))
    return Coverage(len(roster), received, missing, unexpected, by_region)
