"""Hostile and broken workbooks (SPEC §8, §10): a located error and exit 1, or a correct
result — fast, small, and never an executed entity, a network access or a traceback.

Every case is generated here from a sound questionnaire or gap report (built-in checklist)
and run as a whole `python -m readiness validate FILE` process; the test checks the exit
code, where the first problem is located and what it says, the wall time and the peak
memory (wait4's rusage, as in test_hostile_yaml.py).
"""

from __future__ import annotations

import bz2
import json
import os
import random
import shutil
import socket
import struct
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import assessment_dict, write_yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from test_hostile_yaml import PEAK_MB, SECONDS, run_measured
from workbook_helpers import answer_all, fill_questionnaire, item_rows, named_cell, run

from readiness import limits
from readiness.core.canonical import fingerprint
from readiness.core.scoring import score_assessment
from readiness.reading.checklists import DEFAULT_CHECKLIST, load_checklist
from readiness.reading.inputs import read_assessment

# A corpus run as whole processes: the slow loop only.
pytestmark = pytest.mark.slow

PASSWD_LINE = "root:x:0:0"  # what an external entity to /etc/passwd would leak
AGENCY = "AGENCY-NAME-CELL"  # typed into the questionnaire, replaced by &x; in the XXE case


@dataclass
class Sources:
    """Sound workbooks to break, and where things are in them."""

    questionnaire: Path
    gap_report: Path
    yaml: Path
    places: dict[str, str]


@pytest.fixture(scope="module")
def sources(tmp_path_factory: pytest.TempPathFactory) -> Sources:
    folder = tmp_path_factory.mktemp("sources")
    checklist = load_checklist(DEFAULT_CHECKLIST)
    yaml_path = write_yaml(folder / "unit.yaml", assessment_dict(checklist))
    report = folder / "report.xlsx"
    assert run("assess", str(yaml_path), "-o", str(report)).exit_code == 0
    q = folder / "questionnaire.xlsx"
    assert run("init", "--format", "xlsx", "-o", str(q)).exit_code == 0
    answers = answer_all(checklist)
    fill_questionnaire(
        q, {"agency_name": AGENCY, "agency_country": "FR", "period": "2026-Q4"}, answers
    )
    assert run("validate", str(q)).exit_code == 0

    first = checklist.items[0].id
    wb = load_workbook(q)
    level = named_cell(wb, "readiness_qcol_level")
    q_rows = item_rows(wb, "readiness_qcol_item")
    places = {
        "q_agency": named_cell(wb, "readiness_q_agency_name").coordinate,
        "q_level_column": str(level.column),
        "q_first_level": f"{level.column_letter}{q_rows[first]}",
        "q_last_column": str(wb["Responses"].max_column),
        "first_item": first,
    }
    wb = load_workbook(report)
    meta = wb["readiness"]
    for row in meta.iter_rows(min_col=1, max_col=1):
        places[f"meta_{row[0].value}"] = f"B{row[0].row}"
    r_level = named_cell(wb, "readiness_items_level")
    r_rows = item_rows(wb, "readiness_items_item")
    places["r_first_level"] = f"{r_level.column_letter}{r_rows[first]}"
    return Sources(q, report, yaml_path, places)


