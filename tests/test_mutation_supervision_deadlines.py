"""Boundaries of the deadline clocks that mutation testing found unpinned (issue 13): the
limits and the calendar :func:`matter_status` is given are the ones it counts with.

Golden dates are counted by hand on the 2026 State Council holiday notice (Qingming 4–6
April off), never from the code under test.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from receptionrules import InconsistentMatterError
from receptionrules.calendar import default_calendar
from receptionrules.supervision import (
    MatterStatus,
    NationalTimeLimits,
    Pause,
    PetitionMatter,
    clocks,
    matter_status,
)
from receptionrules.supervision.deadlines import DueDays, paused_span, running_on


def matter(*events: dict[str, Any], received: str = "2026-03-02") -> PetitionMatter:
    return PetitionMatter.model_validate(
        {
            "id": "D-1",
            "received_on": received,
            "channel": "letter",
            "petitioner_ids": ["P-1"],
            "subject": "wages",
            "place": "Unit A",
            "events": list(events),
        }
    )


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
