"""Duty rosters: who holds each reception's posts, and every change made to that.

A roster is immutable: every change returns a new roster, and the old one stays
valid. It is indexed by slot id, by day and by person (and, per person, by day,
so an overlapping-time lookup touches only that person's slots of that day), so
validating a change costs O(slots touched), never O(roster), however many years
the roster covers.

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
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pydantic import Field, PrivateAttr, model_validator
from pydantic.json_schema import SkipJsonSchema

from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.duty._model import IndexedModel
from receptionrules.duty.announcements import (
    DEFAULT_NOTICE_DAYS,
    Announcement,
    AnnouncementStatus,
    announcement_status,
)
from receptionrules.duty.availability import AbsenceReason, Availability
from receptionrules.duty.changes import (
    Change,
    ChangeRecord,
    SubstitutionOrder,
    UndoRequest,
)
from receptionrules.duty.composition import Composition
from receptionrules.duty.coreceivers import CoReceiverKind, Notification
from receptionrules.duty.errors import (
    ChangeRefusedError,
    OutsideRosterError,
    UnknownPersonError,
    UnknownSlotError,
)
from receptionrules.duty.leadtime import PREVIOUS_WORKING_DAY, LeadTime
from receptionrules.duty.people import Person
from receptionrules.duty.slot import Slot
from receptionrules.duty.vacancies import Vacancy, slot_vacancies
from receptionrules.duty.violations import Violation
from receptionrules.timeutil import to_local

if TYPE_CHECKING:
    from receptionrules.duty.changes import Move

__all__ = ["Roster"]


class _Index:
    """Lookups over a roster's slots; shared between a roster and the rosters made from it
    wherever they agree."""

    __slots__ = ("by_day", "by_id", "by_person", "days", "people")

    def __init__(
        self,
        by_id: dict[str, int],
        days: list[date],
        by_day: dict[date, tuple[int, ...]],
        by_person: dict[str, dict[date, tuple[int, ...]]],
        people: dict[str, Person],
    ) -> None:
        self.by_id = by_id
        self.days = days
        self.by_day = by_day
        self.by_person = by_person
        self.people = people

    @classmethod
    def build(cls, roster: Roster) -> _Index:
        by_id: dict[str, int] = {}
        days: list[date] = []
        by_day: dict[date, tuple[int, ...]] = {}
        by_person: dict[str, dict[date, tuple[int, ...]]] = {}
        for i, slot in enumerate(roster.slots):
            by_id[slot.id] = i
            days.append(slot.day)
            by_day[slot.day] = (*by_day.get(slot.day, ()), i)
            for a in slot.assignments:
                if a.person is not None:
                    inner = by_person.setdefault(a.person, {})
                    inner[slot.day] = (*inner.get(slot.day, ()), i)
        return cls(by_id, days, by_day, by_person, {p.id: p for p in roster.people})

    def after(self, old: Sequence[Slot], changed: dict[int, Slot]) -> _Index:
        """The index once the slots at ``changed``'s keys are replaced (same ids and days)."""
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
        return _Index(self.by_id, self.days, self.by_day, by_person, self.people)


