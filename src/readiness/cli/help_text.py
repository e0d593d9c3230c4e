"""--help, usage errors and click's own words in the run's language (SPEC §16).

The help of every command and option is a catalogue text, found by the command's path:
``help.cmd.<path>`` for a command (``help.cmd.readiness`` for the group itself), and for an
option ``help.opt.<path>.<option>``, else ``help.opt.<option>`` (the options every command
shares). Metavars (FILE, PATHS, OUT…) are ``meta.<name>``. Nothing here is written twice: the
English catalogue is the one source, tests/test_help.py fails on a command or option without
a text.

click writes its headings ("Usage:", "Options") and usage errors through gettext and ships no
translations: its words are looked up in the catalogue's CLICK table (click's English text →
the language's), for the length of one run. A text click may add in a later version stays
English until the table has it.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

import click

from readiness.i18n import DEFAULT, catalogue, click_text, default_language, language_in_args, t

# click's modules that write what a user reads; each looks `_` and `ngettext` up at call time.
_CLICK_MODULES = ("core", "exceptions", "formatting", "types", "parser", "decorators")

_language: str | None = None  # the run's language while a command line runs, else English


def click_word(message: str) -> str:
    """One of click's texts in the run's language."""
    return click_text(message, _language) if _language else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    return click_word(singular if n == 1 else plural)


def _route_click_words() -> None:
    """Point click's gettext at the catalogue (once; the language is read at each call)."""
    import importlib

    for name in _CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if getattr(module, "_", None) is not None:
            module._ = click_word  # type: ignore[attr-defined]
        if getattr(module, "ngettext", None) is not None:
            module.ngettext = _ngettext  # type: ignore[attr-defined]


def commands(
    group: click.Command, path: tuple[str, ...] = ()
) -> Iterator[tuple[str, click.Command]]:
    """Every command of the tree with its dotted path ("readiness", "init", "checklist.show")."""
    yield (".".join(path) or "readiness"), group
    if isinstance(group, click.Group):
        for name, command in group.commands.items():
            yield from commands(command, (*path, name))


def option_key(path: str, param: click.Option) -> str:
    """The catalogue key of an option's help: the key it was declared with (an option
    shared by commands with another meaning, --format), else its own, else the shared one."""
    declared = _declared_of(param).help
    if declared and declared.startswith("help."):
        return declared
    own = f"help.opt.{path}.{param.name}"
    return own if own in catalogue(DEFAULT) else f"help.opt.{param.name}"


def metavar_key(metavar: str) -> str:
    """FILE -> meta.file, ID[@VERSION]|PATH -> meta.id_version_path."""
    return "meta." + re.sub(r"[^a-z0-9]+", "_", metavar.lower()).strip("_")


@dataclass(frozen=True)
class _Declared:
    """A parameter as the code declared it, kept before the first translation overwrites it."""

    help: str | None  # a catalogue key for an option shared with another meaning (--format)
    metavar: str | None  # None: click names it (FILES..., [OTHER])
    english: str | None  # the English metavar shown, declared or derived (TEXT, INTEGER…)


_declared: dict[int, _Declared] = {}


def _declared_of(param: click.Parameter) -> _Declared:
    found = _declared.get(id(param))
    if found is None:
        found = _Declared(param.help, param.metavar, _english_metavar(param))
        _declared[id(param)] = found
    return found


def _english_metavar(param: click.Parameter) -> str | None:
    if isinstance(param, click.Option) and (param.is_flag or param.count):
        return None
    if isinstance(param.type, click.Choice):
        return None  # [table|json|markdown]: the values themselves
    if param.metavar:
        return param.metavar
    if isinstance(param, click.Argument):
        return param.name.upper() if param.name else None
    return param.type.name.upper()


def _metavar(param: click.Parameter, english: str, lang: str) -> str:
    """The metavar in `lang`, with click's marks for an argument it names itself: [OTHER]
    when optional, FILES... when repeated."""
    text = t(metavar_key(english), lang)
    if isinstance(param, click.Argument) and _declared_of(param).metavar is None:
        if not param.required:
            text = f"[{text}]"
        if param.nargs != 1:
            text += "..."
    return text


class _Formatter(click.HelpFormatter):
    """Headings ("Options:") with the language's punctuation (French "Options :")."""

    def write_heading(self, heading: str) -> None:
        text = t("cli.heading", _language or DEFAULT, heading=heading)
        self.write(f"{'':>{self.current_indent}}{text}\n")


class _Context(click.Context):
    """Help and usage lines are put in the run's language when they are first written: a
    run that prints neither (most of them) pays nothing for it."""

    formatter_class = _Formatter

    def get_usage(self) -> str:
        self._localise()
        return super().get_usage()

    def get_help(self) -> str:
        self._localise()
        return super().get_help()

    def _localise(self) -> None:
        lang = _language or DEFAULT
        if _localised != lang:
            localise_tree(self.find_root().command, lang)


_localised: str | None = None  # the language the tree's help texts are in now


def use_language(root: click.Command, lang: str) -> None:
    """click's words in `lang` for this run; help texts follow when they are written."""
    global _language
    _route_click_words()
    _language = lang
    for _path, command in commands(root):
        command.context_class = _Context


def localise_tree(root: click.Command, lang: str) -> None:
    """Every help text and metavar of `root`'s tree in `lang`."""
    global _localised
    _localised = lang
    for path, command in commands(root):
        command.help = t(f"help.cmd.{path}", lang)
        command.short_help = None
        cached = getattr(command, "_help_option", None)  # click >= 8.1.8 keeps it once made
        if isinstance(cached, click.Option):
            cached.help = click_word("Show this message and exit.")
        command.options_metavar = t("meta.options_bracketed", lang)
        if isinstance(command, click.Group):
            command.subcommand_metavar = t("meta.command_args", lang)
        for param in command.params:
            english = _declared_of(param).english
            if english is not None:
                param.metavar = _metavar(param, english, lang)
            if isinstance(param, click.Option) and param.name:
                param.help = t(option_key(path, param), lang)


def end_of_run() -> None:
    """click's words are English again (a library caller, a test, the next run)."""
    global _language
    _language = None


def run_language() -> str | None:
    """The language of the command line being run (None outside a run)."""
    return _language


@contextlib.contextmanager
def command_line_language(root: click.Command, args: list[str]) -> Iterator[None]:
    """The help, click's words and usage errors of one command line in its language, until
    the error (shown after click returns) is written too. Nested runs keep the outer one's."""
    if _language is not None:
        yield
        return
    use_language(root, language_of(args))
    try:
        yield
    finally:
        end_of_run()


def help_keys(root: click.Command) -> set[str]:
    """Every catalogue key the help of `root`'s tree needs (for the completeness test)."""
    keys = {"meta.options_bracketed", "meta.command_args"}
    for path, command in commands(root):
        keys.add(f"help.cmd.{path}")
        for param in command.params:
            english = _declared_of(param).english
            if english is not None:
                keys.add(metavar_key(english))
            if isinstance(param, click.Option) and param.name:
                keys.add(option_key(path, param))
    return keys


def language_of(args: list[str]) -> str:
    """The language of a command line before click reads it: the last --lang, else the
    environment's (help is printed while click parses, before --lang reaches a callback)."""
    return language_in_args(args) or default_language()
