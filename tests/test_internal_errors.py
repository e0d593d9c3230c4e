"""Bugs are not blamed on the user (SPEC §12): an unexpected exception is an internal error
with its traceback saved to a file named in the message, never "the workbook is damaged"."""

from __future__ import annotations

import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import assessment_dict, write_yaml
from workbook_helpers import run

from readiness.cli import main
from readiness.internal_errors import raised_while_parsing
from readiness.reading import workbook_input
from readiness.reading.inputs import read_assessment


def _questionnaire(tmp_path: Path, mini: Any) -> Path:
    source = write_yaml(tmp_path / "unit.yaml", assessment_dict(mini))
    out = tmp_path / "q.xlsx"
    result = run("--checklist", str(MINI_PATH), "convert", str(source), "-o", str(out))
    assert result.exit_code == 0, result.output
    return out


MINI_PATH = Path(__file__).parent / "data" / "checklists" / "mini.yaml"


def _main(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["readiness", *args])
    # main() hides numpy from openpyxl for the process; give it back afterwards.
    monkeypatch.setitem(sys.modules, "numpy", sys.modules.get("numpy"))
    with pytest.raises(SystemExit) as stop:
        main()
    code = stop.value.code
    assert isinstance(code, int)
    return code


def test_a_bug_while_reading_a_workbook_is_an_internal_error_with_a_saved_traceback(
    tmp_path: Path, mini: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    questionnaire = _questionnaire(tmp_path, mini)
    traces = tmp_path / "tmp"
    traces.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(traces))
    monkeypatch.delenv("READINESS_DEBUG", raising=False)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("injected bug")

    monkeypatch.setattr(workbook_input, "_collect", broken)
    code = _main(monkeypatch, "--checklist", str(MINI_PATH), "validate", str(questionnaire))
    err = capsys.readouterr().err
    assert code == 1
    assert "internal error (RuntimeError: injected bug)" in err
    assert "not a problem with your files" in err
    assert "damaged" not in err and "save it" not in err.lower()
    (saved,) = traces.glob("readiness-internal-error-*.txt")
    assert str(saved) in err
    text = saved.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: injected bug" in text
    assert "broken" in text  # the frame where it happened


def test_the_reader_lets_a_bug_through_instead_of_calling_the_file_damaged(
    tmp_path: Path, mini: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    questionnaire = _questionnaire(tmp_path, mini)

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise KeyError("a bug")

    monkeypatch.setattr(workbook_input, "_collect", broken)
    with pytest.raises(KeyError):
        read_assessment(str(questionnaire), checklist_spec=str(MINI_PATH))


def test_a_damaged_workbook_is_still_the_files_problem(tmp_path: Path, mini: Any) -> None:
    questionnaire = _questionnaire(tmp_path, mini)
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(questionnaire) as source, zipfile.ZipFile(damaged, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("xl/worksheets/sheet1"):
                data = data[: len(data) // 2]  # cut in the middle of the XML
            target.writestr(info, data)
    loaded = read_assessment(str(damaged), checklist_spec=str(MINI_PATH))
    assert not loaded.valid
    assert any("damaged" in p.message for p in loaded.problems), loaded.problems


def test_where_an_exception_comes_from_decides() -> None:
    from openpyxl.utils.cell import coordinate_from_string

    with pytest.raises(Exception) as from_openpyxl:  # noqa: B017, PT011
        coordinate_from_string("not a cell")
    assert raised_while_parsing(from_openpyxl.value)
    with pytest.raises(ValueError) as from_here:
        int("x")
    assert not raised_while_parsing(from_here.value)
