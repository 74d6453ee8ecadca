"""Date rules: which days a regime's rule names, before the holiday policy applies.

Each rule is a small frozen value. ``nominal_dates(start, until, calendar)`` yields
the days the rule names in ``[start, until]`` in order; the search is always
bounded by ``until``, so a rule that never occurs yields nothing rather than
looping.

>>> from datetime import date
>>> from receptionrules.calendar import default_calendar
>>> rule = NthWeekdayOfMonth(weekday="tuesday", n=1)
>>> list(rule.nominal_dates(date(2026, 11, 1), date(2026, 12, 31), default_calendar()))
[datetime.date(2026, 11, 3), datetime.date(2026, 12, 1)]
>>> full = NthWeekdayOfMonth(weekday="tuesday", n=1, week="first_full_week")
>>> list(full.nominal_dates(date(2026, 12, 1), date(2026, 12, 31), default_calendar()))
[datetime.date(2026, 12, 8)]
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from receptionrules.bounds import Day, ShortText, Tagged
from receptionrules.calendar import WorkingCalendar
from receptionrules.timeutil import Weekday

__all__ = [
    "AnnouncedDates",
    "DateRule",
    "DayPeriod",
    "EveryDay",
    "EveryWorkingDay",
    "NthWeekdayOfMonth",
    "WeekReading",
    "Weekly",
]

_DAY = timedelta(days=1)
_WEEK = timedelta(days=7)

WeekReading = Literal["first_occurrence", "first_full_week"]
"""How to read "the n-th week's weekday" (AK-R-4.2): the n-th occurrence of the weekday
in the month, or the weekday of the n-th full Monday–Sunday week of the month."""


class _Rule(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    finite: ClassVar[bool] = False
    """Whether the rule names a fixed, finite set of days (then see :meth:`last_date`)."""

    def nominal_dates(self, start: date, until: date, calendar: WorkingCalendar) -> Iterator[date]:
        """The days the rule names in ``[start, until]``, ascending."""
        raise NotImplementedError  # pragma: no cover

    def last_date(self) -> date | None:
        """The last day a finite rule names (None if it names none); None for the others."""
        return None

    def first_date(self) -> date | None:
        """The first day a finite rule names (None if it names none); None for the others."""
        return None

    def describe(self) -> str:
        """A short English description."""
        raise NotImplementedError  # pragma: no cover


class DayPeriod(BaseModel):
    """A span of days of the month a reception belongs in, such as 上旬 (days 1–10).

    Used only to remark on a reception the holiday policy moved out of it (AK-R-4.2).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    first_day: int = Field(ge=1, le=31)
    last_day: int = Field(ge=1, le=31)
    label: ShortText = ""

    @model_validator(mode="after")
    def _check(self) -> DayPeriod:
        if self.last_day < self.first_day:
            raise ValueError(f"last_day={self.last_day} is before first_day={self.first_day}")
        return self

    def contains(self, d: date) -> bool:
        """Whether ``d``'s day of the month lies in the period."""
        return self.first_day <= d.day <= self.last_day


UPPER_DECADE = DayPeriod(first_day=1, last_day=10, label="上旬")
"""上旬: the first ten days of a month (AK-R-4.2)."""


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


class NthWeekdayOfMonth(_Rule):
    """The n-th given weekday of every month (AK-R-4.2).

    ``week="first_occurrence"`` (the default) reads "the first week's Tuesday" as the
    first Tuesday of the month; ``week="first_full_week"`` as the Tuesday of the first
    full Monday–Sunday week. The two differ only when the weekday's first occurrence
    comes before the month's first Monday; for Tuesday, only when the 1st is a Tuesday
    (December 2026: the 1st against the 8th). ``n=-1`` means the last one. ``period``
    is where the reception belongs (AK: 上旬); a move out of it is remarked on.
    """

    kind: Literal["nth_weekday"] = "nth_weekday"
    weekday: Weekday
    n: int = Field(default=1)
    week: WeekReading = "first_occurrence"
    period: DayPeriod | None = None

    @field_validator("n")
    @classmethod
    def _check_n(cls, n: int) -> int:
        if n == 0 or not -1 <= n <= 5:
            raise ValueError(f"n={n} must be 1..5, or -1 for the last")
        return n

    @model_validator(mode="after")
    def _check_occurs(self) -> NthWeekdayOfMonth:
        # The fifth Monday is day 29 at the earliest, so its week never ends in the month.
        if self.week == "first_full_week" and self.n == 5:
            raise ValueError(
                "n=5 with week='first_full_week' never occurs: no month has five full "
                "Monday–Sunday weeks"
            )
        return self

    def in_month(self, year: int, month: int) -> date | None:
        """The day this rule names in the given month, or None if it has none."""
        first_weekday = date(year, month, 1).weekday()
        if self.week == "first_occurrence":
            if self.n == -1:
                last = _days_in_month(year, month)
                last_weekday = (first_weekday + last - 1) % 7
                return date(year, month, last - (last_weekday - self.weekday) % 7)
            day = 1 + (self.weekday - first_weekday) % 7 + 7 * (self.n - 1)
            # Days 1..28 exist in every month; only a fifth occurrence can overflow.
            if day > 28 and day > _days_in_month(year, month):
                return None
            return date(year, month, day)
        # The n-th full week begins on the month's n-th Monday and ends inside the month.
        length = _days_in_month(year, month)
        monday = 1 + (0 - first_weekday) % 7
        if self.n == -1:
            monday += 7 * ((length - 6 - monday) // 7)
        else:
            monday += 7 * (self.n - 1)
        if monday + 6 > length:
            return None
        return date(year, month, monday + int(self.weekday))

    def nominal_dates(self, start: date, until: date, calendar: WorkingCalendar) -> Iterator[date]:
        year, month = start.year, start.month
        end = (until.year, until.month)
        in_month = self.in_month
        while (year, month) <= end:
            d = in_month(year, month)
            if d is not None and start <= d <= until:
                yield d
            month += 1
            if month == 13:
                year, month = year + 1, 1

    def describe(self) -> str:
        nth = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}[self.n]
        if self.week == "first_full_week":
            return f"{self.weekday.label} of the {nth} full Monday–Sunday week of each month"
        return f"{nth} {self.weekday.label} of each month"


