"""People, roles and each preset's duty composition (AK-R-4.1, MC-1, WF-3, TS-1, UN-1)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

import receptionrules as rr
from _duty_support import person
from receptionrules.duty import Role


def test_person_roles_parse_values_and_chinese_labels() -> None:
    p = rr.Person(id="x", name="X", roles=["副市长", "mayor", "vice_mayor"])
    assert p.roles == (Role.MAYOR, Role.VICE_MAYOR)  # sorted, without repeats
    assert p.holds("vice_mayor")
    assert not p.holds(Role.SECRETARY_GENERAL)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"id": "", "name": "X", "roles": ["mayor"]}, "id"),
        ({"id": "x", "name": "X", "roles": []}, "roles"),
        ({"id": "x", "name": "X", "roles": ["chairman of everything"]}, "roles"),
        ({"id": "x", "name": "X", "roles": ["mayor"], "age": 50}, "age"),
    ],
)
def test_bad_person_data_names_the_field(data: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as e:
        rr.Person.model_validate(data)
    assert field in str(e.value)


def test_person_round_trips_through_json() -> None:
    p = person("vm1", "vice_mayor", title="副市长")
    assert rr.Person.model_validate_json(p.model_dump_json()) == p


def test_ak_r_4_1_only_the_five_government_roles_may_receive() -> None:
    ak = rr.duty_composition("ankang-mayor")
    assert len(ak.positions) == 1  # exactly one leader per reception day (AK-R-5.1)
    assert set(ak.positions[0].roles) == {
        Role.MAYOR,
        Role.VICE_MAYOR,
        Role.MAYOR_ASSISTANT,
        Role.SECRETARY_GENERAL,
        Role.DEPUTY_SECRETARY_GENERAL,
    }
    assert ak.rules.eligibility == "AK-R-4.1"
    assert not ak.admits(person("x", "city_leader"))
    assert not ak.admits(person("x", "school_leader"))
    assert ak.admits(person("x", "deputy_secretary_general"))


def test_mc_1_one_city_leader_by_default_and_roles_are_a_parameter() -> None:
    mc = rr.duty_composition("mediation-centre-mayor")
    assert mc.keys == ("leader",)
    assert mc.admits(person("x", "vice_mayor"))  # a vice mayor received on 2012-12-10
    assert mc.admits(person("x", "city_leader"))
    assert not mc.admits(person("x", "secretary_general"))
    narrow = rr.duty_composition("mediation-centre-mayor", roles=(Role.MAYOR,))
    assert not narrow.admits(person("x", "vice_mayor"))


def test_wf_3_one_school_leader() -> None:
    wf = rr.duty_composition("wenfu-school")
    assert wf.keys == ("leader",)
    assert wf.positions[0].roles == (Role.SCHOOL_LEADER,)
    assert wf.rules.substitution == "WF-3"


def test_ts_1_a_deputy_section_leader_and_a_station_chief_together() -> None:
    ts = rr.duty_composition("township-duty")
    assert ts.keys == ("deputy_section_leader", "station_chief")
    deputy, chief = ts.positions
    assert deputy.roles == (Role.DEPUTY_SECTION_LEADER,)
    assert chief.roles == (Role.STATION_CHIEF,)
    assert not deputy.admits(person("c", "station_chief"))
    assert not chief.admits(person("d", "deputy_section_leader"))
    assert ts.rules.eligibility == "TS-1"
    assert ts.rules.vacancy == "TS-2"


def test_un_1_the_union_chairman() -> None:
    un = rr.duty_composition("union-chair")
    assert un.positions[0].roles == (Role.UNION_CHAIRMAN,)
    assert un.rules.eligibility == "UN-1"


@pytest.mark.parametrize("name", rr.PRESETS)
def test_every_preset_has_a_duty_composition_that_round_trips(name: str) -> None:
    comp = rr.duty_composition(name)
    assert comp.institution == name
    assert rr.Composition.model_validate_json(comp.model_dump_json()) == comp


def test_unknown_preset_composition_is_a_key_error() -> None:
    with pytest.raises(rr.UnknownPresetError) as e:
        rr.duty_composition("nowhere")
    assert isinstance(e.value, KeyError)
    assert "nowhere" in str(e.value)


def test_composition_refuses_repeated_position_keys() -> None:
    pos = rr.duty.Position(key="leader", label="领导", roles=["mayor"])
    with pytest.raises(ValidationError, match="used twice"):
        rr.Composition(
            institution="x", positions=(pos, pos), rules=rr.duty_composition("union-chair").rules
        )


def test_unknown_position_names_the_field() -> None:
    ts = rr.duty_composition("township-duty")
    with pytest.raises(rr.UnknownPositionError) as e:
        ts.position("chef", field="position")
    assert e.value.field == "position"
    assert "'chef'" in str(e.value)
    assert "deputy_section_leader" in str(e.value)
