"""Comparing two assessments, or a unit's declaration with its audit (SPEC §7 `compare`).

Pure: no printing, no files. Each side is scored by `scoring.score_assessment` with its own
checklist, so two versions of one checklist compare their common items and list the others
as `added` or `removed`.

Labels. Each side carries a label a reader recognises in a table or an e-mail: the file
name and the period, ``"unit.yaml (2026-Q4)"``. When both sides would get the same label
(two files of the same name in different folders, same period), the paths as given are
used instead. For a single audited gap report the labels are ``"declared: <name> (<period>)"``
and ``"audit: <name> (<period>)"``. Labels are the same in every language, so that the JSON
output does not depend on ``--lang``.

Order. Items follow the base checklist's order; an item only in the other checklist is
placed where the other checklist puts it (after the common item that precedes it there).
Areas are ordered the same way.

Levels compared are the declared ones (SPEC §7): a number, or None for n/a, giving `change`.
Besides, every item reports its effective levels, the flags it gained and lost and its
action's status on both sides (SPEC §14), so that a score that moved is always explained by
listed items: an item has `moved` when any of these differs. Scores come from the exact
results; every delta is computed from exact values and rounded only for output.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from readiness.core.canonical import canonical_assessment, fingerprint
from readiness.core.crosswalk import Chain, MappedAnswers, map_answers
from readiness.core.model import Assessment, Checklist, Item, Response, Text
from readiness.core.problems import ERROR, Problem
from readiness.core.scoring import AssessmentResult, ItemResult, round_half_up, score_assessment
from readiness.i18n import Message

if TYPE_CHECKING:
    from readiness.core.loaded import LoadedAssessment

SAME = "same"
UP = "up"
DOWN = "down"
ADDED = "added"
REMOVED = "removed"
BECAME_NA = "became_na"
NO_LONGER_NA = "no_longer_na"
# Across checklist versions: an item the crosswalk gives no counterpart on the other side.
NOT_COMPARABLE = "not_comparable"
CHANGES = (SAME, UP, DOWN, ADDED, REMOVED, BECAME_NA, NO_LONGER_NA, NOT_COMPARABLE)

MODE_FILES = "files"
MODE_AUDIT = "audit"


class ComparisonError(Exception):
    """The two inputs cannot be compared; the message (its first argument, a `Message`) is
    for the user."""


@dataclass(frozen=True)
class Side:
    label: str
    file: str
    result: AssessmentResult

    @property
    def checklist(self) -> Checklist:
        return self.result.checklist

    @property
    def assessment(self) -> Assessment:
        return self.result.assessment


@dataclass(frozen=True)
class ItemChange:
    id: str
    # The item's definition: the other side's when it has the item, else the base's.
    item: Item
    base: ItemResult | None
    other: ItemResult | None
    change: str
    audit_note: str | None = None
    audit_cell: str | None = None

    @property
    def area(self) -> str:
        return self.item.area

    @property
    def base_level(self) -> int | None:
        return None if self.base is None else self.base.declared_level

    @property
    def other_level(self) -> int | None:
        return None if self.other is None else self.other.declared_level

    @property
    def delta(self) -> int | None:
        if self.base_level is None or self.other_level is None:
            return None
        return self.other_level - self.base_level

    @property
    def base_effective_level(self) -> int | None:
        return None if self.base is None else self.base.effective_level

    @property
    def other_effective_level(self) -> int | None:
        return None if self.other is None else self.other.effective_level

    @property
    def flags_added(self) -> list[str]:
        before = set(self.base.flags) if self.base is not None else set()
        after = self.other.flags if self.other is not None else ()
        return [f for f in after if f not in before]

    @property
    def flags_removed(self) -> list[str]:
        after = set(self.other.flags) if self.other is not None else set()
        before = self.base.flags if self.base is not None else ()
        return [f for f in before if f not in after]

    @property
    def base_status(self) -> str | None:
        return None if self.base is None else self.base.response.status

    @property
    def other_status(self) -> str | None:
        return None if self.other is None else self.other.response.status

    @property
    def status_changed(self) -> bool:
        return (
            self.base is not None
            and self.other is not None
            and (self.base_status != self.other_status)
        )

    @property
    def effective_changed(self) -> bool:
        return self.base_effective_level != self.other_effective_level

    @property
    def level_rose(self) -> bool | None:
        """Whether the effective level rose (None unless both sides score the item)."""
        b, o = self.base_effective_level, self.other_effective_level
        if b is None or o is None:
            return None
        return o > b

    @property
    def moved(self) -> bool:
        """Anything a reader should see: declared or effective level, flags, action status."""
        return (
            self.change != SAME
            or self.effective_changed
            or bool(self.flags_added or self.flags_removed)
            or self.status_changed
        )


@dataclass(frozen=True)
class AreaChange:
    id: str
    title: Text
    base: Fraction | None
    other: Fraction | None

    @property
    def delta(self) -> Fraction | None:
        if self.base is None or self.other is None:
            return None
        return self.other - self.base


@dataclass
class Comparison:
    mode: str
    base: Side
    other: Side
    items: list[ItemChange]
    areas: list[AreaChange]
    # Audit mode: how many audit levels and audit notes the auditor filled in.
    audit_levels: int = 0
    audit_notes: int = 0

    @property
    def score_delta(self) -> Fraction | None:
        a, b = self.base.result.score, self.other.result.score
        return None if a is None or b is None else b - a

    @property
    def maturity_delta(self) -> Fraction | None:
        a, b = self.base.result.maturity, self.other.result.maturity
        return None if a is None or b is None else b - a

    @property
    def counts(self) -> dict[str, int]:
        """How many items per `change` value, every value present (zeros too)."""
        seen = Counter(c.change for c in self.items)
        return {change: seen.get(change, 0) for change in CHANGES}

    @property
    def changed(self) -> list[ItemChange]:
        """Every item that moved: declared or effective level, flags or action status."""
        return [c for c in self.items if c.moved]

    @property
    def status_changes(self) -> list[ItemChange]:
        return [c for c in self.items if c.status_changed]

    @property
    def identical(self) -> bool:
        """Both sides hold the very same assessment (same canonical fingerprint)."""
        return fingerprint(canonical_assessment(self.base.assessment)) == fingerprint(
            canonical_assessment(self.other.assessment)
        )

    @property
    def versions_differ(self) -> bool:
        return self.base.checklist.version != self.other.checklist.version


def change_of(base: ItemResult | None, other: ItemResult | None) -> str:
    """The `change` value of one item, judged on declared levels."""
    if base is None:
        return ADDED
    if other is None:
        return REMOVED
    b, o = base.declared_level, other.declared_level
    if b is None and o is None:
        return SAME
    if o is None:
        return BECAME_NA
    if b is None:
        return NO_LONGER_NA
    if o > b:
        return UP
    if o < b:
        return DOWN
    return SAME


def merged_order(base_ids: Sequence[str], other_ids: Sequence[str]) -> list[str]:
    """Base order, with ids only in `other` inserted where `other` places them."""
    base_set = set(base_ids)
    position = {item_id: i for i, item_id in enumerate(other_ids)}
    out: list[str] = []
    j = 0
    for item_id in base_ids:
        pos = position.get(item_id)
        if pos is not None and pos >= j:
            out.extend(x for x in other_ids[j:pos] if x not in base_set)
            j = pos + 1
        out.append(item_id)
    out.extend(x for x in other_ids[j:] if x not in base_set)
    return out


def side_label(file: str, assessment: Assessment, *, full_path: bool = False) -> str:
    name = file if full_path else Path(file).name
    return f"{name} ({assessment.period})"


def compare_results(
    base: AssessmentResult,
    other: AssessmentResult,
    *,
    base_label: str,
    other_label: str,
    base_file: str = "",
    other_file: str = "",
    mode: str = MODE_FILES,
    mapped: MappedAnswers | None = None,
) -> Comparison:
    """Compare two scored assessments of the same checklist id (versions may differ).

    `mapped`: the older side's answers carried to the newer version through the crosswalks;
    items are then compared on the newer version's items, and those without a counterpart
    are `not_comparable`. Each side keeps the score of its own version."""
    if base.checklist.id != other.checklist.id:
        raise ComparisonError(
            Message(
                "cmp.different_checklists",
                base=base_file or base_label,
                base_id=base.checklist.id,
                other=other_file or other_label,
                other_id=other.checklist.id,
            )
        )
    if mapped is not None:
        items = _mapped_items(base, other, mapped)
    else:
        base_items = {r.id: r for r in base.items}
        other_items = {r.id: r for r in other.items}
        items = []
        for item_id in merged_order(list(base_items), list(other_items)):
            b = base_items.get(item_id)
            o = other_items.get(item_id)
            definition = o.item if o is not None else b.item  # type: ignore[union-attr]
            items.append(ItemChange(item_id, definition, b, o, change_of(b, o)))

    base_areas = {a.id: a for a in base.areas}
    other_areas = {a.id: a for a in other.areas}
    titles = {a.id: a.title for a in base.checklist.areas}
    titles.update({a.id: a.title for a in other.checklist.areas})
    areas = []
    for area_id in merged_order(list(base_areas), list(other_areas)):
        ba = base_areas.get(area_id)
        oa = other_areas.get(area_id)
        areas.append(
            AreaChange(
                area_id,
                titles.get(area_id, {}),
                ba.score if ba is not None else None,
                oa.score if oa is not None else None,
            )
        )
    return Comparison(
        mode=mode,
        base=Side(base_label, base_file, base),
        other=Side(other_label, other_file, other),
        items=items,
        areas=areas,
    )


def _mapped_items(
    base: AssessmentResult, other: AssessmentResult, mapped: MappedAnswers
) -> list[ItemChange]:
    older_is_base = base.checklist.version == mapped.older_version
    older, newer = (base, other) if older_is_base else (other, base)
    carried = {r.id: r for r in mapped.result.items}
    items = []
    for n in newer.items:
        o = carried[n.id] if n.id in mapped.comparable else None
        b, ot = (o, n) if older_is_base else (n, o)
        change = change_of(b, ot) if o is not None else NOT_COMPARABLE
        items.append(ItemChange(n.id, n.item, b, ot, change))
    own = {r.id: r for r in older.items}
    for old_id in mapped.retired:
        r = own[old_id]
        b, ot = (r, None) if older_is_base else (None, r)
        items.append(ItemChange(old_id, r.item, b, ot, NOT_COMPARABLE))
    return items


def compare_assessments(
    base: tuple[Checklist, Assessment],
    other: tuple[Checklist, Assessment],
    *,
    base_file: str,
    other_file: str,
    chain: Chain | None = None,
) -> Comparison:
    """Score both (checklist, assessment) pairs and compare them; labels from the files.

    `chain`: the crosswalks from the older side's version to the newer's, when they differ."""
    base_result = score_assessment(*base)
    other_result = score_assessment(*other)
    base_label = side_label(base_file, base[1])
    other_label = side_label(other_file, other[1])
    if base_label == other_label and base_file != other_file:
        base_label = side_label(base_file, base[1], full_path=True)
        other_label = side_label(other_file, other[1], full_path=True)
    return compare_results(
        base_result,
        other_result,
        base_label=base_label,
        other_label=other_label,
        base_file=base_file,
        other_file=other_file,
        mapped=_mapped(base_result, other_result, chain),
    )


def _mapped(
    base: AssessmentResult, other: AssessmentResult, chain: Chain | None
) -> MappedAnswers | None:
    if chain is None:
        return None
    if base.checklist.version == chain.from_version:
        return map_answers(base, chain, other.checklist)
    return map_answers(other, chain, base.checklist)


def compare_loaded(
    base: LoadedAssessment, other: LoadedAssessment, chain: Chain | None = None
) -> Comparison:
    """Compare two valid loaded inputs of any kind (YAML, questionnaire, gap report)."""
    for loaded in (base, other):
        if loaded.assessment is None or loaded.checklist is None:
            raise ComparisonError(Message("cmp.not_valid", file=loaded.file))
    assert base.checklist and base.assessment and other.checklist and other.assessment
    return compare_assessments(
        (base.checklist, base.assessment),
        (other.checklist, other.assessment),
        base_file=base.file,
        other_file=other.file,
        chain=chain,
    )


# --- audit of one gap report -------------------------------------------------------------


@dataclass(frozen=True)
class AuditEntry:
    """One row of the audit columns: `level_given` False means 'accepted as declared'."""

    level_given: bool
    level: int | None  # None with level_given: the auditor judged the item n/a
    note: str | None
    cell: str | None


def audit_entries(raw: Any) -> dict[str, AuditEntry]:
    """The reader's extras["audit"] as entries.

    The reader's contract: {item_id: {"level": int | None, "note": str | None, "cell": ...}}
    for rows where an audit level or note was filled in. A row with only a note either has
    no "level" key or says so with "level_given": False (or "accepted": True).
    """
    out: dict[str, AuditEntry] = {}
    if not isinstance(raw, dict):
        return out
    for item_id, entry in raw.items():
        if not isinstance(entry, dict):
            continue
        note = entry.get("note")
        note = (note.strip() or None) if isinstance(note, str) else None
        given = "level" in entry
        if "level_given" in entry:
            given = bool(entry["level_given"])
        elif entry.get("accepted") is True:
            given = False
        level = entry.get("level") if given else None
        if level is not None and (isinstance(level, bool) or not isinstance(level, int)):
            given, level = False, None
        out[str(item_id)] = AuditEntry(given, level, note, entry.get("cell"))
    return out


def _sheet_cell(cell: str | None) -> tuple[str | None, str | None]:
    if not cell:
        return None, None
    sheet, _, ref = cell.rpartition("!")
    return (sheet or None), (ref or None)


def audit_problems(checklist: Checklist, raw: Any) -> list[Problem]:
    """Audit entries the checklist rejects: an unknown item, n/a where n/a is not allowed."""
    problems = []
    for item_id, entry in audit_entries(raw).items():
        sheet, ref = _sheet_cell(entry.cell)
        item = checklist.item(item_id)
        if item is None:
            problems.append(
                Problem(
                    ERROR,
                    Message(
                        "cmp.audit_not_item",
                        item=item_id,
                        id=checklist.id,
                        version=checklist.version,
                    ),
                    f"audit.{item_id}",
                    sheet=sheet,
                    cell=ref,
                )
            )
        elif entry.level_given and entry.level is None and not item.allow_na:
            problems.append(
                Problem(
                    ERROR,
                    Message("cmp.audit_na_refused", item=item_id),
                    f"audit.{item_id}.level",
                    sheet=sheet,
                    cell=ref,
                )
            )
    return problems


def audited_assessment(assessment: Assessment, entries: dict[str, AuditEntry]) -> Assessment:
    """The assessment with declared levels replaced by the audit levels filled in.

    Evidence, notes, owners and due dates are unchanged. An audited n/a takes the audit
    note as its justification (the declared one when there is no note).
    """
    responses: dict[str, Response] = {}
    for item_id, response in assessment.responses.items():
        entry = entries.get(item_id)
        if entry is None or not entry.level_given:
            responses[item_id] = response
        elif entry.level is None:
            responses[item_id] = dataclasses.replace(
                response,
                level=None,
                na=True,
                answered=True,
                justification=entry.note or response.justification,
            )
        else:
            responses[item_id] = dataclasses.replace(
                response, level=entry.level, na=False, answered=True
            )
    return dataclasses.replace(assessment, responses=responses)


@dataclass(frozen=True)
class AuditRecord:
    """What `assess --audited` records (SPEC §14): who audited, when, the unit's own
    declaration (kept for reference) and the audit levels and notes filled in."""

    auditor: str
    role: str | None
    date: dt.date
    declared: Assessment
    entries: dict[str, AuditEntry]

    def as_data(self) -> dict[str, Any]:
        return {"name": self.auditor, "role": self.role, "date": self.date.isoformat()}


def declared_assessment(loaded: LoadedAssessment) -> Assessment:
    """The unit's own declaration: embedded in an audited gap report, else the assessment."""
    declared = loaded.extras.get("declared")
    if isinstance(declared, Assessment):
        return declared
    assert loaded.assessment is not None
    return loaded.assessment


