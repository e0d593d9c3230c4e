"""Reading HQ's follow-up rules (`aggregate --rules FILE`), a YAML file of data only
(core/follow_up.py describes the shape); problems come back at their line and column."""

from __future__ import annotations

import os
import stat

from readiness.core.follow_up import Policy, parse_policy
from readiness.core.model import Checklist
from readiness.core.problems import ERROR, Problem
from readiness.i18n import Message
from readiness.reading.yaml_loading import load_yaml_bytes

MAX_RULES_BYTES = 256 * 1024


def read_rules(file: str, checklist: Checklist) -> tuple[Policy | None, list[Problem]]:
    try:
        info = os.stat(file)
    except OSError as exc:
        return None, [Problem(ERROR, Message("rules.cannot_read", reason=str(exc.strerror or exc)))]
    if not stat.S_ISREG(info.st_mode):
        return None, [Problem(ERROR, Message("rules.not_regular"))]
    if info.st_size > MAX_RULES_BYTES:
        return None, [Problem(ERROR, Message("rules.too_big", limit=MAX_RULES_BYTES))]
    with open(file, "rb") as fh:
        doc = load_yaml_bytes(fh.read(MAX_RULES_BYTES + 1), what="rules file")
    if doc.problems:
        return None, doc.problems
    return parse_policy(doc.data, checklist, file, doc.position)
