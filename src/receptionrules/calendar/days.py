"""What the calendar says about one day (CAL-1, CAL-2): :class:`CalendarDay` and its
:data:`DayKind`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from receptionrules.timeutil import Weekday

__all__ = ["CalendarDay", "DayKind"]

DayKind = Literal["workday", "weekend", "day_off", "make_up_workday"]
"""What kind of day a date is (CAL-1): an ordinary workday, an ordinary weekend day,
a statutory holiday or substituted day off, or a weekend make-up working day."""


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