def loaded_audit_entries(loaded: LoadedAssessment) -> dict[str, AuditEntry]:
    """The audit columns of a gap report, for the items its checklist has."""
    assert loaded.checklist is not None
    checklist = loaded.checklist
    return {
        k: v
        for k, v in audit_entries(loaded.extras.get("audit")).items()
        if checklist.item(k) is not None
    }


def compare_audit(loaded: LoadedAssessment) -> Comparison:
    """A gap report's declared levels (base) against its audit levels (other)."""
    if loaded.assessment is None or loaded.checklist is None:
        raise ComparisonError(Message("cmp.not_valid", file=loaded.file))
    checklist = loaded.checklist
    entries = loaded_audit_entries(loaded)
    unit_declared = declared_assessment(loaded)
    declared = score_assessment(checklist, unit_declared)
    audited = score_assessment(checklist, audited_assessment(unit_declared, entries))
    name = Path(loaded.file).name
    period = loaded.assessment.period
    comparison = compare_results(
        declared,
        audited,
        base_label=f"declared: {name} ({period})",
        other_label=f"audit: {name} ({period})",
        base_file=loaded.file,
        other_file=loaded.file,
        mode=MODE_AUDIT,
    )
    comparison.items = [
        dataclasses.replace(
            c,
            audit_note=entries[c.id].note if c.id in entries else None,
            audit_cell=entries[c.id].cell if c.id in entries else None,
        )
        for c in comparison.items
    ]
    comparison.audit_levels = sum(1 for e in entries.values() if e.level_given)
    comparison.audit_notes = sum(1 for e in entries.values() if e.note)
    return comparison


