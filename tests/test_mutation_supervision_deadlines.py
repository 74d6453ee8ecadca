"""Boundaries of the deadline clocks that mutation testing found unpinned (issue 13): an
extension approved on the due day and the day after, a second extension judged against
the day the first moved, extensions judged in the limits' basis and taken in date order
with pauses, a pause begun on the due day or on the day of an extension, a pause resumed
on the day the clock stops, only the conclude clock extended, a clock's first and last
running day, and the limits and calendar ``matter_status`` is given; the timeline read
in date order when two decisions, objections, pauses or methods are recorded out of it,
two extensions on one day, a merge as the decision named ``"merged"`` and a handling
opinion kept as the answer.

Golden dates are counted by hand on the 2026 State Council holiday notice (Qingming 4–6
April and Labour Day 1–5 May off, Saturday 9 May worked), never from the code under test.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import Any

import pytest

from _supervision_support import one_matter
from receptionrules import InconsistentMatterError
from receptionrules.calendar import default_calendar
from receptionrules.supervision import (
    Citation,
    ClockStatus,
    MatterStatus,
    NationalTimeLimits,
    OpinionOutcome,
    Pause,
    PetitionMatter,
    ProcedureFacts,
    SupervisionMethod,
    WarningRule,
    WarningThresholds,
    clocks,
    matter_status,
    supervise,
)
from receptionrules.supervision.deadlines import DueDays, Timeline, paused_span, running_on

matter = partial(one_matter, id="D-1")


ANSWERED = (
    {"kind": "accepted", "on": "2026-03-03"},
    {"kind": "answered", "on": "2026-03-20"},
    {"kind": "fed_back", "on": "2026-03-23"},
)
"""The answer received Mon 23 Mar: the 30-day review window runs to Wed 22 Apr (Nat-3)."""


def test_nat_3_matter_status_counts_with_the_calendar_it_is_given() -> None:
    m = matter(*ANSWERED)
    assert matter_status(m, date(2026, 4, 22)) is MatterStatus.ANSWERED
    assert matter_status(m, date(2026, 4, 23)) is MatterStatus.FINAL
    # Wed 22 Apr declared a day off: the window's last day rolls to Thu 23 Apr.
    off = default_calendar().with_override(date(2026, 4, 22), working=False, reason="test")
    assert matter_status(m, date(2026, 4, 23), calendar=off) is MatterStatus.ANSWERED
    assert matter_status(m, date(2026, 4, 24), calendar=off) is MatterStatus.FINAL


def test_nat_2_matter_status_checks_extensions_against_the_limits_it_is_given() -> None:
    """Two extensions break the default limits (one extension); with two allowed, the
    matter is accepted and running."""
    m = matter(
        {"kind": "accepted", "on": "2026-03-03"},
        {"kind": "extended", "on": "2026-04-20", "days": 10, "reason": "survey"},
        {"kind": "extended", "on": "2026-05-06", "days": 10, "reason": "survey"},
    )
    with pytest.raises(InconsistentMatterError, match="extension"):
        matter_status(m, date(2026, 5, 10))
    two = NationalTimeLimits(max_extensions=2, extension_max_days=30)
    assert matter_status(m, date(2026, 5, 10), limits=two) is MatterStatus.ACCEPTED


def clock(m: PetitionMatter, as_of: date, name: str, **kw: Any) -> Any:
    (c,) = [c for c in clocks(m, as_of, **kw) if c.name == name]
    return c


def paused(on: str, name: str = "conclude", reason: str = "appraisal") -> dict[str, Any]:
    return {"kind": "paused", "on": on, "clock": name, "reason": reason}


def resumed(on: str, name: str = "conclude") -> dict[str, Any]:
    return {"kind": "resumed", "on": on, "clock": name}


def extended(on: str, days: int = 10) -> dict[str, Any]:
    return {"kind": "extended", "on": on, "days": days, "reason": "survey"}


ACCEPTED_10_MAR = {"kind": "accepted", "on": "2026-03-10"}
"""Nat-2: 10 Mar + 60 days = Sat 9 May, a make-up working day (2026 notice): due that day;
61 days would be Sun 10 May, rolled to Mon 11 May."""


def test_nat_2_an_extension_approved_on_the_due_day_counts() -> None:
    c = clock(matter(ACCEPTED_10_MAR, extended("2026-05-09", 20)), date(2026, 5, 12), "conclude")
    assert (c.extension_days, c.due_on) == (20, date(2026, 5, 29))  # 10 Mar + 80 = Fri 29 May


def test_nat_2_an_extension_approved_the_day_after_the_due_day_is_late() -> None:
    for day in ("2026-05-10", "2026-05-11"):
        c = clock(matter(ACCEPTED_10_MAR, extended(day, 20)), date(2026, 5, 12), "conclude")
        assert (c.extension_days, c.due_on) == (0, date(2026, 5, 9)), day


def test_nat_2_a_second_extension_is_judged_against_the_day_the_first_moved() -> None:
    """The first (1 May, 10 days) moves the due day to Tue 19 May; the second (15 May,
    10 days) is inside that, so both count: 10 Mar + 80 = Fri 29 May."""
    m = matter(ACCEPTED_10_MAR, extended("2026-05-01"), extended("2026-05-15"))
    two = NationalTimeLimits(max_extensions=2, extension_max_days=30)
    c = clock(m, date(2026, 5, 20), "conclude", limits=two)
    assert (c.extension_days, c.due_on) == (20, date(2026, 5, 29))


def test_nat_2_a_pause_on_the_day_of_an_extension_and_after_it_counts() -> None:
    m = matter(ACCEPTED_10_MAR, extended("2026-04-10"), paused("2026-04-10"), resumed("2026-04-15"))
    c = clock(m, date(2026, 4, 20), "conclude")
    assert c.extension_days == 10
    assert [(p.paused_on, p.resumed_on, p.days, p.counted) for p in c.pauses] == [
        (date(2026, 4, 10), date(2026, 4, 15), 5, True)
    ]
    assert c.paused_days == 5
    assert c.due_on == date(2026, 5, 25)  # 10 Mar + 60 + 10 + 5 = Sun 24 May, rolled to Mon


def test_nat_2_a_pause_begun_on_the_due_day_counts_with_all_its_fields() -> None:
    m = matter(ACCEPTED_10_MAR, paused("2026-05-09"), resumed("2026-05-12"))
    c = clock(m, date(2026, 5, 13), "conclude")
    assert c.pauses == (
        Pause(
            clock="conclude",
            paused_on=date(2026, 5, 9),
            resumed_on=date(2026, 5, 12),
            days=3,
            reason="appraisal",
            national=False,
            counted=True,
            event_index=1,
        ),
    )
    assert c.paused_days == 3


def test_nat_2_a_pause_resumed_on_the_day_the_clock_stops_is_consistent() -> None:
    m = matter(
        ACCEPTED_10_MAR,
        paused("2026-04-10"),
        resumed("2026-04-20"),
        {"kind": "answered", "on": "2026-04-20"},
    )
    c = clock(m, date(2026, 4, 21), "conclude")
    assert c.stopped_on == date(2026, 4, 20)
    assert [p.resumed_on for p in c.pauses] == [date(2026, 4, 20)]


def test_nat_3_only_the_conclude_clock_is_extended() -> None:
    """An extension of Nat-2 does not move the review decision (30 days from Mon 25 May:
    Wed 24 Jun)."""
    m = matter(
        {"kind": "accepted", "on": "2026-03-03"},
        extended("2026-04-20", 20),
        {"kind": "answered", "on": "2026-05-11"},
        {"kind": "fed_back", "on": "2026-05-11"},
        {"kind": "review_requested", "on": "2026-05-25"},
    )
    c = clock(m, date(2026, 5, 26), "review_decision")
    assert (c.extension_days, c.due_on) == (0, date(2026, 6, 24))


def test_a_clock_runs_from_its_start_to_the_day_before_its_stop() -> None:
    d = date(2026, 5, 6)
    assert running_on(d, None, d)
    assert running_on(d, d + timedelta(days=1), d)
    assert not running_on(d, d + timedelta(days=1), d + timedelta(days=1))
    assert not running_on(d, None, d - timedelta(days=1))
    assert not running_on(d, d + timedelta(days=5), d - timedelta(days=1))


def test_a_pause_resumed_the_day_it_began_spans_no_day() -> None:
    dues = DueDays(NationalTimeLimits(), default_calendar())
    d = date(2026, 5, 6)
    assert paused_span(dues, d, d, "calendar") == 0
    assert paused_span(dues, d, d + timedelta(days=1), "calendar") == 1


def test_nat_4_overlapping_pauses_and_a_lone_resumption_are_refused_with_the_fix() -> None:
    overlap = matter(ACCEPTED_10_MAR, paused("2026-04-01"), paused("2026-04-03"))
    with pytest.raises(InconsistentMatterError) as caught:
        clocks(overlap, date(2026, 4, 10))
    assert str(caught.value).endswith(
        "a pause of the conclude clock on 2026-04-03 while it is paused since 2026-04-01 "
        "(events[1]); pauses of one clock do not overlap: resume it first"
    )
    lone = matter(ACCEPTED_10_MAR, resumed("2026-04-03"))
    with pytest.raises(InconsistentMatterError) as caught:
        clocks(lone, date(2026, 4, 10))
    assert str(caught.value).endswith(
        "the conclude clock resumed on 2026-04-03 with no pause before it; record the pause, "
        "or remove the resumption"
    )


def test_nat_2_extensions_and_pauses_are_taken_in_date_order_not_event_order() -> None:
    """The extension (approved Tue 12 May) is recorded before a pause of 1–5 May; taken by
    date, the pause first moves the due day from Sat 9 May to Wed 13 May, so the extension
    counts: 10 Mar + 60 + 4 + 10 = Sat 23 May, rolled to Mon 25 May."""
    m = matter(ACCEPTED_10_MAR, extended("2026-05-12"), paused("2026-05-01"), resumed("2026-05-05"))
    c = clock(m, date(2026, 5, 14), "conclude")
    assert (c.extension_days, c.paused_days, c.due_on) == (10, 4, date(2026, 5, 25))


def test_nat_2_an_extension_is_judged_in_the_limits_basis() -> None:
    """In working days, 60 from Tue 10 Mar end Fri 5 Jun (Qingming and Labour Day off,
    Sat 9 May worked): an extension approved Wed 20 May is inside the period; so with a
    pause too (the pause path counts both together)."""
    working = NationalTimeLimits(basis="working")
    plain = matter(ACCEPTED_10_MAR, extended("2026-05-20"))
    assert clock(plain, date(2026, 5, 21), "conclude", limits=working).extension_days == 10
    both = matter(
        ACCEPTED_10_MAR, paused("2026-03-16"), resumed("2026-03-17"), extended("2026-05-20")
    )
    c = clock(both, date(2026, 5, 21), "conclude", limits=working)
    assert (c.extension_days, c.paused_days) == (10, 1)


def test_nat_2_an_extension_counts_when_only_another_clock_was_paused() -> None:
    """The registration clock was paused before acceptance; the conclude clock has no
    pause of its own but is still extended."""
    m = matter(
        paused("2026-03-03", "register"),
        resumed("2026-03-05", "register"),
        ACCEPTED_10_MAR,
        extended("2026-04-20"),
    )
    c = clock(m, date(2026, 4, 21), "conclude")
    assert (c.extension_days, c.due_on) == (10, date(2026, 5, 19))  # 10 Mar + 70 = Tue 19 May
    assert c.pauses == ()


def test_nat_2_with_a_pause_only_the_conclude_clock_is_extended_and_a_late_one_reported() -> None:
    m = matter(
        {"kind": "accepted", "on": "2026-03-03"},
        paused("2026-03-10"),
        resumed("2026-03-11"),
        extended("2026-04-20", 20),
        {"kind": "answered", "on": "2026-05-11"},
        {"kind": "fed_back", "on": "2026-05-11"},
        {"kind": "review_requested", "on": "2026-05-25"},
    )
    c = clock(m, date(2026, 5, 26), "review_decision")
    assert (c.extension_days, c.due_on) == (0, date(2026, 6, 24))
    late = matter(
        ACCEPTED_10_MAR, paused("2026-03-16"), resumed("2026-03-17"), extended("2026-05-12")
    )
    c = clock(late, date(2026, 5, 13), "conclude")
    assert c.extension_days == 0  # due Sat 9 May + 1 paused day = Sun 10 → Mon 11 May
    found = [
        f.facts for f in supervise([late], date(2026, 5, 13)).findings if f.kind == "procedure"
    ]
    assert found == [ProcedureFacts("late_extension", 3, date(2026, 5, 12), date(2026, 5, 11))]


def test_nat_citations_in_chinese_numerals_for_every_shape_of_number() -> None:
    c = Citation("Nat-x", (5, 10, 14, 20, 33), ())
    assert c.render("2005", "zh") == "《信访条例》第五条、第十条、第十四条、第二十条、第三十三条"
    assert c.render("2022", "zh") == "《信访工作条例》无对应条款"
    assert c.render("2005") == "Regulations on Letters and Visits (2005), arts. 5, 10, 14, 20, 33"


def test_clocks_on_the_day_of_receipt() -> None:
    """A matter can be looked at on the day it is received: the registration clock runs
    from that day, 15 days (Mon 2 Mar → Tue 17 Mar)."""
    m = matter()
    assert matter_status(m, date(2026, 3, 2)) is MatterStatus.RECEIVED
    c = clock(m, date(2026, 3, 2), "register")
    assert (c.started_on, c.due_on, c.days_left) == (date(2026, 3, 2), date(2026, 3, 17), 15)
    with pytest.raises(ValueError, match="2026-03-02"):
        matter_status(m, date(2026, 3, 1))


def test_nat_4_a_review_decision_stands_once_the_re_review_window_lapses() -> None:
    """Review decided Mon 20 Apr: 30 days to ask for a re-review, to Wed 20 May."""
    m = matter(
        {"kind": "accepted", "on": "2026-03-03"},
        {"kind": "answered", "on": "2026-03-20"},
        {"kind": "fed_back", "on": "2026-03-21"},
        {"kind": "review_requested", "on": "2026-04-01"},
        {"kind": "review_decided", "on": "2026-04-20"},
    )
    assert matter_status(m, date(2026, 5, 20)) is MatterStatus.REVIEWED
    assert matter_status(m, date(2026, 5, 21)) is MatterStatus.FINAL


def test_nat_2_answered_on_the_due_day_is_met_and_the_day_after_is_late() -> None:
    on_time = matter(ACCEPTED_10_MAR, {"kind": "answered", "on": "2026-05-09"})
    assert clock(on_time, date(2026, 5, 20), "conclude").status is ClockStatus.MET
    late = matter(ACCEPTED_10_MAR, {"kind": "answered", "on": "2026-05-11"})
    assert clock(late, date(2026, 5, 20), "conclude").status is ClockStatus.LATE


def test_nat_3_a_review_asked_on_the_windows_last_day_is_in_time() -> None:
    """The answer received Mon 23 Mar: the window's last day is Wed 22 Apr."""

    def asked(day: str) -> Any:
        m = matter(*ANSWERED, {"kind": "review_requested", "on": day})
        return clock(m, date(2026, 4, 30), "review_request").status

    assert asked("2026-04-22") is ClockStatus.EXERCISED
    assert asked("2026-04-23") is ClockStatus.EXERCISED_LATE


