"""Terminal tables that fit the width (SPEC §16): COLUMNS, else the terminal's size, else 100.

One writer for every terminal table (assess, compare, aggregate): `terminal_table` lays the
columns out in tabulate's "simple" look (a header, a dashed rule, two spaces between columns).
The columns that hold free text (titles, actions, flags, owners, names) wrap, sharing what the
short columns (ids, numbers, dates) leave of the width; the headers of the short columns wrap
at their spaces. When even that cannot fit (narrow terminals, many columns), each row is
written as a small record instead — its first cell, then one "Header: value" line per other
cell — so that no line is ever wider than the terminal and no word is cut to a few letters.

Widths are what a terminal shows, not `len`: Arabic vowel marks and other combining marks,
and the isolates of Arabic output (FSI … PDI), take no column; wide East Asian letters take two.
A wrapped line never leaves an isolate open: it is closed at the line's end and reopened on
the next, so that `terminal_text.inert` lets it through.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
import unicodedata
from collections.abc import Sequence
from typing import Any

from readiness.reports.terminal_text import inert

DEFAULT_WIDTH = 100
MIN_WRAPPED = 12  # a wrapped column narrower than this cuts words: records read better
GAP = 2  # two spaces between columns
FSI, PDI = "\u2068", "\u2069"
_ZERO_WIDTH = frozenset({"Mn", "Me", "Cf"})


def terminal_width() -> int:
    """COLUMNS when set, else the terminal's width, else 100 (output to a file or pipe)."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if sys.stdout.isatty():
        return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    return DEFAULT_WIDTH


def text_width(text: str) -> int:
    """The columns `text` takes in a terminal (one line)."""
    if text.isascii():
        return len(text)
    width = 0
    for ch in text:
        if unicodedata.category(ch) in _ZERO_WIDTH:
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _balanced(lines: list[str]) -> list[str]:
    """Close an isolate left open at a line's end and reopen it on the next line."""
    out = []
    carry = False
    for line in lines:
        if carry:  # reopened after the indent, which stays the line's own
            text = line.lstrip(" ")
            line = line[: len(line) - len(text)] + FSI + text
        open_ = line.rfind(FSI) > line.rfind(PDI)
        out.append(line + PDI if open_ else line)
        carry = open_
    return out


def wrap_text(text: str, width: int, indent: str = "", subsequent: str = "") -> list[str]:
    """`text` in lines of at most `width` columns; its own line breaks are kept. Lines break
    at spaces only, never at hyphens (file paths, e-mail addresses and ids stay whole, so they
    can be copied), and a word is cut only when it is longer than the width."""
    width = max(width, 1)
    lines: list[str] = []
    for n, part in enumerate(str(text).split("\n")):
        first = indent if n == 0 else subsequent
        if text_width(first + part) <= width:
            lines.append(first + part)
            continue
        lines.extend(
            textwrap.wrap(
                part,
                width,
                initial_indent=first,
                subsequent_indent=subsequent,
                break_on_hyphens=False,
            )
            or [first]
        )
    return _balanced(lines)


def _cell(value: Any) -> str:
    return "" if value is None else "\n".join(inert(part) for part in str(value).split("\n"))


def _natural(text: str) -> int:
    return max((text_width(line) for line in text.split("\n")), default=0)


def _longest_word(text: str) -> int:
    return max((text_width(word) for word in text.split()), default=0)


def fit_columns(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    wrapped: Sequence[int],
    width: int,
) -> list[int] | None:
    """The width of each column so that the table fits `width`, or None when it cannot
    without making a wrapped column narrower than MIN_WRAPPED."""
    count = len(headers)
    cells = [[_natural(row[i]) if i < len(row) else 0 for row in rows] for i in range(count)]
    natural = [max([_natural(h), *cells[i]]) for i, h in enumerate(headers)]
    if sum(natural) + GAP * (count - 1) <= width:
        return natural
    # Short columns keep their cells whole and, if that leaves room enough, their headers
    # on one line; else their headers wrap at the spaces.
    whole = [natural[i] if i not in wrapped else 0 for i in range(count)]
    fitted = _share(headers, cells, natural, whole, wrapped, width)
    if fitted is not None:
        return fitted
    short = [
        max([_longest_word(headers[i]), *cells[i]]) if i not in wrapped else 0 for i in range(count)
    ]
    return _share(headers, cells, natural, short, wrapped, width)


