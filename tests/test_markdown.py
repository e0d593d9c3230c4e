"""The one Markdown writer: text from a file is shown as written and never becomes markup."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readiness.reports.markdown import markdown_table, markdown_text
from readiness.reports.terminal_text import inert

# CommonMark: a backslash before any ASCII punctuation character shows that character.
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _shown(markdown: str) -> str:
    return _UNESCAPE.sub(r"\1", markdown)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Heading", "\\# Heading"),
        ("> quote", "\\> quote"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("1. first", "1\\. first"),
        ("3) third", "3\\) third"),
        ("---", "\\---"),
        ("===", "\\==="),
        ("-3.5", "-3.5"),  # a negative number is no list
        ("84.3", "84.3"),  # nor is a score
        ("2026-Q4", "2026-Q4"),
        ("a | b", "a \\| b"),
        ("C:\\dir\\", "C:\\\\dir\\\\"),
        ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
        ("[link](http://x)", "\\[link\\](http://x)"),
        ("<script>", "\\<script\\>"),
        ("~~gone~~", "\\~\\~gone\\~\\~"),
        ("&amp; R&D", "\\&amp; R&D"),
        ("one\ntwo\r\nthree\u2028four\x85five", "one two three four five"),
        ("\x1b[31mred", "\ufffd\\[31mred"),
        ("Fête — «ok»", "Fête — «ok»"),
    ],
)
def test_markdown_text_makes_markup_inert(text: str, expected: str) -> None:
    assert markdown_text(text) == expected


def test_markdown_table_aligns_and_escapes_every_cell() -> None:
    lines = markdown_table(["Item", "Score"], [["A|1", 84.3], ["# B", None]], "lr")
    assert lines == [
        "| Item | Score |",
        "| :--- | ---: |",
        "| A\\|1 | 84.3 |",
        "| \\# B | None |",
    ]
    assert markdown_table(["x"], [])[1] == "| :--- |"  # left by default


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.one_of(
            st.characters(blacklist_categories=("Cs",)),
            st.sampled_from(list("\\|#>-+=*_`[]<>~&;1.)\n\r\x85\u2028\u2029 ")),
        )
    )
)
def test_any_text_is_shown_exactly_and_stays_in_its_cell(text: str) -> None:
    shown = markdown_text(text)
    # One line, no control character left, and what a reader sees is the text itself
    # (line breaks as spaces, other control characters as U+FFFD, invisible and bidi
    # characters escaped as terminal_text.inert shows them).
    assert not any(ch in shown for ch in _BREAKS)
    assert not re.search(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]", shown)
    expected = re.sub("\r\n|[" + _BREAKS + "]", " ", text)
    expected = re.sub(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]", "\ufffd", expected)
    assert _shown(shown) == inert(expected)
    # In a table the cell never splits: every '|' of the text is escaped.
    row = markdown_table(["a", "b"], [[text, "x"]])[2]
    assert len(re.findall(r"(?<!\\)(?:\\\\)*\|", row)) == 3
    # Nothing block-level can start the text.
    assert not re.match(r"\s*(#|>|[-+=](\s|$)|\d+[.)](\s|$))", shown)


def test_inert_keeps_only_closed_first_strong_isolates():
    """Arabic output isolates ids (i18n.isolate): a closed FSI … PDI pair reaches the
    terminal; a lone one, a nested one or an override inside is escaped as before."""
    assert inert("\u0627 \u2068PREV-01\u2069 \u0628") == "\u0627 \u2068PREV-01\u2069 \u0628"
    assert inert("a\u2068b") == "a\\u2068b"
    assert inert("a\u2069b") == "a\\u2069b"
    assert inert("\u2068a\u2068b\u2069") == "\\u2068a\u2068b\u2069"
    assert inert("\u2068a\u202eb\u2069") == "\u2068a\\u202eb\u2069"
    assert inert("\u2067a\u2069") == "\\u2067a\\u2069"  # RLI is not ours


def test_markdown_table_refuses_a_row_wider_than_its_headers() -> None:
    with pytest.raises(AssertionError):
        markdown_table(["a", "b"], [["1", "2", "3"]])
