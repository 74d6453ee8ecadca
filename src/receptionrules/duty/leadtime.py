"""How far in advance (事先) a swap or cover must be arranged (AK-R-6.1).

A lead time turns a slot's start into a *deadline*: the first moment at which a
request is too late. The default, :data:`PREVIOUS_WORKING_DAY`, is the end of the
working day before the slot's day (so a Monday slot is changed by the end of
Friday, or of the last working day before a holiday).

>>> from datetime import datetime
>>> from receptionrules.calendar import default_calendar
>>> from receptionrules.timeutil import TZ
>>> start = datetime(2026, 5, 6, 8, 30, tzinfo=TZ)   # Wednesday, after the May Day break
>>> PREVIOUS_WORKING_DAY.deadline(start, default_calendar()).isoformat()
'2026-05-01T00:00:00+08:00'
>>> BeforeStart(lead="PT2H").deadline(start, default_calendar()).isoformat()
'2026-05-06T06:30:00+08:00'
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from receptionrules.bounds import MAX_LEAD, Tagged
from receptionrules.calendar import WorkingCalendar
from receptionrules.duty._model import FROZEN
from receptionrules.timeutil import start_of_day

__all__ = ["PREVIOUS_WORKING_DAY", "BeforeStart", "EndOfPreviousWorkingDay", "LeadTime"]

_DAY = timedelta(days=1)


class EndOfPreviousWorkingDay(BaseModel):
    """By the end of the ``working_days``-th working day before the slot's day (default 1)."""

    model_config = FROZEN

    kind: Literal["previous_working_day"] = "previous_working_day"
    working_days: int = Field(default=1, ge=1, le=30)

    def deadline(self, start: datetime, calendar: WorkingCalendar) -> datetime:
        """The first moment too late for a change to the slot starting at ``start``."""
        day = start.date()
        for _ in range(self.working_days):
            day = calendar.previous_working_day(day, inclusive=False)
        return start_of_day(day + _DAY)

    def describe(self) -> str:
        """English words for the rule."""
        if self.working_days == 1:
            return "by the end of the previous working day"
        return f"by the end of the working day {self.working_days} working days before"

    def describe_zh(self) -> str:
        """Chinese words for the rule."""
        if self.working_days == 1:
            return "最迟于前一个工作日下班前"
        return f"最迟于{self.working_days}个工作日前"


class BeforeStart(BaseModel):
    """At least ``lead`` before the slot starts (``lead=0``: any time before it starts)."""

    model_config = FROZEN

    kind: Literal["before_start"] = "before_start"
    lead: timedelta = Field(default=timedelta(0), ge=timedelta(0), le=MAX_LEAD)

    def deadline(self, start: datetime, calendar: WorkingCalendar) -> datetime:
        """The first moment too late for a change to the slot starting at ``start``."""
        return start - self.lead

    def describe(self) -> str:
        """English words for the rule."""
        return f"at least {self.lead} before it starts" if self.lead else "before it starts"

    def describe_zh(self) -> str:
        """Chinese words for the rule."""
        return f"至少提前{self.lead}" if self.lead else "在开始前"


LeadTime = Annotated[EndOfPreviousWorkingDay | BeforeStart, Field(discriminator="kind"), Tagged]
"""Any lead time; as data, its ``kind`` says which."""

PREVIOUS_WORKING_DAY = EndOfPreviousWorkingDay()
"""The default lead time (事先): by the end of the previous working day."""
