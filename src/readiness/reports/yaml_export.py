"""A canonical assessment as a readable YAML self-assessment (for `readiness convert`).

The output is the format of SPEC §4, in the canonical key order, with dates unquoted and
each item's title as a comment. Strings are written plain only when every YAML reader (1.1
or 1.2) reads them back as the same string; otherwise they are double-quoted with escapes,
so that reading the file back gives exactly the data that was written.
"""

from __future__ import annotations

from typing import Any

from readiness.core.model import Checklist, text_in
from readiness.i18n import t
from readiness.reports.yaml_scalar import yaml_scalar
from readiness.reports.yaml_template import comment_lines

# Keys whose values are dates (written unquoted, as in the template of `readiness init`).
_DATE_KEYS = {"assessed_on", "due", "date", "approved_on", "expires"}


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
                        out.append(f"{prefix}{yaml_scalar(k)}:")
                        _emit(v, indent + 2, k, out)
                    else:
                        value = yaml_scalar(v, date=k in _DATE_KEYS)
                        out.append(f"{prefix}{yaml_scalar(k)}: {value}".rstrip())
                    first = False
            else:
                out.append(f"{pad}- {yaml_scalar(entry, date=key in _DATE_KEYS)}".rstrip())


def _emit_entry(k: str, v: Any, indent: int, out: list[str]) -> None:
    pad = "  " * indent
    if isinstance(v, (dict, list)) and v:
        out.append(f"{pad}{yaml_scalar(k)}:")
        _emit(v, indent + 1, k, out)
    elif isinstance(v, (dict, list)):
        out.append(f"{pad}{yaml_scalar(k)}: {'{}' if isinstance(v, dict) else '[]'}")
    else:
        out.append(f"{pad}{yaml_scalar(k)}: {yaml_scalar(v, date=k in _DATE_KEYS)}".rstrip())


def response_lines(
    item_id: str, answer: dict[str, Any], checklist: Checklist, lang: str, prefix: str = ""
) -> list[str]:
    """One entry under `responses:` (a canonical answer), each line after `prefix`."""
    out = [f"  {yaml_scalar(item_id)}:"]
    for k, v in answer.items():
        if k == "level" and isinstance(v, int) and not isinstance(v, bool):
            level = checklist.level(v)
            label = f"  # {_comment(text_in(level.label, lang))}" if level else ""
            out.append(f"    level: {v}{label}")
        else:
            _emit_entry(k, v, 2, out)
    return [f"{prefix}{line}" for line in out]


def render_assessment_yaml(
    canonical: dict[str, Any],
    checklist: Checklist,
    lang: str,
    *,
    head: list[str] | None = None,
    before_item: dict[str, list[str]] | None = None,
    trailer: list[str] | None = None,
) -> str:
    """YAML text of a canonical assessment (validation.canonical_assessment).

    `before_item`: comment lines written above an item (e.g. what `migrate` asks to review);
    `trailer`: comment lines written at the end; `head`: comment texts under the title."""
    out = [
        "# "
        + _comment(
            t(
                "yaml.export_head",
                lang,
                title=text_in(checklist.title, lang),
                id=checklist.id,
                version=checklist.version,
            )
        ),
        *comment_lines(t("personal_data_notice", lang), ""),
        *(wrapped for line in head or [] for wrapped in comment_lines(line, "")),
        "",
    ]
    for key, value in canonical.items():
        if key != "responses":
            _emit_entry(key, value, 0, out)
    responses = canonical.get("responses") or {}
    out.append("responses:")
    for item_id, answer in responses.items():
        item = checklist.item(item_id)
        out.extend((before_item or {}).get(item_id, []))
        if item is not None:
            out.append(f"  # {_comment(f'{item_id} {text_in(item.title, lang)}')}")
        out.extend(response_lines(item_id, answer, checklist, lang))
    out.extend(trailer or [])
    return "\n".join(out) + "\n"
