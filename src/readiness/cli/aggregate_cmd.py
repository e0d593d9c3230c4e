"""`aggregate`: HQ's consolidation of every submission in files and folders."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from readiness import exit_codes
from readiness.cli.common import (
    common_options,
    current_language,
    echo_problems,
    fail,
    marking_option,
    read_files,
    report_format,
    settings,
)
from readiness.i18n import join_list, t
from readiness.reports.terminal_text import inert, inert_json

if TYPE_CHECKING:
    from readiness.core.aggregation import Aggregate
    from readiness.core.follow_up import Policy
    from readiness.core.model import Checklist
    from readiness.core.roster import Roster

DEFAULT_OUTPUT = "readiness-consolidated.xlsx"


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False),
    default=None,
)
@click.option("--no-excel", is_flag=True)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
)
@report_format()
@click.option(
    "--period",
    "period",
    default=None,
    metavar="P",
)
@click.option(
    "--roster",
    "roster_file",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
)
@click.option(
    "--rules",
    "rules_file",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="FILE",
)
@click.option(
    "--anonymise",
    "--anonymize",
    "anonymise",
    is_flag=True,
)
@click.option(
    "--min-group",
    "min_group",
    type=click.IntRange(min=1),
    default=None,
    metavar="K",
)
@click.option(
    "--allow-incomplete",
    is_flag=True,
)
@click.option(
    "--checklist-version",
    "checklist_version",
    default=None,
    metavar="VERSION",
)
@marking_option
@common_options
@click.pass_context
def aggregate(
    ctx: click.Context,
    paths: tuple[str, ...],
    output: str | None,
    no_excel: bool,
    jobs: int | None,
    fmt: str,
    period: str | None,
    roster_file: str | None,
    rules_file: str | None,
    anonymise: bool,
    min_group: int | None,
    allow_incomplete: bool,
    checklist_version: str | None,
    marking: str,
    lang: str | None,
    checklist: str | None,
) -> None:
    """Its help is the catalogues' help.cmd.aggregate."""
    if min_group is not None and not anonymise:
        # Publishing names while believing them hidden is the worst outcome: refuse.
        raise click.UsageError(t("cli.min_group_alone", current_language()))
    min_group = 5 if min_group is None else min_group
    from readiness.core.aggregation import (
        ACCEPTED,
        OTHER_PERIOD,
        REJECTED,
        SUPERSEDED,
        at_version,
        latest_among,
    )
    from readiness.core.aggregation import aggregate as aggregate_summaries
    from readiness.core.periods import canonical_period
    from readiness.core.problems import InputError
    from readiness.reading.aggregate_run import default_jobs, discover, summarise_files
    from readiness.reading.checklists import (
        DEFAULT_CHECKLIST,
        is_builtin_spec,
        load_checklist,
        split_spec,
    )
    from readiness.reading.regions_data import country_regions

    s = settings(ctx, lang, checklist)
    if period is not None:
        chosen = canonical_period(period)
        if chosen is None:
            raise click.BadParameter(
                t("val.period_shape", s.lang, text=period, shapes=t("period_shapes", s.lang)),
                param_hint="'--period'",
            )
        period = chosen
    # One checklist for every input: a file answering another one is rejected. A built-in
    # named without a version: each file answers its own version (SPEC §13).
    spec = s.checklist_spec or DEFAULT_CHECKLIST
    if checklist_version is not None and (
        not is_builtin_spec(spec) or split_spec(spec)[1] is not None
    ):
        raise click.UsageError(t("cli.checklist_version_builtin", s.lang), ctx=ctx)
    try:
        cl = load_checklist(f"{spec}@{checklist_version}" if checklist_version else spec)
    except InputError as exc:
        echo_problems(spec, exc.problems, err=True)
        sys.exit(exit_codes.INVALID)
    regions = country_regions()
    roster = _read_roster(roster_file, regions) if roster_file else None
    # Rules are checked now, so that a mistake costs no reading; read again below when the
    # inputs choose another version.
    policy = _read_rules(rules_file, cl) if rules_file else None

    files, unreadable = discover(paths)
    out = None if no_excel else Path(output or DEFAULT_OUTPUT)
    if out is not None:
        files = _leave_out_own_output(out, files, read_files(s, roster_file, rules_file), s.lang)
    if not files and not unreadable:
        fail(t("agg.no_files", s.lang, paths=join_list(paths, s.lang)))

    with _progress(len(files)) as advance:
        summaries = [
            *unreadable,
            *summarise_files(
                files,
                checklist_spec=spec,
                allow_incomplete=allow_incomplete,
                jobs=jobs or default_jobs(),
                progress=advance,
            ),
        ]
    if is_builtin_spec(spec) and split_spec(spec)[1] is None:
        version = checklist_version or latest_among(summaries) or cl.version
        if version != cl.version:
            cl = load_checklist(f"{spec}@{version}")
            policy = _read_rules(rules_file, cl) if rules_file else None
        summaries = at_version(summaries, version)
    agg = aggregate_summaries(
        cl, summaries, period=period, policy=policy, regions=regions, roster=roster
    )
    del summaries

    if out is not None:
        _write_workbook(out, agg, s.lang, min_group if anonymise else None, marking)
    _echo_result(agg, fmt, s.lang, min_group if anonymise else None, workbook=out is not None)
    if agg.count(REJECTED):
        usable = agg.count(ACCEPTED) + agg.count(SUPERSEDED) + agg.count(OTHER_PERIOD)
        sys.exit(exit_codes.REJECTED if usable else exit_codes.INVALID)
    sys.exit(exit_codes.OK)


