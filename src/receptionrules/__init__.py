"""receptionrules: Chinese public-reception (信访接待日) rules on the real working-day calendar.

>>> import receptionrules as rr
>>> from datetime import date
>>> r = rr.preset("ankang-mayor").next_reception(date(2026, 10, 1))
>>> r.day, r.moved_from
(datetime.date(2026, 10, 8), datetime.date(2026, 10, 6))

The root shows the core most applications use: regimes and their parts, the
working-day calendar, presets and institutions, rosters and the change requests,
``supervise`` and its report, notices and iCalendar feeds, and the errors. Detail
types are reached through their subpackage: ``receptionrules.duty`` (lead times,
announcement records, audit findings, …), ``receptionrules.supervision`` (each
matter event, each ``…Facts``, intake and disposition types, …), and the modules
listed in ``docs/reference.md``.
"""

from __future__ import annotations

from receptionrules.appointments import AppointmentPolicy
from receptionrules.calendar import (
    CalendarDay,
    DayOverride,
    HolidayPeriod,
    WorkingCalendar,
    YearSchedule,
    default_calendar,
    load_schedules,
)
from receptionrules.duty import (
    Absence,
    AuditReport,
    Availability,
    Change,
    ChangeRefusedError,
    Composition,
    CoverRequest,
    FillRequest,
    IneligiblePersonError,
    OutsideRosterError,
    Person,
    ReceptionRecord,
    Role,
    Roster,
    RosterMismatchError,
    Slot,
    SubstitutionRequest,
    SwapRequest,
    UndoRequest,
    UnknownChangeError,
    UnknownPersonError,
    UnknownPositionError,
    UnknownSlotError,
    Vacancy,
    Violation,
    announcement_status,
    apply_change,
    check_change,
    find_substitute,
    substitute,
    undo_change,
)
from receptionrules.errors import (
    CalendarRangeError,
    DuplicateMatterError,
    InconsistentMatterError,
    NaiveDatetimeError,
    NoReceptionError,
    ProvisionalDateError,
    ReceptionRulesError,
    UnknownPresetError,
)
from receptionrules.ical import roster_to_ical, to_ical
from receptionrules.institution import Institution, load_institution, preset_institution
from receptionrules.notices import Notice, Receiver, notices, reception_notice
from receptionrules.policy import KEEP, MOVE_NEXT, MOVE_PREVIOUS, SKIP, HolidayPolicy
from receptionrules.presets import (
    PRESETS,
    audit,
    dispose,
    duty_composition,
    generate_roster,
    preset,
)
from receptionrules.reception import Reception
from receptionrules.regime import Regime
from receptionrules.remarks import Remark
from receptionrules.rules import (
    AnnouncedDates,
    DateRule,
    EveryDay,
    EveryWorkingDay,
    NthWeekdayOfMonth,
    Weekly,
)
from receptionrules.supervision import (
    NationalText,
    NationalTimeLimits,
    PetitionMatter,
    SupervisionFinding,
    SupervisionReport,
    SupervisionThresholds,
    clocks,
    due_date,
    intake,
    matter_status,
    supervise,
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
    "Absence",
    "AnnouncedDates",
    "AppointmentPolicy",
    "AuditReport",
    "Availability",
    "CalendarDay",
    "CalendarRangeError",
    "Change",
    "ChangeRefusedError",
    "Composition",
    "CoverRequest",
    "DateRule",
    "DayOverride",
    "DuplicateMatterError",
    "EveryDay",
    "EveryWorkingDay",
    "FillRequest",
    "HolidayPeriod",
    "HolidayPolicy",
    "InconsistentMatterError",
    "IneligiblePersonError",
    "Institution",
    "NaiveDatetimeError",
    "NationalText",
    "NationalTimeLimits",
    "NoReceptionError",
    "Notice",
    "NthWeekdayOfMonth",
    "OutsideRosterError",
    "Person",
    "PetitionMatter",
    "ProvisionalDateError",
    "Receiver",
    "Reception",
    "ReceptionRecord",
    "ReceptionRulesError",
    "Regime",
    "Remark",
    "Role",
    "Roster",
    "RosterMismatchError",
    "SeasonalWindow",
    "Slot",
    "SubstitutionRequest",
    "SupervisionFinding",
    "SupervisionReport",
    "SupervisionThresholds",
    "SwapRequest",
    "TimeWindow",
    "UndoRequest",
    "UnknownChangeError",
    "UnknownPersonError",
    "UnknownPositionError",
    "UnknownPresetError",
    "UnknownSlotError",
    "Vacancy",
    "Violation",
    "Weekday",
    "Weekly",
    "Window",
    "WorkingCalendar",
    "YearSchedule",
    "__version__",
    "announcement_status",
    "apply_change",
    "audit",
    "check_change",
    "clocks",
    "default_calendar",
    "dispose",
    "due_date",
    "duty_composition",
    "find_substitute",
    "generate_roster",
    "half_day",
    "intake",
    "load_institution",
    "load_schedules",
    "matter_status",
    "notices",
    "preset",
    "preset_institution",
    "reception_notice",
    "roster_to_ical",
    "substitute",
    "supervise",
    "to_ical",
    "undo_change",
]