def test_nat_2_days_left_on_an_overdue_working_day_clock_are_negative() -> None:
    """60 working days from Tue 10 Mar end Fri 5 Jun; on Fri 12 Jun, 5 working days over."""
    working = NationalTimeLimits(basis="working")
    c = clock(matter(ACCEPTED_10_MAR), date(2026, 6, 12), "conclude", limits=working)
    assert (c.basis, c.due_on, c.status, c.days_left) == (
        "working",
        date(2026, 6, 5),
        ClockStatus.OVERDUE,
        -5,
    )
    register = clock(matter(), date(2026, 3, 3), "register", limits=working)
    assert register.basis == "working"
    assert register.due_on == date(2026, 3, 23)  # 15 working days from Mon 2 Mar


def test_only_duties_warn_and_each_with_its_own_rule() -> None:
    m = matter(*ANSWERED)
    own = WarningThresholds(conclude_rule=WarningRule(days=10))
    assert clock(m, date(2026, 3, 25), "review_request", warnings=own).warn_within is None
    running = matter(ACCEPTED_10_MAR)
    assert clock(running, date(2026, 3, 25), "conclude", warnings=own).warn_within == 10
    assert clock(running, date(2026, 3, 25), "conclude").warn_within == 15
    assert WarningThresholds().rule("review_request") == WarningRule(share=0.75)


