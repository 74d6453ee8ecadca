"""The working-day calendar (CAL-1, CAL-2, CAL-3) against hand-checked official data."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from pydantic import ValidationError

import receptionrules as rr
from receptionrules.calendar import WorkingCalendar, YearSchedule, load_schedules
from receptionrules.calendar.source import holidays_source

# Golden data, typed in by hand from the State Council General Office notice of
# 2025-11-04 for 2026 (docs/rules.md, CAL-2). Never computed by the code under test.
OFF_2026 = [
    *[date(2026, 1, d) for d in (1, 2, 3)],
    *[date(2026, 2, d) for d in range(15, 24)],
    *[date(2026, 4, d) for d in (4, 5, 6)],
    *[date(2026, 5, d) for d in range(1, 6)],
    *[date(2026, 6, d) for d in (19, 20, 21)],
    *[date(2026, 9, d) for d in (25, 26, 27)],
    *[date(2026, 10, d) for d in range(1, 8)],
]
WORKED_WEEKENDS_2026 = [
    date(2026, 1, 4),
    date(2026, 2, 14),
    date(2026, 2, 28),
    date(2026, 5, 9),
    date(2026, 9, 20),
    date(2026, 10, 10),
]


def expected_2026(d: date) -> bool:
    if d in WORKED_WEEKENDS_2026:
        return True
    if d in OFF_2026:
        return False
    return d.weekday() < 5


def test_cal_1_every_day_of_2026_matches_the_state_council_notice() -> None:
    cal = WorkingCalendar()
    d = date(2026, 1, 1)
    wrong = []
    while d.year == 2026:
        if cal.is_working_day(d) != expected_2026(d):
            wrong.append(d)
        d += timedelta(days=1)
    assert wrong == []


@pytest.mark.parametrize(
    ("day", "kind"),
    [
        (date(2026, 5, 5), "substituted_day_off"),  # Tuesday, substituted day off
        (date(2026, 2, 14), "make_up_workday"),  # Saturday worked
        (date(2026, 2, 28), "make_up_workday"),
        (date(2026, 3, 7), "weekend"),
        (date(2026, 3, 9), "workday"),
        (date(2026, 10, 3), "statutory_holiday"),  # a Saturday, National Day's third day
    ],
)
def test_cal_1_day_kinds(day: date, kind: str) -> None:
    info = WorkingCalendar().day(day)
    assert info.kind == kind
    assert info.working == (kind in ("workday", "make_up_workday"))
    assert info.provisional is False


def test_cal_1_day_off_has_a_name() -> None:
    assert WorkingCalendar().day(date(2026, 10, 1)).name == "National Day"


def test_cal_1_cross_year_make_up_day_2005_12_31_is_worked() -> None:
    # 国办发明电〔2005〕35号: "12月31日（星期六）上班" for New Year 2006.
    assert WorkingCalendar().is_working_day(date(2005, 12, 31))


def test_cal_1_next_and_previous_working_day() -> None:
    cal = WorkingCalendar()
    assert cal.next_working_day(date(2026, 10, 1)) == date(2026, 10, 8)
    assert cal.previous_working_day(date(2026, 10, 7)) == date(2026, 9, 30)
    assert cal.next_working_day(date(2026, 10, 8), inclusive=False) == date(2026, 10, 9)
    assert cal.add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 14)
    assert list(cal.working_days(date(2026, 2, 13), date(2026, 2, 16))) == [
        date(2026, 2, 13),
        date(2026, 2, 14),
    ]


def test_cal_2_last_official_year_is_derived_from_the_holidays_data() -> None:
    from holidays.countries.china import China

    notices = China(years=[]).special_public_holidays
    assert WorkingCalendar().last_official_year == max(notices)
    assert WorkingCalendar().last_official_year >= 2026


def test_cal_2_years_after_the_last_official_one_are_provisional() -> None:
    cal = WorkingCalendar()
    last = cal.last_official_year
    assert not cal.is_provisional(date(last, 12, 31))
    assert cal.is_provisional(date(last + 1, 1, 1))
    assert cal.day(date(last + 1, 3, 2)).provisional


def test_cal_2_strict_calendar_raises_for_provisional_days() -> None:
    cal = WorkingCalendar(strict=True)
    last = cal.last_official_year
    assert cal.is_working_day(date(last, 6, 1)) in (True, False)
    with pytest.raises(rr.ProvisionalDateError, match=str(last + 1)):
        cal.is_working_day(date(last + 1, 6, 1))


SCHEDULE_2027 = {
    "year": 2027,
    "source": "test data, not an official notice",
    "holidays": [
        {"name": "元旦", "days_off": "2027-01-01/2027-01-03"},
        {
            "name": "春节",
            "days_off": "2027-02-06/2027-02-14",
            "make_up_workdays": ["2027-02-20"],
        },
    ],
}


def test_cal_2_a_user_schedule_makes_the_year_official() -> None:
    (schedule,) = load_schedules(json.dumps(SCHEDULE_2027))
    cal = WorkingCalendar().with_schedule(schedule)
    assert cal.last_official_year == max(2027, WorkingCalendar().last_official_year)
    assert not cal.is_provisional(date(2027, 3, 1))
    assert not cal.is_working_day(date(2027, 2, 8))  # Monday inside the break
    assert cal.is_working_day(date(2027, 2, 20))  # Saturday worked
    assert cal.day(date(2027, 2, 20)).kind == "make_up_workday"
    # The package's estimate for that year is replaced, not merged.
    assert cal.is_working_day(date(2027, 5, 3)) is (date(2027, 5, 3).weekday() < 5)
    strict = cal.with_strict()
    assert strict.is_working_day(date(2027, 2, 20))


def test_cal_2_schedule_accepts_a_list_and_ranges() -> None:
    schedules = load_schedules([SCHEDULE_2027, {**SCHEDULE_2027, "year": 2028, "holidays": []}])
    assert [s.year for s in schedules] == [2027, 2028]
    assert len(schedules[0].days_off()) == 12


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"holidays": [{"name": "x", "days_off": ["2027-13-01"]}]}, "days_off"),
        ({"holidays": [{"name": "x", "days_off": ["2029-01-01"]}]}, "not in 2027"),
        (
            {
                "holidays": [
                    {"name": "x", "days_off": ["2027-01-01"], "make_up_workdays": ["2027-01-04"]}
                ]
            },
            "Saturday or Sunday",
        ),
        ({"holidays": [{"name": "x", "days_off": "2027-02-10/2027-02-01"}]}, "ends before"),
        (
            {
                "holidays": [
                    {"name": "x", "days_off": ["2027-01-02"], "make_up_workdays": ["2027-01-02"]}
                ]
            },
            "both a day off and a make-up",
        ),
        (
            {
                "holidays": [
                    {"name": "a", "days_off": ["2027-01-01"]},
                    {"name": "b", "days_off": ["2027-01-01"]},
                ]
            },
            "listed twice",
        ),
        ({"year": 1800}, "year"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_cal_2_bad_schedule_data_names_the_field(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        YearSchedule.model_validate({**SCHEDULE_2027, **change})


def test_cal_2_duplicate_years_are_refused() -> None:
    with pytest.raises(ValueError, match="year 2027 has two schedules"):
        load_schedules([SCHEDULE_2027, SCHEDULE_2027])


def test_cal_1_override_a_single_day() -> None:
    cal = WorkingCalendar().with_override(date(2026, 3, 9), working=False, reason="local holiday")
    assert not cal.is_working_day(date(2026, 3, 9))
    assert cal.day(date(2026, 3, 9)).name == "local holiday"
    back = cal.with_override(date(2026, 5, 5), working=True)
    assert back.is_working_day(date(2026, 5, 5))
    # An override is the user's assertion: not provisional, even in a provisional year.
    future = date(WorkingCalendar().last_official_year + 1, 3, 1)
    asserted = WorkingCalendar().with_override(future, working=True)
    assert not asserted.is_provisional(future)
    assert asserted.with_strict().is_working_day(future)


def test_cal_3_as_weekday_needs_a_working_day() -> None:
    with pytest.raises(ValidationError, match="as_weekday"):
        rr.DayOverride(day=date(2026, 2, 28), working=False, as_weekday="monday")


def test_cal_1_outside_the_calendar_range_is_a_specific_error() -> None:
    cal = WorkingCalendar()
    with pytest.raises(rr.CalendarRangeError, match=r"1999-06-01 is outside"):
        cal.is_working_day(date(1999, 6, 1))
    with pytest.raises(rr.CalendarRangeError):
        cal.is_working_day(date(cal.last_year + 1, 1, 1))


def test_cal_1_lookups_do_not_rebuild_the_holidays_data() -> None:
    cal = WorkingCalendar()
    cal.is_working_day(date(2013, 1, 1))
    before = holidays_source().year.cache_info()
    fresh = WorkingCalendar()
    for i in range(365):
        cal.is_working_day(date(2013, 1, 1) + timedelta(days=i))
        fresh.is_working_day(date(2013, 1, 1) + timedelta(days=i))
    after = holidays_source().year.cache_info()
    assert after.misses == before.misses  # built once per process, shared by calendars


def test_calendars_compare_by_configuration() -> None:
    assert WorkingCalendar() == WorkingCalendar()
    assert WorkingCalendar(strict=True) != WorkingCalendar()
    a = WorkingCalendar().with_override(date(2026, 3, 9), working=False)
    b = WorkingCalendar().with_override(date(2026, 3, 9), working=False)
    assert a == b
    assert hash(a) == hash(b)
