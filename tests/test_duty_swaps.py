"""Swaps and covers (AK-R-6.1): every violation with its rule ID; history (AK-R-6.3); undo.

The AK roster of 2026 with the six leaders in published order is (by hand, see
test_duty_rotation): Jan 6 mayor, Feb 3 vm1, Mar 3 vm2, Apr 7 asst, May 6 sg,
Jun 2 dsg, Jul 7 mayor, Aug 4 vm1, Sep 1 vm2, Oct 8 asst, Nov 3 sg, Dec 1 dsg.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import receptionrules as rr
from _duty_support import ak_people, at, person, ts_people

AK = "ankang-mayor"
MAR3 = f"{AK}/2026-03-03"
APR7 = f"{AK}/2026-04-07"
MAY6 = f"{AK}/2026-05-06"


@pytest.fixture(scope="module")
def ak() -> rr.Roster:
    return rr.generate_roster(rr.preset(AK), ak_people(), date(2026, 1, 1), date(2026, 12, 31))


def codes(violations: tuple[rr.Violation, ...]) -> list[tuple[str, str, str]]:
    return [(v.rule_id, v.code, v.field) for v in violations]


def swap(requester: str, slot: str, counterpart: str, other: str, when: object, **kw: object):
    return rr.SwapRequest(
        slot_id=slot,
        requester=requester,
        counterpart=counterpart,
        counterpart_slot_id=other,
        requested_at=when,
        **kw,
    )


def cover(requester: str, slot: str, counterpart: str, when: object, **kw: object):
    return rr.CoverRequest(
        slot_id=slot, requester=requester, counterpart=counterpart, requested_at=when, **kw
    )


def test_ak_r_6_1_valid_swap_exchanges_two_slots_and_returns_a_new_roster(ak: rr.Roster) -> None:
    req = swap("vm2", MAR3, "asst", APR7, at(2026, 2, 20))
    assert rr.check_change(ak, req) == ()
    new = rr.apply_change(ak, req)
    assert new.slot(MAR3).holders == ("asst",)
    assert new.slot(APR7).holders == ("vm2",)
    assert ak.slot(MAR3).holders == ("vm2",)  # the old roster is untouched
    assert ak.history == ()
    (record,) = new.history
    assert (record.seq, record.kind, record.on_behalf_of, record.arranged_by) == (
        0,
        "swap",
        "vm2",
        "vm2",
    )
    assert record.requested_at == at(2026, 2, 20)
    assert [(m.slot_id, m.before, m.after) for m in record.moves] == [
        (MAR3, "vm2", "asst"),
        (APR7, "asst", "vm2"),
    ]
    assert new.counts() == ak.counts()


def test_ak_r_6_3_the_petition_bureau_arranges_changes_on_leaders_behalf(ak: rr.Roster) -> None:
    new = rr.apply_change(ak, cover("vm2", MAR3, "dsg", at(2026, 2, 20), arranged_by="市信访局"))
    (record,) = new.history
    assert (record.arranged_by, record.on_behalf_of) == ("市信访局", "vm2")
    assert new.changes_to(MAR3) == (record,)
    assert rr.Roster.model_validate_json(new.model_dump_json()).history == new.history


def test_ak_r_6_1_swap_refused_when_late(ak: rr.Roster) -> None:
    # Tue 2026-03-03: the previous working day is Mon 03-02, so the deadline is 03-03 00:00.
    assert rr.check_change(ak, cover("vm2", MAR3, "dsg", at(2026, 3, 2, 23, 59))) == ()
    late = rr.check_change(ak, cover("vm2", MAR3, "dsg", at(2026, 3, 3, 0, 0)))
    assert codes(late) == [("AK-R-6.1", "duty.late", "requested_at")]
    assert "2026-03-03 00:00" in late[0].reason
    assert "事先" in late[0].reason
    assert "事先安排" in late[0].render("zh")
    # Wed 2026-05-06 follows the May Day break (May 1-5): the deadline is the end of Apr 30.
    assert rr.check_change(ak, cover("sg", MAY6, "dsg", at(2026, 4, 30, 18))) == ()
    assert codes(rr.check_change(ak, cover("sg", MAY6, "dsg", at(2026, 5, 4, 10)))) == [
        ("AK-R-6.1", "duty.late", "requested_at")
    ]


def test_ak_r_6_1_lead_time_is_a_parameter(ak: rr.Roster) -> None:
    req = cover("sg", MAY6, "dsg", at(2026, 5, 6, 8, 0))
    assert rr.check_change(ak, req, lead_time=rr.duty.BeforeStart()) == ()
    assert codes(
        rr.check_change(ak, req, lead_time=rr.duty.BeforeStart(lead=timedelta(hours=1)))
    ) == [("AK-R-6.1", "duty.late", "requested_at")]
    two_days = rr.duty.EndOfPreviousWorkingDay(working_days=2)  # by the end of Wed Apr 29
    in_time = cover("sg", MAY6, "dsg", at(2026, 4, 29, 20))
    late = cover("sg", MAY6, "dsg", at(2026, 4, 30, 9))
    assert rr.check_change(ak, in_time, lead_time=two_days) == ()
    assert rr.check_change(ak, late, lead_time=two_days) != ()


def test_ak_r_6_1_past_duty_is_never_rewritten(ak: rr.Roster) -> None:
    found = rr.check_change(
        ak, cover("vm2", MAR3, "dsg", at(2026, 3, 3, 8, 30)), lead_time=rr.duty.BeforeStart()
    )
    assert codes(found) == [
        ("AK-R-6.1", "duty.started", "requested_at"),
        ("AK-R-6.1", "duty.late", "requested_at"),
    ]
    assert "never rewritten" in found[0].reason


def test_ak_r_6_1_every_violation_is_reported_with_its_rule(ak: rr.Roster) -> None:
    # "old" is a city leader (MC), not an AK leader, no longer active, away on Mar 3 and on
    # the mediation centre's duty that morning; vm1 asks him to cover vm2's slot, too late.
    old = person("old", "city_leader", title="原副市长", active=False)
    mc = rr.generate_roster(
        rr.preset("mediation-centre-mayor", announced=[date(2026, 3, 3)]),
        [old.model_copy(update={"active": True})],
        date(2026, 3, 1),
        date(2026, 3, 31),
    )
    roster = ak.with_people(old)
    away = rr.Availability(
        absences=[rr.Absence(person="old", first=date(2026, 3, 3), reason="away")]
    )
    req = cover("vm1", MAR3, "old", at(2026, 3, 3, 9))
    found = rr.check_change(roster, req, availability=away, others=[mc])
    assert codes(found) == [
        ("AK-R-6.1", "duty.not_holder", "requester"),
        ("AK-R-6.1", "duty.started", "requested_at"),
        ("AK-R-6.1", "duty.late", "requested_at"),
        ("AK-R-4.1", "duty.not_eligible", "counterpart"),
        ("AK-R-4.1", "duty.inactive", "counterpart"),
        ("AK-R-6.1", "duty.unavailable", "counterpart"),
        ("AK-R-6.1", "duty.double_booked", "counterpart"),
    ]
    assert found[0].reason.endswith("VM2 (副市长) does")
    assert "mediation-centre-mayor/2026-03-03" in found[6].reason
    assert "外出" in found[5].render("zh")
    with pytest.raises(rr.ChangeRefusedError) as e:
        rr.apply_change(roster, req, availability=away, others=[mc])
    assert e.value.violations == found
    assert "7 reasons" in str(e.value)
    assert all(str(v) in str(e.value) for v in found)


def test_ts_1_station_chief_cannot_take_deputy_slot() -> None:
    roster = rr.generate_roster(
        rr.preset("township-duty"), ts_people(2, 3), date(2026, 4, 30), date(2026, 5, 9)
    )
    slot = "township-duty/2026-05-07"  # d1 and c3
    found = rr.check_change(roster, cover("d1", slot, "c1", at(2026, 5, 5)))
    assert codes(found) == [("TS-1", "duty.not_eligible", "counterpart")]
    assert "station/office chief" in found[0].reason
    assert "所、站长" in found[0].render("zh")
    assert rr.check_change(roster, cover("d1", slot, "d2", at(2026, 5, 5))) == ()
    # Swap across posts: each would land in a post they can't hold.
    found = rr.check_change(
        roster, swap("d1", slot, "c1", "township-duty/2026-05-08", at(2026, 5, 5))
    )
    assert codes(found) == [
        ("TS-1", "duty.not_eligible", "counterpart"),
        ("TS-1", "duty.not_eligible", "requester"),
    ]


def test_ts_1_the_pair_must_be_two_people() -> None:
    both = person("dc", "deputy_section_leader", "station_chief")
    roster = rr.generate_roster(
        rr.preset("township-duty"),
        [person("d1", "deputy_section_leader"), both, person("c1", "station_chief")],
        date(2026, 5, 6),
        date(2026, 5, 8),
    )
    # Deputies [d1, dc], chiefs [dc, c1]: May 6 (d1, dc); May 7 (dc, c1); May 8 (d1, dc).
    assert [s.holders for s in roster.slots] == [("d1", "dc"), ("dc", "c1"), ("d1", "dc")]
    found = rr.check_change(roster, cover("d1", "township-duty/2026-05-06", "dc", at(2026, 4, 28)))
    assert codes(found) == [("TS-1", "duty.duplicate_after", "counterpart")]
    assert "both" in found[0].reason


def test_ak_r_6_1_no_double_booking_across_rosters(ak: rr.Roster) -> None:
    mc = rr.generate_roster(
        rr.preset("mediation-centre-mayor", announced=[date(2026, 3, 3), date(2026, 3, 10)]),
        [person("dsg", "city_leader")],
        date(2026, 3, 1),
        date(2026, 3, 31),
    )
    req = cover("vm2", MAR3, "dsg", at(2026, 2, 20))
    assert rr.check_change(ak, req) == ()
    (found,) = rr.check_change(ak, req, others=[mc])
    assert (found.rule_id, found.code) == ("AK-R-6.1", "duty.double_booked")
    assert "mediation-centre-mayor/2026-03-03 (2026-03-03 08:30–12:00)" in found.reason


def test_swap_checks_both_sides(ak: rr.Roster) -> None:
    # vm1 does not hold Apr 7 (asst does); and vm2 is away on Apr 7, the day vm2 would take.
    away = rr.Availability(absences=[rr.Absence(person="vm2", first=date(2026, 4, 7))])
    found = rr.check_change(ak, swap("vm2", MAR3, "vm1", APR7, at(2026, 2, 20)), availability=away)
    assert codes(found) == [
        ("AK-R-6.1", "duty.not_holder", "counterpart"),
        ("AK-R-6.1", "duty.unavailable", "requester"),
    ]


def test_same_person_on_both_sides_is_refused(ak: rr.Roster) -> None:
    found = rr.check_change(ak, cover("vm2", MAR3, "vm2", at(2026, 2, 20)))
    assert codes(found) == [("AK-R-6.1", "duty.same_person", "counterpart")]


def test_bad_input_raises_errors_naming_the_field(ak: rr.Roster) -> None:
    with pytest.raises(rr.UnknownSlotError) as e:
        rr.check_change(ak, cover("vm2", f"{AK}/2026-03-04", "dsg", at(2026, 2, 20)))
    assert e.value.field == "slot_id"
    assert "2026-03-04" in str(e.value)
    with pytest.raises(rr.UnknownPersonError) as p:
        rr.check_change(ak, cover("vm2", MAR3, "stranger", at(2026, 2, 20)))
    assert p.value.field == "counterpart"
    assert "'stranger'" in str(p.value)
    with pytest.raises(rr.UnknownSlotError) as s:
        rr.check_change(ak, swap("vm2", MAR3, "asst", "nope", at(2026, 2, 20)))
    assert s.value.field == "counterpart_slot_id"
    with pytest.raises(rr.UnknownPositionError) as pos:
        rr.check_change(ak, cover("vm2", MAR3, "dsg", at(2026, 2, 20), position="chief"))
    assert pos.value.field == "position"
    with pytest.raises(TypeError, match="SwapRequest"):
        rr.check_change(ak, "swap please")  # type: ignore[arg-type]


def test_naive_request_time_is_refused_naming_the_field() -> None:
    with pytest.raises(ValueError, match="requested_at"):
        cover("vm2", MAR3, "dsg", at(2026, 2, 20).replace(tzinfo=None))


def test_change_requests_round_trip_through_json() -> None:
    adapter = rr.duty.changes.Change  # the discriminated union type
    from pydantic import TypeAdapter

    ta = TypeAdapter(adapter)
    for req in (
        swap("vm2", MAR3, "asst", APR7, at(2026, 2, 20)),
        cover("vm2", MAR3, "dsg", at(2026, 2, 20), arranged_by="市信访局"),
        rr.UndoRequest(change=0, requested_at=at(2026, 2, 21)),
        rr.SubstitutionRequest(
            slot_id=MAR3, absent="vm2", substitute=None, requested_at=at(2026, 3, 3, 7)
        ),
    ):
        assert ta.validate_json(ta.dump_json(req)) == req


# -- undo ---------------------------------------------------------------------------


def test_undo_restores_the_slots_while_they_have_not_started(ak: rr.Roster) -> None:
    changed = rr.apply_change(ak, swap("vm2", MAR3, "asst", APR7, at(2026, 2, 20)))
    undone = rr.undo_change(changed, 0, at=at(2026, 3, 2, 12), arranged_by="市信访局")
    assert [undone.slot(s).holders for s in (MAR3, APR7)] == [("vm2",), ("asst",)]
    record = undone.history[1]
    assert (record.kind, record.on_behalf_of, record.arranged_by) == ("undo", "vm2", "市信访局")
    assert undone.undone() == {0: 1}
    # An undo needs only that the slots have not started, not the lead time.
    assert rr.check_change(changed, rr.UndoRequest(change=0, requested_at=at(2026, 3, 3, 8))) == ()


def test_undo_refused_once_a_slot_has_started(ak: rr.Roster) -> None:
    changed = rr.apply_change(ak, swap("vm2", MAR3, "asst", APR7, at(2026, 2, 20)))
    with pytest.raises(rr.ChangeRefusedError) as e:
        rr.undo_change(changed, 0, at=at(2026, 3, 3, 9))
    assert codes(e.value.violations) == [("AK-R-6.1", "duty.started", "requested_at")]


def test_undo_refused_when_a_later_change_moved_the_post_again(ak: rr.Roster) -> None:
    one = rr.apply_change(ak, cover("vm2", MAR3, "dsg", at(2026, 2, 20)))
    two = rr.apply_change(one, cover("dsg", MAR3, "sg", at(2026, 2, 21)))
    found = rr.check_change(two, rr.UndoRequest(change=0, requested_at=at(2026, 2, 22)))
    assert codes(found) == [("AK-R-6.1", "duty.superseded", "change")]
    assert "undo change 1 first" in found[0].reason
    back = rr.undo_change(rr.undo_change(two, 1, at=at(2026, 2, 22)), 0, at=at(2026, 2, 22))
    assert back.slot(MAR3).holders == ("vm2",)
    assert codes(rr.check_change(back, rr.UndoRequest(change=0, requested_at=at(2026, 2, 23)))) == [
        ("AK-R-6.1", "duty.already_undone", "change")
    ]
    assert codes(rr.check_change(back, rr.UndoRequest(change=2, requested_at=at(2026, 2, 23)))) == [
        ("AK-R-6.1", "duty.undo_of_undo", "change")
    ]


def test_undo_refused_when_the_original_holder_is_now_booked(ak: rr.Roster) -> None:
    # vm2 hands Mar 3 to dsg, then is put on the mediation centre's Mar 3 morning.
    changed = rr.apply_change(ak, cover("vm2", MAR3, "dsg", at(2026, 2, 20)))
    mc = rr.generate_roster(
        rr.preset("mediation-centre-mayor", announced=[date(2026, 3, 3)]),
        [person("vm2", "vice_mayor")],
        date(2026, 3, 1),
        date(2026, 3, 31),
    )
    found = rr.check_change(
        changed, rr.UndoRequest(change=0, requested_at=at(2026, 2, 25)), others=[mc]
    )
    assert codes(found) == [("AK-R-6.1", "duty.double_booked", "change")]


def test_unknown_change_number_is_an_error(ak: rr.Roster) -> None:
    with pytest.raises(rr.UnknownChangeError) as e:
        rr.undo_change(ak, 0, at=at(2026, 2, 20))
    assert e.value.field == "change"
    assert "none yet" in str(e.value)
