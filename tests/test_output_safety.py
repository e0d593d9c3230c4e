"""Output safety (SPEC §8, §10): every writer writes atomically (a temporary file beside the
output, then a rename), leaves no temporary file on success or failure, keeps an existing
output when it fails, says clearly when the folder is missing or unusable, and refuses to
write over one of its inputs, however that input is spelled.

Writers: assess -o, init (YAML and xlsx), convert (to YAML and to xlsx), compare -o,
aggregate -o.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import assessment_dict, write_yaml
from workbook_helpers import run

from readiness.output_files import OutputError, check_output_path
from readiness.reading.checklists import DEFAULT_CHECKLIST, load_checklist


@dataclass
class Inputs:
    unit: Path  # a valid YAML assessment
    other: Path  # another one, to compare with
    questionnaire: Path  # the unit's answers as a questionnaire workbook
    inbox: Path  # a folder for aggregate


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Inputs:
    folder = tmp_path_factory.mktemp("inputs")
    checklist = load_checklist(DEFAULT_CHECKLIST)
    unit = write_yaml(folder / "unit.yaml", assessment_dict(checklist))
    other = write_yaml(folder / "other.yaml", assessment_dict(checklist, 2))
    questionnaire = folder / "unit.xlsx"
    assert run("convert", str(unit), "-o", str(questionnaire)).exit_code == 0
    inbox = folder / "inbox"
    inbox.mkdir()
    write_yaml(inbox / "a.yaml", assessment_dict(checklist))
    return Inputs(unit, other, questionnaire, inbox)


@dataclass
class Writer:
    args: Callable[[Inputs, Path], list[str]]  # the command line, given the output path
    suffix: str  # of the output file
    module: str | None  # where the function that fills the temporary file lives
    function: str | None  # None: the text is written with Path.write_text


WRITERS: dict[str, Writer] = {
    "assess": Writer(
        lambda i, out: ["assess", str(i.unit), "-o", str(out), "--format", "json"],
        ".xlsx",
        "readiness.workbooks.gap_report",
        "write_gap_report",
    ),
    "init-yaml": Writer(lambda i, out: ["init", "-o", str(out), "--force"], ".yaml", None, None),
    "init-xlsx": Writer(
        lambda i, out: ["init", "--format", "xlsx", "-o", str(out), "--force"],
        ".xlsx",
        "readiness.workbooks.questionnaire",
        "write_questionnaire",
    ),
    "convert-yaml": Writer(
        lambda i, out: ["convert", str(i.questionnaire), "-o", str(out)], ".yaml", None, None
    ),
    "convert-xlsx": Writer(
        lambda i, out: ["convert", str(i.unit), "-o", str(out)],
        ".xlsx",
        "readiness.workbooks.questionnaire",
        "write_questionnaire",
    ),
    "compare": Writer(
        lambda i, out: ["compare", str(i.unit), str(i.other), "-o", str(out), "--format", "json"],
        ".xlsx",
        "readiness.workbooks.comparison_workbook",
        "write_comparison_workbook",
    ),
    "aggregate": Writer(
        lambda i, out: ["aggregate", str(i.inbox), "-o", str(out), "--jobs", "1"],
        ".xlsx",
        "readiness.workbooks.consolidation_workbook",
        "write_consolidation",
    ),
}

DISK_FULL = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _break_writer(monkeypatch: pytest.MonkeyPatch, writer: Writer, error: BaseException) -> None:
    """The function that fills the temporary file writes a few bytes, then fails."""

    def broken(path: Any, *args: Any, **kwargs: Any) -> None:
        with open(path, "wb") as fh:
            fh.write(b"PK\x03\x04 half written")
        raise error

    if writer.module is None:
        monkeypatch.setattr(Path, "write_text", broken)
    else:
        import importlib

        monkeypatch.setattr(importlib.import_module(writer.module), str(writer.function), broken)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _clean(result: Any) -> str:
    """The output, checked to hold no traceback."""
    output = result.output
    assert "Traceback" not in output, output
    assert isinstance(result.exception, SystemExit | None), result.exception
    return output


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_success_leaves_only_the_output(name: str, inputs: Inputs, tmp_path: Path) -> None:
    writer = WRITERS[name]
    out = tmp_path / f"out{writer.suffix}"
    result = run(*writer.args(inputs, out))
    _clean(result)
    assert result.exit_code == 0, result.output
    assert _names(tmp_path) == [out.name]  # no temporary file left beside it
    assert out.stat().st_size > 0
    # Permissions as for any new file, not mkstemp's private 0600.
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_failed_write_leaves_nothing_and_says_why(
    name: str, inputs: Inputs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = WRITERS[name]
    out = tmp_path / f"out{writer.suffix}"
    _break_writer(monkeypatch, writer, DISK_FULL)
    result = run(*writer.args(inputs, out))
    output = _clean(result)
    assert result.exit_code == 1
    assert f"readiness: error: {out}: cannot write: No space left on device" in output
    assert _names(tmp_path) == []


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_failed_write_keeps_the_existing_output(
    name: str, inputs: Inputs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = WRITERS[name]
    out = tmp_path / f"out{writer.suffix}"
    out.write_bytes(b"the previous report")
    _break_writer(monkeypatch, writer, DISK_FULL)
    result = run(*writer.args(inputs, out))
    _clean(result)
    assert result.exit_code == 1
    assert out.read_bytes() == b"the previous report"
    assert _names(tmp_path) == [out.name]


@pytest.mark.parametrize("error", [RuntimeError("a bug"), KeyboardInterrupt()])
@pytest.mark.parametrize("name", ["assess", "aggregate", "init-yaml"])
def test_bug_or_interruption_mid_write_leaves_nothing(
    name: str,
    error: BaseException,
    inputs: Inputs,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    writer = WRITERS[name]
    out = tmp_path / f"out{writer.suffix}"
    _break_writer(monkeypatch, writer, error)
    result = run(*writer.args(inputs, out))
    assert result.exit_code != 0
    assert _names(tmp_path) == []


_BROKEN_PROCESS = """
import sys, time
from pathlib import Path
import readiness.workbooks.gap_report as gap_report

