"""`readiness convert IN -o OUT`: questionnaire workbook ↔ YAML self-assessment."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from readiness import exit_codes
from readiness.cli.common import common_options, echo_problems, fail, read_files, settings
from readiness.i18n import t
from readiness.reports.terminal_text import inert

YAML_SUFFIXES = (".yaml", ".yml")
WORKBOOK_SUFFIXES = (".xlsx",)


@click.command()
@click.argument("input_file", metavar="IN", type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    metavar="OUT",
    type=click.Path(dir_okay=False),
)
@click.option("--force", is_flag=True)
@common_options
@click.pass_context
def convert(
    ctx: click.Context,
    input_file: str,
    output: str,
    force: bool,
    lang: str | None,
    checklist: str | None,
) -> None:
    """Its help is the catalogues' help.cmd.convert."""
    from readiness.core.canonical import canonical_assessment
    from readiness.output_files import (
        OutputError,
        check_output_path,
        write_atomic,
        write_text_atomic,
    )
    from readiness.reading.inputs import read_assessment

    s = settings(ctx, lang, checklist)
    out = Path(output)
    suffix = out.suffix.lower()
    if suffix not in YAML_SUFFIXES + WORKBOOK_SUFFIXES:
        raise click.BadParameter(t("cli.convert_suffix", s.lang), param_hint="-o/--output")
    # Unanswered items are carried over as they are, so a half-filled file converts too.
    loaded = read_assessment(input_file, checklist_spec=s.checklist_spec, allow_incomplete=True)
    echo_problems(input_file, loaded.problems, err=True)
    if not loaded.valid or loaded.assessment is None or loaded.checklist is None:
        sys.exit(exit_codes.INVALID)
    assessment, cl = loaded.assessment, loaded.checklist
    try:
        check_output_path(out, read_files(s, input_file), force=force)
        if suffix in YAML_SUFFIXES:
            from readiness.reports.yaml_export import render_assessment_yaml

            write_text_atomic(
                out, render_assessment_yaml(canonical_assessment(assessment), cl, s.lang)
            )
        else:
            from readiness.workbooks.questionnaire import write_questionnaire

            write_atomic(
                out,
                lambda tmp: write_questionnaire(tmp, cl, s.lang, assessment=assessment),
            )
    except OutputError as exc:
        fail(exc.render(s.lang))
    click.echo(inert(str(out)))
