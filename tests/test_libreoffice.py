"""Every workbook kind opens in LibreOffice (SPEC §8), and what LibreOffice saves reads back.

LibreOffice is required under CI (which installs it): there these tests fail without it; on a
developer's machine without it they skip, naming the install command. Its exit
code is always 0, so success is judged by the files it writes and the absence of `Error:`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import EXAMPLES, assessment_dict, soffice_or_skip, write_yaml
from openpyxl import load_workbook
from workbook_helpers import (
    answer_all,
    fill_questionnaire,
    gap_report,
    item_rows,
    named_cell,
    rich_assessment,
    run,
    write_assessment,
)

from readiness.reading.inputs import read_assessment

# Runs LibreOffice: the slow loop only.
pytestmark = pytest.mark.slow


def _soffice(tmp_path: Path, convert_to: str, outdir: Path, files: list[Path]) -> str:
    soffice = soffice_or_skip()
    profile = (tmp_path / "lo-profile").as_uri()
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            convert_to,
            "--outdir",
            str(outdir),
            *map(str, files),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = done.stdout + done.stderr
    assert "Error:" not in output, output
    return output


def _workbooks(tmp_path: Path, builtin) -> list[Path]:
    """One of each kind readiness writes, in both languages where it matters."""
    made = tmp_path / "made"
    made.mkdir()
    unit = write_assessment(made / "unit.yaml", rich_assessment(builtin))
    later = assessment_dict(builtin, 2, period="2027-Q1", assessed_on="2027-02-01")
    later_path = write_yaml(made / "later.yaml", later)
    books = [
        gap_report(unit, made / "gap-en.xlsx", None, "en"),
        gap_report(unit, made / "gap-fr.xlsx", None, "fr"),
    ]
    empty = made / "questionnaire-empty.xlsx"
    assert run("--lang", "fr", "init", "--format", "xlsx", "-o", str(empty)).exit_code == 0
    filled = made / "questionnaire-filled.xlsx"
    assert run("convert", str(unit), "-o", str(filled)).exit_code == 0
    comparison = made / "comparison.xlsx"
    result = run("compare", str(unit), str(later_path), "-o", str(comparison))
    assert result.exit_code == 0, result.output
    consolidation = made / "consolidation.xlsx"
    result = run("aggregate", str(unit), str(later_path), "-o", str(consolidation), "--jobs", "1")
    assert result.exit_code == 0, result.output
    # HQ's consolidation with a roster (Regions and Coverage sheets, charts), and its
    # anonymised publication.
    examples = [str(EXAMPLES / f"{name}.yaml") for name in ("near-ready", "critical-gaps")]
    roster = str(EXAMPLES / "hq" / "roster.csv")
    hq = made / "consolidation-roster.xlsx"
    result = run("aggregate", *examples, "--roster", roster, "-o", str(hq), "--jobs", "1")
    assert result.exit_code == 0, result.output
    public = made / "consolidation-public.xlsx"
    result = run(
        "aggregate", *examples, "--anonymise", "--min-group", "2", "-o", str(public), "--jobs", "1"
    )
    assert result.exit_code == 0, result.output
    return [*books, empty, filled, comparison, consolidation, hq, public]


def test_every_workbook_kind_converts_to_pdf(tmp_path, builtin):
    books = _workbooks(tmp_path, builtin)
    pdfs = tmp_path / "pdf"
    _soffice(tmp_path, "pdf", pdfs, books)
    for book in books:
        pdf = pdfs / f"{book.stem}.pdf"
        assert pdf.is_file(), f"LibreOffice could not open {book.name}"
        data = pdf.read_bytes()
        assert (
            data.startswith(b"%PDF") and data.count(b"/Type /Page") + data.count(b"/Type/Page") >= 1
        ), book.name


def test_workbooks_saved_by_libreoffice_read_back(tmp_path, builtin):
    made = tmp_path / "made"
    made.mkdir()
    unit = write_assessment(made / "unit.yaml", rich_assessment(builtin))
    report = gap_report(unit, made / "audited.xlsx", None, "fr")
    wb = load_workbook(report)
    rows = item_rows(wb, "readiness_items_item")
    audit = named_cell(wb, "readiness_items_audit_level")
    note = named_cell(wb, "readiness_items_audit_note")
    first = builtin.items[0].id
    audit.parent.cell(rows[first], audit.column).value = "1 - Prévu"
    audit.parent.cell(rows[first], note.column).value = "Pas de preuve"
    wb.save(report)
    questionnaire = made / "filled.xlsx"
    assert run("init", "--format", "xlsx", "-o", str(questionnaire), "--agency", "A").exit_code == 0
    answers = answer_all(builtin)
    answers[first] = {"level": 2, "evidence": "Plan | 2026-02-01", "due": "2027-01-31"}
    fill_questionnaire(questionnaire, {"agency_country": "FR", "period": "2026-Q4"}, answers)
    before = {p: read_assessment(str(p)) for p in (report, questionnaire)}
    assert all(loaded.valid for loaded in before.values())

    saved = tmp_path / "saved"
    _soffice(tmp_path, "xlsx:Calc MS Excel 2007 XML", saved, [report, questionnaire])
    for path, loaded in before.items():
        again = read_assessment(str(saved / path.name))
        assert again.valid, again.problems
        assert again.kind == loaded.kind
        assert again.fingerprint == loaded.fingerprint
        assert again.extras.get("audit") == loaded.extras.get("audit")
    audit_entry = read_assessment(str(saved / report.name)).extras["audit"][first]
    assert (audit_entry["level"], audit_entry["note"]) == (1, "Pas de preuve")


def _pdf_pages(pdf: Path) -> int:
    import re

    return len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf.read_bytes()))


def test_gap_reports_print_on_a_sane_number_of_pages(tmp_path):
    """The example with 34 items and 23 gaps, printed: a commander's page and its details,
    the gaps on one page across, every item over three pages across (SPEC §16). Fitting a
    20-column sheet to one page width printed it at 4 pt in 6 pages; readable at 70 % or
    more it takes about 25 in English, more in the longer French."""
    made = tmp_path / "made"
    made.mkdir()
    books = [
        gap_report(EXAMPLES / "critical-gaps.yaml", made / f"gap-{lang}.xlsx", None, lang)
        for lang in ("en", "fr", "ar")
    ]
    pdfs = tmp_path / "pdf"
    _soffice(tmp_path, "pdf", pdfs, books)
    pages = {book.stem: _pdf_pages(pdfs / f"{book.stem}.pdf") for book in books}
    assert all(15 <= n <= 45 for n in pages.values()), pages
    assert pages["gap-fr"] >= pages["gap-en"], pages