class Weekly(_Rule):
    """The given weekday every week (WF-1, UN-1).

    A make-up working day on another weekday does not count (CAL-3), unless the
    calendar declares it worked as this weekday (``DayOverride.as_weekday``).
    """

    kind: Literal["weekly"] = "weekly"
    weekday: Weekday

    def nominal_dates(self, start: date, until: date, calendar: WorkingCalendar) -> Iterator[date]:
        first = start + timedelta(days=(self.weekday - start.weekday()) % 7)
        regular = _stepped(first, until, _WEEK)
        declared = sorted(
            d for d, wd in calendar.declared_weekdays(start, until).items() if wd == self.weekday
        )
        return _merged(regular, declared) if declared else regular

    def describe(self) -> str:
        return f"every {self.weekday.label}"


def _merged(regular: Iterator[date], declared: list[date]) -> Iterator[date]:
    last = None
    for d in heapq.merge(regular, declared):
        if d != last:
            yield d
            last = d


def _stepped(first: date, until: date, step: timedelta) -> Iterator[date]:
    d = first
    while d <= until:
        yield d
        d += step


class EveryWorkingDay(_Rule):
    """Every working day of the calendar, make-up weekend days included (TS-2, CAL-1)."""

    kind: Literal["working_days"] = "working_days"

    def nominal_dates(self, start: date, until: date, calendar: WorkingCalendar) -> Iterator[date]:
        return calendar.working_days(start, until)

    def describe(self) -> str:
        return "every working day"


class EveryDay(_Rule):
    """Every calendar day, holidays and weekends included (TS-2 option)."""

    kind: Literal["every_day"] = "every_day"

    def nominal_dates(self, start: date, until: date, calendar: WorkingCalendar) -> Iterator[date]:
        return _stepped(start, until, _DAY)

    def describe(self) -> str:
        return "every day"


class AnnouncedDates(_Rule):
    """Dates announced in advance by the institution (MC-1).

    The rule names exactly these days; a month with none has no reception.

    >>> AnnouncedDates(dates=["2012-12-10"]).dates
    (datetime.date(2012, 12, 10),)
    """

    kind: Literal["announced"] = "announced"
    dates: tuple[Day, ...] = ()

    finite: ClassVar[bool] = True

    @field_validator("dates")
    @classmethod
    def _sorted_unique(cls, dates: tuple[date, ...]) -> tuple[date, ...]:
        seen: set[date] = set()
        for d in dates:
            if d in seen:
                raise ValueError(f"{d.isoformat()} is announced twice")
            seen.add(d)
        return tuple(sorted(dates))

    def nominal_dates(self, start: date, until: date, calendar: WorkingCalendar) -> Iterator[date]:
        i = bisect.bisect_left(self.dates, start)
        while i < len(self.dates) and self.dates[i] <= until:
            yield self.dates[i]
            i += 1

    def last_date(self) -> date | None:
        return self.dates[-1] if self.dates else None

    def first_date(self) -> date | None:
        return self.dates[0] if self.dates else None

    def with_dates(self, *dates: date) -> AnnouncedDates:
        """These announced dates and the new ones (a repeated date is an error)."""
        return AnnouncedDates(dates=(*self.dates, *dates))

    def describe(self) -> str:
        return f"announced dates ({len(self.dates)})"


DateRule = Annotated[
    NthWeekdayOfMonth | Weekly | EveryWorkingDay | EveryDay | AnnouncedDates,
    Field(discriminator="kind"),
    Tagged,
]
"""Any date rule; as data, its ``kind`` says which."""
