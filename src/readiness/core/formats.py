"""Accepted shapes of the assessment format's values (periods, dates, n/a)."""

from __future__ import annotations

import re

PERIOD = re.compile(r"^\d{4}(?:-Q[1-4]|-H[12]|-(?:0[1-9]|1[0-2]))?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NA_WORDS = {"n/a", "na", "not applicable", "sans objet", "s.o.", "non applicable"}
