"""The working-day calendar as a table (CSV, JSON, XLSX), a Nat-2 deadline counted in SQL
on it, and a month at a glance (CAL-1, CAL-2).

Golden days from the State Council General Office notice of 2025-11-04 for 2026 and
the statutory holidays of the 2025 revision of 《全国年节及纪念日放假办法》 (see
tests/test_calendar_kinds.py), typed in by hand.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import receptionrules as rr
from receptionrules.calendar import WorkingCalendar
from receptionrules.cli import main
from receptionrules.publishing import display_width
from receptionrules.publishing.calendar_table import (
    CALENDAR_COLUMNS,
    calendar_csv,
    calendar_json,
    calendar_records,
    calendar_xlsx,
)
from receptionrules.publishing.month import month_grid
from receptionrules.supervision import due_date

GOLDEN = {
    # day: (working, kind, holiday_zh)
    date(2026, 1, 1): (False, "statutory_holiday", "元旦"),
    date(2026, 1, 2): (False, "substituted_day_off", "元旦"),
    date(2026, 1, 4): (True, "make_up_workday", "元旦"),
    date(2026, 2, 15): (False, "weekend", "春节"),
    date(2026, 2, 16): (False, "statutory_holiday", "春节"),
    date(2026, 2, 28): (True, "make_up_workday", "春节"),
    date(2026, 4, 6): (False, "substituted_day_off", "清明节"),
    date(2026, 5, 2): (False, "statutory_holiday", "劳动节"),
    date(2026, 5, 9): (True, "make_up_workday", "劳动节"),
    date(2026, 6, 20): (False, "weekend", "端午节"),
    date(2026, 9, 20): (True, "make_up_workday", "国庆节"),
    date(2026, 10, 3): (False, "statutory_holiday", "国庆节"),
    date(2026, 10, 7): (False, "substituted_day_off", "国庆节"),
    date(2026, 10, 9): (True, "workday", None),
    date(2026, 10, 11): (False, "weekend", None),
}
LABELS_ZH = {
    "workday": "工作日",
    "weekend": "周末",
    "statutory_holiday": "法定节假日",
    "substituted_day_off": "调休休息日",
    "make_up_workday": "调休上班日",
}


def _days(start: date, end: date) -> list[rr.CalendarDay]:
    return list(WorkingCalendar().days(start, end))


def _csv_rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


def test_cal_1_csv_has_one_row_per_day_with_the_kinds_of_the_notice() -> None:
    text = calendar_csv(_days(date(2026, 1, 1), date(2026, 12, 31)))
    assert text.splitlines()[0].removeprefix("\ufeff") == ",".join(CALENDAR_COLUMNS)
    rows = _csv_rows(text)
    assert len(rows) == 365
    assert [r["date"] for r in rows[:2]] == ["2026-01-01", "2026-01-02"]
    by_day = {date.fromisoformat(r["date"]): r for r in rows}
    for day, (working, kind, holiday) in GOLDEN.items():
        row = by_day[day]
        assert row["working"] == ("1" if working else "0"), day
        assert row["kind"] == kind, day
        assert row["kind_label"] == LABELS_ZH[kind]
        assert row["holiday_zh"] == (holiday or ""), day
        assert row["provisional"] == "0"
    assert by_day[date(2026, 10, 1)]["holiday_en"] == "National Day"
    assert by_day[date(2026, 10, 1)]["weekday_en"] == "Thursday"
    assert by_day[date(2026, 10, 1)]["weekday_zh"] == "星期四"
    assert sum(r["kind"] == "statutory_holiday" for r in rows) == 13


def test_cal_1_only_the_kind_label_follows_the_language() -> None:
    days = _days(date(2026, 9, 28), date(2026, 10, 11))
    zh, en = _csv_rows(calendar_csv(days)), _csv_rows(calendar_csv(days, language="en"))
    for a, b in zip(zh, en, strict=True):
        assert {k: v for k, v in a.items() if k != "kind_label"} == {
            k: v for k, v in b.items() if k != "kind_label"
        }
    assert {r["kind_label"] for r in en} == {
        "workday",
        "weekend",
        "statutory holiday",
        "substituted day off",
        "make-up working day",
    }
    with pytest.raises(ValueError, match="language='de'"):
        calendar_records(days, language="de")  # type: ignore[arg-type]


def test_cal_2_provisional_years_are_flagged() -> None:
    year = rr.default_calendar().last_official_year + 1
    rows = _csv_rows(calendar_csv(_days(date(year, 1, 1), date(year, 1, 3))))
    assert [r["provisional"] for r in rows] == ["1", "1", "1"]


def test_cal_1_json_is_an_array_of_the_same_records() -> None:
    days = _days(date(2026, 10, 1), date(2026, 10, 10))
    rows = json.loads(calendar_json(days, language="en"))
    assert [r["date"] for r in rows] == [f"2026-10-{d:02d}" for d in range(1, 11)]
    assert rows[0] == {
        "date": "2026-10-01",
        "weekday_en": "Thursday",
        "weekday_zh": "星期四",
        "working": False,
        "kind": "statutory_holiday",
        "kind_label": "statutory holiday",
        "holiday_en": "National Day",
        "holiday_zh": "国庆节",
        "provisional": False,
    }
    assert rows[7]["holiday_zh"] is None
    assert rows[7]["working"] is True
    assert json.loads(calendar_json([])) == []


def test_cal_1_xlsx_holds_the_same_table() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    days = _days(date(2026, 9, 28), date(2026, 10, 11))
    data = calendar_xlsx(days)
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == CALENDAR_COLUMNS
    assert len(rows) == 1 + 14
    first = dict(zip(CALENDAR_COLUMNS, rows[4], strict=True))  # 2026-10-01
    assert first["date"].date() == date(2026, 10, 1)
    assert first["working"] is False
    assert first["kind"] == "statutory_holiday"
    assert first["kind_label"] == "法定节假日"
    assert first["holiday_zh"] == "国庆节"
    assert sheet.freeze_panes == "A2"
    assert calendar_xlsx(days) == data  # reproducible: no clock in the file


# --- a Nat-2 deadline in SQL -----------------------------------------------------------

NAT_2_SQL = """
SELECT min(date) FROM calendar
WHERE working = 1 AND date >= date(:accepted, '+60 days')
"""


@pytest.fixture(scope="module")
def database() -> sqlite3.Connection:
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE calendar (date TEXT PRIMARY KEY, weekday_en TEXT, weekday_zh TEXT, "
        "working INTEGER, kind TEXT, kind_label TEXT, holiday_en TEXT, holiday_zh TEXT, "
        "provisional INTEGER)"
    )
    rows = _csv_rows(calendar_csv(_days(date(2024, 1, 1), date(2027, 12, 31))))
    db.executemany(
        f"INSERT INTO calendar VALUES ({', '.join('?' * len(CALENDAR_COLUMNS))})",
        [tuple(r[c] for c in CALENDAR_COLUMNS) for r in rows],
    )
    return db


def test_nat_2_the_deadline_counted_in_sql_on_two_golden_days(database: sqlite3.Connection) -> None:
    # Accepted 2026-08-07: day 60 is Tuesday 6 October (National Day) → Thursday 8 October.
    # Accepted 2026-03-06: day 60 is Tuesday 5 May (a substituted day off) → Wednesday 6 May.
    for accepted, due in [
        (date(2026, 8, 7), date(2026, 10, 8)),
        (date(2026, 3, 6), date(2026, 5, 6)),
        (date(2026, 1, 5), date(2026, 3, 6)),  # day 60 is a Friday, a working day
    ]:
        (got,) = database.execute(NAT_2_SQL, {"accepted": accepted.isoformat()}).fetchone()
        assert got == due.isoformat()
        assert due_date(accepted, 60) == due


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 9, 30)))
def test_nat_2_sql_agrees_with_due_date(database: sqlite3.Connection, accepted: date) -> None:
    (got,) = database.execute(NAT_2_SQL, {"accepted": accepted.isoformat()}).fetchone()
    assert date.fromisoformat(got) == due_date(accepted, 60)


# --- a month at a glance ---------------------------------------------------------------


def _columns(line: str) -> dict[int, int]:
    """Each day number of a grid line, by the display column where it ends."""
    found: dict[int, int] = {}
    col = 0
    digits = ""
    for ch in [*line, " "]:
        if ch.isdigit():
            digits += ch
        elif digits:
            found[int(digits)] = col
            digits = ""
        col += display_width(ch)
    return found


def test_cal_1_month_grid_marks_holidays_make_up_days_and_receptions() -> None:
    text = month_grid(2026, 10, rr.default_calendar(), [rr.preset("ankang-mayor")])
    lines = text.splitlines()
    assert lines[0].strip() == "2026年10月"
    assert lines[1].split() == ["一", "二", "三", "四", "五", "六", "日"]
    week1, week2 = lines[2], lines[3]
    for d in (1, 2, 3):
        assert f"{d}法" in week1  # statutory holidays
    assert "4休" in week1  # the Sunday inside the break
    for d in (5, 6, 7):
        assert f"{d}休" in week2  # substituted days off
    assert "10班" in week2  # the make-up Saturday
    assert " 8  A" in week2  # the reception, moved from 6 October
    assert "A 安康市市长信访接待日：8日（原定6日）" in text
    assert "国庆节：10月1日—7日放假（法定节假日：1日、2日、3日），10月10日上班" in text


def test_cal_1_month_grid_aligns_by_display_width() -> None:
    text = month_grid(2026, 10, rr.default_calendar(), [rr.preset(n) for n in rr.PRESETS])
    lines = text.splitlines()
    header = lines[1]
    weeks = [ln for ln in lines[2:] if ln[:1] == " " or ln[:2].strip().isdigit()][:5]
    ends = [_columns(w) for w in weeks]
    # The same weekday ends at the same display column in every week.
    by_weekday: dict[int, set[int]] = {}
    for week in ends:
        for day, col in week.items():
            by_weekday.setdefault(date(2026, 10, day).weekday(), set()).add(col)
    assert all(len(cols) == 1 for cols in by_weekday.values()), by_weekday
    # ... and under its weekday name.
    starts = [i for i, ch in enumerate(header) if ch not in " "]
    heads = []
    col = 0
    for ch in header:
        if ch != " ":
            heads.append(col + display_width(ch))
        col += display_width(ch)
    assert len(starts) == 7
    assert [next(iter(by_weekday[i])) for i in range(7)] == heads


def test_cal_1_month_grid_in_english() -> None:
    text = month_grid(2026, 2, rr.default_calendar(), [rr.preset("union-chair")], language="en")
    assert text.splitlines()[1].split() == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert "14W" in text
    assert "16H" in text
    assert "20h" in text
    assert "statutory: 16–19 Feb" in text
    assert "A Trade union chairman's reception day: 4, 11, 25" in text
    with pytest.raises(ValueError, match="month=13"):
        month_grid(2026, 13, rr.default_calendar())


# --- the command line ------------------------------------------------------------------


def test_cli_calendar_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["calendar", "--from", "2026-10-01", "--to", "2026-10-10"]) == 0
    rows = _csv_rows(capsys.readouterr().out)
    assert [r["kind"] for r in rows[:4]] == ["statutory_holiday"] * 3 + ["weekend"]
    assert (
        main(
            [
                "calendar",
                "--from",
                "2026-10-01",
                "--to",
                "2026-10-02",
                "--format",
                "json",
                "--lang",
                "en",
            ]
        )
        == 0
    )
    first, _ = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["kind_label"] == "statutory holiday"  # JSON Lines, one day a line
    target = tmp_path / "cal.csv"
    assert main(["calendar", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(target)]) == 0
    assert len(_csv_rows(target.read_text(encoding="utf-8"))) == 365
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    pytest.importorskip("openpyxl")
    book = tmp_path / "cal.xlsx"
    assert (
        main(
            [
                "calendar",
                "--from",
                "2026-01-01",
                "--to",
                "2026-01-31",
                "--format",
                "xlsx",
                "-o",
                str(book),
            ]
        )
        == 0
    )
    assert book.read_bytes()[:2] == b"PK"


def test_cli_calendar_month(capsys: pytest.CaptureFixture[str]) -> None:
    schedule = Path(__file__).resolve().parent.parent / "docs" / "examples" / "holidays-2027.json"
    assert main(["calendar", "--month", "2026-10", "ankang-mayor", "union-chair"]) == 0
    out = capsys.readouterr().out
    assert "B 工会主席接待日：14日、21日、28日" in out
    assert main(["calendar", "--month", "2027-02", "--calendar", str(schedule)]) == 0
    out = capsys.readouterr().out
    assert "春节：2月6日—14日放假" in out
    assert "暂定" not in out  # the schedule makes 2027 official
    assert (
        main(
            [
                "calendar",
                "--month",
                "2026-12",
                "mediation-centre-mayor",
                "--announced",
                "2026-12-14",
            ]
        )
        == 0
    )
    assert "A 市长接待日（社会矛盾大调解中心）：14日" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["calendar", "--month", "2026-13"], "--month: '2026-13' is not a month"),
        (["calendar", "--from", "2026-01-01"], "give --from and --to"),
        (["calendar", "--from", "2026-02-01", "--to", "2026-01-01"], "is after --to"),
        (["calendar", "--from", "1990-01-01", "--to", "1990-01-02"], "outside the working-day"),
        (["calendar", "--month", "2026-10", "nowhere"], "nowhere"),
        (
            ["calendar", "ankang-mayor", "--from", "2026-01-01", "--to", "2026-01-02"],
            "only with --month",
        ),
    ],
)
def test_cli_calendar_bad_input(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_cal_1_the_table_of_a_year_agrees_with_is_working_day() -> None:
    cal = WorkingCalendar()
    start = date(2025, 1, 1)
    rows = _csv_rows(calendar_csv(cal.days(start, date(2025, 12, 31))))
    for i, row in enumerate(rows):
        assert (row["working"] == "1") == cal.is_working_day(start + timedelta(days=i))
