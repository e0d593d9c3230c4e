"""Reading any kind of assessment input: YAML, questionnaire or gap-report workbook.

Every failure comes back as problems on the result, never as an exception, so that
one bad file among many is reported and the rest goes on.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from readiness import limits
from readiness.core.loaded import LoadedAssessment
from readiness.core.problems import ERROR, Problem
from readiness.i18n import Message
from readiness.reading.checklists import choose_checklist
from readiness.reading.file_reading import UnreadableInput, read_up_to, too_big_message
from readiness.reading.validation import validate_assessment
from readiness.reading.yaml_loading import YamlDocument, load_yaml_bytes

YAML_SUFFIXES = (".yaml", ".yml")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
ZIP_MAGIC = b"PK\x03\x04"


def yaml_locator(doc: YamlDocument) -> Any:
    def locate(path: tuple[Any, ...], is_key: bool) -> dict[str, Any]:
        line, col = doc.key_position(path) if is_key else doc.position(path)
        return {"line": line, "column": col}

    return locate


def _located(problems: list[Problem], doc: YamlDocument) -> list[Problem]:
    """Problems about the chosen checklist, placed at the key they are about."""
    out = []
    for p in problems:
        if p.line is None and p.path and isinstance(doc.data, dict) and p.path in doc.data:
            line, column = doc.position((p.path,))
        elif p.line is None:
            line, column = 1, 1
        else:
            out.append(p)
            continue
        out.append(dataclasses.replace(p, line=line, column=column))
    return out


OLE2_MAGIC = b"\xd0\xcf\x11\xe0"  # Excel 97-2003 .xls, Word .doc
PDF_MAGIC = b"%PDF"
# Kinds of file people send instead of an assessment, by extension: the catalogue key of
# the message saying what it is and what to do.
FOREIGN_KINDS = {
    ".xls": "foreign.xls",
    ".ods": "foreign.ods",
    ".csv": "foreign.csv",
    ".doc": "foreign.doc",
    ".docx": "foreign.doc",
    ".pdf": "foreign.pdf",
    ".json": "foreign.json",
}


def foreign_kind(suffix: str, head: bytes) -> str | None:
    """A message naming what the file is and what to do, for files that are not an
    assessment in any form readiness reads; None for everything else."""
    key = FOREIGN_KINDS.get(suffix)
    if key is None and head.startswith(OLE2_MAGIC):
        key = "foreign.ole2"
    if key is None and head.startswith(PDF_MAGIC):
        key = FOREIGN_KINDS[".pdf"]
    return None if key is None else Message(key)


def sniff_kind(path: Path, head: bytes) -> str:
    """'yaml' or 'workbook', from the content first, the name second."""
    if head.startswith(ZIP_MAGIC):
        return "workbook"
    return "yaml"


def read_assessment(
    file: str,
    *,
    checklist_spec: str | None = None,
    allow_incomplete: bool = False,
) -> LoadedAssessment:
    path = Path(file)
    result = LoadedAssessment(file=file)
    suffix = path.suffix.lower()
    # One bounded read of a regular file (file_reading.py); the limit depends on the kind,
    # known from the content, so the larger one bounds the read.
    try:
        raw, size = read_up_to(path, max(limits.MAX_YAML_BYTES, limits.MAX_WORKBOOK_BYTES))
    except UnreadableInput as exc:
        result.problems.append(exc.problem)
        return result
    head = raw[:8]
    foreign = foreign_kind(suffix, head)
    if foreign is not None:
        result.problems.append(Problem(ERROR, foreign, line=1, column=1))
        return result
    kind = sniff_kind(path, head)
    if suffix in WORKBOOK_SUFFIXES and kind != "workbook":
        result.problems.append(Problem(ERROR, Message("read.named_xlsx_not_zip")))
        return result
    if suffix in YAML_SUFFIXES and kind == "workbook":
        result.problems.append(Problem(ERROR, Message("read.named_yaml_is_zip")))
        return result
    if kind == "workbook":
        if len(raw) > limits.MAX_WORKBOOK_BYTES:
            message = too_big_message("workbook", size, limits.MAX_WORKBOOK_BYTES)
            result.problems.append(Problem(ERROR, message))
            return result
        from readiness.reading.workbook_input import read_workbook_assessment

        return read_workbook_assessment(
            result, raw, checklist_spec=checklist_spec, allow_incomplete=allow_incomplete
        )
    if len(raw) > limits.MAX_YAML_BYTES:
        message = too_big_message("file", size, limits.MAX_YAML_BYTES)
        result.problems.append(Problem(ERROR, message))
        return result
    return _read_yaml(result, raw, checklist_spec, allow_incomplete)


def _read_yaml(
    result: LoadedAssessment, raw: bytes, checklist_spec: str | None, allow_incomplete: bool
) -> LoadedAssessment:
    doc = load_yaml_bytes(raw)
    if doc.problems:
        result.problems.extend(doc.problems)
        if doc.data is None:
            return result
    data = doc.data if isinstance(doc.data, dict) else {}
    version = data.get("checklist_version")
    if version is not None and not isinstance(version, str):
        version = doc.raw_text.get(("checklist_version",), str(version))
    checklist, problems = choose_checklist(data.get("checklist"), checklist_spec, version)
    result.problems.extend(_located(problems, doc))
    if checklist is None:
        return result
    result.checklist = checklist
    assessment, problems = validate_assessment(
        doc.data,
        checklist,
        yaml_locator(doc),
        allow_incomplete=allow_incomplete,
        raw_text=doc.raw_text,
    )
    result.problems.extend(problems)
    if not any(p.is_error for p in result.problems):
        result.assessment = assessment
    return result
