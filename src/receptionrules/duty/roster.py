"""Duty rosters: who holds each reception's posts, and every change made to that.

A roster is immutable: every change returns a new roster, the old one stays valid.
Its :class:`~receptionrules.duty.index.RosterIndex` (by slot id, day and person)
makes a lookup, and the check of a change, O(slots touched), never O(roster).

This module is the roster *value*: its fields and their validation, read-only
queries, and the data changes that need no rule check (a designated substitute, a
notification, an announcement). What judges a change against the rules sits above
and imports it: :mod:`.rotation`, :mod:`.apply` (check, apply, undo, substitute),
:mod:`.announcements`, :mod:`.audit`.

>>> from datetime import date, datetime
>>> import receptionrules as rr
>>> people = [rr.Person(id=f"d{i}", name=f"Deputy {i}", roles=["deputy_section_leader"])
...           for i in (1, 2)] + [
...          rr.Person(id=f"c{i}", name=f"Chief {i}", roles=["station_chief"]) for i in (1, 2, 3)]
>>> roster = rr.generate_roster(rr.preset("township-duty"), people,
...                             date(2026, 5, 6), date(2026, 5, 8))
>>> [s.holders for s in roster.slots]
[('d1', 'c1'), ('d2', 'c2'), ('d1', 'c3')]
>>> [p.id for p in roster.on_duty(datetime(2026, 5, 7, 9, tzinfo=rr.TZ))]
['d2', 'c2']
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from pydantic import Field, PrivateAttr, model_validator
from pydantic.json_schema import SkipJsonSchema

from receptionrules.bounds import Day, Id
from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.duty._model import IndexedModel
from receptionrules.duty.announced import Announcement
from receptionrules.duty.changes import ChangeRecord, UndoRequest
from receptionrules.duty.composition import Composition
from receptionrules.duty.coreceivers import CoReceiverKind, Notification
from receptionrules.duty.errors import OutsideRosterError, UnknownPersonError, UnknownSlotError
from receptionrules.duty.index import RosterIndex
from receptionrules.duty.people import Person
from receptionrules.duty.slot import Slot
from receptionrules.duty.vacancies import Vacancy, slot_vacancies
from receptionrules.timeutil import to_local

__all__ = ["Roster"]


class Roster(IndexedModel):
    """The duty roster of one institution over a period.

    Build one with :func:`~receptionrules.duty.rotation.generate_roster`; check and make
    a change with :func:`~receptionrules.duty.apply.check_change` and
    :func:`~receptionrules.duty.apply.apply_change`. Every change returns a new roster.

    Attributes:
        regime: the regime (preset) name its slots come from.
        composition: the posts of each slot and who may fill them.
        people: everyone who may appear on it, in published order (AK-R-5.1).
        start, end: the period it covers, both inclusive.
        slots: one per reception, in time order.
        history: the changes applied, in order (AK-R-6.3).

    Raises pydantic ``ValidationError`` naming the field when the data is
    inconsistent: an unknown person, a person without a role for their post, a slot
    outside the period, posts that don't match the composition.
    """

    regime: Id
    composition: Composition
    people: tuple[Person, ...]
    start: Day
    end: Day
    slots: tuple[Slot, ...]
    history: tuple[ChangeRecord, ...] = ()
    calendar: SkipJsonSchema[WorkingCalendar] = Field(
        default_factory=default_calendar, exclude=True
    )
    _ix: RosterIndex | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _check(self) -> Roster:
        if self.end < self.start:
            raise ValueError(f"end={self.end} is before start={self.start}")
        ids: set[str] = set()
        people: dict[str, Person] = {}
        for i, p in enumerate(self.people):
            if p.id in people:
                raise ValueError(f"people[{i}].id: {p.id!r} is listed twice")
            people[p.id] = p
        previous: Slot | None = None
        for i, slot in enumerate(self.slots):
            where = f"slots[{i}]"
            if slot.id in ids:
                raise ValueError(f"{where}.id: {slot.id!r} is used twice")
            ids.add(slot.id)
            if slot.regime != self.regime:
                raise ValueError(
                    f"{where}.regime: {slot.regime!r} is not the roster's regime {self.regime!r}"
                )
            if not self.start <= slot.day <= self.end:
                raise ValueError(
                    f"{where}.day: {slot.day} is outside the roster's period "
                    f"{self.start}..{self.end}"
                )
            if previous is not None and slot.start < previous.start:
                raise ValueError(f"{where}: slots must be in time order ({slot.id} comes early)")
            previous = slot
            self.composition.check_assignments(slot.assignments, people, where=where)
        for i, record in enumerate(self.history):
            if record.seq != i:
                raise ValueError(f"history[{i}].seq: {record.seq} should be {i}")
        return self

    # -- copies, the index, and structural steps for the modules above --------------

    def with_calendar(self, calendar: WorkingCalendar) -> Roster:
        """The same roster, judging lead times on another working-day calendar."""
        if not isinstance(calendar, WorkingCalendar):
            raise TypeError(f"calendar must be a WorkingCalendar, not {type(calendar).__name__}")
        new = self.model_copy(update={"calendar": calendar})
        new._ix = self._ix
        return new

    def with_people(self, *people: Person) -> Roster:
        """The roster with these people added, or replacing those with the same id
        (e.g. marked inactive). Validated: a person who loses the role of a post they
        hold is refused."""
        by_id = {p.id: p for p in self.people}
        for p in people:
            by_id[p.id] = p
        data = {name: getattr(self, name) for name in type(self).model_fields}
        data["people"] = tuple(by_id.values())
        return type(self).model_validate(data)

    @property
    def index(self) -> RosterIndex:
        """The lookup index (by slot id, day and person), built on first use and shared
        with the rosters made from this one wherever they agree."""
        # Not self._ix: BaseModel.__getattr__ would cost as much as a look-up in the index.
        ix: RosterIndex | None = self.__pydantic_private__["_ix"]  # type: ignore[index]
        if ix is None:
            ix = RosterIndex.build(self.slots, self.people)
            self._ix = ix
        return ix

    def with_slots(self, changed: Mapping[int, Slot], record: ChangeRecord | None = None) -> Roster:
        """The roster with the slots at ``changed``'s positions replaced and ``record``
        appended to :attr:`history`, in O(slots changed): a step for the change functions,
        which check the change first. The new slots keep their ids and days; nothing is
        validated again."""
        slots = list(self.slots)
        for i, slot in changed.items():
            slots[i] = slot
        update: dict[str, Any] = {"slots": tuple(slots)}
        if record is not None:
            update["history"] = (*self.history, record)
        new = self.model_copy(update=update)
        new._ix = self.index.after(self.slots, changed)
        return new

    def slot_index(self, slot_id: str, *, field: str = "slot_id") -> int:
        """The position of slot ``slot_id`` in :attr:`slots`.

        Raises:
            UnknownSlotError: no such slot (a ``KeyError``), naming ``field``.
        """
        try:
            return self.index.by_id[slot_id]
        except (KeyError, TypeError):
            raise UnknownSlotError(str(slot_id), field=field, roster=self.regime) from None

    def position_key(self, position: str | None) -> str:
        """The key of the post ``position`` names; None names the only post.

        Raises:
            UnknownPositionError: no such post.
            ValueError: ``position`` is None and a slot has several posts.
        """
        if position is None:
            keys = self.composition.keys
            if len(keys) != 1:
                raise ValueError(
                    f"position: the slots of {self.regime} have {len(keys)} posts "
                    f"({', '.join(keys)}); name one"
                )
            return keys[0]
        self.composition.position(position)
        return position

    # -- lookups ---------------------------------------------------------------

    def person(self, person_id: str, *, field: str = "person") -> Person:
        """The person with this id.

        Raises:
            UnknownPersonError: not among the roster's people (a ``KeyError``).
        """
        try:
            return self.index.people[person_id]
        except (KeyError, TypeError):
            raise UnknownPersonError(
                str(person_id), field=field, where=f"roster {self.regime}"
            ) from None

    def slot(self, slot_id: str, *, field: str = "slot_id") -> Slot:
        """The slot with this id.

        Raises:
            UnknownSlotError: no such slot (a ``KeyError``).
        """
        return self.slots[self.slot_index(slot_id, field=field)]

    def _check_day(self, day: date, field: str) -> None:
        if isinstance(day, datetime) or not isinstance(day, date):
            raise TypeError(f"{field} must be a date, not {type(day).__name__}")
        if not self.start <= day <= self.end:
            raise OutsideRosterError(
                day, field=field, start=self.start, end=self.end, what=f"roster {self.regime}"
            )

    def slot_on(self, day: date) -> Slot | None:
        """The slot held on ``day``, or None when the regime has no reception that day.

        Raises:
            OutsideRosterError: ``day`` is outside the roster's period.
        """
        self._check_day(day, "day")
        found = self.index.by_day.get(day)
        return self.slots[found[0]] if found else None

    def slots_in(self, start: date, end: date, *, clip: bool = False) -> tuple[Slot, ...]:
        """The slots whose day is in ``[start, end]`` (both inclusive), in order.

        Raises:
            OutsideRosterError: either end lies outside the roster's period (unless
                ``clip``, which keeps the part inside it).
        """
        if clip:
            start, end = max(start, self.start), min(end, self.end)
            if end < start:
                return ()
        else:
            self._check_day(start, "start")
            self._check_day(end, "end")
        days = self.index.days
        lo = bisect.bisect_left(days, start)
        hi = bisect.bisect_right(days, end)
        return self.slots[lo:hi]

    def duty_at(self, at: datetime) -> Slot | None:
        """The slot in progress at the aware moment ``at`` (end exclusive), or None.

        Raises:
            NaiveDatetimeError: ``at`` is naive.
            OutsideRosterError: its day is outside the roster's period.
        """
        moment = to_local(at)
        self._check_day(moment.date(), "at")
        for i in self.index.by_day.get(moment.date(), ()):
            slot = self.slots[i]
            if slot.start <= moment < slot.end:
                return slot
        return None

    def on_duty(self, at: datetime) -> tuple[Person, ...]:
        """Who is on duty at the aware moment ``at``: the holders of the slot in progress,
        in post order (empty when none is, or its posts are vacant)."""
        slot = self.duty_at(at)
        if slot is None:
            return ()
        return tuple(self.index.people[p] for p in slot.holders if p is not None)

    def slots_of(
        self, person_id: str, start: date | None = None, end: date | None = None
    ) -> tuple[Slot, ...]:
        """The slots ``person_id`` holds (any post), in order, optionally within
        ``[start, end]``.

        Raises:
            UnknownPersonError: not among the roster's people.
            OutsideRosterError: ``start`` or ``end`` outside the roster's period.
        """
        self.person(person_id, field="person_id")
        if start is not None:
            self._check_day(start, "start")
        if end is not None:
            self._check_day(end, "end")
        lo = self.start if start is None else start
        hi = self.end if end is None else end
        held = self.index.by_person.get(person_id, {})
        found = sorted(i for day, ixs in held.items() if lo <= day <= hi for i in ixs)
        return tuple(self.slots[i] for i in found)

    def counts(self, start: date | None = None, end: date | None = None) -> dict[str, int]:
        """How many slots each person holds in ``[start, end]`` (default: the whole
        roster); everyone in :attr:`people` is listed, in published order."""
        lo = self.start if start is None else start
        hi = self.end if end is None else end
        result = {p.id: 0 for p in self.people}
        for slot in self.slots_in(lo, hi):
            for pid in slot.holders:
                if pid is not None:
                    result[pid] += 1
        return result

    def vacancies(self, start: date | None = None, end: date | None = None) -> tuple[Vacancy, ...]:
        """The slots in ``[start, end]`` that lack their full composition: an empty post,
        a holder no longer active or without the role, one person in two posts
        (AK-R-6.1 不得空岗, TS-1, TS-2, WF-3)."""
        lo = self.start if start is None else start
        hi = self.end if end is None else end
        found: list[Vacancy] = []
        people = self.index.people
        for slot in self.slots_in(lo, hi):
            found.extend(slot_vacancies(slot, self.composition, people))
        return tuple(found)

    def changes_to(self, slot_id: str) -> tuple[ChangeRecord, ...]:
        """The history records that touched ``slot_id``, in order."""
        self.slot(slot_id)
        return tuple(r for r in self.history if any(m.slot_id == slot_id for m in r.moves))

    def undone(self) -> dict[int, int]:
        """Which changes were undone: change number → the number of the undo."""
        return {r.change.change: r.seq for r in self.history if isinstance(r.change, UndoRequest)}

    # -- changes that need no rule check: substitutes, co-receivers, announcements ----

    def designate_substitute(
        self, slot_id: str, person_id: str | None, *, position: str | None = None
    ) -> Roster:
        """The roster with ``person_id`` designated substitute (补位领导, WF-3) for a post of
        ``slot_id`` (the only post by default); None clears it.

        Raises:
            UnknownSlotError, UnknownPersonError, UnknownPositionError.
            ValueError: the person lacks the post's role.
        """
        i = self.slot_index(slot_id)
        slot = self.slots[i]
        key = self.position_key(position)
        if person_id is not None:
            person = self.person(person_id, field="person_id")
            pos = self.composition.position(key)
            if not pos.admits(person):
                raise ValueError(
                    f"person_id={person_id!r} can't substitute in the {key} post: it needs "
                    f"a {pos.roles_text()} ({self.composition.rules.substitution})"
                )
        return self.with_slots({i: slot.with_substitute(key, person_id)})

    def announce(self, *slot_ids: str, at: datetime) -> Roster:
        """The roster with these slots announced to the public at ``at`` (AK-R-5.2): who
        holds each post is recorded, so a later change shows as to be announced again.

        Raises:
            UnknownSlotError: a slot id not in the roster.
            NaiveDatetimeError: ``at`` is naive.
        """
        moment = to_local(at)
        changed: dict[int, Slot] = {}
        for sid in slot_ids:
            i = self.slot_index(sid, field="slot_ids")
            slot = self.slots[i]
            changed[i] = slot.model_copy(
                update={
                    "announced": Announcement(
                        at=moment,
                        first_at=moment if slot.announced is None else slot.announced.first,
                        holders=slot.holders,
                        after_change=len(self.history),
                    )
                }
            )
        return self.with_slots(changed)

    def notify(
        self,
        slot_id: str,
        party: str,
        *,
        at: datetime | None = None,
        kind: CoReceiverKind = CoReceiverKind.UNIT,
        matter: str = "",
    ) -> Roster:
        """The roster recording that ``party`` was notified to receive together at
        ``slot_id`` (AK-R-5.3); a notified unit must send staff (AK-R-6.2).

        Raises:
            UnknownSlotError: no such slot.
        """
        i = self.slot_index(slot_id)
        slot = self.slots[i]
        note = Notification(party=party, kind=kind, notified_at=at, matter=matter)
        return self.with_slots({i: slot.model_copy(update={"notified": (*slot.notified, note)})})
