"""When people can't be on duty: leave, a meeting called by a superior, being away.

Rotation skips an unavailable person for that day (AK-R-5.1) and a swap or cover
can't hand a slot to someone unavailable that day (AK-R-6.1). Substitution (WF-3)
names these same reasons.

>>> from datetime import date
>>> a = Availability(absences=[Absence(person="p1", first=date(2026, 5, 6),
...                                    last=date(2026, 5, 8), reason="leave")])
>>> a.is_available("p1", date(2026, 5, 7)), a.is_available("p1", date(2026, 5, 9))
(False, True)
>>> a.absence("p1", date(2026, 5, 7)).reason
<AbsenceReason.LEAVE: 'leave'>
"""

from __future__ import annotations

import bisect
from datetime import date
from enum import StrEnum

from pydantic import BaseModel, PrivateAttr, model_validator

from receptionrules.bounds import Day, Id, Note
from receptionrules.duty._model import FROZEN, IndexedModel

__all__ = ["Absence", "AbsenceReason", "Availability"]

_ZH = {
    "leave": "请假",
    "superior_meeting": "参加上级召开的会议",
    "away": "外出",
    "other": "其他原因",
}
_EN = {
    "leave": "on leave",
    "superior_meeting": "at a meeting called by a superior",
    "away": "away",
    "other": "unavailable",
}


class AbsenceReason(StrEnum):
    """Why a person can't be on duty on a day (WF-3 names the first three)."""

    LEAVE = "leave"
    """请假: on leave."""
    SUPERIOR_MEETING = "superior_meeting"
    """上级召开会议: at a meeting called by a superior."""
    AWAY = "away"
    """外出: away on business."""
    OTHER = "other"
    """其他: any other reason."""

    @property
    def label(self) -> str:
        """English, e.g. ``'on leave'``."""
        return _EN[self.value]

    @property
    def label_zh(self) -> str:
        """Chinese, e.g. ``'请假'``."""
        return _ZH[self.value]


class Absence(BaseModel):
    """One person unavailable from ``first`` to ``last`` (both inclusive; ``last`` defaults
    to ``first``)."""

    model_config = FROZEN

    person: Id
    first: Day
    last: Day | None = None
    reason: AbsenceReason = AbsenceReason.OTHER
    note: Note = ""

    @model_validator(mode="after")
    def _ordered(self) -> Absence:
        if self.last is not None and self.last < self.first:
            raise ValueError(
                f"last={self.last.isoformat()} is before first={self.first.isoformat()}; "
                "give the absence's days in order"
            )
        return self

    @property
    def until(self) -> date:
        """The last day of the absence."""
        return self.first if self.last is None else self.last


class _PersonAbsences:
    __slots__ = ("absences", "firsts", "reach")

    def __init__(self, absences: list[Absence]) -> None:
        absences.sort(key=lambda a: (a.first, a.until))
        self.absences = absences
        self.firsts = [a.first for a in absences]
        # reach[i]: the latest day any of absences[0..i] covers, so one bisect answers.
        reach: list[date] = []
        for a in absences:
            reach.append(max(reach[-1], a.until) if reach else a.until)
        self.reach = reach


class Availability(IndexedModel):
    """Everyone's absences; a lookup is O(log absences of that person).

    Immutable: :meth:`with_absence` returns a new value.
    """

    absences: tuple[Absence, ...] = ()
    _index: dict[str, _PersonAbsences] | None = PrivateAttr(default=None)

    def _people(self) -> dict[str, _PersonAbsences]:
        index = self._index
        if index is None:
            grouped: dict[str, list[Absence]] = {}
            for a in self.absences:
                grouped.setdefault(a.person, []).append(a)
            index = {p: _PersonAbsences(items) for p, items in grouped.items()}
            self._index = index
        return index

    def absence(self, person: str, day: date) -> Absence | None:
        """The absence keeping ``person`` away on ``day`` (the earliest-starting), or None."""
        entry = self._people().get(person)
        if entry is None:
            return None
        i = bisect.bisect_right(entry.firsts, day) - 1
        if i < 0 or entry.reach[i] < day:
            return None
        for a in entry.absences[: i + 1]:
            if a.until >= day:
                return a
        return None  # pragma: no cover - reach[i] >= day guarantees a hit

    def is_available(self, person: str, day: date) -> bool:
        """Whether ``person`` has no absence on ``day``."""
        return self.absence(person, day) is None

    def with_absence(self, *absences: Absence) -> Availability:
        """These absences and the new ones."""
        return Availability(absences=(*self.absences, *absences))


NOBODY_ABSENT = Availability()
"""Everyone available every day."""
