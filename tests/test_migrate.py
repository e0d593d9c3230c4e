"""`readiness migrate` and the crosswalk rules that carry answers across versions (SPEC §13)."""

from __future__ import annotations

import datetime as dt

import yaml
from click.testing import CliRunner
from conftest import DATA, MINI, assessment_dict, write_yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readiness.cli import cli
from readiness.core.crosswalk import (
    MERGED,
    NEW,
    RETIRED,
    REWORDED,
    SAME,
    SPLIT,
    Chain,
    Crosswalk,
    Mapping,
    find_chain,
    migrate_responses,
)
from readiness.core.model import Evidence, Response
from readiness.reading.checklists import DEFAULT_CHECKLIST, load_checklist
from readiness.reading.crosswalks import builtin_crosswalks
from readiness.reading.inputs import read_assessment
from readiness.reports.yaml_migration import render_migrated_yaml

V100 = DATA / "assessments" / "v1.0.0"
OLD = load_checklist(f"{DEFAULT_CHECKLIST}@1.0.0")
NEWER = load_checklist(f"{DEFAULT_CHECKLIST}@1.1.0")
(CROSSWALK,) = builtin_crosswalks(DEFAULT_CHECKLIST)


def run(*args: str):
    return CliRunner().invoke(cli, list(args), env={"READINESS_LANG": "en"})


