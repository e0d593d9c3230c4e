"""What each class of hostile input costs: time, peak memory and exit code of whole processes.

    python benchmarks/bench_hostile.py [CASE ...]

Builds every case of issue 10 (and the extra ones found since) in a temporary folder and runs
`readiness` on it as a whole process with a wall-clock limit (KILL after LIMIT_S seconds:
"timeout") and an address-space limit (LIMIT_GB, so that an unbounded read ends in
MemoryError instead of taking the machine). Prints one line per case: exit code, seconds,
peak RSS in MB, and the first line of output. Run it on two commits to compare them.
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# A sound assessment to break; another one (of an older checklist version, for an older
# commit) can be named with READINESS_BENCH_EXAMPLE.
EXAMPLE = Path(os.environ.get("READINESS_BENCH_EXAMPLE", ROOT / "examples" / "near-ready.yaml"))
LIMIT_S = 20.0
LIMIT_GB = 2.0
SIGNAL_AFTER_S = 1.5  # for the signal cases: when to send it


def _limits() -> None:
    os.setsid()
    cap = int(LIMIT_GB * 1024**3)
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


# A process's peak RSS counts the pages of the process it was forked from (this one, with
# openpyxl loaded), so readiness is started by a small launcher and measured as its child.
LAUNCHER = """
import os, sys
fd = int(sys.argv[1])
pid = os.fork()
if pid == 0:
    os.close(fd)
    os.execv(sys.executable, [sys.executable, "-m", "readiness", *sys.argv[2:]])
