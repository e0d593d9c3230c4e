"""Hostile and broken YAML (SPEC §4, §10): a located error and exit 1, fast and small.

Static cases live in tests/data/hostile/; large ones are generated here. Each runs as a
whole process, and the test checks its exit code, the first problem's location and text,
its wall time and its peak memory (from wait4's rusage).
"""

from __future__ import annotations

import os
import subprocess
import sys
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
    }


def _dangling(tmp: Path) -> Path:
    link = tmp / "gone.yaml"
    link.symlink_to(tmp / "nowhere.yaml")
    return link


NOT_FILES = ["devzero-symlink", "fifo", "devnull-symlink", "folder-named-yaml", "dangling-symlink"]


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
    for args in (
        ["checklist", "check", str(zero)],
        ["validate", str(SOUND), "--checklist", str(zero)],
    ):
        code, output, seconds, peak = run_measured(args)
        assert code == 1, output
        assert "internal error" not in output, output
        assert "not a regular file" in output or "not a file" in output, output
        assert seconds < SECONDS and peak < PEAK_MB, (seconds, peak)


def test_fail_under_nan_is_a_usage_error() -> None:
    code, output, _, _ = run_measured(["assess", str(SOUND), "--no-excel", "--fail-under", "nan"])
    assert code == 2, output
    assert "'nan' is not a number from 0 to 100" in output, output
