"""The built-in checklist: complete, bilingual, and valid under the full check."""

from __future__ import annotations

import re

import pytest

from readiness.reading.checklists import (
    DEFAULT_CHECKLIST,
    builtin_path,
    builtin_versions,
    check_checklist_document,
    read_checklist_document,
)


@pytest.mark.parametrize("version", builtin_versions(DEFAULT_CHECKLIST))
def test_every_builtin_version_passes_the_full_check_including_the_schema(version):
    path = builtin_path(DEFAULT_CHECKLIST, version)
    assert path is not None and path.name == f"{version}.yaml"
    problems = check_checklist_document(read_checklist_document(path))
    assert problems == []


def test_areas_and_item_counts(builtin):
    assert [a.id for a in builtin.areas] == ["PREV", "MAP", "HELP", "SHARE", "CONT", "WATCH"]
    for area in builtin.areas:
        assert 4 <= len(area.items) <= 8, area.id
        for n, item in enumerate(area.items, start=1):
            assert item.id == f"{area.id}-{n:02d}"
    assert builtin.languages == ["en", "fr"]
    assert [lv.key for lv in builtin.levels] == [
        "absent",
        "planned",
        "partial",
        "implemented",
        "sustained",
    ]
    assert [b.key for b in builtin.rating_bands] == ["ready", "partially_ready", "not_ready"]
    assert builtin.target_level == 3 and builtin.evidence_max_age_days == 365


def test_every_text_is_complete_in_english_and_french(builtin):
    for item in builtin.items:
        for field in ("title", "requirement", "guidance", "action"):
            text = getattr(item, field)
            assert text["en"].strip() and text["fr"].strip(), (item.id, field)
            assert text["en"] != text["fr"], (item.id, field)
        assert item.source_ref, item.id
        assert 1 <= item.weight <= 5
    for area in builtin.areas:
        assert area.recommendation["en"] and area.recommendation["fr"]
        assert area.source_ref


def test_critical_items_cover_the_report_recommendations(builtin):
    critical = {i.id for i in builtin.items if i.critical}
    assert 6 <= len(critical) <= 12
    # Helpline open and free, ICSE connection: the report's recommendations 3 and 4.
    assert {"HELP-01", "SHARE-01"} <= critical
    # The report's words appear where they belong.
    text = " ".join(i.requirement["en"] + i.guidance["en"] for i in builtin.items)
    for word in ("ICSE", "peer-to-peer", "live-stream", "SMS", "school"):
        assert re.search(word, text, re.IGNORECASE), word
