"""The fast change checks give exactly the answers of the checks before them (issue 14,
item 2; AK-R-6.1, AK-R-6.3, TS-1, WF-3).

The reference is main's algorithm as it was (tests/_duty_reference.py: the checks on
models, every Move built, every violation validated). Over random rosters of every
preset (from ``receptionrules.strategies``), with changes already applied, posts left
vacant, people made inactive, absences, another institution's roster and every kind
of lead time, random swaps, covers, fills, substitutions and undos (valid, refused,
and naming things that are not there) get the same verdict from both: the same
violations in the same order (rule, field, remark code and parameters, both
languages), the same moves, the same error with the same message, and, applied, the
same roster.
"""

from __future__ import annotations

import pickle
from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import _duty_reference as reference
import receptionrules as rr
from receptionrules.duty import (
    PREVIOUS_WORKING_DAY,
    BeforeStart,
    EndOfPreviousWorkingDay,
    FillRequest,
    SubstitutionRequest,
    UndoRequest,
    Violation,
    plan_change,
)
from receptionrules.duty.violations import violation
from receptionrules.remarks import Remark
from receptionrules.strategies import ROSTER_PRESETS, change_requests, rosters

LEAD_TIMES = st.sampled_from(
    [
        PREVIOUS_WORKING_DAY,
        EndOfPreviousWorkingDay(working_days=2),
        BeforeStart(),
        BeforeStart(lead=timedelta(hours=30)),
    ]
)


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[rr.Roster, rr.Availability, tuple[rr.Roster, ...]]:
    """A roster with some history, maybe a vacant post and an inactive person; absences;
    maybe another institution's roster in which the same people hold the same slots."""
    # The township's two posts (TS-1) give the most to check: drawn twice as often.
    roster = draw(rosters(draw(st.sampled_from(["township-duty", *ROSTER_PRESETS])), max_days=30))
    for _ in range(draw(st.integers(0, 2))):
        roster = rr.apply_change(roster, draw(change_requests(roster, valid=True)))
    if draw(st.booleans()):
        i = draw(st.integers(0, len(roster.slots) - 1))
        slot = roster.slots[i]
        key = draw(st.sampled_from([a.position for a in slot.assignments]))
        roster = roster.with_slots({i: slot.with_holder(key, None)})
    if draw(st.booleans()):
        who = draw(st.sampled_from(roster.people))
        roster = roster.with_people(who.model_copy(update={"active": False}))
    ids = [p.id for p in roster.people]
    days = [s.day for s in roster.slots]
    absences = draw(
        st.lists(
            st.builds(
                lambda p, first, length, note: rr.Absence(
                    person=p, first=first, last=first + timedelta(days=length), note=note
                ),
                st.sampled_from(ids),
                st.sampled_from(days),
                st.integers(0, 3),
                st.sampled_from(["", "市委会议"]),
            ),
            max_size=3,
        )
    )
    others = (roster.model_copy(update={"regime": "elsewhere"}),) if draw(st.booleans()) else ()
    return roster, rr.Availability(absences=absences), others


@st.composite
def requests(draw: st.DrawFn, roster: rr.Roster) -> Any:
    """Any change request on ``roster``: the strategies' swaps, covers and undos (valid or
    not), covers and swaps inside one slot, fills, substitutions, undos of any number,
    and ids that are not there."""
    kinds = ["any", "valid", "refused", "fill", "substitution", "undo", "within", "within"]
    kind = draw(st.sampled_from(kinds))
    if kind in ("any", "valid", "refused"):
        valid = {"any": None, "valid": True, "refused": False}[kind]
        return draw(change_requests(roster, valid=valid))
    slot = draw(st.sampled_from(roster.slots))
    ids = [p.id for p in roster.people]
    when = slot.start - timedelta(hours=draw(st.integers(-30, 240)))
    position = draw(st.sampled_from([None, *roster.composition.keys, "nowhere"]))
    who = draw(st.sampled_from([*ids, "nobody"]))
    if kind == "within":  # a cover by, or a swap with, someone of the same slot or day
        holders = [h for h in slot.holders if h is not None] or ids
        requester, counterpart = draw(st.permutations(holders))[0], holders[-1]
        if draw(st.booleans()):
            return rr.CoverRequest(
                slot_id=slot.id, requester=requester, counterpart=counterpart, requested_at=when
            )
        return rr.SwapRequest(
            slot_id=slot.id,
            requester=requester,
            counterpart=counterpart,
            counterpart_slot_id=slot.id,
            position=position if position != "nowhere" else None,
            requested_at=when,
        )
    if kind == "fill":
        return FillRequest(slot_id=slot.id, person=who, position=position, requested_at=when)
    if kind == "substitution":
        absent = draw(st.sampled_from([h for h in slot.holders if h is not None] or ids))
        return SubstitutionRequest(
            slot_id=draw(st.sampled_from([slot.id, f"{slot.id}-nowhere"])),
            absent=absent,
            substitute=draw(st.sampled_from([None, *ids])),
            position=position if position != "nowhere" else None,
            requested_at=when,
        )
    return UndoRequest(change=draw(st.integers(0, len(roster.history) + 1)), requested_at=when)


