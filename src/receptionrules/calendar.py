"""The Chinese working-day calendar (CAL-1, CAL-2, CAL-3).

A *working day* (CAL-1) is a Monday–Friday that is not a statutory holiday or a
substituted day off (调休), plus any weekend day the State Council declared a
make-up working day (调休上班). The data come from the ``holidays`` package's
China calendar; a user can add a year the package does not know yet as plain
data (:class:`YearSchedule`, loadable from JSON) and override any single day
(:class:`DayOverride`).

The calendar knows the last year whose *official* schedule it holds (CAL-2):
the last year of the ``holidays`` package's transcribed State Council notices,
or a later year the user added. Every answer about a later year is
*provisional*; a strict calendar raises :class:`ProvisionalDateError` instead.

Lookups are O(1) once a year has been used: each year is built once per
calendar into a small set of the days whose status differs from the plain
Monday–Friday week, and the ``holidays`` object behind it is built once per
year per process.

>>> from datetime import date
>>> cal = WorkingCalendar()
>>> cal.is_working_day(date(2026, 5, 5))   # Tuesday, a substituted day off
False
>>> cal.is_working_day(date(2026, 2, 14))  # Saturday, a make-up working day
True
>>> cal.day(date(2027, 3, 2)).provisional
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Annotated, Any, Literal

from holidays.countries.china import China as _China
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    TypeAdapter,
    model_validator,
)

from receptionrules.errors import CalendarRangeError, ProvisionalDateError
from receptionrules.timeutil import Weekday

__all__ = [
    "CalendarDay",
    "DayKind",
    "DayOverride",
    "HolidayPeriod",
    "WorkingCalendar",
    "YearSchedule",
    "default_calendar",
    "load_schedules",
]

DayKind = Literal["workday", "weekend", "day_off", "make_up_workday"]
"""What kind of day a date is (CAL-1): an ordinary workday, an ordinary weekend day,
a statutory holiday or substituted day off, or a weekend make-up working day."""

_DAY = timedelta(days=1)
_RANGE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*(?:/|\.\.)\s*(\d{4}-\d{2}-\d{2})\s*$")


# ---------------------------------------------------------------------------
# The data a user supplies (CAL-2)


def _expand_days(value: Any) -> Any:
    """Accept a date, an ISO date string, an inclusive range ``"A/B"`` (or ``"A..B"``),
    or a list of those; return a flat list for pydantic to validate as dates."""
    items = value if isinstance(value, list | tuple) else [value]
    out: list[Any] = []
    for item in items:
        if isinstance(item, str) and (m := _RANGE.match(item)):
            first, last = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
            if last < first:
                raise ValueError(f"range {item!r} ends before it starts")
            if (last - first).days > 60:
                raise ValueError(f"range {item!r} is longer than 60 days; no holiday is")
            out.extend(first + timedelta(days=i) for i in range((last - first).days + 1))
        else:
            out.append(item)
    return out


Days = Annotated[tuple[date, ...], BeforeValidator(_expand_days)]


class HolidayPeriod(BaseModel):
    """One holiday of a State Council notice: its days off and the make-up working days.

    ``days_off`` takes dates and inclusive ranges written ``"2027-02-06/2027-02-13"``.

    >>> p = HolidayPeriod(name="劳动节", days_off="2026-05-01/2026-05-05",
    ...                   make_up_workdays=["2026-05-09"])
    >>> len(p.days_off), p.make_up_workdays
    (5, (datetime.date(2026, 5, 9),))
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    days_off: Days = Field(min_length=1)
    make_up_workdays: Days = ()


class YearSchedule(BaseModel):
    """A year's official holiday schedule, as announced by the State Council (CAL-2).

    Adding one to a calendar makes that year official: its results stop being
    provisional. The days belong to ``year``, or to the December before it (a New
    Year break or its make-up day can start in the old year).

    >>> s = YearSchedule.model_validate({
    ...     "year": 2027, "source": "example",
    ...     "holidays": [{"name": "元旦", "days_off": "2027-01-01/2027-01-03"}]})
    >>> s.year, len(s.days_off())
    (2027, 3)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int = Field(ge=1950, le=2200)
    source: str = ""
    holidays: tuple[HolidayPeriod, ...]

    @model_validator(mode="after")
    def _check(self) -> YearSchedule:
        first, last = date(self.year - 1, 12, 1), date(self.year, 12, 31)
        seen_off: dict[date, str] = {}
        seen_work: dict[date, str] = {}
        for period in self.holidays:
            for d in (*period.days_off, *period.make_up_workdays):
                if not first <= d <= last:
                    raise ValueError(
                        f"holidays[{period.name}]: {d.isoformat()} is not in {self.year} "
                        f"(or the December before it); a schedule holds one year (CAL-2)"
                    )
            for d in period.days_off:
                if d in seen_off:
                    raise ValueError(
                        f"holidays[{period.name}].days_off: {d.isoformat()} is listed twice "
                        f"(also under {seen_off[d]})"
                    )
                seen_off[d] = period.name
            for d in period.make_up_workdays:
                if d.weekday() < 5:
                    raise ValueError(
                        f"holidays[{period.name}].make_up_workdays: {d.isoformat()} is a "
                        f"{Weekday(d.weekday()).label}; a make-up working day is a Saturday "
                        "or Sunday (CAL-1)"
                    )
                if d in seen_work:
                    raise ValueError(
                        f"holidays[{period.name}].make_up_workdays: {d.isoformat()} is listed twice"
                    )
                seen_work[d] = period.name
        both = sorted(set(seen_off) & set(seen_work))
        if both:
            raise ValueError(
                f"{both[0].isoformat()} is both a day off and a make-up working day (CAL-1)"
            )
        return self

    def days_off(self) -> dict[date, str]:
        """Every day off of the schedule, with the holiday's name."""
        return {d: p.name for p in self.holidays for d in p.days_off}

    def make_up_workdays(self) -> dict[date, str]:
        """Every make-up working day of the schedule, with the holiday it makes up for."""
        return {d: p.name for p in self.holidays for d in p.make_up_workdays}


