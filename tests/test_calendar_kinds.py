"""The kind of each day (CAL-1): 工作日, 周末, 法定节假日, 调休休息日, 调休上班日, and the
holiday each day belongs to, against the State Council notice for 2026 and the law.

Golden data typed in by hand, never computed by the code under test:

- the State Council General Office notice of 2025-11-04 on the 2026 holidays (the days
  off of each holiday and the weekend days worked for them);
- the statutory holidays of 《全国年节及纪念日放假办法》 as revised in 2025: 13 days a
  year — New Year's Day 1; Spring Festival 4 (New Year's Eve and the first three days of
  the first lunar month); Qingming 1; Labour Day 2 (1 and 2 May); Dragon Boat 1;
  Mid-Autumn 1; National Day 3 (1–3 October). For 2026: Spring Festival is 17 February
  (eve 16 February), Qingming 5 April, Dragon Boat 19 June, Mid-Autumn 25 September.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

import receptionrules as rr
from receptionrules.calendar import DayKind, HolidayPeriod, WorkingCalendar, YearSchedule


def _days(month: int, *days: int) -> list[date]:
    return [date(2026, month, d) for d in days]


STATUTORY_2026 = [
    *_days(1, 1),
    *_days(2, 16, 17, 18, 19),
    *_days(4, 5),
    *_days(5, 1, 2),
    *_days(6, 19),
    *_days(9, 25),
    *_days(10, 1, 2, 3),
]
# Each holiday of the notice: its days off, and the weekend days worked for it.
BREAKS_2026 = {
    "元旦": (_days(1, 1, 2, 3), _days(1, 4)),
    "春节": ([date(2026, 2, d) for d in range(15, 24)], _days(2, 14, 28)),
    "清明节": (_days(4, 4, 5, 6), []),
    "劳动节": (_days(5, 1, 2, 3, 4, 5), _days(5, 9)),
    "端午节": (_days(6, 19, 20, 21), []),
    "中秋节": (_days(9, 25, 26, 27), []),
    "国庆节": ([date(2026, 10, d) for d in range(1, 8)], [date(2026, 9, 20), date(2026, 10, 10)]),
}
OFF_2026 = {d for off, _ in BREAKS_2026.values() for d in off}
WORKED_2026 = {d for _, worked in BREAKS_2026.values() for d in worked}


def expected_kind(d: date) -> DayKind:
    if d in WORKED_2026:
        return DayKind.MAKE_UP_WORKDAY
    if d in STATUTORY_2026:
        return DayKind.STATUTORY_HOLIDAY
    if d.weekday() >= 5:
        return DayKind.WEEKEND
    return DayKind.SUBSTITUTED_DAY_OFF if d in OFF_2026 else DayKind.WORKDAY


def test_cal_1_every_day_of_2026_has_the_kind_of_the_notice_and_the_law() -> None:
    cal = WorkingCalendar()
    days = list(cal.days(date(2026, 1, 1), date(2026, 12, 31)))
    assert len(days) == 365
    wrong = [(d.day, d.kind, expected_kind(d.day)) for d in days if d.kind != expected_kind(d.day)]
    assert wrong == []
    assert [d.day for d in days if d.statutory] == STATUTORY_2026
    assert len(STATUTORY_2026) == 13
    assert all(d.working == d.kind.working == cal.is_working_day(d.day) for d in days)


def test_cal_1_substituted_days_off_of_2026() -> None:
    cal = WorkingCalendar()
    substituted = [
        d.day
        for d in cal.days(date(2026, 1, 1), date(2026, 12, 31))
        if d.kind is DayKind("调休休息日")
    ]
    # 2 January; 20, 23 February; 6 April (in lieu of Sunday 5 April); 4, 5 May;
    # 5 (in lieu of Saturday 3 October), 6, 7 October.
    assert substituted == [
        *_days(1, 2),
        *_days(2, 20, 23),
        *_days(4, 6),
        *_days(5, 4, 5),
        *_days(10, 5, 6, 7),
    ]


@pytest.mark.parametrize("holiday", sorted(BREAKS_2026))
def test_cal_1_every_day_of_a_break_and_its_make_up_days_carry_the_holiday(holiday: str) -> None:
    cal = WorkingCalendar()
    off, worked = BREAKS_2026[holiday]
    for d in (*off, *worked):
        assert cal.day(d).holiday_zh == holiday, d
        assert cal.day(d).holiday
    before, after = min(off) - timedelta(days=1), max(off) + timedelta(days=1)
    for d in (before, after):
        if d not in WORKED_2026:
            assert cal.day(d).holiday_zh is None, d


def test_cal_1_english_holiday_names_and_labels() -> None:
    cal = WorkingCalendar()
    day = cal.day(date(2026, 10, 4))  # the Sunday inside the National Day break
    assert (day.kind, day.kind.label, day.kind.label_zh) == ("weekend", "weekend", "周末")
    assert day.holiday == "National Day"
    assert cal.day(date(2026, 2, 16)).holiday_zh == "春节"  # New Year's Eve is Spring Festival
    assert cal.day(date(2026, 2, 16)).name_zh == "农历除夕"
    assert [k.label_zh for k in DayKind] == [
        "工作日",
        "周末",
        "法定节假日",
        "调休休息日",
        "调休上班日",
    ]
    assert DayKind("statutory holiday") is DayKind.STATUTORY_HOLIDAY


def test_cal_1_2025_revision_gives_13_statutory_days_a_year() -> None:
    cal = WorkingCalendar()
    # 2025: 1 Jan; eve 28 Jan, 29–31 Jan; Qingming 4 Apr; 1–2 May; Dragon Boat 31 May;
    # National Day 1–3 Oct; Mid-Autumn 6 Oct.
    got = [d.day for d in cal.days(date(2025, 1, 1), date(2025, 12, 31)) if d.statutory]
    assert got == [
        date(2025, 1, 1),
        *[date(2025, 1, d) for d in (28, 29, 30, 31)],
        date(2025, 4, 4),
        date(2025, 5, 1),
        date(2025, 5, 2),
        date(2025, 5, 31),
        *[date(2025, 10, d) for d in (1, 2, 3, 6)],
    ]


US_DATE = re.compile(r"\d{2}/\d{2}/\d{4}")


def test_cal_1_names_write_dates_iso_never_the_us_way() -> None:
    cal = WorkingCalendar()
    assert cal.day(date(2026, 10, 6)).name == "Day off (substituted from 2026-09-20)"
    names = [
        text
        for d in cal.days(date(2001, 1, 1), date(2027, 12, 31))
        for text in (d.name, d.holiday)
        if text
    ]
    assert names
    assert not [n for n in names if US_DATE.search(n)]
    # ... and where they reach people: a moved reception's remark.
    r = rr.preset("ankang-mayor").next_reception(date(2026, 10, 1))
    assert r.moved_from == date(2026, 10, 6)
    assert "2026-09-20" in " ".join(r.notes)
    assert not US_DATE.search(" ".join(r.notes))


def test_cal_2_a_users_schedule_says_which_days_off_are_statutory() -> None:
    schedule = YearSchedule.model_validate(
        {
            "year": 2027,
            "holidays": [
                {
                    "name": "劳动节",
                    "name_en": "Labour Day",
                    "days_off": "2027-05-01/2027-05-05",
                    "statutory": ["2027-05-01", "2027-05-02"],
                    "make_up_workdays": ["2027-04-25"],
                },
                # No "statutory": the law's days among the days off (1 January).
                {"name": "元旦", "days_off": "2027-01-01/2027-01-03"},
            ],
        }
    )
    cal = WorkingCalendar().with_schedule(schedule)
    kinds = {d.day: d.kind for d in cal.days(date(2027, 4, 25), date(2027, 5, 5))}
    assert kinds[date(2027, 4, 25)] == DayKind.MAKE_UP_WORKDAY
    assert kinds[date(2027, 5, 1)] == kinds[date(2027, 5, 2)] == DayKind.STATUTORY_HOLIDAY
    assert kinds[date(2027, 5, 3)] == kinds[date(2027, 5, 4)] == DayKind.SUBSTITUTED_DAY_OFF
    assert cal.day(date(2027, 5, 4)).holiday == "Labour Day"
    assert cal.day(date(2027, 4, 25)).holiday_zh == "劳动节"
    assert cal.day(date(2027, 1, 1)).statutory
    assert not cal.day(date(2027, 1, 1)).provisional
    assert cal.day(date(2027, 1, 2)).kind == DayKind.WEEKEND
    assert cal.day(date(2027, 1, 1)).holiday == "New Year's Day"


def test_cal_2_schedules_written_before_the_statutory_field_still_load() -> None:
    from pathlib import Path

    text = Path(__file__).resolve().parent.parent / "docs" / "examples" / "holidays-2027.json"
    (schedule,) = rr.load_schedules(text.read_text(encoding="utf-8"))
    assert all(p.statutory is None for p in schedule.holidays)
    cal = WorkingCalendar().with_schedule(schedule)
    assert cal.day(date(2027, 1, 1)).kind == DayKind.STATUTORY_HOLIDAY


def test_cal_1_a_statutory_day_must_be_a_day_off() -> None:
    with pytest.raises(ValidationError, match=r"statutory: 2026-05-06 is not among the days off"):
        HolidayPeriod(name="劳动节", days_off="2026-05-01/2026-05-05", statutory=["2026-05-06"])


def test_cal_1_an_override_names_its_own_day_only() -> None:
    cal = WorkingCalendar().with_override(date(2026, 3, 9), working=False, reason="防汛停工")
    day = cal.day(date(2026, 3, 9))
    assert (day.kind, day.holiday_zh) == (DayKind.SUBSTITUTED_DAY_OFF, "防汛停工")
    assert cal.day(date(2026, 3, 8)).holiday_zh is None  # the Sunday before: no break


@given(st.dates(min_value=date(2001, 1, 1), max_value=date(2030, 12, 31)))
def test_cal_1_the_kind_agrees_with_the_working_day_and_the_weekday(d: date) -> None:
    cal = WorkingCalendar()
    day = cal.day(d)
    assert day.working == day.kind.working == cal.is_working_day(d)
    weekend = d.weekday() >= 5
    if day.kind in (DayKind.WEEKEND, DayKind.MAKE_UP_WORKDAY):
        assert weekend
    if day.kind in (DayKind.WORKDAY, DayKind.SUBSTITUTED_DAY_OFF):
        assert not weekend
    if day.kind in (DayKind.STATUTORY_HOLIDAY, DayKind.SUBSTITUTED_DAY_OFF):
        assert day.holiday_zh is not None


def test_cal_1_days_refuses_a_period_out_of_order() -> None:
    with pytest.raises(ValueError, match="end=2026-01-01 is before start=2026-02-01"):
        WorkingCalendar().days(date(2026, 2, 1), date(2026, 1, 1))
