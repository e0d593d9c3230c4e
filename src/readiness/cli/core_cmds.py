"""`init`, `validate` and `assess`."""

from __future__ import annotations

import datetime as dt
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from readiness import exit_codes
from readiness.cli.common import (
    ScoreRange,
    check_format,
    common_options,
    current_language,
    echo_json,
    echo_problems,
    fail,
    marking_option,
    problems_json,
    read_files,
    report_format,
    settings,
)
from readiness.i18n import DECIMAL_SEPARATOR, format_number, t, t_n
from readiness.reports.terminal_text import inert

if TYPE_CHECKING:
    from readiness.core.comparison import AuditRecord
    from readiness.core.loaded import LoadedAssessment
    from readiness.core.scoring import AssessmentResult


# The extension of -o decides the kind of template; --format only when they agree.
_FORMAT_OF_SUFFIX = {".yaml": "yaml", ".yml": "yaml", ".xlsx": "xlsx"}


def init_format(output: str | None, fmt: str | None) -> str:
    """The template kind from -o and --format; a contradiction is a usage error."""
    by_suffix = _FORMAT_OF_SUFFIX.get(Path(output).suffix.lower()) if output else None
    if output and by_suffix is None:
        raise click.BadParameter(
            t("cli.init_suffix", current_language(), output=output), param_hint="-o"
        )
    if fmt is not None and by_suffix is not None and fmt != by_suffix:
        raise click.UsageError(
            t("cli.format_contradicts", current_language(), fmt=fmt, output=output, kind=by_suffix)
        )
    return fmt or by_suffix or "yaml"


@click.command()
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False),
    default=None,
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["yaml", "xlsx"]),
    default=None,
)
@click.option("--agency", default=None)
@click.option("--country", default=None)
@click.option("--period", default=None)
@click.option("--force", is_flag=True)
@click.option(
    "--from",
    "previous",
    type=click.Path(dir_okay=False),
    default=None,
    metavar="PREVIOUS",
)
@marking_option
@common_options
@click.pass_context
def init(
    ctx: click.Context,
    output: str | None,
    fmt: str | None,
    agency: str | None,
    country: str | None,
    period: str | None,
    force: bool,
    previous: str | None,
    marking: str,
    lang: str | None,
    checklist: str | None,
) -> None:
    """Its help is the catalogues' help.cmd.init."""
    from readiness.core.formats import parse_country, parse_period
    from readiness.core.problems import InputError
    from readiness.output_files import (
        OutputError,
        check_output_path,
        write_atomic,
        write_text_atomic,
    )
    from readiness.reading.checklists import load_checklist
    from readiness.reading.validation import country_hint

    s = settings(ctx, lang, checklist)
    fmt = init_format(output, fmt)
    out = Path(output or f"self-assessment.{fmt}")
    if country is not None and parse_country(country) is None:
        raise click.BadParameter(
            t("val.country_bad", s.lang, text=country, hint=country_hint(country)),
            param_hint="--country",
        )
    if period is not None:
        canonical = parse_period(period)
        if canonical is None:
            raise click.BadParameter(
                t("val.period_shape", s.lang, text=period, shapes=t("period_shapes", s.lang)),
                param_hint="--period",
            )
        period = canonical
    if previous is not None:
        _init_from(
            previous,
            out,
            fmt,
            s.lang,
            s.checklist_spec,
            force=force,
            agency=agency,
            country=parse_country(country) if country else None,
            period=period,
        )
        return
    try:
        cl = load_checklist(s.checklist_spec)
    except InputError as exc:
        echo_problems(s.checklist_spec or "checklist", exc.problems, err=True)
        sys.exit(exit_codes.INVALID)
    today = dt.date.today()
    try:
        check_output_path(out, read_files(s), force=force)
        if fmt == "yaml":
            from readiness.reports.yaml_template import render_yaml_template

            text = render_yaml_template(
                cl,
                s.lang,
                agency=agency,
                country=country.upper() if country else None,
                period=period,
                today=today,
                file=out.name,
            )
            write_text_atomic(out, text)
        else:
            from readiness.workbooks.questionnaire import write_questionnaire

            write_atomic(
                out,
                lambda tmp: write_questionnaire(
                    tmp,
                    cl,
                    s.lang,
                    agency=agency,
                    country=country.upper() if country else None,
                    period=period,
                    today=today,
                    marking=marking,
                ),
            )
    except OutputError as exc:
        fail(exc.render(s.lang))
    click.echo(inert(str(out)), err=False)


