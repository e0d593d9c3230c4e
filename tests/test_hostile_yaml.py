"""Hostile and broken YAML (SPEC §4, §10): a located error and exit 1, fast and small.

Static cases live in tests/data/hostile/; large ones are generated here. Each runs as a
whole process, and the test checks its exit code, the first problem's location and text,
its wall time and its peak memory (from wait4's rusage).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from readiness import limits

# A corpus run as whole processes: the slow loop only.
pytestmark = pytest.mark.slow

HOSTILE = Path(__file__).parent / "data" / "hostile"
PEAK_MB = 200
SECONDS = 5  # about a second each; generous for a loaded CI machine

# file -> (location prefix after the file name, fragment of the first message)
STATIC = {
    "billion-laughs.yaml": (":2:6: error:", "anchors (&a) are not accepted"),
    "python-tag.yaml": (":2:9: error:", "YAML tag !!python/object/apply:os.system"),
    "tab-indent.yaml": (":9:1: error:", "never tabs"),
    "unclosed-flow.yaml": (":9:1: error:", "YAML syntax error"),
    "latin1.yaml": (":3:33: error:", "not UTF-8 text (byte 0xe8)"),
    "png-named.yaml": (":1:1: error:", "binary data, not YAML"),
    "zip-magic-named.yaml": (": error:", "named .yaml but is a zip archive"),
    "not-a-mapping.yaml": (":1:1: error:", "an assessment is a YAML mapping"),
    "empty.yaml": (":1:1: error:", "an assessment is a YAML mapping"),
    "two-documents.yaml": (":2:1: error:", "more than one YAML document"),
    "wrong-checklist.yaml": (":1:12: error:", "answers checklist 'some-other-list'"),
    "types-everywhere.yaml": (":2:16: error:", "agency.name must be a text, not a list"),
}


def _generated(tmp: Path) -> dict[str, tuple[Path, str, str]]:
    header = b"checklist: interpol-csea-covid19\n"
    cases = {
        "oversized": (
            header + b"# " + b"x" * limits.MAX_YAML_BYTES + b"\n",
            ": error:",
            "at most 5,242,880 are accepted",
        ),
        "deep-nesting": (
            header + b"agency: " + b"[" * 200_000,
            ":2:",
            f"nested more than {limits.MAX_YAML_DEPTH} levels",
        ),
        "long-string": (
            header + b"notes: " + b"y" * (limits.MAX_STRING_CHARS + 10) + b"\n",
            ":2:8: error:",
            "characters is longer than the 32,767 allowed",
        ),
        "many-elements": (
            header + b"agency: [" + b"0," * (limits.MAX_YAML_EVENTS + 10) + b"0]\n",
            ":1:1: error:",
            f"more than {limits.MAX_YAML_EVENTS:,} YAML elements",
        ),
        "nul-bytes": (b"\x00" * 64, ":1:1: error:", "binary data"),
        "utf16": (
            "checklist: x\n".encode("utf-16"),
            ":1:1: error:",
            "UTF-16 text; save it as UTF-8",
        ),
    }
    out = {}
    for name, (data, where, what) in cases.items():
        path = tmp / f"{name}.yaml"
        path.write_bytes(data)
        out[name] = (path, where, what)
    return out


# A process's peak RSS includes the pages of the process it was forked from (pytest, with all
# it has built), so readiness is started by a small launcher and measured as its child.
_LAUNCHER = """
import os, sys
fd = int(sys.argv[1])
pid = os.fork()
if pid == 0:
    os.close(fd)
    os.execv(sys.executable, [sys.executable, "-m", "readiness", *sys.argv[2:]])
