"""Text from files made inert before it reaches a terminal (SPEC §17).

Terminals obey what they print: escape sequences move the cursor (and can hide earlier
lines), set the window title or write the clipboard; bidi overrides reorder what is shown;
invisible characters make two different names look the same; a line break in a file name
forges a line of output. Every piece of untrusted text (values from an assessment or a
checklist, file and sheet names) is printed through `inert`, and every text renderer's
output and every problem line through `inert_lines`. The rule, one place:

- C0 and C1 control characters, DEL, line and paragraph separators are shown as Python
  escapes (`\\x1b`, `\\n`, `\\u2028`); with `inert_lines`, LF between lines is kept;
- format characters (bidi embeddings, overrides and isolates, zero-width spaces, word
  joiners, the BOM...) likewise (`\\u202e`), except the zero-width joiner and non-joiner,
  which Arabic, Persian and Indic names need to be spelt right, and a first-strong isolate
  closed on the same line by its pop (FSI … PDI, with no isolate inside): that is how Arabic
  text keeps ids, dates and numbers in order (`i18n.isolate`), and such a pair can only
  confine the direction of what it holds, never reorder the rest of the line;
- lone surrogates, which is how a file name that is not UTF-8 arrives (os.fsdecode's
  surrogateescape), as the byte they stand for (`\\xff`), others as `\\udXXX`;
- private-use and unassigned code points as `\\uXXXX` too: a terminal font can draw
  anything there.

Ordinary spaces of every kind (including the no-break spaces of French typography) stay.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

_KEEP_FORMAT = frozenset("\u200c\u200d")  # ZWNJ, ZWJ: part of the spelling of some scripts
_ESCAPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_ISOLATE_PAIR = re.compile("\u2068[^\u2068\u2069\n]*\u2069")  # FSI … PDI, one level


def _escape(ch: str) -> str:
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, via surrogateescape
        return f"\\x{code - 0xDC00:02x}"
    if ch == "\n":
        return "\\n"
    if ch == "\r":
        return "\\r"
    if ch == "\t":
        return "\\t"
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _needs_escape(ch: str) -> bool:
    return unicodedata.category(ch) in _ESCAPED_CATEGORIES and ch not in _KEEP_FORMAT


def _escaped(text: str, escape: Callable[[str], str]) -> str:
    if "\u2068" not in text:
        return "".join(escape(ch) if _needs_escape(ch) else ch for ch in text)
    kept: set[int] = set()
    for pair in _ISOLATE_PAIR.finditer(text):
        kept.update((pair.start(), pair.end() - 1))
    return "".join(
        escape(ch) if i not in kept and _needs_escape(ch) else ch for i, ch in enumerate(text)
    )


def inert(value: Any) -> str:
    """`value` as text that a terminal shows and never obeys, on one line."""
    text = value if isinstance(value, str) else str(value)
    if text.isprintable():  # nearly always: one C call
        return text
    return _escaped(text, _escape)


def inert_json(text: str) -> str:
    """A JSON text with every character `inert` would escape written as a JSON escape
    (`\\u202e`; a lone surrogate from an undecodable file name as `\\udcff`): the same
    JSON value, nothing a terminal obeys, and always encodable."""
    if text.replace("\n", "").isprintable():  # nearly always: C speed over megabytes
        return text
    return _escaped(text, _json_escape)


def _json_escape(ch: str) -> str:
    code = ord(ch)
    if ch in "\n\t":  # layout of the JSON text itself (inside strings, json escaped them)
        return ch
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def inert_lines(text: str) -> str:
    """`inert` for each line of a rendered text: the line breaks between lines stay."""
    return "\n".join(inert(line) for line in text.split("\n"))
