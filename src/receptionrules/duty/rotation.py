"""Generating a roster: rotation in published order, per reception held (AK-R-5.1, TS-1).

Each post of the composition has its own pool: the active people who may fill it,
in published order (TS-1: the deputy-section leaders and the station chiefs
rotate side by side). Each pool is a queue: for each reception *held* (a
cancelled holiday session costs nobody a turn), the first person in the queue who
is available that day, not already in this slot and not on duty elsewhere at that
time takes the post and goes to the back of the queue. Someone skipped keeps
their place at the front, so they take the next reception they can.

That makes the load fair: two people with the same availability strictly
alternate, so over any run of receptions their counts differ by at most one. With
nobody unavailable it is plain rotation in published order.

The composition is passed in, never looked up by name: a preset's comes from
``receptionrules.presets.duty_composition``, and ``receptionrules.generate_roster``
(the presets' registry) fills it in for a preset regime.

>>> from datetime import date
>>> import receptionrules as rr
>>> leaders = [rr.Person(id=i, name=i.upper(), roles=["vice_mayor"]) for i in "abc"]
>>> away = rr.Availability(absences=[rr.Absence(person="b", first=date(2026, 2, 1),
...                                             last=date(2026, 2, 28), reason="away")])
>>> r = generate_roster(rr.preset("ankang-mayor"), leaders, date(2026, 1, 1),
...                     date(2026, 7, 31), composition=rr.duty_composition("ankang-mayor"),
...                     availability=away)
>>> [(s.day.isoformat(), s.holders[0]) for s in r.slots]  # doctest: +NORMALIZE_WHITESPACE
[('2026-01-06', 'a'), ('2026-02-03', 'c'), ('2026-03-03', 'b'), ('2026-04-07', 'a'),
 ('2026-05-06', 'c'), ('2026-06-02', 'b'), ('2026-07-07', 'a')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from receptionrules.duty.availability import Availability
from receptionrules.duty.composition import Composition
from receptionrules.duty.errors import IneligiblePersonError, RosterMismatchError
from receptionrules.duty.people import Person
from receptionrules.duty.roster import Roster
from receptionrules.duty.slot import Assignment, Slot, slot_id
from receptionrules.reception import Reception
from receptionrules.regime import Regime

__all__ = ["generate_roster"]


def _busy(others: Sequence[Roster], person: str, reception: Reception) -> bool:
    for other in others:
        for i in other.index.by_person.get(person, {}).get(reception.day, ()):
            if other.slots[i].overlaps(reception.start, reception.end):
                return True
    return False


def _queues(
    composition: Composition, people: Sequence[Person], continue_from: Roster | None
) -> list[list[str]]:
    queues: list[list[str]] = []
    for k, pos in enumerate(composition.positions):
        pool = [p.id for p in people if p.active and pos.admits(p)]
        if continue_from is not None:
            # Least recently on duty in this post first; never on duty first of all,
            # in published order: the queue the earlier roster ended with.
            last: dict[str, int] = {}
            for i, slot in enumerate(continue_from.slots):
                holder = slot.assignments[k].person if k < len(slot.assignments) else None
                if holder is not None:
                    last[holder] = i
            pool.sort(key=lambda pid: last.get(pid, -1))
        queues.append(pool)
    return queues


def generate_roster(
    regime: Regime,
    people: Sequence[Person],
    start: date,
    end: date,
    *,
    composition: Composition,
    availability: Availability | None = None,
    others: Iterable[Roster] = (),
    continue_from: Roster | None = None,
    designate_substitutes: bool = False,
) -> Roster:
    """The roster of ``regime``'s receptions in ``[start, end]``, rotating ``people`` in
    the order given (the published order, AK-R-5.1).

    Args:
        regime: the institution's regime (its receptions are the slots).
        people: who may be on duty, in published order; inactive people are kept in
            the roster but not rotated in.
        composition: the posts of a slot and who may fill them (a preset's is
            ``receptionrules.presets.duty_composition(name)``; ``receptionrules.generate_roster``
            looks it up for a preset regime).
        availability: absences (leave, a meeting called by a superior, away); an
            absent person is skipped that day and keeps their turn.
        others: rosters of other institutions the same people sit on; nobody is put
            on duty at a time they are on duty there.
        continue_from: an earlier roster of the same institution; the rotation
            carries on where it ended instead of restarting at the top.
        designate_substitutes: also name, for each post, the designated substitute
            (补位领导, WF-3): the next person in the queue available that day.

    A post nobody can fill is left vacant (``Roster.vacancies`` lists it), never
    dropped.

    Raises:
        IneligiblePersonError: a person holds no role any post needs (names the field).
        RosterMismatchError: ``composition`` or ``continue_from`` is another institution's.
        ValueError: ``end`` before ``start``, or a repeated person id.
    """
    if end < start:
        raise ValueError(f"end={end} is before start={start}; give the period in order")
    if composition.institution != regime.name:
        raise RosterMismatchError(
            field="composition", got=composition.institution, expected=regime.name
        )
    if continue_from is not None and continue_from.regime != regime.name:
        raise RosterMismatchError(
            field="continue_from", got=continue_from.regime, expected=regime.name
        )
    people = tuple(people)
    seen: set[str] = set()
    for i, person in enumerate(people):
        if person.id in seen:
            raise ValueError(f"people[{i}].id: {person.id!r} is listed twice")
        seen.add(person.id)
        if not composition.admits(person):
            raise IneligiblePersonError(
                person.id,
                field=f"people[{i}]",
                roles=[r.value for r in composition.roles()],
                institution=regime.name,
            )
    absent = availability if availability is not None and availability.absences else None
    other_rosters = tuple(others)
    queues = _queues(composition, people, continue_from)
    keys = composition.keys
    slots: list[Slot] = []
    for reception in regime.receptions(start, end):
        day = reception.day
        taken: set[str] = set()
        assignments: list[Assignment] = []
        for k, queue in enumerate(queues):
            chosen: str | None = None
            for qi, pid in enumerate(queue):
                if pid in taken:
                    continue
                if absent is not None and not absent.is_available(pid, day):
                    continue
                if other_rosters and _busy(other_rosters, pid, reception):
                    continue
                chosen = pid
                del queue[qi]
                queue.append(pid)
                break
            if chosen is not None:
                taken.add(chosen)
            substitute: str | None = None
            if designate_substitutes:
                for pid in queue:
                    if pid in taken or pid == chosen:
                        continue
                    if absent is not None and not absent.is_available(pid, day):
                        continue
                    if other_rosters and _busy(other_rosters, pid, reception):
                        continue
                    substitute = pid
                    break
            assignments.append(Assignment(position=keys[k], person=chosen, substitute=substitute))
        slots.append(
            Slot(
                id=slot_id(reception.regime, day),
                regime=reception.regime,
                day=day,
                start=reception.start,
                end=reception.end,
                location=reception.location,
                location_en=regime.location_en,
                provisional=reception.provisional,
                moved_from=reception.moved_from,
                assignments=tuple(assignments),
                notified=(),
                announced=None,
            )
        )
    return Roster(
        regime=regime.name,
        composition=composition,
        people=people,
        start=start,
        end=end,
        slots=tuple(slots),
        calendar=regime.calendar,
    )
