"""Problems are data: collected, sorted by position and reported together."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from readiness.i18n import localise

ERROR = "error"
WARNING = "warning"


def _cell_sort_key(cell: str | None) -> tuple[int, str]:
    if not cell:
        return (0, "")
    letters = "".join(ch for ch in cell if ch.isalpha())
    digits = "".join(ch for ch in cell if ch.isdigit())
    return (int(digits or 0), letters.rjust(3))


@dataclass(frozen=True)
class Problem:
    severity: str
    message: str
    path: str = ""
    line: int | None = None
    column: int | None = None
    sheet: str | None = None
    cell: str | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def sort_key(self) -> tuple[Any, ...]:
        return (
            self.sheet or "",
            _cell_sort_key(self.cell),
            self.line if self.line is not None else 0,
            self.column if self.column is not None else 0,
            0 if self.is_error else 1,
            self.path,
            self.message,
        )

    def location(self, file: str) -> str:
        if self.sheet is not None:
            return f"{file}:{self.sheet}!{self.cell}" if self.cell else f"{file}:{self.sheet}"
        if self.line is not None:
            return f"{file}:{self.line}:{self.column or 1}"
        return file

    def text(self, lang: str = "en") -> str:
        """The message in `lang` (a catalogue message), or as written (any other text)."""
        return localise(self.message, lang)

    def format(self, file: str, lang: str = "en") -> str:
        # The `FILE:LINE:COL: error:` prefix stays in English: editors and CI match it.
        where = f" ({self.path})" if self.path else ""
        return f"{self.location(file)}: {self.severity}: {self.text(lang)}{where}"

    def to_json(self, lang: str = "en") -> dict[str, Any]:
        out: dict[str, Any] = {
            "severity": self.severity,
            "message": self.text(lang),
            "path": self.path,
        }
        key = getattr(self.message, "key", None)
        if key:  # the same in every language, for programs that act on a kind of problem
            out["message_key"] = key
        if self.sheet is not None:
            out["sheet"] = self.sheet
            out["cell"] = self.cell
        else:
            out["line"] = self.line
            out["column"] = self.column
        return out


@dataclass
class ProblemList:
    """Problems of one file, in the order they were found; sorted on output."""

    items: list[Problem] = field(default_factory=list)

    def add(self, problem: Problem) -> None:
        self.items.append(problem)

    def extend(self, problems: list[Problem] | ProblemList) -> None:
        self.items.extend(problems.items if isinstance(problems, ProblemList) else problems)

    @property
    def has_errors(self) -> bool:
        return any(p.is_error for p in self.items)

    def sorted(self) -> list[Problem]:
        return sorted(self.items, key=Problem.sort_key)

    def __len__(self) -> int:
        return len(self.items)


class InputError(Exception):
    """Raised only at a file boundary: the file could not be read at all."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(p.message for p in problems))
        self.problems = problems
