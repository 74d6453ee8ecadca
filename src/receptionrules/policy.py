"""Holiday policies: what happens to a reception whose day is not a working day.

Every policy is monotone: a later rule day never resolves to an earlier
reception day, so receptions come out in order.

>>> from datetime import date
>>> from receptionrules.calendar import default_calendar
>>> MOVE_NEXT.resolve(date(2026, 5, 5), default_calendar())  # a substituted day off
datetime.date(2026, 5, 6)
>>> SKIP.resolve(date(2026, 2, 16), default_calendar()) is None  # Spring Festival
True
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from receptionrules.bounds import Tagged
from receptionrules.calendar import WorkingCalendar
from receptionrules.errors import CalendarRangeError, NoReceptionError

__all__ = [
    "KEEP",
    "MOVE_NEXT",
    "MOVE_PREVIOUS",
    "SKIP",
    "HolidayPolicy",
    "KeepOnNonWorkingDays",
    "MoveToNextWorkingDay",
    "MoveToPreviousWorkingDay",
    "SkipNonWorkingDays",
]

_DAY = timedelta(days=1)


class _Policy(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    always_working: ClassVar[bool] = True
    """Whether every day the policy resolves to is a working day."""

    def resolve(self, nominal: date, calendar: WorkingCalendar) -> date | None:
        """The reception day for a rule day, or None when there is none."""
        raise NotImplementedError  # pragma: no cover

    def earliest_source(self, day: date, calendar: WorkingCalendar) -> date:
        """The earliest rule day that can resolve to ``day`` or later."""
        return day

    def may_merge(self, nominal: date, day: date) -> bool:
        """Whether a later rule day could resolve onto ``day`` too (then the two merge)."""
        return False

    def latest_source(self, day: date, calendar: WorkingCalendar) -> date:
        """The latest rule day that can resolve to ``day`` or earlier."""
        return day

    def describe(self) -> str:
        raise NotImplementedError  # pragma: no cover


def _non_working_run(day: date, step: timedelta, limit: int, calendar: WorkingCalendar) -> int:
    """How many consecutive non-working days there are from the day after ``day`` (in
    direction ``step``)."""
    k = 0
    try:
        probe = day + step
        while k < limit and not calendar.is_working_day(probe):
            k += 1
            probe += step
    except (CalendarRangeError, OverflowError):
        pass  # at the calendar's edge (or the end of dates) nothing beyond can resolve into range
    return k


class MoveToNextWorkingDay(_Policy):
    """Hold it on the next working day (AK-R-4.2 default; a make-up weekend day counts)."""

    kind: Literal["next_working_day"] = "next_working_day"
    max_days: int = Field(default=31, ge=1, le=366)

    def resolve(self, nominal: date, calendar: WorkingCalendar) -> date | None:
        probe = nominal
        for _ in range(self.max_days + 1):
            if calendar.is_working_day(probe):
                return probe
            probe += _DAY
        raise NoReceptionError(
            f"no working day within {self.max_days} days after {nominal.isoformat()} to move "
            "the reception to; raise max_days or check the calendar",
            regime="",
            after=nominal,
        )

    def earliest_source(self, day: date, calendar: WorkingCalendar) -> date:
        # Only a run of non-working days just before ``day`` can move into it.
        return day - timedelta(days=_non_working_run(day, -_DAY, self.max_days, calendar))

    def may_merge(self, nominal: date, day: date) -> bool:
        # A later rule day resolves to itself or later, so only onto a moved day.
        return day > nominal

    def describe(self) -> str:
        return "moved to the next working day"


class MoveToPreviousWorkingDay(_Policy):
    """Hold it on the previous working day (AK-R-4.2 option)."""

    kind: Literal["previous_working_day"] = "previous_working_day"
    max_days: int = Field(default=31, ge=1, le=366)

    def resolve(self, nominal: date, calendar: WorkingCalendar) -> date | None:
        probe = nominal
        for _ in range(self.max_days + 1):
            if calendar.is_working_day(probe):
                return probe
            probe -= _DAY
        raise NoReceptionError(
            f"no working day within {self.max_days} days before {nominal.isoformat()} to move "
            "the reception to; raise max_days or check the calendar",
            regime="",
            after=nominal,
        )

    def latest_source(self, day: date, calendar: WorkingCalendar) -> date:
        return day + timedelta(days=_non_working_run(day, _DAY, self.max_days, calendar))

    def may_merge(self, nominal: date, day: date) -> bool:
        return True

    def describe(self) -> str:
        return "moved to the previous working day"


class SkipNonWorkingDays(_Policy):
    """No reception that time (WF-1 and UN-1 defaults)."""

    kind: Literal["skip"] = "skip"

    def resolve(self, nominal: date, calendar: WorkingCalendar) -> date | None:
        return nominal if calendar.is_working_day(nominal) else None

    def describe(self) -> str:
        return "skipped when not a working day"


class KeepOnNonWorkingDays(_Policy):
    """Hold it anyway (announced dates, MC-1; every-day duty, TS-2 option)."""

    kind: Literal["keep"] = "keep"

    always_working: ClassVar[bool] = False

    def resolve(self, nominal: date, calendar: WorkingCalendar) -> date | None:
        return nominal

    def describe(self) -> str:
        return "held on its day even when not a working day"


MOVE_NEXT = MoveToNextWorkingDay()
MOVE_PREVIOUS = MoveToPreviousWorkingDay()
SKIP = SkipNonWorkingDays()
KEEP = KeepOnNonWorkingDays()

HolidayPolicy = Annotated[
    MoveToNextWorkingDay | MoveToPreviousWorkingDay | SkipNonWorkingDays | KeepOnNonWorkingDays,
    Field(discriminator="kind"),
    Tagged,
]
"""Any holiday policy; as data, its ``kind`` says which."""
