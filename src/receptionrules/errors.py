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
    "BoundsError",
    "CalendarRangeError",
    "DuplicateMatterError",
    "InconsistentMatterError",
    "InvalidDocumentError",
    "NaiveDatetimeError",
    "NoReceptionError",
    "ProvisionalDateError",
    "ReceptionRulesError",
    "UnknownPresetError",
    "UnknownValueError",
    "shown",
]

SHOWN_CHARS = 60
"""How many characters of a bad value an error message shows."""


def shown(value: object, limit: int = SHOWN_CHARS) -> str:
    """``repr(value)``, cut to ``limit`` characters and marked, for an error message; a
    date or a datetime in ISO form.

    >>> shown("p9"), shown(12), shown(date(2026, 5, 6))
    ("'p9'", '12', '2026-05-06')
    >>> shown("abcdef", limit=4)
    "'abc…' (6 characters)"
    """
    text = value.isoformat() if isinstance(value, date) else repr(value)
    if len(text) <= limit:
        return text
    if isinstance(value, str):
        return f"{text[:limit]}…' ({len(value)} characters)"
    return f"{text[:limit]}…"


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
    """A day lies outside the years the working-day calendar can answer for (CAL-1).

    ``parameter``, when given, names the argument the day came from.

    >>> str(CalendarRangeError(date(1, 1, 1), 2001, 2100, parameter="at"))[:60]
    'at=0001-01-01 is outside the working-day calendar, which cov'
    """

    def __init__(
        self, day: date, first_year: int, last_year: int, *, parameter: str | None = None
    ) -> None:
        self.day = day
        self.first_year = first_year
        self.last_year = last_year
        self.parameter = parameter
        named = f"{parameter}={day.isoformat()}" if parameter else day.isoformat()
        super().__init__(
            f"{named} is outside the working-day calendar, which covers "
            f"{first_year}-01-01 to {last_year}-12-31. Add that year's holiday schedule as data "
            "(WorkingCalendar.with_schedule) or choose a day inside the range."
        )


class BoundsError(ReceptionRulesError, ValueError):
    """A figure, a day or a moment beyond the bounds a real office never reaches
    (:mod:`receptionrules.bounds`: ten years of days, a year of lead time, the years
    1900–2200). The message names the parameter, the value (shortened) and the bounds.

    >>> str(BoundsError("days", 10**10, "give 0 to 3660 days"))
    'days=10000000000 is out of bounds: give 0 to 3660 days'
    """

    def __init__(self, parameter: str, value: object, bounds: str) -> None:
        self.parameter = parameter
        self.value = value
        super().__init__(f"{parameter}={shown(value)} is out of bounds: {bounds}")


class InvalidDocumentError(ReceptionRulesError, ValueError):
    """Text that is not a valid document of its format (JSON or TOML), or nested too deep.

    The message names what the text was read as (``what``) and why it was refused.
    """

    def __init__(self, what: str, reason: str) -> None:
        self.what = what
        self.reason = reason
        super().__init__(f"{what}: {reason}")


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
        return f"unknown preset {shown(self.name)}; valid names: {', '.join(self.valid)}"


class InconsistentMatterError(ReceptionRulesError, ValueError):
    """A petition matter's data contradict the time limits they are judged by (Nat-2).

    Raised when a matter is evaluated, because the limits (how many extensions, how
    long) are parameters of the evaluation, not of the data. The message names the
    matter, the field and the limit.
    """

    def __init__(self, matter_id: str, field: str, message: str) -> None:
        self.matter_id = matter_id
        self.field = field
        super().__init__(f"matter {shown(matter_id)}: {field}: {message}")


class DuplicateMatterError(ReceptionRulesError, ValueError):
    """Two petition matters of one set share an id."""

    def __init__(self, matter_id: str, first: int, second: int) -> None:
        self.matter_id = matter_id
        self.field = "id"
        self.positions = (first, second)
        super().__init__(
            f"matter {shown(matter_id)}: id: given twice (items {first} and {second}); every "
            "matter of a set needs its own id"
        )


class UnknownValueError(ReceptionRulesError, ValueError):
    """A value that is not one of a closed set (a role, an appointment reason, …).

    >>> str(UnknownValueError("reason", "bogus", ("holiday", "major_matter")))
    "reason='bogus' is not one of: holiday, major_matter"
    """

    def __init__(self, parameter: str, value: object, valid: tuple[str, ...]) -> None:
        self.parameter = parameter
        self.value = value
        self.valid = valid
        super().__init__(f"{parameter}={shown(value)} is not one of: {', '.join(valid)}")
