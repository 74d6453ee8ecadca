"""Intake at a reception day: routing (AK-R-2.1), scope (AK-R-3.1 … 3.4), WF-4, WF-5, Nat-5."""

from __future__ import annotations

from typing import Any

import pytest

from receptionrules.supervision import (
    AdminLevel,
    Authority,
    IntakeFacts,
    PetitionMatter,
    PriorityClass,
    intake,
    intake_day,
    prioritise,
    priority_class,
    route,
)

CITY = Authority(name="安康市人民政府", area=("陕西省", "安康市"), level="city")


def facts(**kw: Any) -> IntakeFacts:
    base: dict[str, Any] = {
        "matter_id": "V-1",
        "channel": "visit",
        "area": ("陕西省", "安康市"),
        "level": "city",
        "department": "市住建局",
    }
    return IntakeFacts.model_validate({**base, **kw})


# -- AK-R-2.1 routing ------------------------------------------------------------


def test_ak_r_2_1_matter_of_this_locality_and_level_belongs_here() -> None:
    r = route(facts(), CITY)
    assert (r.belongs_here, r.department, r.rule_id) == (True, "市住建局", "AK-R-2.1")
    assert "市住建局" in r.reason_in("zh")


def test_ak_r_2_1_county_matter_belongs_to_the_county() -> None:
    r = route(
        facts(area=("陕西省", "安康市", "汉滨区"), level="county", department="区教育局"), CITY
    )
    assert (r.belongs_here, r.area, r.level) == (
        False,
        ("陕西省", "安康市", "汉滨区"),
        AdminLevel.COUNTY,
    )
    assert "county authority of 陕西省/安康市/汉滨区 (区教育局 in charge)" in r.reason


def test_ak_r_2_1_another_city_and_a_higher_level_belong_elsewhere() -> None:
    assert not route(facts(area=("陕西省", "汉中市")), CITY).belongs_here
    higher = route(facts(area=("陕西省",), level="province"), CITY)
    assert (higher.belongs_here, higher.level) == (False, AdminLevel.PROVINCE)


def test_ak_r_2_1_unknown_locality_is_said_so() -> None:
    r = route(facts(area=(), level=None), CITY)
    assert (r.belongs_here, r.area) == (False, None)
    assert "not known" in r.reason


# -- AK-R-3 scope ----------------------------------------------------------------


def test_ak_r_3_1_walk_in_is_received_even_when_it_belongs_elsewhere() -> None:
    d = intake(
        facts(area=("陕西省", "安康市", "汉滨区"), level="county"), institution="AK", receiver=CITY
    )
    assert (d.taken, d.mode, d.rule_id) == (True, "walk_in", "AK-R-3.1")
    assert d.routing is not None
    assert not d.routing.belongs_here
    assert any("AK-R-2.1" in r for r in d.reasons)


def test_ak_r_3_1_letters_addressed_to_the_city_government() -> None:
    d = intake(facts(channel="letter"), institution="AK", receiver=CITY)
    assert (d.taken, d.mode, d.rule_id) == (True, "letter", "AK-R-3.1")
    other = intake(
        facts(channel="letter", addressed_to_receiver=False), institution="AK", receiver=CITY
    )
    assert (other.taken, other.rule_id) == (False, "AK-R-3.1")


def test_ak_r_3_1_online_matter_goes_through_the_ordinary_channel() -> None:
    d = intake(facts(channel="online"), institution="AK", receiver=CITY)
    assert (d.taken, d.mode) == (False, "not_taken")
    assert "网上信访" in d.reasons_in("zh")[0]


def test_ak_r_3_2_appointment_for_a_lower_levels_unresolved_major_matter() -> None:
    ok = facts(by_appointment=True, lower_level_received=True, major_or_difficult=True)
    d = intake(ok, institution="AK", receiver=CITY)
    assert (d.taken, d.mode, d.rule_id) == (True, "appointment", "AK-R-3.2")
    resolved = facts(
        by_appointment=True,
        lower_level_received=True,
        lower_level_resolved=True,
        major_or_difficult=True,
        area=("陕西省", "安康市", "汉滨区"),
        level="county",
    )
    refused = intake(resolved, institution="AK", receiver=CITY)
    assert (refused.taken, refused.mode) == (False, "not_taken")
    assert refused.routing is not None
    assert refused.routing.level is AdminLevel.COUNTY
    assert len(refused.remarks) == 2  # why not, and where it belongs