_SCHEDULES = TypeAdapter(YearSchedule | list[YearSchedule])


def load_schedules(data: str | bytes | Mapping[str, Any] | list[Any]) -> tuple[YearSchedule, ...]:
    """Read one year's schedule, or a list of them, from JSON text or parsed JSON (CAL-2).

    The library does no I/O: read the file yourself and pass its text.

    >>> load_schedules('{"year": 2027, "holidays": '
    ...                '[{"name": "元旦", "days_off": ["2027-01-01"]}]}')[0].year
    2027
    """
    value = (
        _SCHEDULES.validate_json(data)
        if isinstance(data, str | bytes)
        else _SCHEDULES.validate_python(data)
    )
    result = tuple(value) if isinstance(value, list) else (value,)
    years = [s.year for s in result]
    if len(set(years)) != len(years):
        dup = next(y for y in years if years.count(y) > 1)
        raise ValueError(f"year {dup} has two schedules; give each year once")
    return result


class DayOverride(BaseModel):
    """A single day declared by the user, overriding every other source (CAL-1, CAL-3).

    ``as_weekday`` declares which weekday a make-up working day is worked as, so a
    weekly reception on that weekday is held on it too (CAL-3: without this, a
    make-up Saturday creates no Monday reception).

    >>> from datetime import date
    >>> DayOverride(day=date(2026, 2, 28), working=True, as_weekday="monday").as_weekday
    <Weekday.MONDAY: 0>
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    day: date
    working: bool
    reason: str = ""
    as_weekday: Weekday | None = None

    @model_validator(mode="after")
    def _check(self) -> DayOverride:
        if self.as_weekday is not None and not self.working:
            raise ValueError(
                f"as_weekday: {self.day.isoformat()} is declared not working, so it cannot be "
                "worked as another weekday (CAL-3)"
            )
        return self


@dataclass(frozen=True, slots=True)
class CalendarDay:
    """What the calendar knows about one day (CAL-1, CAL-2)."""

    day: date
    working: bool
    kind: DayKind
    provisional: bool
    name: str | None = None
    """The holiday's name for a day off or make-up day, else None."""
    as_weekday: Weekday | None = None
    name_zh: str | None = None
    """The name in Chinese, where the source has one."""


# ---------------------------------------------------------------------------
# The holidays package as the default source


@dataclass(frozen=True, slots=True)
class _SourceYear:
    days_off: Mapping[date, str]
    make_up: frozenset[date]


class _HolidaysSource:
    """The ``holidays`` package's China calendar, built once per year per process."""

    def __init__(self) -> None:
        probe = _China(years=[], language="en_US")  # type: ignore[no-untyped-call]
        notices: dict[int, Any] = dict(probe.special_public_holidays)
        # The years the package transcribed from State Council notices; later years
        # are the package's own estimate.
        self.official_years = frozenset(notices)
        self.first_year = min(self.official_years)
        self.last_year = int(probe.end_year)
        # A make-up day in one year that a later year's notice declared (e.g. Sat
        # 2005-12-31, worked for New Year 2006): the notice's year, by day.
        self.cross_year: dict[date, int] = {}
        for year, entries in notices.items():
            for entry in entries if isinstance(entries[0], tuple) else (entries,):
                if len(entry) == 5:
                    self.cross_year[date(entry[4], entry[2], entry[3])] = year

    @functools.cache  # noqa: B019 - one process-wide instance
    def names_zh(self, year: int) -> Mapping[date, str]:
        """The Chinese names of the year's days off (built only when a text needs them)."""
        h = _China(years=year, language="zh_CN")  # type: ignore[no-untyped-call]
        return {d: str(n) for d, n in h.items() if d.year == year}

    @functools.cache  # noqa: B019 - one process-wide instance
    def year(self, year: int) -> _SourceYear:
        h = _China(years=year, language="en_US")  # type: ignore[no-untyped-call]
        days_off = {d: str(n) for d, n in h.items() if d.year == year}
        make_up = frozenset(d for d in h.weekend_workdays if d.year == year)
        return _SourceYear(days_off=days_off, make_up=make_up)


