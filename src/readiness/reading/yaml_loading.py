"""Safe YAML reading with a position for every value.

The file is parsed once into events by libyaml (C, fast, and, unlike its composer,
safe against deep nesting) and the data is built here from those events, which lets
us, in one pass: refuse anchors, aliases and custom tags; bound depth, size and
string length; report duplicate keys with both lines; apply YAML 1.2 core types
(only true/false are booleans, `NO` stays the string "NO"; no timestamps, so dates
stay text until the validator, which knows which fields are dates); and record the
line and column of every key and value.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from readiness import limits
from readiness.core.problems import ERROR, Problem
from readiness.i18n import Message
from readiness.reading.file_reading import thing_named

try:  # libyaml is nearly always there; the pure-Python parser is the fallback.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path_ = tuple[str | int, ...]

_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "!",
}

# YAML 1.2 core schema.
_TYPED_START = frozenset("0123456789+-.~nNtTfF")
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_INT = re.compile(r"^[-+]?[0-9]+$")
_INT_OCT = re.compile(r"^0o[0-7]+$")
_INT_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")


def resolve_plain(text: str) -> Any:
    """Type of an unquoted scalar under the YAML 1.2 core schema."""
    # Most values are words: only these first characters can start a null, bool or number.
    if text and text[0] not in _TYPED_START:
        return text
    if _NULL.match(text):
        return None
    if text in _BOOL:
        return _BOOL[text]
    if _INT.match(text):
        return int(text)
    if _INT_OCT.match(text):
        return int(text[2:], 8)
    if _INT_HEX.match(text):
        return int(text[2:], 16)
    if _FLOAT.match(text):
        return float(text)
    if _INF.match(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN.match(text):
        return math.nan
    return text


def _unbounded_number(text: str) -> bool:
    """A number no field can hold: longer than MAX_NUMBER_CHARS (Python refuses to convert
    integers beyond 4,300 digits, and to print them) or not finite (.nan, .inf, 1e999).
    Comparisons with NaN are all false, so range checks downstream would let it through."""
    if not text or text[0] not in _TYPED_START:
        return False
    if len(text) > limits.MAX_NUMBER_CHARS:
        return bool(_INT.match(text) or _INT_OCT.match(text) or _INT_HEX.match(text)) or bool(
            _FLOAT.match(text)
        )
    if _INF.match(text) or _NAN.match(text):
        return True
    return bool(_FLOAT.match(text)) and not _INT.match(text) and not math.isfinite(float(text))


def _unbounded_message(text: str) -> str:
    if len(text) > limits.MAX_NUMBER_CHARS:
        return Message("yaml.number_long", n=len(text), limit=limits.MAX_NUMBER_CHARS)
    return Message("yaml.number_infinite", text=text)


def _resolve_tagged(tag: str, text: str) -> Any:
    if tag == "tag:yaml.org,2002:str" or tag == "!":
        return text
    value = resolve_plain(text)
    if tag == "tag:yaml.org,2002:null":
        return None
    return value


@dataclass
class YamlDocument:
    """Data with the positions (1-based line, column) of every value and key."""

    data: Any = None
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    # The source text of plain scalars that did not resolve to strings (e.g. `1.10`),
    # so that fields meant as text (versions, periods) can take it back unchanged.
    raw_text: dict[Path_, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def position(self, path: Path_) -> tuple[int | None, int | None]:
        """Position of a path, or of its nearest ancestor that exists."""
        p = tuple(path)
        while True:
            if p in self.positions:
                return self.positions[p]
            if not p:
                return (None, None)
            p = p[:-1]

    def key_position(self, path: Path_) -> tuple[int | None, int | None]:
        if tuple(path) in self.key_positions:
            return self.key_positions[tuple(path)]
        return self.position(path)


def _mark(event: Any) -> tuple[int, int]:
    m = event.start_mark
    return (m.line + 1, m.column + 1)


def _problem(msg: str, at: tuple[int | None, int | None] = (1, 1)) -> Problem:
    """A problem of the YAML text; one about the whole file is placed at 1:1 (every problem
    has a location, which editors and CI jump to)."""
    return Problem(ERROR, msg, line=at[0] or 1, column=at[1] or 1)


def decode_text(raw: bytes) -> tuple[str | None, list[Problem]]:
    """UTF-8 (an initial BOM is accepted), with the line of the first bad byte."""
    bom = raw.startswith(b"\xef\xbb\xbf")
    if bom:
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            _problem(
                Message("yaml.not_utf8", byte=f"0x{raw[exc.start]:02x}"),
                (line, col),
            )
        ]


def load_yaml_bytes(raw: bytes, *, what: str = "file") -> YamlDocument:
    doc = YamlDocument()
    if len(raw) > limits.MAX_YAML_BYTES:
        doc.problems.append(
            _problem(
                Message(
                    "yaml.too_big", what=thing_named(what), n=len(raw), limit=limits.MAX_YAML_BYTES
                )
            )
        )
        return doc
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        doc.problems.append(_problem(Message("yaml.utf16"), (1, 1)))
        return doc
    if b"\x00" in raw[:8192]:
        doc.problems.append(_problem(Message("yaml.binary", what=thing_named(what))))
        return doc
    text, problems = decode_text(raw)
    if text is None:
        doc.problems.extend(problems)
        return doc
    return load_yaml_text(text, doc=doc)


# PyYAML's own words for a syntax error (`MarkedYAMLError.problem`; libyaml's wording, then
# the pure-Python loader's), as catalogue keys: the most common ones, found by writing the
# mistakes people make. Any other problem is shown as PyYAML wrote it.
_PROBLEM_KEYS = tuple(
    (re.compile(pattern), key)
    for pattern, key in (
        (r"could not find expected ':'", "yaml.p.no_colon"),
        (r"found character (?:'.*' )?that cannot start any token", "yaml.p.cannot_start"),
        (r"found a tab character that violates indentation", "yaml.p.tab_indent"),
        (r"did not find expected key", "yaml.p.expected_key"),
        (r"did not find expected '-' indicator", "yaml.p.expected_dash"),
        (r"expected <block end>, but found", "yaml.p.block_end"),
        (r"(?:did not find )?expected ',' or '\]'", "yaml.p.flow_sequence"),
        (r"(?:did not find )?expected ',' or '\}'", "yaml.p.flow_mapping"),
        (r"found unexpected end of stream", "yaml.p.end_of_file"),
        (r"mapping values are not allowed", "yaml.p.colon_here"),
        (r"(?:did not find )?expected alphabetic or numeric character", "yaml.p.anchor_name"),
        (r"found unknown directive name", "yaml.p.directive"),
        (r"(?:did not find )?expected '?<document start>", "yaml.p.document_start"),
        (r"found incompatible YAML document", "yaml.p.yaml_version"),
        (r"found unknown escape character", "yaml.p.escape"),
        (r"did not find expected node content|expected the node content", "yaml.p.no_value"),
        (
            r"did not find expected comment or line break|expected chomping or indentation",
            "yaml.p.block_scalar",
        ),
        (r"did not find the expected '>'|expected '>', but found", "yaml.p.tag_end"),
    )
)


def problem_text(problem: str, text: str, mark: Any) -> str:
    """PyYAML's `problem` as a catalogue message when it is a common one, else as it is."""
    for pattern, key in _PROBLEM_KEYS:
        if pattern.match(problem):
            if key != "yaml.p.cannot_start":
                return Message(key)
            # libyaml does not name the character: it is the one at the mark.
            lines = text.splitlines()
            line = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
            char = line[mark.column] if mark is not None and mark.column < len(line) else "?"
            if char == "\t":
                return Message("yaml.p.tab_indent")
            return Message(key, char=repr(char))
    return problem


