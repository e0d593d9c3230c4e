"""Markdown text and tables: the one writer, with one escaping rule.

Text from an assessment or a file name goes into Markdown through `markdown_text`, which
makes it inert: it is shown as written and can neither break a table nor start a heading,
quote, list, link, image, emphasis, code span or HTML tag. The rule:

- a backslash before every character Markdown gives a meaning inside a line
  (`\\ | * _ ` [ ] < > ~`), and before `&` where it would start an entity (`&amp;`);
- a backslash before what would start a block at the start of the text: `#`, `>`, and `-`,
  `+`, `=`, `1.`, `1)` followed by a space (so `-3.5` and `84.3` stay as they are);
- every line break (LF, CR, NEL, LS, PS, VT, FF) becomes a space; other control characters
  become U+FFFD, so a Markdown report printed to a terminal carries no escape sequence;
- what else terminal_text.inert escapes (bidi overrides, invisible characters, bytes that
  were not UTF-8) is shown escaped the same way (`\u202e`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from readiness.reports.terminal_text import inert

_INLINE = re.compile(r"([\\|*_`\[\]<>~]|&(?=#?\w+;))")
# What starts a heading, quote, list, rule or setext underline at the start of a line.
_BLOCK_START = re.compile(r"^(\s*)(#|>|[-+=](?=[\s=-]|$)|\d{1,9}(?=[.)](?:\s|$)))")
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
_ALIGN = {"l": ":---", "r": "---:"}


def markdown_text(value: Any) -> str:
    """`value` as Markdown that shows exactly its text and nothing more (see the rule above)."""
    text = _CONTROL.sub("\ufffd", _LINE_BREAK.sub(" ", str(value)))
    text = _INLINE.sub(r"\\\1", text)
    match = _BLOCK_START.match(text)
    if match:
        # `1.` is escaped on its dot, the others on the character itself.
        lead, mark = match.group(1), match.group(2)
        if mark[0].isdigit():
            text = f"{lead}{mark}\\{text[match.end() :]}"
        else:
            text = f"{lead}\\{mark}{text[match.end() :]}"
    return inert(text)


def markdown_table(
    headers: Sequence[Any], rows: Sequence[Sequence[Any]], align: str | None = None
) -> list[str]:
    """The lines of a GitHub table; `align` has one `l` or `r` per column (default: all `l`).

    Every header and cell goes through `markdown_text`."""
    align = align or "l" * len(headers)
    # A row longer than the header row is a table no Markdown reader shows whole.
    assert all(len(row) == len(headers) for row in rows), "a row and the headers differ"
    lines = [
        _row(headers),
        "| " + " | ".join(_ALIGN[a] for a in align) + " |",
    ]
    lines.extend(_row(row) for row in rows)
    return lines


def _row(values: Sequence[Any]) -> str:
    return "| " + " | ".join(markdown_text(v) for v in values) + " |"
