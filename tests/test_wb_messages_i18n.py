"""Problems found in workbooks, and carry-forward notes, in the user's language (issue 14).

Each case breaks a questionnaire or a gap report as a user would, runs the CLI in English
and in another language, and checks that the other language says it in its own words: a
phrase of that language is there, and no English message of the same run is left.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import assessment_dict
from openpyxl import Workbook, load_workbook
from workbook_helpers import (
    answer_all,
    fill_questionnaire,
    gap_report,
    item_rows,
    named_cell,
    write_assessment,
)

from readiness.cli import cli
from readiness.i18n import FSI, NARROW_NBSP, PDI


def _run(lang: str, *args: str):
    # --lang on the command line, the environment neutral: what a user types.
    return CliRunner().invoke(cli, ["--lang", lang, *args], env={"READINESS_LANG": ""})


def _messages(output: str) -> list[str]:
    """The text of each problem line, after 'FILE:WHERE: error:' (kept in English on
    purpose: editors and CI match it)."""
    found = []
    for line in output.splitlines():
        for mark in (": error: ", ": warning: "):
            if mark in line:
                found.append(line.split(mark, 1)[1])
    return found


def _in(lang: str, *args: str) -> tuple[str, list[str]]:
    """The output in `lang` (French narrow spaces as typed spaces, Arabic bidi isolates left
    out), with the English problem messages of the same run: none of them may be left in it."""
    english = _messages(_run("en", *args).output)
    assert english, "the case produces no problem"
    result = _run(lang, *args)
    output = result.output.replace(NARROW_NBSP, " ").replace(FSI, "").replace(PDI, "")
    shown = _messages(output)
    assert len(shown) == len(english), (shown, english)
    left = [m for m in english if m in output]
    assert left == [], left
    return output, shown


@pytest.fixture
def questionnaire(tmp_path: Path, mini, mini_path: Path) -> Path:
    q = tmp_path / "q.xlsx"
    result = _run("en", "--checklist", str(mini_path), "init", "--format", "xlsx", "-o", str(q))
    assert result.exit_code == 0, result.output
    fill_questionnaire(
        q, {"agency_name": "A", "agency_country": "FR", "period": "2026-Q4"}, answer_all(mini)
    )
    return q


def test_questionnaire_rows_and_formulas_in_french(questionnaire, mini_path):
    wb = load_workbook(questionnaire)
    rows = item_rows(wb, "readiness_qcol_item")
    ws = wb["Responses"]
    last = max(rows.values())
    ws.cell(last + 1, 6).value = "orphan evidence"  # answers without an item id
    ws.cell(last + 2, 1).value = "AAA-02"  # a second row for one item
    wb.save(questionnaire)
    args = ("--checklist", str(mini_path), "validate", str(questionnaire))
    output, shown = _in("fr", *args)
    assert "cette ligne contient des réponses mais pas d'identifiant de point" in output
    assert f"AAA-02 a deux réponses : ici et à la ligne {rows['AAA-02']}" in output
    output, _ = _in("es", *args)
    assert "AAA-02 tiene dos respuestas" in output
    output, _ = _in("ar", *args)
    assert "أُجيب عن AAA-02 مرتين" in output
    # Programs get the same key in every language.
    data = json.loads(_run("fr", *args, "--format", "json").stdout)
    (report,) = data
    keys = {p.get("message_key") for p in report["problems"]}
    assert {"wb.row_without_id", "wb.answered_twice"} <= keys

    named_cell(wb, "readiness_q_agency_name").value = "=1+1"  # saved without its value
    wb.save(questionnaire)
    output, _ = _in("fr", *args)
    assert "formule sans valeur enregistrée : ouvrez le fichier dans Excel" in output


def test_lost_column_is_named_by_its_header_in_the_language(questionnaire, mini_path):
    wb = load_workbook(questionnaire)
    del wb.defined_names["readiness_qcol_level"]
    wb.save(questionnaire)
    args = ("--checklist", str(mini_path), "validate", str(questionnaire))
    output, _ = _in("fr", *args)
    assert "le classeur a perdu la colonne « Niveau » (la cellule nommée" in output
    output, _ = _in("es", *args)
    assert "el libro ha perdido la columna «Nivel»" in output


def test_gap_report_edits_and_audit_level_in_spanish_and_arabic(tmp_path, mini, mini_path):
    src = write_assessment(tmp_path / "unit.yaml", assessment_dict(mini))
    out = gap_report(src, tmp_path / "report.xlsx", mini_path)
    wb = load_workbook(out)
    rows = item_rows(wb, "readiness_items_item")
    level = named_cell(wb, "readiness_items_level")
    audit = named_cell(wb, "readiness_items_audit_level")
    wb["Items"].cell(rows["AAA-02"], level.column).value = 1
    wb["Items"].cell(rows["BBB-01"], audit.column).value = "excellent"
    wb.save(out)
    output, shown = _in("es", "validate", str(out))
    assert len(shown) == 2
    assert "el nivel declarado de AAA-02 se ha cambiado en esta hoja de 3 a 1" in output
    assert "en la columna «Nivel auditado»" in output
    assert "el nivel auditado excellent no es uno de 0-4" in output
    output, _ = _in("ar", "validate", str(out))
    assert "غُيِّر المستوى المعلَن للبند AAA-02 في هذه الورقة من 3 إلى 1" in output
    assert "المستوى بعد التدقيق excellent ليس من بين" in output


def test_edited_embedded_data_in_french(tmp_path, mini, mini_path):
    src = write_assessment(tmp_path / "unit.yaml", assessment_dict(mini))
    out = gap_report(src, tmp_path / "report.xlsx", mini_path)
    wb = load_workbook(out)
    row = next(r for r in wb["readiness"].iter_rows() if r[0].value == "assessment_json")
    row[1].value = row[1].value.replace('"level":3', '"level":4', 1)
    wb.save(out)
    output, _ = _in("fr", "validate", str(out))
    assert "les données intégrées ont été modifiées : l'auto-évaluation enregistrée" in output


def test_damaged_and_foreign_workbooks_in_every_language(tmp_path, questionnaire):
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(questionnaire.read_bytes()[:5000])
    output, _ = _in("fr", "validate", str(truncated))
    assert "le classeur est endommagé ou incomplet" in output
    assert "enregistrez-le comme classeur Excel (.xlsx)" in output
    output, _ = _in("es", "validate", str(truncated))
    assert "el libro está dañado o incompleto" in output
    output, _ = _in("ar", "validate", str(truncated))
    assert "المصنف تالف أو ناقص" in output

    docx = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    output, _ = _in("es", "validate", str(docx))
    assert "este archivo es un documento de Word, no un libro de Excel" in output

    plain = tmp_path / "plain.xlsx"
    Workbook().save(plain)
    output, _ = _in("ar", "validate", str(plain))
    assert "هذا المصنف لم يُنشئه readiness (ليست فيه الورقة المخفية «readiness»)" in output
    output, _ = _in("fr", "validate", str(plain))
    assert "n'a pas de feuille masquée « readiness »" in output


def test_audited_without_auditor_in_french(tmp_path, mini, mini_path):
    src = write_assessment(tmp_path / "unit.yaml", assessment_dict(mini))
    out = gap_report(src, tmp_path / "report.xlsx", mini_path)
    output, _ = _in("fr", "assess", str(out), "--audited", "--no-excel")
    assert "le champ « Auditeur ou auditrice » est requis pour un résultat audité" in output
    output, _ = _in(
        "es", "--checklist", str(mini_path), "assess", str(src), "--audited", "--no-excel"
    )
    assert "--audited lee un informe de brechas" in output


def test_carried_by_id_in_french(mini, mini_path, tmp_path):
    from test_compare import mini_variant

    from readiness.reading.carry_source import onto_checklist
    from readiness.reading.checklists import load_checklist

    newer = load_checklist(str(mini_variant(tmp_path)))
    from readiness.reading.inputs import read_assessment

    previous = write_assessment(tmp_path / "q4.yaml", assessment_dict(mini))
    loaded = read_assessment(str(previous), checklist_spec=str(mini_path))
    _, problems, _ = onto_checklist(loaded.assessment, mini, newer)
    texts = [p.text("fr").replace(NARROW_NBSP, " ") for p in problems]
    assert any(
        "points que le référentiel mini 1.3.0 ne contient plus, non reportées : 1 (AAA-02)" in t
        for t in texts
    ), texts
    assert any("points nouveaux dans mini 1.3.0 qui demandent une réponse : 1" in t for t in texts)
    assert not any("answer" in t or "item(s)" in t for t in texts), texts


def test_carried_through_the_crosswalk_in_spanish(tmp_path):
    previous = Path(__file__).parent / "data" / "assessments" / "v1.0.0" / "critical-gaps.yaml"
    out = tmp_path / "next.yaml"
    result = _run("es", "init", "--from", str(previous), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert (
        "mediante la tabla de correspondencias: 19 elementos por revisar, 5 por responder"
        in result.stderr
    )
    assert "through the crosswalk" not in result.stderr


def test_files_that_cannot_be_read_as_workbooks_in_every_language(tmp_path):
    from readiness import limits

    big = tmp_path / "big.xlsx"
    with big.open("wb") as fh:
        fh.write(b"PK\x03\x04")
        fh.truncate(limits.MAX_WORKBOOK_BYTES + 1)
    output, _ = _in("fr", "validate", str(big))
    assert f"le classeur fait {limits.MAX_WORKBOOK_BYTES + 1} octets ;" in output

    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    output, _ = _in("es", "validate", str(folder))
    assert "esta ruta es una carpeta, no un archivo; se esperaba el archivo" in output

    text = tmp_path / "text.xlsx"
    text.write_text("level: 3\n", encoding="utf-8")
    output, _ = _in("ar", "validate", str(text))
    assert "اسم الملف اسم مصنف Excel لكنه ليس مصنفًا" in output
    output, _ = _in("fr", "validate", str(text))
    assert "le fichier porte le nom d'un classeur Excel mais n'en est pas un" in output
