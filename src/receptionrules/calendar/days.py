"""What the calendar says about one day (CAL-1, CAL-2): :class:`CalendarDay` and its
:class:`DayKind`.

A day is one of five kinds (CAL-1): an ordinary workday (工作日), an ordinary weekend
day (周末), a statutory holiday (法定节假日: one of the days the national holiday
regulations fix, paid at triple rate when worked), a substituted day off (调休休息日:
a weekday off that a weekend day is worked for, a day off in lieu of a statutory day
that fell on a weekend, or any other day off that is not a statutory holiday), and a
make-up working day (调休上班日: a weekend day worked).

>>> DayKind.STATUTORY_HOLIDAY.label_zh, DayKind("make_up_workday").label
('法定节假日', 'make-up working day')
>>> DayKind("调休休息日")
<DayKind.SUBSTITUTED_DAY_OFF: 'substituted_day_off'>
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from receptionrules.timeutil import Weekday

__all__ = ["CalendarDay", "DayKind"]

_LABELS: dict[str, tuple[str, str]] = {
    "workday": ("workday", "工作日"),
    "weekend": ("weekend", "周末"),
    "statutory_holiday": ("statutory holiday", "法定节假日"),
    "substituted_day_off": ("substituted day off", "调休休息日"),
    "make_up_workday": ("make-up working day", "调休上班日"),
}


class DayKind(StrEnum):
    """The kind of a day (CAL-1). Accepts its code, its English or its Chinese label."""

    WORKDAY = "workday"
    """工作日: a Monday–Friday worked as usual."""
    WEEKEND = "weekend"
    """周末: a Saturday or Sunday off as usual (also inside a holiday break)."""
    STATUTORY_HOLIDAY = "statutory_holiday"
    """法定节假日: a day the national holiday regulations fix (13 a year since 2025)."""
    SUBSTITUTED_DAY_OFF = "substituted_day_off"
    """调休休息日: any other day off: swapped for a worked weekend day, or in lieu."""
    MAKE_UP_WORKDAY = "make_up_workday"
    """调休上班日: a Saturday or Sunday worked to make up for a day off."""

    @property
    def label(self) -> str:
        """The English label, e.g. ``'statutory holiday'``."""
        return _LABELS[self.value][0]

    @property
    def label_zh(self) -> str:
        """The Chinese label, e.g. ``'法定节假日'``."""
        return _LABELS[self.value][1]

    @property
    def working(self) -> bool:
        """Whether a day of this kind is a working day (CAL-1)."""
        return self in (DayKind.WORKDAY, DayKind.MAKE_UP_WORKDAY)

    def label_in(self, language: str) -> str:
        """The label in ``language`` ('zh' or 'en')."""
        return self.label_zh if language == "zh" else self.label

    @classmethod
    def _missing_(cls, value: object) -> DayKind | None:
        if isinstance(value, str):
            for code, (en, zh) in _LABELS.items():
                if value.strip() in (en, zh):
                    return cls(code)
        return None


@dataclass(frozen=True, slots=True)
class CalendarDay:
    """What the calendar knows about one day (CAL-1, CAL-2).

    ``name``/``name_zh`` are the day's own note from the data (``'Day off (substituted
    from 2026-09-20)'``, ``'清明节（补假）'``); ``holiday``/``holiday_zh`` name the holiday
    the day belongs to (``'National Day'``/``'国庆节'`` for every day of the National Day
    break, the weekend days inside it and the weekend days worked for it).
    """

    day: date
    working: bool
    kind: DayKind
    provisional: bool
    name: str | None = None
    """The day's own name for a day off or make-up day, in English, else None."""
    as_weekday: Weekday | None = None
    name_zh: str | None = None
    """The day's own name in Chinese, where the source has one."""
    holiday: str | None = None
    """The holiday the day belongs to, in English (None for an ordinary day)."""
    holiday_zh: str | None = None
    """The holiday the day belongs to, in Chinese."""

    @property
    def statutory(self) -> bool:
        """Whether the day is a statutory holiday (法定节假日)."""
        return self.kind is DayKind.STATUTORY_HOLIDAY

    @property
    def weekday(self) -> Weekday:
        """The day of the week of :attr:`day`."""
        return Weekday(self.day.weekday())
