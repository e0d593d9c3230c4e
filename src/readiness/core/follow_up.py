"""Follow-up classes: HQ's policy as data (SPEC §15), like FATF's regular and enhanced
follow-up.

A policy is a list of rules, evaluated in order, the first whose conditions all hold
choosing the class; `default` is the class when none does. Conditions are a fixed set of
named tests on a submission's figures: nothing from the rules file is ever evaluated as
code. The file's shape (YAML):

    rules:
      - name: lowest band              # shown in the outputs beside the class
        class: enhanced
        when: {rating: last}           # a band key, a list of keys, or `last`
      - name: critical item at 0
        class: enhanced
        when: {critical_at_zero: {at_least: 1}}
    default: regular

Counting conditions (`score`, `gaps`, `critical_gaps`, `critical_at_zero`,
`overdue_actions`, `exceptions`) take one or more of `below`, `at_most`, `equals`,
`at_least`, `above`; `gaps_in_area` takes `area` and the same comparisons.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from readiness.core.model import Checklist
from readiness.core.problems import ERROR, Problem
from readiness.i18n import Listed, Message

COUNTS = (
    "score",
    "gaps",
    "critical_gaps",
    "critical_at_zero",
    "overdue_actions",
    "exceptions",
)
CONDITIONS = (*COUNTS, "rating", "gaps_in_area")
COMPARISONS = ("below", "at_most", "equals", "at_least", "above")
LAST_BAND = "last"
MAX_RULES = 100

_TESTS: dict[str, Callable[[Fraction, Fraction], bool]] = {
    "below": lambda v, x: v < x,
    "at_most": lambda v, x: v <= x,
    "equals": lambda v, x: v == x,
    "at_least": lambda v, x: v >= x,
    "above": lambda v, x: v > x,
}


@dataclass(frozen=True, slots=True)
class Figures:
    """What a rule may look at in one submission."""

    score: Fraction | None
    rating: str | None
    gaps: int
    critical_gaps: int
    critical_at_zero: int
    overdue_actions: int
    exceptions: int
    gaps_by_area: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class Condition:
    what: str  # one of CONDITIONS
    comparisons: tuple[tuple[str, Fraction], ...] = ()
    bands: frozenset[str] = frozenset()
    area: str | None = None

    def holds(self, f: Figures) -> bool:
        if self.what == "rating":
            return f.rating is not None and f.rating in self.bands
        if self.what == "gaps_in_area":
            value: Fraction | int | None = f.gaps_by_area.get(self.area or "", 0)
        else:
            value = getattr(f, self.what)
        if value is None:  # no score: no applicable item, nothing to compare
            return False
        v = Fraction(value)
        return all(_TESTS[op](v, x) for op, x in self.comparisons)


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    cls: str
    conditions: tuple[Condition, ...]

    def matches(self, f: Figures) -> bool:
        return all(c.holds(f) for c in self.conditions)


@dataclass(frozen=True, slots=True)
class Classified:
    cls: str
    rule: str


DEFAULT_RULE = "default"


@dataclass(frozen=True)
class Policy:
    rules: tuple[Rule, ...]
    default: str
    source: str  # "built-in" or the rules file as given

    def classify(self, f: Figures) -> Classified:
        for rule in self.rules:
            if rule.matches(f):
                return Classified(rule.cls, rule.name)
        return Classified(self.default, DEFAULT_RULE)

    @property
    def classes(self) -> list[str]:
        """Every class the policy can give, in the order first named."""
        seen = dict.fromkeys([*(r.cls for r in self.rules), self.default])
        return list(seen)


BUILT_IN = "built-in"


def default_policy(checklist: Checklist) -> Policy:
    """SPEC §15: enhanced when the rating is the last band, or any critical item is at 0,
    or 3 or more actions are overdue; else regular."""
    last = checklist.rating_bands[-1].key
    return Policy(
        rules=(
            Rule("lowest band", "enhanced", (Condition("rating", bands=frozenset({last})),)),
            Rule(
                "critical item at 0",
                "enhanced",
                (Condition("critical_at_zero", (("at_least", Fraction(1)),)),),
            ),
            Rule(
                "3 or more overdue actions",
                "enhanced",
                (Condition("overdue_actions", (("at_least", Fraction(3)),)),),
            ),
        ),
        default="regular",
        source=BUILT_IN,
    )


Locate = Callable[[tuple[Any, ...]], tuple[int | None, int | None]]


def parse_policy(
    data: Any, checklist: Checklist, source: str, locate: Locate
) -> tuple[Policy | None, list[Problem]]:
    """The policy a loaded rules file describes, or None with every problem located."""
    problems: list[Problem] = []

    def problem(path: tuple[Any, ...], message: str) -> None:
        line, column = locate(path)
        dotted = ".".join(str(p) for p in path)
        problems.append(Problem(ERROR, message, dotted, line, column))

    if not isinstance(data, dict):
        problem((), Message("rules.not_mapping"))
        return None, problems
    for key in data:
        if key not in ("rules", "default"):
            problem((key,), Message("rules.unknown_key", key=key))
    default = data.get("default")
    if not _is_name(default):
        problem(
            ("default",) if "default" in data else (),
            Message("rules.default"),
        )
    raw_rules = data.get("rules")
    rules: list[Rule] = []
    if not isinstance(raw_rules, list):
        problem(("rules",) if "rules" in data else (), Message("rules.rules_list"))
        raw_rules = []
    if len(raw_rules) > MAX_RULES:
        problem(("rules",), Message("rules.too_many", n=len(raw_rules), limit=MAX_RULES))
        raw_rules = []
    names: dict[str, int] = {}
    for i, raw in enumerate(raw_rules):
        at = ("rules", i)
        if not isinstance(raw, dict):
            problem(at, Message("rules.rule_mapping"))
            continue
        for key in raw:
            if key not in ("name", "class", "when"):
                problem((*at, key), Message("rules.rule_unknown_key", key=key))
        name: Any = raw.get("name")
        cls: Any = raw.get("class")
        if not _is_name(name):
            problem((*at, "name") if "name" in raw else at, Message("rules.name_needed"))
        elif name in names:
            problem((*at, "name"), Message("rules.name_twice", name=name, rule=names[name] + 1))
        else:
            names[name] = i
        if not _is_name(cls):
            problem((*at, "class") if "class" in raw else at, Message("rules.class_needed"))
        conditions = _conditions(raw.get("when"), (*at, "when"), checklist, problem)
        if _is_name(name) and _is_name(cls) and conditions is not None:
            rules.append(Rule(name.strip(), cls.strip(), conditions))
    if problems:
        return None, problems
    assert isinstance(default, str)
    return Policy(tuple(rules), default.strip(), source), problems


def _is_name(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and len(value) <= 100


def _conditions(
    raw: Any,
    at: tuple[Any, ...],
    checklist: Checklist,
    problem: Callable[[tuple[Any, ...], str], None],
) -> tuple[Condition, ...] | None:
    if not isinstance(raw, dict) or not raw:
        problem(
            at if raw is not None else at[:-1],
            Message("rules.when_mapping", conditions=Listed(CONDITIONS)),
        )
        return None
    out: list[Condition] = []
    ok = True
    for what, value in raw.items():
        where = (*at, what)
        if what not in CONDITIONS:
            problem(
                where,
                Message("rules.unknown_condition", condition=what, conditions=Listed(CONDITIONS)),
            )
            ok = False
        elif what == "rating":
            bands = _bands(value, where, checklist, problem)
            ok = ok and bands is not None
            if bands is not None:
                out.append(Condition("rating", bands=bands))
        elif what == "gaps_in_area":
            area_ids = [a.id for a in checklist.areas]
            area = value.get("area") if isinstance(value, dict) else None
            if area not in area_ids:
                problem(
                    (*where, "area") if isinstance(value, dict) and "area" in value else where,
                    Message("rules.area_needed", areas=Listed(area_ids)),
                )
                ok = False
                continue
            rest = {k: v for k, v in value.items() if k != "area"}
            comparisons = _comparisons(rest, where, problem, whole=True)
            ok = ok and comparisons is not None
            if comparisons is not None:
                out.append(Condition("gaps_in_area", comparisons, area=area))
        else:
            comparisons = _comparisons(value, where, problem, whole=what != "score")
            ok = ok and comparisons is not None
            if comparisons is not None:
                out.append(Condition(what, comparisons))
    return tuple(out) if ok else None


def _bands(
    value: Any,
    at: tuple[Any, ...],
    checklist: Checklist,
    problem: Callable[[tuple[Any, ...], str], None],
) -> frozenset[str] | None:
    keys = [band.key for band in checklist.rating_bands]
    given = value if isinstance(value, list) else [value]
    bands: set[str] = set()
    for key in given:
        if key in keys:
            bands.add(key)
        elif key == LAST_BAND:
            bands.add(keys[-1])
        else:
            problem(
                at,
                Message(
                    "rules.rating_bands",
                    id=checklist.id,
                    keys=Listed(keys),
                    last=LAST_BAND,
                    value=repr(key),
                ),
            )
            return None
    return frozenset(bands)


def _comparisons(
    value: Any,
    at: tuple[Any, ...],
    problem: Callable[[tuple[Any, ...], str], None],
    *,
    whole: bool,
) -> tuple[tuple[str, Fraction], ...] | None:
    if not isinstance(value, dict) or not value:
        problem(
            at,
            Message("rules.comparisons", condition=at[-1], comparisons=Listed(COMPARISONS)),
        )
        return None
    out: list[tuple[str, Fraction]] = []
    for op, number in value.items():
        if op not in COMPARISONS:
            problem(
                (*at, op),
                Message("rules.unknown_comparison", op=op, comparisons=Listed(COMPARISONS)),
            )
            return None
        if isinstance(number, bool) or not isinstance(number, int | float):
            problem((*at, op), Message("rules.number", op=op))
            return None
        if (isinstance(number, float) and not math.isfinite(number)) or abs(number) > 1e9:
            problem((*at, op), Message("rules.number_range", op=op))
            return None
        if whole and number != int(number):
            problem((*at, op), Message("rules.whole_number", op=op))
            return None
        # Decimal text as written (60.5 stays 121/2), never a binary float's expansion.
        out.append((op, Fraction(str(number))))
    return tuple(out)
