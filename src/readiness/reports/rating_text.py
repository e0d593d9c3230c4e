"""The rating in words, with its reason (SPEC §14): one wording for every output.

The facts (the band of the score, the gates that capped it, the exceptions in force) are
computed in core/scoring.py; this module only says them, in the user's language, for the
terminal, Markdown and every workbook.
"""

from __future__ import annotations

from collections.abc import Iterable

from readiness.core.model import Checklist
from readiness.core.scoring import (
    GATE_CRITICAL_ABSENT,
    AssessmentResult,
    RatingCap,
)
from readiness.i18n import t


def cap_reason(cap: RatingCap, lang: str) -> str:
    if cap.gate == GATE_CRITICAL_ABSENT:
        return t("rating.cap_absent", lang, item=cap.item)
    return t("rating.cap_below_target", lang, item=cap.item, level=cap.level, target=cap.target)


def cap_sentence(result: AssessmentResult, lang: str) -> str | None:
    """'Rating capped at Not ready: SHARE-01 (critical) is at level 0'; None when not capped."""
    if not result.rating_capped_by:
        return None
    reasons = cap_reasons(result.rating_capped_by, lang)
    band = result.checklist.rating_label(result.rating, lang)
    by_score = t(
        "rating.score_alone", lang, band=result.checklist.rating_label(result.rating_by_score, lang)
    )
    return f"{t('rating.rating_capped', lang, band=band, reasons=reasons)} ({by_score})"


def rating_with_exceptions(result: AssessmentResult, lang: str) -> str:
    """The rating, and the rating without exceptions when they differ:
    'Partially ready; Not ready without 1 exception'."""
    return both_ratings(
        result.checklist,
        result.rating,
        result.rating_without_exceptions,
        len(result.exceptions_lifting),
        lang,
    )


def both_ratings(
    checklist: Checklist, rating: str | None, without: str | None, n: int, lang: str
) -> str:
    """A rating, followed by the one without its `n` exceptions when that one differs."""
    label = checklist.rating_label(rating, lang)
    if without == rating:
        return label
    return t(
        "rating.without_exceptions" if n == 1 else "rating.without_exceptions_plural",
        lang,
        rating=label,
        strict=checklist.rating_label(without, lang),
        n=n,
    )


def cap_reasons(caps: Iterable[RatingCap], lang: str) -> str:
    """'SHARE-01 (critical) is at level 0; …', or an empty text."""
    return "; ".join(cap_reason(cap, lang) for cap in caps)


def rating_reason(result: AssessmentResult, lang: str) -> str:
    """Everything that explains the rating, in one line; empty when the score alone rates."""
    parts = []
    sentence = cap_sentence(result, lang)
    if sentence:
        parts.append(sentence)
    if result.rating_differs_without_exceptions:
        parts.append(rating_with_exceptions(result, lang))
    return ". ".join(parts)


def exception_lines(result: AssessmentResult, lang: str) -> list[str]:
    """One line per exception, in checklist order, expired ones said so."""
    lines = []
    for r in result.exceptions:
        x = r.response.exception
        assert x is not None
        values = {
            "item": r.id,
            "approved_by": x.approved_by,
            "approved_on": x.approved_on.isoformat(),
            "expires": x.expires.isoformat(),
            "reason": x.reason,
        }
        key = "rating.exception_line" if r.exception_active else "rating.exception_expired_line"
        lines.append(t(key, lang, **values))
    return lines


def exceptions_title(lang: str) -> str:
    return t("rating.exceptions", lang)


def rating_reason_title(lang: str) -> str:
    return t("rating.rating_reason", lang)
