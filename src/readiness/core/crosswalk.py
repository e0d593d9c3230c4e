"""Crosswalks between versions of a checklist (SPEC §13): how each item of an older version
maps onto the newer one, and how an answer is carried across.

Pure: no files, no printing. A crosswalk is data (`crosswalk-FROM-TO.yaml` beside the
versions); reading/crosswalks.py reads and checks it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from readiness.core.model import Assessment, Checklist, Evidence, Response
from readiness.core.scoring import AssessmentResult, score_assessment

SAME = "same"
REWORDED = "reworded"
MERGED = "merged"
SPLIT = "split"
RETIRED = "retired"
RELATIONS = (SAME, REWORDED, MERGED, SPLIT, RETIRED)
# How many targets each relation takes (None: any number of at least two).
TARGETS = {SAME: 1, REWORDED: 1, MERGED: 1, SPLIT: None, RETIRED: 0}


@dataclass(frozen=True)
class Mapping:
    old_id: str
    relation: str
    targets: tuple[str, ...]


@dataclass(frozen=True)
class Crosswalk:
    checklist_id: str
    from_version: str
    to_version: str
    # Every item of the older version, in the crosswalk's order.
    mappings: dict[str, Mapping]
    # Items of the newer version that nothing maps onto.
    new: tuple[str, ...]

    def sources(self, new_id: str) -> list[Mapping]:
        """The older items whose answers feed `new_id`."""
        return [m for m in self.mappings.values() if new_id in m.targets]


@dataclass(frozen=True)
class Chain:
    """Successive crosswalks from one version to a later one, applied in order."""

    steps: tuple[Crosswalk, ...]

    @property
    def from_version(self) -> str:
        return self.steps[0].from_version

    @property
    def to_version(self) -> str:
        return self.steps[-1].to_version

    def item_map(self) -> dict[str, tuple[str, ...]]:
        """Old item id -> the newest-version ids it ends up in (empty when retired)."""
        current: dict[str, tuple[str, ...]] = {old: (old,) for old in self.steps[0].mappings}
        for step in self.steps:
            nxt: dict[str, tuple[str, ...]] = {}
            for old, ids in current.items():
                targets: list[str] = []
                for i in ids:
                    mapping = step.mappings.get(i)
                    for t in mapping.targets if mapping else ():
                        if t not in targets:
                            targets.append(t)
                nxt[old] = tuple(targets)
            current = nxt
        return current


def find_chain(crosswalks: Sequence[Crosswalk], from_version: str, to_version: str) -> Chain | None:
    """The crosswalks leading from one version to another, oldest first; None if none do."""
    by_from: dict[str, list[Crosswalk]] = {}
    for cw in crosswalks:
        by_from.setdefault(cw.from_version, []).append(cw)
    # Breadth first: the shortest chain, in a deterministic order.
    paths: list[tuple[str, tuple[Crosswalk, ...]]] = [(from_version, ())]
    seen = {from_version}
    while paths:
        version, steps = paths.pop(0)
        if version == to_version and steps:
            return Chain(steps)
        for cw in sorted(by_from.get(version, []), key=lambda c: c.to_version):
            if cw.to_version not in seen:
                seen.add(cw.to_version)
                paths.append((cw.to_version, (*steps, cw)))
    return None


# --- carrying answers across -----------------------------------------------------------------


@dataclass
class Carried:
    """The answer a newer item gets from the older assessment."""

    item_id: str
    response: Response
    relation: str  # SAME, REWORDED, MERGED, SPLIT, or "new"
    sources: tuple[str, ...] = ()
    review: bool = False
    # Why the answer could not be carried as it was, and what it was: (REASON_NA, {item}) or
    # (REASON_LEVEL, {level, version}), for the writer to put in words.
    reasons: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    original: Response | None = None

    @property
    def needs_answer(self) -> bool:
        return not self.response.answered


NEW = "new"
# Why a carried answer must be given again.
REASON_NA = "na"  # n/a, where the newer item does not allow it
REASON_LEVEL = "level"  # a level the newer version does not have


@dataclass
class Migration:
    old: Checklist
    new: Checklist
    carried: dict[str, Carried]  # in the newer checklist's order
    # Answers to older items retired on the way, kept for the reader.
    retired: dict[str, Response]

    @property
    def review_count(self) -> int:
        return sum(1 for c in self.carried.values() if c.review and not c.needs_answer)

    @property
    def unanswered_count(self) -> int:
        return sum(1 for c in self.carried.values() if c.needs_answer)


def _unanswered(item_id: str) -> Response:
    # As validation records an unanswered item: level 0, not answered.
    return Response(item_id=item_id, level=0, answered=False)


def _merge(item_id: str, responses: list[Response]) -> Response:
    """Lowest level among the sources, all their evidence and notes (SPEC §13)."""
    if any(not r.answered for r in responses):
        merged = _unanswered(item_id)
    else:
        levels = [r.level for r in responses if not r.na and r.level is not None]
        if levels:
            merged = Response(item_id=item_id, level=min(levels))
        else:
            justification = "; ".join(dict.fromkeys(r.justification or "" for r in responses))
            merged = Response(item_id=item_id, level=None, na=True, justification=justification)
    evidence: list[Evidence] = []
    for r in responses:
        evidence.extend(e for e in r.evidence if e not in evidence)
    notes = [f"[{r.item_id}] {r.notes}" for r in responses if r.notes]
    owners = list(dict.fromkeys(r.owner for r in responses if r.owner))
    dues = [r.due for r in responses if r.due]
    return replace(
        merged,
        evidence=evidence,
        notes=" ".join(notes) or None,
        owner="; ".join(owners) or None,
        due=min(dues) if dues else None,
    )


def _fit(carried: Carried, new: Checklist) -> Carried:
    """An answer the newer item cannot take is left for the unit to give again."""
    item = new.item(carried.item_id)
    r = carried.response
    if item is None or not r.answered:
        return carried
    if r.na and not item.allow_na:
        carried.reasons.append((REASON_NA, {"item": item.id}))
    elif not r.na and (r.level is None or new.level(r.level) is None):
        carried.reasons.append((REASON_LEVEL, {"level": str(r.level), "version": new.version}))
    else:
        return carried
    carried.original = r
    carried.response = replace(r, level=0, na=False, answered=False, justification=None)
    carried.review = True
    return carried


def migrate_responses(
    responses: dict[str, Response], chain: Chain, old: Checklist, new: Checklist
) -> Migration:
    """Carry an older assessment's answers through `chain` to the newer checklist."""
    current = dict(responses)
    relation_of: dict[str, str] = {}
    sources_of: dict[str, tuple[str, ...]] = {item_id: (item_id,) for item_id in current}
    reviewed: set[str] = set()
    retired: dict[str, Response] = {}
    for step in chain.steps:
        nxt: dict[str, Response] = {}
        nxt_relation: dict[str, str] = {}
        nxt_sources: dict[str, tuple[str, ...]] = {}
        nxt_reviewed: set[str] = set()
        targets = {t for m in step.mappings.values() for t in m.targets}
        for new_id in sorted(targets):
            feeding = [m for m in step.sources(new_id) if m.old_id in current]
            if not feeding:
                continue
            given = [current[m.old_id] for m in feeding]
            if len(feeding) == 1 and feeding[0].relation in (SAME, REWORDED, SPLIT):
                response = replace(given[0], item_id=new_id)
                relation = feeding[0].relation
            else:
                response = _merge(new_id, given)
                relation = MERGED
            nxt[new_id] = response
            nxt_relation[new_id] = relation
            nxt_sources[new_id] = tuple(
                s for m in feeding for s in sources_of.get(m.old_id, (m.old_id,))
            )
            if relation != SAME or any(m.old_id in reviewed for m in feeding):
                nxt_reviewed.add(new_id)
        for m in step.mappings.values():
            if m.relation == RETIRED and m.old_id in current:
                for source in sources_of.get(m.old_id, (m.old_id,)):
                    if source in responses:
                        retired[source] = responses[source]
        current, relation_of, sources_of, reviewed = nxt, nxt_relation, nxt_sources, nxt_reviewed
    carried: dict[str, Carried] = {}
    for item in new.items:
        if item.id in current:
            # Over several steps the relation shown is the strongest change on the way.
            relation = relation_of[item.id]
            carried[item.id] = _fit(
                Carried(
                    item_id=item.id,
                    response=current[item.id],
                    relation=relation,
                    sources=sources_of[item.id],
                    review=item.id in reviewed,
                ),
                new,
            )
        else:
            carried[item.id] = Carried(item.id, _unanswered(item.id), NEW)
    return Migration(old=old, new=new, carried=carried, retired=retired)


