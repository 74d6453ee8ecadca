"""A reception: one session of a regime, on one day, at one place.

Receptions are results the library assembles from validated parts, so they are
named tuples (immutable, hashable, and the cheapest value to build in bulk: a
century of weekly receptions is listed faster than ``dateutil.rrule`` lists the
bare dates), not validated models.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, NamedTuple

from receptionrules.remarks import Language, Remark
from receptionrules.timeutil import Weekday

__all__ = ["Reception"]


class Reception(NamedTuple):
    """One reception session (immutable; ``_replace`` returns a changed copy).

    Attributes:
        regime: the name of the regime (preset) it belongs to.
        day: its day.
        start, end: aware datetimes in Asia/Shanghai; ``end`` is exclusive.
        location: where it is held.
        provisional: it rests on a year with no official holiday schedule yet (CAL-2).
        moved_from: the day the rule gave, when the holiday policy moved it; else None.
        remarks: structured notes; :attr:`notes` is their English text.
        label: the window's name, such as 上午.
    """

    regime: str
    day: date
    start: datetime
    end: datetime
    location: str
    provisional: bool = False
    moved_from: date | None = None
    remarks: tuple[Remark, ...] = ()
    label: str = ""

    @property
    def notes(self) -> tuple[str, ...]:
        """Short remarks in English, e.g. that a move left 上旬."""
        return tuple(r.render("en") for r in self.remarks)

    def notes_in(self, language: Language) -> tuple[str, ...]:
        """The remarks in ``language`` ('en' or 'zh')."""
        return tuple(r.render(language) for r in self.remarks)

    @property
    def weekday(self) -> Weekday:
        """The day of the week of :attr:`day`."""
        return Weekday(self.day.weekday())

    @property
    def moved(self) -> bool:
        """Whether the holiday policy moved it off the rule's day."""
        return self.moved_from is not None

    def hours(self) -> str:
        """``'08:30–12:00'``."""
        return f"{self.start:%H:%M}–{self.end:%H:%M}"

    def contains(self, at: datetime) -> bool:
        """Whether the aware moment ``at`` falls inside the session (end exclusive)."""
        return self.start <= at < self.end

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: ISO 8601 strings for dates and times."""
        return {
            "regime": self.regime,
            "date": self.day.isoformat(),
            "weekday": self.weekday.label,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "location": self.location,
            "provisional": self.provisional,
            "moved_from": None if self.moved_from is None else self.moved_from.isoformat(),
            "notes": list(self.notes),
            "label": self.label,
        }
