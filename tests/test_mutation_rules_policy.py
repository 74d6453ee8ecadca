"""Boundaries of the date rules and holiday policies that mutation testing found unpinned
(issue 13): leap Februaries, fifth occurrences, last full weeks, the edges of 上旬, moves
that run out of ``max_days``, and which rule days a move can come from.

The expected days of the n-th-weekday rules come from the standard library's
``calendar.monthcalendar``, not from the code under test; the holiday dates from the
State Council's 2026 notice (National Day 1–7 October; Labour Day 1–5 May).
"""

from __future__ import annotations

import calendar as stdcal
from datetime import date

import pytest

import receptionrules as rr
from receptionrules.calendar import default_calendar
from receptionrules.errors import NoReceptionError
from receptionrules.policy import MoveToNextWorkingDay, MoveToPreviousWorkingDay
from receptionrules.rules import UPPER_DECADE, DayPeriod

CAL = default_calendar()
MONTHS = [(y, m) for y in (2000, 2023, 2024, 2026, 2100) for m in range(1, 13)]


def occurrence(y: int, m: int, weekday: int, n: int) -> date | None:
    days = [w[weekday] for w in stdcal.monthcalendar(y, m) if w[weekday]]
    if n == -1:
        return date(y, m, days[-1])
    return date(y, m, days[n - 1]) if n <= len(days) else None


def full_week(y: int, m: int, weekday: int, n: int) -> date | None:
    weeks = [w for w in stdcal.monthcalendar(y, m) if all(w)]
    if n == -1:
        return date(y, m, weeks[-1][weekday])
    return date(y, m, weeks[n - 1][weekday]) if n <= len(weeks) else None


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, -1])
def test_ak_r_4_2_nth_weekday_in_every_month_against_the_standard_library(n: int) -> None:
    for weekday in range(7):
        first = rr.NthWeekdayOfMonth(weekday=weekday, n=n)
        full = (
            rr.NthWeekdayOfMonth(weekday=weekday, n=n, week="first_full_week") if n != 5 else None
        )
        for y, m in MONTHS:
            assert first.in_month(y, m) == occurrence(y, m, weekday, n), (y, m, weekday, n)
            if full is not None:
                assert full.in_month(y, m) == full_week(y, m, weekday, n), (y, m, weekday, n)


def test_ak_r_4_2_leap_februaries() -> None:
    last_thursday = rr.NthWeekdayOfMonth(weekday="thursday", n=-1)
    assert last_thursday.in_month(2024, 2) == date(2024, 2, 29)  # leap year
    assert last_thursday.in_month(2023, 2) == date(2023, 2, 23)
    assert rr.NthWeekdayOfMonth(weekday="monday", n=-1).in_month(2100, 2) == date(2100, 2, 22)
    assert rr.NthWeekdayOfMonth(weekday="tuesday", n=-1).in_month(2000, 2) == date(2000, 2, 29)
    fifth = rr.NthWeekdayOfMonth(weekday="thursday", n=5)
    assert fifth.in_month(2024, 2) == date(2024, 2, 29)
    assert rr.NthWeekdayOfMonth(weekday="friday", n=5).in_month(2024, 2) is None
    assert rr.NthWeekdayOfMonth(weekday="thursday", n=-1).in_month(2024, 3) == date(2024, 3, 28)


def test_ak_r_4_2_fifth_occurrences_only_where_the_month_has_them() -> None:
    fifth = rr.NthWeekdayOfMonth(weekday="thursday", n=5)
    got = list(fifth.nominal_dates(date(2024, 1, 1), date(2024, 5, 31), CAL))
    assert got == [date(2024, 2, 29), date(2024, 5, 30)]
    # The 29th exists in every month but February; a fifth occurrence on the 29th-31st only.
    assert rr.NthWeekdayOfMonth(weekday="monday", n=5).in_month(2026, 6) == date(2026, 6, 29)
    assert rr.NthWeekdayOfMonth(weekday="sunday", n=5).in_month(2026, 8) == date(2026, 8, 30)
    assert rr.NthWeekdayOfMonth(weekday="monday", n=5).in_month(2026, 7) is None


