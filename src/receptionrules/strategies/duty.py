"""Strategies for people, duty rosters and the requests to change them (AK-R-5.1,
AK-R-6.1, TS-1)."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import assume
from hypothesis import strategies as st

from receptionrules.duty import (
    Change,
    CoverRequest,
    Person,
    Roster,
    SwapRequest,
    UndoRequest,
    check_change,
)
from receptionrules.presets import duty_composition, generate_roster, preset

__all__ = ["ROSTER_PRESETS", "change_requests", "people", "rosters"]

ROSTER_PRESETS = ("ankang-mayor", "wenfu-school", "township-duty", "union-chair")
"""The presets :func:`rosters` draws from (the mediation centre needs announced dates)."""

_NAMES = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30
)


@st.composite
def people(
    draw: st.DrawFn, roles: tuple[str, ...], *, min_size: int = 1, max_size: int = 4
) -> list[Person]:
    """People holding one of ``roles`` each, with unique ids. Invariant: every person is
    active and has a role from ``roles``."""
    count = draw(st.integers(min_size, max_size))
    return [
        Person(
            id=f"p{i}",
            name=draw(_NAMES.filter(lambda s: s.strip() != "")),
            title=draw(st.sampled_from(["", "副市长", "副镇长", "站长"])),
            roles=[draw(st.sampled_from(roles))],
        )
        for i in range(count)
    ]


@st.composite
def rosters(draw: st.DrawFn, name: str | None = None, *, max_days: int = 60) -> Roster:
    """A roster generated from a preset (by default any of :data:`ROSTER_PRESETS`) over up to
    ``max_days`` days of 2026–2030 (longer where it takes that to hold one reception), with
    two people for each post (AK-R-5.1). Invariant: at least one slot; every slot has its
    full composition, and nobody holds two posts of a slot."""
    preset_name = name if name is not None else draw(st.sampled_from(ROSTER_PRESETS))
    composition = duty_composition(preset_name)
    crew: list[Person] = []
    for position in composition.positions:
        for k in range(2):
            crew.append(
                Person(
                    id=f"{position.key}-{k}",
                    name=f"{position.label}{k}",
                    roles=[position.roles[0]],
                )
            )
    start = draw(st.dates(date(2026, 1, 1), date(2030, 12, 31)))
    end = start + timedelta(days=draw(st.integers(7, max(7, max_days))))
    roster = generate_roster(preset(preset_name), crew, start, end)
    if not roster.slots:  # a monthly or weekly regime: reach its next reception
        end = preset(preset_name).next_reception(end).day
        roster = generate_roster(preset(preset_name), crew, start, end)
    return roster


@st.composite
def change_requests(draw: st.DrawFn, roster: Roster, *, valid: bool | None = None) -> Change:
    """A swap, cover or undo on ``roster``, requested up to ten days before (or a day
    after) the slot starts. ``valid=True`` draws only requests :func:`check_change`
    accepts (covers and swaps between people eligible for the posts, a week ahead),
    ``valid=False`` only refused ones, None either.
    Invariant: every id it names is the roster's; with ``valid`` set, exactly as said."""
    if valid:
        request = draw(_valid_changes(roster))
    else:
        request = draw(_any_change(roster, late=valid is False))
    if valid is not None:
        assume(bool(check_change(roster, request)) is not valid)
    return request


@st.composite
def _valid_changes(draw: st.DrawFn, roster: Roster) -> Change:
    slots = roster.slots
    i = draw(st.integers(0, len(slots) - 1))
    a = slots[i]
    post = draw(st.integers(0, len(a.assignments) - 1))
    holder = a.assignments[post]
    position = roster.composition.position(holder.position)
    when = a.start - timedelta(days=7)
    if draw(st.booleans()):
        # A swap with the same post of another slot, held by someone else eligible.
        others = [
            b
            for b in slots
            if b.id != a.id
            and b.day != a.day
            and b.assignments[post].person not in (None, holder.person)
            and b.assignments[post].person not in a.holders
            and holder.person not in b.holders
        ]
        if others and holder.person is not None:
            b = draw(st.sampled_from(others))
            counterpart = b.assignments[post].person
            assert counterpart is not None
            return SwapRequest(
                slot_id=a.id,
                requester=holder.person,
                counterpart=counterpart,
                counterpart_slot_id=b.id,
                requested_at=min(when, b.start - timedelta(days=7)),
                position=holder.position,
                counterpart_position=holder.position,
            )
    free = [p.id for p in roster.people if position.admits(p) and p.id not in a.holders]
    assume(bool(free) and holder.person is not None)
    assert holder.person is not None
    return CoverRequest(
        slot_id=a.id,
        requester=holder.person,
        counterpart=draw(st.sampled_from(free)),
        requested_at=when,
        position=holder.position,
    )


@st.composite
def _any_change(draw: st.DrawFn, roster: Roster, *, late: bool) -> Change:
    slots = roster.slots
    ids = [p.id for p in roster.people]
    a = draw(st.sampled_from(slots))
    post = draw(st.integers(0, len(a.assignments) - 1))
    assignment = a.assignments[post]
    # Late: an hour or more after the slot started, which no change may touch.
    hours = draw(st.integers(-240, -1) if late else st.integers(-24, 240))
    when = a.start - timedelta(hours=hours)
    kind = draw(st.sampled_from(["swap", "cover", "undo"] if roster.history else ["swap", "cover"]))
    if kind == "undo":
        number = draw(st.integers(0, len(roster.history) - 1))
        return UndoRequest(change=number, requested_at=when)
    if kind == "cover" or assignment.person is None:
        return CoverRequest(
            slot_id=a.id,
            requester=assignment.person or draw(st.sampled_from(ids)),
            counterpart=draw(st.sampled_from(ids)),
            requested_at=when,
            position=assignment.position,
        )
    b = a if late else draw(st.sampled_from(slots))
    return SwapRequest(
        slot_id=a.id,
        requester=assignment.person,
        counterpart=b.assignments[post].person or draw(st.sampled_from(ids)),
        counterpart_slot_id=b.id,
        requested_at=when,
        position=assignment.position,
        counterpart_position=b.assignments[post].position,
    )