def _echo_result(
    agg: Aggregate, fmt: str, lang: str, min_group: int | None, *, workbook: bool
) -> None:
    if fmt == "json":
        from readiness.core.aggregation import aggregate_data
        from readiness.core.publication import published_data

        if min_group is None:
            _echo_json_streamed(aggregate_data(agg, lang))
        else:
            _echo_json_streamed(published_data(agg, min_group))
        return
    from readiness.reports import render_aggregate

    if fmt == "markdown":
        click.echo(render_aggregate.render_markdown(agg, lang, min_group))
    else:
        table = render_aggregate.render_table(agg, lang, min_group, workbook_written=workbook)
        click.echo(table)


def _read_roster(file: str, regions: dict[str, str]) -> Roster:
    from readiness.core.roster import Roster
    from readiness.reading.roster_file import read_roster

    entries, problems = read_roster(file, set(regions))
    echo_problems(file, problems, err=True)
    if any(p.is_error for p in problems):
        sys.exit(exit_codes.INVALID)
    return Roster(entries, regions)


def _read_rules(file: str, checklist: Checklist) -> Policy:
    from readiness.reading.rules_file import read_rules

    policy, problems = read_rules(file, checklist)
    echo_problems(file, problems, err=True)
    if policy is None:
        sys.exit(exit_codes.INVALID)
    return policy


def _leave_out_own_output(out: Path, files: list[str], others: list[str], lang: str) -> list[str]:
    """Drop an earlier consolidation at the output path from the inputs (a re-run in the
    same folder); refuse to overwrite any other input."""
    from readiness.output_files import OutputError, check_output_path, same_file
    from readiness.reading.aggregate_run import inputs_named_like
    from readiness.workbooks.consolidation_workbook import is_consolidation_workbook

    candidates = inputs_named_like(out, files)
    own = [f for f in candidates if same_file(out, Path(f)) and is_consolidation_workbook(out)]
    try:
        check_output_path(out, [*others, *(f for f in candidates if f not in own)])
    except OutputError as exc:
        fail(exc.render(lang))
    return [f for f in files if f not in own] if own else files


def _write_workbook(
    out: Path, agg: Aggregate, lang: str, min_group: int | None, marking: str = ""
) -> None:
    from readiness.output_files import OutputError, write_atomic
    from readiness.workbooks.consolidation_workbook import write_consolidation

    try:
        write_atomic(
            out,
            lambda tmp: write_consolidation(tmp, agg, lang, min_group=min_group, marking=marking),
        )
    except OutputError as exc:
        fail(exc.render(lang))
    click.echo(t("cons.written", lang, path=inert(str(out))), err=True)


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
            click.echo(inert_json("".join(batch)), nl=False)
            batch, size = [], 0
    click.echo(inert_json("".join(batch)))


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr when it is a terminal; nothing otherwise (SPEC §7)."""
    if total < 2 or not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=total, file=sys.stderr, label="aggregate") as bar:
        yield bar.update
