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

The package hands on the names of its modules, lowest first:

- :mod:`~receptionrules.calendar.schedule` — the data a user supplies:
  :class:`HolidayPeriod`, :class:`YearSchedule`, :func:`load_schedules`,
  :class:`DayOverride` (CAL-2, CAL-3);
- :mod:`~receptionrules.calendar.source` — the ``holidays`` package, the default source;
- :mod:`~receptionrules.calendar.days` — what the calendar says about one day:
  :class:`CalendarDay`, :class:`DayKind` (five kinds: 工作日, 周末, 法定节假日,
  调休休息日, 调休上班日; CAL-1);
- :mod:`~receptionrules.calendar.year` — one year built from those sources;
- :mod:`~receptionrules.calendar.describe` — a day's kind and the holiday it belongs to;
- :mod:`~receptionrules.calendar.working` — the calendar: :class:`WorkingCalendar`,
  :func:`default_calendar`.

>>> from datetime import date
>>> cal = WorkingCalendar()
>>> cal.is_working_day(date(2026, 5, 5))   # Tuesday, a substituted day off
False
>>> cal.is_working_day(date(2026, 2, 14))  # Saturday, a make-up working day
True
>>> cal.day(date(2027, 3, 2)).provisional
True
>>> cal.day(date(2026, 10, 1)).kind.label_zh, cal.day(date(2026, 10, 5)).kind.label_zh
('法定节假日', '调休休息日')
"""

from receptionrules.calendar.days import CalendarDay, DayKind
from receptionrules.calendar.schedule import (
    DayOverride,
    HolidayPeriod,
    YearSchedule,
    load_schedules,
)
from receptionrules.calendar.working import WorkingCalendar, default_calendar

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
