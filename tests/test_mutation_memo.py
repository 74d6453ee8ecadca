"""The memos of the change checks (issue 14), pinned where mutation testing found them
loose (issue 13): a value is worked out once per immutable object and then handed back
as it was (the same object), a different object gets its own, and every memo is
bounded, emptied when full, so a long-running service holds no more than its bound.

The words compared are the township composition's (TS-1): the deputy-section-level
leader's post, a station chief's roles.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from receptionrules.duty import memo
from receptionrules.duty.people import Person
from receptionrules.presets import duty_composition

TOWNSHIP = duty_composition("township-duty")
DEPUTY = TOWNSHIP.position("deputy_section_leader")


def chief(i: int) -> Person:
    return Person(id=f"c{i}", name=f"Chief {i}", roles=["station_chief"])


@pytest.fixture
def empty_pairs() -> Iterator[None]:
    """The refusal memo emptied first (other tests fill it), and left empty after."""
    memo._PAIRS.clear()
    yield
    memo._PAIRS.clear()


def test_ts_1_a_refusals_words_are_made_once_per_person_and_post(empty_pairs: None) -> None:
    wang = chief(1)
    first = memo.ineligible(wang, DEPUTY)
    assert dict(first) == {
        "held": "station/office chief",
        "held_zh": "所、站长",
        "person": "Chief 1",
        "position": DEPUTY.name_en,
        "position_zh": DEPUTY.label,
        "roles": DEPUTY.roles_text(),
        "roles_zh": DEPUTY.roles_text("zh"),
    }
    assert memo.ineligible(wang, DEPUTY) is first  # remembered, not made again
    li = chief(2)
    other = memo.ineligible(li, DEPUTY)
    assert other is not first
    assert dict(other)["person"] == "Chief 2"
    assert memo.ineligible(li, DEPUTY) is other
    station = TOWNSHIP.position("station_chief")
    assert dict(memo.ineligible(wang, station))["position"] == station.name_en


def test_ts_1_the_refusal_memo_is_emptied_when_it_holds_4096(empty_pairs: None) -> None:
    people = [chief(i) for i in range(4097)]
    for p in people[:4096]:
        memo.ineligible(p, DEPUTY)
    assert len(memo._PAIRS) == 4096
    memo.ineligible(people[4096], DEPUTY)  # full: emptied, then this one kept
    assert len(memo._PAIRS) == 1
    again = memo.ineligible(people[4096], DEPUTY)
    assert again is memo.ineligible(people[4096], DEPUTY)


def test_a_memo_hands_back_what_it_made_and_keeps_at_most_its_bound() -> None:
    made: list[str] = []

    def make(p: Person) -> str:
        made.append(p.id)
        return p.id.upper()

    small = memo._Memo(2)
    a, b, c = chief(1), chief(2), chief(3)
    assert small.get(a, make) == "C1"
    assert small.get(a, make) == "C1"
    assert small.get(b, make) == "C2"
    assert made == ["c1", "c2"]  # each made once
    assert small.get(c, make) == "C3"  # full at two: emptied, then c kept
    assert len(small.known) == 1
    assert small.get(a, make) == "C1"
    assert made == ["c1", "c2", "c3", "c1"]
    assert small.kept == 2


def test_the_module_memos_return_the_same_words_again() -> None:
    wang = chief(7)
    assert memo.role_texts(wang) is memo.role_texts(wang)
    assert memo.role_texts(wang) == ("station/office chief", "所、站长")
    assert memo.post_texts(DEPUTY) is memo.post_texts(DEPUTY)
    assert memo.posts(TOWNSHIP) is memo.posts(TOWNSHIP)
    assert memo.posts(TOWNSHIP)[0] == ("deputy_section_leader", "station_chief")
