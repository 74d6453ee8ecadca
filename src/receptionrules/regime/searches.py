"""The bounded searches of a regime: next, previous, in a range, on a day, open now.

Every search is bounded (a rule that never yields a reception raises
:class:`~receptionrules.errors.NoReceptionError`, it never loops): ahead by
``search_days`` for a rule that goes on forever, to the last announced date for
announced dates (MC-1). The months a rule leaves empty are a search too (MC-1,
AK-R-4.2). Answers come by bisection from the regime's receptions of each year
(:mod:`~receptionrules.regime.index`, built once), or, where a year cannot be built
whole or the answer could depend on where a walk begins, from
:func:`~receptionrules.regime.building.iter_receptions` day by day; both on the
working-day calendar (CAL-1), both saying when they are provisional (CAL-2), with the
same answers and the same errors.

:class:`~receptionrules.regime.Regime` documents each search as its method.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from itertools import chain

from receptionrules.errors import BoundsError, CalendarRangeError, NoReceptionError
from receptionrules.reception import Reception
from receptionrules.regime.base import RegimeBase, reception_cache
from receptionrules.regime.building import iter_receptions
from receptionrules.regime.cache import YearIndex
from receptionrules.regime.index import horizon_days, promote, year_index
from receptionrules.timeutil import to_local

__all__ = [
    "indexed_next",
    "indexed_on",
    "indexed_previous",
    "indexed_range",
    "is_open",
    "moment_in_calendar",
    "months_without_reception",
    "next_reception",
    "previous_reception",
    "reception_on",
    "receptions",
    "scan_next",
    "scan_previous",
]

_DAY = timedelta(days=1)


def _as_day(value: object, parameter: str) -> date:
    if isinstance(value, datetime):
        raise TypeError(
            f"{parameter}={value!r} is a datetime; pass a date (both ends of the range are "
            "whole days, inclusive)"
        )
    if not isinstance(value, date):
        raise TypeError(f"{parameter} must be a date, not {type(value).__name__}")
    return value


def _inside(regime: RegimeBase, day: date, parameter: str) -> date:
    """``day`` itself if the calendar's years hold it (CAL-1), else CalendarRangeError."""
    cal = regime.calendar
    if not cal.first_year <= day.year <= cal.last_year:
        raise CalendarRangeError(day, cal.first_year, cal.last_year, parameter=parameter)
    return day


def moment_in_calendar(regime: RegimeBase, at: date | datetime) -> datetime:
    """``at`` in Asia/Shanghai, on a day of the calendar's years (CAL-1).

    Raises:
        NaiveDatetimeError: ``at`` is naive.
        CalendarRangeError: ``at`` is outside the calendar's years (at the ends of
            ``datetime`` too, where converting it would overflow).
    """
    try:
        moment = to_local(at)
    except BoundsError:
        assert isinstance(at, datetime)  # only a moment at the ends of ``datetime`` overflows
        cal = regime.calendar
        raise CalendarRangeError(at.date(), cal.first_year, cal.last_year, parameter="at") from None
    _inside(regime, moment.date(), "at")
    return moment


def next_reception(regime: RegimeBase, at: date | datetime) -> Reception:
    """The earliest reception of ``regime`` whose end is later than ``at`` (see
    :meth:`Regime.next_reception <receptionrules.regime.Regime.next_reception>`)."""
    moment = moment_in_calendar(regime, at)
    found = indexed_next(regime, moment)
    return found if found is not None else scan_next(regime, moment)


def _year(regime: RegimeBase, year: int) -> YearIndex | None:
    return year_index(regime, reception_cache(regime), year)


def _carried(regime: RegimeBase, first_year: int, last_year: int) -> bool:
    """Whether a provisional rule day skipped in ``first_year``..``last_year`` could carry
    over to a later year's first reception (CAL-2); True when a year is not built."""
    for y in range(first_year, last_year + 1):
        data = _year(regime, y)
        if data is None or data.trailing:
            return True
    return False


def indexed_next(regime: RegimeBase, moment: datetime) -> Reception | None:
    """:func:`next_reception` at ``moment`` (inside the calendar) from the per-year index,
    or None where only the day-by-day search gives the answer (or the error)."""
    d0 = moment.date()
    cache = reception_cache(regime)
    if d0.year not in cache.hot:
        promote(regime, cache, d0.year)  # the next query from this year takes the hot path
    horizon = horizon_days(regime)
    last_year = regime.calendar.last_year
    y = d0.year
    while y <= last_year:
        data = _year(regime, y)
        if data is None:
            return None
        k = bisect_right(data.ends, moment)
        if k < len(data.receptions):
            r = data.receptions[k]
            if (r.day - d0).days >= horizon or k in data.flagged:
                return None
            if y > d0.year and not r.provisional and _carried(regime, d0.year, y - 1):
                return None
            return r
        y += 1
        if (date(y, 1, 1) - d0).days >= horizon:
            return None
    return None


