"""The petition matter model: inconsistent input is refused naming the matter and field."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from receptionrules import DuplicateMatterError
from receptionrules.supervision import (
    Channel,
    MatterAccepted,
    PetitionMatter,
    SupervisionMethod,
    supervise,
)


def data(*events: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {
        "id": "M-7",
        "received_on": "2026-03-02",
        "channel": "visit",
        "petitioner_ids": ["P-1"],
        "subject": "wages",
        "place": "Unit A",
        "events": list(events),
        **fields,
    }


def refused(d: dict[str, Any]) -> str:
    with pytest.raises(ValidationError) as info:
        PetitionMatter.model_validate(d)
    return str(info.value)


def test_a_matter_with_a_full_history_validates() -> None:
    m = PetitionMatter.model_validate(
        data(
            {"kind": "transferred", "on": "2026-03-03", "to": "Bureau B"},
            {"kind": "accepted", "on": "2026-03-05", "by": "Bureau B"},
            {"kind": "assigned", "on": "2026-03-06", "to": "officer 3", "deadline": "2026-04-06"},
            {"kind": "extended", "on": "2026-04-20", "days": 30, "reason": "survey"},
            {"kind": "answered", "on": "2026-05-20"},
            {"kind": "fed_back", "on": "2026-05-22"},
            {"kind": "review_requested", "on": "2026-06-01"},
            {"kind": "review_decided", "on": "2026-06-25"},
            {"kind": "re_review_requested", "on": "2026-07-01"},
            {"kind": "re_review_decided", "on": "2026-07-20"},
            {"kind": "supervision_opened", "on": "2026-04-10", "method": "written"},
            {"kind": "suggestion_rejected", "on": "2026-04-15", "unit": "Bureau B"},
            {"kind": "flagged", "on": "2026-04-01", "note": "press"},
            {"kind": "concluded", "on": "2026-07-21"},
        )
    )
    assert m.channel is Channel.VISIT
    assert isinstance(m.events[1], MatterAccepted)
    assert m.events[10].method is SupervisionMethod.WRITTEN  # type: ignore[union-attr]


def test_petitioner_count_defaults_to_the_ids() -> None:
    assert PetitionMatter.model_validate(data(petitioner_ids=["a", "b", "c"])).petitioner_count == 3
    assert PetitionMatter.model_validate(data(petitioner_ids=[])).petitioner_count == 1
    assert PetitionMatter.model_validate(data(petitioner_count=6)).petitioner_count == 6


def test_event_before_receipt_is_refused_naming_matter_and_field() -> None:
    msg = refused(data({"kind": "accepted", "on": "2026-03-01"}))
    assert "matter 'M-7': events[0].on" in msg
    assert "before received_on 2026-03-02" in msg


def test_answer_before_acceptance_is_refused() -> None:
    msg = refused(
        data({"kind": "answered", "on": "2026-03-04"}, {"kind": "accepted", "on": "2026-03-05"})
    )
    assert "matter 'M-7': events[0].on: a written answer on 2026-03-04 with no acceptance" in msg


def test_answer_without_acceptance_is_refused() -> None:
    assert "with no acceptance" in refused(data({"kind": "answered", "on": "2026-03-04"}))


@pytest.mark.parametrize(
    ("events", "needle"),
    [
        ([{"kind": "review_requested", "on": "2026-03-04"}], "no written answer"),
        (
            [
                {"kind": "accepted", "on": "2026-03-03"},
                {"kind": "answered", "on": "2026-03-04"},
                {"kind": "review_decided", "on": "2026-03-10"},
            ],
            "no review request",
        ),
        (
            [{"kind": "fed_back", "on": "2026-03-04"}],
            "no written answer or handling opinion or conclusion",
        ),
        ([{"kind": "transfer_objected", "on": "2026-03-04"}], "no transfer"),
        ([{"kind": "supervision_refused", "on": "2026-03-04"}], "no supervision"),
        (
            [
                {"kind": "extended", "on": "2026-03-04", "days": 10, "reason": "x"},
                {"kind": "accepted", "on": "2026-03-05"},
            ],
            "an extension on 2026-03-04 with no acceptance",
        ),
    ],
)
def test_steps_out_of_order_are_refused(events: list[dict[str, Any]], needle: str) -> None:
    msg = refused(data(*events))
    assert "matter 'M-7': events[" in msg
    assert needle in msg


def test_second_acceptance_is_refused() -> None:
    msg = refused(
        data({"kind": "accepted", "on": "2026-03-03"}, {"kind": "accepted", "on": "2026-03-04"})
    )
    assert "matter 'M-7': events[1].kind: a second 'accepted' event" in msg


def test_accepted_and_declined_is_refused() -> None:
    msg = refused(
        data({"kind": "declined", "on": "2026-03-03"}, {"kind": "accepted", "on": "2026-03-04"})
    )
    assert "either accepted or declined" in msg


def test_handling_after_conclusion_is_refused() -> None:
    msg = refused(
        data(
            {"kind": "accepted", "on": "2026-03-03"},
            {"kind": "concluded", "on": "2026-03-10"},
            {"kind": "assigned", "on": "2026-03-11", "to": "x"},
        )
    )
    assert "events[2].on: assigned on 2026-03-11 after the conclusion on 2026-03-10" in msg


def test_duplicate_petitioner_ids_and_too_small_count_are_refused() -> None:
    assert "petitioner_ids: 'a' is listed twice" in refused(data(petitioner_ids=["a", "a"]))
    assert "petitioner_count: 1 is fewer than the 2" in refused(
        data(petitioner_ids=["a", "b"], petitioner_count=1)
    )


def test_unknown_event_kind_and_extra_fields_are_refused() -> None:
    assert "events.0" in refused(data({"kind": "teleported", "on": "2026-03-04"}))
    assert "colour" in refused(data(colour="red"))


def test_extension_must_be_positive_and_give_a_reason() -> None:
    msg = refused(
        data(
            {"kind": "accepted", "on": "2026-03-03"},
            {"kind": "extended", "on": "2026-03-04", "days": 0, "reason": ""},
        )
    )
    assert "events.1.extended.days" in msg
    assert "events.1.extended.reason" in msg


def test_matters_are_frozen() -> None:
    m = PetitionMatter.model_validate(data())
    with pytest.raises(ValidationError):
        m.place = "elsewhere"  # type: ignore[misc]


def test_duplicate_ids_in_a_set_are_refused() -> None:
    m = PetitionMatter.model_validate(data())
    with pytest.raises(
        DuplicateMatterError, match=r"matter 'M-7': id: given twice \(items 0 and 2\)"
    ):
        supervise([m, m.model_copy(update={"id": "M-8"}), m], date(2026, 4, 1))
