"""Reading and checking crosswalk files (SPEC §13): `crosswalk-FROM-TO.yaml` beside the
versions of a built-in checklist, or any file given to `readiness checklist check`.

A crosswalk is checked against the two checklists it joins: every item of the older version
is covered exactly once, every target exists in the newer version, and every newer item that
nothing maps onto is listed under `new`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from readiness.core.canonical import fingerprint
from readiness.core.crosswalk import (
    MERGED,
    RELATIONS,
    SPLIT,
    TARGETS,
    Chain,
    Crosswalk,
    Mapping,
    find_chain,
)
from readiness.core.model import Checklist
from readiness.core.problems import ERROR, InputError, Problem
from readiness.i18n import Listed, Message
from readiness.reading.checklists import (
    builtin_versions,
    load_checklist,
    read_checklist_document,
    unknown_version_message,
    version_key,
)
from readiness.reading.schema_problems import dotted
from readiness.reading.yaml_loading import YamlDocument
from readiness.resources import checklists_dir

TOP_KEYS = ("checklist", "from", "to", "items", "new")
MAPPING_KEYS = ("relation", "to")


def is_crosswalk_data(data: Any) -> bool:
    return isinstance(data, dict) and "from" in data and "items" in data and "areas" not in data


def _at(doc: YamlDocument, path: tuple[Any, ...], msg: str, *, key: bool = False) -> Problem:
    line, col = doc.key_position(path) if key else doc.position(path)
    return Problem(ERROR, msg, path=dotted(path), line=line, column=col)


def _version_text(doc: YamlDocument, key: str) -> str | None:
    value = doc.data.get(key)
    if value is None:
        return None
    return value if isinstance(value, str) else doc.raw_text.get((key,), str(value))


def parse_crosswalk(doc: YamlDocument) -> tuple[Crosswalk | None, list[Problem]]:
    """The crosswalk's structure, without the checklists it joins."""
    if doc.problems:
        return None, list(doc.problems)
    data = doc.data
    if not isinstance(data, dict):
        return None, [Problem(ERROR, Message("cw.not_mapping"), line=1)]
    problems: list[Problem] = []
    for key in data:
        if key not in TOP_KEYS:
            problems.append(
                _at(
                    doc,
                    (key,),
                    Message("cw.unknown_key", key=key, allowed=Listed(TOP_KEYS)),
                    key=True,
                )
            )
    for key in ("checklist", "from", "to", "items"):
        if data.get(key) in (None, ""):
            problems.append(_at(doc, (), Message("cw.required", key=key)))
    items = data.get("items")
    if items is not None and not isinstance(items, dict):
        problems.append(_at(doc, ("items",), Message("cw.items_mapping")))
    new = data.get("new") or []
    if not isinstance(new, list) or not all(isinstance(i, str) for i in new):
        problems.append(_at(doc, ("new",), Message("cw.new_list")))
        new = []
    if problems or not isinstance(items, dict):
        return None, problems
    mappings: dict[str, Mapping] = {}
    for old_id, entry in items.items():
        path = ("items", old_id)
        if not isinstance(entry, dict):
            problems.append(_at(doc, path, Message("cw.entry_mapping", item=old_id)))
            continue
        for key in entry:
            if key not in MAPPING_KEYS:
                problems.append(
                    _at(
                        doc,
                        (*path, key),
                        Message("cw.unknown_key", key=key, allowed=Listed(MAPPING_KEYS)),
                        key=True,
                    )
                )
        relation = entry.get("relation")
        if relation not in RELATIONS:
            problems.append(
                _at(
                    doc,
                    (*path, "relation"),
                    Message("cw.relation", item=old_id, relations=Listed(RELATIONS)),
                )
            )
            continue
        targets = entry.get("to") or []
        if isinstance(targets, str):
            targets = [targets]
        if not isinstance(targets, list) or not all(isinstance(t, str) for t in targets):
            problems.append(_at(doc, (*path, "to"), Message("cw.to_list", item=old_id)))
            continue
        wanted = TARGETS[relation]
        if wanted is None and len(targets) < 2:
            problems.append(_at(doc, (*path, "to"), Message("cw.split_targets", item=old_id)))
        elif wanted is not None and len(targets) != wanted:
            key = "cw.no_target" if wanted == 0 else "cw.one_target"
            problems.append(_at(doc, (*path, "to"), Message(key, item=old_id, relation=relation)))
        if len(set(targets)) != len(targets):
            problems.append(_at(doc, (*path, "to"), Message("cw.target_twice", item=old_id)))
        mappings[str(old_id)] = Mapping(str(old_id), relation, tuple(targets))
    if problems:
        return None, problems
    return (
        Crosswalk(
            checklist_id=str(data["checklist"]),
            from_version=_version_text(doc, "from") or "",
            to_version=_version_text(doc, "to") or "",
            mappings=mappings,
            new=tuple(new),
        ),
        [],
    )


