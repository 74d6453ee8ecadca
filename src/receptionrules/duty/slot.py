"""A duty slot: one reception of a regime and who holds each of its positions.

A slot is made from a :class:`~receptionrules.reception.Reception`: its id, day,
hours and place; one :class:`Assignment` per position of the duty composition
(``person`` None means the post is vacant); who was notified to receive together
(AK-R-5.3); and what was announced to the public (AK-R-5.2).

>>> from datetime import date, datetime
>>> import receptionrules as rr
>>> r = rr.preset("township-duty").reception_on(date(2026, 5, 6))
>>> s = Slot.from_reception(r, [Assignment(position="deputy_section_leader", person="d1"),
...                             Assignment(position="station_chief", person="c1")])
>>> s.id, s.hours(), s.holders
('township-duty/2026-05-06', '08:00–17:00', ('d1', 'c1'))
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from pydantic import BaseModel, Field, model_validator

from receptionrules.bounds import Day, Id, Place
from receptionrules.duty._model import FROZEN, LocalDatetime
from receptionrules.duty.announced import Announcement
from receptionrules.duty.coreceivers import Notification
from receptionrules.reception import Reception

__all__ = ["Assignment", "Slot", "hm", "slot_id"]


def slot_id(regime: str, day: date) -> str:
    """The id of ``regime``'s slot on ``day``: ``'township-duty/2026-05-06'``.

    A regime holds at most one reception a day (two rule days resolving to one day
    merge), so the pair is unique.
    """
    return f"{regime}/{day.isoformat()}"


def hm(at: datetime) -> str:
    """``'2026-05-06 08:30'``: a moment to the minute, as a refusal shows it (years
    1900-2200, receptionrules.bounds, so always four digits)."""
    # %-formatting: about twice as fast as isoformat() or format specs, and every refusal
    # that cites a moment shows one.
    return "%04d-%02d-%02d %02d:%02d" % (at.year, at.month, at.day, at.hour, at.minute)  # noqa: UP031


class Assignment(BaseModel):
    """Who holds one position of a slot; ``person`` None is a vacancy.

    ``substitute`` is the designated substitute (补位领导, WF-3) for this post on this
    day, if one was designated.
    """

    model_config = FROZEN

    position: Id
    person: Id | None = None
    substitute: Id | None = None


class Slot(BaseModel):
    """One duty slot: a reception and the people holding its positions."""

    model_config = FROZEN

    id: Id
    regime: Id
    day: Day
    start: LocalDatetime
    end: LocalDatetime
    location: Place
    location_en: Place = ""
    """The place in English (the regime's ``location_en``), for English notices,
    timetables and tables; empty for a roster saved before slots recorded it, or a
    regime that names its place in Chinese only."""
    provisional: bool = False
    """The day rests on a year with no official holiday schedule yet (CAL-2)."""
    moved_from: date | None = None
    """The day the regime's rule gave, when the holiday policy moved the reception to
    :attr:`day` (CAL-1); None when it is held on that day, or for a roster saved
    before slots recorded it. A feed's UID is made from it, so it never changes."""
    assignments: tuple[Assignment, ...] = Field(min_length=1)
    notified: tuple[Notification, ...] = ()
    announced: Announcement | None = None

    @model_validator(mode="after")
    def _check(self) -> Slot:
        if self.end <= self.start:
            raise ValueError(
                f"end={self.end.isoformat()} must be after start={self.start.isoformat()}"
            )
        if self.start.date() != self.day:
            raise ValueError(f"start={self.start.isoformat()} is not on day={self.day}")
        if self.moved_from == self.day:
            raise ValueError(
                f"moved_from={self.day} is the slot's own day; leave it out (None) for a "
                "reception held on the day its rule gave"
            )
        return self

    @classmethod
    def from_reception(
        cls, reception: Reception, assignments: Sequence[Assignment], *, location_en: str = ""
    ) -> Slot:
        """The slot for ``reception`` with these assignments (``location_en``: the place
        in English, the regime's ``location_en``)."""
        return cls(
            id=slot_id(reception.regime, reception.day),
            regime=reception.regime,
            day=reception.day,
            start=reception.start,
            end=reception.end,
            location=reception.location,
            location_en=location_en,
            provisional=reception.provisional,
            moved_from=reception.moved_from,
            assignments=tuple(assignments),
        )

    @property
    def scheduled_day(self) -> date:
        """The day the reception was scheduled for: :attr:`moved_from`, else :attr:`day`."""
        return self.day if self.moved_from is None else self.moved_from

    @property
    def holders(self) -> tuple[str | None, ...]:
        """Who holds each position, in position order (None: vacant)."""
        return tuple(a.person for a in self.assignments)

    def holder(self, position: str) -> str | None:
        """Who holds ``position`` (None: vacant, or no such position)."""
        for a in self.assignments:
            if a.position == position:
                return a.person
        return None

    def position_of(self, person: str) -> str | None:
        """The position ``person`` holds in this slot, or None."""
        for a in self.assignments:
            if a.person == person:
                return a.position
        return None

    def with_holder(self, position: str, person: str | None) -> Slot:
        """The slot with ``person`` holding ``position`` (None: vacant); not validated."""
        return self._with(position, {"person": person})

    def with_substitute(self, position: str, person: str | None) -> Slot:
        """The slot with ``person`` designated substitute for ``position``; not validated."""
        return self._with(position, {"substitute": person})

    def _with(self, position: str, update: dict[str, str | None]) -> Slot:
        assignments = tuple(
            a.model_copy(update=update) if a.position == position else a for a in self.assignments
        )
        return self.model_copy(update={"assignments": assignments})

    def overlaps(self, start: LocalDatetime, end: LocalDatetime) -> bool:
        """Whether the slot's hours overlap ``[start, end)``."""
        return self.start < end and start < self.end

    def hours(self) -> str:
        """``'08:00–17:00'``."""
        s, e = self.start, self.end
        return f"{s.hour:02d}:{s.minute:02d}–{e.hour:02d}:{e.minute:02d}"

    def when(self) -> str:
        """``'2026-05-06 08:00–17:00'``."""
        return f"{self.day.isoformat()} {self.hours()}"
