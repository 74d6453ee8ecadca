"""Paused clocks: the hearing of a re-review (Nat-4: 2005 art. 35, 2022 art. 36, "听证所需时间
不计算在前款规定的期限内") and local reasons (an appraisal, 鉴定).

Golden dates are counted by hand on the 2026 holiday notice (Labour Day 1–5 May off,
Sat 9 May worked; no holiday in March or June before the Dragon Boat Festival on 19 June).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from _supervision_support import one_matter
from receptionrules import InconsistentMatterError
from receptionrules.supervision import (
    ClockStatus,
    NationalTimeLimits,
    PetitionMatter,
    clocks,
    supervise,
)

matter = one_matter


def clock(m: PetitionMatter, as_of: date, name: str, **kw: Any) -> Any:
    (c,) = [c for c in clocks(m, as_of, **kw) if c.name == name]
    return c


def paused(on: str, name: str, reason: str = "appraisal") -> dict[str, Any]:
    return {"kind": "paused", "on": on, "clock": name, "reason": reason}


def resumed(on: str, name: str) -> dict[str, Any]:
    return {"kind": "resumed", "on": on, "clock": name}


ACCEPTED = {"kind": "accepted", "on": "2026-03-03"}  # Nat-2: 3 Mar + 60 = 2 May → Wed 6 May
RE_REVIEW = (
    ACCEPTED,
    {"kind": "answered", "on": "2026-03-20"},
    {"kind": "fed_back", "on": "2026-03-21"},
    {"kind": "review_requested", "on": "2026-04-01"},
    {"kind": "review_decided", "on": "2026-04-20"},
    {"kind": "re_review_requested", "on": "2026-04-25"},  # decision due 25 Apr + 30 = Mon 25 May
)


def test_nat_4_hearing_pause() -> None:
    m = matter(
        *RE_REVIEW,
        paused("2026-05-05", "re_review_decision", "hearing"),
        resumed("2026-05-15", "re_review_decision"),
    )
    c = clock(m, date(2026, 6, 4), "re_review_decision")
    assert (c.due_on, c.paused_days, c.days) == (date(2026, 6, 4), 10, 40)  # 25 Apr + 40
    (p,) = c.pauses
    assert (p.national, p.counted, p.reason, p.days) == (True, True, "hearing", 10)
    assert clock(m, date(2026, 6, 5), "re_review_decision").status is ClockStatus.OVERDUE
    (f,) = supervise([m], date(2026, 6, 5)).by_rule("AK-S-2.4")
    assert "10 days of hearing not counted (Nat-4" in f.reason
    assert (
        "听证所需时间10日不计入期限（Nat-4：《信访条例》第三十五条、《信访工作条例》第三十六条）"
        in (f.reason_in("zh"))
    )
    unpaused = matter(*RE_REVIEW)
    assert clock(unpaused, date(2026, 5, 26), "re_review_decision").due_on == date(2026, 5, 25)


def test_nat_2_a_local_pause_is_named_in_the_output() -> None:
    m = matter(ACCEPTED, paused("2026-03-10", "conclude"), resumed("2026-03-20", "conclude"))
    c = clock(m, date(2026, 5, 13), "conclude")
    assert (c.due_on, c.status) == (date(2026, 5, 12), ClockStatus.OVERDUE)  # 3 Mar + 70
    assert not c.pauses[0].national
    (f,) = supervise([m], date(2026, 5, 13)).by_rule("AK-S-2.4")
    assert "10 days paused for appraisal (a local rule)" in f.reason
    assert "因鉴定暂停10日（地方规定）" in f.reason_in("zh")


def test_nat_1_a_pause_counts_in_the_clocks_basis() -> None:
    # Received Mon 2 Mar; paused Fri 6 Mar, resumed Mon 9 Mar.
    m = matter(paused("2026-03-06", "register"), resumed("2026-03-09", "register"))
    working = NationalTimeLimits(basis="working")
    c = clock(m, date(2026, 3, 10), "register", limits=working)
    assert (c.paused_days, c.due_on) == (1, date(2026, 3, 24))  # 15 + 1 working days
    c = clock(m, date(2026, 3, 10), "register")
    assert (c.paused_days, c.due_on) == (3, date(2026, 3, 20))  # 2 Mar + 15 + 3


def test_nat_2_a_clock_paused_now_says_so_and_its_due_day_moves_with_the_date() -> None:
    m = matter(ACCEPTED, paused("2026-03-10", "conclude"))
    c = clock(m, date(2026, 6, 1), "conclude")
    assert (c.status, c.paused) == (ClockStatus.PAUSED, True)
    assert (c.paused_days, c.due_on, c.days_left) == (83, date(2026, 7, 24), 53)
    assert c.pauses[0].resumed_on is None
    later = clock(m, date(2026, 6, 11), "conclude")
    assert (later.due_on, later.days_left) == (date(2026, 8, 3), 53)  # 3 Aug is a Monday
    report = supervise([m], date(2026, 6, 1))
    assert not report.by_rule("AK-S-2.4")
    assert report.light_of("M-1").value == "green"


def test_nat_2_a_pause_begun_after_the_due_day_moves_nothing() -> None:
    m = matter(ACCEPTED, paused("2026-05-10", "conclude"), resumed("2026-05-20", "conclude"))
    c = clock(m, date(2026, 5, 21), "conclude")
    assert (c.due_on, c.status, c.paused_days) == (date(2026, 5, 6), ClockStatus.OVERDUE, 0)
    assert not c.pauses[0].counted
    (f,) = supervise([m], date(2026, 5, 21)).by_rule("AK-S-2.4")
    assert "began after the due day: not counted" in f.reason


def test_nat_2_an_extension_counts_when_approved_within_the_period_as_paused() -> None:
    m = matter(
        ACCEPTED,
        paused("2026-04-01", "conclude"),
        resumed("2026-04-11", "conclude"),
        {"kind": "extended", "on": "2026-05-10", "days": 30, "reason": "complex"},
    )
    c = clock(m, date(2026, 5, 20), "conclude")
    assert (c.extension_days, c.paused_days, c.due_on) == (30, 10, date(2026, 6, 11))
    assert not supervise([m], date(2026, 5, 20)).by_rule("AK-S-2.4")


def test_nat_2_pauses_of_one_day_in_any_order() -> None:
    a = matter(
        ACCEPTED,
        resumed("2026-03-12", "conclude"),
        paused("2026-03-10", "conclude"),
        resumed("2026-03-10", "conclude"),
        paused("2026-03-05", "conclude"),
    )
    c = clock(a, date(2026, 4, 1), "conclude")
    assert c.paused_days == 7  # 5–10 Mar, then 10–12 Mar
    zero = matter(ACCEPTED, resumed("2026-03-10", "conclude"), paused("2026-03-10", "conclude"))
    assert clock(zero, date(2026, 4, 1), "conclude").due_on == date(2026, 5, 6)


@pytest.mark.parametrize(
    ("events", "needle"),
    [
        (
            [ACCEPTED, paused("2026-03-10", "conclude"), paused("2026-03-12", "conclude")],
            r"events\[2\]: a pause of the conclude clock on 2026-03-12 while it is paused since "
            r"2026-03-10 \(events\[1\]\)",
        ),
        (
            [ACCEPTED, resumed("2026-03-10", "conclude")],
            r"events\[1\]: the conclude clock resumed on 2026-03-10 with no pause before it",
        ),
        (
            [ACCEPTED, paused("2026-03-10", "re_review_decision", "hearing")],
            r"events\[1\]: a pause of the re_review_decision clock on 2026-03-10, which is not "
            r"running",
        ),
        (
            [paused("2026-03-01", "conclude")],
            r"events\[0\]: a pause of the conclude clock on 2026-03-01, which is not running",
        ),
        (
            [ACCEPTED, paused("2026-03-10", "conclude"), {"kind": "answered", "on": "2026-04-01"}],
            r"events\[1\]: the conclude clock stopped on 2026-04-01 while paused since "
            r"2026-03-10; record its resumption on or before 2026-04-01",
        ),
        (
            [
                ACCEPTED,
                paused("2026-03-10", "conclude"),
                {"kind": "answered", "on": "2026-04-01"},
                resumed("2026-04-05", "conclude"),
            ],
            r"events\[1\]: the conclude clock stopped on 2026-04-01 while paused",
        ),
    ],
)
def test_nat_4_inconsistent_pauses_are_refused_naming_the_matter_and_the_event(
    events: list[dict[str, Any]], needle: str
) -> None:
    m = matter(*events, received="2026-03-01")
    with pytest.raises(InconsistentMatterError, match="matter 'M-1': " + needle) as caught:
        clocks(m, date(2026, 6, 1))
    assert caught.value.matter_id == "M-1"
    with pytest.raises(InconsistentMatterError):
        supervise([m], date(2026, 6, 1))


def test_nat_8_a_pause_of_a_clock_the_classification_does_not_run_is_refused() -> None:
    m = matter(
        ACCEPTED,
        {"kind": "classified", "on": "2026-03-04", "category": "suggestion"},
        paused("2026-03-10", "conclude"),
    )
    with pytest.raises(InconsistentMatterError, match="does not run under the national text"):
        clocks(m, date(2026, 4, 1))
    # Under the 2005 text Nat-2 runs for a suggestion too, so it may pause.
    lim = NationalTimeLimits(national_text="2005")
    assert clock(m, date(2026, 4, 1), "conclude", limits=lim).status is ClockStatus.PAUSED


def test_nat_4_a_pause_after_as_of_is_not_yet_known() -> None:
    m = matter(*RE_REVIEW, paused("2026-05-30", "re_review_decision", "hearing"))
    c = clock(m, date(2026, 5, 26), "re_review_decision")
    assert (c.status, c.pauses) == (ClockStatus.OVERDUE, ())
