"""Reading one untrusted input file: a regular file only, and never more than a bound.

`stat().st_size` is no bound: it is 0 for /dev/zero, a FIFO or a /proc file, and a file can
grow between the check and the read. So a path that is not a regular file is refused from
its `stat` without being opened (opening a FIFO blocks until a writer comes; opening a
device can have effects), the file is then opened with O_NONBLOCK and checked again on the
open descriptor (it may have been swapped meanwhile), and at most `limit + 1` bytes are read.
"""

from __future__ import annotations

import os
import stat

from readiness.core.problems import ERROR, Problem
from readiness.i18n import DEFAULT, Message, catalogue


class UnreadableInput(Exception):
    """The file cannot be read as an input; `problem` says why, for the user."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem


def thing_named(what: str) -> str:
    """The thing read, with its article, in the user's language (file, workbook, checklist…)."""
    key = "yaml.what_" + what.replace(" ", "_")
    return Message(key) if key in catalogue(DEFAULT) else "the " + what


def file_kind(mode: int) -> Message | None:
    """What a file that is not a regular one is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return Message("read.kind_folder")
    if stat.S_ISFIFO(mode):
        return Message("read.kind_fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Message("read.kind_device")
    if stat.S_ISSOCK(mode):
        return Message("read.kind_socket")
    return Message("read.kind_other")


def _not_regular(kind: Message, what: str) -> UnreadableInput:
    return _refuse(Message("read.not_regular", kind=kind, what=thing_named(what)))


def _cannot_read(exc: OSError, what: str) -> UnreadableInput:
    reason = str(exc.strerror or exc)
    return _refuse(Message("read.cannot_read", what=thing_named(what), reason=reason))


def _refuse(message: str | Message) -> UnreadableInput:
    return UnreadableInput(Problem(ERROR, message))


def read_bounded(path: str | os.PathLike[str], limit: int, what: str = "file") -> bytes:
    """The bytes of the regular file at `path` (symbolic links followed), at most `limit`;
    UnreadableInput otherwise, with a message naming what the path is."""
    data, size = read_up_to(path, limit, what)
    if len(data) > limit:
        raise _refuse(too_big_message(what, size, limit))
    return data


def too_big_message(what: str, size: int, limit: int) -> Message:
    return Message("yaml.too_big", what=thing_named(what), n=size, limit=limit)


def read_up_to(path: str | os.PathLike[str], limit: int, what: str = "file") -> tuple[bytes, int]:
    """At most `limit + 1` bytes of the regular file at `path` (more than `limit` means it is
    too big) and its size as its directory entry says (for messages only)."""
    try:
        kind = file_kind(os.stat(path).st_mode)
    except FileNotFoundError:
        raise _refuse(Message("read.no_such_file")) from None
    except OSError as exc:
        raise _cannot_read(exc, what) from None
    if kind is not None:
        raise _not_regular(kind, what)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise _cannot_read(exc, what) from None
    try:
        info = os.fstat(fd)
        kind = file_kind(info.st_mode)
        if kind is not None:  # swapped between the stat and the open
            raise _not_regular(kind, what)
        chunks: list[bytes] = []
        got = 0
        while got <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    except OSError as exc:
        raise _cannot_read(exc, what) from None
    finally:
        os.close(fd)
    return b"".join(chunks), max(info.st_size, got)
