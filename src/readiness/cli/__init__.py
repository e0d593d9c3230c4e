"""The command line: parses options and calls the library; no scoring happens here."""

from __future__ import annotations

import contextlib
import os
import sys

import click

from readiness import __version__, exit_codes
from readiness.cli.common import CommandGroup, Settings, current_language
from readiness.i18n import SUPPORTED, default_language, t
from readiness.reports.terminal_text import inert_lines


@click.group(
    cls=CommandGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, "--version", prog_name="readiness")
@click.option(
    "--lang",
    type=click.Choice(SUPPORTED),
    default=None,
)
@click.option(
    "--checklist",
    "checklist",
    default=None,
    metavar="ID|PATH",
)
@click.pass_context
def cli(ctx: click.Context, lang: str | None, checklist: str | None) -> None:
    """Its help is the catalogues' help.cmd.readiness."""
    ctx.obj = Settings(lang or default_language(), checklist)


def _register() -> None:
    from readiness.cli import (
        aggregate_cmd,
        checklist_cmd,
        compare_cmd,
        convert_cmd,
        core_cmds,
        migrate_cmd,
    )

    for command in (
        core_cmds.init,
        core_cmds.validate,
        core_cmds.assess,
        compare_cmd.compare,
        aggregate_cmd.aggregate,
        convert_cmd.convert,
        migrate_cmd.migrate,
        checklist_cmd.checklist,
    ):
        cli.add_command(command)


_register()


def _tolerant_streams() -> None:
    """Output never fails on encoding: a UTF-8 terminal gets a lone surrogate (a file name
    that is not UTF-8, if one escaped terminal_text.inert; in JSON, a valid escape) as
    \\udcXX, any other encoding (a Latin-1 locale) replacement characters for what it
    cannot show."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        errors = "backslashreplace" if encoding in ("utf8", "utf_8") else "replace"
        # Not a text file, or already in use: left as it is.
        with contextlib.suppress(AttributeError, ValueError, OSError):
            stream.reconfigure(errors=errors)  # type: ignore[union-attr]


def main() -> None:
    # openpyxl imports numpy whenever it is installed (~0.1 s) to recognise numpy
    # numbers, which readiness never writes; the command line does without it.
    sys.modules.setdefault("numpy", None)  # type: ignore[arg-type]
    _tolerant_streams()
    from readiness.cli import help_text

    with help_text.command_line_language(cli, sys.argv[1:]):
        _run()


def _run() -> None:
    try:
        # Not click's standalone mode: it turns Ctrl-C into "Aborted!" and exit 1, the code
        # of invalid input.
        code = cli.main(prog_name="readiness", standalone_mode=False)
        sys.exit(code if isinstance(code, int) else exit_codes.OK)
    except click.exceptions.Abort:  # Ctrl-C (KeyboardInterrupt), or end of input at a prompt
        click.echo(t("cli.interrupted", current_language()), err=True)
        sys.exit(exit_codes.INTERRUPTED)
    except KeyboardInterrupt:
        click.echo(t("cli.interrupted", current_language()), err=True)
        sys.exit(exit_codes.INTERRUPTED)
    except click.ClickException as exc:  # usage errors: click's own message and code (2)
        exc.show()
        sys.exit(exc.exit_code)
    except SystemExit:
        raise
    except Exception as exc:  # the one place a bug is reported: never as the user's fault
        if os.environ.get("READINESS_DEBUG"):
            raise
        from readiness.internal_errors import internal_error_message, save_traceback

        click.echo(
            inert_lines(internal_error_message(exc, save_traceback(exc), current_language())),
            err=True,
        )
        sys.exit(exit_codes.INVALID)