def _init_from(
    previous: str,
    out: Path,
    fmt: str,
    lang: str,
    checklist_spec: str | None,
    *,
    force: bool,
    agency: str | None,
    country: str | None,
    period: str | None,
) -> None:
    """init --from: the previous file's answers carried to the next period (SPEC §14)."""
    import dataclasses

    from readiness.core.carry_forward import carry_forward
    from readiness.core.problems import InputError
    from readiness.output_files import (
        OutputError,
        check_output_path,
        write_atomic,
        write_text_atomic,
    )
    from readiness.reading.carry_source import (
        assessment_to_carry,
        next_checklist,
        onto_checklist,
    )
    from readiness.reading.checklists import is_builtin_spec
    from readiness.reading.inputs import read_assessment

    # A custom checklist reads the previous file too; a built-in one is the version to
    # answer next, while the previous file is read against the version it names.
    custom = checklist_spec is not None and not is_builtin_spec(checklist_spec)
    loaded = read_assessment(previous, checklist_spec=checklist_spec if custom else None)
    if not loaded.valid or loaded.assessment is None or loaded.checklist is None:
        echo_problems(previous, loaded.problems, err=True)
        sys.exit(exit_codes.INVALID)
    try:
        target = next_checklist(loaded, checklist_spec)
    except InputError as exc:
        echo_problems(checklist_spec or "checklist", exc.problems, err=True)
        sys.exit(exit_codes.INVALID)
    source = assessment_to_carry(loaded)
    audited = source is not loaded.assessment or bool(loaded.extras.get("audited"))
    mapped, notes, migration = onto_checklist(source, loaded.checklist, target)
    echo_problems(previous, notes, err=True)
    if agency or country:
        mapped = dataclasses.replace(
            mapped,
            agency=dataclasses.replace(
                mapped.agency,
                name=agency or mapped.agency.name,
                country=country or mapped.agency.country,
            ),
        )
    carried = carry_forward(mapped, target, dt.date.today(), period=period)
    try:
        check_output_path(out, [previous], force=force)
        if fmt == "yaml":
            from readiness.reports.carried_text import render_carried_yaml

            text = render_carried_yaml(
                carried,
                target,
                lang,
                source=Path(previous).name,
                out=out.name,
                audited=audited,
                migration=migration,
            )
            write_text_atomic(out, text)
        else:
            from readiness.reports.carried_text import carried_notes
            from readiness.workbooks.questionnaire import write_questionnaire

            notes_by_item = carried_notes(carried, target, lang)
            write_atomic(
                out,
                lambda tmp: write_questionnaire(
                    tmp,
                    target,
                    lang,
                    assessment=carried.assessment,
                    carried_notes=notes_by_item,
                ),
            )
    except OutputError as exc:
        fail(exc.render(lang))
    click.echo(f"{out}")


@click.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=True))
@check_format()
@click.option(
    "--allow-incomplete",
    is_flag=True,
)
@common_options
@click.pass_context
def validate(
    ctx: click.Context,
    files: tuple[str, ...],
    fmt: str,
    allow_incomplete: bool,
    lang: str | None,
    checklist: str | None,
) -> None:
    """Its help is the catalogues' help.cmd.validate."""
    from readiness.reading.inputs import read_assessment

    s = settings(ctx, lang, checklist)
    results = []
    invalid = 0
    for file in files:
        loaded = read_assessment(
            file, checklist_spec=s.checklist_spec, allow_incomplete=allow_incomplete
        )
        if not loaded.valid:
            invalid += 1
        if fmt == "json":
            results.append(problems_json(file, loaded.problems))
        else:
            echo_problems(file, loaded.problems)
            if loaded.valid:
                click.echo(f"{inert(file)}: {t('valid', s.lang)}")
    if fmt == "json":
        echo_json(results)
    elif len(files) > 1:
        click.echo(t("files_checked", s.lang, n=len(files), ok=len(files) - invalid, bad=invalid))
    sys.exit(exit_codes.INVALID if invalid else exit_codes.OK)


