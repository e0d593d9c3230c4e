"""Running an aggregation: finding the input files and summarising them in parallel.

Each worker process reads, validates and scores files and sends back only a compact
`Submission` or `Rejection` (aggregation.py; about 450 bytes pickled), so the parent's
memory grows by a couple of kilobytes per file, never by a whole assessment. Results come
back in input order and are sorted by path afterwards, so nothing depends on `--jobs` or on
timing.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path

from readiness.core.aggregation import (
    FileSummary,
    Rejection,
    VersionView,
    summarise,
    version_view,
)
from readiness.core.crosswalk import map_answers
from readiness.core.formats import version_key
from readiness.core.model import Assessment, Checklist
from readiness.core.problems import ERROR, Problem
from readiness.core.scoring import AssessmentResult, score_assessment
from readiness.i18n import Message
from readiness.internal_errors import save_traceback
from readiness.reading.checklists import (
    builtin_versions,
    is_builtin_spec,
    load_checklist,
    split_spec,
)
from readiness.reading.crosswalks import chain_between, is_published
from readiness.reading.file_reading import file_kind, thing_named
from readiness.reading.inputs import foreign_kind, read_assessment

# Files read as assessments; every other file found in a folder is a rejected input that
# says what to do (SPEC §15: every file HQ receives is accounted for), in the words of
# inputs.FOREIGN_KINDS for the kinds people send instead of an assessment.
INPUT_SUFFIXES = (".yaml", ".yml", ".xlsx", ".xlsm")
NOT_AN_ASSESSMENT = Message("agg.not_an_assessment")
# Files chunked per task: big enough to make inter-process traffic negligible, small
# enough to keep both workers busy until the end and the progress bar moving.
MAX_CHUNK = 100
# Worker processes per CPU at most, whatever --jobs asks.
MAX_JOBS_PER_CPU = 4


def default_jobs() -> int:
    """The CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _skipped_name(name: str) -> bool:
    # Hidden files and folders (.git, .DS_Store, editors' backups) and Excel's "~$book.xlsx"
    # lock files are the system's, not submissions.
    return name.startswith((".", "~$"))


def _rejected(path: str, message: str) -> Rejection:
    return Rejection(path, (Problem(ERROR, message),))


def _not_regular(mode: int) -> Message | None:
    """Why a file that is not a regular file is not read (it is never opened: a FIFO would
    block, a device would never end)."""
    kind = file_kind(mode)
    return None if kind is None else Message("agg.not_opened", kind=kind)


def discover(paths: Iterable[str]) -> tuple[list[str], list[Rejection]]:
    """Every input: files to read, and inputs rejected without being read.

    Named files are read whatever their name (but the kinds of FOREIGN_KINDS); folders are
    searched recursively, and every file found in them is either read (INPUT_SUFFIXES) or
    rejected saying what to do. A path that does not exist, a folder that cannot be listed
    and a file that is not a regular file are rejected inputs, never a stop. Sorted by path;
    a file reached twice is read once."""
    found: dict[str, str] = {}
    rejected: dict[str, Rejection] = {}

    def cannot_list(error: OSError) -> None:
        name = str(error.filename)
        rejected.setdefault(
            name, _rejected(name, Message("agg.cannot_list", reason=str(error.strerror or error)))
        )

    def consider(path: str, named: bool) -> None:
        try:
            info = os.stat(path)
        except OSError as exc:
            if isinstance(exc, FileNotFoundError):
                why = Message("agg.no_such_path")
            else:
                why = Message(
                    "read.cannot_read", what=thing_named("file"), reason=str(exc.strerror or exc)
                )
            rejected.setdefault(path, _rejected(path, why))
            return
        reason: str | None = _not_regular(info.st_mode)
        suffix = os.path.splitext(path)[1].lower()
        if reason is None and suffix not in INPUT_SUFFIXES:
            # A file named on the command line is read whatever its name, unless it is of a
            # kind readiness knows it cannot read.
            reason = foreign_kind(suffix, b"") or (None if named else NOT_AN_ASSESSMENT)
        real = os.path.realpath(path)
        if reason is not None:
            if real not in found:
                rejected.setdefault(real, _rejected(path, reason))
            return
        # A file rejected by name in a folder but named on the command line too is read.
        rejected.pop(real, None)
        found.setdefault(real, path)

    for given in paths:
        if not os.path.isdir(given):
            consider(given, named=True)
            continue
        for root, dirs, names in os.walk(given, onerror=cannot_list):
            dirs[:] = sorted(d for d in dirs if not _skipped_name(d))
            for name in sorted(names):
                if not _skipped_name(name):
                    consider(os.path.join(root, name), named=False)
    return sorted(found.values()), sorted(rejected.values(), key=lambda r: r.file)