def test_a_timeline_reads_every_event_up_to_as_of_in_any_order_of_recording() -> None:
    """A flag dated after ``as_of`` recorded before the answer does not hide the answer."""
    m = matter(
        ACCEPTED_10_MAR,
        {"kind": "flagged", "on": "2026-12-01"},
        {"kind": "answered", "on": "2026-04-01"},
    )
    assert clock(m, date(2026, 4, 10), "conclude").stopped_on == date(2026, 4, 1)


def test_nat_2_two_extensions_recorded_out_of_date_order_are_taken_by_date() -> None:
    """The 15 May extension is recorded first; by date, the 1 May one moves the due day to
    Tue 19 May and the 15 May one is inside it: both count (Fri 29 May)."""
    m = matter(ACCEPTED_10_MAR, extended("2026-05-15"), extended("2026-05-01"))
    two = NationalTimeLimits(max_extensions=2, extension_max_days=30)
    c = clock(m, date(2026, 5, 20), "conclude", limits=two)
    assert (c.extension_days, c.due_on) == (20, date(2026, 5, 29))


def test_nat_2_two_pauses_recorded_out_of_date_order_are_paired_by_date() -> None:
    m = matter(
        ACCEPTED_10_MAR,
        paused("2026-04-10"),
        resumed("2026-04-12"),
        paused("2026-03-20"),
        resumed("2026-03-21"),
    )
    c = clock(m, date(2026, 4, 20), "conclude")
    assert [(p.paused_on, p.days) for p in c.pauses] == [
        (date(2026, 3, 20), 1),
        (date(2026, 4, 10), 2),
    ]


