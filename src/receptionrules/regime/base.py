"""A regime as data: its parts, its place, and its changed copies (Nat-6).

:class:`RegimeBase` holds the fields of a :class:`~receptionrules.regime.Regime`
(the date rule, AK-R-4.2; the window; the holiday policy; the place, AK-R-4.3,
WF-2, TS-2, UN-1; the appointment exception, UN-3.1; the working-day calendar,
CAL-1) and returns changed copies of them. The modules that build and search
receptions read it; :class:`~receptionrules.regime.Regime` adds the queries on top.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Self

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr
from pydantic.json_schema import SkipJsonSchema

from receptionrules.appointments import AppointmentPolicy
from receptionrules.bounds import MAX_DAYS, Id, Place, ShortText
from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.policy import HolidayPolicy
from receptionrules.regime.cache import ReceptionIndex
from receptionrules.rules import AnnouncedDates, DateRule
from receptionrules.windows import Window

__all__ = ["RegimeBase", "reception_cache"]


class RegimeBase(BaseModel):
    """The fields of a :class:`~receptionrules.regime.Regime` and its changed copies.

    Immutable; the ``with_…`` methods and :meth:`replace` return changed copies of
    the same class. See :class:`~receptionrules.regime.Regime` for the fields.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    name: Id
    title: ShortText = ""
    rule: DateRule
    window: Window
    holiday_policy: HolidayPolicy
    location: Place = Field(min_length=1)
    location_en: Place = ""
    appointments: AppointmentPolicy | None = None
    rule_ids: tuple[Id, ...] = Field(default=(), max_length=100)
    search_days: int = Field(default=732, ge=7, le=MAX_DAYS)
    calendar: SkipJsonSchema[WorkingCalendar] = Field(
        default_factory=default_calendar, exclude=True
    )
    # The receptions of each calendar year, built on first use (regime.index); never
    # part of the regime's value, and a copy starts with an empty one.
    _receptions: ReceptionIndex = PrivateAttr(default_factory=ReceptionIndex)

    def __copy__(self) -> Self:
        # model_copy(update=...) changes the copy after this: it must build its own years.
        copied = super().__copy__()
        private = copied.__pydantic_private__
        if private is not None:
            private["_receptions"] = ReceptionIndex()
        return copied

    def __setstate__(self, state: dict[Any, Any]) -> None:
        # A regime pickled before the cache existed unpickles with one (empty).
        super().__setstate__(state)
        reception_cache(self)

    # -- changed copies ------------------------------------------------------

    def with_calendar(self, calendar: WorkingCalendar) -> Self:
        """The same regime on another working-day calendar."""
        if not isinstance(calendar, WorkingCalendar):
            raise TypeError(f"calendar must be a WorkingCalendar, not {type(calendar).__name__}")
        return self.model_copy(update={"calendar": calendar})

    def with_announced_dates(self, *dates: date) -> Self:
        """The regime with more announced dates (MC-1); only for an announced-dates rule."""
        if not isinstance(self.rule, AnnouncedDates):
            raise TypeError(
                f"regime {self.name!r} has a {self.rule.kind!r} rule; only an announced-dates "
                "rule takes announced dates"
            )
        return self.model_copy(update={"rule": self.rule.with_dates(*dates)})

    def replace(self, **changes: Any) -> Self:
        """A validated copy with some fields changed (``rule=…``, ``window=…``, …)."""
        data = {name: getattr(self, name) for name in type(self).model_fields}
        data.update(changes)
        return type(self).model_validate(data)

    def describe(self) -> str:
        """One line: rule, hours, holiday policy, place."""
        return (
            f"{self.rule.describe()}, {self.window.describe()}, "
            f"{self.holiday_policy.describe()}, at {self.location}"
        )


def reception_cache(regime: RegimeBase) -> ReceptionIndex:
    """``regime``'s per-year cache of receptions (for :mod:`~receptionrules.regime.index`)."""
    # Read from pydantic's private dict directly: its attribute lookup is a slow path.
    private = regime.__pydantic_private__
    cache = private.get("_receptions") if private is not None else None
    if not isinstance(cache, ReceptionIndex):  # a model built around __init__ has none yet
        cache = ReceptionIndex()
        if private is None:
            object.__setattr__(regime, "__pydantic_private__", {"_receptions": cache})
        else:
            private["_receptions"] = cache
    return cache