_, status, usage = os.wait4(pid, 0)
os.write(fd, f"{os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}".encode())
"""


def run_measured(args: list[str]) -> tuple[int, str, float, float]:
    """Exit code, output, seconds and peak RSS in MB of one readiness process (or of the
    largest worker it waited for)."""
    read_end, write_end = os.pipe()
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", _LAUNCHER, str(write_end), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "READINESS_LANG": "en"},
        pass_fds=(write_end,),
    )
    os.close(write_end)
    assert proc.stdout is not None
    output = proc.stdout.read().decode("utf-8", "replace")
    proc.wait()
    elapsed = time.perf_counter() - start
    with os.fdopen(read_end, "rb") as report:
        code, peak_kb = report.read().split()
    return int(code), output, elapsed, int(peak_kb) / 1024


def _check(path: Path, where: str, what: str) -> None:
    code, output, seconds, peak = run_measured(["validate", str(path)])
    assert code == 1, output
    assert "Traceback" not in output
    # The first error (a file without checklist_version also gets a note, a warning).
    first = next(line for line in output.splitlines() if ": warning: " not in line)
    assert first.startswith(f"{path}{where}"), first
    assert what in first, first
    assert seconds < SECONDS, seconds
    assert peak < PEAK_MB, peak


@pytest.mark.parametrize("name", sorted(STATIC))
def test_static_hostile_files(name: str) -> None:
    where, what = STATIC[name]
    _check(HOSTILE / name, where, what)


def test_every_static_file_has_an_expectation() -> None:
    assert sorted(p.name for p in HOSTILE.glob("*.yaml")) == sorted(STATIC)


@pytest.mark.parametrize(
    "name", ["oversized", "deep-nesting", "long-string", "many-elements", "nul-bytes", "utf16"]
)
def test_generated_hostile_files(name: str, tmp_path: Path) -> None:
    path, where, what = _generated(tmp_path)[name]
    _check(path, where, what)


def test_no_tag_was_executed() -> None:
    assert not Path("/tmp/readiness-pwned").exists()


# --- round 2 (issue 10): what is not a file, numbers beyond limits, dates workbooks cannot
# hold; each a located error, never an unbounded read, a hang or an internal error ----------

MINI = Path(__file__).parent / "data" / "checklists" / "mini.yaml"
SOUND = Path(__file__).parent / "data" / "assessments" / "v1.0.0" / "near-ready.yaml"
HUGE = "9" * 5000


def _sound_with(tmp: Path, old: str, new: str, name: str = "unit.yaml") -> Path:
    text = SOUND.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _not_files(tmp: Path) -> dict[str, tuple[Path, str, str]]:
    zero = tmp / "zero.yaml"
    zero.symlink_to("/dev/zero")
    fifo = tmp / "pipe.yaml"
    os.mkfifo(fifo)
    null = tmp / "null.yml"
    null.symlink_to("/dev/null")
    folder = tmp / "folder.yaml"
    folder.mkdir()
    return {
        "devzero-symlink": (zero, ": error:", "this is a device, not a regular file"),
        "fifo": (fifo, ": error:", "a named pipe (FIFO), not a regular file"),
        "devnull-symlink": (null, ": error:", "this is a device, not a regular file"),
        "folder-named-yaml": (folder, ": error:", "this is a folder, not a file"),
        "dangling-symlink": (_dangling(tmp), ": error:", "no such file"),
        "symlink-loop": (_loop(tmp), ": error:", "Too many levels of symbolic links"),
    }


def _loop(tmp: Path) -> Path:
    link = tmp / "loop.yaml"
    link.symlink_to(link)
    return link


def _dangling(tmp: Path) -> Path:
    link = tmp / "gone.yaml"
    link.symlink_to(tmp / "nowhere.yaml")
    return link


NOT_FILES = [
    "devzero-symlink",
    "fifo",
    "devnull-symlink",
    "folder-named-yaml",
    "dangling-symlink",
    "symlink-loop",
]


@pytest.mark.parametrize("name", NOT_FILES)
def test_what_is_not_a_regular_file_is_refused_unopened(name: str, tmp_path: Path) -> None:
    path, where, what = _not_files(tmp_path)[name]
    _check(path, where, what)


def _numbers_and_dates(tmp: Path) -> dict[str, tuple[Path, str, str]]:
    long_number = "a number of 5,000 characters is longer than the 40 allowed"
    outside = "is outside the dates readiness accepts (1900-01-01 to 2107-12-31)"
    cases = {
        "huge-level": ("level: sustained", f"level: {HUGE}", ":36:12: error:", long_number),
        "huge-name": (
            "name: National Bureau",
            f"name: {HUGE}\n  former: National Bureau",
            ":22:9: error:",
            long_number,
        ),
        "huge-due": ("due: 2027-03-31", f"due: {HUGE}", ":239:10: error:", long_number),
        "huge-hex": ("level: sustained", "level: 0x" + "f" * 5000, ":36:12: error:", "5,002"),
        "nan-level": (
            "level: sustained",
            "level: .nan",
            ":36:12: error:",
            "'.nan' is not a finite",
        ),
        "inf-level": ("level: sustained", "level: -.inf", ":36:12: error:", "not a finite number"),
        "overflowing-float": ("level: sustained", "level: 1e999", ":36:12:", "not a finite"),
        "year-2108": ("assessed_on: 2026-11-20", "assessed_on: 2108-01-01", ":26:14:", outside),
        "year-999": ("assessed_on: 2026-11-20", "assessed_on: 0999-06-01", ":26:14:", outside),
        "period-in-arabic-digits": (
            "period: 2026-Q4",
            "period: \u0662\u0660\u0662\u0666-Q4",
            ":25:9: error:",
            "digits other than 0-9",
        ),
        "excel-day-zero": (
            "assessed_on: 2026-11-20",
            "assessed_on: 1899-12-30",
            ":26:14:",
            outside,
        ),
    }
    out = {}
    for name, (old, new, where, what) in cases.items():
        out[name] = (_sound_with(tmp, old, new, f"{name}.yaml"), where, what)
    return out


NUMBERS_AND_DATES = [
    "huge-level",
    "huge-name",
    "huge-due",
    "huge-hex",
    "nan-level",
    "inf-level",
    "overflowing-float",
    "year-2108",
    "year-999",
    "excel-day-zero",
    "period-in-arabic-digits",
]


@pytest.mark.parametrize("name", NUMBERS_AND_DATES)
def test_numbers_and_dates_beyond_limits_are_located_errors(name: str, tmp_path: Path) -> None:
    path, where, what = _numbers_and_dates(tmp_path)[name]
    _check(path, where, what)


def _bad_checklist(tmp: Path, old: str, new: str) -> Path:
    text = MINI.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp / "custom.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


CHECKLIST_CASES = {
    "nan-min-score": ("min_score: 85", "min_score: .nan", ":16:29: error:", "not a finite"),
    "inf-min-score": ("min_score: 85", "min_score: .inf", ":16:29: error:", "not a finite"),
    "huge-weight": ("weight: ", f"weight: {HUGE} #", ":29:17: error:", "5,000 characters"),
}


@pytest.mark.parametrize("name", sorted(CHECKLIST_CASES))
@pytest.mark.parametrize("command", ["check", "assess"])
def test_custom_checklists_with_unbounded_numbers(name: str, command: str, tmp_path: Path) -> None:
    """`checklist check` refuses what `assess` would trip on; both say where (in the
    checklist, not at that line of the assessment)."""
    old, new, where, what = CHECKLIST_CASES[name]
    custom = _bad_checklist(tmp_path, old, new)
    if command == "check":
        args = ["checklist", "check", str(custom)]
    else:
        args = ["assess", str(SOUND), "--checklist", str(custom), "--no-excel"]
    code, output, seconds, peak = run_measured(args)
    assert code == 1, output
    assert "Traceback" not in output and "internal error" not in output, output
    if command == "check":
        assert output.startswith(f"{custom}{where}"), output
    else:
        assert output.startswith(str(SOUND)), output
        assert f" error: checklist {custom}{where[:-7]} " in output, output
    assert what in output, output
    assert seconds < SECONDS and peak < PEAK_MB, (seconds, peak)


def test_a_checklist_that_is_not_a_file_is_refused(tmp_path: Path) -> None:
    zero = tmp_path / "zero.yaml"
    zero.symlink_to("/dev/zero")
    for args, said in (
        (["checklist", "check", str(zero)], "this is a device, not a regular file"),
        (["validate", str(SOUND), "--checklist", str(zero)], "not a file, nor a built-in id"),
    ):
        code, output, seconds, peak = run_measured(args)
        assert code == 1, output
        assert "internal error" not in output, output
        assert said in output, output
        assert seconds < SECONDS and peak < PEAK_MB, (seconds, peak)


def test_fail_under_nan_is_a_usage_error() -> None:
    code, output, _, _ = run_measured(["assess", str(SOUND), "--no-excel", "--fail-under", "nan"])
    assert code == 2, output
    assert "'nan' is not a number from 0 to 100" in output, output


# --- the terminal, the locale, outputs and signals (issue 10) ----------------------------


def run_process(
    args: list[str],
    *,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    send: int | None = None,
    after: float = 1.5,
) -> tuple[int, bytes, bytes, float, list[int]]:
    """Exit code, stdout, stderr (as bytes: what the terminal receives), seconds, and, when
    a signal is sent `after` seconds, the process's children that were still running a
    second after it ended."""
    import signal

    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "readiness", *args],
            stdout=out,
            stderr=err,
            cwd=cwd,
            env={**os.environ, "READINESS_LANG": "en", **(env or {})},
        )
        children: list[int] = []
        if send is not None:
            time.sleep(after)
            children = _children(proc.pid)
            proc.send_signal(send)
        try:
            code = proc.wait(timeout=SECONDS * 4)
        except subprocess.TimeoutExpired:
            proc.kill()
            for pid in children:
                os.kill(pid, signal.SIGKILL)
            raise
        seconds = time.perf_counter() - start
        left: list[int] = []
        if children:
            time.sleep(1)
            left = [pid for pid in children if _running(pid)]
            for pid in left:
                os.kill(pid, signal.SIGKILL)
        out.seek(0)
        err.seek(0)
        return code, out.read(), err.read(), seconds, left


def _children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


HOSTILE_TEXT = "\x1b[2J\x1b]0;pwned\x07\u202eevil\u200b\x9b"


def _inert(data: bytes) -> None:
    """Nothing a terminal would obey: no ESC, BEL, CSI, C1 control, bidi override or
    zero-width space reaches it."""
    for raw in (b"\x1b", b"\x07", b"\xc2\x9b", "\u202e".encode(), "\u200b".encode()):
        assert raw not in data, (raw, data[:300])


@pytest.mark.parametrize("fmt", ["table", "markdown", "json"])
def test_escape_sequences_from_a_file_are_shown_escaped(fmt: str, tmp_path: Path) -> None:
    import json as json_module

    path = _sound_with(
        tmp_path, "name: National Bureau", f"name: {json_module.dumps(HOSTILE_TEXT)} #"
    )
    code, out, err, _, _ = run_process(["assess", str(path), "--no-excel", "--format", fmt])
    assert code == 0, err
    _inert(out + err)
    if fmt == "json":  # escaped the JSON way: the value stays exact
        assert json_module.loads(out)["agency"]["name"] == HOSTILE_TEXT
    elif fmt == "table":
        assert b"\\x1b[2J\\x1b]0;pwned\\x07\\u202eevil\\u200b\\x9b" in out, out[:400]
    else:  # Markdown shows control characters as U+FFFD (reports/markdown.py)
        assert b"\\u202eevil\\u200b" in out, out[:400]


@pytest.mark.parametrize("fmt", ["table", "markdown"])
def test_a_custom_checklist_text_is_shown_escaped(fmt: str, tmp_path: Path) -> None:
    custom = _bad_checklist(
        tmp_path,
        "title: {en: First area, fr: Premier domaine}",
        'title: {en: "First\\e[2J\\u202earea\\u200b", fr: Premier domaine}',
    )
    code, out, err, _, _ = run_process(
        ["checklist", "show", "--checklist", str(custom), "--format", fmt]
    )
    assert code == 0, err
    _inert(out + err)
    assert b"[2J\\u202earea\\u200b" in out, out[:500]


def test_a_file_name_cannot_forge_a_line_or_move_the_cursor(tmp_path: Path) -> None:
    name = "unit\nfake.yaml: valid\x1b[1A.yaml"
    path = tmp_path / name
    path.write_text("checklist: interpol-csea-covid19\nagency: [\n", encoding="utf-8")
    code, out, err, _, _ = run_process(["validate", str(path)])
    assert code == 1
    _inert(out + err)
    lines = out.decode().splitlines()
    assert lines[0].startswith(f"{tmp_path}/unit\\nfake.yaml: valid\\x1b[1A.yaml:"), lines
    assert not any(line.startswith("fake.yaml") for line in lines), lines


def test_a_file_name_that_is_not_utf8_is_printed_escaped(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    bad = os.path.join(folder, b"unit-\xff\xfe.yaml")
    with open(bad, "wb") as fh:  # the latest version, which aggregate uses
        fh.write((Path(__file__).parent.parent / "examples" / "near-ready.yaml").read_bytes())
    inbox = os.fsdecode(folder)
    code, out, err, _, _ = run_process(["aggregate", inbox, "--no-excel", "--format", "json"])
    assert code == 0, err
    import json as json_module

    data = json_module.loads(out)  # valid JSON, with the file name in it
    assert data["submissions"][0]["file"].endswith("unit-\udcff\udcfe.yaml")
    code, out, err, _, _ = run_process(["validate", os.fsdecode(bad)])
    assert code == 0, err
    assert out.decode("utf-8").startswith(f"{tmp_path}/unit-\\xff\\xfe.yaml: valid"), out


@pytest.mark.parametrize("command", ["assess", "validate", "checklist-show"])
def test_a_latin1_locale_gets_replacement_characters(command: str) -> None:
    args = {
        "assess": ["assess", str(SOUND), "--no-excel"],
        "validate": ["validate", str(SOUND)],
        "checklist-show": ["checklist", "show"],
    }[command]
    env = {"PYTHONIOENCODING": "latin-1", "LC_ALL": "C", "LANG": "C"}
    code, out, err, seconds, _ = run_process(args, env=env)
    assert code == 0, err
    assert b"internal error" not in err and b"Traceback" not in err, err
    out.decode("latin-1")  # what the terminal expects
    assert seconds < SECONDS


def test_outputs_never_overwrite_the_checklist(tmp_path: Path) -> None:
    from conftest import assessment_dict, write_yaml

    from readiness.reading.checklists import load_checklist

    custom = tmp_path / "custom.yaml"
    custom.write_bytes(MINI.read_bytes())
    before = custom.read_bytes()
    unit = write_yaml(tmp_path / "unit.yaml", assessment_dict(load_checklist(str(MINI))))
    for args in (
        ["init", "--checklist", str(custom), "-o", str(custom), "--force"],
        ["convert", str(unit), "-o", str(custom), "--checklist", str(custom), "--force"],
        ["aggregate", str(unit), "--checklist", str(custom), "-o", str(custom)],
    ):
        code, out, err, _, _ = run_process(args)
        assert code == 1, (args, err)
        assert b"refusing to write over the input file" in err, (args, err)
        assert custom.read_bytes() == before, args


def test_an_output_that_is_a_pipe_or_device_is_refused(tmp_path: Path) -> None:
    """`-o` naming a FIFO (or /dev/null) would have had it replaced by a file (a rename)."""
    fifo = tmp_path / "report.xlsx"
    os.mkfifo(fifo)
    code, _, err, seconds, _ = run_process(["assess", str(SOUND), "-o", str(fifo)])
    assert code == 1, err
    assert b"is not a regular file (a device or a pipe?)" in err, err
    assert fifo.is_fifo() and seconds < SECONDS


def test_jobs_are_bounded_by_the_cpus(tmp_path: Path) -> None:
    """`-j 100000` over 40 files: a few workers, not forty (nor a hundred thousand)."""
    from readiness.reading.aggregate_run import MAX_JOBS_PER_CPU, default_jobs

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(40):
        (inbox / f"{i}.yaml").write_bytes(SOUND.read_bytes())
    proc = subprocess.Popen(
        [sys.executable, "-m", "readiness", "aggregate", str(inbox), "--no-excel", "-j", "100000"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "READINESS_LANG": "en"},
    )
    most = 0
    while proc.poll() is None:
        most = max(most, len(_children(proc.pid)))
        time.sleep(0.02)
    assert proc.returncode in (0, 1, 3)
    assert most <= MAX_JOBS_PER_CPU * default_jobs(), most


def test_a_250_byte_output_name_is_written(tmp_path: Path) -> None:
    out = tmp_path / ("r" * 245 + ".xlsx")
    code, _, err, _, _ = run_process(["assess", str(SOUND), "-o", str(out)])
    assert code == 0, err
    assert out.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no temporary left


def test_ctrl_c_exits_130_interrupted(tmp_path: Path) -> None:
    import signal

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(2000):
        (inbox / f"{i}.yaml").write_bytes(SOUND.read_bytes())
    code, out, err, _, _ = run_process(
        ["aggregate", str(inbox), "--no-excel", "--jobs", "1"], send=signal.SIGINT
    )
    assert code == 130, err
    assert err.decode().strip().endswith("readiness: interrupted"), err
    assert b"Aborted!" not in err and b"Traceback" not in err, err


def test_ctrl_c_in_a_terminal_reaches_every_worker_quietly(tmp_path: Path) -> None:
    """A terminal sends SIGINT to the whole process group: workers ignore it, the parent
    stops them and alone says "interrupted"; no traceback from any process."""
    import signal

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for i in range(3000):
        (inbox / f"{i}.yaml").write_bytes(SOUND.read_bytes())
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "readiness", "aggregate", str(inbox), "--no-excel", "-j", "2"],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env={**os.environ, "READINESS_LANG": "en"},
            start_new_session=True,
        )
        time.sleep(1.5)
        workers = _children(proc.pid)
        os.killpg(proc.pid, signal.SIGINT)
        code = proc.wait(timeout=SECONDS * 2)
        time.sleep(1)
        left = [pid for pid in workers if _running(pid)]
        for pid in left:
            os.kill(pid, signal.SIGKILL)
        err.seek(0)
        text = err.read().decode()
    assert code == 130, text
    assert text.strip() == "readiness: interrupted", text
    assert workers and not left, (workers, left)


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """`readiness checklist show | head -1`: no traceback, no internal error (click ends
    with exit 1 on a broken pipe)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "readiness", "checklist", "show"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "READINESS_LANG": "en"},
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read()
    code = proc.wait(timeout=SECONDS * 2)
    assert err == b"", err
    assert code in (0, 1)
