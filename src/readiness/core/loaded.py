"""An input as it was read: the assessment (when valid), its checklist, where it came from
and every problem found. Readers produce it; scoring, comparison and writers consume it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from readiness.core.canonical import canonical_assessment, fingerprint
from readiness.core.model import Assessment, Checklist
from readiness.core.problems import Problem

KIND_YAML = "yaml"
KIND_QUESTIONNAIRE = "questionnaire"
KIND_GAP_REPORT = "gap_report"


@dataclass
class LoadedAssessment:
    file: str
    kind: str = KIND_YAML
    assessment: Assessment | None = None
    checklist: Checklist | None = None
    problems: list[Problem] = field(default_factory=list)
    # Extra data a workbook carries (audit levels and notes of a gap report).
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return self.assessment is not None and not any(p.is_error for p in self.problems)

    @property
    def audited(self) -> bool:
        """An audited gap report (SPEC §14): its assessment is the audited result."""
        return "audited" in self.extras

    @property
    def fingerprint(self) -> str | None:
        if self.assessment is None:
            return None
        return fingerprint(canonical_assessment(self.assessment))