MODE = sys.argv[1]

def broken(path, *args, **kwargs):
    Path(path).write_bytes(b"PK half written")
    if MODE == "bug":
        raise RuntimeError("something unexpected")
    print("writing", flush=True)
    time.sleep(60)

gap_report.write_gap_report = broken
from readiness.cli import main
sys.argv = ["readiness", *sys.argv[2:]]
main()
"""


@pytest.mark.slow  # a whole process
def test_a_bug_mid_write_in_a_real_process(inputs: Inputs, tmp_path: Path) -> None:
    """The last-resort handler: one clear line, exit 1, no traceback, nothing left."""
    out = tmp_path / "out" / "report.xlsx"
    out.parent.mkdir()
    proc = subprocess.run(
        [sys.executable, "-c", _BROKEN_PROCESS, "bug", "assess", str(inputs.unit), "-o", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "READINESS_LANG": "en", "TMPDIR": str(tmp_path)},
    )
    assert proc.returncode == 1
    assert "readiness: internal error (RuntimeError: something unexpected)" in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    assert _names(out.parent) == []


@pytest.mark.slow  # whole processes
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_terminated_mid_write_leaves_nothing(inputs: Inputs, tmp_path: Path, signum: int) -> None:
    out = tmp_path / "out" / "report.xlsx"
    out.parent.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-c", _BROKEN_PROCESS, "slow", "assess", str(inputs.unit), "-o", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline() == "writing\n"  # the temporary file exists now
        assert [p.name.endswith(".tmp") for p in out.parent.iterdir()] == [True]
        proc.send_signal(signum)
        code = proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert code == 128 + signum
    assert _names(out.parent) == []


# --- the output folder ---------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_missing_output_folder(name: str, inputs: Inputs, tmp_path: Path) -> None:
    writer = WRITERS[name]
    out = tmp_path / "no-such-folder" / f"out{writer.suffix}"
    result = run(*writer.args(inputs, out))
    output = _clean(result)
    assert result.exit_code == 1
    assert f"{out}: the folder {out.parent} does not exist" in output
    assert _names(tmp_path) == []


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_output_folder_that_is_a_file(name: str, inputs: Inputs, tmp_path: Path) -> None:
    writer = WRITERS[name]
    plain = tmp_path / "notes.txt"
    plain.write_text("not a folder")
    out = plain / f"out{writer.suffix}"
    result = run(*writer.args(inputs, out))
    output = _clean(result)
    assert result.exit_code == 1
    assert f"{out}: {plain} is not a folder" in output
    assert _names(tmp_path) == ["notes.txt"]


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_output_folder_not_writable(
    name: str, inputs: Inputs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root, for whom chmod does not make a folder read-only: ask os.access.
    writer = WRITERS[name]
    folder = tmp_path / "locked"
    folder.mkdir()
    out = folder / f"out{writer.suffix}"
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda path, mode, **kw: (
            False if Path(path) == folder and mode & os.W_OK else real_access(path, mode, **kw)
        ),
    )
    result = run(*writer.args(inputs, out))
    output = _clean(result)
    assert result.exit_code == 1
    assert f"{out}: the folder {folder} is not writable" in output
    assert _names(folder) == []


@pytest.mark.parametrize("name", ["assess", "init-xlsx", "aggregate"])
def test_no_temporary_file_can_be_made(
    name: str, inputs: Inputs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder looked writable but creating the temporary file fails (disk full, a
    read-only file system, a race): a clear error, not an internal one."""
    import tempfile

    def full(*args: Any, **kwargs: Any) -> Any:
        raise DISK_FULL

    monkeypatch.setattr(tempfile, "mkstemp", full)
    writer = WRITERS[name]
    out = tmp_path / f"out{writer.suffix}"
    result = run(*writer.args(inputs, out))
    output = _clean(result)
    assert result.exit_code == 1
    assert f"{out}: cannot write: No space left on device" in output


