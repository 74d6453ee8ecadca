"""The place in English travels with each slot (AK-R-5.2: the place is made public),
so an institution defined as data shows its English place in every English output."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import receptionrules as rr
from receptionrules.cli import main
from receptionrules.duty import Person, generate_roster
from receptionrules.institution import load_institution
from receptionrules.notices import notices, place_en
from receptionrules.publishing import timetable_from_roster

EXAMPLE = Path(__file__).parent.parent / "docs" / "examples" / "district-office.toml"
HALL = "the reception hall of the district petition bureau"


def _district_roster() -> rr.Roster:
    inst = load_institution(EXAMPLE.read_text(encoding="utf-8"), format="toml")
    people = [Person(id="z1", name="张一", title="局长", roles=("city_leader",))]
    return generate_roster(
        inst.regime, people, date(2026, 9, 1), date(2026, 10, 31), composition=inst.duty
    )


def test_ak_r_5_2_a_custom_institutions_slots_keep_its_english_place() -> None:
    roster = _district_roster()
    assert [s.day for s in roster.slots] == [date(2026, 9, 10), date(2026, 10, 8)]
    assert {s.location for s in roster.slots} == {"区信访局接待大厅"}
    assert {s.location_en for s in roster.slots} == {HALL}
    assert all(n.location_en == HALL for n in notices(roster))
    assert HALL in notices(roster)[0].render("en")
    assert timetable_from_roster(roster).location_en == HALL


def test_ak_r_5_2_roster_show_in_english_names_the_english_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "roster.json"
    path.write_text(_district_roster().model_dump_json(), encoding="utf-8")
    assert main(["roster", "show", str(path), "--lang", "en"]) == 0
    shown = capsys.readouterr().out
    assert HALL in shown
    assert "区信访局接待大厅" not in shown
    assert main(["roster", "show", str(path)]) == 0
    shown = capsys.readouterr().out
    assert "区信访局接待大厅" in shown
    assert HALL not in shown


def test_ak_r_5_2_a_roster_saved_before_slots_kept_the_english_place_still_loads() -> None:
    people = [
        Person(id="d1", name="王强", roles=("deputy_section_leader",)),
        Person(id="s1", name="李芳", roles=("station_chief",)),
    ]
    roster = rr.generate_roster(
        rr.preset("township-duty"), people, date(2026, 5, 6), date(2026, 5, 8)
    )
    old = json.loads(roster.model_dump_json())
    for slot in old["slots"]:
        del slot["location_en"]
    again = rr.Roster.model_validate(old)
    assert {s.location_en for s in again.slots} == {""}
    # A preset's place is still found for the English notice.
    assert {place_en(s, again) for s in again.slots} == {"the petition office"}
