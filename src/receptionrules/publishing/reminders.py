"""When a personal duty feed reminds of a duty: :class:`Reminder` (AK-R-5.2, CAL-1).

The default is the working day before the duty at 17:00 local time, on the roster's
working-day calendar (CAL-1): a leader on duty on Wednesday 6 May 2026 is reminded on
Thursday 30 April, the last working day before the Labour Day break.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from receptionrules.calendar import WorkingCalendar
from receptionrules.errors import ReceptionRulesError
from receptionrules.timeutil import TZ, LocalTime

if TYPE_CHECKING:
    from receptionrules.duty import Slot

__all__ = ["DEFAULT_REMINDER", "Reminder", "ReminderTooLateError"]


class ReminderTooLateError(ReceptionRulesError, ValueError):
    """A reminder would ring at or after the start of the duty it reminds of."""

    def __init__(self, moment: datetime, slot: Slot) -> None:
        self.moment = moment
        self.slot = slot
        super().__init__(
            f"reminder: {moment.isoformat()} is not before the start of {slot.id} "
            f"({slot.start.isoformat()}); remind one working day or more before "
            "(working_days_before=1), or at an earlier time (at=…)"
        )


class Reminder(BaseModel):
    """When a personal feed reminds of a duty: ``working_days_before`` working days
    before the slot's day, at ``at`` local time (default: the working day before, at
    17:00), on the roster's working-day calendar (CAL-1).

    >>> from datetime import date
    >>> from receptionrules.calendar import WorkingCalendar
    >>> Reminder().moment(date(2026, 5, 6), WorkingCalendar()).isoformat()  # 1-5 May off
    '2026-04-30T17:00:00+08:00'
    >>> Reminder(working_days_before=0, at="07:30").moment(date(2026, 5, 6),
    ...                                                    WorkingCalendar()).isoformat()
    '2026-05-06T07:30:00+08:00'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    working_days_before: int = Field(default=1, ge=0, le=60)
    at: LocalTime = time(17, 0)

    def moment(self, day: date, calendar: WorkingCalendar) -> datetime:
        """The aware moment of the reminder for a duty on ``day``."""
        probe = day
        for _ in range(self.working_days_before):
            probe = calendar.previous_working_day(probe, inclusive=False)
        return datetime.combine(probe, self.at, TZ)


DEFAULT_REMINDER = Reminder()
"""The working day before the duty, at 17:00 local time."""