def test_output_that_is_a_folder(inputs: Inputs, tmp_path: Path) -> None:
    result = run("assess", str(inputs.unit), "-o", str(tmp_path))
    assert result.exit_code == 2  # a usage error, from the option's own check
    assert "is a directory" in _clean(result)
    with pytest.raises(OutputError, match="is a folder; give a file name"):
        check_output_path(tmp_path)


def test_init_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "self-assessment.yaml"
    out.write_text("mine")
    result = run("init", "-o", str(out))
    assert result.exit_code == 1
    assert "already exists; use --force to replace it" in _clean(result)
    assert out.read_text() == "mine"
    assert _names(tmp_path) == [out.name]


# --- never over an input ---------------------------------------------------------------------


def _spellings(target: Path, tmp_path: Path) -> dict[str, Path]:
    """Other names for `target`: the same path, a detour through '..', a symbolic link and
    a hard link, each elsewhere in the tree."""
    other = tmp_path / "elsewhere"
    other.mkdir(exist_ok=True)
    link = other / f"link{target.suffix}"
    link.symlink_to(target)
    hard = other / f"hard{target.suffix}"
    os.link(target, hard)
    detour = target.parent / ".." / target.parent.name / target.name
    return {"same": target, "detour": detour, "symlink": link, "hard-link": hard}


@pytest.mark.parametrize("spelling", ["same", "detour", "symlink", "hard-link"])
@pytest.mark.parametrize("name", ["assess", "convert", "compare", "aggregate"])
def test_output_over_an_input_is_refused(
    name: str, spelling: str, inputs: Inputs, tmp_path: Path
) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    if name == "convert":
        target = folder / "unit.xlsx"
        target.write_bytes(inputs.questionnaire.read_bytes())
    else:
        target = folder / "unit.yaml"
        target.write_bytes(inputs.unit.read_bytes())
    before = target.read_bytes()
    out = _spellings(target, tmp_path)[spelling]
    args = {
        "assess": ["assess", str(target), "-o", str(out)],
        "convert": ["convert", str(target), "-o", str(out)],
        "compare": ["compare", str(target), str(inputs.other), "-o", str(out)],
        "aggregate": ["aggregate", str(folder), "-o", str(out), "--jobs", "1"],
    }[name]
    result = run(*args)
    output = _clean(result)
    assert result.exit_code == 1, output
    assert f"{out}: refusing to write over the input file; choose another name" in output
    assert target.read_bytes() == before
    assert _names(folder) == ["unit.xlsx" if name == "convert" else "unit.yaml"]
    assert _names(tmp_path / "elsewhere") == sorted(
        [f"hard{target.suffix}", f"link{target.suffix}"]
    )


def test_aggregate_input_given_through_a_link_is_protected(inputs: Inputs, tmp_path: Path) -> None:
    """The inbox holds a link to a file elsewhere; writing to that file is refused."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    real = tmp_path / "real.yaml"
    real.write_bytes(inputs.unit.read_bytes())
    (inbox / "link.yaml").symlink_to(real)
    result = run("aggregate", str(inbox), "-o", str(real), "--jobs", "1")
    assert result.exit_code == 1
    assert "refusing to write over the input file" in _clean(result)
    assert real.read_bytes() == inputs.unit.read_bytes()


def test_check_output_path_messages(tmp_path: Path) -> None:
    existing = tmp_path / "a.xlsx"
    existing.write_bytes(b"x")
    with pytest.raises(OutputError, match="refusing to write over the input file"):
        check_output_path(tmp_path / "." / "a.xlsx", [str(existing)])
    with pytest.raises(OutputError, match="already exists; use --force"):
        check_output_path(existing, force=False)
    check_output_path(existing)  # replacing an output is fine by default
    check_output_path(Path("relative-name.xlsx"))  # the current folder
