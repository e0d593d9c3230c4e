"""SPEC §12: how often the generated JSON Schema and the validator disagree.

Draws N assessments (valid ones and mutations, tests/schema_agreement_cases.py) with a fixed
seed and counts those one side accepts and the other refuses. Target: 0.
Usage: python benchmarks/bench_schema_agreement.py [N]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import jsonschema  # noqa: E402
from schema_agreement_cases import (  # noqa: E402
    cases,
    schema_accepts,
    validator_accepts,
    validator_only,
)

from readiness.reading.assessment_schema import assessment_schema  # noqa: E402
from readiness.reading.checklists import load_checklist  # noqa: E402

MINI = Path(__file__).resolve().parent.parent / "tests" / "data" / "checklists" / "mini.yaml"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    checklist = load_checklist(str(MINI))
    checked = jsonschema.Draft202012Validator(
        assessment_schema(checklist), format_checker=jsonschema.FormatChecker()
    )
    unchecked = jsonschema.Draft202012Validator(assessment_schema(checklist))
    strategy = cases(checklist)
    counts: Counter[str] = Counter()
    shown = 0
    from hypothesis import HealthCheck, given, settings

    @settings(
        max_examples=n,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def draw(data: object) -> None:
        nonlocal shown
        if validator_only(data):  # the one rule the schema cannot express
            counts["excluded"] += 1
            return
        counts["cases"] += 1
        ours, why = validator_accepts(data, checklist)
        theirs, schema_why = schema_accepts(checked, data)
        plain, _ = schema_accepts(unchecked, data)
        counts["valid"] += ours
        if ours != theirs:
            counts["validator_only" if ours else "schema_only"] += 1
            if shown < 12:
                shown += 1
                print(f"  {'validator' if ours else 'schema'} accepts: {why or schema_why}"[:200])
        if plain != theirs:
            counts["differs_without_formats"] += 1

    draw()
    total = counts["validator_only"] + counts["schema_only"]
    print(
        f"cases {counts['cases']}  valid (validator) {counts['valid']}  disagreements {total} "
        f"(validator accepts, schema refuses: {counts['validator_only']}; schema accepts, "
        f"validator refuses: {counts['schema_only']}); schema with/without format checking "
        f"differs on {counts['differs_without_formats']}"
    )


if __name__ == "__main__":
    main()