def outcome(plan: Any) -> tuple[Any, ...]:
    """What a planner said, as a comparable value: the plan, or the error and its text."""
    try:
        found = plan()
    except rr.ReceptionRulesError as error:
        return ("raised", type(error), str(error))
    texts = [(v.render("en"), v.render("zh")) for v in found.violations]
    dumps = [v.model_dump_json() for v in found.violations]
    return ("planned", found, texts, dumps)


@given(scenario=scenarios(), data=st.data(), lead_time=LEAD_TIMES)
def test_ak_r_6_1_fast_checks_give_the_reference_verdicts(
    scenario: tuple[rr.Roster, rr.Availability, tuple[rr.Roster, ...]],
    data: st.DataObject,
    lead_time: Any,
) -> None:
    roster, availability, others = scenario
    for _ in range(4):
        req = data.draw(requests(roster))
        ctx = {"availability": availability, "others": others, "lead_time": lead_time}
        want = outcome(lambda: reference.plan_change(roster, req, **ctx))  # noqa: B023
        got = outcome(lambda: plan_change(roster, req, **ctx))  # noqa: B023
        assert got == want, req
        if want[0] == "raised":
            continue
        plan = want[1]
        assert rr.check_change(roster, req, **ctx) == plan.violations
        if plan.violations:
            continue
        applied = rr.apply_change(roster, req, **ctx)
        expected = dict[int, rr.Slot]()
        for m in plan.moves:
            i = roster.slot_index(m.slot_id)
            expected[i] = expected.get(i, roster.slots[i]).with_holder(m.position, m.after)
        assert applied.slots == roster.with_slots(expected).slots
        assert applied.history[-1].moves == plan.moves
        rebuilt = rr.duty.RosterIndex.build(applied.slots, applied.people).by_person
        assert {p: d for p, d in applied.index.by_person.items() if d} == rebuilt


def test_ak_r_6_1_a_violation_made_without_validation_is_the_validated_one() -> None:
    remark = Remark.of("duty.started", slot="township-duty/2026-05-06", start="2026-05-06 08:00")
    fast = violation("TS-2", "requested_at", remark)
    slow = Violation(rule_id="TS-2", field="requested_at", remark=remark)
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert fast.model_fields_set == slow.model_fields_set
    assert fast.model_dump_json() == slow.model_dump_json()
    assert repr(fast) == repr(slow)
    assert pickle.loads(pickle.dumps(fast)) == slow
    assert Violation.model_validate(fast.model_dump()) == fast
    assert str(fast) == (
        "TS-2: slot township-duty/2026-05-06 started at 2026-05-06 08:00; "
        "past duty is never rewritten"
    )


def test_ak_r_6_1_a_remembered_deadline_follows_the_calendar_and_lead_time() -> None:
    """The index remembers deadlines per lead time and calendar: another calendar (a user's
    override making the day before a rest day) or lead time gets its own answer."""
    people = [
        rr.Person(id="d1", name="D1", roles=["deputy_section_leader"]),
        rr.Person(id="c1", name="C1", roles=["station_chief"]),
        rr.Person(id="c2", name="C2", roles=["station_chief"]),
    ]
    roster = rr.generate_roster(
        rr.preset("township-duty"), people, date(2026, 5, 11), date(2026, 5, 15)
    )
    cover = rr.CoverRequest(
        slot_id="township-duty/2026-05-13",
        requester="c1",
        counterpart="c2",
        requested_at=datetime(2026, 5, 12, 12, tzinfo=rr.TZ),
    )
    assert rr.check_change(roster, cover) == ()  # by the end of Tuesday 12 May
    rest = roster.calendar.with_override(date(2026, 5, 12), working=False)
    moved = roster.with_calendar(rest)  # shares the index, and its remembered deadlines
    assert [v.code for v in rr.check_change(moved, cover)] == ["duty.late"]
    assert rr.check_change(roster, cover) == ()
    late = [v.code for v in rr.check_change(roster, cover, lead_time=BeforeStart(lead="P2D"))]
    assert late == ["duty.late"]