def test_nat_1_a_declined_matter_is_closed_and_its_registration_clock_stopped() -> None:
    m = matter({"kind": "declined", "on": "2026-03-05"})
    assert matter_status(m, date(2026, 3, 6)) is MatterStatus.DECLINED
    assert clock(m, date(2026, 3, 6), "register").stopped_on == date(2026, 3, 5)


def test_nat_8_the_latest_classification_by_date_is_in_force_in_any_recorded_order() -> None:
    """Classified route (2), arbitration, on 6 Jan, then route (6) on 10 Jan, recorded in
    the other order: route (6) is in force, the matter is not directed, it stays accepted."""
    m = matter(
        {"kind": "accepted", "on": "2026-01-05"},
        {"kind": "classified", "on": "2026-01-10", "category": "claim", "route": "opinion"},
        {"kind": "classified", "on": "2026-01-06", "category": "claim", "route": "arbitration"},
        received="2026-01-05",
    )
    assert matter_status(m, date(2026, 2, 1)) is MatterStatus.ACCEPTED


# --- The timeline read in date order, two of a kind (issue 13; Timeline.of sorts a list of
# two as well as of more). Each pair is recorded in the other order than its dates.


def test_nat_1_a_transfer_recorded_after_the_acceptance_it_preceded_opens_its_own_clock() -> None:
    """Received Mon 2 Mar, transferred Tue 3 Mar, accepted Tue 10 Mar (recorded first):
    the registration clock runs 2 Mar + 15 = Tue 17 Mar to the transfer, then again from
    it, 3 Mar + 15 = Wed 18 Mar, to the acceptance (Nat-1)."""
    m = matter(ACCEPTED_10_MAR, {"kind": "transferred", "on": "2026-03-03", "to": "U-2"})
    t = Timeline.of(m, date(2026, 3, 20))
    assert t.routing() == ([(date(2026, 3, 3), 1)], (date(2026, 3, 10), "accepted"))
    register = [
        (c.started_on, c.due_on, c.stopped_on, c.status)
        for c in clocks(m, date(2026, 3, 20))
        if c.name == "register"
    ]
    assert register == [
        (date(2026, 3, 2), date(2026, 3, 17), date(2026, 3, 3), ClockStatus.MET),
        (date(2026, 3, 3), date(2026, 3, 18), date(2026, 3, 10), ClockStatus.MET),
    ]