def scan_next(regime: RegimeBase, moment: datetime) -> Reception:
    """:func:`next_reception` at ``moment``, day by day from the rule's days."""
    d0 = moment.date()
    first = regime.holiday_policy.earliest_source(d0, regime.calendar)
    # A rule with a last day (announced dates) is finite: search to its end.
    # Any other rule is searched for search_days, then it is declared barren.
    final = regime.rule.last_date()
    if not regime.rule.finite:
        last = d0 + timedelta(days=regime.search_days)
    elif final is not None:
        last = regime.holiday_policy.latest_source(final, regime.calendar)
    else:
        last = first - _DAY  # nothing announced: nothing to search
    for reception in iter_receptions(regime, first, last):
        if reception.end > moment:
            return reception
    if not regime.rule.finite:
        raise NoReceptionError(
            f"{regime.name}: no reception within {regime.search_days} days after "
            f"{d0.isoformat()} (rule: {regime.rule.describe()}; "
            f"{regime.holiday_policy.describe()}); the rule may never fall on a working "
            "day: check it, or raise search_days",
            regime=regime.name,
            after=d0,
        )
    raise NoReceptionError(
        f"{regime.name}: no announced reception after {moment.isoformat(timespec='minutes')}; "
        + (
            f"the last announced date is {final.isoformat()}. "
            if final
            else "no date is announced. "
        )
        + "Add the announced dates with Regime.with_announced_dates(...) (MC-1)",
        regime=regime.name,
        after=d0,
    )


def previous_reception(regime: RegimeBase, at: date | datetime) -> Reception:
    """The latest reception of ``regime`` that started before ``at`` (see
    :meth:`Regime.previous_reception <receptionrules.regime.Regime.previous_reception>`)."""
    moment = moment_in_calendar(regime, at)
    found = indexed_previous(regime, moment)
    return found if found is not None else scan_previous(regime, moment)


def indexed_previous(regime: RegimeBase, moment: datetime) -> Reception | None:
    """:func:`previous_reception` at ``moment`` (inside the calendar) from the per-year
    index, or None where only the day-by-day search gives the answer (or the error)."""
    d0 = moment.date()
    first_year = regime.calendar.first_year
    reach = 1 << 30 if regime.rule.finite else max(45, regime.search_days) - 1
    y = d0.year
    while y >= first_year:
        data = _year(regime, y)
        if data is None:
            return None
        k = bisect_left(data.starts, moment) - 1
        if k >= 0:
            r = data.receptions[k]
            if (d0 - r.day).days >= reach or k in data.flagged:
                return None
            if regime.rule.finite and r.day < (regime.rule.first_date() or d0):
                # Announced dates are searched from the first one (MC-1): a reception moved
                # before it is not found, day by day either.
                return None
            if k == 0 and not r.provisional and y > first_year:
                earliest = first_year if reach > 36_600 else (d0 - timedelta(days=reach)).year
                if _carried(regime, max(first_year, earliest), y - 1):
                    return None
            return r
        y -= 1
        if (d0 - date(y, 12, 31)).days >= reach:
            return None
    return None


def scan_previous(regime: RegimeBase, moment: datetime) -> Reception:
    """:func:`previous_reception` at ``moment``, day by day from the rule's days."""
    d0 = moment.date()
    floor = date(regime.calendar.first_year, 1, 1)
    if regime.rule.finite:
        # A finite rule is searched whole, back to its first day.
        first = regime.rule.first_date()
        found = (
            [r for r in receptions(regime, max(first, floor), d0) if r.start < moment]
            if first is not None and first <= d0
            else []
        )
        if found:
            return found[-1]
        raise NoReceptionError(
            f"{regime.name}: no announced reception before {moment.isoformat(timespec='minutes')}",
            regime=regime.name,
        )
    span = 45
    searched_to = d0
    while True:
        start = max(d0 - timedelta(days=span), floor)
        found = [r for r in receptions(regime, start, searched_to) if r.start < moment]
        if found:
            return found[-1]
        searched_to = start - _DAY
        if span >= regime.search_days or start <= floor:
            break
        span = min(span * 3, regime.search_days)
    raise NoReceptionError(
        f"{regime.name}: no reception within {(d0 - start).days} days before "
        f"{moment.isoformat(timespec='minutes')}",
        regime=regime.name,
    )


