"""What every command shares: settings, the common options, problem output."""

from __future__ import annotations

import json
import math
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

import click

from readiness import exit_codes
from readiness.core.problems import Problem
from readiness.i18n import SUPPORTED, default_language
from readiness.reports.terminal_text import inert, inert_json

F = TypeVar("F", bound=Callable[..., Any])


def report_format(help: str | None = None) -> Callable[[F], F]:
    """--format of the commands that report: a terminal table, JSON or Markdown."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "json", "markdown"]),
        default="table",
        show_default=True,
        help=help,
    )


def check_format() -> Callable[[F], F]:
    """--format of the commands that check a file: text or JSON."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["text", "json"]),
        default="text",
        show_default=True,
        help="text: one line per problem, FILE:LINE:COL: severity: message; "
        "json: a list with, per file, file, valid and problems.",
    )


class CommandGroup(click.Group):
    """Lists each command with the whole first paragraph of its help, wrapped to the width,
    where click would cut it after a few words with '...'."""

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            text = command.short_help or (command.help or "").split("\n\n")[0]
            rows.append((name, " ".join(text.split())))
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


@dataclass
class Settings:
    lang: str
    checklist_spec: str | None


LANG_META = "readiness.lang"  # the run's language, for output helpers that have no Settings


def settings(ctx: click.Context, lang: str | None = None, checklist: str | None = None) -> Settings:
    base = ctx.find_object(Settings) or Settings(default_language(), None)
    chosen = Settings(lang or base.lang, checklist or base.checklist_spec)
    ctx.meta[LANG_META] = chosen.lang
    return chosen


def current_language() -> str:
    """The language of the command being run (--lang, else the environment)."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None and LANG_META in ctx.meta:
        return str(ctx.meta[LANG_META])
    return default_language()


def common_options(func: F) -> F:
    """--lang and --checklist are global, and accepted after the command name too."""
    func = click.option(
        "--lang",
        type=click.Choice(SUPPORTED),
        default=None,
        help=f"Language of the output ({', '.join(SUPPORTED)}).",
    )(func)
    func = click.option(
        "--checklist",
        "checklist",
        default=None,
        metavar="ID|PATH",
        help="Built-in checklist id or path to a custom checklist.",
    )(func)
    return func


def marking_option(func: F) -> F:
    """--marking: one option for every command that writes a workbook (SPEC §16)."""
    return click.option(
        "--marking",
        default="",
        metavar="TEXT",
        help="Protective marking printed in every sheet's header and on the first page "
        "of the workbook (for example RESTRICTED).",
    )(func)


class ScoreRange(click.FloatRange):
    """A score from 0 to 100. click's FloatRange lets 'nan' through (every comparison with
    it is false), which would silently turn a --fail-under gate off."""

    def __init__(self) -> None:
        super().__init__(0, 100)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(f"{value!r} is not a number from 0 to 100", param, ctx)
        return number


def read_files(s: Settings, *inputs: str | None) -> list[str]:
    """Every file a command reads: its inputs and the custom checklist. An output may
    overwrite none of them."""
    files = [f for f in inputs if f]
    spec = s.checklist_spec
    if spec and os.path.isfile(spec):  # a custom checklist; a built-in id is no file
        files.append(spec)
    return files


def sorted_problems(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(problems, key=Problem.sort_key)


def echo_problems(file: str, problems: Iterable[Problem], *, err: bool = False) -> None:
    lang = current_language()
    for p in sorted_problems(problems):
        click.echo(inert(p.format(file, lang)), err=err)


def problems_json(file: str, problems: Iterable[Problem]) -> dict[str, Any]:
    ps = sorted_problems(problems)
    return {
        "file": file,
        "valid": not any(p.is_error for p in ps),
        "problems": [p.to_json(current_language()) for p in ps],
    }


def echo_json(data: Any) -> None:
    click.echo(inert_json(json.dumps(data, ensure_ascii=False, indent=2)))


def fail(message: str, code: int = exit_codes.INVALID) -> None:
    click.echo(f"readiness: error: {inert(message)}", err=True)
    sys.exit(code)
