"""National deadline clocks (Nat-1 … Nat-4) and their citations.

Golden dates are counted by hand on the 2026 State Council holiday notice (docs/rules.md,
CAL-2): Qingming 4–6 Apr off; Labour Day 1–5 May off, Sat 9 May worked; National
Day 1–7 Oct off, Sat 10 Oct worked.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

import pytest

from _supervision_support import one_matter
from receptionrules import InconsistentMatterError
from receptionrules.supervision import (
    NAT_CITATIONS,
    ClockStatus,
    MatterStatus,
    NationalTimeLimits,
    PetitionMatter,
    clocks,
    due_date,
    matter_status,
)

matter = partial(one_matter, received="2026-05-29")


def clock(m: PetitionMatter, as_of: date, name: str) -> Any:
    found = [c for c in clocks(m, as_of) if c.name == name]
    assert len(found) == 1, found
    return found[0]


ACCEPTED = {"kind": "accepted", "on": "2026-05-29"}  # day 0; day 60 = Tue 28 Jul


# -- Nat-2 ---------------------------------------------------------------------


def test_nat_2_not_overdue_on_day_60() -> None:
    c = clock(matter(ACCEPTED), date(2026, 7, 28), "conclude")
    # On its due day the duty still runs, in its last quarter: an early warning, not overdue.
    assert (c.due_on, c.status, c.days_left) == (date(2026, 7, 28), ClockStatus.WARNING, 0)


def test_nat_2_overdue_on_day_61() -> None:
    c = clock(matter(ACCEPTED), date(2026, 7, 29), "conclude")
    assert c.rule_id == "Nat-2"
    assert c.status is ClockStatus.OVERDUE
    assert (c.days_left, c.days_overdue) == (-1, 1)


def test_nat_2_approved_30_day_extension_not_overdue_until_day_91() -> None:
    m = matter(
        ACCEPTED, {"kind": "extended", "on": "2026-07-20", "days": 30, "reason": "site visit"}
    )
    on_day_90 = clock(m, date(2026, 8, 27), "conclude")
    assert (on_day_90.due_on, on_day_90.status) == (date(2026, 8, 27), ClockStatus.WARNING)
    assert (on_day_90.days, on_day_90.extension_days) == (90, 30)
    assert clock(m, date(2026, 8, 28), "conclude").status is ClockStatus.OVERDUE


def test_nat_2_second_extension_is_refused() -> None:
    m = matter(
        ACCEPTED,
        {"kind": "extended", "on": "2026-07-01", "days": 10, "reason": "a"},
        {"kind": "extended", "on": "2026-07-10", "days": 10, "reason": "b"},
    )
    with pytest.raises(InconsistentMatterError, match=r"matter 'M-1': events\[2\]") as info:
        clocks(m, date(2026, 8, 1))
    assert (info.value.matter_id, info.value.field) == ("M-1", "events[2]")


def test_nat_2_extension_over_the_limit_is_refused() -> None:
    m = matter(ACCEPTED, {"kind": "extended", "on": "2026-07-01", "days": 31, "reason": "a"})
    with pytest.raises(InconsistentMatterError, match=r"events\[1\]\.days.*31 days.*30"):
        clocks(m, date(2026, 8, 1))


def test_nat_2_limits_are_parameters() -> None:
    m = matter(ACCEPTED, {"kind": "extended", "on": "2026-07-01", "days": 31, "reason": "a"})
    lim = NationalTimeLimits(extension_max_days=45)
    c = next(c for c in clocks(m, date(2026, 8, 1), limits=lim) if c.name == "conclude")
    assert c.due_on == date(2026, 8, 28)  # 29 May + 91 days, a Friday


def test_nat_2_extension_approved_after_the_period_does_not_count() -> None:
    m = matter(ACCEPTED, {"kind": "extended", "on": "2026-07-29", "days": 30, "reason": "late"})
    c = clock(m, date(2026, 7, 30), "conclude")
    assert (c.due_on, c.extension_days, c.status) == (date(2026, 7, 28), 0, ClockStatus.OVERDUE)


def test_nat_2_answer_stops_the_clock() -> None:
    m = matter(ACCEPTED, {"kind": "answered", "on": "2026-07-30"})
    c = clock(m, date(2026, 8, 10), "conclude")
    assert (c.status, c.stopped_on, c.days_left) == (ClockStatus.LATE, date(2026, 7, 30), None)


def test_nat_2_period_ending_on_a_holiday_runs_to_the_next_working_day() -> None:
    # 5 Jan + 90 days = Sun 5 Apr, inside Qingming (4-6 Apr): the period ends Tue 7 Apr.
    m = matter(
        {"kind": "accepted", "on": "2026-01-05"},
        {"kind": "extended", "on": "2026-02-01", "days": 30, "reason": "x"},
        received="2026-01-05",
    )
    assert clock(m, date(2026, 4, 6), "conclude").due_on == date(2026, 4, 7)


def test_nat_2_without_rolling_the_period_ends_on_the_holiday() -> None:
    m = matter({"kind": "accepted", "on": "2026-01-05"}, received="2026-01-05")
    lim = NationalTimeLimits(conclude_days=90, roll_to_working_day=False)
    c = next(c for c in clocks(m, date(2026, 4, 6), limits=lim) if c.name == "conclude")
    assert (c.due_on, c.status) == (date(2026, 4, 5), ClockStatus.OVERDUE)


# -- Nat-1 and Nat-1a ------------------------------------------------------------


def test_nat_1_register_within_15_days_of_receipt() -> None:
    m = matter(received="2026-01-05")
    c = clock(m, date(2026, 1, 20), "register")
    assert (c.rule_id, c.due_on, c.status) == ("Nat-1", date(2026, 1, 20), ClockStatus.WARNING)
    assert clock(m, date(2026, 1, 21), "register").status is ClockStatus.OVERDUE


def test_nat_1_due_on_national_day_moves_to_8_october() -> None:
    assert clock(matter(received="2026-09-16"), date(2026, 9, 20), "register").due_on == date(
        2026, 10, 8
    )


def test_nat_1_restarts_for_the_organ_a_matter_is_transferred_to() -> None:
    m = matter({"kind": "transferred", "on": "2026-01-12", "to": "Bureau B"}, received="2026-01-05")
    register = [c for c in clocks(m, date(2026, 2, 1)) if c.name == "register"]
    assert [(c.started_on, c.due_on, c.status) for c in register] == [
        (date(2026, 1, 5), date(2026, 1, 20), ClockStatus.MET),
        (date(2026, 1, 12), date(2026, 1, 27), ClockStatus.OVERDUE),
    ]
    assert register[1].days_overdue == 5


def test_nat_1_working_day_basis_counts_working_days() -> None:
    # From Tue 29 Sep: 30 Sep, 8, 9, 10 (Sat, worked), 12 … 16, 19 … 23, 26 Oct.
    lim = NationalTimeLimits(basis="working")
    c = next(iter(clocks(matter(received="2026-09-29"), date(2026, 10, 12), limits=lim)))
    assert (c.basis, c.due_on) == ("working", date(2026, 10, 26))
    assert c.days_left == 10  # 13-16, 19-23, 26 Oct


def test_nat_1a_objection_window_is_5_working_days_and_only_in_2022_text() -> None:
    m = matter(
        {"kind": "transferred", "on": "2026-09-29", "to": "Bureau B"},
        {"kind": "transfer_objected", "on": "2026-10-13", "by": "Bureau B"},
        received="2026-09-29",
    )
    c = clock(m, date(2026, 10, 20), "transfer_objection")
    assert (c.rule_id, c.kind, c.basis) == ("Nat-1a", "window", "working")
    assert (c.due_on, c.status) == (date(2026, 10, 12), ClockStatus.EXERCISED_LATE)
    assert c.citation.articles("2005") == ()
    assert c.citation.articles("2022") == (23,)


def test_due_date_working_basis_with_make_up_saturday() -> None:
    assert due_date(date(2026, 9, 29), 5, basis="working") == date(2026, 10, 12)


# -- Nat-3 and Nat-4 -------------------------------------------------------------

REVIEW = (
    {"kind": "accepted", "on": "2026-03-02"},
    {"kind": "answered", "on": "2026-03-20"},
    {"kind": "fed_back", "on": "2026-03-23"},
)


def test_nat_3_review_request_window_runs_30_days_from_receiving_the_answer() -> None:
    m = matter(*REVIEW, received="2026-03-02")
    c = clock(m, date(2026, 4, 22), "review_request")
    assert (c.rule_id, c.kind, c.due_on, c.status) == (
        "Nat-3",
        "window",
        date(2026, 4, 22),
        ClockStatus.OPEN,
    )
    assert clock(m, date(2026, 4, 23), "review_request").status is ClockStatus.LAPSED
    assert matter_status(m, date(2026, 4, 23)) is MatterStatus.FINAL


def test_nat_3_review_decided_within_30_days_rolled_past_a_sunday() -> None:
    m = matter(*REVIEW, {"kind": "review_requested", "on": "2026-04-10"}, received="2026-03-02")
    c = clock(m, date(2026, 5, 11), "review_decision")
    assert (c.due_on, c.status) == (date(2026, 5, 11), ClockStatus.WARNING)  # Sun 10 May
    assert clock(m, date(2026, 5, 12), "review_decision").status is ClockStatus.OVERDUE
    assert matter_status(m, date(2026, 5, 12)) is MatterStatus.IN_REVIEW


def test_nat_4_re_review_window_and_decision_then_closed_to_petition() -> None:
    events = (
        *REVIEW,
        {"kind": "review_requested", "on": "2026-04-10"},
        {"kind": "review_decided", "on": "2026-05-11"},
    )
    m = matter(*events, received="2026-03-02")
    window = clock(m, date(2026, 5, 20), "re_review_request")
    assert (window.rule_id, window.due_on, window.status) == (
        "Nat-4",
        date(2026, 6, 10),
        ClockStatus.OPEN,
    )
    m2 = matter(
        *events,
        {"kind": "re_review_requested", "on": "2026-06-01"},
        {"kind": "re_review_decided", "on": "2026-06-20"},
        received="2026-03-02",
    )
    decision = clock(m2, date(2026, 6, 25), "re_review_decision")
    assert (decision.due_on, decision.status) == (date(2026, 7, 1), ClockStatus.MET)
    assert matter_status(m2, date(2026, 6, 25)) is MatterStatus.CLOSED_TO_PETITION


def test_nat_citations_per_national_text() -> None:
    expected = {
        "Nat-1": ((21, 22), (22, 23)),
        "Nat-2": ((33,), (34,)),
        "Nat-3": ((34,), (35,)),
        "Nat-4": ((35,), (36,)),
        "Nat-5": ((18,), (20,)),
    }
    for rule_id, (old, new) in expected.items():
        assert NAT_CITATIONS[rule_id].articles("2005") == old, rule_id
        assert NAT_CITATIONS[rule_id].articles("2022") == new, rule_id
    assert NAT_CITATIONS["Nat-2"].render("2005", "zh") == "《信访条例》第三十三条"
    assert NAT_CITATIONS["Nat-1"].render("2022", "zh") == "《信访工作条例》第二十二条、第二十三条"


def test_events_after_as_of_are_ignored_by_the_clocks() -> None:
    m = matter(ACCEPTED, {"kind": "answered", "on": "2026-08-01"})
    assert clock(m, date(2026, 7, 29), "conclude").status is ClockStatus.OVERDUE


def test_clocks_before_receipt_are_refused() -> None:
    with pytest.raises(ValueError, match="received_on 2026-05-29 is after as_of 2026-05-01"):
        clocks(matter(), date(2026, 5, 1))


def test_provisional_due_day_is_marked() -> None:
    late = matter(received="2099-03-02")
    assert all(c.provisional for c in clocks(late, date(2099, 3, 3)))
