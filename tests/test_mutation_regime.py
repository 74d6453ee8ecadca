"""Boundaries of the regime's searches, receptions and visits that mutation testing found
unpinned (issue 13): previous_reception returning one or raising, the widening search
and its floor, the remarks of moved and non-working receptions (their parameters are the
behaviour: notices print them), the visit decisions (UN-3.1) and the messages of misuse.

Holiday dates: the State Council's 2026 notice (National Day 1–7 October, Labour Day 1–5
May, Sat 9 May worked); New Year's Day 2001.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

import receptionrules as rr
from receptionrules.calendar import DayOverride
from receptionrules.errors import CalendarRangeError, NoReceptionError
from receptionrules.rules import DayPeriod

TZ = rr.TZ


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


def regime(rule: object, policy: object = rr.SKIP, **extra: object) -> rr.Regime:
    return rr.Regime.model_validate(
        {"name": "r", "rule": rule, "window": rr.MORNING, "holiday_policy": policy, "location": "x"}
        | extra
    )


def params(reception: rr.Reception, code: str) -> dict[str, str]:
    found = [dict(m.params) for m in reception.remarks if m.code == code]
    assert len(found) == 1, reception.remarks
    return found[0]


# -- previous_reception: one, or an error ---------------------------------------------------


def test_previous_reception_at_a_receptions_start_is_the_one_before() -> None:
    ak = rr.preset("ankang-mayor")
    start = at(2026, 9, 1, 8, 30)
    assert ak.previous_reception(start).day == date(2026, 8, 4)
    assert ak.previous_reception(start + timedelta(minutes=1)).day == date(2026, 9, 1)
    mc = rr.preset("mediation-centre-mayor", announced=[date(2026, 12, 14), date(2027, 1, 11)])
    first = at(2026, 12, 14, 8, 30)
    with pytest.raises(NoReceptionError) as e:
        mc.previous_reception(first)
    assert e.value.regime == "mediation-centre-mayor"
    assert str(e.value) == (
        "mediation-centre-mayor: no announced reception before 2026-12-14T08:30+08:00"
    )
    assert mc.previous_reception(first + timedelta(minutes=1)).day == date(2026, 12, 14)
    assert mc.previous_reception(at(2027, 3, 1)).day == date(2027, 1, 11)


def test_previous_reception_searches_back_to_search_days_and_no_further() -> None:
    # Make the 45 days before Monday 1 June 2026 non-working: the last reception is 46 days back.
    gap = [DayOverride(day=date(2026, 4, 17) + timedelta(days=i), working=False) for i in range(45)]
    cal = rr.WorkingCalendar(overrides=gap)
    daily = regime(rr.EveryWorkingDay(), search_days=46).with_calendar(cal)
    assert daily.previous_reception(date(2026, 6, 1)).day == date(2026, 4, 16)
    short = daily.replace(search_days=45)
    with pytest.raises(NoReceptionError) as e:
        short.previous_reception(date(2026, 6, 1))
    assert e.value.regime == "r"
    assert str(e.value) == "r: no reception within 45 days before 2026-06-01T00:00+08:00"
    wide = daily.replace(search_days=400)
    assert wide.previous_reception(date(2026, 6, 1)).day == date(2026, 4, 16)


def test_previous_reception_stops_at_the_calendars_first_day() -> None:
    keep = regime(rr.EveryDay(), rr.KEEP)
    assert keep.previous_reception(at(2001, 1, 1, 10)).day == date(2001, 1, 1)
    with pytest.raises(NoReceptionError, match=r"^r: no reception within 0 days before 2001-01-01"):
        keep.previous_reception(at(2001, 1, 1, 8))
    never = regime(rr.Weekly(weekday="saturday"))  # skipped, every Saturday is off
    with pytest.raises(NoReceptionError) as e:
        never.previous_reception(date(2001, 1, 20))
    assert str(e.value) == "r: no reception within 19 days before 2001-01-20T00:00+08:00"


# -- next_reception's errors ----------------------------------------------------------------


def test_next_reception_of_a_barren_rule_names_the_regime_and_the_day() -> None:
    never = regime(rr.Weekly(weekday="sunday"), search_days=30)
    with pytest.raises(NoReceptionError) as e:
        never.next_reception(date(2026, 3, 2))
    assert (e.value.regime, e.value.after) == ("r", date(2026, 3, 2))
    assert str(e.value) == (
        "r: no reception within 30 days after 2026-03-02 (rule: every Sunday; skipped when "
        "not a working day); the rule may never fall on a working day: check it, or raise "
        "search_days"
    )


def test_next_reception_after_the_last_announced_date() -> None:
    mc = rr.preset("mediation-centre-mayor", announced=[date(2026, 12, 14)])
    with pytest.raises(NoReceptionError) as e:
        mc.next_reception(at(2026, 12, 15, 9))
    assert (e.value.regime, e.value.after) == ("mediation-centre-mayor", date(2026, 12, 15))
    assert str(e.value) == (
        "mediation-centre-mayor: no announced reception after 2026-12-15T09:00+08:00; the last "
        "announced date is 2026-12-14. Add the announced dates with "
        "Regime.with_announced_dates(...) (MC-1)"
    )
    empty = mc.replace(rule=rr.AnnouncedDates())
    with pytest.raises(NoReceptionError) as e:
        empty.next_reception(date(2026, 1, 1))
    assert str(e.value).endswith(
        "no date is announced. Add the announced dates with Regime.with_announced_dates(...) (MC-1)"
    )


def test_mc_1_an_announced_date_moved_back_is_found_from_before_it() -> None:
    prev = regime(rr.AnnouncedDates(dates=[date(2026, 10, 1)]), rr.MOVE_PREVIOUS)
    r = prev.next_reception(date(2026, 9, 1))
    assert (r.day, r.moved_from) == (date(2026, 9, 30), date(2026, 10, 1))
    with pytest.raises(NoReceptionError):
        prev.next_reception(at(2026, 9, 30, 13))


# -- months without a reception -------------------------------------------------------------


def test_months_without_reception_count_the_whole_first_and_last_month() -> None:
    ak = rr.preset("ankang-mayor")
    assert ak.months_without_reception(date(2026, 9, 15), date(2026, 9, 30)) == ()  # 1 Sept
    assert ak.months_without_reception(date(2026, 11, 30), date(2026, 12, 1)) == ()
    mc = rr.preset("mediation-centre-mayor", announced=[date(2026, 12, 31)])
    assert mc.months_without_reception(date(2026, 11, 1), date(2026, 12, 1)) == ((2026, 11),)


# -- the misuse messages --------------------------------------------------------------------


def test_the_range_arguments_are_checked_with_their_names() -> None:
    ak = rr.preset("ankang-mayor")
    with pytest.raises(TypeError) as e:
        ak.receptions(at(2026, 1, 1), date(2026, 2, 1))
    assert str(e.value) == (
        "start=datetime.datetime(2026, 1, 1, 0, 0, tzinfo=zoneinfo.ZoneInfo(key='Asia/Shanghai')) "
        "is a datetime; pass a date (both ends of the range are whole days, inclusive)"
    )
    with pytest.raises(TypeError, match=r"^end must be a date, not str$"):
        ak.months_without_reception(date(2026, 1, 1), "2026-02-01")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^start must be a date, not str$"):
        ak.months_without_reception("2026-01-01", date(2026, 2, 1))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^end=2026-01-01 is before start=2026-02-01; give"):
        ak.receptions(date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(TypeError, match=r"^calendar must be a WorkingCalendar, not str$"):
        ak.with_calendar("x")  # type: ignore[arg-type]
    with pytest.raises(TypeError) as e:
        ak.with_announced_dates(date(2026, 1, 5))
    assert str(e.value) == (
        "regime 'ankang-mayor' has a 'nth_weekday' rule; only an announced-dates rule takes "
        "announced dates"
    )
    with pytest.raises(TypeError, match=r"^at=datetime.date\(2026, 1, 1\) is a date; check_visit"):
        ak.check_visit(date(2026, 1, 1))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"is a date; is_open needs a moment"):
        ak.is_open(date(2026, 1, 1))  # type: ignore[arg-type]


# -- the remarks of a reception -------------------------------------------------------------


def test_a_weekend_move_names_the_weekday_and_the_direction() -> None:
    sat = rr.Weekly(weekday="saturday")
    nxt = regime(sat, rr.MOVE_NEXT).reception_on(date(2026, 3, 9))
    assert nxt is not None
    assert params(nxt, "moved") == {
        "source": "2026-03-07",
        "target": "2026-03-09",
        "reason": "Saturday",
        "reason_zh": "星期六",
        "direction": "next",
        "direction_zh": "顺延",
    }
    prev = regime(sat, rr.MOVE_PREVIOUS).reception_on(date(2026, 3, 6))
    assert prev is not None
    assert params(prev, "moved") | {} == {
        "source": "2026-03-07",
        "target": "2026-03-06",
        "reason": "Saturday",
        "reason_zh": "星期六",
        "direction": "previous",
        "direction_zh": "提前",
    }


def test_ak_r_4_2_a_move_landing_on_day_1_or_day_10_stays_in_the_upper_decade() -> None:
    tuesday = rr.NthWeekdayOfMonth(
        weekday="tuesday", n=1, period=DayPeriod(first_day=1, last_day=10)
    )
    off = [DayOverride(day=date(2026, 3, d), working=False) for d in range(3, 10)]
    to_10 = regime(tuesday, rr.MOVE_NEXT).with_calendar(rr.WorkingCalendar(overrides=off))
    r = to_10.next_reception(date(2026, 3, 1))
    assert (r.day, [m.code for m in r.remarks]) == (date(2026, 3, 10), ["moved"])
    to_11 = to_10.with_calendar(
        rr.WorkingCalendar(overrides=[*off, DayOverride(day=date(2026, 3, 10), working=False)])
    )
    r = to_11.next_reception(date(2026, 3, 1))
    assert r.day == date(2026, 3, 11)
    assert params(r, "left_period") == {"period": "its period", "first": "1", "last": "10"}
    back = regime(tuesday, rr.MOVE_PREVIOUS).with_calendar(
        rr.WorkingCalendar(overrides=[DayOverride(day=date(2026, 6, 2), working=False)])
    )
    r = back.next_reception(date(2026, 6, 1))
    assert (r.day, [m.code for m in r.remarks]) == (date(2026, 6, 1), ["moved"])
    labelled = rr.preset("ankang-mayor").next_reception(date(2019, 2, 1))
    assert params(labelled, "left_period") == {"period": "上旬", "first": "1", "last": "10"}


def test_a_reception_kept_on_a_non_working_day_says_why() -> None:
    keep = regime(rr.EveryDay(), rr.KEEP)
    holiday = keep.reception_on(date(2026, 10, 1))
    weekend = keep.reception_on(date(2026, 3, 7))
    assert holiday is not None
    assert weekend is not None
    assert params(holiday, "non_working_day") == {
        "reason": "National Day",
        "reason_zh": "国庆节",
    }
    assert params(weekend, "non_working_day") == {"reason": "Saturday", "reason_zh": "星期六"}
    working = keep.reception_on(date(2026, 3, 6))
    assert working is not None
    assert working.remarks == ()


def test_cal_2_a_reception_moved_from_a_provisional_day_is_provisional() -> None:
    last = rr.default_calendar().last_official_year
    first_friday = rr.NthWeekdayOfMonth(weekday="friday", n=1)
    # Friday 1 January of the first provisional year is New Year's Day (the package's estimate).
    nominal = date(last + 1, 1, 1)
    assert nominal.weekday() == 4
    r = regime(first_friday, rr.MOVE_PREVIOUS).next_reception(date(last, 12, 20))
    assert (r.day, r.moved_from) == (date(last, 12, 31), nominal)
    assert r.provisional is True
    assert params(r, "provisional") == {"year": str(last), "last": str(last)}
    plain = regime(first_friday).next_reception(date(last + 1, 2, 1))
    assert params(plain, "provisional") == {"year": str(last + 1), "last": str(last)}


# -- visits (UN-3.1) ------------------------------------------------------------------------


def test_un_3_1_every_visit_decision_with_its_fields() -> None:
    un = rr.preset("union-chair")
    inside = un.check_visit(at(2026, 10, 14, 15))
    assert (inside.valid, inside.regular, inside.rule_id, inside.at) == (
        True,
        True,
        "UN-1",
        at(2026, 10, 14, 15),
    )
    assert inside.reception is not None
    assert inside.reception.day == date(2026, 10, 14)
    assert dict(inside.remark.params) == {"day": "2026-10-14", "hours": "14:30–17:30"}
    needed = un.check_visit(at(2026, 10, 1, 10))
    assert (needed.valid, needed.regular, needed.rule_id, needed.reception) == (
        False,
        False,
        "UN-3.1",
        None,
    )
    assert needed.remark.code == "visit.reason_needed"
    agreed = un.check_visit(at(2026, 10, 1, 10), reason="holiday")
    assert (agreed.valid, agreed.regular, agreed.rule_id) == (True, False, "UN-3.1")
    assert dict(agreed.remark.params) == {
        "reason": "holiday",
        "reason_zh": "节假日",
        "arranged_by": "telephone",
        "rule_id": "UN-3.1",
    }
    limited = rr.preset(
        "union-chair", appointments=rr.AppointmentPolicy(reasons={"holiday"}, rule_id="X-1")
    )
    refused = limited.check_visit(at(2026, 10, 1, 10), reason="major_matter")
    assert (refused.valid, refused.regular, refused.rule_id) == (False, False, "X-1")
    assert dict(refused.remark.params) == {
        "reason": "major_matter",
        "reason_zh": "重大事项",
        "rule_id": "X-1",
    }


def test_un_3_1_a_regime_without_an_exception() -> None:
    ak = rr.preset("ankang-mayor")
    no = ak.check_visit(at(2026, 10, 1, 10), reason="holiday")
    assert (no.valid, no.regular, no.rule_id, no.at) == (
        False,
        False,
        "AK-R-4.2",
        at(2026, 10, 1, 10),
    )
    assert no.remark.code == "visit.no_exception"
    assert dict(no.remark.params) == {"regime": "ankang-mayor"}
    bare = regime(rr.EveryWorkingDay())
    assert bare.check_visit(at(2026, 10, 1, 10)).rule_id == ""
    assert bare.check_visit(at(2026, 10, 9, 10)).rule_id == ""
    assert bare.check_visit(at(2026, 10, 9, 10)).valid is True


def test_cal_1_out_of_range_queries_name_their_parameter_and_the_range() -> None:
    ak = rr.preset("ankang-mayor")
    for call, parameter, day in (
        (
            lambda: ak.is_open(datetime(9999, 12, 31, 23, tzinfo=UTC)),
            "at",
            date(9999, 12, 31),
        ),
        (lambda: ak.next_reception(date(2000, 1, 1)), "at", date(2000, 1, 1)),
        (
            lambda: list(ak.receptions(date(2000, 1, 1), date(2026, 1, 1))),
            "start",
            date(2000, 1, 1),
        ),
        (lambda: list(ak.receptions(date(2026, 1, 1), date(2101, 1, 1))), "end", date(2101, 1, 1)),
        (
            lambda: ak.months_without_reception(date(2000, 1, 1), date(2026, 1, 1)),
            "start",
            date(2000, 1, 1),
        ),
    ):
        with pytest.raises(CalendarRangeError) as e:
            call()
        assert (e.value.parameter, e.value.day, e.value.first_year, e.value.last_year) == (
            parameter,
            day,
            2001,
            2100,
        )
    with pytest.raises(TypeError, match=r"^end must be a date, not str$"):
        ak.receptions(date(2026, 1, 1), "2026-02-01")  # type: ignore[arg-type]


def test_cal_1_the_calendars_last_year_is_inside() -> None:
    ak = rr.preset("ankang-mayor")
    assert ak.next_reception(date(2100, 1, 1)).day.year == 2100
    assert ak.months_without_reception(date(2100, 12, 1), date(2100, 12, 31)) == ()


def test_cal_2_a_skipped_or_merged_provisional_day_makes_the_reception_provisional() -> None:
    last = rr.default_calendar().last_official_year
    y = last + 1  # provisional; the year after is given as data, official
    cal = rr.WorkingCalendar().with_schedule(
        rr.YearSchedule.model_validate(
            {"year": y + 1, "holidays": [{"name": "元旦", "days_off": f"{y}-12-31/{y + 1}-01-02"}]}
        )
    )
    skip = regime(rr.EveryDay(), rr.SKIP).with_calendar(cal)
    after = [r for r in skip.receptions(date(y, 12, 20), date(y + 1, 1, 15)) if r.day.year > y]
    # The skipped 31 December rests on an estimate: the first reception after it is
    # provisional, the next ones (official, nothing skipped between) are not.
    assert [r.provisional for r in after[:2]] == [True, False]
    merged = regime(rr.EveryDay(), rr.MOVE_PREVIOUS).with_calendar(rr.default_calendar())
    end = merged.reception_on(date(last, 12, 31))
    assert end is not None
    assert end.provisional is (not rr.default_calendar().is_working_day(date(y, 1, 1)))