def crosswalk_problems(
    cw: Crosswalk, old: Checklist, new: Checklist, doc: YamlDocument | None = None
) -> list[Problem]:
    """Every way the crosswalk fails to join `old` to `new`."""
    doc = doc or YamlDocument(data={})
    problems: list[Problem] = []
    old_ids = [i.id for i in old.items]
    new_ids = {i.id for i in new.items}
    for old_id, m in cw.mappings.items():
        path = ("items", old_id)
        if old.item(old_id) is None:
            problems.append(
                _at(
                    doc,
                    path,
                    Message("cw.not_in_version", item=old_id, version=old.version),
                    key=True,
                )
            )
        for t in m.targets:
            if t not in new_ids:
                problems.append(
                    _at(
                        doc,
                        (*path, "to"),
                        Message(
                            "cw.target_not_in_version", item=old_id, target=t, version=new.version
                        ),
                    )
                )
    missing = [i for i in old_ids if i not in cw.mappings]
    if missing:
        problems.append(
            _at(
                doc,
                ("items",),
                Message("cw.missing", version=old.version, items=Listed(missing)),
            )
        )
    targeted: dict[str, list[Mapping]] = {}
    for m in cw.mappings.values():
        for t in m.targets:
            targeted.setdefault(t, []).append(m)
    for target, feeding in targeted.items():
        if len(feeding) > 1 and any(m.relation not in (MERGED, SPLIT) for m in feeding):
            names = ", ".join(m.old_id for m in feeding)
            problems.append(
                _at(
                    doc,
                    ("items", feeding[0].old_id, "to"),
                    Message("cw.several_into_one", target=target, items=names),
                )
            )
        if len(feeding) == 1 and feeding[0].relation == MERGED:
            problems.append(
                _at(
                    doc,
                    ("items", feeding[0].old_id, "relation"),
                    Message("cw.merged_alone", item=feeding[0].old_id, target=target),
                )
            )
    for i, new_id in enumerate(cw.new):
        if new_id not in new_ids:
            problems.append(
                _at(
                    doc,
                    ("new", i),
                    Message("cw.not_in_version", item=new_id, version=new.version),
                )
            )
        elif new_id in targeted:
            problems.append(_at(doc, ("new", i), Message("cw.new_but_mapped", item=new_id)))
        if new_id in cw.new[:i]:
            problems.append(_at(doc, ("new", i), Message("cw.listed_twice", item=new_id)))
    unlisted = [i.id for i in new.items if i.id not in targeted and i.id not in cw.new]
    if unlisted:
        problems.append(
            _at(
                doc,
                ("new",),
                Message("cw.unlisted", version=new.version, items=Listed(unlisted)),
            )
        )
    return problems


def _checklist_for(cw_file: Path, checklist_id: str, version: str) -> Checklist:
    """The checklist version a crosswalk file names: beside it, else the built-in."""
    beside = cw_file.parent / f"{version}.yaml"
    if beside.is_file():
        return load_checklist(str(beside))
    return load_checklist(f"{checklist_id}@{version}")