def answers(path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["responses"]


def test_the_builtin_crosswalk_covers_both_versions():
    assert (CROSSWALK.from_version, CROSSWALK.to_version) == ("1.0.0", "1.1.0")
    assert set(CROSSWALK.mappings) == {i.id for i in OLD.items}
    targets = {t for m in CROSSWALK.mappings.values() for t in m.targets}
    assert targets | set(CROSSWALK.new) == {i.id for i in NEWER.items}
    result = run("checklist", "check", f"checklists/{DEFAULT_CHECKLIST}/crosswalk-1.0.0-1.1.0.yaml")
    assert result.exit_code == 0, result.output
    assert "valid crosswalk" in result.output


def test_migrate_the_near_ready_example(tmp_path):
    out = tmp_path / "near-ready-1.1.0.yaml"
    result = run("migrate", str(V100 / "near-ready.yaml"), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "19 items to review, 5 to answer" in result.stderr
    old = answers(V100 / "near-ready.yaml")
    new = answers(out)
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert data["checklist_version"] == "1.1.0"
    for old_id, m in CROSSWALK.mappings.items():
        if m.relation in (SAME, REWORDED):
            (target,) = m.targets
            # Level, evidence, notes, owner and due carried as they were.
            for key in ("evidence", "notes", "owner", "due"):
                assert new[target].get(key) == old[old_id].get(key), (old_id, key)
    # Merged: the lowest level of the sources, all their evidence and notes.
    sources = [m.old_id for m in CROSSWALK.sources("CONT-04")]
    assert sources == ["CONT-04", "WATCH-02"]
    levels = [
        read_assessment(str(V100 / "near-ready.yaml")).assessment.responses[s].level
        for s in sources
    ]  # type: ignore[union-attr]
    assert new["CONT-04"]["level"] == min(levels)
    assert len(new["CONT-04"]["evidence"]) == len(old["CONT-04"]["evidence"]) + len(
        old["WATCH-02"]["evidence"]
    )
    assert "[WATCH-02]" in new["CONT-04"]["notes"]
    # New items: unanswered, with their requirement as a comment.
    text = out.read_text(encoding="utf-8")
    for new_id in CROSSWALK.new:
        assert new[new_id]["level"] is None
    assert "# ANSWER: new in 1.1.0." in text and "# Requirement: " in text
    assert "# REVIEW: reworded in 1.1.0 (was HELP-01 in 1.0.0)" in text
    assert "# REVIEW: merged in 1.1.0 from CONT-04, WATCH-02" in text
    # The output is a valid 1.1.0 assessment once the new items are answered.
    loaded = read_assessment(str(out), allow_incomplete=True)
    assert loaded.valid and loaded.checklist is not None
    assert loaded.checklist.version == "1.1.0"
    assert run("validate", str(out)).exit_code != 0  # new items still need answers
    assert run("validate", str(out), "--allow-incomplete").exit_code == 0


def test_same_answer_from_yaml_questionnaire_and_gap_report(tmp_path):
    source = V100 / "critical-gaps.yaml"
    questionnaire = tmp_path / "q.xlsx"
    assert run("convert", str(source), "-o", str(questionnaire)).exit_code == 0
    report = tmp_path / "critical-gaps-gap-report.xlsx"
    assert run("assess", str(source), "-o", str(report)).exit_code in (0, 2)
    outputs = []
    for kind in (source, questionnaire, report):
        out = tmp_path / f"{kind.stem}-migrated.yaml"
        result = run("migrate", str(kind), "-o", str(out))
        assert result.exit_code == 0, result.output
        outputs.append(answers(out))
    assert outputs[0] == outputs[1] == outputs[2]


def test_default_output_name_force_and_refusals(tmp_path):
    source = tmp_path / "unit.yaml"
    source.write_bytes((V100 / "brigade-fr.yaml").read_bytes())
    first = run("migrate", str(source))
    assert first.exit_code == 0, first.output
    assert (tmp_path / "unit-1.1.0.yaml").is_file()
    again = run("migrate", str(source))
    assert again.exit_code != 0 and "--force" in again.output
    assert run("migrate", str(source), "--force").exit_code == 0
    unknown = run("migrate", str(source), "--to", "7.0.0")
    assert unknown.exit_code != 0 and "known versions: 1.0.0, 1.1.0" in unknown.output
    backwards = run(
        "migrate",
        str(tmp_path / "unit-1.1.0.yaml"),
        "--to",
        "1.0.0",
        "-o",
        str(tmp_path / "x.yaml"),
    )
    assert backwards.exit_code != 0
    not_yaml = run("migrate", str(source), "-o", str(tmp_path / "x.xlsx"))
    assert not_yaml.exit_code == 2
    custom = write_yaml(tmp_path / "mini.yaml", assessment_dict(load_checklist(str(MINI))))
    refused = run("migrate", str(custom), "--checklist", str(MINI))
    assert refused.exit_code != 0 and "only built-in checklists" in refused.output


# --- the rules on small, hand-made crosswalks --------------------------------------------------


def _cw(
    mappings: dict[str, tuple[str, tuple[str, ...]]],
    new: tuple[str, ...] = (),
    *,
    a: str = "1.0.0",
    b: str = "2.0.0",
) -> Crosswalk:
    return Crosswalk(
        "mini",
        a,
        b,
        {k: Mapping(k, rel, targets) for k, (rel, targets) in mappings.items()},
        new,
    )


def r(
    item_id: str,
    level=None,
    *,
    na=False,
    evidence=(),
    notes=None,
    owner=None,
    due=None,
    answered=True,
):
    return Response(
        item_id=item_id,
        level=level,
        na=na,
        answered=answered,
        evidence=[Evidence(e) for e in evidence],
        justification="out of scope" if na else None,
        notes=notes,
        owner=owner,
        due=due,
    )


def test_merged_takes_the_lowest_level_and_everything_else():
    items = [i.id for i in OLD.items]
    a, b = items[0], items[1]
    mappings = {i: (SAME, (i,)) for i in items[2:]}
    mappings[a] = (MERGED, (a,))
    mappings[b] = (MERGED, (a,))
    chain = Chain((_cw(mappings),))
    responses = {i: r(i, 3) for i in items}
    responses[a] = r(a, 4, evidence=["A1"], notes="first", owner="X", due=dt.date(2027, 5, 1))
    responses[b] = r(
        b, 2, evidence=["B1", "A1"], notes="second", owner="Y", due=dt.date(2027, 3, 1)
    )
    m = migrate_responses(responses, chain, OLD, OLD)
    carried = m.carried[a]
    assert carried.relation == MERGED and carried.review and carried.sources == (a, b)
    got = carried.response
    assert got.level == 2
    assert [e.ref for e in got.evidence] == ["A1", "B1"]
    assert got.notes == f"[{a}] first [{b}] second"
    assert got.owner == "X; Y" and got.due == dt.date(2027, 3, 1)
    # b is gone from the newer version: its item is unanswered there (not in `mappings` targets)
    assert m.carried[b].relation == NEW and m.carried[b].needs_answer


def test_split_retired_and_answers_a_newer_item_cannot_take(tmp_path):
    items = [i.id for i in OLD.items]
    a, b, c = items[0], items[1], items[2]
    mappings = {i: (SAME, (i,)) for i in items[3:]}
    mappings[a] = (SPLIT, (a, b))
    mappings[b] = (RETIRED, ())
    mappings[c] = (SAME, (c,))
    chain = Chain((_cw(mappings),))
    na_item = next(i for i in OLD.items[3:] if not i.allow_na)
    responses = {i: r(i, 3) for i in items}
    responses[a] = r(a, 1, evidence=["plan"])
    responses[b] = r(b, 4, notes="kept for the record")
    m = migrate_responses(responses, chain, OLD, OLD)
    assert m.carried[a].response.level == 1 and m.carried[a].relation == SPLIT
    assert m.carried[b].response.level == 1 and m.carried[b].review
    assert m.retired == {b: responses[b]}
    # n/a carried onto an item that does not allow it: to answer again, the old answer said.
    responses[na_item.id] = r(na_item.id, na=True)
    m = migrate_responses(responses, chain, OLD, OLD)
    carried = m.carried[na_item.id]
    assert carried.needs_answer and carried.reasons and carried.original == responses[na_item.id]
    assessment = read_assessment(
        str(write_yaml(tmp_path / "u.yaml", assessment_dict(OLD)))
    ).assessment
    assert assessment is not None
    text = render_migrated_yaml(assessment, m, "en")
    assert f"#   {b} " in text and "kept for the record" in text  # retired answer as comments
    assert "ANSWER again: n/a is no longer allowed" in text
    # The retired answer is only a comment: the YAML reads back as the migrated answers.
    assert yaml.safe_load(text)["responses"][b]["level"] == 1


def test_chains_of_crosswalks_are_followed_in_order():
    one = _cw({"X-01": (SAME, ("X-01",))}, a="1.0.0", b="1.1.0")
    two = _cw({"X-01": (REWORDED, ("X-02",))}, a="1.1.0", b="2.0.0")
    chain = find_chain([two, one], "1.0.0", "2.0.0")
    assert chain is not None and [s.to_version for s in chain.steps] == ["1.1.0", "2.0.0"]
    assert chain.item_map() == {"X-01": ("X-02",)}
    assert find_chain([one, two], "2.0.0", "1.0.0") is None


# --- every 1.0.0 answer carried by the rules ---------------------------------------------------


@st.composite
def old_responses(draw: st.DrawFn) -> dict[str, Response]:
    out = {}
    for item in OLD.items:
        kind = draw(st.sampled_from(["level", "level", "level", "na", "unanswered"]))
        if kind == "na" and item.allow_na:
            out[item.id] = r(item.id, na=True)
        elif kind == "unanswered":
            out[item.id] = r(item.id, 0, answered=False)
        else:
            out[item.id] = r(item.id, draw(st.integers(0, 4)), evidence=[f"doc {item.id}"])
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(old_responses())
def test_every_answer_follows_its_relation(responses):
    chain = Chain((CROSSWALK,))
    m = migrate_responses(responses, chain, OLD, NEWER)
    assert list(m.carried) == [i.id for i in NEWER.items]
    for c in m.carried.values():
        if c.relation == NEW:
            assert c.needs_answer and not c.sources
            continue
        sources = [responses[s] for s in c.sources]
        got = c.response
        if c.reasons:
            assert got.answered is False
        elif any(not s.answered for s in sources):
            assert not got.answered
        elif c.relation == MERGED:
            levels = [s.level for s in sources if not s.na]
            assert got.level == (min(levels) if levels else None)
            assert got.na == (not levels)
        else:
            (source,) = sources
            assert (got.level, got.na, got.evidence) == (source.level, source.na, source.evidence)
        assert c.review == (c.relation != SAME or bool(c.reasons))


def test_checklist_check_finds_every_crosswalk_fault(tmp_path):
    folder = f"checklists/{DEFAULT_CHECKLIST}"
    for name in ("1.0.0.yaml", "1.1.0.yaml"):
        (tmp_path / name).write_bytes((DATA.parent.parent / folder / name).read_bytes())
    text = (DATA.parent.parent / folder / "crosswalk-1.0.0-1.1.0.yaml").read_text(encoding="utf-8")
    bad = (
        text.replace("  PREV-02: {relation: same, to: [PREV-02]}\n", "")  # PREV-02 not covered
        .replace("to: [MAP-01]}", "to: [MAP-09]}")  # a target that does not exist
        .replace("new: [SHARE-06, ", "new: [")  # SHARE-06 not listed
        .replace("{relation: same, to: [HELP-03]}", "{relation: kept, to: [HELP-03]}")
        .replace("{relation: same, to: [HELP-06]}", "{relation: same, to: [HELP-06, HELP-05]}")
    )
    path = tmp_path / "crosswalk-1.0.0-1.1.0.yaml"
    path.write_text(bad, encoding="utf-8")
    result = run("checklist", "check", str(path))
    assert result.exit_code != 0
    assert (
        "HELP-03: relation must be one of same, reworded, merged, split, retired" in result.output
    )
    assert "HELP-06: same takes exactly one target" in result.output
    # Structure first; then, once it parses, the joins.
    path.write_text(
        bad.replace("relation: kept", "relation: same").replace(
            "to: [HELP-06, HELP-05]", "to: [HELP-06]"
        ),
        encoding="utf-8",
    )
    result = run("checklist", "check", str(path))
    assert result.exit_code != 0
    out = result.output
    assert "missing: PREV-02" in out
    assert "MAP-01: MAP-09 is not an item of version 1.1.0" in out
    # Nothing maps onto PREV-02 and MAP-01 any more either.
    assert "must be listed under new: PREV-02, MAP-01, SHARE-06" in out
    lines = [x for x in out.splitlines() if ": error: " in x]
    assert all(x.startswith(f"{path}:") and x.split(":")[1].isdigit() for x in lines), lines
