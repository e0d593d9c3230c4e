"""Opening untrusted workbooks safely (SPEC §10).

Workbooks come from many units and are not trusted. Before openpyxl parses any XML, the
archive's own directory is checked: its size on disk, how many parts it has, how big they
would be once unpacked and how strongly each is compressed (zip bombs), and that it is an
Excel workbook at all; then the parts are streamed once to count their XML tags, which is
what parsing costs. The XML is then parsed by openpyxl through defusedxml (entity
expansion, external entities and DTDs refused), which openpyxl uses whenever it is installed;
reading refuses to go on without it.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from readiness import limits
from readiness.core.problems import ERROR, Problem
from readiness.i18n import Message
from readiness.internal_errors import raised_while_parsing
from readiness.reading.file_reading import (
    UnreadableInput,
    read_bounded,
    thing_named,
    too_big_message,
)

# A part this small cannot be a bomb whatever its compression ratio (an empty sheet's XML
# compresses very well), so the ratio is only checked above it.
RATIO_CHECK_MIN_BYTES = 1024 * 1024

# The namespaces of Strict Open XML (ISO 29500 strict); transitional files, which Excel and
# openpyxl write, use schemas.openxmlformats.org.
_STRICT = b"purl.oclc.org/ooxml/"

# What to do with a workbook readiness cannot read; part of several messages.
_SAVE_AS_XLSX = Message("wb.save_as_xlsx")


class WorkbookError(Exception):
    """The workbook cannot be read; the problems say why, for the user."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def _error(message: str | Message) -> Problem:
    return Problem(ERROR, message)


def workbook_bytes(source: Path | bytes) -> bytes:
    """The workbook's bytes, read once and bounded (file_reading.py); WorkbookError if not."""
    if isinstance(source, bytes):
        if len(source) > limits.MAX_WORKBOOK_BYTES:
            message = too_big_message("workbook", len(source), limits.MAX_WORKBOOK_BYTES)
            raise WorkbookError([_error(message)])
        return source
    try:
        return read_bounded(source, limits.MAX_WORKBOOK_BYTES, what="workbook")
    except UnreadableInput as exc:
        raise WorkbookError([exc.problem]) from None


def archive_problems(source: Path | bytes) -> list[Problem]:
    """Every reason not to unpack this workbook (a path or its bytes); empty when it may be
    opened."""
    try:
        data = workbook_bytes(source)
    except WorkbookError as exc:
        return exc.problems
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        return [_error(Message("wb.damaged_archive", fix=_SAVE_AS_XLSX))]
    if len(infos) > limits.MAX_WORKBOOK_PARTS:
        return [_error(Message("wb.too_many_parts", n=len(infos), limit=limits.MAX_WORKBOOK_PARTS))]
    problems: list[Problem] = []
    total = sum(info.file_size for info in infos)
    if total > limits.MAX_WORKBOOK_UNPACKED_BYTES:
        problems.append(
            _error(Message("wb.unpacks_too_big", n=total, limit=limits.MAX_WORKBOOK_UNPACKED_BYTES))
        )
    for info in infos:
        if info.file_size < RATIO_CHECK_MIN_BYTES:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.MAX_WORKBOOK_COMPRESSION_RATIO:
            problems.append(
                _error(
                    Message(
                        "wb.compressed_too_much",
                        part=info.filename,
                        ratio=round(ratio),
                        limit=limits.MAX_WORKBOOK_COMPRESSION_RATIO,
                    )
                )
            )
            break
    if any(info.flag_bits & 0x1 for info in infos):
        problems.append(_error(Message("wb.encrypted")))
    # Excel only stores or deflates. Python unpacks bzip2 and lzma without an output bound, so
    # a kilobyte lying about its size would become gigabytes.
    if any(info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) for info in infos):
        problems.append(_error(Message("wb.compression_method", fix=_SAVE_AS_XLSX)))
    if problems:
        return problems
    return _kind_problems({info.filename for info in infos}) or _tag_problems(data, infos)


def _tag_problems(data: bytes, infos: list[zipfile.ZipInfo]) -> list[Problem]:
    """Count the XML tags ('<' starts each one in every encoding expat reads) by streaming
    the parts through zlib, before any XML parser sees them. Every part counts, whatever its
    name: openpyxl finds parts through relationships, not names. This also checks each
    part's CRC, so that a damaged archive, or one lying about its sizes, is found here."""
    tags = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in infos:
                with archive.open(info) as part:
                    while chunk := part.read(1 << 20):
                        tags += chunk.count(b"<")
                        if info.filename == "xl/workbook.xml" and _STRICT in chunk:
                            return [_error(Message("wb.strict_xml"))]
                if tags > limits.MAX_WORKBOOK_XML_TAGS:
                    return [_error(Message("wb.too_many_tags", limit=limits.MAX_WORKBOOK_XML_TAGS))]
    except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError):
        return [_error(Message("wb.damaged_part", fix=_SAVE_AS_XLSX))]
    except RuntimeError:  # an encrypted part (the flag bit was hidden from the directory)
        return [_error(Message("wb.encrypted"))]
    return []


