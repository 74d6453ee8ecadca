"""Shared pieces of the duty models: the frozen config and local aware datetimes.

In a file (JSON text, or strings in parsed data) a datetime without an offset is
local time in Asia/Shanghai, as on the command line:

>>> from pydantic import TypeAdapter
>>> moment = TypeAdapter(LocalDatetime)
>>> moment.validate_json('"2026-03-02T09:00"').isoformat()
'2026-03-02T09:00:00+08:00'
>>> moment.validate_json('"2026-03-02T01:00Z"').isoformat()
'2026-03-02T09:00:00+08:00'

A naive ``datetime`` object passed in code is still refused (its zone is unknown, not
written down): pass an aware one.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator, ConfigDict
from pydantic.json_schema import WithJsonSchema

from receptionrules.errors import shown
from receptionrules.timeutil import TZ, bounded_local

__all__ = ["FROZEN", "LOCAL_DATETIME_PATTERN", "IndexedModel", "LocalDatetime"]

FROZEN = ConfigDict(frozen=True, extra="forbid")


def _local(value: datetime) -> datetime:
    # Years 1900-2200 only: a moment near the ends of ``datetime`` would overflow on the
    # way to Asia/Shanghai, and no duty is that far off (receptionrules.bounds).
    return bounded_local(value)


# Years 1900-2200, the bounds of a moment of the data (receptionrules.bounds).
_DAY = r"(19[0-9]{2}|2[01][0-9]{2}|2200)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
_TIME = r"([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?"
_OFFSET = r"(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])"
LOCAL_DATETIME_PATTERN = rf"^{_DAY}([T ]{_TIME}{_OFFSET}?)?$"
"""What a datetime field accepts as text: ISO 8601, the offset optional (Asia/Shanghai)."""
_TEXT = re.compile(LOCAL_DATETIME_PATTERN)
# The same shape with any year: refused by the bounds, not as a malformed moment.
_SHAPE = re.compile(rf"^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}([T ]{_TIME}{_OFFSET}?)?$")


def _zone_less_is_local(value: Any) -> Any:
    # Text without an offset was written in Asia/Shanghai. Other text, and datetime
    # objects (a naive one is refused), are pydantic's to judge; a number is no moment.
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ValueError(f"{value!r} is a number; give an ISO 8601 date and time")
    # Text is ISO 8601 as LOCAL_DATETIME_PATTERN writes it, so that the file schema and
    # the loader accept the same moments (pydantic alone also takes "0" as 1970).
    if isinstance(value, str):
        if _TEXT.fullmatch(value):
            parsed = datetime.fromisoformat(value)
            return parsed.replace(tzinfo=TZ) if parsed.tzinfo is None else parsed
        if not _SHAPE.fullmatch(value):
            raise ValueError(
                f"{shown(value)} is not an ISO 8601 date and time; write it as "
                "2026-03-02T09:00 (Asia/Shanghai) or 2026-03-02T09:00+08:00"
            )
    return value


LocalDatetime = Annotated[
    AwareDatetime,
    BeforeValidator(_zone_less_is_local),
    AfterValidator(_local),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": LOCAL_DATETIME_PATTERN,
            "description": "ISO 8601 date and time; without an offset, Asia/Shanghai",
        }
    ),
]
"""An aware datetime, kept in Asia/Shanghai. Text without an offset is local time in
Asia/Shanghai; a naive ``datetime`` object is refused, naming the field."""


class IndexedModel(BaseModel):
    """A frozen model that keeps a private lookup index built from its fields.

    Equality compares the fields only, never the index (which may or may not be
    built yet), so two equal rosters compare equal however they were made.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    def _key(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in type(self).model_fields)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        assert isinstance(other, IndexedModel)
        return self._key() == other._key()

    def __hash__(self) -> int:
        # Equal models have equal first fields; hashing every slot would cost O(roster).
        return hash((type(self).__name__, self._key()[0]))