def test_nat_1a_the_earliest_of_two_objections_is_the_one_that_counts() -> None:
    """Transferred Tue 3 Mar; the objection window is 5 working days, to Tue 10 Mar (Nat-1a;
    2022 art. 23). Objected Thu 12 Mar (recorded first) and Thu 5 Mar: exercised in time
    on 5 Mar, not late on 12 Mar."""
    m = matter(
        {"kind": "transferred", "on": "2026-03-03", "to": "U-2"},
        {"kind": "transfer_objected", "on": "2026-03-12"},
        {"kind": "transfer_objected", "on": "2026-03-05"},
    )
    assert Timeline.of(m, date(2026, 3, 20)).objections == [date(2026, 3, 5), date(2026, 3, 12)]
    c = clock(m, date(2026, 3, 20), "transfer_objection")
    assert (c.due_on, c.stopped_on, c.status) == (
        date(2026, 3, 10),
        date(2026, 3, 5),
        ClockStatus.EXERCISED,
    )


def test_nat_4_a_resumption_recorded_before_its_pause_pairs_with_it() -> None:
    """Paused Fri 10 Apr, resumed Sun 12 Apr, the resumption recorded first: two days
    paused, the conclude clock's Sat 9 May moves to Mon 11 May."""
    m = matter(ACCEPTED_10_MAR, resumed("2026-04-12"), paused("2026-04-10"))
    c = clock(m, date(2026, 4, 20), "conclude")
    assert [(p.paused_on, p.resumed_on, p.days) for p in c.pauses] == [
        (date(2026, 4, 10), date(2026, 4, 12), 2)
    ]
    assert (c.paused_days, c.due_on) == (2, date(2026, 5, 11))


