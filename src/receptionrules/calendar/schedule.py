"""The schedule data a user supplies to the calendar (CAL-1, CAL-2, CAL-3).

A year the ``holidays`` package does not know yet, or a correction to one it knows,
is plain data written the way a State Council notice is written
(:class:`YearSchedule` of :class:`HolidayPeriod`, loadable from JSON with
:func:`load_schedules`, CAL-2); a single day is declared with :class:`DayOverride`
(CAL-1, CAL-3). These are validated once, here; the calendar trusts them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    TypeAdapter,
    model_validator,
)
from pydantic.json_schema import WithJsonSchema

from receptionrules.timeutil import Weekday

__all__ = ["DayOverride", "Days", "HolidayPeriod", "YearSchedule", "load_schedules"]

_RANGE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*(?:/|\.\.)\s*(\d{4}-\d{2}-\d{2})\s*$")


def _expand_days(value: Any) -> Any:
    """Accept a date, an ISO date string, an inclusive range ``"A/B"`` (or ``"A..B"``),
    or a list of those; return a flat list for pydantic to validate as dates."""
    items = value if isinstance(value, list | tuple) else [value]
    out: list[Any] = []
    for item in items:
        if isinstance(item, str) and (m := _RANGE.match(item)):
            first, last = date.fromisoformat(m.group(1)), date.fromisoformat(m.group(2))
            if last < first:
                raise ValueError(f"range {item!r} ends before it starts")
            if (last - first).days > 60:
                raise ValueError(f"range {item!r} is longer than 60 days; no holiday is")
            out.extend(first + timedelta(days=i) for i in range((last - first).days + 1))
        else:
            out.append(item)
    return out


_DAY_TEXT = r"[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_DAY_OR_RANGE = {
    "type": "string",
    "pattern": rf"^({_DAY_TEXT}|\s*{_DAY_TEXT}\s*(/|\.\.)\s*{_DAY_TEXT}\s*)$",
}

Days = Annotated[
    tuple[date, ...],
    BeforeValidator(_expand_days),
    WithJsonSchema(
        {
            "anyOf": [_DAY_OR_RANGE, {"type": "array", "items": _DAY_OR_RANGE}],
            "description": "a date (YYYY-MM-DD), an inclusive range 'YYYY-MM-DD/YYYY-MM-DD', "
            "or a list of them",
        }
    ),
]
"""Days as a schedule writes them: dates, ISO strings or inclusive ranges ``"A/B"`` (CAL-2)."""


class HolidayPeriod(BaseModel):
    """One holiday of a State Council notice: its days off and the make-up working days.

    ``days_off`` takes dates and inclusive ranges written ``"2027-02-06/2027-02-13"``.
    ``statutory`` says which of the days off are statutory holidays (法定节假日, CAL-1);
    left out, they are the days the national holiday regulations fix (元旦 1 January,
    春节 New Year's Eve and the first three days, …) that fall among ``days_off``, as
    the ``holidays`` package computes them for the year. ``name_en`` is the English
    name (left out: the package's English name of ``name``, else ``name``).

    >>> p = HolidayPeriod(name="劳动节", days_off="2026-05-01/2026-05-05",
    ...                   make_up_workdays=["2026-05-09"])
    >>> len(p.days_off), p.make_up_workdays, p.statutory
    (5, (datetime.date(2026, 5, 9),), None)
    >>> HolidayPeriod(name="劳动节", days_off="2026-05-01/2026-05-05",
    ...               statutory="2026-05-01/2026-05-02").statutory
    (datetime.date(2026, 5, 1), datetime.date(2026, 5, 2))
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    name_en: str = ""
    days_off: Days = Field(min_length=1, json_schema_extra={"minItems": 1})
    make_up_workdays: Days = ()
    statutory: Days | None = None

    @model_validator(mode="after")
    def _check_statutory(self) -> HolidayPeriod:
        for d in self.statutory or ():
            if d not in self.days_off:
                raise ValueError(
                    f"statutory: {d.isoformat()} is not among the days off of {self.name}; "
                    "a statutory holiday is a day off: list it under days_off too (CAL-1)"
                )
        return self


class YearSchedule(BaseModel):
    """A year's official holiday schedule, as announced by the State Council (CAL-2).

    Adding one to a calendar makes that year official: its results stop being
    provisional. The days belong to ``year``, or to the December before it (a New
    Year break or its make-up day can start in the old year).

    >>> s = YearSchedule.model_validate({
    ...     "year": 2027, "source": "example",
    ...     "holidays": [{"name": "元旦", "days_off": "2027-01-01/2027-01-03"}]})
    >>> s.year, len(s.days_off())
    (2027, 3)
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    year: int = Field(ge=1950, le=2200)
    source: str = ""
    holidays: tuple[HolidayPeriod, ...]

    @model_validator(mode="after")
    def _check(self) -> YearSchedule:
        first, last = date(self.year - 1, 12, 1), date(self.year, 12, 31)
        seen_off: dict[date, str] = {}
        seen_work: dict[date, str] = {}
        for period in self.holidays:
            for d in (*period.days_off, *period.make_up_workdays):
                if not first <= d <= last:
                    raise ValueError(
                        f"holidays[{period.name}]: {d.isoformat()} is not in {self.year} "
                        f"(or the December before it); a schedule holds one year (CAL-2)"
                    )
            for d in period.days_off:
                if d in seen_off:
                    raise ValueError(
                        f"holidays[{period.name}].days_off: {d.isoformat()} is listed twice "
                        f"(also under {seen_off[d]})"
                    )
                seen_off[d] = period.name
            for d in period.make_up_workdays:
                if d.weekday() < 5:
                    raise ValueError(
                        f"holidays[{period.name}].make_up_workdays: {d.isoformat()} is a "
                        f"{Weekday(d.weekday()).label}; a make-up working day is a Saturday "
                        "or Sunday (CAL-1)"
                    )
                if d in seen_work:
                    raise ValueError(
                        f"holidays[{period.name}].make_up_workdays: {d.isoformat()} is listed twice"
                    )
                seen_work[d] = period.name
        both = sorted(set(seen_off) & set(seen_work))
        if both:
            raise ValueError(
                f"{both[0].isoformat()} is both a day off and a make-up working day (CAL-1)"
            )
        return self

    def days_off(self) -> dict[date, str]:
        """Every day off of the schedule, with the holiday's name."""
        return {d: p.name for p in self.holidays for d in p.days_off}

    def make_up_workdays(self) -> dict[date, str]:
        """Every make-up working day of the schedule, with the holiday it makes up for."""
        return {d: p.name for p in self.holidays for d in p.make_up_workdays}


_SCHEDULES = TypeAdapter(YearSchedule | list[YearSchedule])


def load_schedules(data: str | bytes | Mapping[str, Any] | list[Any]) -> tuple[YearSchedule, ...]:
    """Read one year's schedule, or a list of them, from JSON text or parsed JSON (CAL-2).

    The library does no I/O: read the file yourself and pass its text.

    >>> load_schedules('{"year": 2027, "holidays": '
    ...                '[{"name": "元旦", "days_off": ["2027-01-01"]}]}')[0].year
    2027
    """
    value = (
        _SCHEDULES.validate_json(data)
        if isinstance(data, str | bytes)
        else _SCHEDULES.validate_python(data)
    )
    result = tuple(value) if isinstance(value, list) else (value,)
    years = [s.year for s in result]
    if len(set(years)) != len(years):
        dup = next(y for y in years if years.count(y) > 1)
        raise ValueError(f"year {dup} has two schedules; give each year once")
    return result


class DayOverride(BaseModel):
    """A single day declared by the user, overriding every other source (CAL-1, CAL-3).

    ``as_weekday`` declares which weekday a make-up working day is worked as, so a
    weekly reception on that weekday is held on it too (CAL-3: without this, a
    make-up Saturday creates no Monday reception).

    >>> from datetime import date
    >>> DayOverride(day=date(2026, 2, 28), working=True, as_weekday="monday").as_weekday
    <Weekday.MONDAY: 0>
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    day: date
    working: bool
    reason: str = ""
    as_weekday: Weekday | None = None

    @model_validator(mode="after")
    def _check(self) -> DayOverride:
        if self.as_weekday is not None and not self.working:
            raise ValueError(
                f"as_weekday: {self.day.isoformat()} is declared not working, so it cannot be "
                "worked as another weekday (CAL-3)"
            )
        return self
