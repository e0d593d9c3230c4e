"""Bugs are not blamed on the user (SPEC §12).

Only a failure of the input is reported as a problem with the input: an exception raised
inside a file-parsing library (openpyxl, zipfile, the XML parsers) while it reads an
untrusted file. Anything else that goes wrong is an internal error: the command line's entry
(cli.main) saves its traceback to a file in the temporary folder and names that file in
the message, so it can be sent with a report.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import traceback
from pathlib import Path

# Libraries whose exceptions, raised while they parse a file, mean the file is damaged.
_PARSERS = frozenset(
    {"openpyxl", "zipfile", "xml", "defusedxml", "et_xmlfile", "zlib", "_compression"}
)


def raised_while_parsing(exc: BaseException) -> bool:
    """True when the innermost frame of the exception is in a file-parsing library."""
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    parts = tb.tb_frame.f_code.co_filename.replace("\\", "/").split("/")
    return any(part.removesuffix(".py") in _PARSERS for part in parts)


def save_traceback(exc: BaseException) -> Path | None:
    """The traceback in a new file of the temporary folder: its path, or None if unwritable."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    try:
        fd, name = tempfile.mkstemp(prefix=f"readiness-internal-error-{stamp}-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        return None
    return Path(name)


def internal_error_message(exc: BaseException, saved: Path | None, lang: str = "en") -> str:
    from readiness.i18n import t

    where = (
        t("cli.internal_saved", lang, path=str(saved))
        if saved is not None
        else t("cli.internal_not_saved", lang)
    )
    what = f"{type(exc).__name__}: {exc}"
    what = what if len(what) <= 200 else what[:199] + "…"
    return t("cli.internal_error", lang, what=what, where=where)
