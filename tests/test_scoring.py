"""Every rule of SPEC §6 with a worked example on the 5-item `mini` checklist.

mini: AAA-01 (w3, critical, evidence required), AAA-02 (w2), AAA-03 (w1, n/a allowed),
BBB-01 (w5, target 4), BBB-02 (w4, n/a allowed); target_level 3; bands 85 / 60 / 0.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from fractions import Fraction

import pytest

from readiness.core.model import Agency, ApprovedException, Assessment, Evidence, Response
from readiness.core.scoring import RatingCap, round_half_up, score_assessment

DAY = dt.date(2026, 11, 20)


def _assessment(levels: dict[str, object], **extra: dict[str, object]) -> Assessment:
    responses = {}
    for item_id, level in levels.items():
        opts = dict(extra.get(item_id, {}))
        evidence = opts.pop("evidence", [Evidence("proof")])
        if level == "n/a":
            responses[item_id] = Response(
                item_id, None, na=True, evidence=[], justification="does not apply", **opts
            )
        elif level is None:
            responses[item_id] = Response(item_id, 0, answered=False, evidence=[], **opts)
        else:
            responses[item_id] = Response(item_id, int(level), evidence=evidence, **opts)
    return Assessment("mini", "1.2.0", Agency("A", "FR"), "2026-Q4", DAY, None, responses)


ALL_AT_TARGET = {"AAA-01": 3, "AAA-02": 3, "AAA-03": 3, "BBB-01": 4, "BBB-02": 3}


def test_all_at_target_scores_100_and_ready(mini):
    r = score_assessment(mini, _assessment(ALL_AT_TARGET))
    assert r.score == 100
    assert r.rating == "ready"
    assert r.gaps == []
    # maturity = (3*3 + 2*3 + 1*3 + 5*4 + 4*3) / 15 = 50/15
    assert r.maturity == Fraction(50, 15)


def test_rule1_na_is_left_out_of_every_sum(mini):
    levels: dict[str, object] = {**ALL_AT_TARGET, "AAA-03": "n/a"}
    levels["AAA-02"] = 0
    r = score_assessment(mini, _assessment(levels))
    # applicable weights 3+2+5+4 = 14; AAA-02 scores 0 -> 100 * 12/14
    assert r.weight_sum == 14
    assert r.score == Fraction(100 * 12, 14)
    item = next(i for i in r.items if i.id == "AAA-03")
    assert (item.applicable, item.score, item.gap, item.priority) == (False, None, 0, 0)
    assert r.counts["na"] == 1 and r.counts["applicable"] == 4


def test_rule2_unanswered_scores_as_level_0_and_is_flagged(mini):
    r = score_assessment(mini, _assessment({**ALL_AT_TARGET, "AAA-02": None}))
    item = next(i for i in r.items if i.id == "AAA-02")
    assert item.effective_level == 0 and item.gap == 3
    assert "unanswered" in item.flags
    assert r.score == Fraction(100 * 13, 15)


def test_rule3_unevidenced_caps_one_below_target(mini):
    r = score_assessment(
        mini, _assessment({**ALL_AT_TARGET, "AAA-01": 4}, **{"AAA-01": {"evidence": []}})
    )
    item = next(i for i in r.items if i.id == "AAA-01")
    assert item.effective_level == 2
    assert item.flags == ("unevidenced",)
    assert item.score == Fraction(2, 3) and item.gap == 1
    # 3 * 2/3 = 2 lost 1 point of 15 -> 100 * 14/15
    assert r.score == Fraction(1400, 15)
    assert r.counts["unevidenced"] == 1


def test_rule3_does_not_apply_below_target_or_without_requirement(mini):
    r = score_assessment(
        mini,
        _assessment(
            {**ALL_AT_TARGET, "AAA-01": 2, "AAA-02": 3},
            **{"AAA-01": {"evidence": []}, "AAA-02": {"evidence": []}},
        ),
    )
    a1 = next(i for i in r.items if i.id == "AAA-01")
    a2 = next(i for i in r.items if i.id == "AAA-02")
    assert a1.effective_level == 2 and "unevidenced" not in a1.flags  # below target already
    assert a2.effective_level == 3 and a2.flags == ()  # evidence not required


def test_rule4_target_override_and_cap_above_target(mini):
    r = score_assessment(mini, _assessment({**ALL_AT_TARGET, "BBB-01": 3, "AAA-02": 4}))
    b1 = next(i for i in r.items if i.id == "BBB-01")
    a2 = next(i for i in r.items if i.id == "AAA-02")
    assert b1.item.target == 4 and b1.score == Fraction(3, 4) and b1.gap == 1
    assert a2.score == 1 and a2.gap == 0  # above target counts as target
    assert r.score == 100 * (Fraction(15) - Fraction(5, 4)) / 15


def test_rule5_priority_and_gap_order(mini):
    # AAA-01 critical w3 gap 1 -> 6; BBB-02 w4 gap 1 -> 4; BBB-01 w5 gap 1 -> 5;
    # AAA-02 w2 gap 2 -> 4 (same as BBB-02: checklist order breaks the tie).
    levels = {"AAA-01": 2, "AAA-02": 1, "AAA-03": 3, "BBB-01": 3, "BBB-02": 2}
    r = score_assessment(mini, _assessment(levels))
    assert [(g.id, g.priority) for g in r.gaps] == [
        ("AAA-01", 6),
        ("BBB-01", 5),
        ("AAA-02", 4),
        ("BBB-02", 4),
    ]
    assert r.counts["critical_gaps"] == 1


def test_rating_first_band_by_score(mini):
    # Only non-critical items short: AAA-02 at 0 -> 100*13/15 = 86.7 -> ready
    r = score_assessment(mini, _assessment({**ALL_AT_TARGET, "AAA-02": 0}))
    assert round_half_up(r.score) == 86.7 and r.rating == "ready"
    # BBB-01 at 0 as well -> 100*8/15 = 53.3 -> not_ready by score alone
    r = score_assessment(mini, _assessment({**ALL_AT_TARGET, "AAA-02": 0, "BBB-01": 0}))
    assert r.rating == "not_ready"


def test_critical_gate_caps_at_second_band(mini):
    # AAA-01 (critical) at 2: score 100*14/15 = 93.3, but no better than partially_ready
    r = score_assessment(mini, _assessment({**ALL_AT_TARGET, "AAA-01": 2}))
    assert round_half_up(r.score) == 93.3
    assert r.rating == "partially_ready"


def test_critical_gate_at_zero_gives_last_band(mini):
    # AAA-01 (critical) at 0: score 100*12/15 = 80, which alone would be partially_ready
    r = score_assessment(mini, _assessment({**ALL_AT_TARGET, "AAA-01": 0}))
    assert r.score == 80
    assert r.rating == "not_ready"


def test_critical_gate_uses_effective_level(mini):
    # Declared at target but unevidenced -> effective 2 < 3 -> capped
    r = score_assessment(mini, _assessment(ALL_AT_TARGET, **{"AAA-01": {"evidence": []}}))
    assert r.rating == "partially_ready"


def test_area_scores_and_all_na_area(mini):
    r = score_assessment(mini, _assessment({**ALL_AT_TARGET, "BBB-01": 2, "BBB-02": "n/a"}))
    areas = {a.id: a for a in r.areas}
    assert areas["AAA"].score == 100
    assert areas["BBB"].score == 50  # only BBB-01 applicable: 2/4
    assert areas["BBB"].applicable == 1 and areas["BBB"].gaps == 1
    r = score_assessment(mini, _assessment({**ALL_AT_TARGET, "AAA-03": "n/a", "BBB-02": "n/a"}))
    assert r.areas[1].score == 100


def test_stale_evidence_flag(mini):
    old = [Evidence("old", dt.date(2025, 11, 19)), Evidence("undated")]
    fresh = [Evidence("old", dt.date(2024, 1, 1)), Evidence("new", dt.date(2025, 11, 20))]
    r = score_assessment(
        mini,
        _assessment(ALL_AT_TARGET, **{"AAA-01": {"evidence": old}, "AAA-02": {"evidence": fresh}}),
    )
    flags = {i.id: i.flags for i in r.items}
    # 2025-11-19 is 366 days before 2026-11-20 (> 365): stale; one fresh dated evidence is enough
    assert flags["AAA-01"] == ("stale_evidence",)
    assert flags["AAA-02"] == ()
    # stale evidence is a warning only: the score is untouched
    assert r.score == 100


def test_overdue_flag_only_while_gap_is_open(mini):
    past = {"due": dt.date(2026, 1, 1)}
    r = score_assessment(
        mini, _assessment({**ALL_AT_TARGET, "AAA-02": 1}, **{"AAA-02": past, "BBB-02": past})
    )
    flags = {i.id: i.flags for i in r.items}
    assert flags["AAA-02"] == ("overdue",)
    assert flags["BBB-02"] == ()  # at target: nothing is overdue


def test_score_is_exact_and_rounded_half_up_only_for_display():
    assert round_half_up(Fraction(1685, 20)) == 84.3  # 84.25 -> 84.3 (not banker's 84.2)
    assert round_half_up(Fraction(-1685, 20)) == -84.3
    assert round_half_up(Fraction(2, 3), 4) == 0.6667
    assert round_half_up(None) is None


@pytest.mark.parametrize(
    "exact,shown,expected",
    [
        (Fraction(8499, 100), 85.0, "partially_ready"),  # shows 85.0, is below the 85 band
        (Fraction(85), 85.0, "ready"),  # exactly on the band's floor
        (Fraction(8549, 100), 85.5, "ready"),
        (Fraction(5999, 100), 60.0, "not_ready"),
        (Fraction(60), 60.0, "partially_ready"),
        (Fraction(0), 0.0, "not_ready"),
    ],
)
def test_rating_uses_the_exact_score(mini, exact, shown, expected):
    from readiness.core.scoring import rate

    assert round_half_up(exact) == shown
    assert rate(exact, [], mini) == expected


def test_worked_example_every_figure_by_hand(mini):
    # AAA-01 (w3, critical, evidence required) declared 3 without evidence -> effective 2;
    # AAA-02 (w2) at 2; AAA-03 n/a; BBB-01 (w5, target 4) at 4; BBB-02 (w4) at 1.
    levels: dict[str, object] = {
        "AAA-01": 3,
        "AAA-02": 2,
        "AAA-03": "n/a",
        "BBB-01": 4,
        "BBB-02": 1,
    }
    r = score_assessment(mini, _assessment(levels, **{"AAA-01": {"evidence": []}}))
    # Σw = 3+2+5+4 = 14; Σ w·s = 3·2/3 + 2·2/3 + 5·4/4 + 4·1/3 = 2 + 4/3 + 5 + 4/3 = 29/3
    assert r.weight_sum == 14
    assert r.score == Fraction(2900, 42)  # 100 · (29/3) / 14 = 69.047…
    assert round_half_up(r.score) == 69.0
    # maturity = (3·2 + 2·2 + 5·4 + 4·1) / 14 = 34/14 = 2.43
    assert r.maturity == Fraction(34, 14) and round_half_up(r.maturity, 2) == 2.43
    # 69.0 is in the 60 band, and the critical AAA-01 below target caps there too.
    assert r.rating == "partially_ready"
    # priorities: BBB-02 4·2 = 8, AAA-01 3·1·2 = 6, AAA-02 2·1 = 2; BBB-01 at target
    assert [(g.id, g.gap, g.priority) for g in r.gaps] == [
        ("BBB-02", 2, 8),
        ("AAA-01", 1, 6),
        ("AAA-02", 1, 2),
    ]
    # areas: AAA = 100 · (2 + 4/3) / 5 = 66.7; BBB = 100 · (5 + 4/3) / 9 = 70.4
    assert [(a.id, round_half_up(a.score)) for a in r.areas] == [("AAA", 66.7), ("BBB", 70.4)]
    assert r.counts == {
        "items": 5,
        "applicable": 4,
        "na": 1,
        "gaps": 3,
        "critical_gaps": 1,
        "unevidenced": 1,
    }


# --- SPEC §14: explained ratings, action status, exceptions -------------------------------

EXC = ApprovedException(
    reason="Secure line to INTERPOL delivered in March",
    approved_by="Head of Directorate",
    approved_on=dt.date(2026, 10, 1),
    expires=dt.date(2027, 3, 31),
)


def test_rating_by_score_and_capped_by_absent_critical(mini):
    # AAA-01 (critical, w3) at 0: score 100 * 12/15 = 80 -> partially_ready by score;
    # the critical_absent gate allows only the last band -> not_ready, capped by AAA-01.
    r = score_assessment(mini, _assessment({**ALL_AT_TARGET, "AAA-01": 0}))
    assert r.score == 80
    assert (r.rating_by_score, r.rating) == ("partially_ready", "not_ready")
    assert r.rating_capped_by == [RatingCap("AAA-01", 0, 3, "critical_absent")]


def test_rating_capped_by_below_target_only_when_it_lowers(mini):
    # AAA-01 at 2: score 100 * 14/15 = 93.3 -> ready by score; capped at partially_ready.
    r = score_assessment(mini, _assessment({**ALL_AT_TARGET, "AAA-01": 2}))
    assert (r.rating_by_score, r.rating) == ("ready", "partially_ready")
    assert r.rating_capped_by == [RatingCap("AAA-01", 2, 3, "critical_below_target")]
    # Same item at 2 but BBB-01 at 0 too: 100 * (14 - 5)/15 = 60 -> partially_ready by score;
    # the below-target gate allows that band, so nothing capped the rating.
    r = score_assessment(mini, _assessment({**ALL_AT_TARGET, "AAA-01": 2, "BBB-01": 0}))
    assert r.score == 60
    assert (r.rating_by_score, r.rating, r.rating_capped_by) == (
        "partially_ready",
        "partially_ready",
        [],
    )


def test_not_capped_when_score_alone_rates(mini):
    r = score_assessment(mini, _assessment(ALL_AT_TARGET))
    assert (r.rating_by_score, r.rating, r.rating_capped_by) == ("ready", "ready", [])
    assert r.rating_without_exceptions == "ready"


def test_status_done_does_not_clear_overdue_gap_but_flags_done_gap_open(mini):
    # AAA-02 at 1 (target 3), due 2026-01-01 before assessed_on 2026-11-20.
    past = dt.date(2026, 1, 1)
    cases = {
        "open": ("overdue",),
        "in_progress": ("overdue",),
        None: ("overdue",),
        "done": ("done_gap_open",),  # reported done, yet still below target
        "dropped": (),
    }
    for status, flags in cases.items():
        r = score_assessment(
            mini,
            _assessment(
                {**ALL_AT_TARGET, "AAA-02": 1}, **{"AAA-02": {"due": past, "status": status}}
            ),
        )
        item = next(i for i in r.items if i.id == "AAA-02")
        assert item.flags == flags, status
    # done at target: nothing to flag
    r = score_assessment(mini, _assessment(ALL_AT_TARGET, **{"AAA-02": {"status": "done"}}))
    assert next(i for i in r.items if i.id == "AAA-02").flags == ()


def test_exception_lifts_the_gate_of_its_item_only_and_never_the_score(mini):
    # AAA-01 (critical) at 0 with an exception in force on 2026-11-20 (expires 2027-03-31).
    # Score 100 * 12/15 = 80 with or without it; the gate is lifted -> partially_ready;
    # without the exception the rating would be not_ready.
    r = score_assessment(
        mini, _assessment({**ALL_AT_TARGET, "AAA-01": 0}, **{"AAA-01": {"exception": EXC}})
    )
    assert r.score == 80
    assert r.rating == "partially_ready"
    assert r.rating_without_exceptions == "not_ready"
    assert r.rating_capped_by == []
    assert [i.id for i in r.exceptions_lifting] == ["AAA-01"]
    item = next(i for i in r.items if i.id == "AAA-01")
    assert item.exception_active and item.effective_level == 0 and item.gap == 3
    assert item.priority == 3 * 3 * 2  # the gap still counts in full


def test_exception_expired_has_no_effect_and_is_flagged(mini):
    expired = dataclasses.replace(EXC, expires=dt.date(2026, 11, 19))  # the day before
    r = score_assessment(
        mini, _assessment({**ALL_AT_TARGET, "AAA-01": 0}, **{"AAA-01": {"exception": expired}})
    )
    assert r.rating == r.rating_without_exceptions == "not_ready"
    item = next(i for i in r.items if i.id == "AAA-01")
    assert not item.exception_active and item.flags == ("exception_expired",)
    # expiring on assessed_on itself is still in force
    on_the_day = dataclasses.replace(EXC, expires=DAY)
    r = score_assessment(
        mini, _assessment({**ALL_AT_TARGET, "AAA-01": 0}, **{"AAA-01": {"exception": on_the_day}})
    )
    assert r.rating == "partially_ready"


def test_exception_on_one_item_leaves_other_gates(mini):
    # Make BBB-01 (w5, target 4) critical as well. AAA-01 at 0 is excused; BBB-01 at 3 is not.
    # (A copy: loaded checklists are cached and shared by other tests.)
    bbb = mini.areas[1]
    mini = dataclasses.replace(
        mini,
        areas=[
            mini.areas[0],
            dataclasses.replace(
                bbb, items=(dataclasses.replace(bbb.items[0], critical=True), *bbb.items[1:])
            ),
        ],
    )
    mini.__dict__.pop("_item_index", None)
    r = score_assessment(
        mini,
        _assessment({**ALL_AT_TARGET, "AAA-01": 0, "BBB-01": 3}, **{"AAA-01": {"exception": EXC}}),
    )
    # score = 100 * (15 - 3 - 5/4)/15 = 71.7 -> partially_ready by score; BBB-01's
    # below-target gate allows that band; AAA-01's absent gate is lifted -> partially_ready.
    assert round_half_up(r.score) == 71.7
    assert (r.rating_by_score, r.rating, r.rating_capped_by) == (
        "partially_ready",
        "partially_ready",
        [],
    )
    assert r.rating_without_exceptions == "not_ready"
    # Now excuse BBB-01 instead: AAA-01's absent gate still holds the rating at not_ready.
    r = score_assessment(
        mini,
        _assessment({**ALL_AT_TARGET, "AAA-01": 0, "BBB-01": 3}, **{"BBB-01": {"exception": EXC}}),
    )
    assert r.rating == "not_ready"
    assert r.rating_capped_by == [RatingCap("AAA-01", 0, 3, "critical_absent")]
