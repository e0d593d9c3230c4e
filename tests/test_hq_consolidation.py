"""HQ consolidation (SPEC §15): one reporting period, roster and coverage, regions,
follow-up rules, anonymised publication, every file accounted for, a readable workbook.

The cycle inbox (mini checklist; level 4 everywhere scores 100, level 2 scores 61.1 and
is partially ready, level 0 scores 0 and is not ready):

file               unit                                  region       period   levels
fr.yaml            FR Brigade des mineurs / Online       Europe       2026-Q4  4
de.yaml            DE Bundeskriminalamt / SO12           Europe       2026-Q4  2
es.yaml            ES Policía Nacional / UCIC            Europe       2026-Q4  0
ke.yaml            KE Kenya Police Service / DCI         Africa       2026-Q4  2, 3 overdue
br.yaml            BR Polícia Federal                    Americas     2026-Q4  4
jp.yaml            JP National Police Agency / Cyber     Asia and SP  2026-Q4  2
fr-q3.yaml         FR Brigade des mineurs / Online       Europe       2026-Q3  2   (other period)
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import assessment_dict, write_yaml
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from readiness.cli import cli
from readiness.cli.aggregate_cmd import aggregate as aggregate_command
from readiness.core.follow_up import Figures, default_policy
from readiness.core.periods import canonical_period, default_period, period_interval
from readiness.core.roster import name_key
from readiness.workbooks.style import row_height, text_lines

UNITS = {
    "fr": ("FR", "Brigade des mineurs", "Online"),
    "de": ("DE", "Bundeskriminalamt", "SO12"),
    "es": ("ES", "Policía Nacional", "UCIC"),
    "ke": ("KE", "Kenya Police Service", "DCI"),
    "br": ("BR", "Polícia Federal", None),
    "jp": ("JP", "National Police Agency", "Cyber"),
}
LEVELS = {"fr": 4, "de": 2, "es": 0, "ke": 2, "br": 4, "jp": 2}


def _write(folder: Path, mini: Any, name: str, key: str, level: int, **top: Any) -> Path:
    country, agency, unit = UNITS[key]
    identity = {"name": agency, "country": country, **({"unit": unit} if unit else {})}
    return write_yaml(folder / name, assessment_dict(mini, level, agency=identity, **top))


@pytest.fixture
def cycle(tmp_path: Path, mini: Any, monkeypatch: pytest.MonkeyPatch) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for key, level in LEVELS.items():
        path = _write(inbox, mini, f"{key}.yaml", key, level)
        if key == "ke":  # three actions overdue on 2026-11-20
            data = assessment_dict(
                mini,
                2,
                agency={"name": "Kenya Police Service", "unit": "DCI", "country": "KE"},
                overrides={
                    item.id: {
                        "level": 2,
                        "evidence": ["Plan"],
                        "owner": "Head of unit",
                        "due": "2026-06-30",
                    }
                    for item in mini.items[:3]
                },
            )
            write_yaml(path, data)
    _write(inbox, mini, "fr-q3.yaml", "fr", 2, period="2026-Q3", assessed_on="2026-08-01")
    monkeypatch.chdir(tmp_path)
    return Path("inbox")


def run(mini_path: Path, *args: str, lang: str = "en") -> Any:
    return CliRunner().invoke(
        cli, ["--checklist", str(mini_path), "aggregate", *args], env={"READINESS_LANG": lang}
    )


def as_json(mini_path: Path, *args: str) -> tuple[int, dict[str, Any]]:
    result = run(mini_path, *args, "--no-excel", "--format", "json")
    assert result.stdout, result.output
    return result.exit_code, json.loads(result.stdout)


# --- periods ------------------------------------------------------------------------------


def test_periods_are_intervals_and_french_spellings_are_canonical():
    q4, h2, year = (period_interval(p) for p in ("2026-Q4", "2026-H2", "2026"))
    assert q4 and h2 and year
    assert (str(q4.start), str(q4.end), q4.days) == ("2026-10-01", "2026-12-31", 92)
    assert h2.contains(q4) and year.contains(h2) and not q4.contains(h2)
    assert str(period_interval("2024-02").end) == "2024-02-29"  # a leap year
    assert canonical_period("2026-T4") == "2026-Q4"
    assert canonical_period("2026-s1") == "2026-H1"
    for bad in ("2026-Q5", "2026-H3", "2026-13", "２０２６", "2026-Q4\n", "26-Q1"):
        assert canonical_period(bad) is None, bad


def test_default_period_latest_end_then_most_submissions_then_shortest():
    # 2026-H2 and 2026-Q4 both end on 31 December: the one with more submissions wins...
    assert default_period({"2026-Q3": 9, "2026-H2": 3, "2026-Q4": 2}) == "2026-H2"
    # ... and on equal counts the shorter one.
    assert default_period({"2026-H2": 2, "2026-Q4": 2, "2026": 2}) == "2026-Q4"
    assert default_period({"2025": 40, "2026-01": 1}) == "2026-01"
    assert default_period({}) is None


def test_headline_is_the_reporting_period_only(cycle, mini_path):
    code, data = as_json(mini_path, str(cycle))
    assert code == 0
    summary = data["summary"]
    assert summary["period"] == "2026-Q4"
    assert (summary["inputs"], summary["accepted"], summary["other_period"]) == (7, 6, 1)
    assert summary["inputs"] == (
        summary["accepted"] + summary["superseded"] + summary["other_period"] + summary["rejected"]
    )
    # (100 + 61.1 + 0 + 61.1 + 100 + 61.1) / 6
    assert summary["mean_score"] == 63.9
    status = {s["file"]: s["status"] for s in data["submissions"]}
    assert status["inbox/fr-q3.yaml"] == "other_period"
    # The other period feeds the trend only.
    assert [(p["period"], p["submissions"]) for p in data["periods"]] == [
        ("2026-Q3", 1),
        ("2026-Q4", 6),
    ]
    assert data["trend"][0]["agency"] == "Brigade des mineurs"


def test_period_option_chooses_the_period_and_reads_french(cycle, mini_path):
    code, data = as_json(mini_path, str(cycle), "--period", "2026-T3")
    assert code == 0
    assert data["summary"]["period"] == "2026-Q3"
    assert (data["summary"]["accepted"], data["summary"]["other_period"]) == (1, 6)
    assert data["summary"]["mean_score"] == 61.1
    bad = run(mini_path, str(cycle), "--period", "2026-Q5", "--no-excel")
    assert bad.exit_code == 2 and "is not one of YYYY" in bad.output


# --- regions and follow-up -----------------------------------------------------------------


def test_regions_in_every_output(cycle, mini_path):
    _, data = as_json(mini_path, str(cycle))
    regions = {r["region"]: r for r in data["regions"]}
    assert list(regions) == ["Africa", "Americas", "Asia and South Pacific", "Europe"]
    europe = regions["Europe"]
    assert europe["submissions"] == 3
    assert europe["mean_score"] == round((100 + 550 / 9 + 0) / 3, 1)
    assert europe["ratings"] == {"ready": 1, "partially_ready": 1, "not_ready": 1}
    assert set(europe["areas"]) == {"AAA", "BBB"}
    by_file = {s["file"]: s for s in data["submissions"]}
    assert by_file["inbox/ke.yaml"]["region"] == "Africa"
    table = run(mini_path, str(cycle), "--no-excel").stdout
    assert "By region" in table and "Asia and South Pacific" in table
    french = run(mini_path, str(cycle), "--no-excel", lang="fr").stdout
    assert "Par région" in french and "Asie et Pacifique Sud" in french
    # The built-in policy's classes and rules in the user's language (JSON keeps the keys).
    assert "renforcé 2, régulier 4" in french and "3 actions en retard ou plus" in french


def test_default_follow_up_policy(cycle, mini_path):
    _, data = as_json(mini_path, str(cycle))
    follow = {s["file"]: s["follow_up"] for s in data["submissions"]}
    assert follow["inbox/es.yaml"] == {"class": "enhanced", "rule": "lowest band"}
    assert follow["inbox/ke.yaml"] == {"class": "enhanced", "rule": "3 or more overdue actions"}
    assert follow["inbox/de.yaml"] == {"class": "regular", "rule": "default"}
    assert follow["inbox/fr.yaml"] == {"class": "regular", "rule": "default"}
    assert data["follow_up"] == {"enhanced": 2, "regular": 4}
    assert data["summary"]["follow_up_rules"] == "built-in"


def test_default_policy_worked_examples(mini):
    policy = default_policy(mini)

    def figures(**kw: Any) -> Figures:
        base = dict(
            score=70,
            rating="partially_ready",
            gaps=1,
            critical_gaps=0,
            critical_at_zero=0,
            overdue_actions=0,
            exceptions=0,
            gaps_by_area={},
        )
        return Figures(**{**base, **kw})

    assert policy.classify(figures()).cls == "regular"
    assert policy.classify(figures(rating="not_ready")).rule == "lowest band"
    assert policy.classify(figures(critical_at_zero=1)).rule == "critical item at 0"
    assert policy.classify(figures(overdue_actions=2)).cls == "regular"
    assert policy.classify(figures(overdue_actions=3)).rule == "3 or more overdue actions"


RULES = """\
# HQ policy for 2026
rules:
  - name: weak sharing
    class: priority
    when:
      gaps_in_area: {area: AAA, at_least: 3}
      score: {below: 70}
  - name: lowest band
    class: enhanced
    when: {rating: last}
