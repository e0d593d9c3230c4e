"""Locate the data folders (checklists/, schemas/) shipped with the package.

In a wheel they sit inside the package (hatch force-include); in an editable install
the package resolves to src/readiness, so fall back to the repository's top level.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    inside = _PACKAGE_DIR / name
    if inside.is_dir():
        return inside
    return _PACKAGE_DIR.parent.parent / name


def checklists_dir() -> Path:
    return data_dir("checklists")


def schemas_dir() -> Path:
    return data_dir("schemas")