os.write(fd, str(pid).encode())
os.close(fd)
_, status, usage = os.wait4(pid, 0)
sys.stderr.write(f"\\n@@ {os.waitstatus_to_exitcode(status)} {usage.ru_maxrss}\\n")
sys.exit(0)
"""


def run(
    args: list[str],
    cwd: Path,
    env: dict[str, str] | None = None,
    send: int | None = None,
    pick: str = "",
) -> tuple[str, float, float, str]:
    """(exit code or 'timeout', seconds, peak MB, first output line)."""
    environ = {**os.environ, "READINESS_LANG": "en", **(env or {})}
    start = time.perf_counter()
    read_end, write_end = os.pipe()
    proc = subprocess.Popen(
        [sys.executable, "-c", LAUNCHER, str(write_end), *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=environ,
        preexec_fn=_limits,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pid_pipe:
        child = int(pid_pipe.read() or b"0")
    timed_out = threading.Event()

    def kill() -> None:
        timed_out.set()
        os.killpg(proc.pid, signal.SIGKILL)

    timer = threading.Timer(LIMIT_S, kill)
    timer.start()
    children: list[int] = []
    if send is not None:
        time.sleep(SIGNAL_AFTER_S)
        children = descendants(child)
        with contextlib.suppress(ProcessLookupError):  # already done
            os.kill(child, send)
    assert proc.stdout is not None
    output = proc.stdout.read()
    proc.wait()
    timer.cancel()
    seconds = time.perf_counter() - start
    text = output.decode("utf-8", "backslashreplace")
    text, _, report = text.rpartition("\n@@ ")
    code_text, _, peak_kb = report.strip().partition(" ")
    code = "timeout" if timed_out.is_set() else code_text
    peak = int(peak_kb or 0)
    lines = [line for line in text.splitlines() if line.strip()]
    picked = [line for line in lines if pick and pick in line]
    first = " | ".join(line.strip() for line in picked[:3]) if picked else (lines or [""])[0]
    if children:
        time.sleep(1)
        left = [pid for pid in children if Path(f"/proc/{pid}").exists()]
        first = f"[{len(children)} children, {len(left)} left running] {first}"
        for pid in left:
            os.kill(pid, signal.SIGKILL)
    return code, seconds, peak / 1024, first[:150]


def descendants(pid: int) -> list[int]:
    """Every process started by `pid`, from /proc (Linux)."""
    found: list[int] = []
    todo = [pid]
    while todo:
        parent = todo.pop()
        try:
            text = Path(f"/proc/{parent}/task/{parent}/children").read_text()
        except OSError:
            continue
        kids = [int(k) for k in text.split()]
        found.extend(kids)
        todo.extend(kids)
    return found


def _yaml_with(tmp: Path, name: str, old: str, new: str) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _gap_report(tmp: Path, name: str = "gap.xlsx", source: Path = EXAMPLE) -> Path:
    out = tmp / name
    subprocess.run(
        [sys.executable, "-m", "readiness", "assess", str(source), "-o", str(out)],
        check=True,
        capture_output=True,
    )
    return out


def _edit_embedded(path: Path, edit: Callable[[dict, dict], tuple[str, str] | None]) -> None:
    """Rewrite the gap report's embedded JSON (assessment, checklist) and, unless `edit`
    returns raw texts to store as they are, the fingerprints, so that only the content lies."""
    from openpyxl import load_workbook

    from readiness.core.canonical import fingerprint

    wb = load_workbook(path)
    ws = wb["readiness"]
    rows = {row[0].value: row for row in ws.iter_rows()}

    def text(key: str) -> str:
        return "".join(c.value for c in rows[key][1:] if c.value)

    assessment, checklist = json.loads(text("assessment_json")), json.loads(text("checklist_json"))
    raw = edit(assessment, checklist)

    def put(key: str, value: str) -> None:
        for cell in rows[key][1:]:
            cell.value = None
        for i in range(0, len(value), 32_000):
            ws.cell(row=rows[key][0].row, column=2 + i // 32_000, value=value[i : i + 32_000])

    if raw is None:
        put("assessment_json", json.dumps(assessment))
        put("checklist_json", json.dumps(checklist))
        put("assessment_fingerprint", fingerprint(assessment))
        put("checklist_fingerprint", fingerprint(checklist))
    else:
        put("assessment_json", raw[0])
    wb.save(path)


Case = Callable[[Path], tuple[list[str], dict[str, str] | None, int | None]]
CASES: dict[str, Case] = {}


def case(name: str) -> Callable[[Case], Case]:
    def register(func: Case) -> Case:
        CASES[name] = func
        return func

    return register


@case("devzero-symlink")
def _devzero(tmp: Path):  # type: ignore[no-untyped-def]
    (tmp / "unit.yaml").symlink_to("/dev/zero")
    return ["validate", "unit.yaml"], None, None


@case("fifo-in-inbox")
def _fifo(tmp: Path):  # type: ignore[no-untyped-def]
    inbox = tmp / "inbox"
    inbox.mkdir()
    shutil.copy(EXAMPLE, inbox / "good.yaml")
    os.mkfifo(inbox / "pipe.yaml")
    return ["aggregate", "inbox", "--no-excel", "--jobs", "2"], None, None


@case("huge-int-level")
def _huge_int(tmp: Path):  # type: ignore[no-untyped-def]
    _yaml_with(tmp, "a.yaml", "level: sustained", "level: " + "9" * 5000)
    return ["validate", "a.yaml"], None, None


@case("nan-min-score-check")
def _nan_check(tmp: Path):  # type: ignore[no-untyped-def]
    src = (ROOT / "tests" / "data" / "checklists" / "mini.yaml").read_text(encoding="utf-8")
    assert "min_score: 85" in src
    (tmp / "nan.yaml").write_text(src.replace("min_score: 85", "min_score: .nan"), "utf-8")
    return ["checklist", "check", "nan.yaml"], None, None


@case("fail-under-nan")
def _fail_nan(tmp: Path):  # type: ignore[no-untyped-def]
    return ["assess", str(EXAMPLE), "--no-excel", "--fail-under", "nan"], None, None


@case("embedded-lone-surrogate")
def _surrogate(tmp: Path):  # type: ignore[no-untyped-def]
    gap = _gap_report(tmp)

    def edit(a: dict, c: dict) -> tuple[str, str]:
        a["agency"]["name"] = "\ud800"
        return json.dumps(a), ""

    _edit_embedded(gap, edit)
    return ["validate", gap.name], None, None


@case("embedded-million-keys")
def _million(tmp: Path):  # type: ignore[no-untyped-def]
    gap = _gap_report(tmp)
    many = "{" + ",".join(f'"{i}":0' for i in range(1_200_000)) + "}"
    _edit_embedded(gap, lambda a, c: (many, ""))
    return ["validate", gap.name], None, None


@case("embedded-level-9")
def _level9(tmp: Path):  # type: ignore[no-untyped-def]
    gap = _gap_report(tmp)

    def edit(a: dict, c: dict) -> None:
        for v in range(5, 10):
            c["levels"].append(
                {"value": v, "key": f"l{v}", "label": {lg: f"L{v}" for lg in c["languages"]}}
            )
        first = next(iter(a["responses"]))
        a["responses"][first]["level"] = 9

    _edit_embedded(gap, edit)
    inbox = tmp / "inbox"
    inbox.mkdir()
    shutil.move(gap, inbox / gap.name)
    return ["aggregate", "inbox", "--no-excel", "--jobs", "1"], None, None


@case("date-2108")
def _d2108(tmp: Path):  # type: ignore[no-untyped-def]
    import re

    text = EXAMPLE.read_text(encoding="utf-8")
    text = re.sub(r"assessed_on: .*", "assessed_on: 2108-01-01", text)
    (tmp / "a.yaml").write_text(text, encoding="utf-8")
    return ["assess", "a.yaml", "-o", "out.xlsx"], None, None


@case("date-999")
def _d999(tmp: Path):  # type: ignore[no-untyped-def]
    import re

    text = EXAMPLE.read_text(encoding="utf-8")
    text = re.sub(r"assessed_on: .*", "assessed_on: 0999-06-01", text)
    text = re.sub(r"date: [0-9-]{10}", "date: 0999-01-01", text)
    (tmp / "a.yaml").write_text(text, encoding="utf-8")
    return ["assess", "a.yaml", "-o", "out.xlsx"], None, None


@case("apostrophe-sheet")
def _apostrophe(tmp: Path):  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    gap = _gap_report(tmp)
    wb = load_workbook(gap)
    items = wb.defined_names["readiness_items_item"].attr_text.split("!")[0].strip("'")
    ws = wb[items]
    new = "Réponses de l'unité"
    ws.title = new
    for defined in wb.defined_names.values():
        sheet = f"'{items}'!" if f"'{items}'!" in defined.attr_text else f"{items}!"
        defined.attr_text = defined.attr_text.replace(sheet, "'Réponses de l''unité'!")
    wb.save(gap)
    return ["validate", gap.name], None, None


@case("latin1-locale")
def _latin1(tmp: Path):  # type: ignore[no-untyped-def]
    return ["assess", str(EXAMPLE), "--no-excel"], {"PYTHONIOENCODING": "latin-1"}, None


@case("escape-in-name")
def _escape(tmp: Path):  # type: ignore[no-untyped-def]
    _yaml_with(tmp, "a.yaml", "name: ", 'name: "\\e[2J\\e]0;pwned\\a\\u202e" # ')
    return ["assess", "a.yaml", "--no-excel"], None, None


@case("nfc-nfd-identity")
def _nfd(tmp: Path):  # type: ignore[no-untyped-def]
    import re

    inbox = tmp / "inbox"
    inbox.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    for i, name in enumerate(("Brigade de la Sûrete\u0301", "Brigade de la S\u00fbret\u00e9")):
        body = re.sub(r"(\n  name: ).*", lambda m, n=name: m.group(1) + n, text, count=1)
        (inbox / f"{i}.yaml").write_text(body, encoding="utf-8")
    return ["aggregate", "inbox", "--no-excel", "--format", "json", "--jobs", "1"], None, None


@case("output-over-checklist")
def _over_checklist(tmp: Path):  # type: ignore[no-untyped-def]
    shutil.copy(ROOT / "tests" / "data" / "checklists" / "mini.yaml", tmp / "mini.yaml")
    return ["init", "--checklist", "mini.yaml", "-o", "mini.yaml", "--force"], None, None


@case("name-250-bytes")
def _long_name(tmp: Path):  # type: ignore[no-untyped-def]
    return ["assess", str(EXAMPLE), "-o", "r" * 245 + ".xlsx"], None, None


@case("sigint")
def _sigint(tmp: Path):  # type: ignore[no-untyped-def]
    inbox = tmp / "inbox"
    inbox.mkdir()
    for i in range(3000):
        shutil.copy(EXAMPLE, inbox / f"{i}.yaml")
    return ["aggregate", "inbox", "--no-excel", "--jobs", "1"], None, signal.SIGINT


@case("sigterm-workers")
def _sigterm(tmp: Path):  # type: ignore[no-untyped-def]
    inbox = tmp / "inbox"
    inbox.mkdir()
    for i in range(3000):
        shutil.copy(EXAMPLE, inbox / f"{i}.yaml")
    return ["aggregate", "inbox", "--no-excel", "--jobs", "2"], None, signal.SIGTERM


@case("output-is-a-fifo")
def _output_fifo(tmp: Path):  # type: ignore[no-untyped-def]
    os.mkfifo(tmp / "report.xlsx")
    return ["assess", str(EXAMPLE), "-o", "report.xlsx"], None, None


@case("jobs-100000")
def _jobs(tmp: Path):  # type: ignore[no-untyped-def]
    inbox = tmp / "inbox"
    inbox.mkdir()
    for i in range(300):
        shutil.copy(EXAMPLE, inbox / f"{i}.yaml")
    return ["aggregate", "inbox", "--no-excel", "--jobs", "100000"], None, None


@case("checklist-error-location")
def _checklist_location(tmp: Path):  # type: ignore[no-untyped-def]
    src = (ROOT / "tests" / "data" / "checklists" / "mini.yaml").read_text(encoding="utf-8")
    (tmp / "bad.yaml").write_text(src.replace("min_score: 85", "min_score: .nan"), "utf-8")
    return ["validate", str(EXAMPLE), "--checklist", "bad.yaml"], None, None


@case("arabic-digit-period")
def _arabic(tmp: Path):  # type: ignore[no-untyped-def]
    inbox = tmp / "inbox"
    inbox.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8")
    (inbox / "a.yaml").write_text(text, encoding="utf-8")
    arabic = text.replace("period: 2026-Q4", "period: \u0662\u0660\u0662\u0666-Q4", 1)
    (inbox / "b.yaml").write_text(arabic, encoding="utf-8")
    return ["aggregate", "inbox", "--no-excel", "--format", "json", "--jobs", "1"], None, None


# Cases whose telling line is not the first: the lines containing this are shown.
PICK = {
    "embedded-level-9": "gap.xlsx",
    "nfc-nfd-identity": '"accepted"',
    "fifo-in-inbox": "pipe.yaml",
    "arabic-digit-period": '"accepted"',
}


def main() -> None:
    wanted = sys.argv[1:] or list(CASES)
    for name in wanted:
        with tempfile.TemporaryDirectory() as d:
            tmp = Path(d)
            try:
                args, env, send = CASES[name](tmp)
            except Exception as exc:  # a case that cannot be built on this commit
                print(f"{name:26} (not built: {type(exc).__name__}: {exc})")
                continue
            code, seconds, peak, first = run(args, tmp, env, send, PICK.get(name, ""))
            print(f"{name:26} exit={code:8} {seconds:6.2f} s {peak:7.0f} MB  {first}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