def test_nat_2_two_extensions_approved_on_the_same_day_both_count() -> None:
    """Two extensions of 10 and 5 days approved Fri 1 May, two allowed: Sat 9 May + 15 =
    Sun 24 May, rolled to Mon 25 May; they keep the order they were recorded in."""
    m = matter(ACCEPTED_10_MAR, extended("2026-05-01", 10), extended("2026-05-01", 5))
    t = Timeline.of(m, date(2026, 5, 5))
    assert [(on, i, e.days) for on, i, e in t.extensions] == [
        (date(2026, 5, 1), 1, 10),
        (date(2026, 5, 1), 2, 5),
    ]
    two = NationalTimeLimits(max_extensions=2, extension_max_days=30)
    c = clock(m, date(2026, 5, 5), "conclude", limits=two)
    assert (c.extension_days, c.due_on) == (15, date(2026, 5, 25))


def test_ak_s_3_the_supervision_methods_used_are_kept_by_date() -> None:
    """On-site supervision on 10 Apr recorded before a telephone one on 1 Apr (AK-S-3)."""
    m = matter(
        ACCEPTED_10_MAR,
        {"kind": "supervision_opened", "on": "2026-04-10", "method": "on_site"},
        {"kind": "supervision_opened", "on": "2026-04-01", "method": "telephone"},
    )
    assert Timeline.of(m, date(2026, 4, 20)).methods == [
        (date(2026, 4, 1), SupervisionMethod.TELEPHONE),
        (date(2026, 4, 10), SupervisionMethod.ON_SITE),
    ]


def test_ak_s_2_3_a_merge_into_the_repeated_matter_is_the_decision_named_merged() -> None:
    """Merged on Wed 4 Mar into the matter it repeats: the decision that ends routing is
    ``"merged"`` on that day, and registration stops there (Nat-1, AK-S-2.3)."""
    m = matter({"kind": "repeat", "on": "2026-03-04", "of": "D-0"})
    t = Timeline.of(m, date(2026, 3, 10))
    assert t.decisions == [(date(2026, 3, 4), 0, "merged")]
    assert t.routing() == ([], (date(2026, 3, 4), "merged"))
    assert clock(m, date(2026, 3, 10), "register").stopped_on == date(2026, 3, 4)
    linked = matter({"kind": "repeat", "on": "2026-03-04", "of": "D-0", "merged": False})
    assert Timeline.of(linked, date(2026, 3, 10)).routing() == ([], None)


def test_nat_9_a_handling_opinion_is_the_written_answer_and_is_kept() -> None:
    """A handling opinion (信访处理意见书) on Fri 20 Mar answers the matter (Nat-9)."""
    m = matter(ACCEPTED_10_MAR, {"kind": "opinion", "on": "2026-03-20", "outcome": "explained"})
    t = Timeline.of(m, date(2026, 3, 25))
    assert t.answered_on == date(2026, 3, 20)
    assert t.opinion is not None
    assert (t.opinion.on, t.opinion.outcome) == (date(2026, 3, 20), OpinionOutcome.EXPLAINED)
    assert Timeline.of(matter(ANSWERED[0], ANSWERED[1]), date(2026, 3, 25)).opinion is None
