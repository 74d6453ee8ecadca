"""The fast loading of matters (issue 14): the same models, the same reports, the same errors.

:func:`matters_from_json` and :func:`matters_from_json_lines` are compared with the plain
path (``TypeAdapter(list[PetitionMatter]).validate_json``, ``model_validate`` per matter)
on random matter sets of :mod:`receptionrules.strategies`: equal models with the same
fields set, and identical supervision reports; on bad data, the same ValidationError.
"""

from __future__ import annotations

import gc
import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from receptionrules import strategies as rst
from receptionrules.supervision import (
    MatterLineError,
    PetitionMatter,
    matter_from_json,
    matters_from_json,
    matters_from_json_lines,
    supervise,
)

PLAIN = TypeAdapter(list[PetitionMatter])
BASE = date(2026, 1, 5)


@st.composite
def matter_data(draw: st.DrawFn, max_size: int = 6) -> list[dict[str, Any]]:
    """Matters as data: histories of every kind, counts given, absent or null, ids of
    zero to three petitioners, and repeats merged into the first matter."""
    out: list[dict[str, Any]] = []
    for i in range(draw(st.integers(0, max_size))):
        received = BASE + timedelta(days=draw(st.integers(0, 170)))
        events = draw(rst.event_histories(received))
        if out and out[0]["received_on"] <= received.isoformat() and draw(st.integers(0, 3)) == 0:
            last = max([received, *(date.fromisoformat(e["on"]) for e in events)])
            events.append(
                {"kind": "repeat", "on": last.isoformat(), "of": out[0]["id"], "merged": True}
            )
        item: dict[str, Any] = {
            "id": f"M-{i}",
            "received_on": received.isoformat(),
            "channel": draw(st.sampled_from(("visit", "letter", "telephone", "online"))),
            "petitioner_ids": draw(
                st.lists(st.sampled_from(("P-1", "P-2", "P-3")), max_size=3, unique=True)
            ),
            "subject": draw(st.sampled_from(("wages", "land"))),
            "place": draw(st.sampled_from(("Unit A", "Unit B"))),
            "events": draw(st.permutations(events)),
        }
        count = draw(st.sampled_from(("absent", None, 1, 3, 6)))
        if count != "absent":
            item["petitioner_count"] = (
                count if count is None else max(count, len(item["petitioner_ids"]))
            )
        if draw(st.booleans()):
            item["handling_organ"] = "Bureau B"
        out.append(item)
    return out


def same_models(a: list[PetitionMatter], b: list[PetitionMatter]) -> None:
    assert a == b
    assert [type(m) for m in a] == [type(m) for m in b]
    for x, y in zip(a, b, strict=True):
        assert x.model_fields_set == y.model_fields_set
        assert x.model_dump(exclude_unset=True) == y.model_dump(exclude_unset=True)
        assert [e.model_fields_set for e in x.events] == [e.model_fields_set for e in y.events]


@settings(max_examples=30, deadline=None)
@given(matter_data(), st.integers(0, 320).map(lambda n: BASE + timedelta(days=n)))
def test_fast_loading_gives_the_plain_models_and_the_same_report(
    data: list[dict[str, Any]], as_of: date
) -> None:
    text = json.dumps(data)
    plain = [PetitionMatter.model_validate(d) for d in data]
    same_models(PLAIN.validate_json(text), plain)
    fast = matters_from_json(text)
    same_models(fast, plain)
    same_models(matters_from_json(text.encode()), plain)
    lines = [json.dumps(d) for d in data]
    same_models(matters_from_json_lines(lines), plain)
    same_models([matter_from_json(line.encode()) for line in lines], plain)
    a, b = supervise(plain, as_of), supervise(fast, as_of)
    assert a == b
    assert (a.findings, a.warnings, a.recommendations, a.lights, a.merged) == (
        b.findings,
        b.warnings,
        b.recommendations,
        b.lights,
        b.merged,
    )


def _matter(**changes: Any) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": "AK-1",
        "received_on": "2026-03-02",
        "channel": "visit",
        "petitioner_ids": ["P-1"],
        "subject": "wages",
        "place": "Unit A",
        "events": [{"kind": "accepted", "on": "2026-03-05"}],
    }
    item.update(changes)
    return item