# --- JSON (SPEC §7) ----------------------------------------------------------------------


def compare_data(comparison: Comparison) -> dict[str, Any]:
    """The `compare` JSON: exactly the keys of SPEC §7, lists in the documented order."""

    def side(s: Side) -> dict[str, Any]:
        r = s.result
        return {
            "label": s.label,
            "score": round_half_up(r.score),
            "rating": r.rating,
            "rating_by_score": r.rating_by_score,
            "rating_capped_by": [c.as_dict() for c in r.rating_capped_by],
            "rating_without_exceptions": r.rating_without_exceptions,
        }

    items = []
    for c in comparison.items:
        entry: dict[str, Any] = {
            "id": c.id,
            "base_level": c.base_level,
            "other_level": c.other_level,
            "delta": c.delta,
            "change": c.change,
            "base_effective_level": c.base_effective_level,
            "other_effective_level": c.other_effective_level,
            "flags_added": c.flags_added,
            "flags_removed": c.flags_removed,
            "base_status": c.base_status,
            "other_status": c.other_status,
            "level_rose": c.level_rose,
        }
        if comparison.mode == MODE_AUDIT:
            entry["audit_note"] = c.audit_note
        items.append(entry)
    return {
        "base": side(comparison.base),
        "other": side(comparison.other),
        "score_delta": round_half_up(comparison.score_delta),
        "areas": [
            {
                "id": a.id,
                "base": round_half_up(a.base),
                "other": round_half_up(a.other),
                "delta": round_half_up(a.delta),
            }
            for a in comparison.areas
        ],
        "items": items,
    }