def test_ak_r_3_3_appointment_for_a_cross_region_or_cross_department_matter() -> None:
    cross = facts(by_appointment=True, departments_concerned=("市住建局", "市自然资源局"))
    assert intake(cross, institution="AK", receiver=CITY).rule_id == "AK-R-3.3"
    regions = facts(
        by_appointment=True,
        areas_concerned=(("陕西省", "安康市", "汉滨区"), ("陕西省", "安康市", "旬阳市")),
    )
    assert intake(regions, institution="AK", receiver=CITY).rule_id == "AK-R-3.3"


def test_ak_r_3_4_assigned_from_above_and_prominent_in_portfolio() -> None:
    d = intake(facts(channel="online", assigned_from_above=True), institution="AK", receiver=CITY)
    assert (d.taken, d.mode, d.rule_id) == (True, "assigned", "AK-R-3.4")
    p = intake(
        facts(by_appointment=True, prominent_in_portfolio=True), institution="AK", receiver=CITY
    )
    assert (p.taken, p.rule_id) == (True, "AK-R-3.4")


def test_ak_intake_needs_a_receiver() -> None:
    with pytest.raises(ValueError, match="receiver: AK intake routes"):
        intake(facts(), institution="AK")


# -- WF-4 and WF-5 ---------------------------------------------------------------


def test_wf_4_school_visits_are_booked_through_the_office() -> None:
    d = intake(facts(), institution="WF")
    assert (d.taken, d.rule_id) == (False, "WF-4")
    assert "contact the office in advance" in d.reasons[0]
    booked = intake(facts(booked_through_office=True), institution="WF")
    assert (booked.taken, booked.mode) == (True, "booked")


def test_wf_5_priority_classes_in_order() -> None:
    assert priority_class(facts(affects_many=True, needs_leadership_decision=True)) is (
        PriorityClass.MANY_AFFECTED
    )
    assert priority_class(facts(may_escalate=True)) is PriorityClass.ESCALATION_RISK
    assert priority_class(facts(departments_concerned=("a", "b"))) is PriorityClass.CROSS_DEPARTMENT
    assert priority_class(facts(important_policy=True)) is PriorityClass.IMPORTANT_POLICY
    assert (
        priority_class(facts(needs_leadership_decision=True)) is PriorityClass.LEADERSHIP_DECISION
    )
    assert priority_class(facts()) is None


def test_wf_5_prioritise_orders_by_class_and_keeps_ties_in_order() -> None:
    ms = [
        facts(matter_id="none"),
        facts(matter_id="five", needs_leadership_decision=True),
        facts(matter_id="one", affects_many=True),
        facts(matter_id="five-b", needs_leadership_decision=True),
        facts(matter_id="two", may_escalate=True),
    ]
    assert [f.matter_id for f in prioritise(ms)] == ["one", "two", "five", "five-b", "none"]


def test_wf_5_intake_day_puts_taken_matters_first_by_priority() -> None:
    ms = [
        facts(matter_id="unbooked", affects_many=True),
        facts(matter_id="b-policy", booked_through_office=True, important_policy=True),
        facts(matter_id="b-many", booked_through_office=True, affects_many=True),
    ]
    decisions = intake_day(ms, institution="WF")
    assert [d.matter_id for d in decisions] == ["b-many", "b-policy", "unbooked"]
    assert decisions[0].priority is PriorityClass.MANY_AFFECTED
    assert "（WF-5）" in decisions[0].reasons_in("zh")[1]


# -- Nat-5 and the other institutions ----------------------------------------------


def test_nat_5_a_large_visit_elects_no_more_than_5_representatives() -> None:
    d = intake(facts(people=12), institution="TS")
    assert (d.taken, d.representatives) == (True, 5)
    assert "Nat-5" in d.reasons[-1]
    assert intake(facts(people=5), institution="TS").representatives is None
    assert intake(facts(people=12), institution="TS", max_representatives=3).representatives == 3


def test_intake_facts_from_a_matter() -> None:
    m = PetitionMatter.model_validate(
        {
            "id": "M-5",
            "received_on": "2026-03-02",
            "channel": "visit",
            "petitioner_count": 8,
            "subject": "wages",
            "place": "Unit A",
        }
    )
    f = IntakeFacts.from_matter(m, booked_through_office=True)
    assert (f.matter_id, f.people, f.booked_through_office) == ("M-5", 8, True)
    assert intake(f, institution="WF").representatives == 5


def test_union_takes_letters_calls_and_visits_directly_and_mc_ts_take_visits() -> None:
    assert intake(facts(channel="telephone"), institution="UN").mode == "direct"
    mc = intake(facts(channel="letter"), institution="MC")
    assert (mc.taken, mc.rule_id) == (False, "MC-2")
    assert intake(facts(), institution="MC").taken
