"""Describing one day: its kind and the holiday it belongs to (CAL-1, CAL-2).

:class:`~receptionrules.calendar.working.WorkingCalendar.day` hands its built year
and its lookups to :func:`describe_day`, which says which of the five kinds of
:class:`~receptionrules.calendar.days.DayKind` the day is and names the holiday the
day belongs to. A holiday break is the run of consecutive days off around a
statutory holiday: every day of it (the weekend days inside it too) carries the
names of the statutory holidays in the run (``国庆节``; ``中秋节、国庆节`` when two
fall together, as in the notices), and a make-up working day carries the names of
the break it is worked for. A user's schedule names its own days (the period's
name); a user's override names its own day by its reason, and no other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta

from receptionrules.calendar.days import CalendarDay, DayKind
from receptionrules.calendar.schedule import DayOverride, YearSchedule
from receptionrules.calendar.source import holidays_source
from receptionrules.calendar.year import CalendarYear
from receptionrules.errors import ReceptionRulesError

__all__ = ["describe_day"]

_DAY = timedelta(days=1)
_LONGEST_BREAK = 31
# The law's Spring Festival is New Year's Eve and the first three days (春节，放假4天
# （农历除夕、正月初一至初三）): a break holding both is named by the festival alone.
_FOLDED = {"农历除夕": "春节"}

Names = tuple[str, str]
"""A name in English and in Chinese."""


class _Days:
    """The lookups of one calendar that a description needs."""

    __slots__ = ("is_working", "overrides", "schedules", "year_of")

    def __init__(
        self,
        year_of: Callable[[date], CalendarYear],
        is_working: Callable[[date], bool],
        overrides: Mapping[date, DayOverride],
        schedules: Mapping[int, YearSchedule],
    ) -> None:
        self.year_of = year_of
        self.is_working = is_working
        self.overrides = overrides
        self.schedules = schedules

    def festival(self, d: date, y: CalendarYear) -> list[Names]:
        """The holiday names ``d`` gives its break: the user's period, or the package's
        statutory holiday; else none."""
        period = y.periods.get(d)
        src = holidays_source()
        if period is not None:
            en = period.name_en
            if not en and src.first_year <= d.year <= src.last_year:
                en = src.names_en(d.year).get(period.name, "")
            return [(en or period.name, period.name)]
        if d not in y.statutory or d not in y.names:
            return []
        # The package's own names: a user's override may have renamed the day by its
        # reason, which names that day only, not the break around it.
        en = src.year(d.year).days_off.get(d, y.names[d])
        zh = src.names_zh(d.year).get(d, en)
        pairs = zip(en.split("; "), zh.split("; "), strict=False)
        return [(src.festival(en), src.festival(zh)) for en, zh in pairs]

    def off(self, d: date) -> bool:
        """Whether ``d`` is a day off; False where the calendar has no answer."""
        try:
            return not self.is_working(d)
        except ReceptionRulesError:
            return False

    def break_names(self, d: date) -> Names | None:
        """The names of the holiday break around the day off ``d``, or None."""
        first = d
        while first - _DAY >= d - timedelta(days=_LONGEST_BREAK) and self.off(first - _DAY):
            first -= _DAY
        found: list[Names] = []
        probe = first
        while probe <= d + timedelta(days=_LONGEST_BREAK) and (probe == d or self.off(probe)):
            found.extend(self.festival(probe, self.year_of(probe)))
            probe += _DAY
        return _joined(found)

    def holiday(self, d: date, y: CalendarYear, kind: DayKind) -> Names | None:
        override = self.overrides.get(d)
        if override is not None:
            # The user's own day: named by its reason only (a local closure is no break).
            return (override.reason, override.reason) if override.reason else None
        own = self.festival(d, y)
        if own and kind is not DayKind.STATUTORY_HOLIDAY:
            return own[0]
        if kind is DayKind.MAKE_UP_WORKDAY:
            day_off = holidays_source().make_up_for.get(d)
            if day_off is None:
                return None
            try:
                return self.break_names(day_off) if self.off(day_off) else None
            except ReceptionRulesError:
                return None
        if kind.working:
            return None
        return self.break_names(d)

    def name_zh(self, d: date, y: CalendarYear, kind: DayKind) -> str | None:
        if d not in y.names:
            return None
        override = self.overrides.get(d)
        if override is not None and override.reason:
            return override.reason
        schedule = self.schedules.get(d.year) or self.schedules.get(d.year + 1)
        if schedule is not None:
            name = schedule.days_off().get(d) or schedule.make_up_workdays().get(d)
            if name is not None:
                return f"{name}调休上班" if kind is DayKind.MAKE_UP_WORKDAY else name
        if kind is DayKind.MAKE_UP_WORKDAY:
            return "调休上班日"
        src = holidays_source()
        if src.first_year <= d.year <= src.last_year:
            return src.names_zh(d.year).get(d)
        return None


def _joined(names: list[Names]) -> Names | None:
    distinct: dict[str, str] = {}
    for en, zh in names:
        distinct.setdefault(zh, en)
    for part, whole in _FOLDED.items():
        if part in distinct and whole in distinct:
            del distinct[part]
    if not distinct:
        return None
    return " and ".join(distinct.values()), "、".join(distinct)


def kind_of(d: date, y: CalendarYear) -> DayKind:
    """The kind of ``d`` in its built year (CAL-1)."""
    weekday = d.weekday() < 5
    working = weekday != (d in y.flips)
    if working:
        return DayKind.WORKDAY if weekday else DayKind.MAKE_UP_WORKDAY
    if d in y.statutory:
        return DayKind.STATUTORY_HOLIDAY
    return DayKind.SUBSTITUTED_DAY_OFF if weekday else DayKind.WEEKEND


def describe_day(
    d: date,
    y: CalendarYear,
    *,
    year_of: Callable[[date], CalendarYear],
    is_working: Callable[[date], bool],
    overrides: Mapping[date, DayOverride],
    schedules: Mapping[int, YearSchedule],
) -> CalendarDay:
    """Everything the calendar knows about ``d`` (CAL-1, CAL-2), from its built year
    ``y`` and the calendar's lookups (which may raise for a day outside the calendar)."""
    days = _Days(year_of, is_working, overrides, schedules)
    kind = kind_of(d, y)
    holiday = days.holiday(d, y, kind)
    return CalendarDay(
        day=d,
        working=kind.working,
        kind=kind,
        provisional=y.provisional and d not in y.asserted,
        name=y.names.get(d),
        as_weekday=y.as_weekday.get(d),
        name_zh=days.name_zh(d, y, kind),
        holiday=None if holiday is None else holiday[0],
        holiday_zh=None if holiday is None else holiday[1],
    )
