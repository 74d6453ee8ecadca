"""Hypothesis properties of rosters (AK-R-5.1, AK-R-6.1, TS-1, WF-3).

- any sequence of valid swaps, covers and undos keeps the multiset of slots, leaves no
  slot without its composition, double-books nobody (across two rosters) and never
  touches a slot that has started;
- every refused request raises with exactly the violations ``check`` lists and leaves
  the roster unchanged;
- rotation is fair: two people with the same availability strictly alternate, so over
  any run of receptions their counts differ by at most one;
- substitution is deterministic and follows WF-3's order (checked against an
  independent re-implementation).
"""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import receptionrules as rr
from _duty_support import double_bookings, lacking_composition, person

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

START, END = date(2026, 3, 2), date(2026, 4, 10)
DEPUTIES = ["d1", "d2", "d3", "d4"]
CHIEFS = ["c1", "c2", "c3", "c4"]
SCHOOL = {"d1", "d2", "c1"}  # they also sit on the school's roster (Mondays 08:00-11:00)


def town_people() -> list[rr.Person]:
    out = []
    for pid in DEPUTIES:
        roles = ["deputy_section_leader"] + (["school_leader"] if pid in SCHOOL else [])
        out.append(person(pid, *roles))
    for pid in CHIEFS:
        roles = ["station_chief"] + (["school_leader"] if pid in SCHOOL else [])
        out.append(person(pid, *roles))
    out.append(person("dx", "deputy_section_leader", active=False))
    return out


absences = st.lists(
    st.builds(
        lambda p, offset, length: rr.Absence(
            person=p,
            first=START + timedelta(days=offset),
            last=START + timedelta(days=offset + length),
        ),
        st.sampled_from(DEPUTIES + CHIEFS),
        st.integers(0, 38),
        st.integers(0, 4),
    ),
    max_size=2,
)

step = st.tuples(
    st.sampled_from(["swap", "swap", "cover", "cover", "undo"]),
    st.integers(0, 10_000),  # slot a
    st.integers(-3, 3),  # slot b, relative to a
    st.integers(0, 10_000),  # counterpart
    st.integers(0, 1),  # which post of slot a
    st.integers(-12, 150),  # hours before slot a starts (negative: after)
)


def build(absent: list[rr.Absence]) -> tuple[rr.Roster, rr.Roster, rr.Availability]:
    availability = rr.Availability(absences=absent)
    people = town_people()
    school = rr.generate_roster(
        rr.preset("wenfu-school"),
        [p for p in people if p.id in SCHOOL],
        START,
        END,
        composition=rr.duty_composition("wenfu-school"),
        availability=availability,
    )
    school = school.with_people(*[p for p in people if p.id not in SCHOOL and p.active])
    town = rr.generate_roster(
        rr.preset("township-duty"), people, START, END, availability=availability, others=[school]
    )
    return town, school, availability


def slot_keys(roster: rr.Roster) -> Counter[tuple[object, ...]]:
    return Counter((s.id, s.day, s.start, s.end, s.location) for s in roster.slots)


def posts(roster: rr.Roster) -> Counter[tuple[str, str | None]]:
    return Counter((a.position, a.person) for s in roster.slots for a in s.assignments)


def request(roster: rr.Roster, s: tuple[str, int, int, int, int, int]) -> rr.Change | None:
    kind, ia, db, ip, post, hours = s
    slots = roster.slots
    a = slots[ia % len(slots)]
    when = a.start - timedelta(hours=hours)
    ids = [p.id for p in roster.people]
    counterpart = ids[ip % len(ids)]
    holder = a.assignments[post].person
    if kind == "undo":
        if not roster.history:
            return None
        return rr.UndoRequest(change=ip % len(roster.history), requested_at=when)
    if holder is None:
        return None
    if kind == "cover":
        return rr.CoverRequest(
            slot_id=a.id,
            requester=holder,
            counterpart=counterpart,
            requested_at=when,
            position=a.assignments[post].position,
        )
    b = slots[min(len(slots) - 1, max(0, ia % len(slots) + db))]
    other = b.assignments[ip % 2].person or counterpart
    return rr.SwapRequest(
        slot_id=a.id,
        requester=holder,
        counterpart=other,
        counterpart_slot_id=b.id,
        requested_at=when,
        position=a.assignments[post].position,
    )


def index_matches_slots(roster: rr.Roster) -> None:
    for p in roster.people:
        expected = [s.id for s in roster.slots if p.id in s.holders]
        assert [s.id for s in roster.slots_of(p.id)] == expected


@SETTINGS
@given(absences, st.lists(step, min_size=1, max_size=14))
def test_ak_r_6_1_valid_changes_keep_slots_composition_and_single_booking(
    absent: list[rr.Absence], steps: list[tuple[str, int, int, int, int, int]]
) -> None:
    roster, school, availability = build(absent)
    original = slot_keys(roster)
    assert lacking_composition(roster) == []
    assert double_bookings([roster, school]) == []
    for s in steps:
        req = request(roster, s)
        if req is None:
            continue
        violations = rr.check_change(roster, req, availability=availability, others=[school])
        if violations:
            slots, history = roster.slots, roster.history
            with pytest.raises(rr.ChangeRefusedError) as e:
                rr.apply_change(roster, req, availability=availability, others=[school])
            assert e.value.violations == violations
            assert roster.slots is slots
            assert roster.history is history
            continue
        new = rr.apply_change(roster, req, availability=availability, others=[school])
        assert slot_keys(new) == original
        if isinstance(req, rr.SwapRequest):
            assert posts(new) == posts(roster)
        assert lacking_composition(new) == []
        assert double_bookings([new, school]) == []
        changed = [s for s, t in zip(new.slots, roster.slots, strict=True) if s != t]
        assert all(s.start > req.requested_at for s in changed)  # past duty never rewritten
        for s in changed:
            for a in s.assignments:
                assert a.person is not None
                assert availability.is_available(a.person, s.day)
        assert len(new.history) == len(roster.history) + 1
        roster = new
    index_matches_slots(roster)
    assert rr.Roster.model_validate_json(roster.model_dump_json()) == roster


