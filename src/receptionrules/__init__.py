"""receptionrules: Chinese public-reception (信访接待日) rules on the real working-day calendar.

>>> import receptionrules as rr
>>> from datetime import date
>>> r = rr.preset("ankang-mayor").next_reception(date(2026, 10, 1))
>>> r.day, r.moved_from
(datetime.date(2026, 10, 8), datetime.date(2026, 10, 6))

The public surface is re-exported here; see ``docs/`` for the concepts.
"""

from __future__ import annotations

from receptionrules.appointments import AppointmentPolicy, AppointmentReason, VisitDecision
from receptionrules.calendar import (
    CalendarDay,
    DayOverride,
    HolidayPeriod,
    WorkingCalendar,
    YearSchedule,
    default_calendar,
    load_schedules,
)
from receptionrules.errors import (
    CalendarRangeError,
    NaiveDatetimeError,
    NoReceptionError,
    ProvisionalDateError,
    ReceptionRulesError,
    UnknownPresetError,
)
from receptionrules.policy import (
    KEEP,
    MOVE_NEXT,
    MOVE_PREVIOUS,
    SKIP,
    HolidayPolicy,
    KeepOnNonWorkingDays,
    MoveToNextWorkingDay,
    MoveToPreviousWorkingDay,
    SkipNonWorkingDays,
)
from receptionrules.presets import PRESETS, preset
from receptionrules.reception import Reception
from receptionrules.regime import Regime
from receptionrules.remarks import Remark
from receptionrules.rules import (
    UPPER_DECADE,
    AnnouncedDates,
    DateRule,
    DayPeriod,
    EveryDay,
    EveryWorkingDay,
    NthWeekdayOfMonth,
    Weekly,
)
from receptionrules.timeutil import TZ, Weekday
from receptionrules.windows import (
    AFTERNOON,
    MORNING,
    SEASONAL_AFTERNOON,
    SeasonalWindow,
    TimeWindow,
    Window,
    half_day,
)

__version__ = "0.1.0"

__all__ = [
    "AFTERNOON",
    "KEEP",
    "MORNING",
    "MOVE_NEXT",
    "MOVE_PREVIOUS",
    "PRESETS",
    "SEASONAL_AFTERNOON",
    "SKIP",
    "TZ",
    "UPPER_DECADE",
    "AnnouncedDates",
    "AppointmentPolicy",
    "AppointmentReason",
    "CalendarDay",
    "CalendarRangeError",
    "DateRule",
    "DayOverride",
    "DayPeriod",
    "EveryDay",
    "EveryWorkingDay",
    "HolidayPeriod",
    "HolidayPolicy",
    "KeepOnNonWorkingDays",
    "MoveToNextWorkingDay",
    "MoveToPreviousWorkingDay",
    "NaiveDatetimeError",
    "NoReceptionError",
    "NthWeekdayOfMonth",
    "ProvisionalDateError",
    "Reception",
    "ReceptionRulesError",
    "Regime",
    "Remark",
    "SeasonalWindow",
    "SkipNonWorkingDays",
    "TimeWindow",
    "UnknownPresetError",
    "VisitDecision",
    "Weekday",
    "Weekly",
    "Window",
    "WorkingCalendar",
    "YearSchedule",
    "__version__",
    "default_calendar",
    "half_day",
    "load_schedules",
    "preset",
]