default: regular
"""


def test_rules_file_first_match_wins(cycle, mini_path, tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    _, data = as_json(mini_path, str(cycle), "--rules", str(rules))
    follow = {s["file"]: s["follow_up"] for s in data["submissions"]}
    # es: level 0, three gaps in AAA and score 0 < 70: the first rule matches before the
    # lowest band.
    assert follow["inbox/es.yaml"] == {"class": "priority", "rule": "weak sharing"}
    assert follow["inbox/de.yaml"] == {"class": "priority", "rule": "weak sharing"}
    assert follow["inbox/fr.yaml"] == {"class": "regular", "rule": "default"}
    assert data["follow_up"] == {"priority": 4, "enhanced": 0, "regular": 2}
    assert data["summary"]["follow_up_rules"] == str(rules)


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("rules:\n  - name: a\n    class: b\n    when: {colour: red}\ndefault: c\n", 4, "colour"),
        ("rules:\n  - name: a\n    class: b\n    when: {score: 50}\ndefault: c\n", 4, "at_least"),
        ("rules:\n  - name: a\n    class: b\n    when: {rating: fine}\ndefault: c\n", 4, "fine"),
        (
            "rules:\n  - name: a\n    class: b\n    when:\n      gaps_in_area: {area: ZZZ}\n"
            "default: c\n",
            5,
            "AAA, BBB",
        ),
        ("rules: []\n", None, "default"),
        ("rules:\n  - !!python/object/apply:os.system ['touch PWNED']\ndefault: c\n", 2, "tag"),
        (
            "rules:\n  - name: a\n    class: b\n    when: {gaps: {at_least: 1.5}}\ndefault: c\n",
            4,
            "whole number",
        ),
    ],
)
def test_invalid_rules_are_located_and_nothing_is_evaluated(
    cycle, mini_path, tmp_path, text, line, message
):
    rules = tmp_path / "rules.yaml"
    rules.write_text(text, encoding="utf-8")
    result = run(mini_path, str(cycle), "--rules", str(rules), "--no-excel")
    assert result.exit_code == 1
    assert message in result.stderr
    if line is not None:
        assert f"rules.yaml:{line}:" in result.stderr
    assert not Path("PWNED").exists()


# --- roster and coverage ----------------------------------------------------------------


ROSTER_CSV = """\
country,agency,unit,region,contact
FR,BRIGADE DES MINEURS,online,,paris@example.org
DE,Bundeskriminalamt,,,bka@example.org
KE,Kenya Police Service,DCI,,nairobi@example.org
SN,Police nationale,,,dakar@example.org
MX,Policía Federal,,Americas,mx@example.org
JP,National Police Agency,Cyber,North Asia,tokyo@example.org
"""


def test_roster_coverage_missing_and_unexpected(cycle, mini_path, tmp_path):
    roster = tmp_path / "roster.csv"
    # The roster writes "Policía" decomposed (NFD, as macOS does): it still matches.
    roster.write_text(unicodedata.normalize("NFD", ROSTER_CSV), encoding="utf-8")
    code, data = as_json(mini_path, str(cycle), "--roster", str(roster))
    assert code == 0
    cov = data["coverage"]
    assert (cov["expected"], cov["received"], cov["share"]) == (6, 4, 0.6667)
    missing = [(m["country"], m["agency"]) for m in cov["missing"]]
    assert missing == [
        ("SN", "Police nationale"),
        ("MX", unicodedata.normalize("NFC", "Policía Federal")),
    ]
    assert cov["missing"][0]["contact"] == "dakar@example.org"
    assert cov["missing"][0]["region"] == "Africa"
    # ES and BR are not on the roster (MX's Policía Federal is another country's).
    assert [(u["country"], u["agency"]) for u in cov["unexpected"]] == [
        ("BR", "Polícia Federal"),
        ("ES", "Policía Nacional"),
    ]
    by_region = {r["region"]: (r["expected"], r["received"]) for r in cov["by_region"]}
    assert by_region["Africa"] == (2, 1)
    assert by_region["Europe"] == (2, 2)
    assert by_region["North Asia"] == (1, 1)  # the roster's region overrides the country's
    submissions = {s["file"]: s for s in data["submissions"]}
    assert submissions["inbox/jp.yaml"]["region"] == "North Asia"
    regions = {r["region"]: r for r in data["regions"]}
    assert (regions["Africa"]["expected"], regions["Africa"]["received"]) == (2, 1)
    table = run(mini_path, str(cycle), "--roster", str(roster), "--no-excel").stdout
    assert "4 of 6 expected submitters (66.7%)" in table
    assert "Missing submitters (2)" in table and "dakar@example.org" in table


def test_roster_in_yaml_and_xlsx_with_french_headers(cycle, mini_path, tmp_path):
    yaml_roster = tmp_path / "roster.yaml"
    yaml_roster.write_text(
        "roster:\n  - {country: fr, agency: Brigade des mineurs}\n"
        "  - {country: SN, agency: Police nationale}\n",
        encoding="utf-8",
    )
    _, data = as_json(mini_path, str(cycle), "--roster", str(yaml_roster))
    assert (data["coverage"]["expected"], data["coverage"]["received"]) == (2, 1)
    wb = Workbook()
    ws = wb.active
    ws.append(["Pays", "Service", "Unité", "Région", "Contact"])
    ws.append(["FR", "Brigade des mineurs", "Online", None, None])
    ws.append(["DE", "Bundeskriminalamt", None, None, None])
    ws.append(["XX", "Nowhere", None, None, None])
    xlsx = tmp_path / "roster.xlsx"
    wb.save(xlsx)
    result = run(mini_path, str(cycle), "--roster", str(xlsx), "--no-excel")
    assert result.exit_code == 1
    assert "roster.xlsx:Sheet!A4: error: country 'XX' is not an ISO 3166-1" in result.stderr
    ws.delete_rows(4)
    wb.save(xlsx)
    _, data = as_json(mini_path, str(cycle), "--roster", str(xlsx))
    assert (data["coverage"]["expected"], data["coverage"]["received"]) == (2, 2)


def test_roster_problems_are_located(cycle, mini_path, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("country;agency\nFR;Brigade\nFR;\n", encoding="utf-8")
    result = run(mini_path, str(cycle), "--roster", str(roster), "--no-excel")
    assert result.exit_code == 1 and "roster.csv:3:1: error: `agency` is empty" in result.stderr
    roster.write_text("pays,nom\nFR,x\n", encoding="utf-8")
    result = run(mini_path, str(cycle), "--roster", str(roster), "--no-excel")
    assert result.exit_code == 1 and "lacks agency" in result.stderr


def test_name_key_is_nfc_casefold_and_spaces():
    assert name_key("  Policía\u00a0 NACIONAL ") == name_key(
        unicodedata.normalize("NFD", "policía nacional")
    )
    assert name_key("Straße") == name_key("STRASSE")


# --- publication without names ------------------------------------------------------------


def _all_strings(data: Any) -> list[str]:
    if isinstance(data, dict):
        return [*data.keys(), *(s for v in data.values() for s in _all_strings(v))]
    if isinstance(data, list):
        return [s for v in data for s in _all_strings(v)]
    return [data] if isinstance(data, str) else []


def _names() -> list[str]:
    names = [agency for _, agency, _ in UNITS.values()]
    names += [unit for _, _, unit in UNITS.values() if unit]
    names += [f"{key}.yaml" for key in UNITS] + ["inbox", "roster.csv", "rules.yaml"]
    return names


def test_anonymised_outputs_hold_no_name(cycle, mini_path, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER_CSV, encoding="utf-8")
    rules = tmp_path / "rules.yaml"
    rules.write_text(RULES, encoding="utf-8")
    out = tmp_path / "publish.xlsx"
    args = [str(cycle), "--roster", str(roster), "--rules", str(rules), "--anonymise"]
    result = run(mini_path, *args, "--min-group", "2", "-o", str(out), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"summary", "regions", "areas", "items", "follow_up", "coverage"}
    assert data["summary"]["anonymised"] is True
    countries = {country for country, _, _ in UNITS.values()} | {"SN", "MX"}
    strings = _all_strings(data)
    for name in _names():
        assert not any(name.casefold() in s.casefold() for s in strings), name
    assert not countries & set(strings)
    # Europe has 3 submissions; Africa, the Americas and Asia 1 each: merged (3 >= 2).
    groups = {r["region"]: r for r in data["regions"]}
    assert list(groups) == ["Europe", "Other regions"]
    # (The roster puts JP in its own "North Asia".)
    assert groups["Other regions"]["merged"] == ["Africa", "Americas", "North Asia"]
    assert groups["Other regions"]["submissions"] == 3
    # Coverage by published group: KE, SN, MX and JP's rows are expected in the merged ones.
    assert (groups["Europe"]["expected"], groups["Europe"]["received"]) == (2, 2)
    assert (groups["Other regions"]["expected"], groups["Other regions"]["received"]) == (4, 2)
    assert [r["region"] for r in data["coverage"]["by_region"]] == ["Europe", "Other regions"]
    assert "min" not in data["areas"][0]  # one unit's score
    # The workbook: every part of the archive, names and codes as cell text.
    with zipfile.ZipFile(out) as archive:
        xml = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    everything = "\n".join(xml.values())
    for name in _names():
        assert name not in everything, name
    cells = re.findall(r"<t[^>]*>([^<]*)</t>", everything)
    assert not countries & set(cells)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Overview", "Regions", "Areas", "Items", "Gaps", "Trend"]
    assert "anonymised" in wb.properties.title
    for ws in wb.worksheets:
        assert _wrapped_rows_fit(ws) == []
    assert wb["Overview"]["A7"].value.startswith("Anonymised for publication")
    # Table and Markdown too.
    for fmt in ("table", "markdown"):
        text = run(mini_path, *args, "--min-group", "2", "--no-excel", "--format", fmt).stdout
        assert "Anonymised" in text
        for name in _names():
            assert name not in text, (fmt, name)
        assert not re.search(r"\b(FR|DE|ES|KE|BR|JP|SN|MX)\b", text), fmt


def test_small_groups_are_merged_then_suppressed(cycle, mini_path):
    # K = 4: Europe (3) and the others (3) are both too small: one merged group of 6.
    _, data = as_json(mini_path, str(cycle), "--anonymise", "--min-group", "4")
    (group,) = data["regions"]
    assert group["region"] == "Other regions" and group["submissions"] == 6
    # K = 7: fewer than K in the whole period: nothing is published but counts.
    _, data = as_json(mini_path, str(cycle), "--anonymise", "--min-group", "7")
    assert data["summary"]["suppressed"] is True and data["summary"]["mean_score"] is None
    assert data["regions"][0]["suppressed"] == "fewer than 7 submissions"
    assert data["areas"] is None and data["items"] is None
    table = run(mini_path, str(cycle), "--anonymise", "--min-group", "7", "--no-excel").stdout
    assert "Fewer than 7 submissions in this period: no figure is published." in table


# --- every file accounted for --------------------------------------------------------------


def test_every_file_in_a_folder_is_accounted_for(cycle, mini_path, tmp_path):
    (cycle / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 20)
    (cycle / "calc.ods").write_bytes(b"PK\x03\x04")
    (cycle / "table.csv").write_text("a,b\n", encoding="utf-8")
    (cycle / "result.json").write_text("{}", encoding="utf-8")
    (cycle / "memo.docx").write_bytes(b"PK\x03\x04")
    (cycle / "notes.txt").write_text("call NCB", encoding="utf-8")
    os.mkfifo(cycle / "pipe.yaml")  # would block whoever opens it
    code, data = as_json(mini_path, str(cycle), "missing-folder", str(cycle / "gone.yaml"))
    assert code == 3  # some rejected, the rest consolidated: the run did not stop
    reasons = {r["file"]: r["problems"][0]["message"] for r in data["rejected"]}
    assert "Excel 97-2003" in reasons["inbox/old.xls"] and ".xlsx" in reasons["inbox/old.xls"]
    assert "OpenDocument" in reasons["inbox/calc.ods"]
    assert "CSV" in reasons["inbox/table.csv"]
    assert "JSON" in reasons["inbox/result.json"]
    assert "Word document" in reasons["inbox/memo.docx"]
    assert "not an assessment file" in reasons["inbox/notes.txt"]
    assert "named pipe" in reasons["inbox/pipe.yaml"] and "not opened" in reasons["inbox/pipe.yaml"]
    assert reasons["missing-folder"] == "no such file or folder"
    assert reasons[str(cycle / "gone.yaml")] == "no such file or folder"
    assert data["summary"]["accepted"] == 6


def test_a_file_is_accounted_for_once(tmp_path, mini):
    from readiness.reading.aggregate_run import discover

    folder = tmp_path / "in"
    folder.mkdir()
    text = write_yaml(folder / "unit.txt", assessment_dict(mini))
    # Found in the folder (not an assessment by its name) and named: read, once.
    assert discover([str(folder), str(text)]) == ([str(text)], [])
    assert len(discover([str(text), str(folder)])[0]) == 1
    found, rejected = discover([str(folder)])
    assert found == [] and [r.file for r in rejected] == [str(text)]


def test_xlsm_is_read_like_xlsx(tmp_path, mini, mini_path, monkeypatch):
    from workbook_helpers import answer_all, fill_questionnaire

    monkeypatch.chdir(tmp_path)
    book = tmp_path / "q.xlsx"
    result = CliRunner().invoke(
        cli, ["--checklist", str(mini_path), "init", "--format", "xlsx", "-o", str(book)]
    )
    assert result.exit_code == 0, result.output
    fill_questionnaire(
        book,
        {"agency_name": "Unit M", "agency_country": "FR", "period": "2026-Q4"},
        answer_all(mini),
    )
    folder = tmp_path / "in"
    folder.mkdir()
    book.rename(folder / "q.xlsm")
    code, data = as_json(mini_path, str(folder))
    assert code == 0 and data["summary"]["accepted"] == 1


def test_allow_incomplete_and_no_advice_for_missing_options(tmp_path, mini, mini_path):
    data = assessment_dict(mini, 3)
    data["responses"]["AAA-02"] = {"level": None}
    path = write_yaml(tmp_path / "partial.yaml", data)
    code, out = as_json(mini_path, str(path))
    assert code == 1
    messages = " ".join(p["message"] for r in out["rejected"] for p in r["problems"])
    options = {opt for param in aggregate_command.params for opt in param.opts}
    for advised in re.findall(r"--[a-z][a-z-]*", messages):
        assert advised in options, advised
    code, out = as_json(mini_path, str(path), "--allow-incomplete")
    assert code == 0 and out["summary"]["accepted"] == 1


# --- Markdown and the workbook ------------------------------------------------------------


def test_markdown(cycle, mini_path, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER_CSV, encoding="utf-8")
    result = run(
        mini_path, str(cycle), "--roster", str(roster), "--no-excel", "--format", "markdown"
    )
    assert result.exit_code == 0
    md = result.stdout
    assert md.startswith("# Consolidation — 2026-Q4\n")
    assert "## By region" in md and "| Region | Expected | Received | Coverage |" in md
    assert "## Missing submitters (2)" in md
    assert "| ES | Policía Nacional | UCIC | Europe |" in md


def _wrapped_rows_fit(ws: Any) -> list[str]:
    """Every row holding wrapped text has an explicit height that fits that text (a merged
    cell wraps in its merged width, a smaller font takes less height)."""
    bad = []
    merged = {r.start_cell.coordinate: r for r in ws.merged_cells.ranges}
    for row in ws.iter_rows():
        for cell in row:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            span = merged.get(cell.coordinate)
            columns = range(span.min_col, span.max_col + 1) if span else [cell.column]
            width = sum(ws.column_dimensions[get_column_letter(c)].width or 13 for c in columns)
            size = cell.font.sz or 11
            lines = text_lines(cell.value, width, bold=bool(cell.font.b), size=size)
            height = ws.row_dimensions[cell.row].height
            if lines > 1 and (height is None or height < row_height(lines, size) - 0.01):
                bad.append(f"{ws.title}!{cell.coordinate} ({lines} lines, height {height})")
    return bad


def test_workbook_rows_fit_their_text_and_sheets_are_complete(cycle, mini_path, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER_CSV, encoding="utf-8")
    out = tmp_path / "hq.xlsx"
    (cycle / "notes.txt").write_text("x", encoding="utf-8")
    result = run(mini_path, str(cycle), "--roster", str(roster), "-o", str(out))
    assert result.exit_code == 3, result.output
    wb = load_workbook(out)
    assert wb.sheetnames == [
        "Overview",
        "Regions",
        "Coverage",
        "Areas",
        "Items",
        "Gaps",
        "Trend",
        "Rejected",
    ]
    for ws in wb.worksheets:
        assert _wrapped_rows_fit(ws) == []
    # Header rows tall enough for their longest header (no clipped heat-map header).
    areas = wb["Areas"]
    header = int(areas.freeze_panes[1:]) - 1
    assert areas.row_dimensions[header].height >= row_height(2)
    # Charts: ratings and area means by region; mean score per period.
    kinds = [type(c).__name__ for c in wb["Regions"]._charts]
    assert kinds == ["BarChart", "BarChart"]
    assert [type(c).__name__ for c in wb["Trend"]._charts] == ["LineChart"]
    coverage = wb["Coverage"]
    top = int(coverage.freeze_panes[1:])
    statuses = [coverage.cell(r, 1).value for r in range(top, coverage.max_row + 1)]
    assert statuses == ["missing"] * 2 + ["unexpected"] * 2 + ["received"] * 4
    regions = wb["Regions"]
    header = int(regions.freeze_panes[1:]) - 1
    assert [c.value for c in regions[header]][:6] == [
        "Region",
        "Expected",
        "Received",
        "Coverage",
        "Submissions",
        "Mean score",
    ]
