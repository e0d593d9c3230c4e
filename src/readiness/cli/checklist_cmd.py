"""`checklist list|show|check|schema`."""

from __future__ import annotations

import sys

import click

from readiness import exit_codes
from readiness.cli.common import common_options, echo_json, echo_problems, problems_json, settings
from readiness.reports.terminal_text import inert, inert_lines


def basis_label(basis: str, lang: str) -> str:
    """'report' or 'derived' in the reader's language; blank when the checklist is silent."""
    from readiness.i18n import t

    return t(f"basis_{basis}", lang) if basis else ""


@click.group()
def checklist() -> None:
    """List, show and check checklists; print an assessment's JSON Schema."""


@checklist.command("list")
@common_options
@click.pass_context
def list_(ctx: click.Context, lang: str | None, checklist: str | None) -> None:
    """The built-in checklists, every published version (the latest is marked)."""
    from tabulate import tabulate

    from readiness.core.model import text_in
    from readiness.i18n import t
    from readiness.reading.checklists import builtin_ids, builtin_versions, load_checklist

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
    click.echo(tabulate(rows, headers=["id", "version", "", "areas", "items", "title"]))


@checklist.command("show")
@click.argument("spec", metavar="ID[@VERSION]|PATH", required=False)
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@common_options
@click.pass_context
def show(
    ctx: click.Context, spec: str | None, fmt: str, lang: str | None, checklist: str | None
) -> None:
    """One checklist's areas and items (ID is its latest version; ID@1.0.0 a given one)."""
    from tabulate import tabulate

    from readiness.core.model import text_in
    from readiness.core.problems import InputError
    from readiness.i18n import t
    from readiness.reading.checklists import load_checklist

    s = settings(ctx, lang, checklist)
    try:
        cl = load_checklist(spec or s.checklist_spec)
    except InputError as exc:
        echo_problems(spec or "checklist", exc.problems, err=True)
        sys.exit(exit_codes.INVALID)
    if fmt == "json":
        echo_json(cl.raw)
        return
    src = cl.source
    echo_text(f"{text_in(cl.title, s.lang)}")
    echo_text(
        f"{cl.id} {cl.version} — {src.get('publisher', '')}, {src.get('title', '')} "
        f"({src.get('date', '')})"
    )
    for translation in src.get("translations") or []:
        if isinstance(translation, dict):
            echo_text(f"  {translation.get('lang', '')}: {translation.get('date', '')}")
    levels = ", ".join(f"{lv.value} {text_in(lv.label, s.lang)}" for lv in cl.levels)
    colon = " :" if s.lang == "fr" else ":"
    echo_text(
        f"{t('level', s.lang)}{colon} {levels}; {t('target', s.lang).lower()} {cl.target_level}"
    )
    if cl.assessment_rules:
        echo_text("")
        echo_text(f"{t('assessment_rules', s.lang)}{colon}")
        for n, rule in enumerate(cl.assessment_rules, start=1):
            echo_text(f"  {n}. {text_in(rule, s.lang)}")
    yes = t("yes", s.lang)
    for area in cl.areas:
        echo_text("")
        basis = f"; {basis_label(area.source_basis, s.lang)}" if area.source_basis else ""
        echo_text(f"{area.id} — {text_in(area.title, s.lang)}  [{area.source_ref}{basis}]")
        rows = [
            [
                item.id,
                text_in(item.title, s.lang),
                item.weight,
                item.target,
                yes if item.critical else "",
                yes if item.evidence_required else "",
                yes if item.allow_na else "",
                basis_label(item.source_basis, s.lang),
            ]
            for item in area.items
        ]
        headers = [
            t("item", s.lang),
            t("title", s.lang),
            t("weight", s.lang),
            t("target", s.lang),
            t("critical", s.lang),
            t("evidence", s.lang),
            "n/a",
            t("source_basis", s.lang),
        ]
        if not any(item.source_basis for item in area.items):
            rows = [row[:-1] for row in rows]
            headers = headers[:-1]
        echo_text(
            tabulate(
                rows,
                headers=headers,
                maxcolwidths=[None, 60, *[None] * (len(headers) - 2)],
            )
        )


def echo_text(text: str = "") -> None:
    """A line or table of a checklist's text, which may come from any file: made inert."""
    click.echo(inert_lines(text))


@checklist.command("check")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
def check(file: str, fmt: str) -> None:
    """Validate a checklist file (custom ones included), or a crosswalk between two versions
    (every older item covered once, every target exists, every new item listed)."""
    from pathlib import Path

    from readiness.reading.checklists import check_checklist_document, read_checklist_document
    from readiness.reading.crosswalks import check_crosswalk_document, is_crosswalk_data

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
            click.echo(f"{inert(file)}: valid {'crosswalk' if crosswalk else 'checklist'}")
    sys.exit(exit_codes.INVALID if invalid else exit_codes.OK)


@checklist.command("schema")
@click.argument("spec", metavar="ID|PATH", required=False)
@common_options
@click.pass_context
def schema(ctx: click.Context, spec: str | None, lang: str | None, checklist: str | None) -> None:
    """Print the JSON Schema of an assessment for this checklist (for editors)."""
    from readiness.core.problems import InputError
    from readiness.reading.assessment_schema import assessment_schema
    from readiness.reading.checklists import load_checklist

    s = settings(ctx, lang, checklist)
    try:
        cl = load_checklist(spec or s.checklist_spec)
    except InputError as exc:
        echo_problems(spec or "checklist", exc.problems, err=True)
        sys.exit(exit_codes.INVALID)
    echo_json(assessment_schema(cl))
