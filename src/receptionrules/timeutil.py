"""Time zone and conversion helpers: every institution runs on Asia/Shanghai time."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from enum import IntEnum
from typing import Annotated, Any
from zoneinfo import ZoneInfo

from pydantic import AfterValidator, BeforeValidator, GetCoreSchemaHandler
from pydantic.json_schema import WithJsonSchema
from pydantic_core import core_schema

from receptionrules.bounds import FIRST_YEAR, LAST_YEAR
from receptionrules.errors import BoundsError, NaiveDatetimeError, shown

__all__ = [
    "TZ",
    "WEEKDAY_NAMES",
    "WEEKDAY_NAMES_ZH",
    "LocalTime",
    "Weekday",
    "bounded_local",
    "start_of_day",
    "to_local",
]

TZ = ZoneInfo("Asia/Shanghai")
"""The time zone of every institution in this library (UTC+8, no daylight saving)."""

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_NAMES_ZH = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
_ALIASES = {
    **{n.lower(): i for i, n in enumerate(WEEKDAY_NAMES)},
    **{n[:3].lower(): i for i, n in enumerate(WEEKDAY_NAMES)},
    **{n[:2].lower(): i for i, n in enumerate(WEEKDAY_NAMES)},
    **{n: i for i, n in enumerate(WEEKDAY_NAMES_ZH)},
    **{"周" + n[-1]: i for i, n in enumerate(WEEKDAY_NAMES_ZH)},
    "星期天": 6,
    "周天": 6,
}


class Weekday(IntEnum):
    """A day of the week, numbered as ``date.weekday()`` (Monday is 0).

    Parses English names and abbreviations and Chinese names:

    >>> Weekday.parse("Tuesday"), Weekday.parse("tu"), Weekday.parse("星期二")
    (<Weekday.TUESDAY: 1>, <Weekday.TUESDAY: 1>, <Weekday.TUESDAY: 1>)
    """

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6

    @property
    def label(self) -> str:
        """The English name, e.g. ``'Tuesday'``."""
        return WEEKDAY_NAMES[self]

    @property
    def label_zh(self) -> str:
        """The Chinese name, e.g. ``'星期二'``."""
        return WEEKDAY_NAMES_ZH[self]

    @classmethod
    def parse(cls, value: object) -> Weekday:
        """A weekday from an int 0–6, an English name or abbreviation, or a Chinese name."""
        if isinstance(value, cls):
            return value
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 6:
            return cls(value)
        if isinstance(value, str) and value.strip().lower() in _ALIASES:
            return cls(_ALIASES[value.strip().lower()])
        raise ValueError(
            f"{shown(value)} is not a weekday; use 0-6 (Monday=0), an English name such as "
            "'tuesday', or a Chinese name such as '星期二'"
        )

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            cls.parse,
            json_schema_input_schema=core_schema.union_schema(
                [core_schema.int_schema(ge=0, le=6), core_schema.str_schema()]
            ),
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda w: WEEKDAY_NAMES[w].lower(), when_used="json"
            ),
        )


def start_of_day(day: date) -> datetime:
    """The first moment of ``day`` in Asia/Shanghai.

    >>> start_of_day(date(2026, 5, 6)).isoformat()
    '2026-05-06T00:00:00+08:00'
    """
    return datetime.combine(day, time.min, TZ)


def to_local(at: date | datetime, parameter: str = "at") -> datetime:
    """Turn a date or an aware datetime into an aware datetime in Asia/Shanghai.

    A ``date`` means the start of that day. A naive datetime is refused, because
    guessing its zone would give silently wrong answers.

    >>> to_local(date(2026, 5, 6)).isoformat()
    '2026-05-06T00:00:00+08:00'

    Raises:
        NaiveDatetimeError: ``at`` is naive.
        BoundsError: in Asia/Shanghai ``at`` falls outside the dates Python holds
            (before 0001-01-01 or after 9999-12-31).
        TypeError: ``at`` is neither a date nor a datetime.
    """
    if isinstance(at, datetime):
        if at.tzinfo is None or at.tzinfo.utcoffset(at) is None:
            raise NaiveDatetimeError(at, parameter)
        if at.tzinfo is TZ:
            return at
        try:
            return at.astimezone(TZ)
        except OverflowError:
            raise BoundsError(
                parameter, at, "in Asia/Shanghai it falls outside the years 1 to 9999"
            ) from None
    if isinstance(at, date):
        return datetime.combine(at, time.min, TZ)
    raise TypeError(f"{parameter} must be a date or an aware datetime, not {type(at).__name__}")


def bounded_local(at: datetime, parameter: str = "value") -> datetime:
    """``at`` in Asia/Shanghai, refused unless its year is in 1900 … 2200 (a moment of the data,
    :mod:`receptionrules.bounds`).

    >>> from datetime import timedelta, timezone
    >>> bounded_local(datetime(2026, 5, 6, 1, tzinfo=timezone.utc)).isoformat()
    '2026-05-06T09:00:00+08:00'
    >>> bounded_local(datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=9))))
    Traceback (most recent call last):
    ...
    receptionrules.errors.BoundsError: value=0001-01-01T00:00:00+09:00 is out of bounds: ...

    Raises:
        BoundsError: the year is outside 1900 … 2200 (a ``ValueError``: in a field
            validator pydantic reports it naming the field).
    """
    local = to_local(at, parameter)
    if not FIRST_YEAR <= local.year <= LAST_YEAR:
        raise BoundsError(parameter, at, f"give a moment in the years {FIRST_YEAR} to {LAST_YEAR}")
    return local


def _wall_clock(t: time) -> time:
    if t.tzinfo is not None:
        raise ValueError("give the local wall-clock time without a zone (Asia/Shanghai)")
    return t


_LOCAL_TIME_PATTERN = r"^([01]?[0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?$"
"""What a time-of-day field accepts as text: ``8:30``, ``08:30``, ``14:30:00``; no zone."""
_ONE_DIGIT_HOUR = re.compile(r"^[0-9]:")


_TOO_FINE = re.compile(r"\.[0-9]{7,}$")


def _pad_hour(value: Any) -> Any:
    # "8:30", as notices write it, is 08:30.
    if isinstance(value, str) and _TOO_FINE.search(value.strip()):
        # What the schema says (at most microseconds); pydantic would drop the rest.
        raise ValueError("a time of day has at most 6 digits after the seconds (microseconds)")
    if isinstance(value, str) and _ONE_DIGIT_HOUR.match(value):
        return "0" + value
    return value


LocalTime = Annotated[
    time,
    BeforeValidator(_pad_hour),
    AfterValidator(_wall_clock),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": _LOCAL_TIME_PATTERN,
            "description": "a time of day in Asia/Shanghai, HH:MM or HH:MM:SS, without a zone",
        }
    ),
]
"""A wall-clock time of day in Asia/Shanghai, given without a zone (a field type);
``"8:30"`` means 08:30."""