@click.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False),
    default=None,
)
@click.option("--no-excel", is_flag=True)
@click.option("--all-gaps", is_flag=True)
@report_format()
@click.option(
    "--fail-under",
    type=ScoreRange(),
    default=None,
    metavar="SCORE",
)
@click.option(
    "--allow-incomplete",
    is_flag=True,
)
@click.option(
    "--audited",
    is_flag=True,
)
@marking_option
@common_options
@click.pass_context
def assess(
    ctx: click.Context,
    file: str,
    output: str | None,
    no_excel: bool,
    all_gaps: bool,
    fmt: str,
    fail_under: float | None,
    allow_incomplete: bool,
    audited: bool,
    marking: str,
    lang: str | None,
    checklist: str | None,
) -> None:
    """Its help is the catalogues' help.cmd.assess."""
    from readiness.core.scoring import round_half_up, score_assessment
    from readiness.reading.inputs import read_assessment
    from readiness.reports.assessment_report import assess_data
    from readiness.reports.render_assess import render_markdown, render_table

    s = settings(ctx, lang, checklist)
    if fail_under is not None and math.isnan(fail_under):
        raise click.BadParameter(
            t("cli.score_range", s.lang, value=fail_under), param_hint="--fail-under"
        )
    loaded = read_assessment(
        file, checklist_spec=s.checklist_spec, allow_incomplete=allow_incomplete
    )
    echo_problems(file, loaded.problems, err=True)
    if not loaded.valid or loaded.assessment is None or loaded.checklist is None:
        sys.exit(exit_codes.INVALID)
    record = _audit_of(loaded, file) if audited else None
    if record is None and loaded.audited:
        # An audited report scored again stays audited: its result is the audit.
        from readiness.reading.audit_input import embedded_audit_record

        record = embedded_audit_record(loaded)
    assessment = loaded.assessment
    if audited and record is not None:
        from readiness.core.comparison import audited_assessment

        assessment = audited_assessment(record.declared, record.entries)
    result = score_assessment(loaded.checklist, assessment)

    if not no_excel:
        out = gap_report_path(file, output, loaded.kind, audited=audited)
        _write_gap_report(result, loaded, out, s.lang, read_files(s, loaded.file), record, marking)
    if record is not None:
        click.echo(_audit_line(record, s.lang), err=True)
    if fmt == "json":
        data = assess_data(result, file, s.lang)
        data["audited"] = None if record is None else record.as_data()
        echo_json(data)
    elif fmt == "markdown":
        click.echo(render_markdown(result, s.lang), nl=False)
    else:
        click.echo(render_table(result, s.lang, all_gaps=all_gaps, workbook_written=not no_excel))
    shown = round_half_up(result.score)
    if fail_under is not None and (shown is None or shown < fail_under):
        click.echo(
            t(
                "below_threshold",
                s.lang,
                score=format_number(shown, s.lang),
                # the threshold as the user typed it, with the language's decimal separator
                threshold=f"{fail_under:g}".replace(".", DECIMAL_SEPARATOR.get(s.lang, ".")),
            ),
            err=True,
        )
        sys.exit(exit_codes.BELOW_THRESHOLD)
    sys.exit(exit_codes.OK)


def _audit_of(loaded: LoadedAssessment, file: str) -> AuditRecord:
    from readiness.reading.audit_input import audit_record

    record, problems = audit_record(loaded)
    echo_problems(file, problems, err=True)
    if record is None:
        sys.exit(exit_codes.INVALID)
    return record


def _audit_line(record: AuditRecord, lang: str) -> str:
    return t(
        "audit.line",
        lang,
        auditor=inert(record.auditor),
        role=f" ({inert(record.role)})" if record.role else "",
        date=record.date.isoformat(),
        levels=t_n(
            "count.audit_levels", lang, sum(1 for e in record.entries.values() if e.level_given)
        ),
        notes=t_n("count.audit_notes", lang, sum(1 for e in record.entries.values() if e.note)),
    )


def gap_report_path(file: str, output: str | None, kind: str, *, audited: bool = False) -> Path:
    """-o as given (it must be a workbook name); else ``<stem>-gap-report.xlsx`` here, or
    ``<stem>-rescored.xlsx`` for a gap report scored again (never ``…-gap-report-gap-report``)."""
    from readiness.core.loaded import KIND_GAP_REPORT
    from readiness.output_files import same_file

    if output is not None:
        # Writing over the input is refused later with its own message, whatever the name.
        if Path(output).suffix.lower() != ".xlsx" and not same_file(Path(output), Path(file)):
            raise click.BadParameter(
                t("cli.gap_report_suffix", current_language(), output=output), param_hint="-o"
            )
        return Path(output)
    stem = Path(file).stem
    if audited:
        return Path(f"{stem.removesuffix('-gap-report').removesuffix('-audited')}-audited.xlsx")
    if kind == KIND_GAP_REPORT:
        return Path(f"{stem.removesuffix('-gap-report')}-rescored.xlsx")
    return Path(f"{stem}-gap-report.xlsx")


def _write_gap_report(
    result: AssessmentResult,
    loaded: LoadedAssessment,
    out: Path,
    lang: str,
    inputs: list[str],
    audit: AuditRecord | None = None,
    marking: str = "",
) -> None:
    from readiness.output_files import OutputError, check_output_path, write_atomic
    from readiness.workbooks import gap_report

    try:
        check_output_path(out, inputs)
        write_atomic(
            out,
            lambda tmp: gap_report.write_gap_report(
                tmp, result, loaded, lang, audit=audit, marking=marking
            ),
        )
    except OutputError as exc:
        fail(exc.render(lang))
    key = "audit.written" if audit is not None else "report_written"
    click.echo(t(key, lang, path=inert(str(out))), err=True)
