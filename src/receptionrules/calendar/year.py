"""One year of a working-day calendar, built once from its sources (CAL-1, CAL-2, CAL-3).

A year is reduced to the few days whose working status differs from a plain
Monday–Friday week (:attr:`CalendarYear.flips`), so a lookup is a set lookup. The
sources are layered: the ``holidays`` package's data, replaced by the user's
schedule for the year (CAL-2), then the user's single-day overrides (CAL-1, CAL-3).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from receptionrules.calendar.schedule import DayOverride, HolidayPeriod, YearSchedule
from receptionrules.calendar.source import holidays_source
from receptionrules.timeutil import Weekday

__all__ = ["CalendarYear", "build_year"]


@dataclass(frozen=True, slots=True)
class CalendarYear:
    """One built year of a calendar (CAL-1, CAL-2): what its lookups read."""

    flips: frozenset[date]
    """The days whose working status differs from Monday–Friday."""
    names: Mapping[date, str]
    """The English names of the days off and make-up days (or an override's reason)."""
    provisional: bool
    """No official schedule holds the year (CAL-2)."""
    asserted: frozenset[date]
    """The overridden days: declared by the user, so never provisional."""
    as_weekday: Mapping[date, Weekday]
    """Make-up days declared worked as another weekday (CAL-3)."""
    refuse: bool
    """A strict calendar and a provisional year: lookups raise (CAL-2)."""
    statutory: frozenset[date] = frozenset()
    """The statutory holidays (法定节假日) among the days off (CAL-1)."""
    periods: Mapping[date, HolidayPeriod] = field(default_factory=dict)
    """The user's holiday period of each day a user schedule names (CAL-2)."""


def build_year(
    year: int,
    *,
    schedules: Mapping[int, YearSchedule],
    overrides: Mapping[date, DayOverride],
    strict: bool,
) -> CalendarYear:
    """Build ``year`` from the package's data, the user's ``schedules`` (by year) and
    ``overrides`` (by day) (CAL-1, CAL-2, CAL-3).

    The caller checks the range: ``year`` is in ``schedules`` or in the package's years.
    """
    src = holidays_source()
    schedule = schedules.get(year)
    names: dict[date, str] = {}
    off: set[date] = set()
    work: set[date] = set()
    statutory: set[date] = set()
    periods: dict[date, HolidayPeriod] = {}
    if schedule is not None:
        names.update((d, n) for d, n in schedule.days_off().items() if d.year == year)
        off.update(names)
        make_up = {d: n for d, n in schedule.make_up_workdays().items() if d.year == year}
        work.update(make_up)
        names.update((d, f"make-up working day for {n}") for d, n in make_up.items())
        _periods(schedule, year, periods, statutory)
    else:
        data = src.year(year)
        names.update(data.days_off)
        off.update(data.days_off)
        statutory.update(data.statutory)
        for d in data.make_up:
            # A cross-year make-up day belongs to the next year's notice; a user
            # schedule for that year replaces the package's version of it.
            if src.cross_year.get(d) not in schedules:
                work.add(d)
                names[d] = "make-up working day"
    # Cross-year days a user schedule for the next year declares in this year.
    following = schedules.get(year + 1)
    if following is not None:
        for d, n in following.days_off().items():
            if d.year == year:
                off.add(d)
                work.discard(d)
                names[d] = n
        for d, n in following.make_up_workdays().items():
            if d.year == year:
                work.add(d)
                off.discard(d)
                statutory.discard(d)
                names[d] = f"make-up working day for {n}"
        _periods(following, year, periods, statutory)
    working = {d for d in work if d.weekday() >= 5}
    flips = {d for d in off if d.weekday() < 5} | working
    as_weekday: dict[date, Weekday] = {}
    asserted: set[date] = set()
    for d, o in overrides.items():
        if d.year != year:
            continue
        asserted.add(d)
        default_working = d.weekday() < 5
        if o.working == default_working:
            flips.discard(d)
        else:
            flips.add(d)
        if o.reason:
            names[d] = o.reason
        elif o.working and d in names and d in off:
            del names[d]
        if o.as_weekday is not None:
            as_weekday[d] = o.as_weekday
    provisional = year not in src.official_years and year not in schedules
    return CalendarYear(
        flips=frozenset(flips),
        names=names,
        provisional=provisional,
        asserted=frozenset(asserted),
        as_weekday=as_weekday,
        refuse=provisional and strict,
        statutory=frozenset(statutory & off),
        periods=periods,
    )


def _periods(
    schedule: YearSchedule, year: int, periods: dict[date, HolidayPeriod], statutory: set[date]
) -> None:
    """Record the days of ``year`` that ``schedule`` names, and its statutory holidays
    (CAL-1): those a period lists, or else the days the national regulations fix, as the
    ``holidays`` package computes them, that fall among the period's days off."""
    src = holidays_source()
    for period in schedule.holidays:
        for d in (*period.days_off, *period.make_up_workdays):
            if d.year == year:
                periods[d] = period
        if period.statutory is not None:
            fixed: set[date] = set(period.statutory)
        elif src.first_year <= year <= src.last_year:
            fixed = set(src.year(year).statutory)
        else:
            fixed = set()
        statutory.update(d for d in period.days_off if d.year == year and d in fixed)
