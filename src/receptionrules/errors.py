"""The library's errors: few, flat, and each message says what to do instead.

Every error the library raises on purpose derives from :class:`ReceptionRulesError`,
so an application can catch them all in one place. Most also derive from the
built-in exception a Python programmer would expect (``ValueError`` for a bad
value, ``KeyError`` for an unknown name), so ``except ValueError`` keeps working.
Bad *data* handed to a model constructor raises pydantic's ``ValidationError``
instead, which names the field.
"""

from __future__ import annotations

from datetime import date

__all__ = [
    "CalendarRangeError",
    "DuplicateMatterError",
    "InconsistentMatterError",
    "NaiveDatetimeError",
    "NoReceptionError",
    "ProvisionalDateError",
    "ReceptionRulesError",
    "UnknownPresetError",
]


class ReceptionRulesError(Exception):
    """Base class of every error this library raises on purpose."""


class NaiveDatetimeError(ReceptionRulesError, ValueError):
    """A datetime without a time zone was passed where a moment is meant.

    >>> from datetime import datetime
    >>> from receptionrules.timeutil import to_local
    >>> to_local(datetime(2026, 5, 6, 9, 0), "at")
    Traceback (most recent call last):
    ...
    receptionrules.errors.NaiveDatetimeError: at=datetime.datetime(2026, 5, 6, 9, 0) is naive ...
    """

    def __init__(self, value: object, parameter: str) -> None:
        self.value = value
        self.parameter = parameter
        super().__init__(
            f"{parameter}={value!r} is naive (it has no time zone). Pass an aware datetime, "
            "e.g. datetime(..., tzinfo=ZoneInfo('Asia/Shanghai')), or a date to mean the "
            "start of that day in Asia/Shanghai."
        )


class CalendarRangeError(ReceptionRulesError, ValueError):
    """A day lies outside the years the working-day calendar can answer for (CAL-1)."""

    def __init__(self, day: date, first_year: int, last_year: int) -> None:
        self.day = day
        self.first_year = first_year
        self.last_year = last_year
        super().__init__(
            f"{day.isoformat()} is outside the working-day calendar, which covers "
            f"{first_year}-01-01 to {last_year}-12-31. Add that year's holiday schedule as data "
            "(WorkingCalendar.with_schedule) or choose a day inside the range."
        )


class ProvisionalDateError(ReceptionRulesError, ValueError):
    """A strict calendar was asked about a year with no official holiday schedule (CAL-2)."""

    def __init__(self, day: date, last_official_year: int) -> None:
        self.day = day
        self.last_official_year = last_official_year
        super().__init__(
            f"{day.isoformat()} is in {day.year}, past {last_official_year}, the last year whose "
            "official holiday schedule the calendar holds, and the calendar is strict. Add the "
            f"State Council's {day.year} schedule as data (WorkingCalendar.with_schedule) or use "
            "a non-strict calendar, whose results for that year are marked provisional."
        )


class NoReceptionError(ReceptionRulesError, LookupError):
    """A regime has no reception where one was asked for, after a bounded search."""

    def __init__(self, message: str, *, regime: str, after: date | None = None) -> None:
        self.regime = regime
        self.after = after
        super().__init__(message)


class UnknownPresetError(ReceptionRulesError, KeyError):
    """No preset has that name."""

    def __init__(self, name: str, valid: tuple[str, ...]) -> None:
        self.name = name
        self.valid = valid
        super().__init__(name)

    def __str__(self) -> str:
        return f"unknown preset {self.name!r}; valid names: {', '.join(self.valid)}"


class InconsistentMatterError(ReceptionRulesError, ValueError):
    """A petition matter's data contradict the time limits they are judged by (Nat-2).

    Raised when a matter is evaluated, because the limits (how many extensions, how
    long) are parameters of the evaluation, not of the data. The message names the
    matter, the field and the limit.
    """

    def __init__(self, matter_id: str, field: str, message: str) -> None:
        self.matter_id = matter_id
        self.field = field
        super().__init__(f"matter {matter_id!r}: {field}: {message}")


class DuplicateMatterError(ReceptionRulesError, ValueError):
    """Two petition matters of one set share an id."""

    def __init__(self, matter_id: str, first: int, second: int) -> None:
        self.matter_id = matter_id
        self.field = "id"
        self.positions = (first, second)
        super().__init__(
            f"matter {matter_id!r}: id: given twice (items {first} and {second}); every matter "
            "of a set needs its own id"
        )