def migrated_assessment(assessment: Assessment, migration: Migration) -> Assessment:
    """The assessment as it answers the newer version (unanswered where answers are needed)."""
    return replace(
        assessment,
        checklist_version=migration.new.version,
        responses={item_id: c.response for item_id, c in migration.carried.items()},
    )


# --- comparing across versions ---------------------------------------------------------------


@dataclass(frozen=True)
class MappedAnswers:
    """An older assessment's answers carried onto a newer version, so that `compare` can put
    them level for level beside the newer assessment's (SPEC §13)."""

    older_version: str
    # The carried answers scored against the newer checklist.
    result: AssessmentResult
    # Newer items that received an answer through the crosswalk.
    comparable: frozenset[str]
    # Older items that map onto nothing.
    retired: tuple[str, ...]


def map_answers(older: AssessmentResult, chain: Chain, newer: Checklist) -> MappedAnswers:
    migration = migrate_responses(older.assessment.responses, chain, older.checklist, newer)
    carried = migrated_assessment(older.assessment, migration)
    return MappedAnswers(
        older_version=older.checklist.version,
        result=score_assessment(newer, carried),
        comparable=frozenset(
            i for i, c in migration.carried.items() if c.relation != NEW and not c.reasons
        ),
        retired=tuple(old for old, targets in chain.item_map().items() if not targets),
    )
