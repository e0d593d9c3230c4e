"""Texts that stayed English or badly typeset in fr, es and ar (issue 14, a sweep of every
command): counts with their plural, rejections of aggregate, labels composed in code."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from readiness.cli import cli
from readiness.i18n import FSI, NARROW_NBSP, PDI, Counted, Listed, Message

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _run(lang: str, *args: str):
    return CliRunner().invoke(cli, ["--lang", lang, *args], env={"READINESS_LANG": ""})


def test_counted_message_takes_the_plural_of_each_language_and_survives_pickling():
    one = Counted("count.to_review", 1)
    many = Counted("count.to_review", 19)
    assert str(one) == "1 item to review" and str(many) == "19 items to review"
    assert one.render("fr") == "1 point à revoir"
    assert Counted("count.to_review", 0).render("fr") == "0 point à revoir"
    assert many.render("fr") == "19 points à revoir"
    assert many.render("es") == "19 elementos por revisar"
    again = pickle.loads(
        pickle.dumps(
            Message(
                "carry.through_crosswalk",
                id="x",
                old="1",
                new="2",
                review=many,
                answer=one,
                retired="",
            )
        )
    )
    assert "19 points à revoir" in again.render("fr")


def test_listed_values_take_the_list_separator_of_the_language():
    items = Listed(["PREV-01", "MAP-02"])
    assert str(items) == "PREV-01, MAP-02"
    message = Counted("carry.new_items", 2, id="c", version="1.1.0", items=items)
    assert "(PREV-01, MAP-02)" in message.render("fr")
    assert f"{FSI}PREV-01{PDI}، {FSI}MAP-02{PDI}" in message.render("ar")


def test_migrate_summary_counts_in_french_and_arabic(tmp_path):
    shutil.copy(EXAMPLES / "answered-1.0.0.yaml", tmp_path / "a.yaml")
    fr = _run("fr", "migrate", str(tmp_path / "a.yaml"), "-o", str(tmp_path / "fr.yaml"))
    assert fr.exit_code == 0, fr.output
    assert "19 points à revoir, 5 à renseigner" in fr.stderr
    assert "(s)" not in fr.stderr
    ar = _run("ar", "migrate", str(tmp_path / "a.yaml"), "-o", str(tmp_path / "ar.yaml"))
    assert ar.exit_code == 0, ar.output
    assert "بنود للمراجعة: 19؛ بنود للإجابة: 5" in ar.stderr


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [("fr", "fichier ou dossier introuvable"), ("es", "el archivo o la carpeta no existe")],
)
def test_aggregate_rejects_a_missing_path_in_the_language(tmp_path, lang, phrase):
    result = _run(lang, "aggregate", "--no-excel", str(tmp_path / "nowhere"))
    assert result.exit_code == 1
    assert phrase in result.output
    assert "no such file" not in result.output


def test_aggregate_rejects_a_foreign_file_in_a_folder_in_french(tmp_path):
    shutil.copy(EXAMPLES / "near-ready.yaml", tmp_path / "a.yaml")
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    result = _run("fr", "aggregate", "--no-excel", "--format", "json", str(tmp_path))
    assert result.exit_code == 3
    assert "n'est pas une évaluation" in result.output
    assert "not an assessment file" not in result.output


def test_not_applicable_justification_line_is_typeset_in_french():
    path = str(EXAMPLES / "near-ready.yaml")
    fr = _run("fr", "assess", path, "--no-excel")
    assert f"HELP-06{NARROW_NBSP}: The unit neither runs" in fr.output
    es = _run("es", "assess", path, "--no-excel")
    assert "HELP-06: The unit neither runs" in es.output


def test_compare_counts_agree_with_their_number(tmp_path):
    base, other = str(EXAMPLES / "near-ready.yaml"), str(EXAMPLES / "critical-gaps.yaml")
    fr = _run("fr", "compare", base, other)
    assert "11 inchangés, 22 en baisse, 1 n'est plus sans objet" in fr.output
    es = _run("es", "compare", base, other)
    assert "11 sin cambios" in es.output
    ar = _run("ar", "compare", base, other)
    assert "دون تغيير: 11" in ar.output


def test_audited_compare_with_no_changed_item_says_zero_in_the_singular_in_french(tmp_path):
    report = tmp_path / "gap.xlsx"
    made = _run("fr", "assess", str(EXAMPLES / "critical-gaps.yaml"), "-o", str(report))
    assert made.exit_code == 0, made.output
    result = _run("fr", "compare", str(report))
    assert "(0 point sur 34 ;" in result.output.replace(NARROW_NBSP, " ")


def test_checklist_show_labels_in_french_and_spanish():
    fr = _run("fr", "checklist", "show", "interpol-csea-covid19")
    assert f"fondement{NARROW_NBSP}: rapport" in fr.output
    assert f"Version en français{NARROW_NBSP}: 2020-09-29" in fr.output
    es = _run("es", "checklist", "show", "interpol-csea-covid19")
    assert "Versión en francés: 2020-09-29" in es.output


def _audited_report(tmp_path: Path, lang: str) -> Path:
    """A gap report whose auditor turned HELP-06 to n/a, as an auditor fills it in."""
    import datetime as dt

    from openpyxl import load_workbook
    from workbook_helpers import item_rows, named_cell

    report = tmp_path / "gap.xlsx"
    made = _run(lang, "assess", str(EXAMPLES / "critical-gaps.yaml"), "-o", str(report))
    assert made.exit_code == 0, made.output
    wb = load_workbook(report)
    named_cell(wb, "readiness_auditor_name").value = "Insp. Jane Okafor"
    named_cell(wb, "readiness_audit_date").value = dt.date(2026, 12, 10)
    level = named_cell(wb, "readiness_items_audit_level")
    level.parent.cell(item_rows(wb, "readiness_items_item")["HELP-06"], level.column).value = "n/a"
    wb.save(report)
    return report


@pytest.mark.parametrize(
    ("lang", "na"), [("fr", "sans objet"), ("es", "no aplicable"), ("ar", "لا ينطبق")]
)
def test_audited_compare_names_not_applicable_in_the_language(tmp_path, lang, na):
    result = _run(lang, "compare", str(_audited_report(tmp_path, lang)))
    assert result.exit_code == 0, result.output
    assert f"1→{na}" in result.output
    assert "n/a" not in result.output


def test_rejected_sheet_and_properties_of_the_consolidation_in_french(tmp_path):
    from openpyxl import load_workbook

    shutil.copy(EXAMPLES / "near-ready.yaml", tmp_path / "a.yaml")
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    out = tmp_path / "cons.xlsx"
    result = _run("fr", "aggregate", "-o", str(out), str(tmp_path))
    assert result.exit_code == 3, result.output
    wb = load_workbook(out)
    texts = {c.value for row in wb["Rejetés"].iter_rows() for c in row}
    assert "erreur" in texts and "error" not in texts
    assert wb.properties.description == f"2026-Q4{NARROW_NBSP}: 2 reçus, 1 retenu"


def test_lists_in_problems_take_the_arabic_comma(tmp_path):
    text = (EXAMPLES / "near-ready.yaml").read_text(encoding="utf-8")
    path = tmp_path / "a.yaml"
    path.write_text(text.replace("period: 2026-Q4", "period: 2026-Q4\nextra: 1"), "utf-8")
    ar = _run("ar", "validate", str(path))
    assert ar.exit_code == 1
    assert f"{FSI}checklist{PDI}، {FSI}checklist_version{PDI}، " in ar.output
    fr = _run("fr", "validate", str(path))
    assert "checklist, checklist_version, agency" in fr.output


def test_period_shapes_are_written_as_each_language_writes_them(tmp_path):
    fr = _run("fr", "init", "--period", "2026-Q9", "-o", str(tmp_path / "a.yaml"))
    assert fr.exit_code == 2
    assert "AAAA, AAAA-Qn (n de 1 à 4), AAAA-Hn (n de 1 à 2), AAAA-MM" in fr.output
    assert "YYYY" not in fr.output
    es = _run("es", "init", "--period", "2026-Q9", "-o", str(tmp_path / "a.yaml"))
    assert "AAAA, AAAA-Qn (n de 1 a 4)" in es.output


def test_yaml_comments_composed_in_code_are_typeset_in_french(tmp_path):
    out = tmp_path / "t.yaml"
    assert _run("fr", "init", "-o", str(out)).exit_code == 0
    assert f"# == PREV{NARROW_NBSP}: Prévention et sensibilisation ==" in out.read_text("utf-8")
    migrated = tmp_path / "m.yaml"
    shutil.copy(EXAMPLES / "answered-1.0.0.yaml", tmp_path / "a.yaml")
    assert _run("fr", "migrate", str(tmp_path / "a.yaml"), "-o", str(migrated)).exit_code == 0
    assert f"# Exigence{NARROW_NBSP}: " in migrated.read_text("utf-8")


def test_required_checklist_keys_are_named_without_python_quotes(tmp_path):
    result = _run("fr", "checklist", "check", str(EXAMPLES / "near-ready.yaml"))
    assert result.exit_code == 1
    assert ": error: areas est obligatoire" in result.output
    assert "'areas'" not in result.output


@pytest.mark.parametrize(("lang", "na"), [("fr", "sans objet"), ("ar", "لا ينطبق")])
def test_workbooks_write_not_applicable_in_the_language_and_read_it_back(tmp_path, lang, na):
    from openpyxl import load_workbook

    from readiness.reading.inputs import read_assessment

    book = tmp_path / "q.xlsx"
    converted = _run(lang, "convert", str(EXAMPLES / "near-ready.yaml"), "-o", str(book))
    assert converted.exit_code == 0, converted.output
    wb = load_workbook(book)
    texts = [c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row]
    assert na in texts and "n/a" not in texts
    assert na in [c.value for c in wb["readiness"][7]]  # the drop-down entries
    loaded = read_assessment(str(book))
    assert loaded.valid and loaded.assessment is not None
    assert loaded.assessment.responses["HELP-06"].na
    report = tmp_path / "gap.xlsx"
    assert _run(lang, "assess", str(book), "-o", str(report)).exit_code == 0
    gap = load_workbook(report)
    assert na in [c.value for ws in gap.worksheets for row in ws.iter_rows() for c in row]
    assert _run(lang, "compare", str(EXAMPLES / "near-ready.yaml"), str(report)).exit_code == 0