def _syntax_hint(
    text: str, exc: yaml.MarkedYAMLError
) -> tuple[str, tuple[int | None, int | None]] | None:
    """libyaml's words for the three mistakes people make most, said as what to write
    instead, at the line where the bad construct starts."""
    problem = exc.problem or ""
    context = exc.context or ""
    mark, start = exc.problem_mark, exc.context_mark
    lines = text.splitlines()
    if "quoted scalar" in context and start is not None:
        quote = lines[start.line][start.column] if start.line < len(lines) else '"'
        return (
            Message("yaml.quote_open", quote=quote),
            (start.line + 1, start.column + 1),
        )
    if "mapping values are not allowed" in problem and mark is not None:
        return (
            Message("yaml.colon_in_text"),
            (mark.line + 1, mark.column + 1),
        )
    if mark is not None and 0 < mark.line < len(lines):
        here = lines[mark.line].lstrip()
        above = next((ln for ln in reversed(lines[: mark.line]) if ln.strip()), "")
        if here.startswith("- ") and above.rstrip().endswith(("[]", "{}")):
            return (
                Message("yaml.dash_after_empty"),
                (mark.line + 1, mark.column + 1),
            )
    return None


def load_yaml_text(text: str, *, doc: YamlDocument | None = None) -> YamlDocument:
    doc = doc or YamlDocument()
    try:
        _build(text, doc)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at: tuple[int | None, int | None] = (
            (mark.line + 1, mark.column + 1) if mark else (None, None)
        )
        problem = exc.problem or exc.context or "syntax error"
        if "nesting depth" in problem:
            # libyaml 0.2.6+ stops at 1,000 levels while scanning ahead of our own bound.
            doc.problems.append(_problem(Message("yaml.too_deep", limit=limits.MAX_YAML_DEPTH), at))
            doc.data = None
            return doc
        problem = problem_text(problem, text, mark)
        if mark is not None and _tab_near(text, mark.line):
            problem = Message("yaml.tab", problem=problem)
        hinted = _syntax_hint(text, exc)
        if hinted is not None:
            problem, at = hinted
        doc.problems.append(_problem(Message("yaml.syntax", problem=problem), at))
        doc.data = None
    except yaml.reader.ReaderError as exc:
        before = text[: exc.position]
        at = (before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1)
        doc.problems.append(_problem(Message("yaml.bad_character", reason=exc.reason), at))
        doc.data = None
    except yaml.YAMLError as exc:  # pragma: no cover - defensive
        doc.problems.append(_problem(Message("yaml.syntax", problem=str(exc))))
        doc.data = None
    except _StopLoading:
        doc.data = None
    return doc


