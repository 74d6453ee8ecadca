"""Boundaries of the per-year reception index and of the day-by-day searches behind it
that mutation testing found unpinned (issues 13, 14).

The index is a promise about speed as well as answers: a year built whole answers from
its table (``indexed_…`` give the reception, not None), a day of a year already asked
about is answered without searching, and the day-by-day searches (``scan_…``) give the
answers the index leaves to them. Each test says which of those it pins.

Holiday dates: the State Council's 2025 and 2026 notices (New Year's Day 2026 off 1–3
January; National Day 2026 off 1–7 October); weekdays from the Gregorian calendar. The
ankang-mayor preset receives on the first Tuesday of each month, 08:30–12:00 (AK-R-4.2),
moved to the next working day (AK-R-4.3).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

import receptionrules as rr
from receptionrules.appointments import AppointmentReason
from receptionrules.calendar import WorkingCalendar
from receptionrules.errors import NoReceptionError
from receptionrules.policy import SkipNonWorkingDays
from receptionrules.regime import searches

TZ = rr.TZ


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


def fresh() -> rr.Regime:
    """A new ankang-mayor regime: an empty index, nothing promoted yet."""
    return rr.preset("ankang-mayor")


def day_of(found: rr.Reception | None) -> date | None:
    return None if found is None else found.day


def never(*args: Any, **kwargs: Any) -> Any:
    raise AssertionError("searched day by day, though the year is in the hot table")


def regime(rule: object, policy: object = rr.SKIP, **extra: object) -> rr.Regime:
    return rr.Regime.model_validate(
        {"name": "r", "rule": rule, "window": rr.MORNING, "holiday_policy": policy, "location": "x"}
        | extra
    )


# -- the hot path: a promoted year answers without a search ------------------------------


def test_ak_r_4_2_a_day_of_a_year_asked_about_is_answered_from_the_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ak = fresh()
    assert ak.next_reception(date(2026, 3, 2)).day == date(2026, 3, 3)  # promotes 2026
    monkeypatch.setattr(searches, "next_reception", never)
    monkeypatch.setattr(searches, "is_open", never)
    # Every day of the year has its answer, the first and the last included.
    assert ak.next_reception(date(2026, 1, 1)).day == date(2026, 1, 6)
    assert ak.next_reception(date(2026, 1, 2)).day == date(2026, 1, 6)
    assert ak.next_reception(date(2026, 8, 5)).day == date(2026, 9, 1)
    assert ak.next_reception(date(2026, 9, 1)).day == date(2026, 9, 1)
    assert ak.next_reception(at(2026, 8, 5, 9)).day == date(2026, 9, 1)
    # In progress counts; at its end it is over.
    assert ak.next_reception(at(2026, 9, 1, 11, 59)).day == date(2026, 9, 1)
    assert ak.next_reception(at(2026, 8, 4, 12)).day == date(2026, 9, 1)
    assert ak.is_open(at(2026, 9, 1, 8, 30)) is True
    assert ak.is_open(at(2026, 9, 1, 12)) is False
    assert ak.is_open(at(2026, 9, 2, 9)) is False


def test_ak_r_4_2_the_last_days_of_a_year_take_the_next_years_first_reception() -> None:
    ak = fresh()
    assert ak.next_reception(date(2025, 6, 1)).day == date(2025, 6, 3)  # promotes 2025
    # 6 January 2026 is the first Tuesday of 2026 (1-3 January off).
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(searches, "next_reception", never)
        assert ak.next_reception(date(2025, 12, 3)).day == date(2026, 1, 6)
        assert ak.next_reception(date(2025, 12, 31)).day == date(2026, 1, 6)
        assert ak.next_reception(at(2025, 12, 31, 23, 59)).day == date(2026, 1, 6)


def test_cal_1_a_moment_elsewhere_than_asia_shanghai_takes_the_search() -> None:
    ak = fresh()
    ak.next_reception(date(2026, 3, 2))
    # 00:30 UTC on 1 September is 08:30 in Beijing: the reception is in progress.
    moment = datetime(2026, 9, 1, 0, 30, tzinfo=UTC)
    assert ak.next_reception(moment).day == date(2026, 9, 1)
    assert ak.is_open(moment) is True
    assert ak.is_open(moment - timedelta(minutes=1)) is False
    assert ak.next_reception(datetime(2026, 9, 1, 4, tzinfo=UTC)).day == date(2026, 10, 8)


# -- the index answers what it can ------------------------------------------------------


def test_cal_1_the_index_answers_next_within_and_across_years() -> None:
    ak = fresh()
    assert day_of(searches.indexed_next(ak, at(2026, 3, 2))) == date(2026, 3, 3)
    assert day_of(searches.indexed_next(ak, at(2025, 12, 3))) == date(2026, 1, 6)
    # The calendar's last year (2100): 3 August 2100 is its first Tuesday.
    assert day_of(searches.indexed_next(ak, at(2100, 7, 7, 12))) == date(2100, 8, 3)


def test_cal_1_the_index_answers_previous_within_and_across_years() -> None:
    ak = fresh()
    assert day_of(searches.indexed_previous(ak, at(2026, 9, 1, 8, 31))) == date(2026, 9, 1)
    assert day_of(searches.indexed_previous(ak, at(2026, 9, 1, 8, 30))) == date(2026, 8, 4)
    # 2 December 2025 was the first Tuesday of December; 6 January 2026 is the first of 2026.
    assert day_of(searches.indexed_previous(ak, at(2026, 1, 6, 8))) == date(2025, 12, 2)
    # The calendar's first year (2001): 2 January 2001 was its first Tuesday.
    assert day_of(searches.indexed_previous(ak, at(2001, 1, 31))) == date(2001, 1, 2)


def test_cal_1_the_index_lists_a_range_within_and_across_years() -> None:
    ak = fresh()
    listed = searches.indexed_range(ak, date(2025, 11, 1), date(2026, 2, 28))
    assert listed is not None
    assert [r.day for r in listed] == [
        date(2025, 11, 4),
        date(2025, 12, 2),
        date(2026, 1, 6),
        date(2026, 2, 3),
    ]
    whole = searches.indexed_range(ak, date(2026, 1, 1), date(2026, 12, 31))
    assert whole is not None
    assert len(list(whole)) == 12
    one = searches.indexed_range(ak, date(2026, 9, 1), date(2026, 9, 1))
    assert one is not None
    assert [r.day for r in one] == [date(2026, 9, 1)]
    assert list(searches.indexed_range(ak, date(2026, 9, 2), date(2026, 9, 30)) or [0]) == []


def test_cal_1_the_index_says_whether_a_day_has_a_reception() -> None:
    ak = fresh()
    found, indexed = searches.indexed_on(ak, date(2026, 9, 1))
    assert (day_of(found), indexed) == (date(2026, 9, 1), True)
    assert searches.indexed_on(ak, date(2026, 9, 2)) == (None, True)
    assert searches.indexed_on(ak, date(2026, 12, 31)) == (None, True)


def test_cal_2_a_year_that_cannot_be_built_is_left_to_the_search() -> None:
    # Moving to the previous working day from 1 January 2001, the calendar's first day,
    # runs off the calendar: 2001 is not built, and the searches go day by day.
    first_monday = {"kind": "nth_weekday", "weekday": 0, "n": 1}
    back = regime(first_monday, {"kind": "previous_working_day", "max_days": 10})
    assert searches.indexed_on(back, date(2001, 3, 5)) == (None, False)
    assert searches.indexed_next(back, at(2001, 3, 1)) is None
    assert searches.indexed_previous(back, at(2001, 3, 31)) is None
    assert searches.indexed_range(back, date(2001, 3, 1), date(2001, 3, 31)) is None
    # 5 March 2001 was the first Monday of March; the search still answers.
    assert back.next_reception(date(2001, 3, 1)).day == date(2001, 3, 5)
    assert back.is_open(at(2001, 3, 5, 9)) is True
    assert back.is_open(at(2001, 3, 6, 9)) is False
    assert [r.day for r in back.receptions(date(2001, 3, 1), date(2001, 3, 31))] == [
        date(2001, 3, 5)
    ]


# -- the day-by-day searches ------------------------------------------------------------


def test_cal_1_scan_next_passes_a_reception_that_has_ended() -> None:
    ak = fresh()
    assert searches.scan_next(ak, at(2026, 8, 4, 12)).day == date(2026, 9, 1)
    assert searches.scan_next(ak, at(2026, 8, 4, 11, 59)).day == date(2026, 8, 4)


def test_mc_1_scan_of_announced_dates_reaches_the_last_and_stops() -> None:
    days = [date(2026, 12, 14), date(2027, 1, 11), date(2027, 2, 8)]
    mc = rr.preset("mediation-centre-mayor", announced=days)
    assert searches.scan_next(mc, at(2027, 1, 12)).day == date(2027, 2, 8)
    assert searches.scan_previous(mc, at(2027, 3, 1)).day == date(2027, 2, 8)
    assert searches.scan_previous(mc, at(2027, 1, 11, 12)).day == date(2027, 1, 11)
    # On the first announced day, after it began.
    assert searches.scan_previous(mc, at(2026, 12, 14, 9)).day == date(2026, 12, 14)
    with pytest.raises(NoReceptionError, match="no announced reception before"):
        searches.scan_previous(mc, at(2026, 12, 14, 8, 30))
    with pytest.raises(NoReceptionError, match="the last announced date is 2027-02-08"):
        searches.scan_next(mc, at(2027, 2, 8, 12))
    none = regime({"kind": "announced", "dates": []})
    with pytest.raises(NoReceptionError, match="no date is announced"):
        none.next_reception(date(2026, 5, 1))
    with pytest.raises(NoReceptionError, match="no announced reception before"):
        none.previous_reception(date(2026, 5, 1))


def test_cal_1_scan_previous_at_a_receptions_start_is_the_one_before() -> None:
    ak = fresh()
    assert searches.scan_previous(ak, at(2026, 9, 1, 8, 30)).day == date(2026, 8, 4)
    assert searches.scan_previous(ak, at(2026, 9, 1, 8, 31)).day == date(2026, 9, 1)


def test_ak_r_4_2_scan_previous_widens_past_a_long_gap() -> None:
    # The fifth Thursday: in 2026 only January, April, July, October and December have one
    # (29 January, 30 April, 30 July, 29 October, 31 December).
    fifth = regime({"kind": "nth_weekday", "weekday": 3, "n": 5}, rr.KEEP)
    assert searches.scan_previous(fifth, at(2026, 7, 29)).day == date(2026, 4, 30)
    assert searches.scan_previous(fifth, at(2026, 4, 29)).day == date(2026, 1, 29)
    assert fifth.previous_reception(date(2026, 7, 29)).day == date(2026, 4, 30)


# -- a provisional day skipped in the year before (CAL-2) --------------------------------


def every_day_skipping(cal: WorkingCalendar) -> rr.Regime:
    return rr.preset("wenfu-school").replace(
        name="every-day", rule=rr.EveryDay(), holiday_policy=SkipNonWorkingDays(), calendar=cal
    )


def official_2029() -> WorkingCalendar:
    """2028 on the estimate; 2029 given as official with no holidays, so Monday 1 January
    2029 is an official working day, and Saturday 30 and Sunday 31 December 2028 are
    rule days skipped on the estimate."""
    schedule = rr.YearSchedule.model_validate({"year": 2029, "source": "test", "holidays": []})
    return WorkingCalendar(schedules=[schedule])


def test_cal_2_previous_reception_after_a_skip_carried_from_the_year_before() -> None:
    regime = every_day_skipping(official_2029())
    jan1 = datetime(2029, 1, 1, 23, tzinfo=TZ)
    # The first reception of 2029 is provisional for a search that walks over the skipped
    # days; the index, built from 1 January, cannot say so and leaves it to the search.
    assert searches.indexed_previous(regime, jan1) is None
    for _ in range(2):
        found = regime.previous_reception(jan1)
        assert (found.day, found.provisional) == (date(2029, 1, 1), True)
    # Later in January the search's first window (45 days) still reaches December 2028.
    assert regime.previous_reception(datetime(2029, 1, 2, 23, tzinfo=TZ)).day == date(2029, 1, 2)
    # An official year with no skip before its first reception: the index answers.
    plain = every_day_skipping(WorkingCalendar())
    indexed = searches.indexed_previous(plain, datetime(2026, 1, 5, 23, tzinfo=TZ))
    assert indexed is not None
    assert (indexed.day, indexed.provisional) == (date(2026, 1, 5), False)


def test_cal_2_next_reception_after_a_skip_carried_from_the_year_before() -> None:
    regime = every_day_skipping(official_2029())
    dec30 = datetime(2028, 12, 30, tzinfo=TZ)
    assert searches.indexed_next(regime, dec30) is None
    found = regime.next_reception(dec30)
    assert (found.day, found.provisional) == (date(2029, 1, 1), True)
    listed = searches.indexed_range(regime, date(2028, 12, 30), date(2029, 1, 2))
    assert listed is None  # the listing walks over the skip: the day-by-day one answers
    assert [
        (r.day, r.provisional) for r in regime.receptions(date(2028, 12, 30), date(2029, 1, 2))
    ] == [
        (date(2029, 1, 1), True),
        (date(2029, 1, 2), False),
    ]


# -- moments in another zone, late windows, a year with no reception ---------------------


def test_cal_1_a_moment_in_a_zone_ahead_of_beijing_is_read_on_beijing_s_day() -> None:
    # Every day, 20:00-23:59 (a late window kept on days off). 00:30 on 1 January 2026 at
    # UTC+9 is 23:30 on 31 December 2025 in Beijing: that evening's reception is on.
    late = regime(
        {"kind": "every_day"}, rr.KEEP, window={"kind": "fixed", "start": "20:00", "end": "23:59"}
    )
    late.next_reception(date(2026, 3, 2))  # the year 2026 in the hot table
    plus9 = timezone(timedelta(hours=9))
    found = late.next_reception(datetime(2026, 1, 1, 0, 30, tzinfo=plus9))
    assert found.day == date(2025, 12, 31)
    assert late.is_open(datetime(2026, 1, 1, 0, 30, tzinfo=plus9)) is True


def test_ak_r_4_2_a_year_without_a_reception_is_searched_only_within_search_days() -> None:
    # The fifth Thursday, skipped on days off, with all four of 2025's (30 January,
    # 29 May, 31 July, 30 October) declared days off: 2025 has no reception, and the next
    # is Thursday 29 January 2026, 393 days after 1 January 2025.
    cal = WorkingCalendar()
    for day in (date(2025, 1, 30), date(2025, 5, 29), date(2025, 7, 31), date(2025, 10, 30)):
        cal = cal.with_override(day, working=False, reason="closed")
    fifth = regime({"kind": "nth_weekday", "weekday": 3, "n": 5}, calendar=cal, search_days=380)
    assert list(fifth.receptions(date(2025, 1, 1), date(2025, 12, 31))) == []
    # From 1 June 2025 it lies 242 days ahead: found (and the year promoted).
    assert fifth.next_reception(date(2025, 6, 1)).day == date(2026, 1, 29)
    # From 1 January 2025 it lies 393 days ahead, past the 380 searched.
    with pytest.raises(NoReceptionError, match="no reception within 380 days after 2025-01-01"):
        fifth.next_reception(date(2025, 1, 1))
    assert fifth.next_reception(date(2025, 1, 14)).day == date(2026, 1, 29)  # 380 days


def test_un_3_1_a_visit_decision_carries_the_moment_in_beijing_time() -> None:
    union = rr.preset("union-chair")
    utc_moments = [
        datetime(2026, 10, 1, 2, tzinfo=UTC),  # 10:00 in Beijing on National Day
        datetime(2026, 10, 1, 2, 30, tzinfo=UTC),
    ]
    only_holidays = union.appointments.model_copy(  # type: ignore[union-attr]
        update={"reasons": frozenset({AppointmentReason.HOLIDAY})}
    )
    strict = union.replace(appointments=only_holidays)
    ak = fresh()
    decisions = [
        ak.check_visit(datetime(2026, 9, 1, 1, tzinfo=UTC)),  # 09:00: in the reception
        ak.check_visit(utc_moments[0]),  # no exception at Ankang
        union.check_visit(utc_moments[0]),  # a reason is needed
        union.check_visit(utc_moments[0], reason="holiday"),  # allowed
        strict.check_visit(utc_moments[1], reason="major_matter"),  # refused
    ]
    assert [(d.valid, d.regular, d.remark.code) for d in decisions] == [
        (True, True, "visit.regular"),
        (False, False, "visit.no_exception"),
        (False, False, "visit.reason_needed"),
        (True, False, "visit.agreed"),
        (False, False, "visit.reason_refused"),
    ]
    assert [d.at for d in decisions] == [
        at(2026, 9, 1, 9),
        at(2026, 10, 1, 10),
        at(2026, 10, 1, 10),
        at(2026, 10, 1, 10),
        at(2026, 10, 1, 10, 30),
    ]
    assert all(d.at.tzinfo is TZ for d in decisions)


# -- an ordinary query never walks day by day --------------------------------------------


def test_cal_1_ordinary_queries_are_answered_by_the_index_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ak = fresh()
    monkeypatch.setattr(searches, "scan_next", never)
    monkeypatch.setattr(searches, "scan_previous", never)
    monkeypatch.setattr(searches, "iter_receptions", never)
    assert ak.next_reception(at(2026, 8, 5, 9)).day == date(2026, 9, 1)
    assert ak.previous_reception(at(2026, 8, 5, 9)).day == date(2026, 8, 4)
    assert [r.day for r in ak.receptions(date(2026, 8, 1), date(2026, 9, 30))] == [
        date(2026, 8, 4),
        date(2026, 9, 1),
    ]
    assert ak.reception_on(date(2026, 9, 1)) is not None
    assert ak.is_open(at(2026, 9, 1, 9)) is True


def test_mc_1_the_index_answers_previous_for_announced_dates_however_far_back() -> None:
    # The preset's seed date, Monday 10 December 2012 (MC-1), thirteen years back.
    mc = rr.preset("mediation-centre-mayor")
    assert day_of(searches.indexed_previous(mc, at(2026, 5, 1))) == date(2012, 12, 10)
    assert mc.previous_reception(date(2026, 5, 1)).day == date(2012, 12, 10)
    more = rr.preset("mediation-centre-mayor", announced=[date(2026, 12, 14), date(2027, 1, 11)])
    # The day after the first announced date of the list, and at its start.
    assert day_of(searches.indexed_previous(more, at(2026, 12, 15))) == date(2026, 12, 14)
    assert day_of(searches.indexed_previous(more, at(2027, 1, 11, 9))) == date(2027, 1, 11)


def test_mc_1_a_month_without_reception_across_the_new_year() -> None:
    # Announced for 14 December 2026 and 8 February 2027: January 2027 has none (MC-1 gap).
    mc = rr.preset("mediation-centre-mayor", announced=[date(2026, 12, 14), date(2027, 2, 8)])
    assert mc.months_without_reception(date(2026, 12, 1), date(2027, 2, 28)) == ((2027, 1),)
    assert mc.months_without_reception(date(2026, 11, 1), date(2027, 3, 31)) == (
        (2026, 11),
        (2027, 1),
        (2027, 3),
    )


def test_mc_1_the_index_answers_next_for_announced_dates_however_far_ahead() -> None:
    # A finite rule is searched whole: the index answers from years away.
    mc = rr.preset("mediation-centre-mayor", announced=[date(2030, 3, 4)])
    assert day_of(searches.indexed_next(mc, at(2026, 5, 1))) == date(2030, 3, 4)
    assert mc.next_reception(date(2026, 5, 1)).day == date(2030, 3, 4)


@pytest.mark.parametrize("private", [None, {}])
def test_a_regime_pickled_before_the_cache_existed_unpickles_with_one(private: Any) -> None:
    # An older pickle carries no cache: none at all, or an empty private dict.
    ak = fresh()
    state = ak.__getstate__()
    state["__pydantic_private__"] = private
    old = rr.Regime.__new__(rr.Regime)
    old.__setstate__(state)
    assert old == ak
    assert old.next_reception(date(2026, 3, 2)).day == date(2026, 3, 3)
    assert old.next_reception(date(2026, 8, 5)).day == date(2026, 9, 1)
    assert type(old.__pydantic_private__["_receptions"]).__name__ == "ReceptionIndex"  # type: ignore[index]


def test_cal_1_a_cache_is_never_part_of_a_value() -> None:
    from receptionrules.regime.cache import ReceptionIndex

    ak = fresh()
    ak.next_reception(date(2026, 3, 2))
    built = ak.__pydantic_private__["_receptions"]  # type: ignore[index]
    assert isinstance(built, ReceptionIndex)
    assert len(built) > 0
    # Any two compare equal, whatever they hold; nothing else does; it shows empty.
    assert built == ReceptionIndex()
    assert (built != ReceptionIndex()) is False
    assert (built != {}) is True
    assert repr(built) == "ReceptionIndex()"


def test_ak_r_4_3_rule_days_moved_back_from_beyond_the_search_are_left_to_it() -> None:
    # Every day, moved back to the previous working day (at most 9 days: the Spring
    # Festival's 15-23 February go back to the worked Saturday the 14th), searched 7 days
    # ahead. National Day 2026 is off 1-7 October, so those seven rule days all move back
    # onto Wednesday 30 September. From 23:00 on the 29th the search sees the rule days up
    # to 6 October: six merged. The index, which holds the whole year (seven merged),
    # leaves such an answer to the search (it keeps max_days + 1 days in reserve).
    back = regime(
        {"kind": "every_day"}, {"kind": "previous_working_day", "max_days": 9}, search_days=7
    )
    assert searches.indexed_range(back, date(2026, 1, 1), date(2026, 12, 31)) is not None
    moment = at(2026, 9, 29, 23)
    assert searches.indexed_next(back, moment) is None
    found = back.next_reception(moment)
    assert found.day == date(2026, 9, 30)
    merged = [dict(m.params)["source"] for m in found.remarks if m.code == "merged"]
    assert merged == [f"2026-10-0{d}" for d in range(1, 7)]
    (listed,) = back.receptions(date(2026, 9, 30), date(2026, 9, 30))
    assert sum(1 for m in listed.remarks if m.code == "merged") == 7


def test_ak_r_4_3_a_move_that_finds_no_working_day_is_a_no_reception_error() -> None:
    # Every day, moved to the next working day within 2 days: 1 October 2026 (National
    # Day, off to the 7th) finds none. The search and the listing say so alike.
    short = regime({"kind": "every_day"}, {"kind": "next_working_day", "max_days": 2})
    calls: list[Callable[[], object]] = [
        lambda: short.next_reception(at(2026, 9, 30, 23)),
        lambda: list(short.receptions(date(2026, 9, 29), date(2026, 10, 10))),
    ]
    for call in calls:
        with pytest.raises(NoReceptionError) as e:
            call()
        assert str(e.value) == (
            "r: no working day within 2 days after 2026-10-01 to move the reception to; "
            "raise max_days or check the calendar"
        )
        assert (e.value.regime, e.value.after) == ("r", date(2026, 10, 1))
    # The merged rule days' sources, as a notice prints them (moved back onto 30 September).
    back = regime({"kind": "every_day"}, {"kind": "previous_working_day", "max_days": 7})
    (sep30,) = back.receptions(date(2026, 9, 30), date(2026, 9, 30))
    merged = [dict(m.params) for m in sep30.remarks if m.code == "merged"]
    assert merged == [{"source": f"2026-10-0{d}"} for d in range(1, 8)]
