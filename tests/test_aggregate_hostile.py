"""HQ's inbox with hostile files among good ones (SPEC §9, §10): the good ones are accepted,
each hostile one is rejected with a reason that names its problem, the run ends with exit 3,
in bounded time and memory, as a whole process over two worker processes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from conftest import assessment_dict, write_yaml
from openpyxl import load_workbook
from test_hostile_yaml import _LAUNCHER as LAUNCHER
from test_hostile_yaml import PEAK_MB
from workbook_helpers import answer_all, fill_questionnaire, run

from readiness import limits
from readiness.reading.checklists import DEFAULT_CHECKLIST, load_checklist

# Whole aggregate processes over a hostile corpus: the slow loop only.
pytestmark = pytest.mark.slow

HOSTILE_DATA = Path(__file__).parent / "data" / "hostile"
SECONDS = 15  # the whole aggregation, two workers started; a few seconds here

# file in the inbox -> a fragment of the reason it is rejected
HOSTILE = {
    "alias-bomb.yaml": "anchors (&a) are not accepted",
    "python-tag.yaml": "YAML tag !!python/object/apply:os.system",
    "latin1.yaml": "not UTF-8 text (byte 0xe8)",
    "deep.yaml": f"nested more than {limits.MAX_YAML_DEPTH} levels",
    "zip-bomb.xlsx": "(a zip bomb?)",
    "junk.xlsx": "named like an Excel workbook but is not one",
    "truncated.xlsx": "damaged or incomplete",
    "xxe.xlsx": "XML entity declarations, which Excel never writes",
}
GOOD = ["fr.yaml", "de.yaml", "es.yaml", "it-questionnaire.xlsx"]


def _build_inbox(inbox: Path) -> None:
    checklist = load_checklist(DEFAULT_CHECKLIST)
    for name, country, level in (("fr", "FR", 3), ("de", "DE", 2), ("es", "ES", 4)):
        data = assessment_dict(checklist, level)
        data["agency"] = {"name": f"Unit {country}", "country": country}
        write_yaml(inbox / f"{name}.yaml", data)
    q = inbox / "it-questionnaire.xlsx"
    assert run("init", "--format", "xlsx", "-o", str(q)).exit_code == 0
    fill_questionnaire(
        q,
        {"agency_name": "Polizia Postale", "agency_country": "IT", "period": "2026-Q4"},
        answer_all(checklist),
    )

    shutil.copy(HOSTILE_DATA / "billion-laughs.yaml", inbox / "alias-bomb.yaml")
    shutil.copy(HOSTILE_DATA / "python-tag.yaml", inbox / "python-tag.yaml")
    shutil.copy(HOSTILE_DATA / "latin1.yaml", inbox / "latin1.yaml")
    (inbox / "deep.yaml").write_bytes(
        b"checklist: interpol-csea-covid19\nagency: " + b"[" * 200_000
    )
    (inbox / "junk.xlsx").write_bytes(os.urandom(20_000))
    sound = q.read_bytes()
    (inbox / "truncated.xlsx").write_bytes(sound[: len(sound) // 2])

    with zipfile.ZipFile(q) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(inbox / "zip-bomb.xlsx", "w", zipfile.ZIP_DEFLATED, 1) as archive:
        for name, data in parts.items():
            if name != sheet:
                archive.writestr(name, data)
                continue
            with archive.open(name, "w", force_zip64=True) as entry:
                for _ in range(200):  # 200 MB of zeros, 1 MB on disk
                    entry.write(bytes(1 << 20))
    xxe = b'<!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    parts[sheet] = parts[sheet].replace(b"<worksheet", xxe + b"<worksheet", 1)
    parts[sheet] = parts[sheet].replace(b">Polizia Postale<", b">&x;<", 1)
    with zipfile.ZipFile(inbox / "xxe.xlsx", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert sorted(p.name for p in inbox.iterdir()) == sorted([*GOOD, *HOSTILE])


def _run_measured(args: list[str]) -> tuple[int, str, str, float, float]:
    """Exit code, stdout, stderr, seconds and peak RSS in MB of the process or of the largest
    worker it waited for (started by test_hostile_yaml's launcher, which see)."""
    read_end, write_end = os.pipe()
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(
            [sys.executable, "-c", LAUNCHER, str(write_end), *args],
            stdout=subprocess.PIPE,
            stderr=err,
            env={**os.environ, "READINESS_LANG": "en"},
            pass_fds=(write_end,),
        )
        os.close(write_end)
        assert proc.stdout is not None
        out = proc.stdout.read().decode("utf-8")
        proc.wait()
        err.seek(0)
        errors = err.read().decode("utf-8", "replace")
    with os.fdopen(read_end, "rb") as report:
        code, peak_kb = report.read().split()
    return int(code), out, errors, time.perf_counter() - start, int(peak_kb) / 1024


@pytest.mark.parametrize("excel", [True, False])
def test_hostile_files_are_rejected_and_the_good_ones_accepted(tmp_path: Path, excel: bool) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _build_inbox(inbox)
    out = tmp_path / "hq.xlsx"
    excel_args = ["-o", str(out)] if excel else ["--no-excel"]
    code, stdout, stderr, seconds, peak = _run_measured(
        ["aggregate", str(inbox), "--jobs", "2", "--format", "json", *excel_args]
    )
    assert "Traceback" not in stdout + stderr
    assert "internal error" not in stdout + stderr
    assert "root:x:0:0" not in stdout + stderr
    assert code == 3, stderr
    assert seconds < SECONDS, seconds
    assert peak < PEAK_MB, peak
    assert not Path("/tmp/readiness-pwned").exists()  # no tag was executed

    data = json.loads(stdout)
    assert data["summary"]["inputs"] == len(GOOD) + len(HOSTILE)
    assert data["summary"]["accepted"] == len(GOOD)
    assert data["summary"]["rejected"] == len(HOSTILE)
    assert sorted(Path(s["file"]).name for s in data["submissions"]) == sorted(GOOD)
    assert {s["status"] for s in data["submissions"]} == {"accepted"}
    reasons = {Path(r["file"]).name: r["problems"] for r in data["rejected"]}
    assert sorted(reasons) == sorted(HOSTILE)
    for name, fragment in HOSTILE.items():
        messages = [p["message"] for p in reasons[name]]
        assert any(fragment in m for m in messages), (name, messages)
        assert any(p["severity"] == "error" for p in reasons[name]), (name, reasons[name])

    if excel:
        wb = load_workbook(out, read_only=True)
        rejected_sheet = wb["Rejected"]
        text = "\n".join(
            str(v) for row in rejected_sheet.iter_rows(values_only=True) for v in row if v
        )
        wb.close()
        for name, fragment in HOSTILE.items():
            assert name in text and fragment in text, name
        assert sorted(p.name for p in tmp_path.iterdir()) == ["hq.xlsx", "inbox"]
    else:
        assert not out.exists()


def test_results_do_not_depend_on_jobs(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _build_inbox(inbox)
    outputs = []
    for jobs in ("1", "2"):
        code, stdout, stderr, _, _ = _run_measured(
            ["aggregate", str(inbox), "--jobs", jobs, "--format", "json", "--no-excel"]
        )
        assert code == 3, stderr
        outputs.append(stdout)
    assert outputs[0] == outputs[1]


# --- round 2 (issue 10) ----------------------------------------------------------------------


def _forge_embedded(report: Path, out: Path, edit: Any) -> None:
    """A gap report "written by another version of the checklist": the embedded checklist
    and answers edited together, fingerprints recomputed, so that only the checklist in
    use can tell."""
    from readiness.core.canonical import fingerprint

    wb = load_workbook(report)
    meta = wb["readiness"]
    rows = {row[0].value: row for row in meta.iter_rows()}

    def text(key: str) -> str:  # long JSON is split over the row's cells
        return "".join(c.value for c in rows[key][1:] if c.value)

    def put(key: str, value: str) -> None:
        for cell in rows[key][1:]:
            cell.value = None
        for i in range(0, len(value), 32_000):
            meta.cell(row=rows[key][0].row, column=2 + i // 32_000, value=value[i : i + 32_000])

    assessment, checklist = json.loads(text("assessment_json")), json.loads(text("checklist_json"))
    edit(assessment, checklist)
    put("assessment_json", json.dumps(assessment))
    put("checklist_json", json.dumps(checklist))
    put("assessment_fingerprint", fingerprint(assessment))
    put("checklist_fingerprint", fingerprint(checklist))
    wb.save(out)


def _items(checklist: dict[str, Any]) -> list[dict[str, Any]]:
    return [item for area in checklist["areas"] for item in area["items"]]


def _level_nine(assessment: dict[str, Any], checklist: dict[str, Any]) -> None:
    for value in range(5, 10):
        label = {lang: f"Level {value}" for lang in checklist["languages"]}
        checklist["levels"].append({"value": value, "key": f"l{value}", "label": label})
    first = _items(checklist)[0]["id"]
    assessment["responses"][first]["level"] = 9


def _na_on_critical(assessment: dict[str, Any], checklist: dict[str, Any]) -> None:
    item = next(i for i in _items(checklist) if i["critical"] and not i["allow_na"])
    item["allow_na"] = True
    assessment["responses"][item["id"]] = {"level": "n/a", "justification": "Not our remit"}


def test_round_two_inbox(tmp_path: Path) -> None:
    """Not files, answers the checklist in use forbids, a consolidation among submissions,
    and one agency spelt in NFC and NFD: each file accounted for, in bounded time."""
    checklist = load_checklist(DEFAULT_CHECKLIST)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    data = assessment_dict(checklist, 3)
    data["agency"] = {"name": "Brigade de la S\u00fbret\u00e9", "country": "FR"}
    write_yaml(inbox / "fr.yaml", data)
    older = assessment_dict(checklist, 2, assessed_on="2026-10-01")
    older["agency"] = {"name": "BRIGADE DE LA SU\u0302RETE\u0301", "country": "FR"}  # NFD
    write_yaml(inbox / "fr-nfd.yaml", older)
    arabic = assessment_dict(
        checklist, 2, assessed_on="2026-10-02", period="\u0662\u0660\u0662\u0666-Q4"
    )
    arabic["agency"] = data["agency"]
    write_yaml(inbox / "fr-arabic-digits.yaml", arabic)
    (inbox / "zero.yaml").symlink_to("/dev/zero")
    os.mkfifo(inbox / "pipe.yaml")
    source = tmp_path / "source.yaml"
    write_yaml(source, assessment_dict(checklist, 3, agency={"name": "X", "country": "DE"}))
    report = tmp_path / "report.xlsx"
    assert run("assess", str(source), "-o", str(report)).exit_code == 0
    _forge_embedded(report, inbox / "level-nine.xlsx", _level_nine)
    _forge_embedded(report, inbox / "na-critical.xlsx", _na_on_critical)
    assert run("aggregate", str(source), "-o", str(inbox / "old-hq.xlsx")).exit_code == 0

    code, stdout, stderr, seconds, peak = _run_measured(
        ["aggregate", str(inbox), "--jobs", "2", "--format", "json", "--no-excel"]
    )
    assert "Traceback" not in stdout + stderr and "internal error" not in stdout + stderr
    assert code == 3, stderr
    assert seconds < SECONDS and peak < PEAK_MB, (seconds, peak)
    result = json.loads(stdout)
    assert result["summary"]["inputs"] == 8
    statuses = {Path(s["file"]).name: s["status"] for s in result["submissions"]}
    assert statuses == {"fr.yaml": "accepted", "fr-nfd.yaml": "superseded"}
    reasons = {
        Path(r["file"]).name: " ".join(p["message"] for p in r["problems"])
        for r in result["rejected"]
    }
    expected = {
        "zero.yaml": "a device",
        "pipe.yaml": "named pipe",
        "level-nine.xlsx": "in use: level 9 is not one of 0-4",
        "na-critical.xlsx": "in use:",
        "old-hq.xlsx": "this is HQ's consolidation workbook",
        "fr-arabic-digits.yaml": "period",
    }
    assert sorted(reasons) == sorted(expected)
    for name, fragment in expected.items():
        assert fragment in reasons[name], (name, reasons[name])


def test_sigterm_stops_the_workers_too(tmp_path: Path) -> None:
    import signal

    from test_hostile_yaml import run_process

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    sound = (Path(__file__).parent.parent / "examples" / "near-ready.yaml").read_bytes()
    for i in range(3000):
        (inbox / f"{i:04}.yaml").write_bytes(sound)
    code, _, err, seconds, left = run_process(
        ["aggregate", str(inbox), "--jobs", "2", "--no-excel"], send=signal.SIGTERM
    )
    assert code == 128 + signal.SIGTERM, err
    assert b"Traceback" not in err, err
    assert left == [], f"{len(left)} worker(s) still running"
    assert seconds < SECONDS


def test_the_trend_sheet_has_a_bounded_number_of_period_columns(tmp_path: Path) -> None:
    """One unit over 130 months: the latest 120 are columns, the rest said in a note; a
    crafted inbox of every period of every year cannot write past column XFD."""
    from readiness.workbooks.consolidation_workbook import MAX_TREND_PERIOD_COLUMNS

    checklist = load_checklist(DEFAULT_CHECKLIST)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    months = [f"{2015 + m // 12}-{m % 12 + 1:02}" for m in range(130)]
    for i, period in enumerate(months):
        data = assessment_dict(checklist, 1 + i % 4, period=period, evidence=False)
        write_yaml(inbox / f"{period}.yaml", data)
    out = tmp_path / "hq.xlsx"
    code, _, stderr, seconds, peak = _run_measured(
        ["aggregate", str(inbox), "--jobs", "2", "-o", str(out)]
    )
    assert code in (0, 3), stderr
    assert seconds < SECONDS * 2 and peak < PEAK_MB, (seconds, peak)
    wb = load_workbook(out, read_only=True)
    trend = wb["Trend"]
    widest = max(
        len([v for v in row if v is not None]) for row in trend.iter_rows(values_only=True)
    )
    text = " ".join(str(v) for row in trend.iter_rows(values_only=True) for v in row if v)
    wb.close()
    assert widest == 3 + MAX_TREND_PERIOD_COLUMNS + 1
    assert "10 earlier periods are not shown as columns" in text
    assert months[-1] in text and months[9] not in text.split("columns")[1]


def test_strange_file_names_stay_distinct_in_the_workbook(tmp_path: Path) -> None:
    """Two names differing only in bytes that are not UTF-8 (or in control characters) are
    two names in the consolidation workbook too: shown escaped, never dropped."""
    checklist = load_checklist(DEFAULT_CHECKLIST)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    folder = os.fsencode(inbox)
    for i, raw in enumerate((b"unit-\xff.yaml", b"unit-\xfe.yaml", b"unit-\x1b[2J.yaml")):
        data = assessment_dict(checklist, 3)
        data["agency"] = {"name": f"Unit {i}", "country": "FR"}
        write_yaml(Path(os.fsdecode(os.path.join(folder, raw))), data)
    with open(os.path.join(folder, b"junk-\xfd.yaml"), "wb") as fh:
        fh.write(b"agency: [\n")
    out = tmp_path / "hq.xlsx"
    code, _, stderr, seconds, peak = _run_measured(
        ["aggregate", str(inbox), "--jobs", "2", "-o", str(out)]
    )
    assert code == 3, stderr
    assert "Traceback" not in stderr and seconds < SECONDS and peak < PEAK_MB
    wb = load_workbook(out, read_only=True)
    cells = {
        str(v)
        for name in ("Overview", "Rejected")
        for row in wb[name].iter_rows(values_only=True)
        for v in row
        if isinstance(v, str) and str(inbox) in v
    }
    wb.close()
    for shown in ("unit-\\xff.yaml", "unit-\\xfe.yaml", "unit-\\x1b[2J.yaml", "junk-\\xfd.yaml"):
        assert f"{inbox}/{shown}" in cells, (shown, cells)
