"""Substitution (WF-3): the designated substitute, then the others in published order;
vacant (and reported) when nobody can. Wenfu Mondays of March 2026: 2, 9, 16, 23, 30."""

from __future__ import annotations

from datetime import date, datetime

import pytest

import receptionrules as rr
from _duty_support import at, person

WF = "wenfu-school"
MAR2 = f"{WF}/2026-03-02"
MAR16 = f"{WF}/2026-03-16"


def leaders() -> list[rr.Person]:
    return [person(x, "school_leader", title="副校长") for x in "abcd"]


@pytest.fixture(scope="module")
def wf() -> rr.Roster:
    # Holders a, b, c, d, a; designated substitutes b, c, d, a, b.
    return rr.generate_roster(
        rr.preset(WF), leaders(), date(2026, 3, 1), date(2026, 3, 31), designate_substitutes=True
    )


def away(*people: str, day: date = date(2026, 3, 2), reason: str = "away") -> rr.Availability:
    return rr.Availability(
        absences=[rr.Absence(person=p, first=day, reason=reason) for p in people]
    )


def test_wf_3_designated_substitute_takes_the_day(wf: rr.Roster) -> None:
    assert [(s.holders[0], s.assignments[0].substitute) for s in wf.slots] == [
        ("a", "b"),
        ("b", "c"),
        ("c", "d"),
        ("d", "a"),
        ("a", "b"),
    ]
    found = rr.find_substitute(wf, MAR2, "a")
    assert (found.substitute, found.designated, found.vacant, found.skipped) == (
        "b",
        True,
        False,
        (),
    )
    new = rr.substitute(
        wf, MAR2, "a", at=at(2026, 3, 2, 7, 30), absence="superior_meeting", arranged_by="校办"
    )
    assert new.slot(MAR2).holders == ("b",)
    record = new.history[0]
    assert (record.kind, record.on_behalf_of, record.arranged_by) == ("substitution", "a", "校办")
    assert record.change.absence is rr.duty.AbsenceReason.SUPERIOR_MEETING


def test_wf_3_then_the_other_leaders_in_published_order(wf: rr.Roster) -> None:
    found = rr.find_substitute(wf, MAR2, "a", availability=away("b"))
    assert found.substitute == "c"
    assert not found.designated
    assert [(c.person, c.designated, c.remark.code) for c in found.skipped] == [
        ("b", True, "duty.unavailable"),
    ]
    # Without a designated substitute: from the top of the published order ...
    plain = rr.generate_roster(rr.preset(WF), leaders(), date(2026, 3, 1), date(2026, 3, 31))
    assert rr.find_substitute(plain, MAR16, "c").substitute == "a"
    # ... or, as an option, from the leader after the absent one.
    after = rr.find_substitute(plain, MAR16, "c", order=rr.duty.SubstitutionOrder.AFTER_ABSENT)
    assert after.substitute == "d"


def test_wf_3_nobody_can_so_the_slot_is_reported_vacant(wf: rr.Roster) -> None:
    everyone = away("a", "b", "c", "d")
    found = rr.find_substitute(wf, MAR2, "a", availability=everyone)
    assert found.vacant
    assert [c.person for c in found.skipped] == ["b", "c", "d"]
    new = rr.substitute(wf, MAR2, "a", at=at(2026, 3, 2, 7), availability=everyone)
    assert new.slot(MAR2).holders == (None,)
    (vacancy,) = new.vacancies()
    assert (vacancy.slot_id, vacancy.rule_id, vacancy.problem) == (MAR2, "WF-3", "vacant")
    assert new.history[0].change.substitute is None


def test_wf_3_a_vacancy_is_refused_while_someone_can_take_the_day(wf: rr.Roster) -> None:
    req = rr.SubstitutionRequest(
        slot_id=MAR2, absent="a", substitute=None, requested_at=at(2026, 3, 2, 7)
    )
    (v,) = rr.check_change(wf, req)
    assert (v.rule_id, v.code, v.field) == ("WF-3", "duty.substitute_available", "substitute")
    assert "B (副校长)" in v.reason
    assert "指定补位领导" in v.render("zh")


