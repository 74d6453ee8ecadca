"""Shared pieces of the duty models: the frozen config and local aware datetimes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict

from receptionrules.timeutil import bounded_local

__all__ = ["FROZEN", "IndexedModel", "LocalDatetime"]

FROZEN = ConfigDict(frozen=True, extra="forbid")


def _local(value: datetime) -> datetime:
    # Years 1900-2200 only: a moment near the ends of ``datetime`` would overflow on the
    # way to Asia/Shanghai, and no duty is that far off (receptionrules.bounds).
    return bounded_local(value)


LocalDatetime = Annotated[AwareDatetime, AfterValidator(_local)]
"""An aware datetime, kept in Asia/Shanghai; a naive one is refused, naming the field."""


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
