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
from readiness.internal_errors import raised_while_parsing
from readiness.reading.file_reading import UnreadableInput, read_bounded, too_big_message

# A part this small cannot be a bomb whatever its compression ratio (an empty sheet's XML
# compresses very well), so the ratio is only checked above it.
RATIO_CHECK_MIN_BYTES = 1024 * 1024

# The namespaces of Strict Open XML (ISO 29500 strict); transitional files, which Excel and
# openpyxl write, use schemas.openxmlformats.org.
_STRICT = b"purl.oclc.org/ooxml/"

_SAVE_AS_XLSX = "open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx)"


class WorkbookError(Exception):
    """The workbook cannot be read; the problems say why, for the user."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems


def _error(message: str) -> Problem:
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
        return [
            _error(
                "the workbook is damaged or incomplete (truncated download or copy?): "
                f"it is not a readable .xlsx archive; {_SAVE_AS_XLSX} again"
            )
        ]
    if len(infos) > limits.MAX_WORKBOOK_PARTS:
        return [
            _error(
                f"the workbook archive has {len(infos):,} parts; at most "
                f"{limits.MAX_WORKBOOK_PARTS:,} are accepted"
            )
        ]
    problems: list[Problem] = []
    total = sum(info.file_size for info in infos)
    if total > limits.MAX_WORKBOOK_UNPACKED_BYTES:
        problems.append(
            _error(
                f"the workbook would unpack to {total:,} bytes; at most "
                f"{limits.MAX_WORKBOOK_UNPACKED_BYTES:,} are accepted (a zip bomb?)"
            )
        )
    for info in infos:
        if info.file_size < RATIO_CHECK_MIN_BYTES:
            continue
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.MAX_WORKBOOK_COMPRESSION_RATIO:
            problems.append(
                _error(
                    f"the workbook part {info.filename} is compressed {ratio:,.0f} times; "
                    f"at most {limits.MAX_WORKBOOK_COMPRESSION_RATIO} are accepted "
                    "(a zip bomb?)"
                )
            )
            break
    if any(info.flag_bits & 0x1 for info in infos):
        problems.append(_error("the workbook archive is encrypted; save it without a password"))
    # Excel only stores or deflates. Python unpacks bzip2 and lzma without an output bound, so
    # a kilobyte lying about its size would become gigabytes.
    if any(info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) for info in infos):
        problems.append(
            _error(
                "the workbook archive uses a compression method that Excel never writes; "
                f"{_SAVE_AS_XLSX}"
            )
        )
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
                            return [
                                _error(
                                    "the workbook is saved as Strict Open XML, which readiness "
                                    "does not read; in Excel, save it as 'Excel Workbook "
                                    "(.xlsx)' (not 'Strict Open XML Spreadsheet')"
                                )
                            ]
                if tags > limits.MAX_WORKBOOK_XML_TAGS:
                    return [
                        _error(
                            f"the workbook holds more than {limits.MAX_WORKBOOK_XML_TAGS:,} "
                            "XML tags; it is far larger than any assessment"
                        )
                    ]
    except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError):
        return [
            _error(f"the workbook is damaged (a part cannot be unpacked); {_SAVE_AS_XLSX} again")
        ]
    except RuntimeError:  # an encrypted part (the flag bit was hidden from the directory)
        return [_error("the workbook archive is encrypted; save it without a password")]
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
        what = "an Excel binary workbook (.xlsb), which readiness does not read"
    elif "content.xml" in names and "mimetype" in names:
        what = "an OpenDocument file (.ods), not an Excel workbook"
    elif "word/document.xml" in names:
        what = "a Word document, not an Excel workbook"
    elif "ppt/presentation.xml" in names:
        what = "a PowerPoint presentation, not an Excel workbook"
    else:
        what = "a zip archive, but not an Excel workbook"
    return [_error(f"this file is {what}; {_SAVE_AS_XLSX}")]


def xml_protection_problems() -> list[Problem]:
    """openpyxl must parse through defusedxml (it can be switched off by environment)."""
    import openpyxl

    if getattr(openpyxl, "DEFUSEDXML", False):
        return []
    return [
        _error(
            "refusing to read a workbook without XML-bomb protection: install defusedxml "
            "and do not set OPENPYXL_DEFUSEDXML=False"
        )
    ]


_DEFUSED_ERRORS = {
    "EntitiesForbidden",
    "DTDForbidden",
    "ExternalReferenceForbidden",
    "NotSupportedError",
}


def describe_read_error(exc: BaseException) -> str:
    """What to tell the user when openpyxl fails on a workbook that passed the checks."""
    name = type(exc).__name__
    # openpyxl re-raises parse errors as a bare ValueError; the cause says what happened.
    chain: list[BaseException] = []
    cause: BaseException | None = exc
    while cause is not None and len(chain) < 10:
        chain.append(cause)
        cause = cause.__cause__ or cause.__context__
    if any(type(e).__name__ in _DEFUSED_ERRORS for e in chain):
        return (
            "the workbook contains XML entity declarations, which Excel never writes; "
            "it was refused as unsafe"
        )
    if isinstance(exc, zipfile.BadZipFile):
        return f"the workbook is damaged (a part cannot be unpacked); {_SAVE_AS_XLSX} again"
    if isinstance(exc, (SyntaxError, ValueError, KeyError, TypeError, IndexError)):
        return (
            f"the workbook is damaged or was not written by a spreadsheet program; {_SAVE_AS_XLSX}"
        )
    if isinstance(exc, MemoryError | RecursionError):
        return "the workbook is too large or too deeply nested to read"
    if isinstance(exc, OSError):
        return f"cannot read the workbook: {exc.strerror or exc}"
    return f"cannot read the workbook ({name}); {_SAVE_AS_XLSX} again"


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
