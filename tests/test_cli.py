"""The command line: every command, --json parsed back, and each bad input's exit code."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

import receptionrules as rr
from receptionrules.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_next_without_arguments_lists_all_five_presets(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "next", "--at", "2026-05-01")
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    assert len(lines) == 5
    for name, line in zip(rr.PRESETS, lines, strict=True):
        assert line.startswith(name)
    assert "2026-05-06" in lines[0]
    assert "Wednesday" in lines[0]
    assert "08:30–12:00" in lines[0]
    assert "市人民政府信访接待室" in lines[0]
    assert "moved from 2026-05-05" in lines[0]
    assert "no upcoming reception" in lines[1]  # MC without announced dates
    assert "2026-05-06" in lines[3]  # TS: 1-5 May off, Wednesday 6th


def test_next_marks_provisional_results(capsys: pytest.CaptureFixture[str]) -> None:
    future = f"{rr.default_calendar().last_official_year + 1}-03-01"
    code, out, _ = run(capsys, "next", "ankang-mayor", "--at", future)
    assert code == 0
    assert "[provisional]" in out


def test_next_one_preset_json_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "next", "ankang-mayor", "--at", "2026-10-01T09:00", "--json")
    assert code == 0
    (line,) = out.splitlines()
    obj = json.loads(line)
    expected = rr.preset("ankang-mayor").next_reception(datetime(2026, 10, 1, 9, tzinfo=rr.TZ))
    assert obj["preset"] == "ankang-mayor"
    assert obj["date"] == "2026-10-08"
    assert obj["start"] == expected.start.isoformat() == "2026-10-08T08:30:00+08:00"
    assert obj["end"] == "2026-10-08T12:00:00+08:00"
    assert obj["moved_from"] == "2026-10-06"
    assert obj["provisional"] is False
    assert obj["location"] == expected.location
    assert obj["notes"] == list(expected.notes)


def test_next_all_presets_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "next", "--at", "2026-05-01", "--json")
    assert code == 0
    objs = [json.loads(line) for line in out.splitlines()]
    assert [o["preset"] for o in objs] == list(rr.PRESETS)
    mc = objs[1]
    assert mc["reception"] is None
    assert "announced" in mc["message"]


def test_at_with_offset_is_converted_to_shanghai(capsys: pytest.CaptureFixture[str]) -> None:
    # 2026-05-06T04:00Z is 12:00 in Shanghai: the AK reception has just ended.
    code, out, _ = run(capsys, "next", "ankang-mayor", "--at", "2026-05-06T04:00+00:00", "--json")
    assert code == 0
    assert json.loads(out)["date"] == "2026-06-02"
    code, out, _ = run(capsys, "next", "ankang-mayor", "--at", "2026-05-06T03:59+00:00", "--json")
    assert json.loads(out)["date"] == "2026-05-06"


def test_next_single_preset_with_nothing_upcoming_exits_1(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "next", "mediation-centre-mayor", "--at", "2026-01-01")
    assert code == 1
    assert "no upcoming reception" in out


def test_announced_dates_on_the_command_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "next",
        "mediation-centre-mayor",
        "--at",
        "2026-01-01",
        "--announced",
        "2026-01-12,2026-02-09",
        "--json",
    )
    assert code == 0
    assert json.loads(out)["date"] == "2026-01-12"


def test_list_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "wenfu-school", "--from", "2026-02-01", "--to", "2026-03-08")
    assert code == 0
    assert [line.split()[1] for line in out.splitlines()] == [
        "2026-02-02",
        "2026-02-09",
        "2026-03-02",
    ]
    code, out, _ = run(
        capsys, "list", "township-duty", "--from", "2026-02-13", "--to", "2026-02-28", "--json"
    )
    assert code == 0
    objs = [json.loads(line) for line in out.splitlines()]
    assert [o["date"] for o in objs] == [
        "2026-02-13",
        "2026-02-14",
        "2026-02-24",
        "2026-02-25",
        "2026-02-26",
        "2026-02-27",
        "2026-02-28",
    ]
    assert {o["start"][11:] for o in objs} == {"08:00:00+08:00"}


def test_list_empty_range_says_so_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(
        capsys, "list", "wenfu-school", "--from", "2026-02-16", "--to", "2026-02-23"
    )
    assert code == 0
    assert out == ""
    assert "no reception" in err


def test_calendar_file_makes_a_year_official(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    year = rr.default_calendar().last_official_year + 1
    path = tmp_path / "cal.json"
    path.write_text(
        json.dumps({"year": year, "holidays": [{"name": "元旦", "days_off": [f"{year}-01-01"]}]}),
        encoding="utf-8",
    )
    code, out, _ = run(
        capsys, "next", "ankang-mayor", "--at", f"{year}-03-01", "--calendar", str(path), "--json"
    )
    assert code == 0
    assert json.loads(out)["provisional"] is False


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["next", "ankang"], "unknown preset 'ankang'; valid names: ankang-mayor"),
        (["next", "ankang-mayor", "--at", "2026-13-01"], "--at: '2026-13-01' is not a date"),
        (["next", "ankang-mayor", "--at", "tomorrow"], "--at: 'tomorrow' is not a date"),
        (["list", "wenfu-school", "--from", "2026-05-01", "--to", "2026-04-01"], "is after --to"),
        (["list", "wenfu-school", "--from", "2026/05/01", "--to", "2026-06-01"], "--from:"),
        (["list", "wenfu-school", "--from", "2026-05-01"], "required: --to"),
        (["list", "nope", "--from", "2026-05-01", "--to", "2026-06-01"], "unknown preset 'nope'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["list", "wenfu-school", "--from", "1990-01-01", "--to", "1990-02-01"], "outside"),
        (["next", "wenfu-school", "--announced", "2026-01-05"], "does not use announced dates"),
        (["next", "--calendar", "/nonexistent/cal.json"], "cannot read /nonexistent/cal.json"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith("receptionrules: error: ")
    assert message in err
    assert "Traceback" not in err


def test_bad_calendar_file_names_the_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"year": 2027, "holidays": [{"name": "x", "days_off": ["2027-02-30"]}]}')
    code, _, err = run(capsys, "next", "--calendar", str(path))
    assert code == 2
    assert "holidays.0.days_off.0" in err
    assert len(err.splitlines()) == 1


def test_the_installed_module_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "receptionrules", "next", "union-chair", "--at", "2026-10-01"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "2026-10-14" in done.stdout