def _tab_near(text: str, line_index: int) -> bool:
    lines = text.split("\n", line_index + 2)
    return any("\t" in ln for ln in lines[max(0, line_index - 1) : line_index + 1])


def _short_tag(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


class _StopLoading(Exception):
    pass


def _build(text: str, doc: YamlDocument) -> None:
    """The data of `text`, built event by event (see the module's docstring); stops at the
    first construct readiness refuses, with a problem saying why."""
    loader = _Loader(text)
    stack: list[Any] = []  # containers being filled
    paths: list[Path_] = []  # the path of each open container
    pending_key: list[Any] = []  # per mapping: the key awaiting its value (or _NO_KEY)
    key_lines: list[dict[str, tuple[int, int]]] = []
    documents = 0
    events = 0
    root: Any = None
    have_root = False
    try:
        while True:
            event: Any = loader.get_event()
            if event is None:
                break
            events += 1
            if events > limits.MAX_YAML_EVENTS:
                doc.problems.append(
                    _problem(Message("yaml.too_many", limit=limits.MAX_YAML_EVENTS))
                )
                raise _StopLoading
            kind = type(event)
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    doc.problems.append(
                        _problem(
                            Message("yaml.two_documents"),
                            _mark(event),
                        )
                    )
                    raise _StopLoading
                continue
            if kind in (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent):
                continue
            refused = _refused(event, kind, len(stack))
            if refused is not None:
                doc.problems.append(refused)
                raise _StopLoading
            if kind is yaml.ScalarEvent:
                value, raw = _scalar_value(event)
                _add(doc, stack, paths, pending_key, key_lines, value, _mark(event), raw)
                if not stack:
                    root, have_root = value, True
            elif kind in (yaml.MappingStartEvent, yaml.SequenceStartEvent):
                container: Any = {} if kind is yaml.MappingStartEvent else []
                path = _add(doc, stack, paths, pending_key, key_lines, container, _mark(event))
                if path is None:  # a collection used as a mapping key
                    raise _StopLoading
                stack.append(container)
                paths.append(path)
                pending_key.append(_NO_KEY)
                key_lines.append({})
                if len(stack) == 1:
                    root, have_root = container, True
            elif kind in (yaml.MappingEndEvent, yaml.SequenceEndEvent):
                stack.pop()
                paths.pop()
                pending_key.pop()
                key_lines.pop()
    finally:
        loader.dispose()
    doc.data = root if have_root else None


def _refused(event: Any, kind: type, depth: int) -> Problem | None:
    """Why readiness does not accept this event (alias, anchor, custom tag, a text or a
    number too long, nesting too deep), or None."""
    if kind is yaml.AliasEvent:
        return _problem(
            Message("yaml.alias", anchor=event.anchor),
            _mark(event),
        )
    anchor = getattr(event, "anchor", None)
    if anchor is not None:
        return _problem(Message("yaml.anchor", anchor=anchor), _mark(event))
    tag = getattr(event, "tag", None)
    if kind is yaml.ScalarEvent:
        explicit = tag is not None and not (event.implicit[0] or event.implicit[1])
        if explicit and tag not in _STANDARD_TAGS:
            return _problem(Message("yaml.tag", tag=_short_tag(str(tag))), _mark(event))
        if len(event.value) > limits.MAX_STRING_CHARS:
            return _problem(
                Message("yaml.text_long", n=len(event.value), limit=limits.MAX_STRING_CHARS),
                _mark(event),
            )
        if (explicit or event.implicit[0]) and _unbounded_number(event.value):
            return _problem(_unbounded_message(event.value), _mark(event))
        return None
    if kind in (yaml.MappingStartEvent, yaml.SequenceStartEvent):
        if tag is not None and not event.implicit and tag not in _STANDARD_TAGS:
            return _problem(Message("yaml.tag", tag=_short_tag(str(tag))), _mark(event))
        if depth >= limits.MAX_YAML_DEPTH:
            return _problem(Message("yaml.too_deep", limit=limits.MAX_YAML_DEPTH), _mark(event))
    return None


def _scalar_value(event: Any) -> tuple[Any, str | None]:
    """A scalar's value under the YAML 1.2 core types, and its source text when a plain
    scalar did not resolve to a string (so that a version such as 1.10 can be taken back)."""
    tag = event.tag
    if tag is not None and not (event.implicit[0] or event.implicit[1]):
        value = _resolve_tagged(str(tag), event.value)
    elif event.implicit[0]:  # plain scalar
        value = resolve_plain(event.value)
    else:  # quoted or block scalar: always a string
        value = event.value
    raw = event.value if (event.implicit[0] and not isinstance(value, str)) else None
    return value, raw


_NO_KEY = object()


def _add(
    doc: YamlDocument,
    stack: list[Any],
    paths: list[Path_],
    pending_key: list[Any],
    key_lines: list[dict[str, tuple[int, int]]],
    value: Any,
    at: tuple[int, int],
    raw: str | None = None,
) -> Path_ | None:
    """Place a value in the open container; return its path."""
    if not stack:
        doc.positions[()] = at
        return ()
    parent = stack[-1]
    base = paths[-1]
    if isinstance(parent, list):
        path = (*base, len(parent))
        parent.append(value)
        doc.positions[path] = at
        if raw is not None:
            doc.raw_text[path] = raw
        return path
    # A mapping: alternate key, value.
    if pending_key[-1] is _NO_KEY:
        if isinstance(value, (dict, list)):
            doc.problems.append(_problem(Message("yaml.collection_key"), at))
            return None
        key = raw if raw is not None else ("" if value is None else str(value))
        seen = key_lines[-1]
        if key in seen:
            first = seen[key]
            doc.problems.append(
                _problem(
                    Message("yaml.duplicate_key", key=key, first=first[0], again=at[0]),
                    at,
                )
            )
            pending_key[-1] = _Duplicate(key)
        else:
            seen[key] = at
            pending_key[-1] = key
            doc.key_positions[(*base, key)] = at
        return (*base, key)
    key = pending_key[-1]
    pending_key[-1] = _NO_KEY
    if isinstance(key, _Duplicate):
        # Keep the first value; the duplicate's value still needs a place to be built.
        return (*base, f"\x00dup:{key.key}")
    path = (*base, key)
    parent[key] = value
    doc.positions[path] = at
    if raw is not None:
        doc.raw_text[path] = raw
    return path


class _Duplicate:
    def __init__(self, key: str):
        self.key = key
