"""Loading and checking checklists: built-in ones by id, custom ones by path."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from readiness.core.formats import SEMVER, version_key
from readiness.core.model import Area, Checklist, Item, Level, RatingBand, Text
from readiness.core.problems import ERROR, WARNING, InputError, Problem
from readiness.i18n import Listed, Message
from readiness.reading.schema_problems import dotted, load_schema, schema_problems, validator_for
from readiness.reading.yaml_loading import YamlDocument, load_yaml_bytes
from readiness.resources import checklists_dir

DEFAULT_CHECKLIST = "interpol-csea-covid19"

_ID = re.compile(r"^[a-z0-9-]+$")


def builtin_ids() -> list[str]:
    """Every built-in checklist: a folder of versions, `<id>/<version>.yaml`."""
    return sorted(
        p.name for p in checklists_dir().iterdir() if p.is_dir() and builtin_versions(p.name)
    )


def builtin_versions(checklist_id: str) -> list[str]:
    """The published versions of a built-in checklist, oldest first."""
    folder = checklists_dir() / checklist_id
    if not _ID.match(checklist_id) or not folder.is_dir():
        return []
    found = [p.stem for p in folder.glob("*.yaml") if SEMVER.match(p.stem)]
    return sorted(found, key=version_key)


def latest_version(checklist_id: str) -> str | None:
    versions = builtin_versions(checklist_id)
    return versions[-1] if versions else None


def split_spec(spec: str) -> tuple[str, str | None]:
    """'id@1.0.0' -> ('id', '1.0.0'); 'id' -> ('id', None)."""
    checklist_id, at, version = spec.partition("@")
    return checklist_id, (version if at else None)


def builtin_path(checklist_id: str, version: str | None = None) -> Path | None:
    """The file of a built-in version (the latest when `version` is None)."""
    versions = builtin_versions(checklist_id)
    chosen = version if version is not None else (versions[-1] if versions else None)
    if chosen is None or chosen not in versions:
        return None
    return checklists_dir() / checklist_id / f"{chosen}.yaml"


def unknown_version_message(checklist_id: str, version: str) -> str:
    known = ", ".join(builtin_versions(checklist_id)) or "—"
    return Message("version.unknown", id=checklist_id, version=version, known=known)


def _looks_like_path(spec: str) -> bool:
    return spec.endswith((".yaml", ".yml")) or "/" in spec or "\\" in spec


def read_checklist_document(path: Path) -> YamlDocument:
    from readiness import limits
    from readiness.reading.file_reading import UnreadableInput, read_bounded

    try:
        raw = read_bounded(path, limits.MAX_YAML_BYTES, what="checklist")
    except UnreadableInput as exc:
        doc = YamlDocument()
        doc.problems.append(exc.problem)
        return doc
    return load_yaml_bytes(raw, what="checklist")


def check_checklist_document(doc: YamlDocument) -> list[Problem]:
    """Every problem of a checklist: its schema, then the rules a schema cannot say."""
    if doc.problems:
        return list(doc.problems)
    data = doc.data
    if not isinstance(data, dict):
        return [Problem(ERROR, Message("chk.not_mapping"), line=1)]
    _normalise_scalars(data, doc)
    problems = schema_problems(validator_for(load_schema("checklist.schema.json")), data, doc)
    if problems:
        return problems
    return _semantic_problems(data, doc)


def _normalise_scalars(data: dict[str, Any], doc: YamlDocument) -> None:
    # `version: 1.0` is read as a number; a version is text, so take its source text back.
    raw = doc.raw_text.get(("version",))
    if raw is not None:
        data["version"] = raw
    source = data.get("source")
    if isinstance(source, dict) and ("source", "date") in doc.raw_text:
        source["date"] = doc.raw_text[("source", "date")]
    translations = source.get("translations") if isinstance(source, dict) else None
    for i, translation in enumerate(translations if isinstance(translations, list) else []):
        raw_date = doc.raw_text.get(("source", "translations", i, "date"))
        if isinstance(translation, dict) and raw_date is not None:
            translation["date"] = raw_date


def _at(doc: YamlDocument, path: tuple[Any, ...], msg: str, severity: str = ERROR) -> Problem:
    line, col = doc.position(path)
    return Problem(severity, msg, path=dotted(path), line=line, column=col)


def _texts(data: Any, path: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], Any]]:
    """Every text field of the checklist, with its path."""
    found: list[tuple[tuple[Any, ...], Any]] = []
    if not path and isinstance(data, dict) and isinstance(data.get("assessment_rules"), list):
        found.extend((("assessment_rules", i), r) for i, r in enumerate(data["assessment_rules"]))
    text_keys = (
        "title",
        "description",
        "label",
        "recommendation",
        "requirement",
        "guidance",
        "action",
    )
    if isinstance(data, dict):
        for key, value in data.items():
            if key in text_keys and path[:1] != ("source",):
                found.append(((*path, key), value))
            elif isinstance(value, (dict, list)):
                found.extend(_texts(value, (*path, key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found.extend(_texts(value, (*path, i)))
    return found


def _semantic_problems(data: dict[str, Any], doc: YamlDocument) -> list[Problem]:
    problems: list[Problem] = []
    if not SEMVER.match(str(data["version"])):
        problems.append(_at(doc, ("version",), Message("chk.version_semver")))
    languages = data["languages"]
    for path, text in _texts(data, ()):
        if isinstance(text, dict):
            for lang in languages:
                if not text.get(lang):
                    problems.append(_at(doc, path, Message("chk.text_missing_lang", lang=lang)))
            for lang in text:
                if lang not in languages:
                    listed = ", ".join(languages)
                    message = Message("chk.lang_not_listed", lang=lang, languages=listed)
                    problems.append(_at(doc, (*path, lang), message, WARNING))
    values = [lv["value"] for lv in data["levels"]]
    if sorted(values) != list(range(len(values))):
        problems.append(
            _at(
                doc,
                ("levels",),
                Message("chk.level_values", values=Listed(str(v) for v in values)),
            )
        )
    keys = [lv["key"] for lv in data["levels"]]
    for i, key in enumerate(keys):
        if key in keys[:i]:
            problems.append(_at(doc, ("levels", i, "key"), Message("chk.level_key_twice", key=key)))
        if key in ("n/a", "na"):
            problems.append(_at(doc, ("levels", i, "key"), Message("chk.na_reserved", key=key)))
    max_level = max(values) if values else 0
    if data["target_level"] > max_level:
        problems.append(
            _at(
                doc,
                ("target_level",),
                Message("chk.target_above_top", target=data["target_level"], top=max_level),
            )
        )
    bands = data["rating_bands"]
    for i in range(1, len(bands)):
        if bands[i]["min_score"] >= bands[i - 1]["min_score"]:
            problems.append(
                _at(
                    doc,
                    ("rating_bands", i, "min_score"),
                    Message("chk.bands_order"),
                )
            )
    if bands[-1]["min_score"] != 0:
        problems.append(
            _at(
                doc,
                ("rating_bands", len(bands) - 1, "min_score"),
                Message("chk.last_band_zero"),
            )
        )
    band_keys = [b["key"] for b in bands]
    for i, key in enumerate(band_keys):
        if key in band_keys[:i]:
            problems.append(
                _at(doc, ("rating_bands", i, "key"), Message("chk.band_twice", key=key))
            )
    area_ids: dict[str, tuple[Any, ...]] = {}
    item_ids: dict[str, tuple[Any, ...]] = {}
    for a, area in enumerate(data["areas"]):
        if area["id"] in area_ids:
            first = doc.position(area_ids[area["id"]])[0]
            problems.append(
                _at(
                    doc,
                    ("areas", a, "id"),
                    Message("chk.area_id_twice", id=area["id"], line=first),
                )
            )
        area_ids.setdefault(area["id"], ("areas", a, "id"))
        for i, item in enumerate(area["items"]):
            path = ("areas", a, "items", i)
            item_id = item["id"]
            if item_id in item_ids:
                first = doc.position(item_ids[item_id])[0]
                problems.append(
                    _at(doc, (*path, "id"), Message("chk.item_id_twice", id=item_id, line=first))
                )
            item_ids.setdefault(item_id, (*path, "id"))
            if not item_id.startswith(area["id"] + "-"):
                problems.append(
                    _at(
                        doc,
                        (*path, "id"),
                        Message("chk.item_id_prefix", id=item_id, area=area["id"]),
                    )
                )
            target = item.get("target", data["target_level"])
            if target > max_level:
                problems.append(
                    _at(
                        doc,
                        (*path, "target"),
                        Message("chk.item_target_above_top", target=target, top=max_level),
                    )
                )
    return problems


def _text(value: Any, languages: list[str]) -> Text:
    if value is None:
        return {}
    if isinstance(value, str):
        return {lang: value for lang in languages}
    return {str(k): str(v) for k, v in value.items()}


def build_checklist(data: dict[str, Any], origin: str = "") -> Checklist:
    """A Checklist from data that passed check_checklist_document."""
    langs = list(data["languages"])
    target_level = int(data["target_level"])
    areas = []
    for area in data["areas"]:
        items = tuple(
            Item(
                id=item["id"],
                area=area["id"],
                title=_text(item["title"], langs),
                requirement=_text(item["requirement"], langs),
                guidance=_text(item.get("guidance"), langs),
                action=_text(item.get("action"), langs),
                weight=int(item["weight"]),
                critical=bool(item.get("critical", False)),
                evidence_required=bool(item.get("evidence_required", False)),
                allow_na=bool(item.get("allow_na", False)),
                target=int(item.get("target", target_level)),
                source_ref=str(item.get("source_ref", "")),
                source_basis=str(item.get("source_basis", "")),
            )
            for item in area["items"]
        )
        areas.append(
            Area(
                id=area["id"],
                title=_text(area["title"], langs),
                recommendation=_text(area.get("recommendation"), langs),
                source_ref=str(area.get("source_ref", "")),
                items=items,
                source_basis=str(area.get("source_basis", "")),
            )
        )
    source = dict(data.get("source") or {})
    if "date" in source:
        source["date"] = str(source["date"])
    return Checklist(
        id=data["id"],
        version=str(data["version"]),
        title=_text(data["title"], langs),
        source=source,
        languages=langs,
        levels=[
            Level(int(lv["value"]), lv["key"], _text(lv["label"], langs))
            for lv in sorted(data["levels"], key=lambda lv: lv["value"])
        ],
        target_level=target_level,
        evidence_max_age_days=int(data.get("evidence_max_age_days", 365)),
        rating_bands=[
            RatingBand(b["key"], b["min_score"], _text(b["label"], langs))
            for b in data["rating_bands"]
        ],
        areas=areas,
        assessment_rules=[_text(rule, langs) for rule in data.get("assessment_rules") or []],
        raw=json.loads(json.dumps(data, default=str)),
        origin=origin,
    )


def checklist_from_data(
    data: dict[str, Any], origin: str = ""
) -> tuple[Checklist | None, list[Problem]]:
    """A checklist embedded elsewhere (in a gap report): checked like a custom one."""
    doc = YamlDocument(data=data)
    problems = check_checklist_document(doc)
    if any(p.is_error for p in problems):
        return None, problems
    return build_checklist(data, origin), problems


_CACHE: dict[str, Checklist] = {}


def load_checklist(spec: str | None = None) -> Checklist:
    """A checklist by built-in id (`id` is the latest version, `id@1.0.0` a given one) or by
    path; InputError with located problems if bad."""
    spec = spec or DEFAULT_CHECKLIST
    if spec in _CACHE:
        return _CACHE[spec]
    builtin = None
    if not _looks_like_path(spec):
        checklist_id, version = split_spec(spec)
        builtin = builtin_path(checklist_id, version)
        if builtin is None and version is not None and builtin_versions(checklist_id):
            raise InputError([Problem(ERROR, unknown_version_message(checklist_id, version))])
    path = builtin
    if path is None:
        candidate = Path(spec)
        if not candidate.is_file():
            known = ", ".join(builtin_ids()) or "—"
            raise InputError([Problem(ERROR, Message("chk.no_checklist", spec=spec, known=known))])
        path = candidate
    doc = read_checklist_document(path)
    if builtin is not None and not doc.problems and isinstance(doc.data, dict):
        # Built-ins ship with the package and a test checks them in full; skipping the
        # JSON Schema pass here keeps jsonschema out of every command's start-up.
        _normalise_scalars(doc.data, doc)
        problems = _semantic_problems(doc.data, doc)
    else:
        problems = check_checklist_document(doc)
    if any(p.is_error for p in problems):
        raise InputError(problems)
    checklist = build_checklist(doc.data, origin=str(path))
    _CACHE[spec] = checklist
    return checklist


def is_builtin_spec(spec: str) -> bool:
    return not _looks_like_path(spec) and bool(builtin_versions(split_spec(spec)[0]))


def resolve_spec(
    declared: Any, declared_version: Any, checklist_spec: str | None
) -> tuple[str, list[Problem]]:
    """Which checklist an assessment is checked against, and the notes that go with it.

    --checklist wins; else the built-in the file names; else the default. A built-in named
    without a version takes the file's `checklist_version`, or the latest with a note.
    """
    spec = checklist_spec
    if spec is None:
        spec = declared if isinstance(declared, str) and declared in builtin_ids() else None
    spec = spec or DEFAULT_CHECKLIST
    if not is_builtin_spec(spec) or split_spec(spec)[1] is not None:
        return spec, []
    if isinstance(declared, str) and declared.strip() != spec:
        # The file answers another checklist: validation says so; its version means nothing here.
        return spec, []
    if isinstance(declared_version, str) and declared_version.strip():
        version = declared_version.strip()
        if version not in builtin_versions(spec):
            return spec, [
                Problem(ERROR, unknown_version_message(spec, version), path="checklist_version")
            ]
        return f"{spec}@{version}", []
    latest = latest_version(spec)
    if not (isinstance(declared, str) and declared.strip()):
        # Not an assessment of this checklist at all: its other problems say so.
        return f"{spec}@{latest}", []
    note = Problem(
        WARNING, Message("version.latest_note", spec=spec, latest=latest), path="checklist"
    )
    return f"{spec}@{latest}", [note]


def choose_checklist(
    declared: Any, checklist_spec: str | None, declared_version: Any = None
) -> tuple[Checklist | None, list[Problem]]:
    """The checklist an assessment names (see resolve_spec), loaded."""
    spec, notes = resolve_spec(declared, declared_version, checklist_spec)
    if any(p.is_error for p in notes):
        return None, notes
    try:
        return load_checklist(spec), notes
    except InputError as exc:
        return None, checklist_problems_in(spec or DEFAULT_CHECKLIST, exc.problems)


def checklist_problems_in(spec: str, problems: list[Problem]) -> list[Problem]:
    """A checklist's problems reported while reading another file: the checklist's own
    line and column go into the message, not onto the other file's name."""
    return [
        Problem(
            p.severity,
            Message("chk.in_checklist", where=p.location(spec), problem=p.message),
            p.path,
        )
        for p in problems
    ]
