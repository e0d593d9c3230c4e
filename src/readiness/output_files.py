"""Safe output: atomic writes, never over an input, clear errors for bad folders."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from readiness.i18n import Message


class OutputError(Exception):
    """An output cannot be written; the message is for the user."""

    def render(self, lang: str) -> str:
        """The message in the user's language."""
        message = self.args[0] if self.args else ""
        return message.render(lang) if isinstance(message, Message) else str(message)


def same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def check_output_path(out: Path, inputs: Iterable[str | Path] = (), *, force: bool = True) -> None:
    for item in inputs:
        if same_file(out, Path(item)):
            raise OutputError(Message("out.over_input", out=str(out)))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.exists():
        raise OutputError(Message("out.no_folder", out=str(out), folder=str(folder)))
    if not folder.is_dir():
        raise OutputError(Message("out.not_folder", out=str(out), folder=str(folder)))
    if out.is_dir():
        raise OutputError(Message("out.is_folder", out=str(out)))
    # The output replaces what is there by a rename: over /dev/null or a FIFO that would
    # put a file in its place (as root, in /dev), not write to it.
    if out.exists() and not out.is_file():
        raise OutputError(Message("out.not_regular", out=str(out)))
    if not os.access(folder, os.W_OK):
        raise OutputError(Message("out.not_writable", out=str(out), folder=str(folder)))
    if out.exists() and not force:
        raise OutputError(Message("out.exists", out=str(out)))


@contextlib.contextmanager
def unwind_on_signals() -> Iterator[None]:
    """While a temporary file exists (or worker processes run), SIGTERM and SIGHUP raise
    SystemExit instead of ending the process at once, so that the file is removed (the
    workers stopped) on the way out. Handlers someone else
    set (or SIG_IGN, as under nohup) are left alone."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def unwind(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    replaced = []
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) is signal.SIG_DFL:
            signal.signal(number, unwind)
            replaced.append(number)
    try:
        yield
    finally:
        for number in replaced:
            signal.signal(number, signal.SIG_DFL)


def _temporary_prefix(out: Path) -> str:
    """A hidden name recognisably the output's: its first 100 bytes at most (whole
    characters, even where a file name's undecodable bytes are surrogate escapes)."""
    return f".{os.fsdecode(os.fsencode(out.name)[:100])}."


def write_atomic(out: Path, write: Callable[[Path], object]) -> None:
    """Let `write` fill a temporary file beside `out`, then rename it into place.

    An interrupted or failed run leaves neither a half-written `out` nor the temporary file.
    """
    folder = out.parent if str(out.parent) else Path(".")
    tmp: Path | None = None
    with unwind_on_signals():
        try:
            # The temporary name must fit NAME_MAX (255 bytes) whatever the output's length:
            # a shortened prefix, a random part and the suffix stay far below it.
            fd, tmp_name = tempfile.mkstemp(
                prefix=_temporary_prefix(out), suffix=".tmp", dir=folder
            )
            tmp = Path(tmp_name)
            os.close(fd)
            write(tmp)
            # mkstemp makes the file private (0600); give it the usual permissions instead.
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, out)
        except BaseException as exc:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    tmp.unlink()
            if isinstance(exc, OSError):
                raise OutputError(
                    Message("out.cannot_write", out=str(out), reason=str(exc.strerror or exc))
                ) from exc
            raise


def write_text_atomic(out: Path, text: str) -> None:
    write_atomic(out, lambda tmp: tmp.write_text(text, encoding="utf-8"))
