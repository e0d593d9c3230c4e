"""`readiness migrate FILE [--to VERSION] [-o OUT] [--force]`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from readiness import exit_codes
from readiness.cli.common import common_options, echo_problems, fail, settings
from readiness.reports.terminal_text import inert

YAML_SUFFIXES = (".yaml", ".yml")


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--to",
    "to_version",
    default=None,
    metavar="VERSION",
)
@click.option(
    "-o",
    "--output",
    default=None,
    type=click.Path(dir_okay=False),
)
@click.option("--force", is_flag=True)
@common_options
@click.pass_context
def migrate(
    ctx: click.Context,
    file: str,
    to_version: str | None,
    output: str | None,
    force: bool,
    lang: str | None,
    checklist: str | None,
) -> None:
    """Its help is the catalogues' help.cmd.migrate."""
    from readiness.core.crosswalk import migrate_responses
    from readiness.i18n import t, t_n
    from readiness.output_files import OutputError, check_output_path, write_text_atomic
    from readiness.reading.crosswalks import MigrationError, migrate_checklists
    from readiness.reading.inputs import read_assessment
    from readiness.reports.yaml_migration import render_migrated_yaml

    s = settings(ctx, lang, checklist)
    # Unanswered items are carried as they are, so a half-filled file migrates too.
    loaded = read_assessment(file, checklist_spec=s.checklist_spec, allow_incomplete=True)
    echo_problems(file, loaded.problems, err=True)
    if not loaded.valid or loaded.assessment is None or loaded.checklist is None:
        sys.exit(exit_codes.INVALID)
    try:
        newer, chain = migrate_checklists(loaded.checklist, to_version)
    except MigrationError as exc:
        fail(exc.args[0])
        return
    source = Path(file)
    out = Path(output) if output else source.with_name(f"{source.stem}-{newer.version}.yaml")
    if out.suffix.lower() not in YAML_SUFFIXES:
        raise click.BadParameter(t("cli.migrate_suffix", s.lang), param_hint="-o/--output")
    migration = migrate_responses(loaded.assessment.responses, chain, loaded.checklist, newer)
    try:
        check_output_path(out, [file], force=force)
        write_text_atomic(out, render_migrated_yaml(loaded.assessment, migration, s.lang))
    except OutputError as exc:
        fail(exc.render(s.lang))
    summary = t(
        "migrate.summary",
        s.lang,
        file=inert(file),
        old=loaded.checklist.version,
        new=newer.version,
        review=t_n("count.to_review", s.lang, migration.review_count),
        answer=t_n("count.to_answer", s.lang, migration.unanswered_count),
        out=inert(str(out)),
    )
    click.echo(summary, err=True)
    click.echo(inert(str(out)))
