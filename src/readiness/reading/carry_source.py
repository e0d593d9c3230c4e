"""What `init --from` carries: the previous file's result, on the checklist to answer next.

The previous file may be YAML, a questionnaire or a gap report (audited or not), of any
checklist version. The levels carried are the audited ones where the file has them (an
audited gap report, or a gap report whose audit columns are filled in). The next period
answers the latest version of a built-in checklist (or the one --checklist names).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from readiness.core.comparison import audit_entries, audited_assessment
from readiness.core.loaded import LoadedAssessment
from readiness.core.model import Assessment, Checklist, Response
from readiness.core.problems import WARNING, Problem
from readiness.i18n import Counted, Listed, Message
from readiness.reading.checklists import is_builtin_spec, load_checklist

if TYPE_CHECKING:
    from readiness.core.crosswalk import Migration


def assessment_to_carry(loaded: LoadedAssessment) -> Assessment:
    """The previous result: declared levels replaced by the audit levels filled in."""
    assert loaded.assessment is not None and loaded.checklist is not None
    checklist = loaded.checklist
    entries = {
        k: v
        for k, v in audit_entries(loaded.extras.get("audit")).items()
        if checklist.item(k) is not None
    }
    if any(e.level_given for e in entries.values()):
        return audited_assessment(loaded.assessment, entries)
    return loaded.assessment


def next_checklist(loaded: LoadedAssessment, checklist_spec: str | None) -> Checklist:
    """--checklist when given; else the latest version of the built-in the file answers;
    else (a custom checklist) the one the file was read with. InputError when unloadable."""
    assert loaded.checklist is not None
    if checklist_spec is not None:
        return load_checklist(checklist_spec)
    if is_builtin_spec(loaded.checklist.id):
        return load_checklist(loaded.checklist.id)
    return loaded.checklist


def onto_checklist(
    assessment: Assessment, source: Checklist, target: Checklist
) -> tuple[Assessment, list[Problem], Migration | None]:
    """The answers on the target checklist's items.

    Same version: as they are. A newer built-in version: through the crosswalks (SPEC §13:
    same and reworded items keep their answer, merged ones take the lowest level, split ones
    the source's answer), the counts to review and to answer said in a note. Otherwise
    (no crosswalk leads there): carried by item id, answers to items the target lacks
    reported (never silently dropped), new items left unanswered.
    """
    if source.id == target.id and source.version == target.version:
        return assessment, [], None
    from readiness.core.crosswalk import migrate_responses, migrated_assessment
    from readiness.reading.crosswalks import chain_between

    chain = chain_between(source, target)
    if chain is not None:
        migration = migrate_responses(assessment.responses, chain, source, target)
        notes = [
            Problem(
                WARNING,
                Message(
                    "carry.through_crosswalk",
                    id=source.id,
                    old=source.version,
                    new=target.version,
                    review=Counted("count.to_review", migration.review_count),
                    answer=Counted("count.to_answer", migration.unanswered_count),
                    retired=Message("carry.retired_not_carried", items=Listed(migration.retired))
                    if migration.retired
                    else "",
                ),
            )
        ]
        return migrated_assessment(assessment, migration), notes, migration
    return (*_by_id(assessment, target), None)


def _by_id(assessment: Assessment, target: Checklist) -> tuple[Assessment, list[Problem]]:
    problems: list[Problem] = []
    responses: dict[str, Response] = {}
    for item in target.items:
        previous = assessment.responses.get(item.id)
        responses[item.id] = previous or Response(item_id=item.id, level=None, answered=False)
    dropped = [i for i in assessment.responses if target.item(i) is None]
    if dropped:
        problems.append(
            Problem(
                WARNING,
                Counted(
                    "carry.not_carried",
                    len(dropped),
                    id=target.id,
                    version=target.version,
                    items=Listed(dropped),
                ),
            )
        )
    new = [i.id for i in target.items if i.id not in assessment.responses]
    if new:
        problems.append(
            Problem(
                WARNING,
                Counted(
                    "carry.new_items",
                    len(new),
                    id=target.id,
                    version=target.version,
                    items=Listed(new),
                ),
            )
        )
    return dataclasses.replace(
        assessment, responses=responses, checklist_version=target.version
    ), problems