def check_crosswalk_document(doc: YamlDocument, file: Path) -> list[Problem]:
    cw, problems = parse_crosswalk(doc)
    if cw is None:
        return problems
    checklists: list[Checklist] = []
    for key, version in (("from", cw.from_version), ("to", cw.to_version)):
        try:
            checklists.append(_checklist_for(file, cw.checklist_id, version))
        except InputError as exc:
            problems.extend(
                _at(
                    doc,
                    (key,),
                    Message(
                        "cw.version_problem", version=version, id=cw.checklist_id, problem=p.message
                    ),
                )
                for p in exc.problems
            )
    if problems:
        return problems
    old, new = checklists
    for checklist, key in ((old, "from"), (new, "to")):
        if checklist.id != cw.checklist_id:
            problems.append(
                _at(
                    doc,
                    (key,),
                    Message(
                        "cw.other_checklist",
                        file=checklist.origin,
                        id=checklist.id,
                        expected=cw.checklist_id,
                    ),
                )
            )
    return problems + crosswalk_problems(cw, old, new, doc)


def builtin_crosswalk_paths(checklist_id: str) -> list[Path]:
    folder = checklists_dir() / checklist_id
    return sorted(folder.glob("crosswalk-*.yaml")) if builtin_versions(checklist_id) else []


_CACHE: dict[str, list[Crosswalk]] = {}


def builtin_crosswalks(checklist_id: str) -> list[Crosswalk]:
    """The crosswalks shipped with a built-in checklist (checked in full by a test)."""
    if checklist_id not in _CACHE:
        found = []
        for path in builtin_crosswalk_paths(checklist_id):
            cw, problems = parse_crosswalk(read_checklist_document(path))
            if cw is None:
                raise InputError(
                    [
                        Problem(
                            p.severity, Message("cw.in_file", file=path.name, problem=p.message)
                        )
                        for p in problems
                    ]
                )
            found.append(cw)
        _CACHE[checklist_id] = found
    return _CACHE[checklist_id]


def chain_between(older: Checklist, newer: Checklist) -> Chain | None:
    """How answers to `older` reach `newer`: built-in crosswalks of the same checklist."""
    if older.id != newer.id:
        return None
    return find_chain(builtin_crosswalks(older.id), older.version, newer.version)


class MigrationError(Exception):
    """An assessment cannot be carried to the version asked for; the message is for the user."""


def migrate_checklists(current: Checklist, to_version: str | None) -> tuple[Checklist, Chain]:
    """The newer checklist and the crosswalks that lead to it from `current`."""
    versions = builtin_versions(current.id)
    if current.version not in versions:
        raise MigrationError(Message("cw.not_published", id=current.id, version=current.version))
    target = to_version or versions[-1]
    if target not in versions:
        raise MigrationError(unknown_version_message(current.id, target))
    if version_key(target) <= version_key(current.version):
        if target == current.version:
            raise MigrationError(Message("cw.already", version=target))
        raise MigrationError(
            Message("cw.only_newer", version=current.version, known=Listed(versions))
        )
    newer = load_checklist(f"{current.id}@{target}")
    chain = chain_between(current, newer)
    if chain is None:
        raise MigrationError(Message("cw.no_chain", old=current.version, new=target, id=current.id))
    return newer, chain


def is_published(checklist: Checklist) -> bool:
    """The checklist is a built-in version as published (also when embedded in a workbook)."""
    if checklist.version not in builtin_versions(checklist.id):
        return False
    published = load_checklist(f"{checklist.id}@{checklist.version}")
    return checklist is published or fingerprint(checklist.raw) == fingerprint(published.raw)


def chain_for(one: Checklist, two: Checklist) -> Chain | None:
    """The crosswalks joining two published versions of one built-in checklist, older to
    newer; None when they are the same version, or not both published."""
    if one.id != two.id or one.version == two.version:
        return None
    if not (is_published(one) and is_published(two)):
        return None
    older, newer = sorted((one, two), key=lambda c: version_key(c.version))
    return chain_between(older, newer)
