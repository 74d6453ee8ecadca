"""Generating rosters: rotation per reception held (AK-R-5.1), pairs side by side (TS-1),
availability, fairness, queries. Expected rosters are worked out by hand from the 2026
State Council holiday notice (docs/rules.md, CAL-2 golden data)."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

import receptionrules as rr
from _duty_support import ak_people, at, person, ts_people
from receptionrules import duty


def test_ak_r_5_1_leaders_take_turns_in_published_order() -> None:
    roster = rr.generate_roster(
        rr.preset("ankang-mayor"), ak_people(), date(2026, 1, 1), date(2026, 12, 31)
    )
    # First Tuesdays of 2026; May 5 and Oct 6 are days off, moved to May 6 and Oct 8.
    assert [(s.day, s.holders) for s in roster.slots] == [
        (date(2026, 1, 6), ("mayor",)),
        (date(2026, 2, 3), ("vm1",)),
        (date(2026, 3, 3), ("vm2",)),
        (date(2026, 4, 7), ("asst",)),
        (date(2026, 5, 6), ("sg",)),
        (date(2026, 6, 2), ("dsg",)),
        (date(2026, 7, 7), ("mayor",)),
        (date(2026, 8, 4), ("vm1",)),
        (date(2026, 9, 1), ("vm2",)),
        (date(2026, 10, 8), ("asst",)),
        (date(2026, 11, 3), ("sg",)),
        (date(2026, 12, 1), ("dsg",)),
    ]
    assert roster.slot_on(date(2026, 5, 6)).hours() == "08:30–12:00"


def test_ak_r_5_1_rotation_advances_per_reception_held_not_per_week() -> None:
    # Wenfu Mondays: Feb 16 and Feb 23 2026 are Spring Festival days off, so no session.
    leaders = [person(x, "school_leader") for x in "abc"]
    roster = rr.generate_roster(
        rr.preset("wenfu-school"), leaders, date(2026, 2, 1), date(2026, 3, 9)
    )
    assert [(s.day, s.holders[0]) for s in roster.slots] == [
        (date(2026, 2, 2), "a"),
        (date(2026, 2, 9), "b"),
        (
            date(2026, 3, 2),
            "c",
        ),  # per week elapsed it would be "b": the cancelled weeks cost no turn
        (date(2026, 3, 9), "a"),
    ]


def test_ts_1_pools_rotate_side_by_side() -> None:
    roster = rr.generate_roster(
        rr.preset("township-duty"), ts_people(2, 3), date(2026, 4, 30), date(2026, 5, 9)
    )
    # Working days: Thu Apr 30; May 1-5 off; Wed 6, Thu 7, Fri 8; Sat 9 is a make-up day.
    assert [(s.day, s.holders) for s in roster.slots] == [
        (date(2026, 4, 30), ("d1", "c1")),
        (date(2026, 5, 6), ("d2", "c2")),
        (date(2026, 5, 7), ("d1", "c3")),
        (date(2026, 5, 8), ("d2", "c1")),
        (date(2026, 5, 9), ("d1", "c2")),
    ]


def test_ak_r_5_1_unavailable_leader_is_skipped_and_keeps_the_turn() -> None:
    away = rr.Availability(
        absences=[
            rr.Absence(
                person="vm1",
                first=date(2026, 2, 1),
                last=date(2026, 2, 28),
                reason="superior_meeting",
            )
        ]
    )
    roster = rr.generate_roster(
        rr.preset("ankang-mayor"),
        ak_people()[:3],
        date(2026, 1, 1),
        date(2026, 6, 30),
        availability=away,
    )
    assert [s.holders[0] for s in roster.slots] == ["mayor", "vm2", "vm1", "mayor", "vm2", "vm1"]


def test_nobody_available_leaves_the_post_vacant_and_reported() -> None:
    away = rr.Availability(
        absences=[rr.Absence(person=p, first=date(2026, 3, 3)) for p in ("mayor", "vm1")]
    )
    roster = rr.generate_roster(
        rr.preset("ankang-mayor"),
        ak_people()[:2],
        date(2026, 3, 1),
        date(2026, 4, 30),
        availability=away,
    )
    assert [s.holders for s in roster.slots] == [(None,), ("mayor",)]
    (vacancy,) = roster.vacancies()
    assert (vacancy.slot_id, vacancy.problem, vacancy.rule_id) == (
        "ankang-mayor/2026-03-03",
        "vacant",
        "AK-R-6.1",
    )
    assert "empty" in vacancy.reason
    assert "无人值守" in vacancy.render("zh")


def test_inactive_people_are_kept_but_not_rotated() -> None:
    staff = [
        person("a", "vice_mayor"),
        person("b", "vice_mayor", active=False),
        person("c", "mayor"),
    ]
    roster = rr.generate_roster(
        rr.preset("ankang-mayor"), staff, date(2026, 1, 1), date(2026, 4, 30)
    )
    assert [s.holders[0] for s in roster.slots] == ["a", "c", "a", "c"]
    assert [p.id for p in roster.people] == ["a", "b", "c"]


def test_continue_from_carries_the_rotation_on() -> None:
    regime = rr.preset("ankang-mayor")
    first = rr.generate_roster(regime, ak_people(), date(2026, 1, 1), date(2026, 8, 31))
    second = rr.generate_roster(
        regime, ak_people(), date(2026, 9, 1), date(2026, 12, 31), continue_from=first
    )
    whole = rr.generate_roster(regime, ak_people(), date(2026, 1, 1), date(2026, 12, 31))
    assert [s.holders for s in second.slots] == [s.holders for s in whole.slots[8:]]


def test_generation_avoids_people_busy_in_another_roster() -> None:
    both = person("x", "deputy_section_leader", "school_leader")
    school = rr.generate_roster(
        rr.preset("wenfu-school"), [both], date(2026, 3, 2), date(2026, 3, 6)
    )
    assert school.slots[0].holders == ("x",)  # Monday 2026-03-02, 08:00-11:00
    town = rr.generate_roster(
        rr.preset("township-duty"),
        [both, person("d2", "deputy_section_leader"), person("c1", "station_chief")],
        date(2026, 3, 2),
        date(2026, 3, 4),
        others=[school],
    )
    assert [s.holders for s in town.slots] == [("d2", "c1"), ("x", "c1"), ("d2", "c1")]


def test_person_without_any_role_of_the_composition_is_refused_naming_the_field() -> None:
    with pytest.raises(rr.IneligiblePersonError) as e:
        rr.generate_roster(
            rr.preset("township-duty"),
            [person("d1", "deputy_section_leader"), person("m", "mayor")],
            date(2026, 5, 6),
            date(2026, 5, 8),
        )
    assert e.value.field == "people[1]"
    assert "'m'" in str(e.value)
    assert isinstance(e.value, ValueError)


def test_repeated_person_id_and_reversed_period_are_refused() -> None:
    with pytest.raises(ValueError, match=r"people\[1\]\.id"):
        rr.generate_roster(
            rr.preset("ankang-mayor"),
            [person("a", "mayor"), person("a", "vice_mayor")],
            date(2026, 1, 1),
            date(2026, 2, 28),
        )
    with pytest.raises(ValueError, match="before start"):
        rr.generate_roster(
            rr.preset("ankang-mayor"), ak_people(), date(2026, 2, 1), date(2026, 1, 1)
        )


def test_composition_of_another_institution_is_refused() -> None:
    with pytest.raises(rr.RosterMismatchError, match="composition"):
        rr.generate_roster(
            rr.preset("ankang-mayor"),
            ak_people(),
            date(2026, 1, 1),
            date(2026, 2, 28),
            composition=rr.duty_composition("township-duty"),
        )


def test_designated_substitutes_are_the_next_in_the_queue() -> None:
    leaders = [person(x, "school_leader") for x in "abc"]
    roster = rr.generate_roster(
        rr.preset("wenfu-school"),
        leaders,
        date(2026, 3, 2),
        date(2026, 3, 16),
        designate_substitutes=True,
    )
    assert [(a.person, a.substitute) for s in roster.slots for a in s.assignments] == [
        ("a", "b"),
        ("b", "c"),
        ("c", "a"),
    ]


# -- queries ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def ts_roster() -> rr.Roster:
    return rr.generate_roster(
        rr.preset("township-duty"), ts_people(2, 3), date(2026, 4, 30), date(2026, 5, 9)
    )


def test_on_duty_at_a_moment(ts_roster: rr.Roster) -> None:
    assert [p.id for p in ts_roster.on_duty(at(2026, 5, 7, 8, 0))] == ["d1", "c3"]
    assert ts_roster.on_duty(at(2026, 5, 7, 17, 0)) == ()  # end is exclusive
    assert ts_roster.on_duty(at(2026, 5, 3, 10)) == ()  # a day off
    with pytest.raises(rr.NaiveDatetimeError):
        ts_roster.on_duty(at(2026, 5, 7).replace(tzinfo=None))


def test_slots_of_a_person_and_counts(ts_roster: rr.Roster) -> None:
    assert [s.day for s in ts_roster.slots_of("c1")] == [date(2026, 4, 30), date(2026, 5, 8)]
    assert [s.day for s in ts_roster.slots_of("d1", date(2026, 5, 1), date(2026, 5, 9))] == [
        date(2026, 5, 7),
        date(2026, 5, 9),
    ]
    assert ts_roster.counts() == {"d1": 3, "d2": 2, "c1": 2, "c2": 2, "c3": 1}


def test_bad_queries_raise_errors_naming_the_field(ts_roster: rr.Roster) -> None:
    with pytest.raises(rr.UnknownPersonError) as e:
        ts_roster.slots_of("nobody")
    assert e.value.field == "person_id"
    assert "'nobody'" in str(e.value)
    with pytest.raises(rr.OutsideRosterError) as o:
        ts_roster.slot_on(date(2026, 6, 1))
    assert o.value.field == "day"
    assert "2026-06-01" in str(o.value)
    with pytest.raises(rr.OutsideRosterError):
        ts_roster.on_duty(at(2027, 1, 4))
    with pytest.raises(rr.UnknownSlotError) as s:
        ts_roster.slot("township-duty/2026-05-03")
    assert s.value.field == "slot_id"


def test_roster_round_trips_through_json(ts_roster: rr.Roster) -> None:
    again = rr.Roster.model_validate_json(ts_roster.model_dump_json())
    assert again == ts_roster
    assert again.slots[0].start.tzinfo is rr.TZ
    assert again.slot_on(date(2026, 5, 7)).holders == ("d1", "c3")


def test_roster_data_with_an_unknown_or_ineligible_person_is_refused(ts_roster: rr.Roster) -> None:
    data = ts_roster.model_dump(mode="json")
    data["slots"][1]["assignments"][0]["person"] = "ghost"
    with pytest.raises(ValidationError, match=r"slots\[1\]\.assignments\[0\]\.person"):
        rr.Roster.model_validate(data)
    data["slots"][1]["assignments"][0]["person"] = "c1"  # a chief in the deputy's post (TS-1)
    with pytest.raises(ValidationError, match=r"TS-1"):
        rr.Roster.model_validate(data)
    # Text without an offset is local time (Asia/Shanghai); a naive datetime object is refused.
    data = ts_roster.model_dump(mode="json")
    data["slots"][0]["start"] = data["slots"][0]["start"].removesuffix("+08:00")
    assert rr.Roster.model_validate(data) == ts_roster
    data = ts_roster.model_dump()
    data["slots"][0]["start"] = data["slots"][0]["start"].replace(tzinfo=None)
    with pytest.raises(ValidationError, match="timezone"):
        rr.Roster.model_validate(data)


def test_the_engine_is_given_the_composition_and_the_presets_fill_it_in() -> None:
    regime = rr.preset("ankang-mayor")
    given = duty.generate_roster(
        regime,
        ak_people(),
        date(2026, 1, 1),
        date(2026, 3, 31),
        composition=rr.duty_composition("ankang-mayor"),
    )
    assert given == rr.generate_roster(regime, ak_people(), date(2026, 1, 1), date(2026, 3, 31))
    office = regime.model_copy(update={"name": "district-office"})
    with pytest.raises(ValueError, match=r"'district-office' is not a preset.*composition="):
        rr.generate_roster(office, ak_people(), date(2026, 1, 1), date(2026, 3, 31))