# --- ways to take a workbook apart and put it together again -------------------------------


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _zip(path: Path, parts: dict[str, bytes | Callable[..., None]], level: int = 6) -> Path:
    """Write parts; a callable part streams its content into the open entry (big parts)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in parts.items():
            if callable(data):
                with archive.open(name, "w", force_zip64=True) as entry:
                    data(entry)
            else:
                archive.writestr(name, data)
    return path


def _patch_directory(path: Path, part: str, **fields: int) -> None:
    """Rewrite fields of one part's central-directory record and local header: what a
    hand-crafted archive can claim. Fields: flags, method, size (uncompressed)."""
    raw = bytearray(path.read_bytes())
    # (offset in the central record, offset in the local header, struct format)
    layout = {"flags": (8, 6, "<H"), "method": (10, 8, "<H"), "size": (24, 22, "<I")}
    i = 0
    while (i := raw.find(b"PK\x01\x02", i)) >= 0:
        name_len = struct.unpack_from("<H", raw, i + 28)[0]
        if bytes(raw[i + 46 : i + 46 + name_len]) == part.encode():
            local = struct.unpack_from("<I", raw, i + 42)[0]
            for key, value in fields.items():
                central_at, local_at, fmt = layout[key]
                struct.pack_into(fmt, raw, i + central_at, value)
                struct.pack_into(fmt, raw, local + local_at, value)
        i += 4
    path.write_bytes(bytes(raw))


def _with_doctype(xml: bytes, doctype: bytes, replace: tuple[bytes, bytes] | None = None) -> bytes:
    """The part with a DOCTYPE (entity declarations) before its root element."""
    body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
    if replace is not None:
        assert replace[0] in body
        body = body.replace(*replace)
    return b'<?xml version="1.0" encoding="UTF-8"?>' + doctype + body


SHEET1 = "xl/worksheets/sheet1.xml"  # the visible first sheet: Responses, or Summary

XXE_FILE = b'<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
BILLION_LAUGHS = (
    b'<!DOCTYPE worksheet [<!ENTITY a "lollollollollollollollollollol">'
    + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([c]), b"&%s;" % bytes([c - 1]) * 10)
        for c in range(ord("b"), ord("k"))
    )
    + b"]>"
)


def _filler(size: int, block: bytes) -> Callable[..., None]:
    def write(entry: object) -> None:
        for _ in range(size // len(block)):
            entry.write(block)  # type: ignore[attr-defined]

    return write


# --- the cases -----------------------------------------------------------------------------
# Each builder writes the hostile file into `tmp` and returns it.


def zip_bomb(tmp: Path, s: Sources) -> Path:
    """A valid-looking questionnaire whose sheet unpacks to 200 MB of zeros (a 1 MB file)."""
    parts: dict[str, bytes | Callable[..., None]] = dict(_parts(s.questionnaire))
    parts[SHEET1] = _filler(200 * 1024 * 1024, bytes(1 << 20))
    return _zip(tmp / "zip-bomb.xlsx", parts, level=1)


def ratio_bomb(tmp: Path, s: Sources) -> Path:
    """Under the total cap, but a sheet padded with 20 MB of blanks (compressed ~1000×)."""
    parts: dict[str, bytes | Callable[..., None]] = dict(_parts(s.questionnaire))
    head, tail = _parts(s.questionnaire)[SHEET1].split(b"<sheetData>", 1)

    def sheet(entry: object) -> None:
        entry.write(head)  # type: ignore[attr-defined]
        _filler(20 * 1024 * 1024, b" " * (1 << 20))(entry)
        entry.write(b"<sheetData>" + tail)  # type: ignore[attr-defined]

    parts[SHEET1] = sheet
    return _zip(tmp / "ratio-bomb.xlsx", parts)


def lying_sizes(tmp: Path, s: Sources) -> Path:
    """The directory claims 60 kB for a sheet that unpacks to 20 MB."""
    path = ratio_bomb(tmp, s)
    path = path.rename(tmp / "lying-sizes.xlsx")
    _patch_directory(path, SHEET1, size=60_000)
    return path


def bzip2_bomb(tmp: Path, s: Sources) -> Path:
    """A 2 kB bzip2 part that claims to be 2 kB and unpacks to 256 MB (Python's zipfile
    unpacks bzip2 in one go, without an output bound)."""
    compressor = bz2.BZ2Compressor(1)
    stream = b"".join(compressor.compress(b" " * (1 << 20)) for _ in range(256))
    parts = _parts(s.questionnaire)
    parts[SHEET1] = stream + compressor.flush()
    path = tmp / "bzip2-bomb.xlsx"
    # Stored as they are, then relabelled: sizes true to the stored bytes, method bzip2.
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    _patch_directory(path, SHEET1, method=zipfile.ZIP_BZIP2)
    return path


def encrypted(tmp: Path, s: Sources) -> Path:
    path = _zip(tmp / "encrypted.xlsx", dict(_parts(s.questionnaire)))
    _patch_directory(path, SHEET1, flags=0x1)
    return path


def xxe(tmp: Path, s: Sources) -> Path:
    """The Responses sheet declares an external entity to /etc/passwd and uses it as the
    agency name."""
    parts = _parts(s.questionnaire)
    name = AGENCY.encode()
    parts[SHEET1] = _with_doctype(parts[SHEET1], XXE_FILE, (b">" + name + b"<", b">&x;<"))
    return _zip(tmp / "xxe.xlsx", dict(parts))


def billion_laughs(tmp: Path, s: Sources) -> Path:
    parts = _parts(s.questionnaire)
    name = AGENCY.encode()
    parts[SHEET1] = _with_doctype(parts[SHEET1], BILLION_LAUGHS, (b">" + name + b"<", b">&j;<"))
    return _zip(tmp / "billion-laughs.xlsx", dict(parts))


def truncated(tmp: Path, s: Sources) -> Path:
    path = tmp / "truncated.xlsx"
    data = s.questionnaire.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def junk(tmp: Path, s: Sources) -> Path:
    path = tmp / "junk.xlsx"
    path.write_bytes(random.Random(7).randbytes(50_000))
    return path


def junk_with_zip_magic(tmp: Path, s: Sources) -> Path:
    path = tmp / "junk-zip-magic.xlsx"
    path.write_bytes(b"PK\x03\x04" + random.Random(8).randbytes(50_000))
    return path


def empty(tmp: Path, s: Sources) -> Path:
    path = tmp / "empty.xlsx"
    path.write_bytes(b"")
    return path


def old_excel(tmp: Path, s: Sources) -> Path:
    """An OLE2 compound file: a .xls, or an .xlsx saved with a password."""
    path = tmp / "ole.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    return path


def oversized(tmp: Path, s: Sources) -> Path:
    path = tmp / "oversized.xlsx"
    with path.open("wb") as fh:
        fh.write(s.questionnaire.read_bytes())
        fh.truncate(limits.MAX_WORKBOOK_BYTES + 1)  # sparse: costs no disk
    return path


def docx_like(tmp: Path, s: Sources) -> Path:
    return _zip(
        tmp / "letter.xlsx",
        {
            "[Content_Types].xml": b"<Types/>",
            "word/document.xml": b"<w:document/>",
            "_rels/.rels": b"<Relationships/>",
        },
    )


def plain_zip(tmp: Path, s: Sources) -> Path:
    return _zip(tmp / "plain-zip.xlsx", {"notes.txt": b"level: 3\n"})


def too_many_tags(tmp: Path, s: Sources) -> Path:
    """A styles part of 60,000 small random entries (a cheap file, costly to parse)."""
    parts = _parts(s.questionnaire)
    rnd = random.Random(9)
    entries = b"".join(
        b'<cellStyle name="%x" xfId="0" builtinId="%d"/>' % (rnd.getrandbits(40), i % 50)
        for i in range(limits.MAX_WORKBOOK_XML_TAGS + 10_000)
    )
    head, rest = parts["xl/styles.xml"].split(b"<cellXfs", 1)
    parts["xl/styles.xml"] = head + b"<cellStyles>" + entries + b"</cellStyles><cellXfs" + rest
    return _zip(tmp / "too-many-tags.xlsx", dict(parts))


def _nest(depth: int, seed: int) -> bytes:
    """`depth` nested elements with random names (which compress only ~3×, unlike <x>)."""
    rnd = random.Random(seed)
    tags = [b"t%05x" % rnd.getrandbits(20) for _ in range(depth)]
    return b"".join(b"<%s>" % t for t in tags) + b"".join(b"</%s>" % t for t in reversed(tags))


def _append_to_root(xml: bytes, inner: bytes) -> bytes:
    end = xml.rindex(b"</")
    return xml[:end] + b"<extLst>" + inner + b"</extLst>" + xml[end:]


def deep_nesting(tmp: Path, s: Sources) -> Path:
    """200,000 nested elements in a sheet (a million took 9 s and 540 MB to parse)."""
    parts = _parts(s.questionnaire)
    parts[SHEET1] = _append_to_root(parts[SHEET1], _nest(200_000, 11))
    return _zip(tmp / "deep-nesting.xlsx", dict(parts))


def wide_defined_name(tmp: Path, s: Sources) -> Path:
    """A defined name moved to column XFD over 5,000 rows: each row read 16,384 wide."""
    parts = _parts(s.questionnaire)
    workbook = parts["xl/workbook.xml"]
    start = workbook.index(b'name="readiness_qcol_due">') + len(b'name="readiness_qcol_due">')
    end = workbook.index(b"</definedName>", start)
    parts["xl/workbook.xml"] = workbook[:start] + b"'Responses'!$XFD$17" + workbook[end:]
    sheet = parts[SHEET1]
    rows = b"".join(
        b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>X</t></is></c></row>' % (r, r)
        for r in range(100, 5100)
    )
    sheet = sheet.replace(b"</sheetData>", rows + b"</sheetData>")
    start = sheet.index(b"<dimension ref=")
    end = sheet.index(b"/>", start) + 2
    parts[SHEET1] = sheet[:start] + b'<dimension ref="A1:XFD5100"/>' + sheet[end:]
    return _zip(tmp / "wide-defined-name.xlsx", dict(parts))


def not_utf8_xml(tmp: Path, s: Sources) -> Path:
    parts = _parts(s.questionnaire)
    parts[SHEET1] = parts[SHEET1].replace(AGENCY.encode(), "Brigade de sécurité".encode("latin-1"))
    return _zip(tmp / "latin1-sheet.xlsx", dict(parts))


def bad_relationships(tmp: Path, s: Sources) -> Path:
    """A relationship without its type: openpyxl warns (file, line, source) and goes on."""
    parts = _parts(s.questionnaire)
    rels = parts["xl/_rels/workbook.xml.rels"]
    start = rels.index(b' Type="')
    parts["xl/_rels/workbook.xml.rels"] = rels[:start] + rels[rels.index(b'"', start + 7) + 1 :]
    return _zip(tmp / "bad-relationships.xlsx", dict(parts))


def responses_deleted(tmp: Path, s: Sources) -> Path:
    wb = load_workbook(s.questionnaire)
    wb.create_sheet("Notes", 0)  # Excel keeps one visible sheet too
    del wb["Responses"]
    path = tmp / "responses-deleted.xlsx"
    wb.save(path)
    return path


def level_column_deleted(tmp: Path, s: Sources) -> Path:
    """openpyxl leaves the defined names where they were: the level name now points at the
    evidence column (Excel would have turned it into #REF!)."""
    wb = load_workbook(s.questionnaire)
    wb["Responses"].delete_cols(int(s.places["q_level_column"]))
    path = tmp / "level-column-deleted.xlsx"
    wb.save(path)
    return path


def meta_sheet_deleted(tmp: Path, s: Sources) -> Path:
    wb = load_workbook(s.gap_report)
    del wb["readiness"]
    path = tmp / "meta-sheet-deleted.xlsx"
    wb.save(path)
    return path


def items_sheet_deleted(tmp: Path, s: Sources) -> Path:
    wb = load_workbook(s.gap_report)
    del wb["Items"]
    path = tmp / "items-sheet-deleted.xlsx"
    wb.save(path)
    return path


def _edit_meta(path: Path, s: Sources, edit: Callable[[dict[str, Any]], None]) -> Path:
    """Change the gap report's hidden sheet: `edit` gets {key: cell B} for its rows."""
    wb = load_workbook(s.gap_report)
    edit({row[0].value: row[1] for row in wb["readiness"].iter_rows(max_col=2)})
    wb.save(path)
    return path


def _assessment_json(cells: dict[str, Any]) -> dict[str, Any]:
    text = cells["assessment_json"].value
    assert isinstance(text, str) and len(text) < 30_000  # one chunk for this small report
    data = json.loads(text)
    assert isinstance(data, dict)
    return data


def hidden_json_edited(tmp: Path, s: Sources) -> Path:
    def edit(cells: dict[str, Any]) -> None:
        data = _assessment_json(cells)
        data["responses"][s.places["first_item"]]["level"] = 4
        cells["assessment_json"].value = json.dumps(data)

    return _edit_meta(tmp / "hidden-json-edited.xlsx", s, edit)


def hidden_json_broken(tmp: Path, s: Sources) -> Path:
    def edit(cells: dict[str, Any]) -> None:
        cells["assessment_json"].value = cells["assessment_json"].value[:-40]

    return _edit_meta(tmp / "hidden-json-broken.xlsx", s, edit)


def hidden_json_forged(tmp: Path, s: Sources) -> Path:
    """Edited with the fingerprint recomputed: the embedded data is then validated like any
    input, and the bad level is reported at the item's cell of the Items sheet."""

    def edit(cells: dict[str, Any]) -> None:
        data = _assessment_json(cells)
        data["responses"][s.places["first_item"]]["level"] = 9
        cells["assessment_json"].value = json.dumps(data)
        cells["assessment_fingerprint"].value = fingerprint(data)

    return _edit_meta(tmp / "hidden-json-forged.xlsx", s, edit)


TAGS = f"{limits.MAX_WORKBOOK_XML_TAGS:,}"


@dataclass
class Case:
    build: Callable[[Path, Sources], Path]
    where: str  # after the file name; {name} fields from Sources.places
    what: str
    code: int = 1


CASES: dict[str, Case] = {
    "zip-bomb": Case(zip_bomb, ": error:", "(a zip bomb?)"),
    "ratio-bomb": Case(ratio_bomb, ": error:", "times; at most 200 are accepted (a zip bomb?)"),
    "lying-sizes": Case(lying_sizes, ": error:", "damaged (a part cannot be unpacked)"),
    "bzip2-bomb": Case(bzip2_bomb, ": error:", "compression method that Excel never writes"),
    "encrypted": Case(encrypted, ": error:", "encrypted; save it without a password"),
    "xxe": Case(xxe, ": error:", "XML entity declarations, which Excel never writes"),
    "billion-laughs": Case(billion_laughs, ": error:", "XML entity declarations"),
    "truncated": Case(truncated, ": error:", "damaged or incomplete (truncated download"),
    "junk": Case(junk, ": error:", "named like an Excel workbook but is not one"),
    "junk-zip-magic": Case(junk_with_zip_magic, ": error:", "damaged or incomplete"),
    "empty": Case(empty, ": error:", "named like an Excel workbook but is not one"),
    "old-excel": Case(old_excel, ":1:1: error:", "an Excel 97-2003 (.xls) or Word (.doc) file"),
    "oversized": Case(oversized, ": error:", "bytes; at most 20,971,520 are accepted"),
    "docx-like": Case(docx_like, ": error:", "this file is a Word document"),
    "plain-zip": Case(plain_zip, ": error:", "a zip archive, but not an Excel workbook"),
    "too-many-tags": Case(too_many_tags, ": error:", f"more than {TAGS} XML tags"),
    "deep-nesting": Case(deep_nesting, ": error:", f"more than {TAGS} XML tags"),
    "wide-defined-name": Case(wide_defined_name, ": error:", "lost its 'Due' column"),
    "not-utf8-xml": Case(not_utf8_xml, ": error:", "the workbook is damaged"),
    "bad-relationships": Case(bad_relationships, ": error:", "not written by a spreadsheet"),
    "responses-deleted": Case(responses_deleted, ": error:", "the workbook has lost its"),
    "level-column-deleted": Case(
        level_column_deleted,
        ":Responses!{q_first_level}: error:",
        "level Evidence for {first_item} is not one of 0-4",
    ),
    "meta-sheet-deleted": Case(
        meta_sheet_deleted, ": error:", "not written by readiness (it has no hidden"
    ),
    "items-sheet-deleted": Case(items_sheet_deleted, ": error:", "lost its Items"),
    "hidden-json-edited": Case(
        hidden_json_edited,
        ":readiness!{meta_assessment_fingerprint}: error:",
        "the embedded data was edited",
    ),
    "hidden-json-broken": Case(
        hidden_json_broken,
        ":readiness!{meta_assessment_json}: error:",
        "embedded data is damaged (assessment_json)",
    ),
    "hidden-json-forged": Case(
        hidden_json_forged, ":Items!{r_first_level}: error:", "level 9 is not one of 0-4"
    ),
}


# --- round 2 (issue 10) ----------------------------------------------------------------------


def _raw_assessment_json(path: Path, s: Sources, transform: Callable[[str], str]) -> Path:
    """The embedded JSON changed as text (what json.dumps would never write), fingerprint
    left alone: the reader must refuse it before comparing fingerprints."""

    def edit(cells: dict[str, Any]) -> None:
        cells["assessment_json"].value = transform(cells["assessment_json"].value)

    return _edit_meta(path, s, edit)


def _replaced(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def hidden_json_surrogate(tmp: Path, s: Sources) -> Path:
    return _raw_assessment_json(
        tmp / "surrogate.xlsx", s, lambda t: _replaced(t, '"name":"', '"name":"\\ud800')
    )


def hidden_json_nan(tmp: Path, s: Sources) -> Path:
    return _raw_assessment_json(
        tmp / "nan.xlsx", s, lambda t: _replaced(t, '"level":3', '"level":NaN')
    )


def hidden_json_huge_int(tmp: Path, s: Sources) -> Path:
    return _raw_assessment_json(
        tmp / "huge.xlsx", s, lambda t: _replaced(t, '"level":3', '"level":' + "9" * 5000)
    )


def hidden_json_many_elements(tmp: Path, s: Sources) -> Path:
    """1.2 million keys (about 13 MB, in cells of 32,000 characters): was over 60 s."""
    many = "{" + ",".join(f'"{i}":0' for i in range(1_200_000)) + "}"
    wb = load_workbook(s.gap_report)
    meta = wb["readiness"]
    row = next(r[0].row for r in meta.iter_rows(max_col=1) if r[0].value == "assessment_json")
    for i in range(0, len(many), 32_000):
        meta.cell(row=row, column=2 + i // 32_000, value=many[i : i + 32_000])
    path = tmp / "many.xlsx"
    wb.save(path)
    return path


def sheet_with_a_quote(tmp: Path, s: Sources) -> Path:
    """Renamed in Excel to a French title with an apostrophe: Excel doubles it in the defined
    names ('Réponses de l''unité'!$B$5). The gap report stays fully readable."""
    wb = load_workbook(s.gap_report)
    old = wb["Items"].title
    wb[old].title = "Réponses de l'unité"
    for defined in wb.defined_names.values():
        for form in (f"'{old}'!", f"{old}!"):
            defined.attr_text = defined.attr_text.replace(form, "'Réponses de l''unité'!")
    path = tmp / "quote.xlsx"
    wb.save(path)
    return path


def formula_without_value(tmp: Path, s: Sources) -> Path:
    """Written by a program (openpyxl here), never opened in Excel: no cached value."""
    wb = load_workbook(s.questionnaire)
    wb["Responses"][s.places["q_agency"]] = '=CONCATENATE("Polizia ", "Postale")'
    path = tmp / "formula.xlsx"
    wb.save(path)
    return path


def strict_open_xml(tmp: Path, s: Sources) -> Path:
    """Excel's "Strict Open XML Spreadsheet": same parts, ISO strict namespaces."""
    strict = {
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main": (
            b"http://purl.oclc.org/ooxml/spreadsheetml/main"
        ),
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
            b"http://purl.oclc.org/ooxml/officeDocument/relationships"
        ),
    }
    parts = _parts(s.questionnaire)
    for name, data in parts.items():
        for old, new in strict.items():
            data = data.replace(old, new)
        parts[name] = data
    return _zip(tmp / "strict.xlsx", dict(parts))


def comparison_workbook(tmp: Path, s: Sources) -> Path:
    out = tmp / "comparison.xlsx"
    assert run("compare", str(s.yaml), str(s.gap_report), "-o", str(out)).exit_code == 0
    return out


def consolidation_workbook(tmp: Path, s: Sources) -> Path:
    out = tmp / "hq.xlsx"
    assert run("aggregate", str(s.yaml), "-o", str(out), "--jobs", "1").exit_code == 0
    return out


def devzero_named_xlsx(tmp: Path, s: Sources) -> Path:
    link = tmp / "zero.xlsx"
    link.symlink_to("/dev/zero")
    return link


def fifo_named_xlsx(tmp: Path, s: Sources) -> Path:
    fifo = tmp / "pipe.xlsx"
    os.mkfifo(fifo)
    return fifo


def date_cell_beyond_2107(tmp: Path, s: Sources) -> Path:
    import datetime as dt

    wb = load_workbook(s.questionnaire)
    cell = named_cell(wb, "readiness_q_assessed_on")
    cell.value = dt.date(2108, 1, 1)
    path = tmp / "date.xlsx"
    wb.save(path)
    return path


def level_text_of_5000_digits(tmp: Path, s: Sources) -> Path:
    """Typed as text in the level cell: Python refuses int() beyond 4,300 digits."""
    wb = load_workbook(s.questionnaire)
    cell = wb["Responses"][s.places["q_first_level"]]
    cell.value = "9" * 5000
    cell.data_type = "s"
    path = tmp / "digits.xlsx"
    wb.save(path)
    return path


CASES.update(
    {
        "level-text-of-5000-digits": Case(
            level_text_of_5000_digits, ":Responses!{q_first_level}: error:", "is not one of 0-4"
        ),
        "hidden-json-surrogate": Case(
            hidden_json_surrogate,
            ":readiness!{meta_assessment_json}: error:",
            "embedded data is damaged (assessment_json)",
        ),
        "hidden-json-nan": Case(
            hidden_json_nan,
            ":readiness!{meta_assessment_json}: error:",
            "embedded data is damaged (assessment_json)",
        ),
        "hidden-json-huge-int": Case(
            hidden_json_huge_int,
            ":readiness!{meta_assessment_json}: error:",
            "embedded data is damaged (assessment_json)",
        ),
        "hidden-json-many-elements": Case(
            hidden_json_many_elements,
            ":readiness!{meta_assessment_json}: error:",
            f"has more than {limits.MAX_YAML_EVENTS:,} elements",
        ),
        "sheet-with-a-quote": Case(sheet_with_a_quote, ": valid", "valid", code=0),
        "formula-without-value": Case(
            formula_without_value,
            ":Responses!{q_agency}: error:",
            "a formula without a saved value: open the file in Excel and save it",
        ),
        "strict-open-xml": Case(strict_open_xml, ": error:", "saved as Strict Open XML"),
        "comparison-workbook": Case(
            comparison_workbook, ": error:", "this is a comparison workbook written by"
        ),
        "consolidation-workbook": Case(
            consolidation_workbook, ": error:", "this is HQ's consolidation workbook"
        ),
        "devzero-named-xlsx": Case(devzero_named_xlsx, ": error:", "this is a device"),
        "fifo-named-xlsx": Case(fifo_named_xlsx, ": error:", "a named pipe (FIFO)"),
        "date-cell-beyond-2107": Case(
            date_cell_beyond_2107, ":Responses!", "2108-01-01 is outside the dates"
        ),
    }
)


def _check_output(output: str) -> None:
    assert "Traceback" not in output, output
    assert "internal error" not in output, output
    assert PASSWD_LINE not in output, output
    assert "Warning:" not in output, output  # openpyxl's, with its file and source line


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_workbook_is_a_located_error(name: str, sources: Sources, tmp_path: Path) -> None:
    case = CASES[name]
    path = case.build(tmp_path, sources)
    code, output, seconds, peak = run_measured(["validate", str(path)])
    _check_output(output)
    assert code == case.code, output
    first = output.splitlines()[0]
    assert first.startswith(f"{path}{case.where.format(**sources.places)}"), first
    assert case.what.format(**sources.places) in first, first
    if name == "zip-bomb":  # both the total and the ratio are over their limits
        assert "would unpack to 209," in output and "compressed 229 times" in output
    assert seconds < SECONDS, seconds
    assert peak < PEAK_MB, peak


# --- within the limits: the worst a file may cost, and a correct result --------------------


def styles_just_under_the_tag_limit(tmp: Path, s: Sources) -> Path:
    parts = _parts(s.questionnaire)
    spare = limits.MAX_WORKBOOK_XML_TAGS - sum(p.count(b"<") for p in parts.values()) - 100
    rnd = random.Random(10)
    entries = b"".join(
        b'<cellStyle name="%x" xfId="0" builtinId="%d"/>' % (rnd.getrandbits(40), i % 50)
        for i in range(spare)
    )
    head, rest = parts["xl/styles.xml"].split(b"<cellXfs", 1)
    parts["xl/styles.xml"] = head + b"<cellStyles>" + entries + b"</cellStyles><cellXfs" + rest
    return _zip(tmp / "styles-at-limit.xlsx", dict(parts))


def nesting_under_the_tag_limit(tmp: Path, s: Sources) -> Path:
    """Deep nesting in three parts that openpyxl parses three ways, just under the limit."""
    parts = _parts(s.questionnaire)
    names = (SHEET1, "xl/workbook.xml", "xl/styles.xml")
    spare = limits.MAX_WORKBOOK_XML_TAGS - sum(p.count(b"<") for p in parts.values()) - 100
    for seed, name in enumerate(names):
        parts[name] = _append_to_root(parts[name], _nest(spare // (2 * len(names)), seed))
    return _zip(tmp / "nesting-under-limit.xlsx", dict(parts))


def big_text_cell(tmp: Path, s: Sources) -> Path:
    """One cell of 30 MB of text, compressed about 20× (under every archive limit)."""
    parts: dict[str, bytes | Callable[..., None]] = dict(_parts(s.questionnaire))
    sheet = _parts(s.questionnaire)[SHEET1]
    marker = b">" + AGENCY.encode() + b"<"
    head, tail = sheet.split(marker, 1)
    table = bytes(b"b"[0] if i < 13 else b"a"[0] for i in range(256))  # 'b' one time in 20

    def write(entry: object) -> None:
        entry.write(head + b">")  # type: ignore[attr-defined]
        for _ in range(30):
            entry.write(os.urandom(1 << 20).translate(table))  # type: ignore[attr-defined]
        entry.write(b"<" + tail)  # type: ignore[attr-defined]

    parts[SHEET1] = write
    return _zip(tmp / "big-text-cell.xlsx", parts)


def external_dtd(tmp: Path, s: Sources) -> Path:
    """A DOCTYPE naming an external DTD, without entities: never fetched, harmless."""
    parts = _parts(s.questionnaire)
    parts[SHEET1] = _with_doctype(
        parts[SHEET1], b'<!DOCTYPE worksheet SYSTEM "file:///etc/passwd">'
    )
    return _zip(tmp / "external-dtd.xlsx", dict(parts))


def trailing_column_deleted(tmp: Path, s: Sources) -> Path:
    """A column the reader does not use: the answers are read as before."""
    wb = load_workbook(s.questionnaire)
    wb["Responses"].delete_cols(int(s.places["q_last_column"]))
    path = tmp / "trailing-column-deleted.xlsx"
    wb.save(path)
    return path


WITHIN_LIMITS: dict[str, tuple[Callable[[Path, Sources], Path], int, str]] = {
    # name: (builder, exit code, fragment of the first line)
    "styles-at-tag-limit": (styles_just_under_the_tag_limit, 0, ": valid"),
    "nesting-under-tag-limit": (nesting_under_the_tag_limit, 0, ": valid"),
    "external-dtd": (external_dtd, 0, ": valid"),
    "trailing-column-deleted": (trailing_column_deleted, 0, ": valid"),
    "big-text-cell": (
        big_text_cell,
        1,
        ":Responses!{q_agency}: error: the text is longer than 32,767 characters",
    ),
}


@pytest.mark.parametrize("name", sorted(WITHIN_LIMITS))
def test_costly_but_admissible_workbooks(name: str, sources: Sources, tmp_path: Path) -> None:
    build, expected_code, fragment = WITHIN_LIMITS[name]
    path = build(tmp_path, sources)
    code, output, seconds, peak = run_measured(["validate", str(path)])
    _check_output(output)
    assert code == expected_code, output
    assert fragment.format(**sources.places) in output.splitlines()[0], output
    assert seconds < SECONDS, seconds
    assert peak < PEAK_MB, peak


def test_a_deleted_unused_column_scores_as_before(sources: Sources, tmp_path: Path) -> None:
    path = trailing_column_deleted(tmp_path, sources)
    before = run("assess", str(sources.questionnaire), "--no-excel", "--format", "json")
    after = run("assess", str(path), "--no-excel", "--format", "json")
    assert before.exit_code == after.exit_code == 0, after.output
    strip = {"file"}
    assert {k: v for k, v in json.loads(after.stdout).items() if k not in strip} == {
        k: v for k, v in json.loads(before.stdout).items() if k not in strip
    }


# --- no network, no file disclosure --------------------------------------------------------


def test_entities_and_dtds_never_reach_the_network(sources: Sources, tmp_path: Path) -> None:
    """External entities, parameter entities and external DTDs pointing at a local server,
    in every part openpyxl parses: refused or ignored; the server is never contacted."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    server.setblocking(False)
    url = f"http://127.0.0.1:{server.getsockname()[1]}".encode()
    doctypes = {
        "entity": (b'<!DOCTYPE r [<!ENTITY x SYSTEM "' + url + b'/x">]>', 1),
        "parameter": (b'<!DOCTYPE r [<!ENTITY % p SYSTEM "' + url + b'/p.dtd"> %p;]>', 1),
        "dtd": (b'<!DOCTYPE r SYSTEM "' + url + b'/r.dtd">', 0),
    }
    parts = _parts(sources.questionnaire)
    try:
        for part in (SHEET1, "xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml"):
            for kind, (doctype, expected) in doctypes.items():
                changed = dict(parts)
                changed[part] = _with_doctype(parts[part], doctype)
                path = _zip(tmp_path / f"{kind}-{part.replace('/', '_')}.xlsx", dict(changed))
                code, output, seconds, peak = run_measured(["validate", str(path)])
                _check_output(output)
                assert code == expected, (part, kind, output)
                if expected:
                    assert "XML entity declarations" in output, output
                with pytest.raises(BlockingIOError):
                    server.accept()
    finally:
        server.close()


# --- the other commands on hostile workbooks -----------------------------------------------


@pytest.mark.parametrize("name", ["xxe", "zip-bomb", "truncated", "responses-deleted"])
def test_other_commands_refuse_hostile_workbooks(
    name: str, sources: Sources, tmp_path: Path
) -> None:
    path = CASES[name].build(tmp_path, sources)
    out = tmp_path / "out"
    out.mkdir()
    commands = {
        "assess": ["assess", str(path), "-o", str(out / "report.xlsx")],
        "compare": ["compare", str(sources.yaml), str(path), "-o", str(out / "diff.xlsx")],
        "compare-one": ["compare", str(path)],
        "convert": ["convert", str(path), "-o", str(out / "unit.yaml")],
    }
    for command, args in commands.items():
        code, output, seconds, peak = run_measured(args)
        _check_output(output)
        assert code == 1, (command, output)
        assert f"{path}: error: " in output, (command, output)
        assert seconds < SECONDS and peak < PEAK_MB, (command, seconds, peak)
    assert list(out.iterdir()) == []  # nothing written, not even a temporary file


# --- random damage inside the XML parts ----------------------------------------------------

_XML_TOKENS = [
    b"<",
    b">",
    b"&",
    b'"',
    b"/>",
    b"</row>",
    b'<c r="E18" t="s"><v>7</v></c>',
    b'<c r="C9"><v>1e308</v></c>',
    b'<c r="C9" t="d"><v>9999-99-99</v></c>',
    b'<c r="E18" t="e"><v>#REF!</v></c>',
    b'<c r="E18" t="b"><v>2</v></c>',
    b'<c r="XFD18"><v>1</v></c>',
    b'<row r="0">',
    b'<row r="1048577">',
    b"&amp;",
    b"&#0;",
    b"&#xD800;",
    b"\xff",
    b"\x00",
    b"]]>",
    b"<![CDATA[",
    b"<!-- -->",
    b"<?pi x?>",
    b"x",
    b"9",
    b"-",
    b'"$XFD$1048576"',
    b"'Responses'!#REF!",
]


@st.composite
def damaged_parts(draw: st.DrawFn) -> tuple[str, bytes]:
    parts = _fuzz_parts()
    name = draw(st.sampled_from(sorted(n for n in parts if n.endswith((".xml", ".rels")))))
    data = bytearray(parts[name])
    for _ in range(draw(st.integers(1, 5))):
        pos = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["insert", "delete", "replace"]))
        if action == "insert":
            data[pos:pos] = draw(st.sampled_from(_XML_TOKENS))
        elif action == "delete":
            data[pos : pos + draw(st.integers(1, 30))] = b""
        else:
            data[pos : pos + draw(st.integers(1, 8))] = draw(st.sampled_from(_XML_TOKENS))
    return name, bytes(data)


_FUZZ_SOURCES: dict[str, dict[str, bytes]] = {}


def _fuzz_parts() -> dict[str, bytes]:
    """The parts of a filled questionnaire and of a gap report, made once."""
    if not _FUZZ_SOURCES:
        folder = Path(tempfile.mkdtemp(prefix="readiness-fuzz-"))
        checklist = load_checklist(DEFAULT_CHECKLIST)
        q = folder / "q.xlsx"
        assert run("init", "--format", "xlsx", "-o", str(q)).exit_code == 0
        fill_questionnaire(
            q,
            {"agency_name": "A", "agency_country": "FR", "period": "2026-Q4"},
            answer_all(checklist),
        )
        _FUZZ_SOURCES.update({f"q/{k}": v for k, v in _parts(q).items()})
        unit = write_yaml(folder / "unit.yaml", assessment_dict(checklist))
        report = folder / "report.xlsx"
        assert run("assess", str(unit), "-o", str(report)).exit_code == 0
        _FUZZ_SOURCES.update({f"r/{k}": v for k, v in _parts(report).items()})
        shutil.rmtree(folder)
    return _FUZZ_SOURCES


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged_parts())
def test_damaged_xml_never_crashes_the_reader(tmp_path_factory, damage: tuple[str, bytes]):
    which, part = damage[0].split("/", 1)
    parts = {k.split("/", 1)[1]: v for k, v in _fuzz_parts().items() if k.startswith(which + "/")}
    parts[part] = damage[1]
    path = _zip(tmp_path_factory.mktemp("fuzz") / "damaged.xlsx", dict(parts))
    loaded = read_assessment(str(path))  # never raises
    if loaded.valid:
        assert loaded.assessment is not None and loaded.checklist is not None
        result = score_assessment(loaded.checklist, loaded.assessment)
        assert result.score is None or 0 <= result.score <= 100
        if which == "r":
            # A damaged gap report reads back as exactly what was written, or not at all:
            # its embedded data is held by fingerprints.
            sound = {k.split("/", 1)[1]: v for k, v in _fuzz_parts().items() if k[:2] == "r/"}
            written = read_assessment(str(_zip(path.with_name("sound.xlsx"), sound)))
            assert loaded.fingerprint == written.fingerprint
    else:
        assert any(p.is_error for p in loaded.problems)
        assert all(p.message and "internal error" not in p.message for p in loaded.problems)
