"""The one YAML scalar writer: whatever it writes reads back as exactly the value written.

Read back by readiness's own loader (YAML 1.2 core types) and by PyYAML's safe_load (YAML
1.1, what an editor or another tool may use), as a value, a list entry and a key.
"""

from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import example, given, settings
from hypothesis import strategies as st

from readiness.cli import cli
from readiness.reading.yaml_loading import load_yaml_bytes
from readiness.reports.yaml_scalar import yaml_scalar

TRICKY = [
    "yes", "No", "NO", "null", "Null", "~", "", " ", "2026", "2026-01-01", "1.0", "0x1F",
    ".inf", "- a", "a: b", "a:b", "a #b", "#x", "@x", "'q'", '"q"', "it's", 'say "hi"',
    "x\u2028y", "x\u2029y", "x\x85y", "\u2028", "line\nbreak", "cr\rlf", "tab\there",
    " lead", "trail ", "  both  ", "é", "Fête — «quotes»", "n/a", "%x", "!x", "x\\", "\\",
    "a: ", "? x", "{a}", "[a]", "a,", "*ref", "&anchor", "|", ">", "\ufeffbom", "\x7f",
    "\x00nul", "😀", "x\U000e0001",
]  # fmt: skip

# Every character but lone surrogates (which UTF-8 cannot write), with the troublemakers
# drawn often.
_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs",)),
        st.sampled_from(list("\x85\u2028\u2029\"'#: \\\n\r\t-?,[]{}|>~&*!%@`")),
    )
)


def _read_back(text: str) -> list[object]:
    """The value as readiness and as PyYAML read it, as a value, a list entry and a key."""
    doc = f"v: {yaml_scalar(text)}\nl:\n  - {yaml_scalar(text)}\nk:\n  {yaml_scalar(text)}: 1\n"
    ours = load_yaml_bytes(doc.encode("utf-8"))
    assert not ours.problems, (text, doc, ours.problems)
    theirs = yaml.safe_load(doc)
    return [
        ours.data["v"],
        ours.data["l"][0],
        list(ours.data["k"]) == [text],
        theirs["v"],
        theirs["l"][0],
        list(theirs["k"]) == [text],
    ]


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_text_reads_back_exactly(text: str) -> None:
    assert _read_back(text) == [text, text, True, text, text, True]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
@example("\x85")
@example(" NO ")
@example("a: b # c")
def test_any_text_reads_back_exactly(text: str) -> None:
    assert _read_back(text) == [text, text, True, text, text, True]


def test_values_that_are_not_text() -> None:
    assert [yaml_scalar(v) for v in (None, True, False, 7, -3)] == ["", "true", "false", "7", "-3"]
    assert yaml_scalar("2026-01-01", date=True) == "2026-01-01"  # a date field stays a date
    assert yaml_scalar("2026-01-01") == '"2026-01-01"'  # any other field: the text
    assert yaml_scalar("Plain words, here") == "Plain words, here"  # readable when safe
    assert yaml_scalar("x\u2028y") == '"x\\u2028y"'


@pytest.mark.parametrize(
    "agency", ["Brigade\u2028mineurs", "Unit\x85two", "a\u2029b", "NO", ' "q" ']
)
def test_init_agency_reads_back_as_given(tmp_path, mini_path, agency: str) -> None:
    out = tmp_path / "unit.yaml"
    result = CliRunner().invoke(
        cli,
        ["--checklist", str(mini_path), "init", "-o", str(out), "--agency", agency],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    doc = load_yaml_bytes(out.read_bytes())
    assert doc.data["agency"]["name"] == agency
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["agency"]["name"] == agency
