"""Accepted shapes of the assessment format's values (periods, dates, n/a)."""

from __future__ import annotations

import re

# ASCII digits only (`\d` is every script's, and `$` matches before a final line break):
# a period in Arabic-Indic digits would otherwise be a third spelling of the same unit.
PERIOD = re.compile(r"^[0-9]{4}(?:-Q[1-4]|-H[12]|-(?:0[1-9]|1[0-2]))?\Z")
DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
NA_WORDS = {"n/a", "na", "not applicable", "sans objet", "s.o.", "non applicable"}
