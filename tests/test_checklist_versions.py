"""Checklist versions (SPEC §13): every published version stays readable, an assessment is
checked against the version it names, and published files never change."""

from __future__ import annotations

import hashlib
import json

import pytest
import yaml
from click.testing import CliRunner
from conftest import EXAMPLES, assessment_dict, write_yaml

from readiness.cli import cli
from readiness.reading.checklists import (
    DEFAULT_CHECKLIST,
    builtin_ids,
    builtin_path,
    builtin_versions,
    latest_version,
    load_checklist,
    version_key,
)
from readiness.reading.inputs import read_assessment

# A published version is frozen: units' files answer it, and their scores must not move.
PUBLISHED = {
    "1.0.0": "37340d1fe0c0f41a99811a790c98dbfb34b2b0fefde38b8e0ab901e6d5890224",
    "1.1.0": "402c71e9427ed582ae141d63de9a993b6b3dbdac003e526374f1fc958a75568e",
}


def run(*args: str):
    return CliRunner().invoke(cli, list(args), env={"READINESS_LANG": "en"})


@pytest.mark.parametrize("version", sorted(PUBLISHED))
def test_published_versions_are_byte_for_byte_unchanged(version):
    path = builtin_path(DEFAULT_CHECKLIST, version)
    assert path is not None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == PUBLISHED[version]


def test_versions_are_ordered_as_semantic_versions():
    assert sorted(["1.10.0", "1.9.0", "1.0.0", "1.1.0-rc.1", "1.1.0"], key=version_key) == [
        "1.0.0",
        "1.1.0-rc.1",
        "1.1.0",
        "1.9.0",
        "1.10.0",
    ]
    versions = builtin_versions(DEFAULT_CHECKLIST)
    assert "1.0.0" in versions and latest_version(DEFAULT_CHECKLIST) == versions[-1]
    assert builtin_ids() == [DEFAULT_CHECKLIST]


def test_id_at_version_loads_that_version_and_id_alone_the_latest():
    old = load_checklist(f"{DEFAULT_CHECKLIST}@1.0.0")
    assert old.version == "1.0.0" and len(old.items) == 31
    assert load_checklist(DEFAULT_CHECKLIST).version == latest_version(DEFAULT_CHECKLIST)


def test_list_shows_every_version():
    result = run("checklist", "list")
    assert result.exit_code == 0
    for version in builtin_versions(DEFAULT_CHECKLIST):
        assert f"{DEFAULT_CHECKLIST}  {version}" in result.output
    assert "latest" in result.output


def test_show_a_given_version_and_an_unknown_one():
    shown = run("checklist", "show", f"{DEFAULT_CHECKLIST}@1.0.0")
    assert shown.exit_code == 0 and f"{DEFAULT_CHECKLIST} 1.0.0 —" in shown.output
    as_json = run("checklist", "show", f"{DEFAULT_CHECKLIST}@1.0.0", "--format", "json")
    assert json.loads(as_json.output)["version"] == "1.0.0"
    unknown = run("checklist", "show", f"{DEFAULT_CHECKLIST}@9.9.9")
    assert unknown.exit_code != 0
    assert "has no version 9.9.9; known versions: " in unknown.output
    assert ", ".join(builtin_versions(DEFAULT_CHECKLIST)) in unknown.output


def test_an_assessment_is_checked_against_the_version_it_names(tmp_path):
    old = load_checklist(f"{DEFAULT_CHECKLIST}@1.0.0")
    path = write_yaml(tmp_path / "old.yaml", assessment_dict(old))
    loaded = read_assessment(str(path))
    assert loaded.valid and loaded.checklist is not None
    assert loaded.checklist.version == "1.0.0"
    assert [p for p in loaded.problems] == []


def test_an_unknown_version_is_an_error_listing_the_known_ones(tmp_path):
    old = load_checklist(f"{DEFAULT_CHECKLIST}@1.0.0")
    path = write_yaml(tmp_path / "x.yaml", assessment_dict(old, checklist_version="0.9.0"))
    result = run("validate", str(path))
    assert result.exit_code != 0
    line = next(x for x in result.output.splitlines() if "0.9.0" in x)
    assert line.startswith(f"{path}:")  # located at the checklist_version line
    assert "known versions: " + ", ".join(builtin_versions(DEFAULT_CHECKLIST)) in line


def test_no_version_means_the_latest_with_a_note(tmp_path):
    latest = load_checklist(DEFAULT_CHECKLIST)
    data = assessment_dict(latest)
    del data["checklist_version"]
    path = write_yaml(tmp_path / "x.yaml", data)
    loaded = read_assessment(str(path))
    assert loaded.valid and loaded.checklist is not None
    assert loaded.checklist.version == latest.version
    (note,) = loaded.problems
    assert not note.is_error and "no checklist_version" in note.message
    assert note.line == 1  # the `checklist:` line


def test_a_version_written_as_a_number_is_read_as_text(tmp_path):
    old = load_checklist(f"{DEFAULT_CHECKLIST}@1.0.0")
    text = yaml.safe_dump(assessment_dict(old), sort_keys=False).replace(
        "checklist_version: 1.0.0", "checklist_version: 1.0"
    )
    path = tmp_path / "x.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = read_assessment(str(path))
    assert any("has no version 1.0;" in p.message for p in loaded.problems)


def test_examples_name_their_version():
    for path in EXAMPLES.glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["checklist_version"] in builtin_versions(DEFAULT_CHECKLIST), path.name