@functools.cache
def _source() -> _HolidaysSource:
    return _HolidaysSource()


# ---------------------------------------------------------------------------
# The calendar


@dataclass(frozen=True, slots=True)
class _Year:
    flips: frozenset[date]  # days whose working status differs from Monday–Friday
    names: Mapping[date, str]
    provisional: bool
    asserted: frozenset[date]  # overridden days: never provisional
    as_weekday: Mapping[date, Weekday]
    refuse: bool  # strict calendar, provisional year: lookups raise


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
        self._cache: dict[int, _Year] = {}
        self._last_official = max(_source().official_years | frozenset(self._schedules))

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
        return _source().official_years | frozenset(self._schedules)

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
            min(_source().first_year, *self._schedules)
            if self._schedules
            else (_source().first_year)
        )

    @property
    def last_year(self) -> int:
        """The last year the calendar answers for (the end of the lunar-calendar data)."""
        return (
            max(_source().last_year, *self._schedules) if self._schedules else (_source().last_year)
        )

    # -- lookups -----------------------------------------------------------

    def _year(self, d: date) -> _Year:
        cached = self._cache.get(d.year)
        if cached is not None:
            return cached
        built = self._build(d)
        self._cache[d.year] = built
        return built

    def _build(self, asked: date) -> _Year:
        year = asked.year
        src = _source()
        schedule = self._schedules.get(year)
        has_package_data = src.first_year <= year <= src.last_year
        if schedule is None and not has_package_data:
            raise CalendarRangeError(asked, self.first_year, self.last_year)
        names: dict[date, str] = {}
        off: set[date] = set()
        work: set[date] = set()
        if schedule is not None:
            names.update((d, n) for d, n in schedule.days_off().items() if d.year == year)
            off.update(names)
            make_up = {d: n for d, n in schedule.make_up_workdays().items() if d.year == year}
            work.update(make_up)
            names.update((d, f"make-up working day for {n}") for d, n in make_up.items())
        else:
            data = src.year(year)
            names.update(data.days_off)
            off.update(data.days_off)
            for d in data.make_up:
                # A cross-year make-up day belongs to the next year's notice; a user
                # schedule for that year replaces the package's version of it.
                if src.cross_year.get(d) not in self._schedules:
                    work.add(d)
                    names[d] = "make-up working day"
        # Cross-year days a user schedule for the next year declares in this year.
        following = self._schedules.get(year + 1)
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
                    names[d] = f"make-up working day for {n}"
        working = {d for d in work if d.weekday() >= 5}
        flips = {d for d in off if d.weekday() < 5} | working
        as_weekday: dict[date, Weekday] = {}
        asserted: set[date] = set()
        for d, o in self._overrides.items():
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
        provisional = year not in src.official_years and year not in self._schedules
        return _Year(
            flips=frozenset(flips),
            names=names,
            provisional=provisional,
            asserted=frozenset(asserted),
            as_weekday=as_weekday,
            refuse=provisional and self._strict,
        )

    def _checked(self, d: date) -> _Year:
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
        y = self._checked(d)
        return (d.weekday() < 5) != (d in y.flips), y.provisional and d not in y.asserted

    def is_provisional(self, d: date) -> bool:
        """Whether the answer for ``d`` rests on an estimate, not an official schedule (CAL-2)."""
        y = self._year(d)
        return y.provisional and d not in y.asserted

    def day(self, d: date) -> CalendarDay:
        """Everything the calendar knows about ``d`` (CAL-1, CAL-2)."""
        y = self._checked(d)
        flipped = d in y.flips
        weekday = d.weekday() < 5
        working = weekday != flipped
        if weekday:
            kind: DayKind = "workday" if working else "day_off"
        else:
            kind = (
                "make_up_workday"
                if working
                else ("day_off" if d in y.names and d not in y.asserted else "weekend")
            )
        return CalendarDay(
            day=d,
            working=working,
            kind=kind,
            provisional=y.provisional and d not in y.asserted,
            name=y.names.get(d),
            as_weekday=y.as_weekday.get(d),
            name_zh=self._name_zh(d, y, kind),
        )

    def _name_zh(self, d: date, y: _Year, kind: DayKind) -> str | None:
        if d not in y.names:
            return None
        override = self._overrides.get(d)
        if override is not None and override.reason:
            return override.reason
        schedule = self._schedules.get(d.year) or self._schedules.get(d.year + 1)
        if schedule is not None:
            name = schedule.days_off().get(d) or schedule.make_up_workdays().get(d)
            if name is not None:
                return f"{name}调休上班" if kind == "make_up_workday" else name
        if kind == "make_up_workday":
            return "调休上班日"
        src = _source()
        if src.first_year <= d.year <= src.last_year:
            return src.names_zh(d.year).get(d)
        return None

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
