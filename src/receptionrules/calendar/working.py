"""The working-day calendar itself: :class:`WorkingCalendar` (CAL-1, CAL-2, CAL-3).

A *working day* (CAL-1) is a Monday–Friday that is not a statutory holiday or a
substituted day off (调休), plus any weekend day the State Council declared a
make-up working day (调休上班). The calendar layers its sources (the ``holidays``
package, the user's year schedules, the user's single days) and knows the last
year whose *official* schedule it holds (CAL-2): every answer about a later year is
*provisional*, and a strict calendar raises :class:`ProvisionalDateError` instead.

Lookups are O(1) once a year has been used: each year is built once per calendar
(:func:`~receptionrules.calendar.year.build_year`) and cached.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, timedelta

from receptionrules.calendar.days import CalendarDay
from receptionrules.calendar.describe import describe_day
from receptionrules.calendar.schedule import DayOverride, YearSchedule
from receptionrules.calendar.source import holidays_source
from receptionrules.calendar.year import CalendarYear, build_year
from receptionrules.errors import CalendarRangeError, ProvisionalDateError
from receptionrules.timeutil import Weekday

__all__ = ["WorkingCalendar", "default_calendar"]

_DAY = timedelta(days=1)


class WorkingCalendar:
    """The working-day calendar: statutory holidays, substituted days off and make-up days.

    Immutable: :meth:`with_schedule`, :meth:`with_override` and :meth:`with_strict`
    return new calendars. Equal configurations compare equal.

    Args:
        schedules: official years the ``holidays`` package does not hold yet, or
            corrections to years it holds; a year given here replaces the package's
            data for that year and becomes official (CAL-2).
        overrides: single days, applied last (CAL-1, CAL-3).
        strict: raise :class:`ProvisionalDateError` for a provisional day instead of
            answering with ``provisional=True`` (CAL-2).

    Raises:
        CalendarRangeError: for a day outside :attr:`first_year`..:attr:`last_year`.

    >>> from datetime import date
    >>> WorkingCalendar().last_official_year >= 2026
    True
    >>> WorkingCalendar().next_working_day(date(2026, 10, 1))
    datetime.date(2026, 10, 8)
    """

    __slots__ = ("_cache", "_last_official", "_overrides", "_schedules", "_strict")

    def __init__(
        self,
        *,
        schedules: Iterable[YearSchedule] = (),
        overrides: Iterable[DayOverride] = (),
        strict: bool = False,
    ) -> None:
        by_year: dict[int, YearSchedule] = {}
        for s in schedules:
            by_year[s.year] = s
        self._schedules: Mapping[int, YearSchedule] = dict(sorted(by_year.items()))
        by_day: dict[date, DayOverride] = {}
        for o in overrides:
            by_day[o.day] = o
        self._overrides: Mapping[date, DayOverride] = dict(sorted(by_day.items()))
        self._strict = strict
        self._cache: dict[int, CalendarYear] = {}
        self._last_official = max(holidays_source().official_years | frozenset(self._schedules))

    # -- configuration -----------------------------------------------------

    @property
    def schedules(self) -> tuple[YearSchedule, ...]:
        """The user-supplied year schedules, by year."""
        return tuple(self._schedules.values())

    @property
    def overrides(self) -> tuple[DayOverride, ...]:
        """The user's single-day overrides, by day."""
        return tuple(self._overrides.values())

    @property
    def strict(self) -> bool:
        """Whether a provisional day raises instead of answering (CAL-2)."""
        return self._strict

    def with_schedule(self, *schedules: YearSchedule) -> WorkingCalendar:
        """A calendar that also holds these official years (CAL-2)."""
        return WorkingCalendar(
            schedules=(*self._schedules.values(), *schedules),
            overrides=self._overrides.values(),
            strict=self._strict,
        )

    def with_override(
        self,
        day: date,
        *,
        working: bool,
        reason: str = "",
        as_weekday: Weekday | int | str | None = None,
    ) -> WorkingCalendar:
        """A calendar with one day declared working or not (CAL-1, CAL-3)."""
        override = DayOverride.model_validate(
            {"day": day, "working": working, "reason": reason, "as_weekday": as_weekday}
        )
        return WorkingCalendar(
            schedules=self._schedules.values(),
            overrides=(*self._overrides.values(), override),
            strict=self._strict,
        )

    def with_strict(self, strict: bool = True) -> WorkingCalendar:  # noqa: FBT001, FBT002
        """The same calendar, strict or not (CAL-2)."""
        return WorkingCalendar(
            schedules=self._schedules.values(), overrides=self._overrides.values(), strict=strict
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WorkingCalendar):
            return NotImplemented
        return (self._schedules, self._overrides, self._strict) == (
            other._schedules,
            other._overrides,
            other._strict,
        )

    def __hash__(self) -> int:
        return hash(
            (tuple(self._schedules.values()), tuple(self._overrides.values()), self._strict)
        )

    def __repr__(self) -> str:
        parts = []
        if self._schedules:
            parts.append(f"schedules=<years {', '.join(map(str, self._schedules))}>")
        if self._overrides:
            parts.append(f"overrides=<{len(self._overrides)} days>")
        if self._strict:
            parts.append("strict=True")
        return f"WorkingCalendar({', '.join(parts)})"

    # -- range -------------------------------------------------------------

    @property
    def official_years(self) -> frozenset[int]:
        """Years whose official schedule the calendar holds (CAL-2)."""
        return holidays_source().official_years | frozenset(self._schedules)

    @property
    def last_official_year(self) -> int:
        """The last year whose official schedule the calendar holds; later is provisional.

        Derived from the ``holidays`` package's data and the user's schedules, never fixed.
        """
        return self._last_official

    @property
    def first_year(self) -> int:
        """The first year the calendar answers for."""
        return (
            min(holidays_source().first_year, *self._schedules)
            if self._schedules
            else (holidays_source().first_year)
        )

    @property
    def last_year(self) -> int:
        """The last year the calendar answers for (the end of the lunar-calendar data)."""
        return (
            max(holidays_source().last_year, *self._schedules)
            if self._schedules
            else (holidays_source().last_year)
        )

    # -- lookups -----------------------------------------------------------

    def _year(self, d: date) -> CalendarYear:
        cached = self._cache.get(d.year)
        if cached is not None:
            return cached
        src = holidays_source()
        if d.year not in self._schedules and not src.first_year <= d.year <= src.last_year:
            raise CalendarRangeError(d, self.first_year, self.last_year)
        built = build_year(
            d.year, schedules=self._schedules, overrides=self._overrides, strict=self._strict
        )
        self._cache[d.year] = built
        return built

    def _checked(self, d: date) -> CalendarYear:
        y = self._cache.get(d.year) or self._year(d)
        if y.refuse and d not in y.asserted:
            raise ProvisionalDateError(d, self.last_official_year)
        return y

    def is_working_day(self, d: date) -> bool:
        """Whether ``d`` is a working day (CAL-1). O(1) once its year has been used.

        Raises:
            CalendarRangeError: ``d`` is outside the calendar's years.
            ProvisionalDateError: the calendar is strict and ``d``'s year is provisional.
        """
        # The hot path of every search: one dict lookup and one set lookup.
        y = self._cache.get(d.year) or self._year(d)
        if y.refuse and d not in y.asserted:
            raise ProvisionalDateError(d, self.last_official_year)
        return (d.weekday() < 5) != (d in y.flips)

    def status(self, d: date) -> tuple[bool, bool]:
        """``(working, provisional)`` for ``d`` in one O(1) lookup (CAL-1, CAL-2)."""
        # The hot path of building receptions: _checked, inline.
        y = self._cache.get(d.year) or self._year(d)
        if y.refuse and d not in y.asserted:
            raise ProvisionalDateError(d, self.last_official_year)
        return (d.weekday() < 5) != (d in y.flips), y.provisional and d not in y.asserted

    def is_provisional(self, d: date) -> bool:
        """Whether the answer for ``d`` rests on an estimate, not an official schedule (CAL-2)."""
        y = self._year(d)
        return y.provisional and d not in y.asserted

    def day(self, d: date) -> CalendarDay:
        """Everything the calendar knows about ``d`` (CAL-1, CAL-2): whether it is worked,
        its kind (one of five, :class:`~receptionrules.calendar.days.DayKind`), its own
        name and the holiday it belongs to, in English and Chinese.

        >>> day = WorkingCalendar().day(date(2026, 10, 6))
        >>> day.kind.value, day.holiday_zh, day.name
        ('substituted_day_off', '国庆节', 'Day off (substituted from 2026-09-20)')

        Raises:
            CalendarRangeError: ``d`` is outside the calendar's years.
            ProvisionalDateError: the calendar is strict and ``d``'s year is provisional.
        """
        return describe_day(
            d,
            self._checked(d),
            year_of=self._checked,
            is_working=self.is_working_day,
            overrides=self._overrides,
            schedules=self._schedules,
        )

    def days(self, start: date, end: date) -> Iterator[CalendarDay]:
        """What the calendar knows about each day of ``[start, end]``, in order (CAL-1).

        >>> [d.kind.label_zh for d in WorkingCalendar().days(date(2026, 10, 7), date(2026, 10, 10))]
        ['调休休息日', '工作日', '工作日', '调休上班日']

        Raises (at the call, not when iterating): ValueError: ``end`` is before ``start``.
        """
        if end < start:
            raise ValueError(f"end={end} is before start={start}; give the period in order")
        return (self.day(start + timedelta(days=i)) for i in range((end - start).days + 1))

    def declared_weekdays(self, start: date, end: date) -> dict[date, Weekday]:
        """Make-up days in ``[start, end]`` the user declared worked as a given weekday (CAL-3)."""
        return {
            d: o.as_weekday
            for d, o in self._overrides.items()
            if start <= d <= end and o.as_weekday is not None
        }

    def next_working_day(self, d: date, *, inclusive: bool = True, max_days: int = 366) -> date:
        """The first working day on or after ``d`` (after, if not ``inclusive``).

        Raises:
            CalendarRangeError: no working day within ``max_days`` days, or out of range.
        """
        self._year(d)  # out of range raises here, before d + 1 day could overflow
        probe = d if inclusive else d + _DAY
        for _ in range(max_days + 1):
            if self.is_working_day(probe):
                return probe
            probe += _DAY
        raise CalendarRangeError(probe, self.first_year, self.last_year)

    def previous_working_day(self, d: date, *, inclusive: bool = True, max_days: int = 366) -> date:
        """The last working day on or before ``d`` (before, if not ``inclusive``).

        Raises:
            CalendarRangeError: no working day within ``max_days`` days, or out of range.
        """
        self._year(d)  # out of range raises here, before d - 1 day could overflow
        probe = d if inclusive else d - _DAY
        for _ in range(max_days + 1):
            if self.is_working_day(probe):
                return probe
            probe -= _DAY
        raise CalendarRangeError(probe, self.first_year, self.last_year)

    def working_days(self, start: date, end: date) -> Iterator[date]:
        """The working days in ``[start, end]``, in order (CAL-1)."""
        d = start
        while d <= end:
            if self.is_working_day(d):
                yield d
            d += _DAY

    def add_working_days(self, d: date, n: int) -> date:
        """The ``n``-th working day after ``d`` (``d`` itself not counted); ``n`` >= 0."""
        if n < 0:
            raise ValueError(f"n={n} must be >= 0")
        self._year(d)  # out of range raises here, before d + 1 day could overflow
        probe = d
        while n:
            probe += _DAY
            if self.is_working_day(probe):
                n -= 1
        return probe


@functools.cache
def default_calendar() -> WorkingCalendar:
    """The shared default calendar: the ``holidays`` package's data, not strict."""
    return WorkingCalendar()
