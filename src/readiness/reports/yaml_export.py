"""A canonical assessment as a readable YAML self-assessment (for `readiness convert`).

The output is the format of SPEC §4, in the canonical key order, with dates unquoted and
each item's title as a comment. Strings are written plain only when every YAML reader (1.1
or 1.2) reads them back as the same string; otherwise they are double-quoted with escapes,
so that reading the file back gives exactly the data that was written.
"""

from __future__ import annotations

import json
import re
from typing import Any

from readiness.core.formats import DATE
from readiness.core.model import Checklist, text_in

_HEAD = {
    "en": "Self-assessment against: {title} ({id} {version})",
    "fr": "Auto-évaluation au regard de : {title} ({id} {version})",
}
# Keys whose values are dates (written unquoted, as in the template of `readiness init`).
_DATE_KEYS = {"assessed_on", "due", "date"}
# Words that YAML 1.1 readers turn into booleans or null.
_YAML11_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
_PLAIN = re.compile(r"[A-Za-z\u00c0-\uffff][^:#\n\r\t]*")


def scalar(value: Any, *, date: bool = False) -> str:
    """One YAML scalar that reads back as exactly `value`."""
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


def _comment(text: str) -> str:
    return " ".join(text.split())


def _emit(value: Any, indent: int, key: str | None, out: list[str]) -> None:
    pad = "  " * indent
    if isinstance(value, dict):
        for k, v in value.items():
            _emit_entry(str(k), v, indent, out)
    elif isinstance(value, list):
        for entry in value:
            if isinstance(entry, dict) and entry:
                first = True
                for k, v in entry.items():
                    prefix = f"{pad}- " if first else f"{pad}  "
                    if isinstance(v, (dict, list)) and v:
                        out.append(f"{prefix}{scalar(k)}:")
                        _emit(v, indent + 2, k, out)
                    else:
                        out.append(
                            f"{prefix}{scalar(k)}: {scalar(v, date=k in _DATE_KEYS)}".rstrip()
                        )
                    first = False
            else:
                out.append(f"{pad}- {scalar(entry, date=key in _DATE_KEYS)}".rstrip())


def _emit_entry(k: str, v: Any, indent: int, out: list[str]) -> None:
    pad = "  " * indent
    if isinstance(v, (dict, list)) and v:
        out.append(f"{pad}{scalar(k)}:")
        _emit(v, indent + 1, k, out)
    elif isinstance(v, (dict, list)):
        out.append(f"{pad}{scalar(k)}: {'{}' if isinstance(v, dict) else '[]'}")
    else:
        out.append(f"{pad}{scalar(k)}: {scalar(v, date=k in _DATE_KEYS)}".rstrip())


def render_assessment_yaml(canonical: dict[str, Any], checklist: Checklist, lang: str) -> str:
    """YAML text of a canonical assessment (validation.canonical_assessment)."""
    lang = lang if lang in _HEAD else "en"
    out = [
        "# "
        + _comment(
            _HEAD[lang].format(
                title=text_in(checklist.title, lang), id=checklist.id, version=checklist.version
            )
        ),
        "",
    ]
    for key, value in canonical.items():
        if key != "responses":
            _emit_entry(key, value, 0, out)
    responses = canonical.get("responses") or {}
    out.append("responses:")
    for item_id, answer in responses.items():
        item = checklist.item(item_id)
        if item is not None:
            out.append(f"  # {_comment(f'{item_id} {text_in(item.title, lang)}')}")
        out.append(f"  {scalar(item_id)}:")
        for k, v in answer.items():
            if k == "level" and isinstance(v, int) and not isinstance(v, bool):
                level = checklist.level(v)
                label = f"  # {_comment(text_in(level.label, lang))}" if level else ""
                out.append(f"    level: {v}{label}")
            else:
                _emit_entry(k, v, 2, out)
    return "\n".join(out) + "\n"
