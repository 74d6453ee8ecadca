"""``receptionrules schema``: a JSON Schema for every file the CLI reads, declaring its dialect
and accepting what the loader accepts — checked both ways with the jsonschema package."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import ValidationError

import receptionrules as rr
from receptionrules.cli import main
from receptionrules.cli.schema import DIALECT, SCHEMAS, json_schema
from receptionrules.duty import Person
from receptionrules.institution import load_institution

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "docs" / "examples"
# Every shipped example, and the schema it is written to.
EXAMPLE_SCHEMAS = {
    "district-office.toml": "institution",
    "holidays-2027.json": "holiday-schedule",
    "people.json": "people",
    "absences.json": "absences",
    "fill.json": "change-request",
    "cover.json": "change-request",
    "records.json": "records",
    "matters.json": "matters",
}
# Shipped to show an error (docs/cli.md), so both must reject them.
BAD_EXAMPLES = {"typo.toml": "institution"}


def validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        json_schema(name), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def schema_accepts(name: str, doc: Any) -> bool:
    return validator(name).is_valid(doc)


def load(name: str, doc: Any) -> Any:
    """The loader the CLI uses for a file of schema ``name``."""
    if name == "institution":
        return load_institution(doc)
    if name == "holiday-schedule":
        return rr.load_schedules(doc)
    return SCHEMAS[name].adapter.validate_python(doc)


def loader_accepts(name: str, doc: Any) -> bool:
    try:
        load(name, doc)
    except (ValidationError, ValueError):
        return False
    return True


def read_example(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_schema_declares_its_dialect_and_is_valid(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", name]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["$schema"] == DIALECT == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(printed)
    assert SCHEMAS[name].read_by in printed["description"] or printed.get("title")


def test_every_shipped_example_is_listed_and_valid() -> None:
    shipped = sorted(p.name for p in EXAMPLES.iterdir() if p.suffix in (".json", ".toml"))
    assert shipped == sorted([*EXAMPLE_SCHEMAS, *BAD_EXAMPLES])
    for file, name in BAD_EXAMPLES.items():
        doc = read_example(EXAMPLES / file)
        assert not schema_accepts(name, doc)
        assert not loader_accepts(name, doc)
    for file, name in EXAMPLE_SCHEMAS.items():
        doc = read_example(EXAMPLES / file)
        errors = [e.message for e in validator(name).iter_errors(doc)]
        assert errors == [], f"{file} against schema {name}"
        assert loader_accepts(name, doc), file


def _people_for(name: str) -> list[Person]:
    people = []
    for pos in rr.duty_composition(name).positions:
        for i in (1, 2):
            people.append(Person(id=f"{pos.key}-{i}", name=f"{pos.label}{i}", roles=[pos.roles[0]]))
    return people


@pytest.mark.parametrize("name", rr.PRESETS)
def test_every_presets_dump_is_valid(name: str) -> None:
    inst = rr.preset_institution(name)
    assert [e.message for e in validator("institution").iter_errors(inst.to_dict())] == []
    regime = rr.preset(name)
    if name == "mediation-centre-mayor":
        regime = regime.with_announced_dates(date(2026, 3, 9), date(2026, 4, 13))
    roster = rr.generate_roster(regime, _people_for(name), date(2026, 3, 1), date(2026, 4, 30))
    roster = roster.announce(roster.slots[0].id, at=datetime(2026, 2, 20, 9, tzinfo=rr.TZ))
    dump = json.loads(roster.model_dump_json())
    assert [e.message for e in validator("roster").iter_errors(dump)] == []


CHANGES = [
    {
        "kind": "swap",
        "slot_id": "ankang-mayor/2026-06-02",
        "requester": "vm1",
        "counterpart": "vm2",
        "counterpart_slot_id": "ankang-mayor/2026-07-07",
        "requested_at": "2026-05-25T10:00:00+08:00",
    },
    {
        "kind": "cover",
        "slot_id": "ankang-mayor/2026-06-02",
        "requester": "vm1",
        "counterpart": "vm2",
        "requested_at": "2026-05-25 10:00",
        "arranged_by": "市信访局",
    },
    {"kind": "fill", "slot_id": "t/2026-06-02", "person": "c1", "requested_at": "2026-05-25"},
    {
        "kind": "substitution",
        "slot_id": "wenfu-school/2026-03-02",
        "absent": "a",
        "substitute": None,
        "absence": "superior_meeting",
        "requested_at": "2026-03-01T18:00Z",
    },
    {"kind": "undo", "change": 0, "requested_at": "2026-05-26T09:30:00.5+08:00"},
]


@pytest.mark.parametrize("doc", CHANGES, ids=[c["kind"] for c in CHANGES])
def test_every_kind_of_change_request_is_valid(doc: dict[str, Any]) -> None:
    assert schema_accepts("change-request", doc)
    assert loader_accepts("change-request", doc)


ACCEPTED: list[tuple[str, Any]] = [
    # Roles by their Chinese and English labels, in any case, spaced.
    ("person", {"id": "c", "name": "王", "roles": ["所、站长", " Vice Mayor ", "mayor"]}),
    # Times of day without a zone, the hour in one digit as notices write it.
    (
        "record",
        {"regime": "x", "day": "2026-03-02", "start": "8:30", "end": "12:00:00", "location": "室"},
    ),
    # Ranges and single days in a holiday schedule.
    (
        "holiday-schedule",
        {
            "year": 2027,
            "holidays": [
                {"name": "元旦", "days_off": "2027-01-01/2027-01-03"},
                {"name": "春节", "days_off": ["2027-02-06 .. 2027-02-12", "2027-02-13"]},
            ],
        },
    ),
    (
        "holiday-schedule",
        [{"year": 2027, "holidays": [{"name": "元旦", "days_off": "2027-01-01"}]}],
    ),
    # An institution whose parts do not repeat its name.
    ("institution", read_example(EXAMPLES / "district-office.toml")),
    ("announced-dates", ["2026-12-14", "2027-01-11"]),
]

REJECTED: list[tuple[str, Any]] = [
    ("person", {"id": "x", "name": "X", "roles": ["emperor"]}),
    ("person", {"id": "x", "name": "X", "roles": []}),
    ("person", {"id": "x", "name": "X", "roles": ["vice_mayor"], "role": "typo"}),
    ("person", {"id": "x", "name": "X", "roles": ["VICE_MAYOR"]}),
    ("person", {"id": "", "name": "X", "roles": ["mayor"]}),
    ("absence", {"person": "x", "first": "2026-05-06", "reason": "leav"}),
    ("absence", {"person": "x", "first": "2026-13-06"}),
    (
        "record",
        {
            "regime": "x",
            "day": "2026-03-02",
            "start": "8:30+08:00",
            "end": "12:00",
            "location": "室",
        },
    ),
    (
        "record",
        {"regime": "x", "day": "2026-03-02", "start": "24:00", "end": "12:00", "location": "室"},
    ),
    (
        "record",
        {"regime": "x", "day": "2026-03-02", "start": "0830", "end": "12:00", "location": "室"},
    ),
    ("holiday-schedule", {"year": 2027, "holidays": [{"name": "x", "days_off": "2027-01-01/"}]}),
    ("holiday-schedule", {"year": 2027, "holidays": [{"name": "x", "days_off": []}]}),
    ("holiday-schedule", {"year": 2027, "holidays": [{"name": "x", "days_off": " 2027-01-01"}]}),
    ("holiday-schedule", {"year": 2027, "holidays": [{"name": "x", "days_of": ["2027-01-01"]}]}),
    ("institution", {**read_example(EXAMPLES / "district-office.toml"), "titel": "x"}),
    ("institution", {"name": "Bad Name", "regime": {}, "duty": {}}),
    ("change-request", {**CHANGES[1], "kind": "coverage"}),
    ("change-request", {**CHANGES[1], "requested_at": 1780000000}),
    ("change-request", {**CHANGES[1], "requested_at": "yesterday"}),
    ("change-request", {**CHANGES[1], "requested_at": "2026-05-25T10"}),
    ("change-request", {**CHANGES[1], "requested_at": "2026-05-25T25:00"}),
    ("change-request", {k: v for k, v in CHANGES[2].items() if k != "person"}),
    (
        "matter",
        {"id": "M", "received_on": "2026-01-05", "channel": "fax", "subject": "s", "place": "p"},
    ),
    ("matter", {"received_on": "2026-01-05", "channel": "letter", "subject": "s", "place": "p"}),
    ("matters", {"id": "M"}),
    ("announced-dates", ["2026-12-14", "14/12/2026"]),
]


@pytest.mark.parametrize(("name", "doc"), ACCEPTED, ids=[n for n, _ in ACCEPTED])
def test_documents_both_accept(name: str, doc: Any) -> None:
    assert [e.message for e in validator(name).iter_errors(doc)] == []
    assert loader_accepts(name, doc)


@pytest.mark.parametrize(
    ("name", "doc"), REJECTED, ids=[f"{n}-{i}" for i, (n, _) in enumerate(REJECTED)]
)
def test_documents_the_schema_rejects_the_loader_rejects(name: str, doc: Any) -> None:
    assert not schema_accepts(name, doc)
    assert not loader_accepts(name, doc)


def _agree(name: str, wrap: Callable[[str], Any]) -> Callable[[str], None]:
    def check(text: str) -> None:
        doc = wrap(text)
        assert schema_accepts(name, doc) == loader_accepts(name, doc), doc

    return check


TIMES = st.one_of(
    st.from_regex(r"\A[0-9]{1,2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?\Z"),
    st.from_regex(r"\A[0-9]{1,3}:?[0-9]{1,3}[Z+]?\Z"),
    st.text(max_size=8),
)
MOMENTS = st.one_of(
    st.from_regex(
        r"\A[0-9]{4}-[0-9]{2}-[0-9]{2}"
        r"([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?(Z|[+-][0-9]{2}:?[0-9]{2})?)?\Z"
    ),
    st.text(max_size=12),
)
ROLES = st.one_of(
    st.sampled_from(
        [r.value for r in rr.Role] + [r.label for r in rr.Role] + [r.label_zh for r in rr.Role]
    ).flatmap(lambda s: st.sampled_from([s, s.upper(), f" {s} ", s.title(), s + "x"])),
    st.text(max_size=10),
)


@given(TIMES)
@example("0:00:00.0000000")  # pydantic alone reads seven fraction digits
@example("8:30")
@example("24:00")
def test_a_time_of_day_is_accepted_by_both_or_neither(text: str) -> None:
    _agree(
        "record",
        lambda t: {
            "regime": "x",
            "day": "2026-03-02",
            "start": t,
            "end": "23:59:59.999999",
            "location": "室",
        },
    )(text)


@given(MOMENTS)
@example("0")  # pydantic alone reads it as 1970-01-01 UTC; the schema refuses it
@example("20260302T0900")  # ISO 8601's basic form: Python reads it, the schema refuses it
@example("0001-01-01T00:00+09:00")
def test_a_moment_is_accepted_by_both_or_neither(text: str) -> None:
    _agree("change-request", lambda t: {**CHANGES[1], "requested_at": t})(text)


@given(ROLES)
def test_a_role_is_accepted_by_both_or_neither(text: str) -> None:
    _agree("person", lambda t: {"id": "x", "name": "X", "roles": [t]})(text)