def _share(
    headers: Sequence[str],
    cells: list[list[int]],
    natural: list[int],
    fixed: list[int],
    wrapped: Sequence[int],
    width: int,
) -> list[int] | None:
    """`fixed` for the short columns; the wrapped ones share the rest of `width`: each needs
    its widest cell or its header's longest word, up to MIN_WRAPPED; what is left goes to the
    narrowest wants first."""
    widths = list(fixed)
    room = width - GAP * (len(headers) - 1) - sum(fixed)
    left = sorted((i for i in wrapped if i < len(headers)), key=lambda i: natural[i])
    for i in left:
        widths[i] = min(max([_longest_word(headers[i]), *cells[i]]), MIN_WRAPPED)
    extra = room - sum(widths[i] for i in left)
    if extra < 0:
        return None
    for n, i in enumerate(left):
        add = min(natural[i] - widths[i], extra // (len(left) - n))
        widths[i] += add
        extra -= add
    return widths


def _lines(cells: Sequence[str], widths: Sequence[int], align: Sequence[str]) -> list[str]:
    wrapped = [wrap_text(c, w) for c, w in zip(cells, widths, strict=True)]
    height = max((len(w) for w in wrapped), default=1)
    out = []
    for k in range(height):
        parts = []
        for col, w in enumerate(widths):
            text = wrapped[col][k] if k < len(wrapped[col]) else ""
            pad = " " * max(w - text_width(text), 0)
            parts.append(pad + text if align[col] == "right" else text + pad)
        out.append((" " * GAP).join(parts).rstrip())
    return out


def terminal_table(
    rows: Sequence[Sequence[Any]],
    headers: Sequence[Any] | None = None,
    *,
    wrapped: Sequence[int] = (),
    align: Sequence[str] | None = None,
    label: Any = None,
    width: int | None = None,
) -> str:
    """A table of `rows` under `headers` that fits `width` (default: the terminal's).

    `wrapped`: the columns of free text that may wrap; `align`: "left" or "right" per
    column; `label(header)`: the "Header:" of the record layout, in the reader's language.
    Every cell is made inert (terminal_text) before it is measured."""
    width = terminal_width() if width is None else width
    count = max([len(headers or ()), *(len(r) for r in rows)], default=0)
    heads = [_cell(h) for h in headers] if headers else []
    cells = [[_cell(v) for v in row] + [""] * (count - len(row)) for row in rows]
    align = list(align or ()) + ["left"] * count
    widths = fit_columns(heads or [""] * count, cells, wrapped, width)
    if widths is None:
        return "\n".join(_records(heads, cells, wrapped, width, label))
    out = []
    if heads:
        out += _lines(heads, widths, align)
        out.append((" " * GAP).join("-" * w for w in widths))
    for row in cells:
        out += _lines(row, widths, align)
    return "\n".join(out)


def _records(
    heads: list[str], cells: list[list[str]], wrapped: Sequence[int], width: int, label: Any
) -> list[str]:
    """Each row as a record: its first cell (and the second when that is free text, a title),
    then the short cells packed on a line ("Level: 0→3 · Due: 2027-06-30"), then one line per
    other free-text cell, each "Header: value", indented."""

    def one_line(text: str) -> str:
        return " ".join(text.split("\n"))

    def field(i: int, value: str) -> str:
        head = one_line(heads[i]) if i < len(heads) else ""
        if not head:
            return one_line(value)
        return f"{label(head) if label else head + ':'} {one_line(value)}"

    out = []
    for row in cells:
        first = one_line(row[0])
        rest = range(1, len(row))
        if 1 in wrapped and len(row) > 1 and heads and heads[0]:  # a list: id, then title
            first = f"{first}  {one_line(row[1])}".strip()
            rest = range(2, len(row))
        out += wrap_text(first, width, subsequent="    ")
        short = [field(i, row[i]) for i in rest if i not in wrapped and row[i].strip()]
        line = ""
        for part in short:
            joined = f"{line} · {part}" if line else part
            if line and text_width("  " + joined) > width:
                out += wrap_text(line, width, "  ", "    ")
                joined = part
            line = joined
        if line:
            out += wrap_text(line, width, "  ", "    ")
        for i in rest:
            if i in wrapped and row[i].strip():
                out += wrap_text(field(i, row[i]), width, "  ", "    ")
    return out