@SETTINGS
@given(
    st.lists(st.integers(0, 2), min_size=2, max_size=6),
    st.lists(st.frozensets(st.integers(0, 50), max_size=12), min_size=3, max_size=3),
)
def test_ak_r_5_1_rotation_is_fair_for_random_availability(
    groups: list[int], absent_weeks: list[frozenset[int]]
) -> None:
    regime = rr.preset("wenfu-school")
    people = [person(f"p{i}", "school_leader") for i in range(len(groups))]
    mondays = [r.day for r in regime.receptions(date(2026, 1, 1), date(2026, 12, 31))]
    absent = [
        rr.Absence(person=f"p{i}", first=mondays[w % len(mondays)])
        for i, g in enumerate(groups)
        for w in sorted(absent_weeks[g])
    ]
    roster = rr.generate_roster(
        regime,
        people,
        date(2026, 1, 1),
        date(2026, 12, 31),
        availability=rr.Availability(absences=absent),
    )
    holders = [s.holders[0] for s in roster.slots]
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            if groups[i] != groups[j]:
                continue
            pair = [h for h in holders if h in (f"p{i}", f"p{j}")]
            # Equally available people strictly alternate, so every run of receptions
            # gives them counts that differ by at most one.
            assert all(x != y for x, y in itertools.pairwise(pair)), pair
    # Nobody is left out while available: a vacancy only when everyone is away.
    for slot in roster.slots:
        if slot.holders == (None,):
            assert all(
                any(a.person == p.id and a.first == slot.day for a in absent) for p in people
            )


@SETTINGS
@given(st.lists(st.integers(0, 1), min_size=4, max_size=6), st.frozensets(st.integers(0, 60)))
def test_ts_1_both_pools_are_fair(groups: list[int], absent_days: frozenset[int]) -> None:
    regime = rr.preset("township-duty")
    people = [person(f"d{i}", "deputy_section_leader") for i in range(len(groups))] + [
        person(f"c{i}", "station_chief") for i in range(len(groups))
    ]
    first = date(2026, 3, 2)
    absent = [
        rr.Absence(person=f"{kind}{i}", first=first + timedelta(days=d))
        for kind in "dc"
        for i, g in enumerate(groups)
        if g == 1
        for d in absent_days
    ]
    roster = rr.generate_roster(
        regime, people, first, date(2026, 5, 31), availability=rr.Availability(absences=absent)
    )
    for k, kind in enumerate("dc"):
        column = [s.holders[k] for s in roster.slots]
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                if groups[i] == groups[j]:
                    pair = [h for h in column if h in (f"{kind}{i}", f"{kind}{j}")]
                    assert all(x != y for x, y in itertools.pairwise(pair))


def expected_substitute(
    roster: rr.Roster,
    slot: rr.Slot,
    absent: str,
    availability: rr.Availability,
    others: list[rr.Roster],
) -> str | None:
    """WF-3 written out independently: designated first, then published order."""
    key = slot.position_of(absent)
    pos = roster.composition.position(key)
    designated = next(a.substitute for a in slot.assignments if a.position == key)
    order = ([designated] if designated and designated != absent else []) + [
        p.id
        for p in roster.people
        if p.id not in (absent, designated) and set(p.roles) & set(pos.roles)
    ]
    for pid in order:
        p = next(x for x in roster.people if x.id == pid)
        busy = any(
            pid in s.holders and s.start < slot.end and slot.start < s.end
            for r in others
            for s in r.slots
        )
        if (
            p.active
            and availability.is_available(pid, slot.day)
            and pid not in slot.holders
            and not busy
        ):
            return pid
    return None


@SETTINGS
@given(absences, st.integers(0, 10_000), st.integers(0, 1))
def test_wf_3_substitution_is_deterministic(absent: list[rr.Absence], pick: int, post: int) -> None:
    roster, school, availability = build(absent)
    roster = roster.designate_substitute(
        roster.slots[pick % len(roster.slots)].id,
        DEPUTIES[pick % 4],
        position="deputy_section_leader",
    )
    slot = roster.slots[pick % len(roster.slots)]
    missing = slot.holders[post]
    assert missing is not None
    found = rr.find_substitute(roster, slot.id, missing, availability=availability, others=[school])
    again = rr.find_substitute(
        rr.Roster.model_validate_json(roster.model_dump_json()),
        slot.id,
        missing,
        availability=availability,
        others=[school],
    )
    assert found == again
    assert found.substitute == expected_substitute(roster, slot, missing, availability, [school])
    new = rr.substitute(
        roster,
        slot.id,
        missing,
        at=slot.start - timedelta(hours=1),
        availability=availability,
        others=[school],
    )
    assert new.slot(slot.id).holders[post] == found.substitute
    if found.vacant:
        assert slot.id in {v.slot_id for v in new.vacancies()}
    else:
        assert lacking_composition(new) == []
        assert double_bookings([new, school]) == []
