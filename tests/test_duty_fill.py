"""Filling a vacant post (AK-R-6.1 不得空岗, TS-1): checked like a cover, recorded, undoable."""

from __future__ import annotations

from datetime import date

import pytest

import receptionrules as rr
from _duty_support import at, person, ts_people
from receptionrules.duty import FillRequest, UnknownPersonError, UnknownPositionError


def vacant_roster() -> rr.Roster:
    """A township roster for 2-6 March 2026 with one deputy and no chief: every
    station-chief post is vacant; then the chiefs join the people."""
    roster = rr.generate_roster(
        rr.preset("township-duty"), ts_people(1, 0), date(2026, 3, 2), date(2026, 3, 6)
    )
    return roster.with_people(*ts_people(2, 2)[2:], person("d2", "deputy_section_leader"))


def fill(slot: str, who: str, requested: tuple[int, ...] = (2026, 2, 27), **kw: str) -> FillRequest:
    return FillRequest(
        slot_id=f"township-duty/{slot}", person=who, requested_at=at(*requested), **kw
    )


def codes(roster: rr.Roster, change: FillRequest) -> list[tuple[str, str, str]]:
    return [(v.rule_id, v.field, v.code) for v in rr.check_change(roster, change)]


def test_ak_r_6_1_fill_puts_the_person_in_the_vacant_post_and_records_it() -> None:
    roster = vacant_roster()
    assert [v.problem for v in roster.vacancies()] == ["vacant"] * 5
    after = rr.apply_change(roster, fill("2026-03-04", "c1", arranged_by="党政办"))
    assert after.slot("township-duty/2026-03-04").holders == ("d1", "c1")
    (record,) = after.history
    assert record.kind == "fill"
    assert [(m.position, m.before, m.after) for m in record.moves] == [
        ("station_chief", None, "c1")
    ]
    assert (record.on_behalf_of, record.arranged_by) == ("c1", "党政办")
    # The other vacancies are still reported; only the filled one is gone.
    assert [v.slot_id for v in after.vacancies()] == [
        f"township-duty/2026-03-0{d}" for d in (2, 3, 5, 6)
    ]


def test_ak_r_6_1_fill_is_undone_back_to_a_vacancy() -> None:
    after = rr.apply_change(vacant_roster(), fill("2026-03-04", "c1"))
    undone = rr.undo_change(after, 0, at=at(2026, 3, 3))
    assert undone.slot("township-duty/2026-03-04").holders == ("d1", None)


def test_ts_1_fill_refuses_a_person_without_the_posts_role() -> None:
    # d2 is a deputy: the vacant post is the station chief's.
    assert codes(vacant_roster(), fill("2026-03-04", "d2")) == [
        ("TS-1", "person", "duty.not_eligible")
    ]


def test_ak_r_6_1_fill_refuses_a_held_post_and_names_the_holder() -> None:
    violations = rr.check_change(
        vacant_roster(), fill("2026-03-04", "d2", position="deputy_section_leader")
    )
    assert [v.code for v in violations] == ["duty.fill_not_vacant"]
    assert "D1" in violations[0].render("en")
    assert "并未空缺" in violations[0].render("zh")


def test_ak_r_6_1_fill_checks_lead_time_start_availability_and_double_booking() -> None:
    roster = vacant_roster()
    # Requested on the day: too late, and the slot has started at 08:00.
    assert codes(roster, fill("2026-03-04", "c1", requested=(2026, 3, 4, 10))) == [
        ("AK-R-6.1", "requested_at", "duty.started"),
        ("AK-R-6.1", "requested_at", "duty.late"),
    ]
    away = rr.Availability(absences=[rr.Absence(person="c1", first=date(2026, 3, 4))])
    violations = rr.check_change(roster, fill("2026-03-04", "c1"), availability=away)
    assert [v.code for v in violations] == ["duty.unavailable"]
    # c1 on duty elsewhere at the same hours: another institution's roster.
    other = rr.generate_roster(
        rr.preset("township-duty").replace(name="other-town"),
        [person("c1", "station_chief"), person("x", "deputy_section_leader")],
        date(2026, 3, 4),
        date(2026, 3, 4),
        composition=rr.preset_institution("township-duty").duty.model_copy(
            update={"institution": "other-town"}
        ),
    )
    violations = rr.check_change(roster, fill("2026-03-04", "c1"), others=[other])
    assert [v.code for v in violations] == ["duty.double_booked"]


def test_ak_r_6_1_fill_of_a_slot_without_vacancy_and_of_an_ambiguous_post() -> None:
    full = rr.apply_change(vacant_roster(), fill("2026-03-04", "c1"))
    assert codes(full, fill("2026-03-04", "c2")) == [
        ("AK-R-6.1", "slot_id", "duty.fill_no_vacancy")
    ]
    # Every post vacant: c1 may take only the chief's post and d2 only the deputy's, so
    # the post is inferred...
    data = vacant_roster().with_people(person("both", "deputy_section_leader", "station_chief"))
    dump = data.model_dump()
    for slot in dump["slots"]:
        for a in slot["assignments"]:
            a["person"] = None
    empty = rr.Roster.model_validate(dump)
    assert rr.check_change(empty, fill("2026-03-05", "c1")) == ()
    after = rr.apply_change(empty, fill("2026-03-05", "d2"))
    assert after.slot("township-duty/2026-03-05").holders == ("d2", None)
    # ...while someone eligible for both must name one.
    assert codes(empty, fill("2026-03-05", "both")) == [
        ("AK-R-6.1", "position", "duty.fill_which_post")
    ]
    assert rr.check_change(empty, fill("2026-03-05", "both", position="station_chief")) == ()


def test_fill_names_unknown_people_and_posts() -> None:
    roster = vacant_roster()
    with pytest.raises(UnknownPersonError, match="person='nobody'"):
        rr.check_change(roster, fill("2026-03-04", "nobody"))
    with pytest.raises(UnknownPositionError, match="position='cook'"):
        rr.check_change(roster, fill("2026-03-04", "c1", position="cook"))


def test_fill_request_as_data_by_its_kind() -> None:
    from pydantic import TypeAdapter

    change = TypeAdapter(rr.Change).validate_python(
        {
            "kind": "fill",
            "slot_id": "township-duty/2026-03-04",
            "person": "c1",
            "requested_at": "2026-03-02T09:00:00+08:00",
        }
    )
    assert isinstance(change, FillRequest)
    assert rr.FillRequest is FillRequest
