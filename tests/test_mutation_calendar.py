"""Boundaries of the working-day calendar that mutation testing found unpinned (issue 13).

Golden dates are the State Council General Office's notices: 2006 New Year (Sat
2005-12-31 worked), 2002 New Year (Sat 29 and Sun 30 December 2001 worked), 2026
(New Year 1–3 January, Sun 4 January worked; Spring Festival 15–23 February, Sat 14
and Sat 28 February worked; Labour Day 1–5 May, Sat 9 May worked; National Day 1–7
October, Sun 20 September and Sat 10 October worked).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import receptionrules as rr
from receptionrules.calendar import (
    DayKind,
    DayOverride,
    WorkingCalendar,
    YearSchedule,
    load_schedules,
)
from receptionrules.calendar.source import HolidaysSource
from receptionrules.errors import CalendarRangeError, InvalidDocumentError, ProvisionalDateError
from receptionrules.timeutil import Weekday


def schedule(year: int, *holidays: dict[str, object]) -> YearSchedule:
    return YearSchedule.model_validate({"year": year, "holidays": list(holidays)})


# -- the holidays source (CAL-1, CAL-2) -----------------------------------------------------


def test_cal_2_a_fresh_source_reads_the_notices() -> None:
    src = HolidaysSource()
    assert (src.first_year, src.last_year) == (2001, 2100)
    assert set(range(2001, 2027)) <= src.official_years
    assert src.cross_year[date(2005, 12, 31)] == 2006
    assert src.cross_year[date(2001, 12, 29)] == 2002
    assert src.cross_year[date(2001, 12, 30)] == 2002
    year = src.year(2026)
    assert year.make_up == frozenset(
        {
            date(2026, 1, 4),
            date(2026, 2, 14),
            date(2026, 2, 28),
            date(2026, 5, 9),
            date(2026, 9, 20),
            date(2026, 10, 10),
        }
    )
    assert year.days_off[date(2026, 1, 1)] == "New Year's Day"
    assert date(2025, 12, 31) not in year.days_off
    assert src.names_zh(2026)[date(2026, 1, 1)] == "元旦"
    assert all(d.year == 2026 for d in src.names_zh(2026))
    assert src.make_up_for[date(2026, 9, 20)] == date(2026, 10, 6)
    assert src.make_up_for[date(2005, 12, 31)] == date(2006, 1, 3)
    assert {date(2015, 9, 3), date(2020, 1, 31)} <= src.one_off


# The 13 statutory holidays of 2026 (State Council notice of 2025; the regulation's 13 days
# a year since 2025): New Year 1, Spring Festival 4 (the Eve and three), Qingming 1,
# Labour Day 2, Dragon Boat 1, Mid-Autumn 1, National Day 3.
STATUTORY_2026 = [
    date(2026, 1, 1),
    date(2026, 2, 16),
    date(2026, 2, 17),
    date(2026, 2, 18),
    date(2026, 2, 19),
    date(2026, 4, 5),
    date(2026, 5, 1),
    date(2026, 5, 2),
    date(2026, 6, 19),
    date(2026, 9, 25),
    date(2026, 10, 1),
    date(2026, 10, 2),
    date(2026, 10, 3),
]


def test_cal_1_which_days_off_are_statutory_holidays() -> None:
    # Since 2025, 13 statutory days a year: New Year 1, Spring Festival 4 (the Eve and
    # three), Qingming 1, Labour Day 2, Dragon Boat 1, Mid-Autumn 1, National Day 3.
    src = HolidaysSource()
    assert sorted(src.year(2026).statutory) == STATUTORY_2026
    both = src.year(2020)  # Mid-Autumn Festival and National Day on 1 October 2020
    assert both.days_off[date(2020, 10, 1)] == "Mid-Autumn Festival; National Day"
    assert date(2020, 10, 1) in both.statutory
    assert date(2020, 1, 31) in both.days_off  # the 2020 Spring Festival extension
    assert date(2020, 1, 31) not in both.statutory
    assert {date(2020, 2, 1), date(2020, 2, 2)}.isdisjoint(both.statutory)  # the extension too
    victory = src.year(2015)  # 3 September 2015, a one-off statutory holiday
    assert date(2015, 9, 3) in victory.statutory
    assert victory.days_off[date(2015, 9, 4)] == "Day off (substituted from 2015-09-06)"
    assert date(2015, 9, 4) not in victory.statutory
    assert src.festival("National Day (estimated)") == "National Day"
    assert src.festival("国庆节（推定）") == "国庆节"
    assert src.festival("国庆节") == "国庆节"


# -- the range: first and last years (CAL-1) ------------------------------------------------


def test_cal_1_the_calendars_first_and_last_days() -> None:
    cal = WorkingCalendar()
    assert cal.is_working_day(date(2001, 1, 1)) is False  # New Year's Day 2001
    assert cal.is_working_day(date(2001, 1, 2)) is True
    assert cal.day(date(2100, 12, 31)).working is True  # a Friday
    for outside in (date(2000, 12, 31), date(2101, 1, 1)):
        with pytest.raises(CalendarRangeError) as e:
            cal.is_working_day(outside)
        assert (e.value.day, e.value.first_year, e.value.last_year) == (outside, 2001, 2100)
        assert str(e.value).startswith(f"{outside.isoformat()} is outside the working-day calendar")


def test_cal_2_a_schedule_stretches_the_range() -> None:
    later = WorkingCalendar().with_schedule(
        schedule(2150, {"name": "元旦", "days_off": ["2150-01-01"]})
    )
    assert (later.first_year, later.last_year) == (2001, 2150)
    assert later.is_working_day(date(2150, 1, 1)) is False
    assert later.is_working_day(date(2150, 1, 2)) is True
    with pytest.raises(CalendarRangeError) as e:
        later.is_working_day(date(2149, 6, 1))  # a gap between the package's years and 2150
    assert (e.value.first_year, e.value.last_year) == (2001, 2150)
    earlier = WorkingCalendar().with_schedule(
        schedule(1999, {"name": "元旦", "days_off": ["1999-01-01"]})
    )
    assert (earlier.first_year, earlier.last_year) == (1999, 2100)


# -- a year built from its sources (CAL-1, CAL-2, CAL-3) ------------------------------------


def test_cal_2_a_next_years_schedule_declares_december_days() -> None:
    nxt = schedule(
        2027,
        {
            "name": "元旦",
            "days_off": "2026-12-31/2027-01-01",
            "make_up_workdays": ["2026-12-26"],
        },
    )
    cal = WorkingCalendar().with_schedule(nxt)
    off, made = cal.day(date(2026, 12, 31)), cal.day(date(2026, 12, 26))
    assert (off.working, off.name, off.name_zh) == (False, "元旦", "元旦")
    assert not off.kind.working
    assert (made.working, made.kind) == (True, "make_up_workday")
    assert (made.name, made.name_zh) == ("make-up working day for 元旦", "元旦调休上班")
    assert cal.day(date(2026, 12, 30)).working is True  # untouched
    assert cal.day(date(2026, 12, 27)).working is False
    assert WorkingCalendar().day(date(2026, 12, 31)).working is True


def test_cal_2_a_user_schedule_replaces_the_packages_cross_year_make_up_day() -> None:
    assert WorkingCalendar().is_working_day(date(2005, 12, 31)) is True  # worked for 2006
    replaced = WorkingCalendar().with_schedule(
        schedule(2006, {"name": "元旦", "days_off": "2006-01-01/2006-01-03"})
    )
    assert replaced.is_working_day(date(2005, 12, 31)) is False
    assert replaced.day(date(2005, 12, 31)).kind == "weekend"
    # A user schedule for another year leaves the package's cross-year day alone.
    other = WorkingCalendar().with_schedule(
        schedule(2007, {"name": "x", "days_off": ["2007-05-01"]})
    )
    assert other.is_working_day(date(2005, 12, 31)) is True
    assert other.day(date(2005, 12, 31)).name == "make-up working day"


def test_cal_1_overrides_of_other_years_do_not_stop_this_years() -> None:
    cal = WorkingCalendar(
        overrides=[
            DayOverride(day=date(2025, 6, 2), working=False),
            DayOverride(day=date(2026, 6, 1), working=False, reason="台风停工"),
        ]
    )
    assert cal.is_working_day(date(2026, 6, 1)) is False
    assert cal.is_working_day(date(2025, 6, 2)) is False
    assert cal.day(date(2026, 6, 1)).name_zh == "台风停工"


def test_cal_1_an_override_without_a_reason_keeps_or_drops_the_name() -> None:
    cal = WorkingCalendar(
        overrides=[
            DayOverride(day=date(2026, 10, 2), working=True),  # a day off declared worked
            DayOverride(day=date(2026, 10, 3), working=False),  # a day off declared off again
            DayOverride(day=date(2026, 2, 14), working=True),  # a make-up day declared worked
            DayOverride(day=date(2026, 6, 1), working=False),  # a plain Monday declared off
        ]
    )
    assert cal.day(date(2026, 10, 2)).name is None
    assert cal.day(date(2026, 10, 2)).working is True
    assert cal.day(date(2026, 10, 3)).name is not None
    assert cal.day(date(2026, 2, 14)).name == "make-up working day"
    assert cal.day(date(2026, 6, 1)).name is None


def test_cal_3_calendar_day_as_weekday() -> None:
    cal = WorkingCalendar().with_override(date(2026, 2, 28), working=True, as_weekday="monday")
    assert cal.day(date(2026, 2, 28)).as_weekday is Weekday.MONDAY
    assert cal.day(date(2026, 2, 14)).as_weekday is None
    plain = WorkingCalendar().with_override(date(2026, 2, 14), working=True)
    assert plain.day(date(2026, 2, 14)).as_weekday is None
    assert cal.declared_weekdays(date(2026, 2, 28), date(2026, 2, 28)) == {
        date(2026, 2, 28): Weekday.MONDAY
    }
    assert cal.declared_weekdays(date(2026, 2, 1), date(2026, 2, 27)) == {}
    assert cal.declared_weekdays(date(2026, 3, 1), date(2026, 3, 31)) == {}


# -- strictness (CAL-2) ---------------------------------------------------------------------


def test_cal_2_strict_raises_except_on_declared_days() -> None:
    last = WorkingCalendar().last_official_year
    later = date(last + 1, 3, 2)
    strict = WorkingCalendar(strict=True).with_override(later, working=True)
    assert strict.day(later).provisional is False
    assert strict.status(later) == (True, False)
    for call in (strict.is_working_day, strict.day, strict.status):
        with pytest.raises(ProvisionalDateError) as e:
            call(date(last + 1, 3, 3))
        assert (e.value.day, e.value.last_official_year) == (date(last + 1, 3, 3), last)
    assert WorkingCalendar().is_provisional(date(last + 1, 3, 3)) is True
    assert WorkingCalendar().is_provisional(date(last, 3, 3)) is False


# -- changed copies keep the rest (CAL-1, CAL-2) --------------------------------------------


def test_cal_2_changed_copies_keep_the_other_settings() -> None:
    s = schedule(2027, {"name": "元旦", "days_off": ["2027-01-01"]})
    o = DayOverride(day=date(2026, 6, 1), working=False)
    base = WorkingCalendar(schedules=[s], overrides=[o], strict=True)
    more = base.with_schedule(schedule(2028, {"name": "元旦", "days_off": ["2028-01-03"]}))
    assert (more.strict, more.overrides, [x.year for x in more.schedules]) == (
        True,
        (o,),
        [2027, 2028],
    )
    over = base.with_override(date(2026, 6, 2), working=False)
    assert (over.strict, over.schedules, len(over.overrides)) == (True, (s,), 2)
    assert over.overrides[1].reason == ""
    loose = base.with_strict(False)
    assert (loose.strict, loose.schedules, loose.overrides) == (False, (s,), (o,))
    assert base.with_strict().strict is True
    assert base == WorkingCalendar(schedules=[s], overrides=[o], strict=True)
    assert base != loose
    assert hash(base) == hash(WorkingCalendar(schedules=[s], overrides=[o], strict=True))


def test_calendar_repr() -> None:
    assert repr(WorkingCalendar()) == "WorkingCalendar()"
    cal = WorkingCalendar(
        schedules=[
            schedule(2028, {"name": "元旦", "days_off": ["2028-01-03"]}),
            schedule(2027, {"name": "元旦", "days_off": ["2027-01-01"]}),
        ],
        overrides=[DayOverride(day=date(2026, 6, 1), working=False)],
        strict=True,
    )
    assert repr(cal) == (
        "WorkingCalendar(schedules=<years 2027, 2028>, overrides=<1 days>, strict=True)"
    )


# -- Chinese names (CAL-1) ------------------------------------------------------------------


def test_cal_1_chinese_names_by_source() -> None:
    cal = WorkingCalendar()
    assert cal.day(date(2026, 10, 1)).name_zh == "国庆节"
    assert cal.day(date(2026, 2, 14)).name_zh == "调休上班日"
    assert cal.day(date(2026, 5, 6)).name_zh is None  # an ordinary Wednesday
    assert cal.day(date(2001, 1, 1)).name_zh == "元旦"  # the first year
    assert cal.day(date(2100, 1, 1)).name_zh == "元旦"  # the last year
    own = cal.with_schedule(
        schedule(
            2026,
            {
                "name": "劳动节",
                "days_off": "2026-05-01/2026-05-05",
                "make_up_workdays": ["2026-05-09"],
            },
        )
    )
    assert own.day(date(2026, 5, 4)).name_zh == "劳动节"
    assert own.day(date(2026, 5, 9)).name_zh == "劳动节调休上班"
    later = cal.with_schedule(schedule(2150, {"name": "元旦", "days_off": ["2150-01-01"]}))
    assert later.day(date(2150, 1, 1)).name_zh == "元旦"


# -- bounded searches (CAL-1) ---------------------------------------------------------------


def test_cal_1_next_working_day_runs_out_of_max_days() -> None:
    cal = WorkingCalendar()
    assert cal.next_working_day(date(2026, 10, 1), max_days=7) == date(2026, 10, 8)
    with pytest.raises(CalendarRangeError) as e:
        cal.next_working_day(date(2026, 10, 1), max_days=6)
    assert (e.value.day, e.value.first_year, e.value.last_year) == (date(2026, 10, 8), 2001, 2100)
    assert cal.next_working_day(date(2026, 10, 8)) == date(2026, 10, 8)
    assert cal.next_working_day(date(2026, 10, 8), inclusive=False) == date(2026, 10, 9)


def test_cal_1_previous_working_day_runs_out_of_max_days() -> None:
    cal = WorkingCalendar()
    assert cal.previous_working_day(date(2026, 10, 7), max_days=7) == date(2026, 9, 30)
    with pytest.raises(CalendarRangeError) as e:
        cal.previous_working_day(date(2026, 10, 7), max_days=6)
    assert (e.value.day, e.value.first_year, e.value.last_year) == (date(2026, 9, 30), 2001, 2100)
    assert cal.previous_working_day(date(2026, 9, 30)) == date(2026, 9, 30)
    assert cal.previous_working_day(date(2026, 9, 30), inclusive=False) == date(2026, 9, 29)


def test_cal_1_add_working_days() -> None:
    cal = WorkingCalendar()
    assert cal.add_working_days(date(2026, 10, 1), 0) == date(2026, 10, 1)
    assert cal.add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)
    with pytest.raises(ValueError, match=r"^n=-1 must be >= 0$"):
        cal.add_working_days(date(2026, 10, 1), -1)


# -- schedules as data (CAL-2) --------------------------------------------------------------


def test_cal_2_schedule_messages() -> None:
    with pytest.raises(ValueError, match="2026-03-02' ends before it starts"):
        schedule(2026, {"name": "x", "days_off": "2026-03-03/2026-03-02"})
    with pytest.raises(InvalidDocumentError, match="year 2028 has two schedules"):
        load_schedules(
            [
                {"year": 2027, "holidays": []},
                {"year": 2028, "holidays": []},
                {"year": 2028, "holidays": []},
            ]
        )
    with pytest.raises(ValueError, match=r"holidays\[x\]: 2025-11-30 is not in 2026"):
        schedule(2026, {"name": "x", "days_off": ["2025-11-30"]})
    assert schedule(2026, {"name": "x", "days_off": ["2025-12-01"]}).days_off() == {
        date(2025, 12, 1): "x"
    }


def test_cal_2_provisional_flag_rests_on_the_year() -> None:
    last = rr.default_calendar().last_official_year
    assert rr.default_calendar().day(date(last + 1, 6, 1)).provisional is True
    assert rr.default_calendar().day(date(last, 6, 1)).provisional is False


def test_cal_2_a_next_years_schedule_overrides_the_packages_december_days() -> None:
    # The 2008 notice: 30 December 2007 - 1 January 2008 off, Saturday 29 December worked;
    # the package files both under 2007. A user's 2008 schedule that declares the 29th off
    # (a correction) takes precedence.
    assert WorkingCalendar().is_working_day(date(2007, 12, 29)) is True
    corrected = WorkingCalendar().with_schedule(
        schedule(2008, {"name": "元旦", "days_off": "2007-12-29/2008-01-01"})
    )
    assert corrected.is_working_day(date(2007, 12, 29)) is False
    assert corrected.day(date(2007, 12, 29)).name == "元旦"


def test_cal_2_two_schedules_for_a_year_name_the_document() -> None:
    with pytest.raises(InvalidDocumentError) as e:
        load_schedules([{"year": 2027, "holidays": []}, {"year": 2027, "holidays": []}])
    assert e.value.what == "holiday schedules"
    assert str(e.value) == "holiday schedules: year 2027 has two schedules; give each year once"


def test_cal_1_days_of_a_one_day_period() -> None:
    cal = WorkingCalendar()
    assert [d.day for d in cal.days(date(2026, 10, 8), date(2026, 10, 8))] == [date(2026, 10, 8)]
    with pytest.raises(ValueError, match="end=2026-10-07 is before start=2026-10-08"):
        cal.days(date(2026, 10, 8), date(2026, 10, 7))


def test_cal_1_next_and_previous_working_day_look_366_days_by_default() -> None:
    start = date(2027, 3, 2)  # a Tuesday; 367 days later, Friday 3 March 2028
    off = [DayOverride(day=start + timedelta(days=i), working=False) for i in range(367)]
    cal = WorkingCalendar(overrides=off)
    with pytest.raises(CalendarRangeError):
        cal.next_working_day(start)
    assert cal.next_working_day(start, max_days=367) == start + timedelta(days=367)
    last = start + timedelta(days=366)
    with pytest.raises(CalendarRangeError):
        cal.previous_working_day(last)
    assert cal.previous_working_day(last, max_days=367) == start - timedelta(days=1)


def test_cal_1_the_holiday_a_day_belongs_to() -> None:
    cal = WorkingCalendar()
    # 2020: Mid-Autumn Festival and National Day together, 1-8 October (the 2020 notice).
    d = cal.day(date(2020, 10, 5))
    assert (d.holiday, d.holiday_zh) == ("Mid-Autumn Festival and National Day", "中秋节、国庆节")
    # 2026: the Spring Festival break is 15-23 February, Saturday 14 February worked.
    sunday, worked = cal.day(date(2026, 2, 15)), cal.day(date(2026, 2, 14))
    assert (sunday.kind, sunday.holiday_zh) == (DayKind.WEEKEND, "春节")
    assert (worked.kind, worked.holiday_zh) == (DayKind.MAKE_UP_WORKDAY, "春节")
    assert cal.day(date(2026, 3, 4)).holiday is None


@pytest.mark.parametrize(
    ("year", "english"), [(2001, "New Year's Day"), (2100, "New Year's Day"), (2150, "元旦")]
)
def test_cal_2_a_schedules_chinese_name_gets_the_packages_english_inside_its_years(
    year: int, english: str
) -> None:
    s = schedule(year, {"name": "元旦", "days_off": [f"{year}-01-01"]})
    d = WorkingCalendar().with_schedule(s).day(date(year, 1, 1))
    assert (d.holiday, d.holiday_zh) == (english, "元旦")
    named = schedule(year, {"name": "元旦", "name_en": "New Year", "days_off": [f"{year}-01-01"]})
    assert WorkingCalendar().with_schedule(named).day(date(year, 1, 1)).holiday == "New Year"


# -- the source's labels and one-off days (CAL-1) -------------------------------------------


def test_cal_1_statutory_days_do_not_depend_on_the_process_locale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The package picks its translation from LANGUAGE when it is given none (or one it
    # does not support); the labels that tell the kinds of day off apart must still be
    # the English ones its English names carry, whatever the office's locale.
    monkeypatch.setenv("LANGUAGE", "zh_CN")
    src = HolidaysSource()
    assert sorted(src.year(2026).statutory) == STATUTORY_2026
    # Fri 2 January 2026, a day off swapped for Sun 4 January: no statutory holiday.
    assert src.year(2026).days_off[date(2026, 1, 2)] == "Day off (substituted from 2026-01-04)"


def test_cal_1_entries_after_a_one_off_day_are_still_read() -> None:
    src = HolidaysSource()
    # 2015: 3-5 September off for the 70th anniversary of the victory, 3 September a
    # statutory holiday, Fri 4 September swapped for Sun 6 September; National Day 1-7
    # October, Sat 10 October worked.
    assert src.make_up_for[date(2015, 9, 6)] == date(2015, 9, 4)
    assert src.make_up_for[date(2015, 10, 10)] == date(2015, 10, 7)
    # 2020: the Spring Festival extended to Sun 2 February (国办发明电〔2020〕1号); later
    # that year Labour Day 1-5 May (Sun 26 April and Sat 9 May worked) and National Day
    # 1-8 October (Sun 27 September and Sat 10 October worked).
    assert src.make_up_for[date(2020, 4, 26)] == date(2020, 5, 4)
    assert src.make_up_for[date(2020, 10, 10)] == date(2020, 10, 8)
    assert src.one_off == frozenset(
        {date(2015, 9, 3), date(2020, 1, 31), date(2020, 2, 1), date(2020, 2, 2)}
    )
    cal = WorkingCalendar()
    assert cal.day(date(2015, 9, 6)).kind is DayKind.MAKE_UP_WORKDAY
    assert cal.day(date(2015, 9, 6)).holiday is not None


# -- the holiday a day belongs to: a user's period, the break's reach (CAL-1) ---------------


def test_cal_1_a_period_the_package_does_not_name_keeps_its_own_name() -> None:
    s = schedule(2026, {"name": "本地休息日", "days_off": ["2026-06-01"]})
    d = WorkingCalendar().with_schedule(s).day(date(2026, 6, 1))
    assert (d.holiday, d.holiday_zh) == ("本地休息日", "本地休息日")


def test_cal_1_a_break_reaches_31_days_either_side_and_no_further() -> None:
    # 2027 as a user's schedule: four named days off, Tue 2 and Wed 3 March, Tue 4 and
    # Wed 5 May; every working day between them closed by an override. Sat 3 April is 32
    # and 31 days after the March days, 31 and 32 days before the May days.
    s = schedule(
        2027,
        {"name": "早", "name_en": "Early", "days_off": ["2027-03-02"]},
        {"name": "始", "name_en": "First", "days_off": ["2027-03-03"]},
        {"name": "末", "name_en": "Last", "days_off": ["2027-05-04"]},
        {"name": "晚", "name_en": "Late", "days_off": ["2027-05-05"]},
    )
    closed = [
        DayOverride(day=date(2027, 3, 4) + timedelta(days=i), working=False)
        for i in range(61)
        if (date(2027, 3, 4) + timedelta(days=i)).weekday() < 5
    ]
    assert closed[-1].day == date(2027, 5, 3)
    d = WorkingCalendar(overrides=closed).with_schedule(s).day(date(2027, 4, 3))
    assert d.kind is DayKind.WEEKEND
    assert (d.holiday, d.holiday_zh) == ("First and Last", "始、末")


def test_cal_1_an_override_names_its_own_day_only() -> None:
    # 2026 National Day break 1-7 October; 1 October closed again with a reason.
    reason = DayOverride(day=date(2026, 10, 1), working=False, reason="闭馆")
    cal = WorkingCalendar(overrides=[reason])
    own, sunday = cal.day(date(2026, 10, 1)), cal.day(date(2026, 10, 4))
    assert (own.holiday, own.holiday_zh) == ("闭馆", "闭馆")
    assert (sunday.holiday, sunday.holiday_zh) == ("National Day", "国庆节")
    # 2020: 1 October is both Mid-Autumn Festival and National Day.
    both = WorkingCalendar(
        overrides=[DayOverride(day=date(2020, 10, 1), working=False, reason="闭馆")]
    )
    d = both.day(date(2020, 10, 2))
    assert (d.holiday, d.holiday_zh) == ("Mid-Autumn Festival and National Day", "中秋节、国庆节")
    # Without a reason, the overridden day names no holiday at all.
    plain = WorkingCalendar(overrides=[DayOverride(day=date(2026, 6, 1), working=False)])
    assert (plain.day(date(2026, 6, 1)).holiday, plain.day(date(2026, 6, 1)).holiday_zh) == (
        None,
        None,
    )


def test_cal_1_a_make_up_day_whose_day_off_is_worked_names_no_break() -> None:
    # 2026: Sun 20 September worked for National Day (Tue 6 October off).
    assert WorkingCalendar().day(date(2026, 9, 20)).holiday_zh == "国庆节"
    worked = WorkingCalendar(overrides=[DayOverride(day=date(2026, 10, 6), working=True)])
    d = worked.day(date(2026, 9, 20))
    assert d.kind is DayKind.MAKE_UP_WORKDAY
    assert (d.holiday, d.holiday_zh) == (None, None)
