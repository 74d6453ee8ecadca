"""The lookup index of a roster: its slots by id, by day and by person.

A :class:`~receptionrules.duty.roster.Roster` builds its index once, on first use
(``roster.index``), and a roster made from it by a change shares every part the
change did not touch, so a lookup, and the check of a change, costs O(slots
touched), never O(roster), however many years the roster covers.

The index is read by the modules above the roster (the checks of a change, the
rotation); it is built from slots and people only, so it knows nothing of the
roster itself.

>>> from datetime import date, datetime
>>> from receptionrules.duty.people import Person
>>> from receptionrules.duty.slot import Assignment, Slot
>>> from receptionrules.timeutil import TZ
>>> slot = Slot(id="x/2026-05-06", regime="x", day=date(2026, 5, 6),
...             start=datetime(2026, 5, 6, 8, tzinfo=TZ), end=datetime(2026, 5, 6, 12, tzinfo=TZ),
...             location="", assignments=[Assignment(position="leader", person="a")])
>>> ix = RosterIndex.build([slot], [Person(id="a", name="A", roles=["mayor"])])
>>> ix.by_id, ix.by_person
({'x/2026-05-06': 0}, {'a': {datetime.date(2026, 5, 6): (0,)}})
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime

from receptionrules.calendar import WorkingCalendar
from receptionrules.duty.leadtime import LeadTime
from receptionrules.duty.people import Person
from receptionrules.duty.slot import Slot, hm

__all__ = ["RosterIndex"]

_DEADLINES_KEPT = 65_536  # about eight 30-year rosters' slots, each under one lead time
_Deadline = tuple[datetime, str, str, str]
_Deadlines = dict[tuple[int, int, datetime], tuple[object, object, _Deadline]]


class RosterIndex:
    """Lookups over a roster's slots (positions in ``roster.slots``); shared between a
    roster and the rosters made from it wherever they agree. Read it, never change it.

    Attributes:
        by_id: slot id → position.
        days: each slot's day, in slot order (sorted, for a range lookup by bisection).
        by_day: day → the positions of that day's slots.
        by_person: person id → day → the positions of the slots they hold that day.
        people: person id → person.

    It also remembers the change deadlines it was asked for (:meth:`deadline`), shared
    with the indexes made from it: a slot's start never changes.
    """

    __slots__ = ("_deadlines", "by_day", "by_id", "by_person", "days", "people")

    def __init__(
        self,
        by_id: dict[str, int],
        days: list[date],
        by_day: dict[date, tuple[int, ...]],
        by_person: dict[str, dict[date, tuple[int, ...]]],
        people: dict[str, Person],
        deadlines: _Deadlines | None = None,
    ) -> None:
        self.by_id = by_id
        self.days = days
        self.by_day = by_day
        self.by_person = by_person
        self.people = people
        self._deadlines = {} if deadlines is None else deadlines

    def deadline(
        self, lead_time: LeadTime, start: datetime, calendar: WorkingCalendar
    ) -> tuple[datetime, str, str, str]:
        """``lead_time.deadline(start, calendar)``, that moment to the minute, and the lead
        time's ``describe()`` and ``describe_zh()`` (as a refusal shows them), worked out
        once per slot start, lead time and calendar (both immutable, so the answer never
        changes) and then remembered.

        Raises:
            CalendarRangeError: as ``lead_time.deadline`` does (nothing is remembered).
        """
        key = (id(lead_time), id(calendar), start)
        known = self._deadlines.get(key)
        # The entry keeps the lead time and the calendar alive, so their ids are not reused.
        if known is not None and known[0] is lead_time and known[1] is calendar:
            return known[2]
        moment = lead_time.deadline(start, calendar)
        found = (moment, hm(moment), lead_time.describe(), lead_time.describe_zh())
        if len(self._deadlines) >= _DEADLINES_KEPT:
            self._deadlines.clear()
        self._deadlines[key] = (lead_time, calendar, found)
        return found

    @classmethod
    def build(cls, slots: Sequence[Slot], people: Iterable[Person]) -> RosterIndex:
        """The index of these slots (in roster order) and people."""
        by_id: dict[str, int] = {}
        days: list[date] = []
        by_day: dict[date, tuple[int, ...]] = {}
        by_person: dict[str, dict[date, tuple[int, ...]]] = {}
        for i, slot in enumerate(slots):
            by_id[slot.id] = i
            days.append(slot.day)
            by_day[slot.day] = (*by_day.get(slot.day, ()), i)
            for a in slot.assignments:
                if a.person is not None:
                    inner = by_person.setdefault(a.person, {})
                    inner[slot.day] = (*inner.get(slot.day, ()), i)
        return cls(by_id, days, by_day, by_person, {p.id: p for p in people})

    def after(self, old: Sequence[Slot], changed: Mapping[int, Slot]) -> RosterIndex:
        """The index once the slots at ``changed``'s keys are replaced (same ids and days);
        O(changed slots × their holders' days)."""
        affected: set[str] = set()
        for i, slot in changed.items():
            affected.update(p for p in old[i].holders if p is not None)
            affected.update(p for p in slot.holders if p is not None)
        by_person = dict(self.by_person)  # a shallow copy; only affected people get new entries
        for person in affected:
            inner = dict(by_person.get(person, {}))
            for i, slot in changed.items():
                held = set(inner.get(slot.day, ()))
                held.discard(i)
                if person in slot.holders:
                    held.add(i)
                if held:
                    inner[slot.day] = tuple(sorted(held))
                else:
                    inner.pop(slot.day, None)
            by_person[person] = inner
        return RosterIndex(
            self.by_id, self.days, self.by_day, by_person, self.people, self._deadlines
        )
