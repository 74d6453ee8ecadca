"""Shared helpers for the duty tests: people, and invariant checks written independently
of the code under test (they read slots and people, never the library's own checks)."""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

import receptionrules as rr

TZ = rr.TZ


def at(y: int, m: int, d: int, hh: int = 9, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=TZ)


def person(pid: str, *roles: str, title: str = "", active: bool = True) -> rr.Person:
    return rr.Person(id=pid, name=pid.upper(), title=title, roles=list(roles), active=active)


def ak_people() -> list[rr.Person]:
    return [
        person("mayor", "mayor", title="市长"),
        person("vm1", "vice_mayor", title="副市长"),
        person("vm2", "vice_mayor", title="副市长"),
        person("asst", "mayor_assistant", title="市长助理"),
        person("sg", "secretary_general", title="秘书长"),
        person("dsg", "deputy_secretary_general", title="副秘书长"),
    ]


def ts_people(deputies: int = 3, chiefs: int = 3) -> list[rr.Person]:
    return [
        person(f"d{i}", "deputy_section_leader", title="副镇长") for i in range(1, deputies + 1)
    ] + [person(f"c{i}", "station_chief", title="站长") for i in range(1, chiefs + 1)]


def lacking_composition(roster: rr.Roster) -> list[str]:
    """Slots whose posts are not all held by different, active people with a role of the post."""
    people = {p.id: p for p in roster.people}
    eligible = {pos.key: set(pos.roles) for pos in roster.composition.positions}
    bad = []
    for slot in roster.slots:
        holders = [a.person for a in slot.assignments]
        if None in holders or len(set(holders)) != len(holders):
            bad.append(slot.id)
            continue
        for a in slot.assignments:
            p = people[a.person]  # type: ignore[index]
            if not p.active or not (set(p.roles) & eligible[a.position]):
                bad.append(slot.id)
    return bad


def double_bookings(rosters: Iterable[rr.Roster]) -> list[tuple[str, str, str]]:
    """(person, slot, slot) for every person on duty in two overlapping slots."""
    duties: dict[str, list[rr.Slot]] = defaultdict(list)
    for roster in rosters:
        for slot in roster.slots:
            for a in slot.assignments:
                if a.person is not None:
                    duties[a.person].append(slot)
    found = []
    for pid, slots in duties.items():
        slots.sort(key=lambda s: s.start)
        for x, y in itertools.pairwise(slots):
            if y.start < x.end:
                found.append((pid, x.id, y.id))
        # the same slot twice (two posts of one slot) is a double booking too
        ids = [s.id for s in slots]
        found.extend((pid, i, i) for i in set(ids) if ids.count(i) > 1)
    return found