BAD = {
    "a year before 1900": _matter(received_on="1899-12-31"),
    "an event's year after 2200": _matter(events=[{"kind": "accepted", "on": "2201-01-01"}]),
    "a kind 500 characters long": _matter(events=[{"kind": "x" * 500, "on": "2026-03-05"}]),
    "an unknown kind": _matter(events=[{"kind": "acceptd", "on": "2026-03-05"}]),
    "a claim without its route": _matter(
        events=[{"kind": "classified", "on": "2026-03-05", "category": "claim"}]
    ),
    "a suggestion with a route": _matter(
        events=[
            {"kind": "classified", "on": "2026-03-05", "category": "suggestion", "route": "duty"}
        ]
    ),
    "a petitioner twice": _matter(petitioner_ids=["P-1", "P-1"]),
    "fewer people than ids": _matter(petitioner_ids=["P-1", "P-2"], petitioner_count=1),
    "a null count with bad ids": _matter(petitioner_ids="P-1", petitioner_count=None),
    "an event before receipt": _matter(events=[{"kind": "accepted", "on": "2026-03-01"}]),
    "an answer without acceptance": _matter(events=[{"kind": "answered", "on": "2026-03-05"}]),
    "two acceptances": _matter(
        events=[{"kind": "accepted", "on": "2026-03-05"}, {"kind": "accepted", "on": "2026-03-06"}]
    ),
    "a repeat of itself": _matter(events=[{"kind": "repeat", "on": "2026-03-05", "of": "AK-1"}]),
    "handling after the merge": _matter(
        events=[
            {"kind": "repeat", "on": "2026-03-04", "of": "AK-0"},
            {"kind": "accepted", "on": "2026-03-05"},
        ]
    ),
    "an assignment's deadline before it": _matter(
        events=[
            {"kind": "accepted", "on": "2026-03-05"},
            {"kind": "assigned", "on": "2026-03-06", "to": "h", "deadline": "2026-03-05"},
        ]
    ),
    "an unknown field": _matter(chanel="visit"),
    "not a matter": "AK-1",
}


def _described(e: ValidationError) -> list[tuple[Any, ...]]:
    return [(x["type"], x["loc"], x["msg"], x["input"]) for x in e.errors()]


def _errors(call: Any, data: Any) -> list[tuple[Any, ...]]:
    with pytest.raises(ValidationError) as info:
        call(data)
    return _described(info.value)


@pytest.mark.parametrize("name", sorted(BAD))
def test_fast_loading_refuses_bad_data_with_the_plain_error(name: str) -> None:
    """Every refusal names the matter and the field exactly as the plain path does."""
    good = _matter(id="AK-0", events=[])
    text = json.dumps([good, BAD[name]])
    assert _errors(matters_from_json, text) == _errors(PLAIN.validate_json, text)
    line = json.dumps(BAD[name])
    assert _errors(matter_from_json, line) == _errors(PetitionMatter.model_validate_json, line)
    with pytest.raises(MatterLineError) as info:
        matters_from_json_lines([json.dumps(good), "", line])
    assert info.value.line == 3
    assert _described(info.value.error) == _errors(PetitionMatter.model_validate_json, line)
    assert str(info.value).startswith("line 3: ")


def test_fast_loading_names_the_matter_and_the_field() -> None:
    text = json.dumps([_matter(events=[{"kind": "answered", "on": "2026-03-10"}])])
    with pytest.raises(ValidationError) as info:
        matters_from_json(text)
    (error,) = info.value.errors()
    assert error["loc"] == (0,)
    assert "matter 'AK-1': events[0].on: a written answer on 2026-03-10" in error["msg"]


def test_fast_loading_not_json_is_the_plain_error() -> None:
    for text in ("[{", "", "{}", "[1, 2]", "[" * 5000):
        assert _errors(matters_from_json, text) == _errors(PLAIN.validate_json, text)


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_garbage_collector_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        matters_from_json(json.dumps([_matter()]))
        assert gc.isenabled() is enabled
        with pytest.raises(MatterLineError):
            matters_from_json_lines(["{"])
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_default_count_is_the_number_of_ids_and_is_set() -> None:
    (m,) = matters_from_json(json.dumps([_matter(petitioner_ids=["P-1", "P-2", "P-3"])]))
    assert m.petitioner_count == 3
    assert "petitioner_count" in m.model_fields_set
    (anonymous,) = matters_from_json(json.dumps([_matter(petitioner_ids=[])]))
    assert anonymous.petitioner_count == 1
