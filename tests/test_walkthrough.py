"""A newcomer's walk through the README in English, French, Spanish and Arabic: what was left
in English, or said otherwise than the README, and is now in the user's language."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import EXAMPLES

from readiness.cli import cli


def run(*args: str, lang: str = "en"):
    return CliRunner().invoke(cli, ["--lang", lang, *args])


# --fail-under: the score and the threshold as the summary writes them ------------------------


@pytest.mark.parametrize(
    ("lang", "score", "threshold"), [("en", "60.8", "80.5"), ("fr", "60,8", "80,5")]
)
def test_fail_under_message_uses_the_languages_decimal_separator(
    lang: str, score: str, threshold: str
) -> None:
    result = run(
        "assess",
        str(EXAMPLES / "critical-gaps.yaml"),
        "--no-excel",
        "--fail-under",
        "80.5",
        lang=lang,
    )
    assert result.exit_code == 4
    assert f" {score} " in result.stderr and f" {threshold} " in result.stderr


# the period shapes carry no English "or" into other languages --------------------------------


@pytest.mark.parametrize(
    ("lang", "shape"), [("fr", "AAAA-MM"), ("es", "AAAA-MM"), ("ar", "YYYY-MM")]
)
def test_period_shapes_have_no_english_word(tmp_path: Path, lang: str, shape: str) -> None:
    text = (EXAMPLES / "near-ready.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(text.replace("period: 2026-Q4", "period: Q4 2026"), encoding="utf-8")
    result = run("validate", str(bad), lang=lang)
    assert result.exit_code == 1
    line = next(x for x in result.output.splitlines() if "Q4 2026" in x)
    assert shape in line and " or " not in line


# missing inputs and refused outputs speak the user's language ---------------------------------


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "no such file"), ("fr", "fichier introuvable"), ("es", "el archivo no existe")],
)
def test_missing_input_file(tmp_path: Path, lang: str, expected: str) -> None:
    result = run("assess", str(tmp_path / "nothere.yaml"), "--no-excel", lang=lang)
    assert result.exit_code == 1
    assert expected in result.output


def test_output_over_the_input_is_refused_in_french(tmp_path: Path) -> None:
    src = tmp_path / "near-ready.yaml"
    shutil.copy(EXAMPLES / "near-ready.yaml", src)
    result = run("assess", str(src), "-o", str(src), lang="fr")
    assert result.exit_code == 1
    assert "refus d'écrire par-dessus le fichier d'entrée" in result.stderr
    assert "refusing" not in result.stderr


@pytest.mark.parametrize(
    ("lang", "expected"), [("en", "already exists"), ("fr", "existe déjà"), ("ar", "موجود بالفعل")]
)
def test_init_over_an_existing_file(tmp_path: Path, lang: str, expected: str) -> None:
    out = tmp_path / "unit.yaml"
    out.write_text("keep me", encoding="utf-8")
    result = run("init", "-o", str(out), lang=lang)
    assert result.exit_code == 1
    assert expected in result.stderr and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep me"


def test_output_folder_missing_in_spanish(tmp_path: Path) -> None:
    result = run("init", "-o", str(tmp_path / "nodir" / "unit.yaml"), lang="es")
    assert result.exit_code == 1
    assert "no existe" in result.stderr


@pytest.mark.parametrize(("lang", "expected"), [("en", "no files found"), ("fr", "aucun fichier")])
def test_aggregate_of_an_empty_inbox(tmp_path: Path, lang: str, expected: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    result = run("aggregate", str(inbox), "--no-excel", lang=lang)
    assert result.exit_code == 1
    assert expected in result.stderr
