"""The built-in checklist, every published version: complete, bilingual, and valid under the
full check; 1.1.0 carries the expert review's changes."""

from __future__ import annotations

import re

import pytest

from readiness.core.model import Checklist
from readiness.reading.checklists import (
    DEFAULT_CHECKLIST,
    builtin_path,
    builtin_versions,
    check_checklist_document,
    load_checklist,
    read_checklist_document,
)

VERSIONS = builtin_versions(DEFAULT_CHECKLIST)


@pytest.fixture(params=VERSIONS)
def version(request) -> Checklist:
    return load_checklist(f"{DEFAULT_CHECKLIST}@{request.param}")


def test_both_versions_ship():
    assert VERSIONS[:2] == ["1.0.0", "1.1.0"]


@pytest.mark.parametrize("name", VERSIONS)
def test_every_builtin_version_passes_the_full_check_including_the_schema(name):
    path = builtin_path(DEFAULT_CHECKLIST, name)
    assert path is not None and path.name == f"{name}.yaml"
    problems = check_checklist_document(read_checklist_document(path))
    assert problems == []


def test_areas_and_item_counts(version):
    assert [a.id for a in version.areas] == ["PREV", "MAP", "HELP", "SHARE", "CONT", "WATCH"]
    for area in version.areas:
        assert 4 <= len(area.items) <= 8, area.id
        numbers = [int(item.id.rsplit("-", 1)[1]) for item in area.items]
        # Ids increase within an area; a retired id is never reused, so gaps may appear.
        assert numbers == sorted(numbers) and numbers[0] == 1, area.id
        assert all(item.id.startswith(f"{area.id}-") for item in area.items)
    # 1.0.0 was published in English and French; 1.1.0 in INTERPOL's four languages.
    expected = ["en", "fr"] if version.version == "1.0.0" else ["en", "fr", "es", "ar"]
    assert version.languages == expected
    assert [lv.key for lv in version.levels] == [
        "absent",
        "planned",
        "partial",
        "implemented",
        "sustained",
    ]
    assert [b.key for b in version.rating_bands] == ["ready", "partially_ready", "not_ready"]
    assert version.target_level == 3 and version.evidence_max_age_days == 365


def test_every_text_is_complete_in_english_and_french(version):
    for item in version.items:
        for field in ("title", "requirement", "guidance", "action"):
            text = getattr(item, field)
            assert text["en"].strip() and text["fr"].strip(), (item.id, field)
            assert text["en"] != text["fr"], (item.id, field)
        assert item.source_ref, item.id
        assert 1 <= item.weight <= 5
    for area in version.areas:
        assert area.recommendation["en"] and area.recommendation["fr"]
        assert area.source_ref


def test_critical_items_cover_the_report_recommendations(version):
    critical = {i.id for i in version.items if i.critical}
    assert 6 <= len(critical) <= 12
    # Helpline open and free, ICSE connection: the report's recommendations 3 and 4.
    assert {"HELP-01", "SHARE-01"} <= critical
    # The report's words appear where they belong.
    text = " ".join(i.requirement["en"] + i.guidance["en"] for i in version.items)
    for word in ("ICSE", "peer-to-peer", "live-stream", "SMS", "school"):
        assert re.search(word, text, re.IGNORECASE), word


def test_1_0_0_content_as_published():
    old = load_checklist(f"{DEFAULT_CHECKLIST}@1.0.0")
    assert [len(a.items) for a in old.areas] == [5, 4, 6, 5, 6, 5]
    assert sum(i.weight for i in old.items) == 110
    assert {i.id for i in old.items if i.critical} == {
        "PREV-01",
        "HELP-01",
        "HELP-03",
        "SHARE-01",
        "SHARE-02",
        "SHARE-04",
        "CONT-01",
        "CONT-02",
        "WATCH-01",
    }
    assert old.item("CONT-01").target == 4  # type: ignore[union-attr]
    assert old.source["date"] == "2020-09-29" and old.assessment_rules == []
    assert all(not i.source_basis for i in old.items)


def test_1_1_0_applies_the_review():
    new = load_checklist(f"{DEFAULT_CHECKLIST}@1.1.0")
    assert [len(a.items) for a in new.areas] == [5, 4, 6, 8, 6, 5]
    assert sum(i.weight for i in new.items) == 126
    critical = {i.id for i in new.items if i.critical}
    # Victim identification is critical (weight 5); WATCH-01 is an enabling product.
    assert "SHARE-06" in critical and "WATCH-01" not in critical
    assert new.item("SHARE-06").weight == 5  # type: ignore[union-attr]
    assert new.item("WATCH-02") is None and new.item("WATCH-05") is None
    # Crisis-only floor tested at level 3: target 3, still critical.
    cont01 = new.item("CONT-01")
    assert cont01 is not None and cont01.target == 3 and cont01.critical
    weights = {i.id: i.weight for i in new.items}
    assert (weights["MAP-02"], weights["CONT-03"], weights["CONT-06"], weights["WATCH-01"]) == (
        5,
        4,
        4,
        4,
    )
    # What the report says is told apart from what is derived, as a field.
    assert {i.source_basis for i in new.items} == {"report", "derived"}
    assert new.item("CONT-06").source_basis == "derived"  # type: ignore[union-attr]
    # Both source dates: the English release and its French copy.
    assert new.source["date"] == "2020-09-07"
    assert [(t["lang"], t["date"]) for t in new.source["translations"]] == [("fr", "2020-09-29")]
    assert len(new.assessment_rules) >= 4
    assert all(rule["en"] and rule["fr"] for rule in new.assessment_rules)
    # Safeguards: never forward images; home viewing excluded.
    prev04 = new.item("PREV-04")
    assert prev04 is not None and "report the link" in (
        prev04.requirement["en"] + prev04.guidance["en"]
    )
    cont02 = new.item("CONT-02")
    assert cont02 is not None and "home" in cont02.requirement["en"]
    # French terminology pass.
    fr = " ".join(i.requirement["fr"] + i.guidance["fr"] for i in new.items)
    assert "pédocrimin" in fr and "contenus illicites" not in fr


def test_every_text_of_1_1_0_is_in_four_distinct_languages():
    cl = load_checklist("interpol-csea-covid19@1.1.0")
    texts = [cl.title]
    texts += [lv.label for lv in cl.levels] + [b.label for b in cl.rating_bands]
    texts += list(cl.assessment_rules)
    for area in cl.areas:
        texts += [area.title, area.recommendation]
    for item in cl.items:
        texts += [item.title, item.requirement, item.guidance, item.action]
    for text in texts:
        assert all(text[lang].strip() for lang in ("en", "fr", "es", "ar")), text["en"]
        # Arabic is written in Arabic script; Spanish is not the English left as it was.
        assert any("\u0600" <= ch <= "\u06ff" for ch in text["ar"]), text["en"]
        assert text["es"] != text["en"] or len(text["en"]) < 12, text["en"]
