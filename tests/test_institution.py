"""Institutions as data: presets round-trip, custom institutions load, bad fields are named."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

import receptionrules as rr
from receptionrules.cli import main
from receptionrules.institution import Institution, load_institution, preset_institution

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "docs" / "examples" / "district-office.toml"


@pytest.mark.parametrize("name", rr.PRESETS)
def test_every_preset_as_data_gives_identical_receptions_2005_2035(name: str) -> None:
    options: dict[str, Any] = (
        {"announced": [date(2012, 12, 10), date(2020, 2, 3), date(2035, 12, 3)]}
        if name == "mediation-centre-mayor"
        else {}
    )
    original = preset_institution(name, **options)
    text = original.to_json()
    again = load_institution(text)
    assert again == original
    assert json.loads(text)["regime"]["name"] == name
    start, end = date(2005, 1, 1), date(2035, 12, 31)
    assert list(again.regime.receptions(start, end)) == list(
        rr.preset(name, **options).receptions(start, end)
    )


def test_the_first_full_week_reading_survives_the_round_trip() -> None:
    inst = preset_institution("ankang-mayor", week="first_full_week")
    again = load_institution(inst.to_dict())
    assert again.regime.next_reception(date(2026, 12, 1)).day == date(2026, 12, 8)


def test_a_custom_institution_from_toml() -> None:
    inst = load_institution(EXAMPLE.read_text(encoding="utf-8"), format="toml")
    assert inst.regime.name == inst.duty.institution == "district-office"
    assert inst.regime.title == "区信访局领导接待日"
    assert [r.day for r in inst.regime.receptions(date(2026, 9, 1), date(2026, 10, 31))] == [
        date(2026, 9, 10),
        date(2026, 10, 8),
    ]
    r = inst.regime.next_reception(date(2026, 10, 1))
    assert (r.start.hour, r.start.minute, r.end.hour) == (14, 30, 17)
    assert inst.duty.announced


BASE: dict[str, Any] = {
    "name": "my-office",
    "regime": {
        "rule": {"kind": "weekly", "weekday": "monday"},
        "window": {"start": "09:00", "end": "11:00"},
        "holiday_policy": {"kind": "skip"},
        "location": "信访室",
    },
    "duty": {"positions": [{"key": "leader", "label": "领导", "roles": ["city_leader"]}]},
}


def _with(path: str, value: Any) -> dict[str, Any]:
    data = json.loads(json.dumps(BASE))
    *parents, last = path.split(".")
    node = data
    for key in parents:
        node = node[int(key)] if key.isdigit() else node[key]
    if value is _DELETE:
        del node[last]
    elif last.isdigit():
        node[int(last)] = value
    else:
        node[last] = value
    return data


_DELETE = object()


def test_the_base_institution_is_valid() -> None:
    assert load_institution(BASE).regime.next_reception(date(2026, 3, 1)).day == date(2026, 3, 2)


@pytest.mark.parametrize(
    ("path", "value", "loc", "message"),
    [
        ("name", "My Office", "name", "should match pattern"),
        ("regime.rule.kind", "fortnightly", "regime.rule", "does not match any of the expected"),
        ("regime.rule.weekday", "funday", "regime.rule.weekly.weekday", "not a weekday"),
        (
            "regime.rule",
            {"kind": "nth_weekday", "weekday": 1, "n": 0},
            "regime.rule.nth_weekday.n",
            "must be 1..5",
        ),
        ("regime.window.end", "08:00", "regime.window.fixed", "must be after start"),
        ("regime.window.start", "9 o'clock", "regime.window.fixed.start", "not a time of day"),
        ("regime.holiday_policy", _DELETE, "regime.holiday_policy", "Field required"),
        ("regime.holiday_policy.kind", "ignore", "regime.holiday_policy", "does not match any"),
        ("regime.location", "", "regime.location", "at least 1 character"),
        ("regime.name", "someone-else", "", "differs from name"),
        ("regime.colour", "red", "regime.colour", "Extra inputs are not permitted"),
        ("duty.positions", [], "duty.positions", "at least 1 item"),
        ("duty.positions.0.roles", ["emperor"], "duty.positions.0.roles.0", "emperor"),
        ("duty.positions.0.key", "Leader!", "duty.positions.0.key", "should match pattern"),
        ("duty.institution", "other", "", "differs from name"),
        ("budget", 100, "budget", "Extra inputs are not permitted"),
    ],
)
def test_bad_fields_are_refused_with_their_path(
    path: str, value: Any, loc: str, message: str
) -> None:
    with pytest.raises(ValidationError) as info:
        load_institution(_with(path, value))
    errors = info.value.errors()
    locs = [".".join(str(p) for p in e["loc"]) for e in errors]
    assert any(loc == found or (loc and found.startswith(loc)) for found in locs), locs
    assert message in str(info.value)


def test_bad_toml_and_json_text() -> None:
    with pytest.raises(ValueError, match="not valid TOML"):
        load_institution("name = ", format="toml")
    with pytest.raises(ValidationError, match="Invalid JSON"):
        load_institution("{")


def test_institution_json_schema_names_the_parts() -> None:
    schema = Institution.model_json_schema()
    assert set(schema["properties"]) >= {"name", "regime", "duty"}


# -- the CLI's --config -------------------------------------------------------------


def test_cli_next_list_announce_ical_and_roster_take_config(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cfg = str(EXAMPLE)
    assert main(["next", "--config", cfg, "--at", "2026-10-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["date"] == "2026-10-08"
    assert main(["list", "--config", cfg, "--from", "2026-09-01", "--to", "2026-10-31"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3  # a header and two receptions
    assert main(["announce", "--config", cfg, "--from", "2026-10-01", "--to", "2026-10-31"]) == 0
    assert capsys.readouterr().out.startswith("2026年10月8日（星期四）下午14:30—17:00")
    assert main(["ical", "--config", cfg, "--from", "2026-10-01", "--to", "2026-10-31"]) == 0
    assert "BEGIN:VEVENT" in capsys.readouterr().out
    people = tmp_path / "people.json"
    people.write_text(
        json.dumps([{"id": "a", "name": "甲", "title": "局长", "roles": ["city_leader"]}]),
        encoding="utf-8",
    )
    code = main(
        [
            "roster",
            "generate",
            "--config",
            cfg,
            "--people",
            str(people),
            "--from",
            "2026-10-01",
            "--to",
            "2026-12-31",
        ]
    )
    assert code == 0
    roster = rr.Roster.model_validate_json(capsys.readouterr().out)
    assert [s.holders for s in roster.slots] == [("a",), ("a",), ("a",)]


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ('{"name": "x"}', ".json", "regime: Field required"),
        ("name = 1", ".toml", "name: Input should be a valid string"),
        ("name = ", ".toml", "not valid TOML"),
    ],
)
def test_cli_bad_config_exits_2_naming_the_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str, suffix: str, message: str
) -> None:
    path = tmp_path / f"inst{suffix}"
    path.write_text(content, encoding="utf-8")
    assert main(["next", "--config", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err.splitlines()) == 1


def test_cli_preset_and_config_together_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "list",
                "wenfu-school",
                "--config",
                str(EXAMPLE),
                "--from",
                "2026-01-01",
                "--to",
                "2026-01-31",
            ]
        )
        == 2
    )
    assert "not both" in capsys.readouterr().err


# -- the supervision part of an institution (AK-S-2.1, AK-S-3) ----------------------

MATTERS = [
    {
        "id": f"M-{i}",
        "received_on": day,
        "channel": "letter",
        "petitioner_ids": [f"P-{i}"],
        "subject": "wages",
        "place": "Unit A",
    }
    for i, day in enumerate(["2026-01-05", "2026-02-10", "2026-03-30"], start=1)
]


def test_ak_s_2_1_institution_thresholds_are_data_and_round_trip() -> None:
    inst = load_institution(EXAMPLE.read_text(encoding="utf-8"), format="toml")
    assert inst.supervision.fixed_point_min_matters == 4
    assert inst.supervision.fixed_point_window_days == 90  # the default kept
    assert load_institution(inst.to_json()) == inst
    assert preset_institution("ankang-mayor").supervision == rr.SupervisionThresholds()
    with pytest.raises(ValidationError, match=r"supervision\.fixed_point_min_matters"):
        load_institution({**BASE, "supervision": {"fixed_point_min_matters": 0}})


def test_ak_s_2_1_supervise_uses_the_institutions_thresholds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "matters.json"
    path.write_text(json.dumps(MATTERS), encoding="utf-8")
    # Three matters against Unit A within 90 days: fixed-point supervision by default...
    assert main(["supervise", str(path), "--as-of", "2026-04-01", "--json"]) == 0
    default = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "AK-S-2.1" in {f["rule_id"] for f in default if f["type"] == "finding"}
    # ...but not for an institution that waits for four.
    assert (
        main(["supervise", str(path), "--as-of", "2026-04-01", "--json", "--config", str(EXAMPLE)])
        == 0
    )
    custom = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert "AK-S-2.1" not in {f["rule_id"] for f in custom if f["type"] == "finding"}


def test_schema_institution_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "institution"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert {"name", "regime", "duty", "supervision"} <= set(schema["properties"])
    assert main(["schema", "holiday-schedule"]) == 0  # one year, or a list of them
    assert "holidays" in json.loads(capsys.readouterr().out)["$defs"]["YearSchedule"]["properties"]