def has_formulas(data: bytes) -> bool:
    """Whether any worksheet holds a formula (an <f> element). Only then is a sheet read a
    second time to find formulas without a saved value (read for values, openpyxl gives
    None for them, as for an empty cell). Called after archive_problems passed."""
    tail = b""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            if not info.filename.startswith("xl/worksheets/"):
                continue
            with archive.open(info) as part:
                while chunk := part.read(1 << 20):
                    window = tail + chunk
                    # <f>, <f t="shared" ...>, and the same with a namespace prefix.
                    if any(tag in window for tag in (b"<f>", b"<f ", b":f>", b":f ")):
                        return True
                    tail = chunk[-8:]
    return False


def _kind_problems(names: set[str]) -> list[Problem]:
    """A zip archive that is not an .xlsx workbook gets a message saying what it is."""
    if "xl/workbook.xml" in names and "[Content_Types].xml" in names:
        return []
    if "xl/workbook.bin" in names:
        what = "xlsb"
    elif "content.xml" in names and "mimetype" in names:
        what = "ods"
    elif "word/document.xml" in names:
        what = "docx"
    elif "ppt/presentation.xml" in names:
        what = "pptx"
    else:
        what = "zip"
    return [_error(Message("wb.file_is", what=Message(f"wb.kind_{what}"), fix=_SAVE_AS_XLSX))]


def xml_protection_problems() -> list[Problem]:
    """openpyxl must parse through defusedxml (it can be switched off by environment)."""
    import openpyxl

    if getattr(openpyxl, "DEFUSEDXML", False):
        return []
    return [_error(Message("wb.no_defusedxml"))]


_DEFUSED_ERRORS = {
    "EntitiesForbidden",
    "DTDForbidden",
    "ExternalReferenceForbidden",
    "NotSupportedError",
}


def describe_read_error(exc: BaseException) -> Message:
    """What to tell the user when openpyxl fails on a workbook that passed the checks."""
    name = type(exc).__name__
    # openpyxl re-raises parse errors as a bare ValueError; the cause says what happened.
    chain: list[BaseException] = []
    cause: BaseException | None = exc
    while cause is not None and len(chain) < 10:
        chain.append(cause)
        cause = cause.__cause__ or cause.__context__
    if any(type(e).__name__ in _DEFUSED_ERRORS for e in chain):
        return Message("wb.xml_entities")
    if isinstance(exc, zipfile.BadZipFile):
        return Message("wb.damaged_part", fix=_SAVE_AS_XLSX)
    if isinstance(exc, (SyntaxError, ValueError, KeyError, TypeError, IndexError)):
        return Message("wb.not_spreadsheet", fix=_SAVE_AS_XLSX)
    if isinstance(exc, MemoryError | RecursionError):
        return Message("wb.too_nested")
    if isinstance(exc, OSError):
        return Message(
            "read.cannot_read", what=thing_named("workbook"), reason=str(exc.strerror or exc)
        )
    return Message("wb.cannot_read_kind", kind=name, fix=_SAVE_AS_XLSX)


def open_workbook(source: Path | bytes, *, data_only: bool = True) -> Any:
    """openpyxl's read-only workbook, after every check; WorkbookError if it cannot be.

    The caller must close it (`wb.close()`). Parsing of sheets is lazy in read-only mode,
    so reading cells can still fail: wrap that in `except Exception`, re-raise what
    `raised_while_parsing` says is not the file's fault, and use `describe_read_error`.
    """
    data = workbook_bytes(source)
    problems = archive_problems(data) or xml_protection_problems()
    if problems:
        raise WorkbookError(problems)
    from openpyxl import load_workbook

    try:
        return load_workbook(
            io.BytesIO(data), read_only=True, data_only=data_only, keep_links=False
        )
    except Exception as exc:  # a failure to parse untrusted input is a problem report
        if not raised_while_parsing(exc):
            raise  # a bug in readiness is an internal error (internal_errors.py)
        raise WorkbookError([_error(describe_read_error(exc))]) from exc
