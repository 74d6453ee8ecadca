"""Invariants of every preset over 2005–2035, checked with hypothesis.

One parametrised suite runs against every preset (the MC preset with a random set
of announced dates): next_reception is never before its argument, is a
reception, and nothing lies between; is_open agrees with next_reception; and each
institution's own shape (AK-R-4.2, WF-1, UN-1, TS-2, MC-1, CAL-1, CAL-3).
"""

from __future__ import annotations

import calendar as stdcal
from datetime import date, datetime, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import receptionrules as rr
from receptionrules import TZ
from receptionrules import strategies as rst

FIRST = date(2005, 1, 1)
LAST = date(2035, 12, 31)
CAL = rr.default_calendar()

moments = rst.moments(FIRST, date(2035, 12, 1))
days = rst.days(FIRST, LAST)
months = st.tuples(st.integers(2005, 2035), st.integers(1, 12))

# MC: random announced dates, at most one a month, across the whole range.
announced = st.lists(
    st.tuples(months, st.integers(1, 28)), min_size=1, max_size=40, unique_by=lambda t: t[0]
).map(lambda items: sorted(date(y, m, d) for (y, m), d in items))


def regime_for(name: str, dates: list[date]) -> rr.Regime:
    if name == "mediation-centre-mayor":
        return rr.preset(name, announced=dates)
    return rr.preset(name)


@pytest.mark.parametrize("name", rr.PRESETS)
@given(at=moments, dates=announced)
def test_next_reception_is_the_first_reception_ending_after_at(
    name: str, at: datetime, dates: list[date]
) -> None:
    regime = regime_for(name, dates)
    try:
        r = regime.next_reception(at)
    except rr.NoReceptionError:
        # Only an announced-dates regime runs out, and then no announced date is left.
        assert name == "mediation-centre-mayor"
        assert all(datetime.combine(d, rr.MORNING.end, TZ) <= at for d in dates)
        return
    assert r.end > at
    # It is a reception: the one the regime lists on its day.
    assert regime.reception_on(r.day) == r
    # Nothing valid lies between: no reception from at's day to r's day ends after at
    # earlier than r.
    between = [x for x in regime.receptions(at.date(), r.day) if x.end > at]
    assert between[0] == r
    assert all(x.start >= r.start for x in between)


@pytest.mark.parametrize("name", rr.PRESETS)
@given(at=moments, dates=announced)
def test_is_open_agrees_with_receptions(name: str, at: datetime, dates: list[date]) -> None:
    regime = regime_for(name, dates)
    inside = [r for r in regime.receptions(at.date(), at.date()) if r.start <= at < r.end]
    assert regime.is_open(at) is bool(inside)
    try:
        nxt = regime.next_reception(at)
    except rr.NoReceptionError:
        assert not inside
        return
    assert regime.is_open(at) is (nxt.start <= at)


@pytest.mark.parametrize("name", rr.PRESETS)
@given(start=days, length=st.integers(0, 120), dates=announced)
def test_receptions_are_ordered_unique_and_inside_the_range(
    name: str, start: date, length: int, dates: list[date]
) -> None:
    end = min(start + timedelta(days=length), LAST)
    regime = regime_for(name, dates)
    got = list(regime.receptions(start, end))
    assert all(start <= r.day <= end for r in got)
    assert [r.day for r in got] == sorted({r.day for r in got})
    assert all(r.start.tzinfo is TZ and r.end > r.start for r in got)


def first_tuesday(y: int, m: int) -> date:
    week = next(w for w in stdcal.monthcalendar(y, m) if w[stdcal.TUESDAY])
    return date(y, m, week[stdcal.TUESDAY])


@given(month=months)
def test_ak_r_4_2_exactly_one_reception_per_month(month: tuple[int, int]) -> None:
    y, m = month
    first, last = date(y, m, 1), date(y, m, stdcal.monthrange(y, m)[1])
    (r,) = rr.preset("ankang-mayor").receptions(first, last)
    nominal = first_tuesday(y, m)
    if CAL.is_working_day(nominal):
        assert r.day == nominal
        assert r.moved_from is None
    else:
        assert r.moved_from == nominal
        assert r.day > nominal
        assert CAL.is_working_day(r.day)
        d = nominal
        while d < r.day:  # nothing working in between: it is the *next* working day
            assert not CAL.is_working_day(d)
            d += timedelta(days=1)
    assert (r.start.hour, r.start.minute, r.end.hour) == (8, 30, 12)


