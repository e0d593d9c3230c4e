"""The safe YAML loader (SPEC §4): types, positions and refusals."""

from __future__ import annotations

import time

from readiness import limits
from readiness.reading.yaml_loading import load_yaml_bytes


def test_yaml_12_booleans_only_true_false():
    doc = load_yaml_bytes(b"country: NO\na: yes\nb: off\nc: true\nd: False\nON: 1\n")
    assert doc.data == {"country": "NO", "a": "yes", "b": "off", "c": True, "d": False, "ON": 1}


def test_dates_and_versions_stay_text_with_raw_source():
    doc = load_yaml_bytes(b"d: 2026-11-20\nq: '2026-11-20'\nv: 1.10\no: 0755\n")
    assert doc.data["d"] == "2026-11-20" and doc.data["q"] == "2026-11-20"
    assert doc.data["v"] == 1.1 and doc.raw_text[("v",)] == "1.10"
    assert doc.data["o"] == 755  # YAML 1.2: no octal without 0o


def test_positions_of_values_and_keys():
    doc = load_yaml_bytes(b"a:\n  b: [x, {c: 1}]\n")
    assert doc.positions[("a", "b", 1, "c")] == (2, 14)
    assert doc.key_positions[("a", "b")] == (2, 3)
    assert doc.position(("a", "b", 1, "missing")) == (2, 10)


def test_duplicate_keys_name_both_lines_and_keep_the_first():
    doc = load_yaml_bytes(b"a: 1\nb: 2\na: 3\n")
    assert doc.data == {"a": 1, "b": 2}
    assert [(p.line, p.message) for p in doc.problems] == [
        (3, "duplicate key 'a': first at line 1, again at line 3; keep one")
    ]


def test_anchors_aliases_and_tags_are_refused():
    assert "anchors" in load_yaml_bytes(b"a: &x 1\n").problems[0].message
    alias = load_yaml_bytes(b"a: [1]\nb: *x\n").problems[0]
    assert "aliases (*x)" in alias.message and alias.line == 2
    tagged = load_yaml_bytes(b"a: !!python/object/apply:os.system ['echo hi']\n")
    assert tagged.data is None and "tag" in tagged.problems[0].message
    custom = load_yaml_bytes(b"a: !custom 1\n")
    assert custom.data is None and "tag !custom" in custom.problems[0].message
    assert load_yaml_bytes(b"a: !!str 2026\n").data == {"a": "2026"}


def test_billion_laughs_is_refused_at_once():
    bomb = b'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for i in range(1, 10):
        refs = ",".join([f"*{chr(96 + i)}"] * 9)
        bomb += f"{chr(97 + i)}: &{chr(97 + i)} [{refs}]\n".encode()
    start = time.perf_counter()
    doc = load_yaml_bytes(bomb)
    assert time.perf_counter() - start < 1
    assert doc.data is None and doc.problems[0].line == 1


def test_deep_nesting_is_bounded_without_crashing():
    doc = load_yaml_bytes(b"[" * 100_000)
    assert doc.data is None
    assert f"more than {limits.MAX_YAML_DEPTH} levels" in doc.problems[0].message


def test_size_cap_and_binary_and_encoding():
    big = load_yaml_bytes(b"a: 1\n" + b"#" * limits.MAX_YAML_BYTES)
    assert "at most" in big.problems[0].message
    assert "binary" in load_yaml_bytes(b"\x00\x01\x02garbage").problems[0].message
    latin1 = load_yaml_bytes("a: ok\nb: café\n".encode("latin-1"))
    p = latin1.problems[0]
    assert (p.line, p.column) == (2, 7) and "not UTF-8" in p.message
    assert load_yaml_bytes("\ufeffa: é\n".encode()).data == {"a": "é"}


def test_one_document_only_and_syntax_errors_are_located():
    two = load_yaml_bytes(b"a: 1\n---\nb: 2\n")
    assert "more than one YAML document" in two.problems[0].message
    bad = load_yaml_bytes(b"a: [1, 2\nb: 3\n")
    assert bad.data is None and bad.problems[0].line is not None
    assert bad.problems[0].message.startswith("YAML syntax error")


def test_long_strings_are_bounded():
    doc = load_yaml_bytes(b"a: " + b"x" * (limits.MAX_STRING_CHARS + 1) + b"\n")
    assert doc.data is None and "characters is longer" in doc.problems[0].message


def test_control_characters_are_reported_with_position():
    doc = load_yaml_bytes(b"a: ok\nb: x\x07y\n")
    assert doc.data is None
    assert doc.problems[0].line == 2
