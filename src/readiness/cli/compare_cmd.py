"""`compare`: two assessments item by item, or one gap report against its audit columns."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from readiness import exit_codes
from readiness.cli.common import (
    common_options,
    echo_json,
    echo_problems,
    fail,
    marking_option,
    read_files,
    report_format,
    settings,
)
from readiness.i18n import t
from readiness.reports.terminal_text import inert

KIND_NAMES = {"yaml": "YAML", "questionnaire": "questionnaire", "gap_report": "gap-report"}


@click.command()
@click.argument("base", type=click.Path())
@click.argument("other", required=False, type=click.Path())
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="DIFF.xlsx",
)
@report_format()
@marking_option
@common_options
@click.pass_context
def compare(
    ctx: click.Context,
    base: str,
    other: str | None,
    output: str | None,
    fmt: str,
    marking: str,
    lang: str | None,
    checklist: str | None,
) -> None:
    """Its help is the catalogues' help.cmd.compare."""
    from readiness.core.comparison import (
        ComparisonError,
        audit_problems,
        compare_audit,
        compare_data,
        compare_loaded,
    )
    from readiness.core.loaded import KIND_GAP_REPORT
    from readiness.reading.inputs import read_assessment
    from readiness.reports.render_compare import notes, render_markdown, render_table

    s = settings(ctx, lang, checklist)
    loaded_base = read_assessment(base, checklist_spec=s.checklist_spec)
    if other is None:
        echo_problems(base, loaded_base.problems, err=True)
        if not loaded_base.valid or loaded_base.checklist is None:
            sys.exit(exit_codes.INVALID)
        if loaded_base.kind != KIND_GAP_REPORT:
            raise click.UsageError(
                t(
                    "cmpcli.not_gap_report",
                    s.lang,
                    file=base,
                    kind=KIND_NAMES.get(loaded_base.kind, loaded_base.kind),
                ),
                ctx=ctx,
            )
        audit = loaded_base.extras.get("audit")
        extra = _new_problems(loaded_base.problems, audit_problems(loaded_base.checklist, audit))
        echo_problems(base, extra, err=True)
        if any(p.is_error for p in extra):
            sys.exit(exit_codes.INVALID)
        comparison = compare_audit(loaded_base)
        inputs = read_files(s, base)
    else:
        loaded_other = read_assessment(other, checklist_spec=s.checklist_spec)
        echo_problems(base, loaded_base.problems, err=True)
        echo_problems(other, loaded_other.problems, err=True)
        if not (loaded_base.valid and loaded_other.valid):
            sys.exit(exit_codes.INVALID)
        from readiness.reading.crosswalks import chain_for

        assert loaded_base.checklist is not None and loaded_other.checklist is not None
        chain = chain_for(loaded_base.checklist, loaded_other.checklist)
        try:
            comparison = compare_loaded(loaded_base, loaded_other, chain)
        except ComparisonError as exc:
            fail(exc.args[0])
        for loaded in (loaded_base, loaded_other):
            if loaded.kind == KIND_GAP_REPORT and loaded.extras.get("audit"):
                click.echo(t("cmpcli.audit_ignored", s.lang, file=inert(loaded.file)), err=True)
        inputs = read_files(s, base, other)

    if output is not None:
        _write_workbook(Path(output), comparison, inputs, s.lang, marking)
    if fmt == "json":
        for note in notes(comparison, s.lang):
            click.echo(t("cli.note", s.lang, text=inert(note)), err=True)
        echo_json(compare_data(comparison))
    elif fmt == "markdown":
        click.echo(render_markdown(comparison, s.lang), nl=False)
    else:
        click.echo(render_table(comparison, s.lang))
    sys.exit(exit_codes.OK)


def _new_problems(known: list[Any], found: list[Any]) -> list[Any]:
    """Problems not already reported by the reader at the same place."""
    seen = {(p.sheet, p.cell, p.is_error) for p in known}
    return [p for p in found if (p.sheet, p.cell, p.is_error) not in seen]


def _write_workbook(
    out: Path, comparison: Any, inputs: list[str], lang: str, marking: str = ""
) -> None:
    from readiness.output_files import OutputError
    from readiness.workbooks.comparison_workbook import save_comparison_workbook

    try:
        save_comparison_workbook(out, comparison, inputs, lang, marking=marking)
    except OutputError as exc:
        fail(exc.render(lang))
    click.echo(t("cmpcli.written", lang, path=inert(str(out))), err=True)