def summarise_file(
    file: str, *, checklist_spec: str | None, allow_incomplete: bool = False
) -> FileSummary:
    """Read, validate and score one file against the chosen checklist (a worker's job).

    A built-in checklist named without a version: each file is scored against the version
    it answers, and its answers are carried to every newer version (aggregation.at_version
    picks the one consolidated against)."""
    try:
        by_version = checklist_spec is None or (
            is_builtin_spec(checklist_spec) and split_spec(checklist_spec)[1] is None
        )
        loaded = read_assessment(
            file, checklist_spec=checklist_spec, allow_incomplete=allow_incomplete
        )
        if not loaded.valid or loaded.assessment is None or loaded.checklist is None:
            return Rejection(file, tuple(sorted(loaded.problems, key=Problem.sort_key)))
        assessment = loaded.assessment
        if by_version and is_published(loaded.checklist):
            # cached: each version is loaded once per process
            checklist = load_checklist(f"{loaded.checklist.id}@{loaded.checklist.version}")
        else:
            checklist = load_checklist(checklist_spec)
        # A workbook carries its own copy of a checklist: everything HQ receives is scored
        # with a published or the one chosen checklist, so that the figures are comparable.
        mismatch = _checklist_mismatch(assessment, checklist)
        if mismatch:
            return Rejection(file, (Problem(ERROR, mismatch),))
        result = score_assessment(checklist, assessment)
        warnings = [p for p in loaded.problems if not p.is_error]
        fingerprint = loaded.fingerprint or ""
        summary = summarise(
            result, file, loaded.kind, fingerprint, warnings, audited=loaded.audited
        )
        if by_version:
            summary = dataclasses.replace(summary, views=_newer_views(result))
        return summary
    except Exception as exc:  # a bug on one file must not stop the others
        saved = save_traceback(exc)
        where = (
            Message("cli.internal_saved", path=str(saved))
            if saved is not None
            else Message("cli.internal_not_saved")
        )
        return Rejection(
            file, (Problem(ERROR, Message("agg.internal_error", what=_short(exc), where=where)),)
        )


def _newer_views(result: AssessmentResult) -> tuple[VersionView, ...]:
    """The answers carried to every newer published version of the checklist."""
    own = result.checklist
    views = []
    for version in builtin_versions(own.id):
        if version_key(version) <= version_key(own.version):
            continue
        newer = load_checklist(f"{own.id}@{version}")
        chain = chain_between(own, newer)
        if chain is not None:
            views.append(version_view(result, map_answers(result, chain, newer)))
    return tuple(views)


def _short(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}"
    return text if len(text) <= 200 else text[:199] + "…"


def _checklist_mismatch(assessment: Assessment, checklist: Checklist) -> Message | None:
    if assessment.checklist_id != checklist.id:
        return Message("agg.other_checklist", answered=assessment.checklist_id, used=checklist.id)
    if set(assessment.responses) != {item.id for item in checklist.items}:
        return Message(
            "agg.items_differ",
            own=assessment.checklist_version or "?",
            id=checklist.id,
            version=checklist.version,
        )
    return None


def summarise_files(
    files: list[str],
    *,
    checklist_spec: str | None,
    allow_incomplete: bool = False,
    jobs: int = 1,
    progress: Callable[[int], None] | None = None,
) -> Iterator[FileSummary]:
    """One summary per file, in the order of `files`, computed over `jobs` processes.

    `progress(1)` is called as each file is done (the caller draws the bar)."""
    work = partial(summarise_file, checklist_spec=checklist_spec, allow_incomplete=allow_incomplete)
    # More processes than CPUs only costs memory: `-j 10000` must not start ten thousand.
    jobs = max(1, min(jobs, len(files), MAX_JOBS_PER_CPU * default_jobs()))
    if jobs == 1:
        for file in files:
            yield work(file)
            if progress is not None:
                progress(1)
        return
    import multiprocessing

    from readiness.output_files import unwind_on_signals

    chunk = max(1, min(MAX_CHUNK, len(files) // (jobs * 8)))
    # A pool that can be terminated: SIGTERM (made an exception while it runs) and Ctrl-C
    # end the workers with the parent, instead of leaving them to finish their chunks (or
    # run on, as ProcessPoolExecutor's do). Workers ignore SIGINT: the terminal sends it to
    # every process of the group, and only the parent should report it.
    with unwind_on_signals(), multiprocessing.Pool(jobs, initializer=_worker_signals) as pool:
        for summary in pool.imap(work, files, chunksize=chunk):
            yield summary
            if progress is not None:
                progress(1)


def _worker_signals() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def inputs_named_like(out: Path, files: list[str]) -> list[str]:
    """The inputs that could be the output file: those with its name (a cheap pre-filter
    before comparing files, which costs a few system calls each), and, when the output
    exists, any input that is that same file under another name (a symbolic or hard link)."""
    name = out.name.casefold()
    named = [file for file in files if os.path.basename(file).casefold() == name]
    try:
        target = os.stat(out)
    except OSError:  # a file that does not exist yet is no input
        return named
    for file in files:
        try:
            info = os.stat(file)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (target.st_dev, target.st_ino) and file not in named:
            named.append(file)
    return named
