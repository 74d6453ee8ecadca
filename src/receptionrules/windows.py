"""Time windows: the hours of a reception on a given day.

>>> MORNING.start, MORNING.end, MORNING.label
(datetime.time(8, 30), datetime.time(12, 0), '上午')
>>> half_day("下午", end="18:00").end
datetime.time(18, 0)
"""

from __future__ import annotations

from datetime import date, time
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Tag,
    field_validator,
    model_validator,
)

from receptionrules.bounds import ShortText, Tagged
from receptionrules.errors import UnknownValueError
from receptionrules.timeutil import LocalTime

__all__ = [
    "AFTERNOON",
    "MORNING",
    "SEASONAL_AFTERNOON",
    "SeasonalWindow",
    "TimeWindow",
    "Window",
    "half_day",
]


class TimeWindow(BaseModel):
    """Fixed hours, local time in Asia/Shanghai; ``end`` is exclusive.

    >>> TimeWindow(start="08:00", end="11:00").describe()
    '08:00–11:00'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["fixed"] = "fixed"
    start: LocalTime
    end: LocalTime
    label: ShortText = ""

    @model_validator(mode="after")
    def _ordered(self) -> TimeWindow:
        if self.end <= self.start:
            raise ValueError(
                f"end={self.end.isoformat('minutes')} must be after "
                f"start={self.start.isoformat('minutes')} (a window stays within one day)"
            )
        return self

    def for_day(self, day: date) -> TimeWindow:
        """The window that applies on ``day``: always this one."""
        return self

    def describe(self) -> str:
        """``'08:30–12:00'``."""
        return f"{self.start.isoformat('minutes')}–{self.end.isoformat('minutes')}"


MORNING = TimeWindow(start=time(8, 30), end=time(12, 0), label="上午")
"""上午, the default morning: 08:30–12:00 (AK-R-4.2, MC-1)."""

AFTERNOON = TimeWindow(start=time(14, 30), end=time(17, 30), label="下午")
"""下午, the default afternoon: 14:30–17:30 (UN-1)."""

_HALF_DAYS = {"上午": MORNING, "morning": MORNING, "下午": AFTERNOON, "afternoon": AFTERNOON}


def half_day(
    name: Literal["上午", "下午", "morning", "afternoon"],
    *,
    start: time | str | None = None,
    end: time | str | None = None,
) -> TimeWindow:
    """A named half-day with the default hours, either end overridable.

    >>> half_day("morning").describe()
    '08:30–12:00'

    Raises:
        UnknownValueError: ``name`` is not a half-day (a ``ValueError``).
    """
    try:
        base = _HALF_DAYS[name]
    except (KeyError, TypeError):
        raise UnknownValueError("name", name, tuple(_HALF_DAYS)) from None
    return TimeWindow.model_validate(
        {
            "start": base.start if start is None else start,
            "end": base.end if end is None else end,
            "label": base.label,
        }
    )


class SeasonalWindow(BaseModel):
    """Hours that change with the season (Nat default, seasonal option).

    Many offices keep 14:30–17:30 from October to April and 15:00–18:00 from May to
    September.

    >>> SEASONAL_AFTERNOON.for_day(date(2026, 7, 1)).describe()
    '15:00–18:00'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: Literal["seasonal"] = "seasonal"
    standard: TimeWindow
    summer: TimeWindow
    summer_months: frozenset[int] = frozenset({5, 6, 7, 8, 9})

    @field_validator("summer_months")
    @classmethod
    def _months(cls, months: frozenset[int]) -> frozenset[int]:
        bad = sorted(m for m in months if not 1 <= m <= 12)
        if bad:
            raise ValueError(f"months must be 1..12, got {bad}")
        return months

    def for_day(self, day: date) -> TimeWindow:
        """The window that applies on ``day``."""
        return self.summer if day.month in self.summer_months else self.standard

    def describe(self) -> str:
        months = ",".join(map(str, sorted(self.summer_months)))
        return f"{self.standard.describe()} ({self.summer.describe()} in months {months})"


SEASONAL_AFTERNOON = SeasonalWindow(
    standard=AFTERNOON,
    summer=TimeWindow(start=time(15, 0), end=time(18, 0), label="下午"),
)
"""The seasonal afternoon option: 14:30–17:30, or 15:00–18:00 from May to September."""


def _window_kind(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("kind", "fixed"))
    return str(getattr(value, "kind", "fixed"))


Window = Annotated[
    Annotated[TimeWindow, Tag("fixed")] | Annotated[SeasonalWindow, Tag("seasonal")],
    Discriminator(_window_kind),
    Tagged,
]
"""Any window; as data, its ``kind`` says which (``"fixed"`` when left out)."""
