"""Bounded inputs: the upper bounds a real office never reaches, as field types (issue 13).

Every figure and text a caller or a file hands the library has an upper bound, checked
when the model is built (a pydantic ``ValidationError`` naming the field), so that no
input makes the library count for ever, overflow the range of dates, or echo a
100,000-character value back in an error message. The bounds, stated once here and in
docs/reference.md:

- a day count or a window (a time limit, a trigger's window, a search): at most
  :data:`MAX_DAYS`, 3660 days (ten years);
- a lead time: at most :data:`MAX_LEAD`, a year (366 days);
- a count (matters, people, transfers, extensions): at most :data:`MAX_COUNT`;
- a day or a moment of the data: in the years :data:`FIRST_YEAR` … :data:`LAST_YEAR`
  (1900–2200; the working-day calendar itself covers fewer, see CAL-2);
- free text: an id, a name, a title or a label at most :data:`SHORT_TEXT` (200)
  characters; a place at most :data:`PLACE_TEXT` (500); a note or a description at
  most :data:`NOTE_TEXT` (3,000, as OnCall caps its descriptions).

A field whose lower bound differs from the type's writes its own
``Field(ge=…, le=MAX_…)``: pydantic keeps the annotation's ``ge`` over the default's.

:func:`receptionrules.errors.shown` is the one way an error message echoes a value:
its ``repr``, cut to a short, marked prefix.

>>> from pydantic import BaseModel, ValidationError
>>> class Office(BaseModel):
...     name: ShortText
...     window_days: DayCount = 90
>>> Office(name="x" * 201)
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for Office
name
  String should have at most 200 characters ...
>>> from receptionrules.errors import shown
>>> shown("x" * 100_000)
"'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' (100000 characters)"
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, Field

from receptionrules.errors import BoundsError, shown

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "MAX_COUNT",
    "MAX_DAYS",
    "MAX_LEAD",
    "NOTE_TEXT",
    "PLACE_TEXT",
    "SHORT_TEXT",
    "YEARS_PATTERN",
    "Count",
    "Day",
    "DayCount",
    "Id",
    "Note",
    "Place",
    "ShortText",
    "Tagged",
    "check_day",
    "check_days",
    "check_kind",
]

MAX_DAYS = 3660
"""The longest day count or window the library takes: ten years of days."""
MAX_LEAD = timedelta(days=366)
"""The longest lead time (事先) a change takes: a year."""
MAX_COUNT = 100_000
"""The largest count (matters, people, transfers, extensions) a threshold takes."""
FIRST_YEAR = 1900
"""The first year of a day or a moment in the data."""
LAST_YEAR = 2200
"""The last year of a day or a moment in the data."""
SHORT_TEXT = 200
"""The longest id, name, title or label, in characters."""
PLACE_TEXT = 500
"""The longest place or address, in characters."""
NOTE_TEXT = 3000
"""The longest note or description, in characters."""


def check_days(days: int, parameter: str, *, low: int = 0, high: int = MAX_DAYS) -> int:
    """``days`` itself when ``low <= days <= high``; else :class:`BoundsError` naming
    ``parameter``.

    >>> check_days(15, "days")
    15
    >>> check_days(10**10, "days")
    Traceback (most recent call last):
    ...
    receptionrules.errors.BoundsError: days=10000000000 is out of bounds: give 0 to 3660 days ...
    """
    if isinstance(days, bool) or not isinstance(days, int):
        raise TypeError(f"{parameter} must be an int, not {type(days).__name__}")
    if not low <= days <= high:
        raise BoundsError(parameter, days, f"give {low} to {high} days (ten years at most)")
    return days


def check_day(day: date) -> date:
    """``day`` itself when its year is in :data:`FIRST_YEAR` … :data:`LAST_YEAR`; else a
    ValueError (a field validator: pydantic names the field).

    >>> check_day(date(9999, 12, 31))
    Traceback (most recent call last):
    ...
    ValueError: 9999-12-31 is outside the years 1900 to 2200 the library takes...
    """
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(
            f"{day.isoformat()} is outside the years {FIRST_YEAR} to {LAST_YEAR} the library "
            "takes; give a day inside them"
        )
    return day


def check_kind(value: object) -> object:
    """``value`` itself unless it is a mapping whose ``kind`` is not text, or text longer
    than :data:`SHORT_TEXT`: a before-validator for a tagged union, whose own error would
    repeat the whole tag.

    >>> check_kind({"kind": "weekly"})
    {'kind': 'weekly'}
    >>> check_kind({"kind": "x" * 500})
    Traceback (most recent call last):
    ...
    ValueError: kind='xxxx…' (500 characters) is not a kind of this field
    """
    if not isinstance(value, dict) or "kind" not in value:
        return value
    kind = value["kind"]
    if not isinstance(kind, str) or len(kind) > SHORT_TEXT:
        raise ValueError(f"kind={shown(kind, limit=5)} is not a kind of this field")
    return value


Tagged = BeforeValidator(check_kind)
"""Put on a tagged union (``Annotated[A | B, Field(discriminator="kind"), Tagged]``): a
too-long ``kind`` is refused in a short message."""

DayCount = Annotated[int, Field(ge=0, le=MAX_DAYS)]
"""A number of days, a window or a time limit: 0 to 3660 (ten years)."""
Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
"""A count of matters, people, transfers or extensions: 0 to 100,000."""
YEARS_PATTERN = r"^(19[0-9]{2}|2[01][0-9]{2}|2200)-"
"""The years 1900–2200 at the start of an ISO date, as a JSON Schema pattern."""
Day = Annotated[
    date, AfterValidator(check_day), Field(json_schema_extra={"pattern": YEARS_PATTERN})
]
"""A day of the data, in the years 1900 to 2200."""
Id = Annotated[str, Field(min_length=1, max_length=SHORT_TEXT)]
"""An identifier: 1 to 200 characters."""
ShortText = Annotated[str, Field(max_length=SHORT_TEXT)]
"""A name, a title or a label: at most 200 characters."""
Place = Annotated[str, Field(max_length=PLACE_TEXT)]
"""A place or an address: at most 500 characters."""
Note = Annotated[str, Field(max_length=NOTE_TEXT)]
"""A note or a description: at most 3,000 characters."""
