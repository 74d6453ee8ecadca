"""The change checks' guard of a full composition (AK-R-6.1: 不得空岗, no post left empty;
AK-R-4.1: nobody in two posts), called directly, where mutation testing found it
unpinned (issue 13).

A swap or a cover only ever puts a person into a post, so through a request no post is
newly emptied and at most one problem arises in a slot; the guard itself
(:meth:`Checker.composition_kept`, public in ``receptionrules.duty.checks``) also
answers for any other steps: each new vacancy and each person newly in two posts is a
violation, in the order of the composition's posts, and a vacancy allowed (an undo, a
fill, a substitution) is passed over without hiding a duplicate after it.

The composition here has three posts in an order that is not alphabetical
(zeta, mid, alpha), all for station chiefs, on Ankang's reception of Tuesday
3 March 2026.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

import receptionrules as rr
from receptionrules.duty import Composition, Person, Position
from receptionrules.duty.checks import Checker
from receptionrules.duty.rotation import generate_roster

TZ = rr.TZ
KEYS = ("zeta_post", "mid_post", "alpha_post")
LABELS = {"zeta_post": "甲岗", "mid_post": "乙岗", "alpha_post": "丙岗"}
NAMES = {"zeta_post": "Post Zeta", "mid_post": "Post Mid", "alpha_post": "Post Alpha"}


def three_posts() -> Composition:
    return Composition(
        institution="ankang-mayor",
        positions=tuple(
            Position(key=k, label=LABELS[k], label_en=NAMES[k], roles=["station_chief"])
            for k in KEYS
        ),
    )


@pytest.fixture(scope="module")
def roster() -> rr.Roster:
    people = [Person(id=f"c{i}", name=f"Chief {i}", roles=["station_chief"]) for i in range(3)]
    return generate_roster(
        rr.preset("ankang-mayor"),
        people,
        date(2026, 3, 1),
        date(2026, 4, 30),
        composition=three_posts(),
    )


def checker(roster: rr.Roster) -> Checker:
    return Checker(roster, availability=None, others=(), at=datetime(2026, 3, 1, 9, tzinfo=TZ))


def found(check: Checker) -> list[tuple[str, str, str, dict[str, str]]]:
    return [(v.rule_id, v.field, v.remark.code, dict(v.remark.params)) for v in check.out]


def found_by(check: Checker, param: str) -> list[tuple[str, str]]:
    """Each violation's remark code and its ``param``, in order."""
    return [(code, params[param]) for _, _, code, params in found(check)]


def test_ak_r_6_1_each_post_newly_left_empty_is_refused_in_post_order(roster: rr.Roster) -> None:
    slot = roster.slots[0]
    assert slot.day == date(2026, 3, 3)
    h = slot.holders
    assert None not in h
    assert len(set(h)) == 3
    check = checker(roster)
    check.composition_kept(
        [(slot.id, "alpha_post", h[2], None), (slot.id, "zeta_post", h[0], None)]
    )
    vacancy = [
        (
            "AK-R-6.1",
            "counterpart",
            "duty.vacancy_after",
            {
                "position": NAMES[k],
                "position_zh": LABELS[k],
                "slot": "ankang-mayor/2026-03-03",
            },
        )
        for k in ("zeta_post", "alpha_post")
    ]
    assert found(check) == vacancy
    assert str(check.out[0]) == (
        "AK-R-6.1: " + rr.Remark.of("duty.vacancy_after", **vacancy[0][3]).render("en")
    )
    # Allowed (an undo or a fill may leave a post vacant): nothing to say.
    allowed = checker(roster)
    allowed.composition_kept(
        [(slot.id, "alpha_post", h[2], None), (slot.id, "zeta_post", h[0], None)],
        allow_vacancy=True,
        field="change",
    )
    assert allowed.out == []


def test_ak_r_4_1_each_person_newly_in_two_posts_is_refused_in_post_order(
    roster: rr.Roster,
) -> None:
    slot = roster.slots[0]
    h = slot.holders
    check = checker(roster)
    # The zeta post's holder also takes the mid and the alpha posts.
    check.composition_kept(
        [(slot.id, "alpha_post", h[2], h[0]), (slot.id, "mid_post", h[1], h[0])], field="person"
    )
    zeta_holder = h[0]
    assert zeta_holder is not None
    person = roster.person(zeta_holder).display
    assert found(check) == [
        (
            "AK-R-4.1",
            "person",
            "duty.duplicate_after",
            {
                "other_position": NAMES["zeta_post"],
                "other_position_zh": LABELS["zeta_post"],
                "person": person,
                "position": NAMES[k],
                "position_zh": LABELS[k],
                "slot": "ankang-mayor/2026-03-03",
            },
        )
        for k in ("mid_post", "alpha_post")
    ]


def test_ak_r_6_1_an_allowed_vacancy_does_not_hide_a_duplicate_after_it(
    roster: rr.Roster,
) -> None:
    slot = roster.slots[0]
    h = slot.holders
    check = checker(roster)
    # The zeta post left vacant (allowed), and the mid post's holder put into the alpha
    # post too: the vacancy passes, the duplicate does not.
    check.composition_kept(
        [(slot.id, "zeta_post", h[0], None), (slot.id, "alpha_post", h[2], h[1])],
        allow_vacancy=True,
        field="change",
    )
    assert found_by(check, "position") == [("duty.duplicate_after", NAMES["alpha_post"])]


def test_a_refusal_with_an_unknown_remark_code_is_a_programming_error(roster: rr.Roster) -> None:
    check = checker(roster)
    with pytest.raises(ValueError, match=r"^unknown remark code 'duty\.no_such_code'$"):
        check.refuse("AK-R-6.1", "change", "duty.no_such_code", ())
    assert check.out == []


def test_ak_r_6_1_every_touched_slot_is_checked_not_only_the_first(roster: rr.Roster) -> None:
    first, second = roster.slots[0], roster.slots[1]
    assert second.day == date(2026, 4, 7)
    h, g = first.holders, second.holders
    # The first slot's two holders change posts (nothing wrong); in the second, the zeta
    # holder takes the alpha post too.
    check = checker(roster)
    check.composition_kept(
        [
            (first.id, "zeta_post", h[0], h[1]),
            (first.id, "mid_post", h[1], h[0]),
            (second.id, "alpha_post", g[2], g[0]),
        ]
    )
    assert found_by(check, "slot") == [("duty.duplicate_after", "ankang-mayor/2026-04-07")]
    # Vacancies allowed: the first slot left with a vacant post, the second as before.
    allowed = checker(roster)
    allowed.composition_kept(
        [(first.id, "zeta_post", h[0], None), (second.id, "alpha_post", g[2], g[0])],
        allow_vacancy=True,
        field="change",
    )
    assert found_by(allowed, "slot") == [("duty.duplicate_after", "ankang-mayor/2026-04-07")]
