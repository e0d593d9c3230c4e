"""`checklist list|show|check|schema`."""

from __future__ import annotations

import sys

import click

from readiness import exit_codes
from readiness.cli.common import (
    CommandGroup,
    check_format,
    common_options,
    echo_json,
    echo_problems,
    problems_json,
    report_format,
    settings,
)
from readiness.i18n import t
from readiness.reports.terminal_text import inert, inert_lines


@click.group(cls=CommandGroup)
def checklist() -> None:
    """Its help is the catalogues' help.cmd.checklist."""


@checklist.command("list")
@common_options
@click.pass_context
def list_(ctx: click.Context, lang: str | None, checklist: str | None) -> None:
    """Its help is the catalogues' help.cmd.checklist.list."""
    from readiness.core.model import text_in
    from readiness.reading.checklists import builtin_ids, builtin_versions, load_checklist
    from readiness.reports.table_width import terminal_table

    s = settings(ctx, lang, checklist)
    rows = []
    for cid in builtin_ids():
        versions = builtin_versions(cid)
        for version in versions:
            cl = load_checklist(f"{cid}@{version}")
            latest = t("latest", s.lang) if version == versions[-1] else ""
            rows.append(
                [cid, version, latest, len(cl.areas), len(cl.items), text_in(cl.title, s.lang)]
            )
    headers = [t(key, s.lang) for key in ("cli.id", "version", "", "areas", "items", "title")]
    align = ("left", "left", "left", "right", "right", "left")
    table = terminal_table(
        rows,
        headers,
        wrapped=(2, 5),
        align=align,
        label=lambda header: t("label_colon", s.lang, label=header),
    )
    click.echo(inert_lines(table))


@checklist.command("show")
@click.argument("spec", metavar="ID[@VERSION]|PATH", required=False)
@report_format("help.opt.checklist.show.fmt")
@common_options
@click.pass_context
def show(
    ctx: click.Context, spec: str | None, fmt: str, lang: str | None, checklist: str | None
) -> None:
    """Its help is the catalogues' help.cmd.checklist.show."""
    from readiness.core.problems import InputError
    from readiness.reading.checklists import load_checklist
    from readiness.reports.render_checklist import (
        render_checklist_markdown,
        render_checklist_text,
    )
    from readiness.reports.table_width import terminal_width

    s = settings(ctx, lang, checklist)
    if spec is not None and checklist is not None:
        raise click.UsageError(t("cli.checklist_twice", s.lang))
    try:
        cl = load_checklist(spec or s.checklist_spec)
    except InputError as exc:
        echo_problems(spec or "checklist", exc.problems, err=True)
        sys.exit(exit_codes.INVALID)
    if fmt == "json":
        echo_json(cl.raw)
    elif fmt == "markdown":
        click.echo(inert_lines(render_checklist_markdown(cl, s.lang)), nl=False)
    else:
        width = terminal_width()
        click.echo(inert_lines(render_checklist_text(cl, s.lang, width)), nl=False)


@checklist.command("check")
@click.argument("file", type=click.Path(dir_okay=False))
@check_format()
@common_options
@click.pass_context
def check(ctx: click.Context, file: str, fmt: str, lang: str | None, checklist: str | None) -> None:
    """Its help is the catalogues' help.cmd.checklist.check."""
    from pathlib import Path

    from readiness.reading.checklists import check_checklist_document, read_checklist_document
    from readiness.reading.crosswalks import check_crosswalk_document, is_crosswalk_data

    s = settings(ctx, lang, checklist)
    doc = read_checklist_document(Path(file))
    crosswalk = is_crosswalk_data(doc.data)
    if crosswalk:
        problems = check_crosswalk_document(doc, Path(file))
    else:
        problems = check_checklist_document(doc)
    invalid = any(p.is_error for p in problems)
    if fmt == "json":
        echo_json([problems_json(file, problems)])
    else:
        echo_problems(file, problems)
        if not invalid:
            kind = t("valid_crosswalk" if crosswalk else "valid_checklist", s.lang)
            click.echo(f"{inert(file)}: {kind}")
    sys.exit(exit_codes.INVALID if invalid else exit_codes.OK)


@checklist.command("schema")
@click.argument("spec", metavar="ID|PATH", required=False)
@common_options
@click.pass_context
def schema(ctx: click.Context, spec: str | None, lang: str | None, checklist: str | None) -> None:
    """Its help is the catalogues' help.cmd.checklist.schema."""
    from readiness.core.problems import InputError
    from readiness.reading.assessment_schema import assessment_schema
    from readiness.reading.checklists import load_checklist

    s = settings(ctx, lang, checklist)
    try:
        cl = load_checklist(spec or s.checklist_spec)
    except InputError as exc:
        echo_problems(spec or "checklist", exc.problems, err=True)
        sys.exit(exit_codes.INVALID)
    echo_json(assessment_schema(cl, s.lang))