class Roster(IndexedModel):
    """The duty roster of one institution over a period.

    Build one with :func:`receptionrules.duty.rotation.generate_roster` (or
    :meth:`generate`); validate a change with :meth:`check` (every violation, each
    with its rule ID); make it with :meth:`apply` (swaps, covers, substitutions,
    undos); also :meth:`announce`, :meth:`notify`. Every change returns a new roster.

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

    regime: str = Field(min_length=1)
    composition: Composition
    people: tuple[Person, ...]
    start: date
    end: date
    slots: tuple[Slot, ...]
    history: tuple[ChangeRecord, ...] = ()
    calendar: SkipJsonSchema[WorkingCalendar] = Field(
        default_factory=default_calendar, exclude=True
    )
    _ix: _Index | None = PrivateAttr(default=None)

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
        keys = self.composition.keys
        positions = {p.key: p for p in self.composition.positions}
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
            if tuple(a.position for a in slot.assignments) != keys:
                raise ValueError(
                    f"{where}.assignments: posts {[a.position for a in slot.assignments]} do "
                    f"not match the composition's {list(keys)}"
                )
            for j, a in enumerate(slot.assignments):
                for attr in ("person", "substitute"):
                    pid = getattr(a, attr)
                    if pid is None:
                        continue
                    person = people.get(pid)
                    if person is None:
                        raise ValueError(
                            f"{where}.assignments[{j}].{attr}: {pid!r} is not among the "
                            "roster's people"
                        )
                    if not positions[a.position].admits(person):
                        raise ValueError(
                            f"{where}.assignments[{j}].{attr}: {pid!r} holds none of the roles "
                            f"of the {a.position} post ({positions[a.position].roles_text()}) "
                            f"({self.composition.rules.eligibility})"
                        )
        for i, record in enumerate(self.history):
            if record.seq != i:
                raise ValueError(f"history[{i}].seq: {record.seq} should be {i}")
        return self

    # -- building ------------------------------------------------------------

    @classmethod
    def generate(cls, *args: Any, **kwargs: Any) -> Roster:
        """Same as :func:`receptionrules.duty.rotation.generate_roster`."""
        from receptionrules.duty.rotation import generate_roster

        return generate_roster(*args, **kwargs)

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

    # -- index -----------------------------------------------------------------

    @property
    def _index(self) -> _Index:
        ix = self._ix
        if ix is None:
            ix = _Index.build(self)
            self._ix = ix
        return ix

    def _with_slots(self, changed: dict[int, Slot], record: ChangeRecord | None = None) -> Roster:
        slots = list(self.slots)
        for i, slot in changed.items():
            slots[i] = slot
        update: dict[str, Any] = {"slots": tuple(slots)}
        if record is not None:
            update["history"] = (*self.history, record)
        new = self.model_copy(update=update)
        new._ix = self._index.after(self.slots, changed)
        return new

    # -- lookups ---------------------------------------------------------------

    def person(self, person_id: str, *, field: str = "person") -> Person:
        """The person with this id.

        Raises:
            UnknownPersonError: not among the roster's people (a ``KeyError``).
        """
        try:
            return self._index.people[person_id]
        except (KeyError, TypeError):
            raise UnknownPersonError(
                str(person_id), field=field, where=f"roster {self.regime}"
            ) from None

    def slot(self, slot_id: str, *, field: str = "slot_id") -> Slot:
        """The slot with this id.

        Raises:
            UnknownSlotError: no such slot (a ``KeyError``).
        """
        return self.slots[self._slot_index(slot_id, field=field)]

    def _slot_index(self, slot_id: str, *, field: str = "slot_id") -> int:
        try:
            return self._index.by_id[slot_id]
        except (KeyError, TypeError):
            raise UnknownSlotError(str(slot_id), field=field, roster=self.regime) from None

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
        found = self._index.by_day.get(day)
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
        days = self._index.days
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
        for i in self._index.by_day.get(moment.date(), ()):
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
        return tuple(self._index.people[p] for p in slot.holders if p is not None)

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
        held = self._index.by_person.get(person_id, {})
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
        people = self._index.people
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

    # -- changes ---------------------------------------------------------------

    def check(
        self,
        change: Change,
        *,
        availability: Availability | None = None,
        others: Iterable[Roster] = (),
        lead_time: LeadTime = PREVIOUS_WORKING_DAY,
    ) -> tuple[Violation, ...]:
        """Every reason ``change`` can't be applied, each with its rule ID; empty when valid.

        ``availability`` says who is away on which day; ``others`` are the rosters of
        other institutions the same people sit on (no double booking across them; a
        roster of this same institution is ignored, being a copy of this one);
        ``lead_time`` is how far in advance (事先) a swap or cover must be arranged
        (AK-R-6.1), by default by the end of the previous working day.

        Raises:
            UnknownSlotError, UnknownPersonError, UnknownPositionError,
            UnknownChangeError: the request names something that is not there.
        """
        from receptionrules.duty.swaps import plan_change

        return plan_change(
            self, change, availability=availability, others=others, lead_time=lead_time
        ).violations

    def apply(
        self,
        change: Change,
        *,
        availability: Availability | None = None,
        others: Iterable[Roster] = (),
        lead_time: LeadTime = PREVIOUS_WORKING_DAY,
    ) -> Roster:
        """The roster with ``change`` applied and recorded in :attr:`history`.

        Raises:
            ChangeRefusedError: the change breaks a rule; ``.violations`` lists every
                reason (the same list :meth:`check` returns). The roster is unchanged.
            UnknownSlotError, UnknownPersonError, UnknownPositionError,
            UnknownChangeError: the request names something that is not there.
        """
        from receptionrules.duty.swaps import plan_change

        plan = plan_change(
            self, change, availability=availability, others=others, lead_time=lead_time
        )
        if plan.violations:
            raise ChangeRefusedError(plan.violations, change=plan.describe)
        record = ChangeRecord(
            seq=len(self.history),
            change=change,
            moves=plan.moves,
            on_behalf_of=plan.on_behalf_of,
            arranged_by=change.arranged_by or plan.on_behalf_of,
        )
        return self._with_slots(self._moved(plan.moves), record)

    def _moved(self, moves: Sequence[Move]) -> dict[int, Slot]:
        changed: dict[int, Slot] = {}
        for move in moves:
            i = self._slot_index(move.slot_id)
            slot = changed.get(i, self.slots[i])
            changed[i] = slot.model_copy(
                update={
                    "assignments": tuple(
                        a.model_copy(update={"person": move.after})
                        if a.position == move.position
                        else a
                        for a in slot.assignments
                    )
                }
            )
        return changed

    def undo(
        self,
        change: int,
        *,
        at: datetime,
        arranged_by: str | None = None,
        availability: Availability | None = None,
        others: Iterable[Roster] = (),
    ) -> Roster:
        """The roster with change number ``change`` reversed (allowed while its slots have
        not started and nothing later changed the same posts).

        Raises:
            ChangeRefusedError: it can't be undone; ``.violations`` says why.
            UnknownChangeError: no such change.
        """
        return self.apply(
            UndoRequest(change=change, requested_at=at, arranged_by=arranged_by),
            availability=availability,
            others=others,
        )

    def substitute(
        self,
        slot_id: str,
        absent: str,
        *,
        at: datetime,
        position: str | None = None,
        absence: AbsenceReason | None = None,
        availability: Availability | None = None,
        others: Iterable[Roster] = (),
        order: SubstitutionOrder = SubstitutionOrder.PUBLISHED,
        arranged_by: str | None = None,
    ) -> Roster:
        """The roster with ``absent``'s post in ``slot_id`` taken by the designated
        substitute, failing that the next leader in published order (WF-3); left vacant
        (and recorded) when nobody can.

        Raises:
            ChangeRefusedError: ``absent`` doesn't hold the post, or the slot is over.
        """
        from receptionrules.duty.substitution import find_substitute

        found = find_substitute(
            self,
            slot_id,
            absent,
            position=position,
            availability=availability,
            others=others,
            order=order,
        )
        return self.apply(
            found.request(at=at, arranged_by=arranged_by, absence=absence),
            availability=availability,
            others=others,
        )

    def designate_substitute(
        self, slot_id: str, person_id: str | None, *, position: str | None = None
    ) -> Roster:
        """The roster with ``person_id`` designated substitute (补位领导, WF-3) for a post of
        ``slot_id`` (the only post by default); None clears it.

        Raises:
            UnknownSlotError, UnknownPersonError, UnknownPositionError.
            ValueError: the person lacks the post's role.
        """
        i = self._slot_index(slot_id)
        slot = self.slots[i]
        key = self._position_key(position)
        if person_id is not None:
            person = self.person(person_id, field="person_id")
            pos = self.composition.position(key)
            if not pos.admits(person):
                raise ValueError(
                    f"person_id={person_id!r} can't substitute in the {key} post: it needs "
                    f"a {pos.roles_text()} ({self.composition.rules.substitution})"
                )
        new = slot.model_copy(
            update={
                "assignments": tuple(
                    a.model_copy(update={"substitute": person_id}) if a.position == key else a
                    for a in slot.assignments
                )
            }
        )
        return self._with_slots({i: new})

    def _position_key(self, position: str | None) -> str:
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

    # -- announcements and co-receivers ---------------------------------------------

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
            i = self._slot_index(sid, field="slot_ids")
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
        return self._with_slots(changed)

    def announcements(
        self,
        as_of: date,
        *,
        notice_days: int = DEFAULT_NOTICE_DAYS,
        horizon_days: int | None = None,
    ) -> AnnouncementStatus:
        """What is due, overdue, or to be announced again as of ``as_of`` (AK-R-5.2).

        See :func:`receptionrules.duty.announcements.announcement_status`.
        """
        return announcement_status(self, as_of, notice_days=notice_days, horizon_days=horizon_days)

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
        i = self._slot_index(slot_id)
        slot = self.slots[i]
        note = Notification(party=party, kind=kind, notified_at=at, matter=matter)
        return self._with_slots({i: slot.model_copy(update={"notified": (*slot.notified, note)})})