def receptions(regime: RegimeBase, start: date, end: date) -> Iterator[Reception]:
    """The receptions of ``regime`` whose day is in ``[start, end]``, in order; the
    arguments are checked at the call (see
    :meth:`Regime.receptions <receptionrules.regime.Regime.receptions>`)."""
    start = _inside(regime, _as_day(start, "start"), "start")
    end = _inside(regime, _as_day(end, "end"), "end")
    if end < start:
        raise ValueError(
            f"end={end.isoformat()} is before start={start.isoformat()}; give the range in order"
        )
    listed = indexed_range(regime, start, end)
    if listed is not None:
        return listed
    first = regime.holiday_policy.earliest_source(start, regime.calendar)
    last = regime.holiday_policy.latest_source(end, regime.calendar)
    return _in_range(regime, first, last, start, end)


def indexed_range(regime: RegimeBase, start: date, end: date) -> Iterator[Reception] | None:
    """The receptions in ``[start, end]`` (checked, inside the calendar) from the per-year
    index, or None where only the day-by-day listing gives them (or its error)."""
    parts: list[tuple[Reception, ...]] = []
    carry = False  # a provisional rule day skipped since the last reception listed (CAL-2)
    for y in range(start.year, end.year + 1):
        data = _year(regime, y)
        if data is None:
            return None
        lo = bisect_left(data.days, start) if y == start.year else 0
        hi = bisect_right(data.days, end) if y == end.year else len(data.days)
        if hi > lo:
            if y == start.year and lo in data.flagged:
                return None  # its provisional flag depends on where the walk begins
            if carry and not data.receptions[lo].provisional:
                return None  # a day skipped in an earlier year would make it provisional
            parts.append(data.receptions if hi - lo == len(data.days) else data.receptions[lo:hi])
            carry = data.trailing
        else:
            carry = carry or data.trailing
    return iter(parts[0]) if len(parts) == 1 else chain.from_iterable(parts)


def _in_range(
    regime: RegimeBase, first: date, last: date, start: date, end: date
) -> Iterator[Reception]:
    for reception in iter_receptions(regime, first, last):
        if reception.day > end:
            return
        if reception.day >= start:
            yield reception


def reception_on(regime: RegimeBase, day: date) -> Reception | None:
    """The reception of ``regime`` held on ``day``, or None."""
    return next(iter(receptions(regime, day, day)), None)


def indexed_on(regime: RegimeBase, day: date) -> tuple[Reception | None, bool]:
    """``(the reception on day, True)`` from the per-year index, or ``(None, False)``
    when the year is not indexed. The reception's provisional flag may differ from
    :func:`reception_on`'s when a skipped day came before it: for whether it is held."""
    data = _year(regime, day.year)
    if data is None:
        return None, False
    k = bisect_left(data.days, day)
    if k < len(data.days) and data.days[k] == day:
        return data.receptions[k], True
    return None, True


def is_open(regime: RegimeBase, at: datetime) -> bool:
    """Whether a reception of ``regime`` is in progress at the aware moment ``at`` (see
    :meth:`Regime.is_open <receptionrules.regime.Regime.is_open>`)."""
    if not isinstance(at, datetime):
        raise TypeError(f"at={at!r} is a date; is_open needs a moment (an aware datetime)")
    moment = moment_in_calendar(regime, at)
    reception, indexed = indexed_on(regime, moment.date())
    if not indexed:
        reception = reception_on(regime, moment.date())
    return reception is not None and reception.contains(moment)


def months_without_reception(
    regime: RegimeBase, start: date, end: date
) -> tuple[tuple[int, int], ...]:
    """The months from ``start``'s to ``end``'s with no reception of ``regime`` (MC-1 gap,
    AK-R-4.2); a reception counts for the month it is held in."""
    start = _inside(regime, _as_day(start, "start"), "start")
    end = _inside(regime, _as_day(end, "end"), "end")
    first = start.replace(day=1)
    last = (end.replace(day=28) + timedelta(days=4)).replace(day=1) - _DAY
    held = {(r.day.year, r.day.month) for r in receptions(regime, first, last)}
    months = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        if (y, m) not in held:
            months.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return tuple(months)
