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
from readiness.cli.help_text import click_word, command_line_language, run_language
from readiness.core.problems import Problem
from readiness.i18n import SUPPORTED, default_language, localise, t
from readiness.reports.terminal_text import inert, inert_json

F = TypeVar("F", bound=Callable[..., Any])


def report_format(help: str = "help.opt.fmt") -> Callable[[F], F]:
    """--format of the commands that report: a terminal table, JSON or Markdown. `help` is
    the catalogue key of its help text."""
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
        help="help.opt.check_fmt",
    )


class CommandGroup(click.Group):
    """The command line's group: help and click's words in the run's language, and each
    command listed with the whole first paragraph of its help, wrapped to the width, where
    click would cut it after a few words with '...'."""

    def main(self, args: Any = None, *pos: Any, **kw: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        with command_line_language(self, argv):
            return super().main(argv, *pos, **kw)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is None or command.hidden:
                continue
            text = command.short_help or (command.help or "").split("\n\n")[0]
            rows.append((name, " ".join(text.split())))
        if rows:
            with formatter.section(click_word("Commands")):
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
    return run_language() or default_language()


def common_options(func: F) -> F:
    """--lang and --checklist are global, and accepted after the command name too."""
    func = click.option(
        "--lang",
        type=click.Choice(SUPPORTED),
        default=None,
    )(func)
    func = click.option(
        "--checklist",
        "checklist",
        default=None,
        metavar="ID|PATH",
    )(func)
    return func


def marking_option(func: F) -> F:
    """--marking: one option for every command that writes a workbook (SPEC §16)."""
    return click.option(
        "--marking",
        default="",
        metavar="TEXT",
    )(func)


class ScoreRange(click.FloatRange):
    """A score from 0 to 100. click's FloatRange lets 'nan' through (every comparison with
    it is false), which would silently turn a --fail-under gate off."""

    def __init__(self) -> None:
        super().__init__(0, 100)

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if math.isnan(number):
            self.fail(t("cli.score_range", current_language(), value=repr(value)), param, ctx)
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
    """`readiness: error: …` (the prefix is fixed, like a problem's); a message is rendered
    in the run's language."""
    click.echo(f"readiness: error: {inert(localise(message, current_language()))}", err=True)
    sys.exit(code)
