"""The command line: next and list in both languages, --json parsed back, --version, and
each bad input's exit code (2, one line on stderr, never a traceback)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

import receptionrules as rr
from receptionrules.cli import main, version


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_next_without_arguments_lists_all_five_presets_in_chinese(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "next", "--at", "2026-05-01")
    assert (code, err) == (0, "")
    header, *lines = out.splitlines()
    assert header.split() == ["机构", "日期", "星期", "时间", "地点", "备注"]
    assert len(lines) == 5
    for name, line in zip(rr.PRESETS, lines, strict=True):
        assert line.startswith(name)
    # 5 May 2026 is a substituted day off: the Ankang reception moves to Wednesday 6 May.
    assert "2026-05-06  星期三  08:30–12:00  市人民政府信访接待室" in lines[0]
    assert "原定2026-05-05" in lines[0]
    assert "顺延至2026-05-06" in lines[0]
    assert "--announced" in lines[1]  # MC without announced dates: how to give them
    assert "Regime." not in out
    assert "2026-05-06" in lines[3]  # TS: 1-5 May off, Wednesday 6th
    assert "Wednesday" not in out


def test_next_in_english_uses_english_words_and_iso_dates(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "next", "--at", "2026-05-01", "--lang", "en")
    assert code == 0
    header, ak, mc, *_ = out.splitlines()
    assert header.split() == ["preset", "date", "weekday", "hours", "location", "notes"]
    assert "2026-05-06  Wednesday" in ak
    assert "the petition reception room of the municipal people's government" in ak
    assert "moved from 2026-05-05" in ak
    assert "no date is announced" in mc or "the last announced date is 2012-12-10" in mc
    assert "星期" not in out


def test_text_columns_align_by_display_width(capsys: pytest.CaptureFixture[str]) -> None:
    from receptionrules.cli.output import display_width

    _, out, _ = run(capsys, "next", "--at", "2026-05-01")
    lines = out.splitlines()
    # The place column starts at the same display column on every line with a reception.
    starts = []
    for line in lines[1:]:
        if "2026-" in line:
            i = line.index("08:") if "08:" in line else line.index("14:")
            starts.append(display_width(line[: i + len("08:30–12:00  ")]))
    assert len(set(starts)) == 1
    assert display_width("星期三") == 6
    assert display_width("abc") == 3


def test_next_marks_provisional_results(capsys: pytest.CaptureFixture[str]) -> None:
    future = f"{rr.default_calendar().last_official_year + 1}-03-01"
    code, out, _ = run(capsys, "next", "ankang-mayor", "--at", future)
    assert code == 0
    assert "暂定" in out
    code, out, _ = run(capsys, "next", "ankang-mayor", "--at", future, "--lang", "en")
    assert "provisional" in out


def test_next_one_preset_json_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "next", "ankang-mayor", "--at", "2026-10-01T09:00", "--json", "--lang", "en"
    )
    assert code == 0
    (line,) = out.splitlines()
    obj = json.loads(line)
    expected = rr.preset("ankang-mayor").next_reception(datetime(2026, 10, 1, 9, tzinfo=rr.TZ))
    assert obj["preset"] == "ankang-mayor"
    assert obj["date"] == "2026-10-08"
    assert obj["weekday"] == "Thursday"
    assert obj["start"] == expected.start.isoformat() == "2026-10-08T08:30:00+08:00"
    assert obj["end"] == "2026-10-08T12:00:00+08:00"
    assert obj["moved_from"] == "2026-10-06"
    assert obj["provisional"] is False
    assert obj["location"] == expected.location
    assert obj["notes"] == list(expected.notes)


def test_json_keys_stay_english_and_values_follow_lang(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "next", "ankang-mayor", "--at", "2026-10-01", "--format", "json")
    obj = json.loads(out)
    assert obj["weekday"] == "星期四"
    assert obj["notes"] == list(
        rr.preset("ankang-mayor").next_reception(datetime(2026, 10, 1, tzinfo=rr.TZ)).notes_in("zh")
    )
    assert all(key.isascii() for key in obj)


def test_next_all_presets_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "next", "--at", "2026-05-01", "--json")
    assert code == 0
    objs = [json.loads(line) for line in out.splitlines()]
    assert [o["preset"] for o in objs] == list(rr.PRESETS)
    mc = objs[1]
    assert mc["reception"] is None
    assert "--announced" in mc["message"]


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
    assert "--announced" in out
    assert "with_announced_dates" not in out


def test_announced_dates_on_the_command_line_and_in_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    argv = ["next", "mediation-centre-mayor", "--at", "2026-01-01", "--json"]
    code, out, _ = run(capsys, *argv, "--announced", "2026-01-12,2026-02-09")
    assert code == 0
    assert json.loads(out)["date"] == "2026-01-12"
    path = tmp_path / "announced.json"
    path.write_text('["2026-02-09", "2026-01-19"]', encoding="utf-8")
    code, out, _ = run(capsys, *argv, "--announced", str(path))
    assert json.loads(out)["date"] == "2026-01-19"


def test_list_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "wenfu-school", "--from", "2026-02-01", "--to", "2026-03-08")
    assert code == 0
    assert [line.split()[1] for line in out.splitlines()[1:]] == [
        "2026-02-02",
        "2026-02-09",
        "2026-03-02",
    ]
    assert all("星期一" in line for line in out.splitlines()[1:])
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
    assert "没有接待日" in err
    code, out, err = run(
        capsys,
        *("list", "wenfu-school", "--from", "2026-02-16", "--to", "2026-02-23", "--lang", "en"),
    )
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


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"receptionrules {version()}"
    assert version() == rr.__version__


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
        (
            ["list", "wenfu-school", "--from", "1990-01-01", "--to", "1990-02-01"],
            "--from 1990-01-01: outside the working-day calendar",
        ),
        (["next", "wenfu-school", "--announced", "2026-01-05"], "does not use announced dates"),
        (["next", "--calendar", "/nonexistent/cal.json"], "cannot read /nonexistent/cal.json"),
        # An empty list option is refused, never ignored.
        (["next", "mediation-centre-mayor", "--announced", ""], "--announced: no date given"),
        (["next", "mediation-centre-mayor", "--announced", ","], "--announced: no date given"),
        # Dates near the ends of the years 1-9999: one line, never an OverflowError.
        (["next", "--at", "0001-01-01"], "--at 0001-01-01: outside the working-day calendar"),
        (["next", "--at", "9999-12-31"], "--at 9999-12-31: outside the working-day calendar"),
        (["next", "--at", "0001-01-01T00:00+09:00"], "outside the years 1 to 9999"),
        (["next", "--at", "9999-12-31T23:00-01:00"], "outside the years 1 to 9999"),
        (["next", "ankang-mayor", "--at", "2100-12-20"], "add that year's holiday schedule with"),
        (["list", "ankang-mayor", "--from", "0001-01-01", "--to", "0001-01-05"], "--from 0001"),
        (["list", "ankang-mayor", "--from", "9999-12-25", "--to", "9999-12-31"], "--from 9999"),
        (["announce", "ankang-mayor", "--from", "0001-01-01", "--to", "0001-01-05"], "--from"),
        (["ical", "ankang-mayor", "--from", "0001-01-01", "--to", "0001-01-05"], "--from 0001"),
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
    assert "WorkingCalendar" not in err
    assert "Regime." not in err


def test_bad_calendar_file_names_the_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"year": 2027, "holidays": [{"name": "x", "days_off": ["2027-02-30"]}]}')
    code, _, err = run(capsys, "next", "--calendar", str(path))
    assert code == 2
    assert f"--calendar {path}: holidays[0].days_off[0]:" in err
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