def test_ak_r_4_2_last_full_weeks_at_a_months_end() -> None:
    last = rr.NthWeekdayOfMonth(weekday="sunday", n=-1, week="first_full_week")
    assert last.in_month(2024, 3) == date(2024, 3, 31)  # the week ends on the 31st
    assert last.in_month(2026, 5) == date(2026, 5, 31)
    assert last.in_month(2026, 6) == date(2026, 6, 28)  # 29, 30 June are a part week
    assert (
        rr.NthWeekdayOfMonth(weekday="monday", n=4, week="first_full_week").in_month(2026, 2)
        is None
    )  # February 2026 begins on a Sunday: three full weeks
    assert rr.NthWeekdayOfMonth(weekday="monday", n=4, week="first_full_week").in_month(
        2026, 3
    ) == date(2026, 3, 23)
    assert (
        rr.NthWeekdayOfMonth(weekday="monday", n=4, week="first_full_week").in_month(2026, 9)
        is None
    )  # the week of Monday 28 September ends on 4 October


def test_ak_r_4_2_describe_every_rule() -> None:
    words = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}
    for n, word in words.items():
        assert rr.NthWeekdayOfMonth(weekday="tuesday", n=n).describe() == (
            f"{word} Tuesday of each month"
        )
    assert rr.NthWeekdayOfMonth(weekday=1, n=2, week="first_full_week").describe() == (
        "Tuesday of the second full Monday–Sunday week of each month"
    )
    assert rr.Weekly(weekday="monday").describe() == "every Monday"
    assert rr.EveryWorkingDay().describe() == "every working day"
    assert rr.EveryDay().describe() == "every day"
    assert rr.AnnouncedDates(dates=["2026-12-14"]).describe() == "announced dates (1)"


def test_ak_r_4_2_the_upper_decade_holds_days_1_to_10() -> None:
    assert UPPER_DECADE.contains(date(2026, 5, 1))
    assert UPPER_DECADE.contains(date(2026, 5, 10))
    assert not UPPER_DECADE.contains(date(2026, 5, 11))
    with pytest.raises(ValueError, match="last_day=3 is before first_day=4"):
        DayPeriod(first_day=4, last_day=3)


def test_cal_3_weekly_with_declared_make_up_days() -> None:
    cal = (
        rr.WorkingCalendar()
        .with_override(date(2026, 2, 28), working=True, as_weekday="monday")
        .with_override(date(2026, 2, 16), working=True, as_weekday="monday")  # also a Monday
    )
    got = list(rr.Weekly(weekday="monday").nominal_dates(date(2026, 2, 1), date(2026, 3, 3), cal))
    assert got == [
        date(2026, 2, 2),
        date(2026, 2, 9),
        date(2026, 2, 16),
        date(2026, 2, 23),
        date(2026, 2, 28),
        date(2026, 3, 2),
    ]
    plain = list(
        rr.Weekly(weekday="monday").nominal_dates(date(2026, 2, 1), date(2026, 2, 28), CAL)
    )
    assert plain == [date(2026, 2, 2), date(2026, 2, 9), date(2026, 2, 16), date(2026, 2, 23)]


def test_mc_1_an_announced_dates_rule_with_no_dates() -> None:
    empty = rr.AnnouncedDates()
    assert (empty.first_date(), empty.last_date()) == (None, None)
    assert list(empty.nominal_dates(date(2026, 1, 1), date(2026, 12, 31), CAL)) == []
    some = rr.AnnouncedDates(dates=["2027-01-11", "2026-12-14"])
    assert (some.first_date(), some.last_date()) == (date(2026, 12, 14), date(2027, 1, 11))
    with pytest.raises(ValueError, match="2026-12-14 is announced twice"):
        some.with_dates(date(2026, 12, 14))
    regime = rr.preset("mediation-centre-mayor").replace(rule=empty)
    with pytest.raises(NoReceptionError, match=r"no date is announced\. Add the announced dates"):
        regime.next_reception(date(2026, 1, 1))
    with pytest.raises(NoReceptionError, match="no announced reception before"):
        regime.previous_reception(date(2026, 1, 1))


# -- holiday policies ----------------------------------------------------------------------


