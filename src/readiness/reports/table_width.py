"""Terminal tables that fit the width (SPEC §16): COLUMNS, else the terminal's size, else 100.

`fit_columns` gives tabulate's `maxcolwidths`: columns that hold free text (titles, actions,
flags, owners) wrap, sharing what the short columns (ids, numbers, dates) leave of the width.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from typing import Any

DEFAULT_WIDTH = 100
MIN_WRAPPED = 8  # a wrapped column narrower than this is unreadable
GAP = 2  # tabulate's "simple" format puts two spaces between columns
HEADER_PADDING = 2  # and makes a column at least its (wrapped) header plus two


def terminal_width() -> int:
    """COLUMNS when set, else the terminal's width, else 100 (output to a file or pipe)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    return DEFAULT_WIDTH


def _natural(lines: Any) -> int:
    return max((len(line) for line in str(lines).splitlines()), default=0)


def fit_columns(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    wrapped: Sequence[int],
    width: int | None = None,
) -> list[Any]:  # int | None each; tabulate's stubs say int
    """`maxcolwidths` for tabulate: the columns in `wrapped` share the room the others leave,
    the narrowest needs first; the others keep their natural width (None)."""
    width = terminal_width() if width is None else width
    natural = [
        max([_natural(h) + HEADER_PADDING, *(_natural(row[i]) for row in rows if i < len(row))])
        for i, h in enumerate(headers)
    ]
    fixed = sum(w for i, w in enumerate(natural) if i not in wrapped)
    room = width - fixed - GAP * (len(headers) - 1)
    out: list[int | None] = [None] * len(headers)
    left = sorted(wrapped, key=lambda i: natural[i])
    for n, i in enumerate(left):
        share = max(MIN_WRAPPED, room // (len(left) - n))
        give = min(natural[i], share)
        out[i] = max(give, 1)
        room -= give
    return out