def test_wf_3_the_order_is_binding(wf: rr.Roster) -> None:
    req = rr.SubstitutionRequest(
        slot_id=MAR2, absent="a", substitute="c", requested_at=at(2026, 3, 2, 7)
    )
    (v,) = rr.check_change(wf, req)
    assert (v.rule_id, v.code) == ("WF-3", "duty.out_of_order")
    # The designated substitute away: c is next, and valid.
    assert rr.check_change(wf, req, availability=away("b")) == ()


def test_wf_3_substitute_booked_elsewhere_is_passed_over(wf: rr.Roster) -> None:
    b_elsewhere = rr.generate_roster(
        rr.preset("township-duty"),
        [person("b", "school_leader", "deputy_section_leader"), person("z", "station_chief")],
        date(2026, 3, 2),
        date(2026, 3, 2),
    )
    found = rr.find_substitute(
        wf.with_people(person("b", "school_leader", "deputy_section_leader")),
        MAR2,
        "a",
        others=[b_elsewhere],
    )
    assert found.substitute == "c"
    assert found.skipped[0].remark.code == "duty.double_booked"


def test_wf_3_no_substitution_after_the_slot_ended(wf: rr.Roster) -> None:
    req = rr.SubstitutionRequest(
        slot_id=MAR2, absent="a", substitute="b", requested_at=at(2026, 3, 2, 11, 0)
    )
    assert [v.code for v in rr.check_change(wf, req)] == ["duty.over"]


def test_wf_3_substitution_in_a_pair_keeps_the_other_post() -> None:
    ts = rr.generate_roster(
        rr.preset("township-duty"),
        [
            person("d1", "deputy_section_leader"),
            person("d2", "deputy_section_leader"),
            person("c1", "station_chief"),
        ],
        date(2026, 5, 6),
        date(2026, 5, 6),
    )
    new = rr.substitute(ts, "township-duty/2026-05-06", "d1", at=at(2026, 5, 6, 7))
    assert new.slot("township-duty/2026-05-06").holders == ("d2", "c1")
    vacant = rr.substitute(ts, "township-duty/2026-05-06", "c1", at=at(2026, 5, 6, 7))
    assert vacant.slot("township-duty/2026-05-06").holders == ("d1", None)
    assert [v.rule_id for v in vacant.vacancies()] == ["TS-2"]


def test_substitution_bad_input(wf: rr.Roster) -> None:
    with pytest.raises(rr.UnknownPersonError) as e:
        rr.find_substitute(wf, MAR2, "zz")
    assert e.value.field == "absent"
    with pytest.raises(ValueError, match="person_id"):
        wf.with_people(person("x", "mayor")).designate_substitute(MAR2, "x")
    assert wf.designate_substitute(MAR2, "d").slot(MAR2).assignments[0].substitute == "d"


def test_wf_3_substitute_reads_other_rosters_given_as_a_generator_for_both_steps() -> None:
    # The search and the check both look at the other rosters. b, the only other school
    # leader, is on township duty at the same hours, so nobody can take a's Monday and the
    # post is recorded vacant; had the check seen an exhausted iterable, it would think b
    # free and refuse the vacancy.
    leaders = [rr.Person(id=i, name=i.upper(), roles=["school_leader"]) for i in "ab"]
    school = rr.generate_roster(
        rr.preset("wenfu-school"), leaders, date(2026, 3, 2), date(2026, 3, 2)
    )
    township_people = [
        rr.Person(id="b", name="B", roles=["deputy_section_leader"]),
        rr.Person(id="c", name="C", roles=["station_chief"]),
    ]
    township = rr.generate_roster(
        rr.preset("township-duty"), township_people, date(2026, 3, 2), date(2026, 3, 2)
    )
    slot = school.slot_on(date(2026, 3, 2))
    assert slot is not None
    assert slot.holders == ("a",)
    at = datetime(2026, 2, 27, 9, tzinfo=rr.TZ)
    as_list = rr.substitute(school, slot.id, "a", at=at, others=[township])
    as_generator = rr.substitute(school, slot.id, "a", at=at, others=iter([township]))
    assert as_list.slot(slot.id).holders == (None,)
    assert as_generator.slot(slot.id).holders == (None,)
