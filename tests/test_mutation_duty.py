"""Boundaries of the duty change checks that mutation testing found unpinned (issue 13):
every refusal with its rule, field and the parameters its text is made of (the clerk
reads them), which reason an undo is refused with, swaps inside one slot, double
booking between the two slots of one swap, and what a refused change's error says.

The AK roster of 2026 with the six leaders in published order is (by hand, see
test_duty_rotation): Jan 6 mayor, Feb 3 vm1, Mar 3 vm2, Apr 7 asst, May 6 sg, Jun 2 dsg,
…; the township roster of 2–6 March 2026: d1/c1, d2/c2, d3/c3, d1/c1, d2/c2.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

import receptionrules as rr
from _duty_support import ak_people, at, person, ts_people

AK = "ankang-mayor"
MAR3, APR7 = f"{AK}/2026-03-03", f"{AK}/2026-04-07"
TS2, TS3, TS4 = (f"township-duty/2026-03-0{d}" for d in (2, 3, 4))


@pytest.fixture(scope="module")
def ak() -> rr.Roster:
    return rr.generate_roster(rr.preset(AK), ak_people(), date(2026, 1, 1), date(2026, 6, 30))


@pytest.fixture(scope="module")
def ts() -> rr.Roster:
    people = [*ts_people(3, 3), person("dx", "deputy_section_leader", active=False)]
    return rr.generate_roster(
        rr.preset("township-duty"), people, date(2026, 3, 2), date(2026, 3, 6)
    )


def details(violations: tuple[rr.Violation, ...]) -> list[tuple[str, str, str, dict[str, str]]]:
    return [(v.rule_id, v.field, v.remark.code, dict(v.remark.params)) for v in violations]


def township_day_with(
    people: list[rr.Person], suffix: str, hours: tuple[str, str], deputy: str, chief: str
) -> dict[str, Any]:
    """The township roster of Monday 2 March 2026 (08:00–17:00) as data, with a second slot
    that day (data a roster may carry): ``township-duty/2026-03-02-<suffix>``, its hours,
    and who holds its deputy-section-level and station-chief posts."""
    base = rr.generate_roster(
        rr.preset("township-duty"), people, date(2026, 3, 2), date(2026, 3, 2)
    )
    data = base.model_dump(mode="json")
    extra = {
        **data["slots"][0],
        "id": f"township-duty/2026-03-02-{suffix}",
        "start": f"2026-03-02T{hours[0]}:00+08:00",
        "end": f"2026-03-02T{hours[1]}:00+08:00",
        "assignments": [
            {"position": "deputy_section_leader", "person": deputy, "substitute": None},
            {"position": "station_chief", "person": chief, "substitute": None},
        ],
    }
    data["slots"].append(extra)
    return data


def cover(
    slot: str, requester: str, counterpart: str, when: datetime, **kw: Any
) -> rr.CoverRequest:
    return rr.CoverRequest(
        slot_id=slot, requester=requester, counterpart=counterpart, requested_at=when, **kw
    )


def swap(slot: str, requester: str, counterpart: str, other: str, when: datetime, **kw: Any):
    return rr.SwapRequest(
        slot_id=slot,
        requester=requester,
        counterpart=counterpart,
        counterpart_slot_id=other,
        requested_at=when,
        **kw,
    )


LEADER = {"position": "receiving leader", "position_zh": "接待领导"}
DEPUTY = {"position": "deputy-section-level leader", "position_zh": "副科级领导"}


def test_ak_r_6_1_same_person_and_not_the_holder(ak: rr.Roster) -> None:
    got = details(rr.check_change(ak, swap(MAR3, "vm2", "vm2", APR7, at(2026, 2, 20))))
    assert got[0] == ("AK-R-6.1", "counterpart", "duty.same_person", {"person": "VM2 (副市长)"})
    assert got[1] == (
        "AK-R-6.1",
        "counterpart",
        "duty.not_holder",
        {
            "person": "VM2 (副市长)",
            "holder": "ASST (市长助理)",
            "slot": APR7,
            "when": "2026-04-07 08:30–12:00",
            **LEADER,
        },
    )
    plan = rr.duty.plan_change(
        ak, swap(MAR3, "vm2", "vm2", APR7, at(2026, 2, 20)), lead_time=rr.duty.PREVIOUS_WORKING_DAY
    )
    assert plan.moves == ()
    assert plan.describe == f"swap of {MAR3} (vm2) with {APR7} (vm2)"
    same = details(rr.check_change(ak, cover(MAR3, "vm2", "vm2", at(2026, 2, 20))))
    assert same[0] == ("AK-R-6.1", "counterpart", "duty.same_person", {"person": "VM2 (副市长)"})


def test_ak_r_6_1_a_cover_by_someone_not_holding_the_post(ak: rr.Roster) -> None:
    got = details(rr.check_change(ak, cover(MAR3, "vm1", "dsg", at(2026, 2, 20))))
    assert got == [
        (
            "AK-R-6.1",
            "requester",
            "duty.not_holder",
            {
                "person": "VM1 (副市长)",
                "holder": "VM2 (副市长)",
                "slot": MAR3,
                "when": "2026-03-03 08:30–12:00",
                **LEADER,
            },
        )
    ]
    with pytest.raises(rr.ChangeRefusedError) as e:
        rr.apply_change(ak, cover(MAR3, "vm1", "dsg", at(2026, 2, 20)))
    assert str(e.value).startswith(
        f"cover of {MAR3} (vm1 by dsg) refused (1 reason):\n  - AK-R-6.1: "
    )


def test_ts_1_holds_no_post_and_position_names(ts: rr.Roster) -> None:
    got = details(rr.check_change(ts, cover(TS2, "d3", "d2", at(2026, 2, 20))))
    assert got == [
        (
            "AK-R-6.1",
            "requester",
            "duty.holds_no_post",
            {"person": "D3 (副镇长)", "slot": TS2, "when": "2026-03-02 08:00–17:00"},
        )
    ]
    with pytest.raises(rr.duty.UnknownPositionError, match="position='boss' is not a position"):
        rr.check_change(ts, cover(TS2, "d1", "d2", at(2026, 2, 20), position="boss"))
    named = rr.check_change(
        ts, cover(TS2, "d1", "d2", at(2026, 2, 20), position="deputy_section_leader")
    )
    assert named == ()


def test_ts_1_ineligible_inactive_and_two_posts(ts: rr.Roster) -> None:
    got = details(rr.check_change(ts, cover(TS2, "d1", "c2", at(2026, 2, 20))))
    assert got == [
        (
            "TS-1",
            "counterpart",
            "duty.not_eligible",
            {
                "person": "C2 (站长)",
                "slot": TS2,
                "roles": "deputy-section-level leader",
                "roles_zh": "副科级领导",
                "held": "station/office chief",
                "held_zh": "所、站长",
                **DEPUTY,
            },
        )
    ]
    got = details(rr.check_change(ts, cover(TS2, "d1", "dx", at(2026, 2, 20))))
    assert got == [("TS-1", "counterpart", "duty.inactive", {"person": "DX"})]
    # "a" holds both roles and the station post of 3 March: given the deputy post too, a
    # holds two posts of one slot.
    dual = rr.generate_roster(
        rr.preset("township-duty"),
        [
            person("a", "deputy_section_leader", "station_chief"),
            person("b", "station_chief"),
            person("e", "deputy_section_leader"),
        ],
        date(2026, 3, 2),
        date(2026, 3, 3),
    )
    second = dual.slots[1]
    assert second.holders == ("e", "a")
    got = details(rr.check_change(dual, cover(second.id, "e", "a", at(2026, 2, 20))))
    assert got == [
        (
            "TS-1",
            "counterpart",
            "duty.duplicate_after",
            {
                "person": "A",
                "slot": second.id,
                "position": "station/office chief",
                "position_zh": "所、站长",
                "other_position": "deputy-section-level leader",
                "other_position_zh": "副科级领导",
            },
        )
    ]


def test_ak_r_6_1_unavailable_with_the_note(ak: rr.Roster) -> None:
    away = rr.Availability(
        absences=[rr.Absence(person="dsg", first=date(2026, 3, 3), reason="leave", note="病假")]
    )
    got = details(
        rr.check_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 2, 20)), availability=away)
    )
    assert got == [
        (
            "AK-R-6.1",
            "counterpart",
            "duty.unavailable",
            {
                "person": "DSG (副秘书长)",
                "day": "2026-03-03",
                "reason": "on leave (病假)",
                "reason_zh": "请假 (病假)",
            },
        )
    ]
    plain = rr.Availability(absences=[rr.Absence(person="dsg", first=date(2026, 3, 3))])
    got = details(
        rr.check_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 2, 20)), availability=plain)
    )
    assert got[0][3]["reason"] == "unavailable"
    assert got[0][3]["reason_zh"] == "其他原因"


def test_ak_r_6_1_late_and_started_name_the_times(ak: rr.Roster) -> None:
    got = details(rr.check_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 3, 3, 8))))
    assert got == [
        (
            "AK-R-6.1",
            "requested_at",
            "duty.late",
            {
                "at": "2026-03-03 08:00",
                "slot": MAR3,
                "when": "2026-03-03 08:30–12:00",
                "rule": "by the end of the previous working day",
                "rule_zh": "最迟于前一个工作日下班前",
                "deadline": "2026-03-03 00:00",
            },
        )
    ]
    got = details(rr.check_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 3, 3, 8, 30))))
    assert got[0] == (
        "AK-R-6.1",
        "requested_at",
        "duty.started",
        {"slot": MAR3, "start": "2026-03-03 08:30"},
    )
    assert [g[2] for g in got] == ["duty.started", "duty.late"]
    just = rr.check_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 3, 2, 23, 59)))
    assert just == ()
    lead = rr.duty.BeforeStart(lead=timedelta(hours=2))
    assert (
        rr.check_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 3, 3, 6, 29)), lead_time=lead) == ()
    )
    late = details(
        rr.check_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 3, 3, 6, 30)), lead_time=lead)
    )
    assert late[0][3]["rule"] == "at least 2:00:00 before it starts"
    assert late[0][3]["rule_zh"] == "至少提前2:00:00"


def test_ak_r_6_1_a_swap_checks_both_slots_times(ak: rr.Roster) -> None:
    req = swap(MAR3, "vm2", "asst", APR7, at(2026, 3, 3, 9))
    got = details(rr.check_change(ak, req))
    assert [(g[2], g[3].get("slot")) for g in got] == [
        ("duty.started", MAR3),
        ("duty.late", MAR3),
    ]
    later = swap(APR7, "asst", "vm2", MAR3, at(2026, 3, 3, 9))
    assert [g[2] for g in details(rr.check_change(ak, later))] == ["duty.started", "duty.late"]


def test_ak_r_6_1_double_booked_across_rosters(ak: rr.Roster) -> None:
    other = rr.generate_roster(
        rr.preset("wenfu-school"),
        [person("dsg", "school_leader", title="副秘书长")],
        date(2026, 3, 1),
        date(2026, 3, 31),
    )
    # Tuesday 3 March is no school Monday; take the school's Monday 2 March instead.
    mon = rr.generate_roster(
        rr.preset("ankang-mayor").replace(rule=rr.Weekly(weekday="monday")),
        ak_people(),
        date(2026, 3, 2),
        date(2026, 3, 2),
        composition=rr.duty_composition(AK),
    )
    slot = mon.slots[0]
    got = details(
        rr.check_change(
            mon, cover(slot.id, slot.holders[0], "dsg", at(2026, 2, 20)), others=[other]
        )
    )
    assert got == [
        (
            "AK-R-6.1",
            "counterpart",
            "duty.double_booked",
            {
                "person": "DSG (副秘书长)",
                "other": "wenfu-school/2026-03-02",
                "when": "2026-03-02 08:00–11:00",
            },
        )
    ]
    assert (
        rr.check_change(mon, cover(slot.id, slot.holders[0], "dsg", at(2026, 2, 20)), others=[mon])
        == ()
    )


def _swap_inside_one_slot(
    requested_at: datetime,
) -> tuple[rr.Roster, tuple[str | None, ...], rr.SwapRequest]:
    """A one-slot township roster of two people holding both posts, and the request that
    swaps them inside that slot."""
    both = ["deputy_section_leader", "station_chief"]
    roster = rr.generate_roster(
        rr.preset("township-duty"),
        [person("a", *both), person("b", *both)],
        date(2026, 3, 2),
        date(2026, 3, 2),
    )
    slot = roster.slots[0]
    x, y = slot.holders
    req = swap(
        slot.id,
        x,
        y,
        slot.id,
        requested_at,
        position="deputy_section_leader",
        counterpart_position="station_chief",
    )
    return roster, slot.holders, req


def test_ts_1_a_swap_inside_one_slot_moves_both_posts() -> None:
    roster, (x, y), req = _swap_inside_one_slot(at(2026, 2, 20))
    assert rr.check_change(roster, req) == ()
    new = rr.apply_change(roster, req)
    assert new.slots[0].holders == (y, x)
    assert [(m.position, m.before, m.after) for m in new.history[0].moves] == [
        ("deputy_section_leader", x, y),
        ("station_chief", y, x),
    ]


def test_ak_r_6_1_double_booking_between_the_two_slots_of_one_swap() -> None:
    # Two overlapping slots on one day (data a roster may carry); "a" holds both posts of
    # the afternoon. Swapping d1's morning post for a's afternoon one puts a in both.
    people = [*ts_people(1, 1), person("a", "deputy_section_leader", "station_chief")]
    data = township_day_with(people, "pm", ("13:00", "18:00"), "a", "a")
    afternoon = data["slots"][1]
    data["slots"][0]["assignments"][0]["person"] = "d1"
    data["slots"][0]["assignments"][1]["person"] = "c1"
    roster = rr.Roster.model_validate(data)
    req = swap(
        TS2,
        "d1",
        "a",
        afternoon["id"],
        at(2026, 2, 20),
        counterpart_position="deputy_section_leader",
    )
    assert details(rr.check_change(roster, req)) == [
        (
            "AK-R-6.1",
            "counterpart",
            "duty.double_booked",
            {"person": "A", "other": afternoon["id"], "when": "2026-03-02 13:00–18:00"},
        )
    ]
    # The afternoon moved to the evening, after the morning ends: nobody is booked twice.
    data["slots"][1] = {
        **afternoon,
        "start": "2026-03-02T17:00:00+08:00",
        "end": "2026-03-02T20:00:00+08:00",
    }
    assert rr.check_change(rr.Roster.model_validate(data), req) == ()


# -- undo: which reason ----------------------------------------------------------------------


def test_ak_r_6_1_which_reason_an_undo_is_refused_with(ak: rr.Roster) -> None:
    one = rr.apply_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 2, 20)))
    two = rr.undo_change(one, 0, at=at(2026, 2, 21))
    (undo,) = two.history[1:]
    assert (undo.kind, undo.on_behalf_of, undo.arranged_by) == ("undo", "vm2", "vm2")
    assert two.slot(MAR3).holders == ("vm2",)
    again = details(rr.check_change(two, rr.UndoRequest(change=0, requested_at=at(2026, 2, 22))))
    assert again == [("AK-R-6.1", "change", "duty.already_undone", {"change": "0", "by": "1"})]
    of_undo = details(rr.check_change(two, rr.UndoRequest(change=1, requested_at=at(2026, 2, 22))))
    assert of_undo == [("AK-R-6.1", "change", "duty.undo_of_undo", {"change": "1"})]
    plan = rr.duty.plan_change(
        two,
        rr.UndoRequest(change=1, requested_at=at(2026, 2, 22)),
        lead_time=rr.duty.PREVIOUS_WORKING_DAY,
    )
    assert (plan.describe, plan.on_behalf_of, plan.moves) == ("undo of change 1 (undo)", "vm2", ())
    moved = rr.apply_change(one, cover(MAR3, "dsg", "sg", at(2026, 2, 21)))
    superseded = details(
        rr.check_change(moved, rr.UndoRequest(change=0, requested_at=at(2026, 2, 22)))
    )
    assert superseded[0] == (
        "AK-R-6.1",
        "change",
        "duty.superseded",
        {"slot": MAR3, "change": "0", "later": "1", **LEADER},
    )
    started = details(
        rr.check_change(one, rr.UndoRequest(change=0, requested_at=at(2026, 3, 3, 9)))
    )
    assert [g[2] for g in started] == ["duty.started"]
    assert rr.check_change(one, rr.UndoRequest(change=0, requested_at=at(2026, 3, 3, 8))) == ()
    with pytest.raises(rr.duty.UnknownChangeError) as e:
        rr.check_change(one, rr.UndoRequest(change=1, requested_at=at(2026, 2, 22)))
    assert str(e.value) == "change=1 is not in the roster's history, which holds changes 0..0"
    with pytest.raises(rr.duty.UnknownChangeError) as e:
        rr.check_change(ak, rr.UndoRequest(change=0, requested_at=at(2026, 2, 22)))
    assert str(e.value).endswith("holds changes 0..-1 (none yet)")


def test_ak_r_6_1_an_undo_restores_people_who_must_still_be_free(ak: rr.Roster) -> None:
    one = rr.apply_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 2, 20)))
    away = rr.Availability(absences=[rr.Absence(person="vm2", first=date(2026, 3, 3))])
    got = details(
        rr.check_change(
            one, rr.UndoRequest(change=0, requested_at=at(2026, 2, 22)), availability=away
        )
    )
    assert [(g[1], g[2]) for g in got] == [("change", "duty.unavailable")]


def test_change_must_be_a_request(ak: rr.Roster) -> None:
    with pytest.raises(TypeError) as e:
        rr.check_change(ak, "swap")  # type: ignore[arg-type]
    assert str(e.value) == (
        "change must be a SwapRequest, CoverRequest, FillRequest, SubstitutionRequest or "
        "UndoRequest, not str"
    )
    with pytest.raises(
        rr.duty.UnknownSlotError, match=r"^slot_id='ankang-mayor/2026-03-04' is not"
    ):
        rr.check_change(ak, cover(f"{AK}/2026-03-04", "vm2", "dsg", at(2026, 2, 20)))
    with pytest.raises(rr.duty.UnknownPersonError, match=r"^counterpart='zz' is not among"):
        rr.check_change(ak, cover(MAR3, "vm2", "zz", at(2026, 2, 20)))
    with pytest.raises(rr.duty.UnknownSlotError, match=r"^counterpart_slot_id="):
        rr.check_change(ak, swap(MAR3, "vm2", "asst", f"{AK}/2026-03-04", at(2026, 2, 20)))
    record = rr.apply_change(
        ak, cover(MAR3, "vm2", "dsg", at(2026, 2, 20), arranged_by="市信访局")
    ).history[0]
    assert (record.arranged_by, record.on_behalf_of, record.seq) == ("市信访局", "vm2", 0)


# -- more boundaries the mutants found ------------------------------------------------------

PWD = rr.duty.PREVIOUS_WORKING_DAY


def test_ak_r_6_1_unknown_names_are_errors_naming_the_field(ts: rr.Roster) -> None:
    cases = [
        (swap("x/1", "d1", "d2", TS3, at(2026, 2, 20)), rr.duty.UnknownSlotError, "slot_id"),
        (swap(TS2, "zz", "d2", TS3, at(2026, 2, 20)), rr.duty.UnknownPersonError, "requester"),
        (swap(TS2, "d1", "zz", TS3, at(2026, 2, 20)), rr.duty.UnknownPersonError, "counterpart"),
        (
            swap(TS2, "d1", "d2", TS3, at(2026, 2, 20), position="boss"),
            rr.duty.UnknownPositionError,
            "position",
        ),
        (
            swap(TS2, "d1", "d2", TS3, at(2026, 2, 20), counterpart_position="boss"),
            rr.duty.UnknownPositionError,
            "counterpart_position",
        ),
        (cover(TS2, "zz", "d2", at(2026, 2, 20)), rr.duty.UnknownPersonError, "requester"),
    ]
    for req, error, field in cases:
        with pytest.raises(error) as e:
            rr.check_change(ts, req)
        assert e.value.field == field
        assert str(e.value).startswith(f"{field}=")


def test_ak_r_6_1_a_refused_swap_or_cover_moves_nothing(ak: rr.Roster) -> None:
    not_held = rr.duty.plan_change(
        ak, swap(MAR3, "vm1", "asst", APR7, at(2026, 2, 20)), lead_time=PWD
    )
    assert (not_held.moves, not_held.valid) == ((), False)
    assert [(v.field, v.remark.code) for v in not_held.violations] == [
        ("requester", "duty.not_holder")
    ]
    other_side = rr.duty.plan_change(
        ak, swap(MAR3, "vm2", "vm1", APR7, at(2026, 2, 20)), lead_time=PWD
    )
    assert other_side.moves == ()
    assert [(v.field, v.remark.code) for v in other_side.violations] == [
        ("counterpart", "duty.not_holder")
    ]
    cover_plan = rr.duty.plan_change(ak, cover(MAR3, "vm1", "dsg", at(2026, 2, 20)), lead_time=PWD)
    assert cover_plan.moves == ()
    same = rr.duty.plan_change(ak, cover(MAR3, "vm2", "vm2", at(2026, 2, 20)), lead_time=PWD)
    assert same.moves == ()
    ok = rr.duty.plan_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 2, 20)), lead_time=PWD)
    assert ok.valid
    assert [(m.slot_id, m.position, m.before, m.after) for m in ok.moves] == [
        (MAR3, "leader", "vm2", "dsg")
    ]


def test_ts_1_a_late_swap_inside_one_slot_is_refused_once() -> None:
    roster, _, req = _swap_inside_one_slot(at(2026, 3, 2, 9))
    assert [v.remark.code for v in rr.check_change(roster, req)] == ["duty.started", "duty.late"]


def test_ak_r_6_1_which_later_change_supersedes_an_undo(ak: rr.Roster) -> None:
    r = rr.apply_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 2, 20)))
    r = rr.apply_change(r, cover(MAR3, "dsg", "sg", at(2026, 2, 21)))
    r = rr.apply_change(
        r, cover(APR7, "asst", "vm1", at(2026, 2, 22))
    )  # the same post, another slot
    got = details(rr.check_change(r, rr.UndoRequest(change=0, requested_at=at(2026, 2, 23))))
    assert got == [
        (
            "AK-R-6.1",
            "change",
            "duty.superseded",
            {"slot": MAR3, "change": "0", "later": "1", **LEADER},
        )
    ]
    plan = rr.duty.plan_change(
        r, rr.UndoRequest(change=0, requested_at=at(2026, 2, 23)), lead_time=PWD
    )
    assert plan.describe == "undo of change 0 (cover)"


def test_ak_r_6_1_an_undo_records_the_moves_back(ak: rr.Roster) -> None:
    one = rr.apply_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 2, 20)))
    plan = rr.duty.plan_change(
        one, rr.UndoRequest(change=0, requested_at=at(2026, 2, 21)), lead_time=PWD
    )
    assert (plan.describe, plan.on_behalf_of, plan.valid) == (
        "undo of change 0 (cover)",
        "vm2",
        True,
    )
    two = rr.undo_change(one, 0, at=at(2026, 2, 21))
    assert [(m.slot_id, m.position, m.before, m.after) for m in two.history[1].moves] == [
        (MAR3, "leader", "dsg", "vm2")
    ]
    done = rr.duty.plan_change(
        two, rr.UndoRequest(change=0, requested_at=at(2026, 2, 22)), lead_time=PWD
    )
    assert (done.moves, done.on_behalf_of, done.describe) == ((), "vm2", "undo of change 0 (cover)")
    away = rr.Availability(absences=[rr.Absence(person="vm2", first=date(2026, 3, 3))])
    with pytest.raises(rr.ChangeRefusedError) as e:
        rr.undo_change(one, 0, at=at(2026, 2, 21), availability=away)
    assert [v.remark.code for v in e.value.violations] == ["duty.unavailable"]


def test_ts_1_an_undo_that_would_put_one_person_in_two_posts() -> None:
    roster = rr.generate_roster(
        rr.preset("township-duty"),
        [
            person("d", "deputy_section_leader", "station_chief"),
            person("c", "station_chief"),
            person("a", "deputy_section_leader"),
        ],
        date(2026, 3, 2),
        date(2026, 3, 2),
    )
    slot = roster.slots[0]
    assert slot.holders == ("d", "c")
    r = rr.apply_change(
        roster, cover(slot.id, "d", "a", at(2026, 2, 20), position="deputy_section_leader")
    )
    r = rr.apply_change(r, cover(slot.id, "c", "d", at(2026, 2, 20), position="station_chief"))
    assert r.slots[0].holders == ("a", "d")
    got = details(rr.check_change(r, rr.UndoRequest(change=0, requested_at=at(2026, 2, 21))))
    assert [(g[0], g[1], g[2]) for g in got] == [("TS-1", "change", "duty.duplicate_after")]


def test_ak_r_6_1_an_undo_of_a_history_the_roster_no_longer_matches(ak: rr.Roster) -> None:
    # Rosters read from files: a history naming a slot or a person the roster has lost,
    # or a person whose roles changed since, is refused naming the field.
    one = rr.apply_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 2, 20)))
    data = one.model_dump(mode="json")
    undo = rr.UndoRequest(change=0, requested_at=at(2026, 2, 21))
    no_slot = rr.Roster.model_validate(
        {**data, "slots": [s for s in data["slots"] if s["id"] != MAR3]}
    )
    with pytest.raises(rr.duty.UnknownSlotError) as e:
        rr.check_change(no_slot, undo)
    assert e.value.field == "change"
    no_person = rr.Roster.model_validate(
        {**data, "people": [p for p in data["people"] if p["id"] != "vm2"]}
    )
    with pytest.raises(rr.duty.UnknownPersonError) as e:
        rr.check_change(no_person, undo)
    assert e.value.field == "change"
    moved_on = rr.Roster.model_validate(
        {
            **data,
            "people": [
                {**p, "roles": ["school_leader"]} if p["id"] == "vm2" else p for p in data["people"]
            ],
        }
    )
    got = details(rr.check_change(moved_on, undo))
    assert [(g[0], g[1], g[2]) for g in got] == [("AK-R-4.1", "change", "duty.not_eligible")]


def test_ak_r_6_1_a_cover_of_a_vacant_post_and_two_roles_named() -> None:
    away = rr.Availability(absences=[rr.Absence(person="d1", first=date(2026, 3, 2))])
    roster = rr.generate_roster(
        rr.preset("township-duty"),
        [person("d1", "deputy_section_leader"), person("c1", "station_chief", "school_leader")],
        date(2026, 3, 2),
        date(2026, 3, 3),
        availability=away,
    )
    assert roster.slots[0].holders == (None, "c1")  # nobody else may take the deputy's post
    req = cover(TS2, "d1", "c1", at(2026, 2, 20), position="deputy_section_leader")
    assert details(rr.check_change(roster, req)) == [
        (
            "AK-R-6.1",
            "requester",
            "duty.not_holder_vacant",
            {"person": "D1", "slot": TS2, "when": "2026-03-02 08:00–17:00", **DEPUTY},
        ),
        (
            "TS-1",
            "counterpart",
            "duty.not_eligible",
            {
                "person": "C1",
                "slot": TS2,
                "roles": "deputy-section-level leader",
                "roles_zh": "副科级领导",
                "held": "school leader / station/office chief",
                "held_zh": "校级领导、所、站长",
                **DEPUTY,
            },
        ),
    ]


def test_ak_r_6_1_an_unknown_person_names_the_roster(ak: rr.Roster) -> None:
    with pytest.raises(rr.duty.UnknownPersonError) as e:
        rr.check_change(ak, cover(MAR3, "vm2", "zz", at(2026, 2, 20)))
    assert str(e.value) == (
        "counterpart='zz' is not among the people of roster ankang-mayor; give the id of one "
        "of its people, or add the person first (Roster.with_people)"
    )


def test_ak_r_6_1_double_booked_in_another_slot_of_the_same_roster() -> None:
    # A second, overlapping slot on the same day (data a roster may carry).
    data = township_day_with(ts_people(2, 2), "pm", ("13:00", "18:00"), "d2", "c2")
    pm = data["slots"][1]
    roster = rr.Roster.model_validate(data)
    got = details(rr.check_change(roster, cover(TS2, "d1", "d2", at(2026, 2, 20))))
    assert got == [
        (
            "AK-R-6.1",
            "counterpart",
            "duty.double_booked",
            {"person": "D2 (副镇长)", "other": pm["id"], "when": "2026-03-02 13:00–18:00"},
        )
    ]
    evening = {**pm, "start": "2026-03-02T17:00:00+08:00", "end": "2026-03-02T20:00:00+08:00"}
    later = rr.Roster.model_validate({**data, "slots": [data["slots"][0], evening]})
    assert rr.check_change(later, cover(TS2, "d1", "d2", at(2026, 2, 20))) == ()


def test_wf_3_substitute_hands_on_its_order_and_position() -> None:
    leaders = [person(x, "school_leader", title="副校长") for x in "abcd"]
    wf = rr.generate_roster(rr.preset("wenfu-school"), leaders, date(2026, 3, 1), date(2026, 3, 31))
    mar16 = "wenfu-school/2026-03-16"
    assert wf.slot(mar16).holders == ("c",)
    top = rr.substitute(wf, mar16, "c", at=at(2026, 3, 13))
    after = rr.substitute(wf, mar16, "c", at=at(2026, 3, 13), order="after_absent")
    assert (top.slot(mar16).holders, after.slot(mar16).holders) == (("a",), ("d",))
    ts = rr.generate_roster(
        rr.preset("township-duty"), ts_people(2, 2), date(2026, 3, 2), date(2026, 3, 3)
    )
    chief = rr.substitute(ts, TS2, "c1", at=at(2026, 2, 20), position="station_chief")
    assert chief.slots[0].holders == ("d1", "c2")
    with pytest.raises(rr.duty.UnknownPositionError):
        rr.substitute(ts, TS2, "c1", at=at(2026, 2, 20), position="boss")


def test_ak_r_6_1_undo_change_checks_the_other_rosters(ak: rr.Roster) -> None:
    one = rr.apply_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 2, 20)))
    tuesday = rr.generate_roster(
        rr.preset("wenfu-school").replace(rule=rr.Weekly(weekday="tuesday")),
        [person("vm2", "school_leader", title="副市长")],
        date(2026, 3, 3),
        date(2026, 3, 3),
        composition=rr.duty_composition("wenfu-school"),
    )
    with pytest.raises(rr.ChangeRefusedError) as e:
        rr.undo_change(one, 0, at=at(2026, 2, 21), others=[tuesday])
    assert [v.remark.code for v in e.value.violations] == ["duty.double_booked"]
    assert rr.undo_change(one, 0, at=at(2026, 2, 21)).slot(MAR3).holders == ("vm2",)


def test_wf_3_the_order_given_as_text_is_the_order() -> None:
    leaders = [person(x, "school_leader") for x in "abcd"]
    wf = rr.generate_roster(rr.preset("wenfu-school"), leaders, date(2026, 3, 1), date(2026, 3, 31))
    mar16 = "wenfu-school/2026-03-16"
    text = rr.find_substitute(wf, mar16, "c", order="after_absent")  # type: ignore[arg-type]
    assert text.substitute == "d"
    with pytest.raises(rr.errors.UnknownValueError, match=r"^order='sideways' is not one of"):
        rr.find_substitute(wf, mar16, "c", order="sideways")  # type: ignore[arg-type]


# -- the edges of a slot's hours -------------------------------------------------------------


def test_ak_r_6_1_an_undo_asked_at_the_slots_very_start_is_too_late(ak: rr.Roster) -> None:
    one = rr.apply_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 2, 20)))
    start = datetime(2026, 3, 3, 8, 30, tzinfo=rr.TZ)
    assert details(rr.check_change(one, rr.UndoRequest(change=0, requested_at=start))) == [
        ("AK-R-6.1", "requested_at", "duty.started", {"slot": MAR3, "start": "2026-03-03 08:30"})
    ]
    a_minute_before = start - timedelta(minutes=1)
    assert rr.check_change(one, rr.UndoRequest(change=0, requested_at=a_minute_before)) == ()


def test_ak_r_6_1_plan_change_checks_availability_too(ak: rr.Roster) -> None:
    one = rr.apply_change(ak, cover(MAR3, "vm2", "dsg", at(2026, 2, 20)))
    away = rr.Availability(absences=[rr.Absence(person="vm2", first=date(2026, 3, 3))])
    plan = rr.duty.plan_change(
        one,
        rr.UndoRequest(change=0, requested_at=at(2026, 2, 22)),
        availability=away,
        lead_time=rr.duty.PREVIOUS_WORKING_DAY,
    )
    assert [(v.field, v.remark.code) for v in plan.violations] == [("change", "duty.unavailable")]


def test_ak_r_6_1_a_slot_ending_as_another_begins_is_no_double_booking() -> None:
    # Township duty on Monday 2 March 2026 is 08:00–17:00; an early slot of that day for d3
    # and c3 ends at 08:00 sharp. d3 may cover d1's post: the hours only touch.
    data = township_day_with(ts_people(3, 3), "early", ("05:00", "08:00"), "d3", "c3")
    data["slots"][0]["assignments"][0]["person"] = "d1"
    data["slots"][0]["assignments"][1]["person"] = "c1"
    data["slots"].insert(0, data["slots"].pop())
    roster = rr.Roster.model_validate(data)
    assert rr.check_change(roster, cover(TS2, "d1", "d3", at(2026, 2, 20))) == ()
    # An hour later, the early slot would overlap the day's duty.
    data["slots"][0]["end"] = "2026-03-02T09:00:00+08:00"
    late = rr.Roster.model_validate(data)
    assert [
        v.remark.code for v in rr.check_change(late, cover(TS2, "d1", "d3", at(2026, 2, 20)))
    ] == ["duty.double_booked"]