def test_ak_r_4_2_moves_run_out_of_max_days() -> None:
    assert MoveToNextWorkingDay(max_days=7).resolve(date(2026, 10, 1), CAL) == date(2026, 10, 8)
    with pytest.raises(NoReceptionError) as e:
        MoveToNextWorkingDay(max_days=6).resolve(date(2026, 10, 1), CAL)
    assert (e.value.regime, e.value.after) == ("", date(2026, 10, 1))
    assert str(e.value) == (
        "no working day within 6 days after 2026-10-01 to move the reception to; raise "
        "max_days or check the calendar"
    )
    assert MoveToPreviousWorkingDay(max_days=7).resolve(date(2026, 10, 7), CAL) == date(2026, 9, 30)
    with pytest.raises(NoReceptionError) as e:
        MoveToPreviousWorkingDay(max_days=6).resolve(date(2026, 10, 7), CAL)
    assert (e.value.regime, e.value.after) == ("", date(2026, 10, 7))
    assert str(e.value) == (
        "no working day within 6 days before 2026-10-07 to move the reception to; raise "
        "max_days or check the calendar"
    )


def test_ak_r_4_2_a_regimes_move_error_names_the_regime() -> None:
    regime = rr.Regime(
        name="short",
        rule=rr.EveryDay(),
        window=rr.MORNING,
        holiday_policy=MoveToNextWorkingDay(max_days=3),
        location="x",
    )
    with pytest.raises(NoReceptionError) as e:
        list(regime.receptions(date(2026, 10, 1), date(2026, 10, 2)))
    assert (e.value.regime, e.value.after) == ("short", date(2026, 10, 1))
    assert str(e.value).startswith("short: no working day within 3 days after 2026-10-01")


def test_ak_r_4_2_which_rule_days_a_move_can_come_from() -> None:
    nxt, prev = rr.MOVE_NEXT, rr.MOVE_PREVIOUS
    assert nxt.earliest_source(date(2026, 10, 8), CAL) == date(2026, 10, 1)
    assert MoveToNextWorkingDay(max_days=3).earliest_source(date(2026, 10, 8), CAL) == date(
        2026, 10, 5
    )
    assert nxt.earliest_source(date(2026, 10, 9), CAL) == date(2026, 10, 9)
    assert prev.latest_source(date(2026, 9, 30), CAL) == date(2026, 10, 7)
    assert MoveToPreviousWorkingDay(max_days=2).latest_source(date(2026, 9, 30), CAL) == date(
        2026, 10, 2
    )
    assert prev.earliest_source(date(2026, 9, 30), CAL) == date(2026, 9, 30)
    assert nxt.latest_source(date(2026, 9, 30), CAL) == date(2026, 9, 30)
    # At the calendar's edge nothing beyond can resolve into range.
    assert nxt.earliest_source(date(2001, 1, 2), CAL) == date(2001, 1, 1)
    assert prev.latest_source(date(2100, 12, 31), CAL) == date(2100, 12, 31)
    assert rr.SKIP.earliest_source(date(2026, 10, 8), CAL) == date(2026, 10, 8)


def test_ak_r_4_2_which_policies_merge() -> None:
    d = date(2026, 10, 8)
    assert rr.MOVE_NEXT.may_merge(date(2026, 10, 1), d) is True
    assert rr.MOVE_NEXT.may_merge(d, d) is False
    assert rr.MOVE_PREVIOUS.may_merge(d, d) is True
    assert rr.SKIP.may_merge(d, d) is False
    assert rr.KEEP.may_merge(d, d) is False


def test_ak_r_4_2_two_rule_days_merge_under_the_previous_working_day_policy() -> None:
    regime = rr.Regime(
        name="daily-prev",
        rule=rr.EveryDay(),
        window=rr.MORNING,
        holiday_policy=rr.MOVE_PREVIOUS,
        location="x",
    )
    got = list(regime.receptions(date(2026, 9, 30), date(2026, 10, 8)))
    assert [r.day for r in got] == [date(2026, 9, 30), date(2026, 10, 8)]
    merged = [dict(m.params)["source"] for m in got[0].remarks if m.code == "merged"]
    assert merged == [f"2026-10-0{i}" for i in range(1, 8)]
    assert got[0].moved_from is None
    assert got[1].remarks == ()


def test_ak_r_4_2_policy_descriptions() -> None:
    assert rr.MOVE_NEXT.describe() == "moved to the next working day"
    assert rr.MOVE_PREVIOUS.describe() == "moved to the previous working day"
    assert rr.SKIP.describe() == "skipped when not a working day"
    assert rr.KEEP.describe() == "held on its day even when not a working day"
    assert rr.SKIP.resolve(date(2026, 10, 1), CAL) is None
    assert rr.KEEP.resolve(date(2026, 10, 1), CAL) == date(2026, 10, 1)