@pytest.mark.parametrize(("name", "weekday"), [("wenfu-school", 0), ("union-chair", 2)])
@given(start=days, length=st.integers(0, 200))
def test_wf_1_un_1_only_and_every_working_weekday(
    name: str, weekday: int, start: date, length: int
) -> None:
    end = min(start + timedelta(days=length), LAST)
    got = {r.day for r in rr.preset(name).receptions(start, end)}
    expected = {
        start + timedelta(days=i)
        for i in range((end - start).days + 1)
        if (start + timedelta(days=i)).weekday() == weekday
        and CAL.is_working_day(start + timedelta(days=i))
    }
    assert got == expected


@given(start=days, length=st.integers(0, 200))
def test_ts_2_every_working_day_and_no_other(start: date, length: int) -> None:
    end = min(start + timedelta(days=length), LAST)
    got = [r.day for r in rr.preset("township-duty").receptions(start, end)]
    expected = [
        start + timedelta(days=i)
        for i in range((end - start).days + 1)
        if CAL.is_working_day(start + timedelta(days=i))
    ]
    assert got == expected


@given(dates=announced, start=days, length=st.integers(0, 400))
def test_mc_1_receptions_are_exactly_the_announced_dates(
    dates: list[date], start: date, length: int
) -> None:
    end = min(start + timedelta(days=length), LAST)
    mc = rr.preset("mediation-centre-mayor", announced=dates)
    assert [r.day for r in mc.receptions(start, end)] == [d for d in dates if start <= d <= end]
    gaps = set(mc.months_without_reception(start, end))
    held = {(d.year, d.month) for d in dates}
    assert all(m not in held for m in gaps)


@given(at=moments)
def test_cal_2_provisional_exactly_when_a_year_has_no_official_schedule(at: datetime) -> None:
    assume(at.date() < LAST - timedelta(days=40))
    r = rr.preset("ankang-mayor").next_reception(at)
    years = {r.day.year} | ({r.moved_from.year} if r.moved_from else set())
    assert r.provisional is any(y > CAL.last_official_year for y in years)


# -- any composition of parts, not just the presets --------------------------------

# The library's own strategies (receptionrules.strategies), as an application uses them.
rules = rst.date_rules(announced=False)
policies = rst.holiday_policies()
windows = rst.windows()


@given(rule=rules, policy=policies, window=windows, at=moments)
def test_any_regime_next_reception_is_the_first_reception_ending_after_at(
    rule: rr.DateRule, policy: rr.HolidayPolicy, window: rr.Window, at: datetime
) -> None:
    regime = rr.Regime(
        name="composed", rule=rule, window=window, holiday_policy=policy, location="x"
    )
    try:
        r = regime.next_reception(at)
    except rr.NoReceptionError:
        # Only a weekend-only rule that skips non-working days can run dry.
        assert policy == rr.SKIP
        assert getattr(rule, "weekday", 0) >= 5
        return
    assert r.end > at
    assert regime.reception_on(r.day) == r
    if policy != rr.KEEP:
        assert CAL.is_working_day(r.day)
    listed = [x for x in regime.receptions(at.date() - timedelta(days=1), r.day) if x.end > at]
    assert listed[0] == r
    assert regime.is_open(at) is (r.start <= at)


@pytest.mark.parametrize("name", rr.PRESETS)
@given(at=moments, dates=announced)
def test_previous_reception_is_the_last_one_started_before_at(
    name: str, at: datetime, dates: list[date]
) -> None:
    assume(at.date() > date(2005, 3, 1))
    regime = regime_for(name, dates)
    try:
        p = regime.previous_reception(at)
    except rr.NoReceptionError:
        assert name == "mediation-centre-mayor"
        assert all(datetime.combine(d, rr.MORNING.start, TZ) >= at for d in dates)
        return
    assert p.start < at
    assert regime.reception_on(p.day) == p
    started = [x for x in regime.receptions(p.day, at.date()) if x.start < at]
    assert started[-1] == p
