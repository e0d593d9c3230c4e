"""INTERPOL's region of every ISO 3166-1 country (src/readiness/data/interpol-regions.csv,
whose header comments give the source and the method)."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

REGIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "interpol-regions.csv"


@cache
def country_regions() -> dict[str, str]:
    """Country code → region, read once per process."""
    with REGIONS_FILE.open(encoding="utf-8", newline="") as fh:
        rows = csv.reader(line for line in fh if not line.startswith("#"))
        header = next(rows)
        if header != ["country", "region"]:  # a packaging mistake, not a user's
            raise RuntimeError(f"unexpected header in {REGIONS_FILE}: {header}")
        return {country: region for country, region in rows}
