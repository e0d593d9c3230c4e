"""Writing one YAML scalar that reads back as exactly the value written: the one writer.

Used by `convert` (yaml_export) and by the template of `init` (yaml_template). A string is
written plain only when every YAML reader (1.1 or 1.2) reads it back as the same string;
otherwise it is double-quoted, with escapes for everything YAML would read as a line break
or refuses (including NEL, LS and PS, which JSON leaves as they are).
"""

from __future__ import annotations

import json
import re
from typing import Any

from readiness.core.formats import DATE

# Words that YAML 1.1 readers turn into booleans or null.
_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
# A letter first (no number, date, indicator or null can start so), and nothing after that
# YAML reads as a comment, a key or a break.
_PLAIN = re.compile(r"[A-Za-z\u00c0-\uffff][^:#\n\r\t]*")


def yaml_scalar(value: Any, *, date: bool = False) -> str:
    """One YAML scalar that reads back as exactly `value`; `date`: a date may stay unquoted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if date and DATE.match(text):
        return text
    if (
        _PLAIN.fullmatch(text)
        and text == text.strip()
        and text.isprintable()
        and text.lower() not in _YAML11_WORDS
        and not text.endswith(("\\", "-", "?", ",", "[", "]", "{", "}"))
    ):
        return text
    return _quoted(text)


def _quoted(text: str) -> str:
    # JSON strings are YAML double-quoted scalars; also escape what YAML reads as line
    # breaks or refuses (NEL, LS, PS, BOM, DEL, C1 controls), which JSON leaves as is.
    out = json.dumps(text, ensure_ascii=False)
    return "".join(
        ch if ch.isprintable() else f"\\u{ord(ch):04x}" if ord(ch) < 0x10000 else ch for ch in out
    )
