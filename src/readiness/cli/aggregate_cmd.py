"""`aggregate`: HQ's consolidation of every submission in files and folders."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from readiness import exit_codes
from readiness.cli.common import common_options, echo_problems, fail, settings

if TYPE_CHECKING:
    from readiness.core.aggregation import Aggregate

DEFAULT_OUTPUT = "readiness-consolidated.xlsx"


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False),
    default=None,
    help=f"Consolidation workbook to write (default: {DEFAULT_OUTPUT} here).",
)
@click.option("--no-excel", is_flag=True, help="Do not write the consolidation workbook.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Processes to work with (default: the number of CPUs). Results do not depend on it.",
)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@common_options
@click.pass_context
def aggregate(
    ctx: click.Context,
    paths: tuple[str, ...],
    output: str | None,
    no_excel: bool,
    jobs: int | None,
    fmt: str,
    lang: str | None,
    checklist: str | None,
) -> None:
    """Score every assessment in PATHS (files, and folders searched for *.yaml, *.yml and
    *.xlsx) and write the consolidation workbook.

    Each input is accepted, superseded (a later assessed_on for the same country, agency,
    unit and period) or rejected (with its problems). Exit 3 when some inputs were
    rejected, 1 when none could be used."""
    from readiness.core.aggregation import ACCEPTED, REJECTED, SUPERSEDED, aggregate_data
    from readiness.core.aggregation import aggregate as aggregate_summaries
    from readiness.core.problems import InputError
    from readiness.reading.aggregate_run import default_jobs, discover, summarise_files
    from readiness.reading.checklists import DEFAULT_CHECKLIST, load_checklist

    s = settings(ctx, lang, checklist)
    # One checklist for every input: a file answering another one is rejected.
    spec = s.checklist_spec or DEFAULT_CHECKLIST
    try:
        cl = load_checklist(spec)
    except InputError as exc:
        echo_problems(spec, exc.problems, err=True)
        sys.exit(exit_codes.INVALID)

    files, unreadable = discover(paths)
    out = None if no_excel else Path(output or DEFAULT_OUTPUT)
    if out is not None:
        files = _leave_out_own_output(out, files)
    if not files and not unreadable:
        fail("no assessment files (*.yaml, *.yml, *.xlsx) found in " + ", ".join(paths))

    with _progress(len(files)) as advance:
        summaries = [
            *unreadable,
            *summarise_files(
                files, checklist_spec=spec, jobs=jobs or default_jobs(), progress=advance
            ),
        ]
    agg = aggregate_summaries(cl, summaries)
    del summaries

    if out is not None:
        _write_workbook(out, agg, s.lang)
    if fmt == "json":
        _echo_json_streamed(aggregate_data(agg))
    else:
        from readiness.reports.render_aggregate import render_table

        click.echo(render_table(agg, s.lang))
    if agg.count(REJECTED):
        usable = agg.count(ACCEPTED) + agg.count(SUPERSEDED)
        sys.exit(exit_codes.REJECTED if usable else exit_codes.INVALID)
    sys.exit(exit_codes.OK)


def _leave_out_own_output(out: Path, files: list[str]) -> list[str]:
    """Drop an earlier consolidation at the output path from the inputs (a re-run in the
    same folder); refuse to overwrite any other input."""
    from readiness.output_files import OutputError, check_output_path, same_file
    from readiness.reading.aggregate_run import inputs_named_like
    from readiness.workbooks.consolidation_workbook import is_consolidation_workbook

    candidates = inputs_named_like(out, files)
    own = [f for f in candidates if same_file(out, Path(f)) and is_consolidation_workbook(out)]
    try:
        check_output_path(out, [f for f in candidates if f not in own])
    except OutputError as exc:
        fail(str(exc))
    return [f for f in files if f not in own] if own else files


def _write_workbook(out: Path, agg: Aggregate, lang: str) -> None:
    from readiness.output_files import OutputError, write_atomic
    from readiness.workbooks.consolidation_workbook import write_consolidation

    try:
        write_atomic(out, lambda tmp: write_consolidation(tmp, agg, lang))
    except OutputError as exc:
        fail(str(exc))
    click.echo(f"{_WRITTEN.get(lang, _WRITTEN['en'])} {out}", err=True)


_WRITTEN = {"en": "Consolidation workbook written to", "fr": "Classeur de consolidation écrit dans"}


def _echo_json_streamed(data: object) -> None:
    """What echo_json prints, written in pieces: the result of ten thousand submissions is
    never held as one string (with its pieces, several times its size) in memory."""
    import json

    batch: list[str] = []
    size = 0
    for chunk in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(data):
        batch.append(chunk)
        size += len(chunk)
        if size > 1 << 16:
            click.echo("".join(batch), nl=False)
            batch, size = [], 0
    click.echo("".join(batch))


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr when it is a terminal; nothing otherwise (SPEC §7)."""
    if total < 2 or not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=total, file=sys.stderr, label="aggregate") as bar:
        yield bar.update
