"""Boundaries of the supervision triggers that mutation testing found unpinned (issue 13):
a collective petition of exactly five people and a matter open exactly 180 and 181 days;
the windows of the clusters (two windows sharing one matter, a later matter no window
joins, a petitioner still inside the window, anonymous petitioners, one key next to
another); which event a late objection is read from; flags, buck-passing, extensions,
overdue clocks and missing feedback named in full; the limits ``supervise`` is given;
the order of recommendations; what a report filtered by light keeps; the keys of its JSON.

Golden dates are counted by hand on the 2026 State Council holiday notice (Qingming 4–6
April, Labour Day 1–5 May and National Day 1–7 October off; Saturdays 9 May and 10
October worked), never from the code under test.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import count
from typing import Any

import pytest

from receptionrules import InconsistentMatterError
from receptionrules.errors import ReceptionRulesError
from receptionrules.supervision import (
    ClockStatus,
    MatterStatus,
    NationalTimeLimits,
    OpenFacts,
    PetitionMatter,
    ProcedureFacts,
    SupervisionMethod,
    SupervisionThresholds,
    TrafficLight,
    method_due,
    supervise,
)

_ids = count(1)
DAY0 = date(2026, 3, 2)


def matter(
    day: int | date,
    *events: dict[str, Any],
    people: int | None = None,
    id: str | None = None,
) -> PetitionMatter:
    """A matter received ``day`` days after DAY0, accepted the same day unless events say."""
    n = next(_ids)
    received = day if isinstance(day, date) else DAY0 + timedelta(days=day)
    return PetitionMatter.model_validate(
        {
            "id": id or f"T-{n:03d}",
            "received_on": received.isoformat(),
            "channel": "visit",
            "petitioner_ids": [f"P-{n}"],
            "petitioner_count": people,
            "subject": f"subject-{n}",
            "place": f"Unit {n}",
            "events": list(events) or [{"kind": "accepted", "on": received.isoformat()}],
        }
    )


# -- AK-S-2.3 / AK-S-3: the method due ---------------------------------------------------------


def test_ak_s_3_a_collective_petition_of_exactly_five_starts_at_the_collective_rung() -> None:
    """Five people are a collective petition (AK-S-2.3: 5 or more); four are not."""
    five, four = matter(0, people=5), matter(0, people=4)
    assert method_due(five, DAY0) is SupervisionMethod.WRITTEN
    assert method_due(four, DAY0) is SupervisionMethod.TELEPHONE
    six = SupervisionThresholds(collective_min_people=6)
    assert method_due(five, DAY0, thresholds=six) is SupervisionMethod.TELEPHONE


# -- AK-S-2.4: a late objection to a transfer --------------------------------------------------


def test_ak_s_2_4_a_late_objection_is_read_from_the_objection_not_an_event_that_day() -> None:
    """Transferred Tue 29 Sep; its 5-working-day window ends Mon 12 Oct (National Day off,
    Sat 10 Oct worked); objected Tue 13 Oct, after a supervision opened that same day."""
    m = matter(
        date(2026, 9, 29),
        {"kind": "transferred", "on": "2026-09-29", "to": "Bureau B"},
        {"kind": "supervision_opened", "on": "2026-10-13", "method": "telephone"},
        {"kind": "transfer_objected", "on": "2026-10-13"},
    )
    [f] = [f for f in supervise([m], date(2026, 10, 14)).findings if f.kind == "procedure"]
    assert f.facts == ProcedureFacts(
        "late_transfer_objection", 2, date(2026, 10, 13), date(2026, 10, 12)
    )
    assert "2026-10-13" in f.reason
    assert "2026-09-29" in f.reason
    assert "2026-10-12" in f.reason
    assert "None" not in f.reason


# -- the report --------------------------------------------------------------------------------


def _report() -> Any:
    """Three matters as of Tue 31 Mar 2026: LATE (accepted 5 Jan, Nat-2 due 6 Mar: red;
    its unit refused supervision on 12 Mar: a recommendation, AK-S-7.1), SOON (accepted
    5 Feb, due in April: a warning, yellow) and NEW (received that day: green)."""
    late = matter(
        date(2026, 1, 5),
        {"kind": "accepted", "on": "2026-01-05"},
        {"kind": "supervision_opened", "on": "2026-03-09", "method": "written"},
        {"kind": "supervision_refused", "on": "2026-03-12"},
        id="LATE",
    )
    soon = matter(date(2026, 2, 5), id="SOON")
    fresh = matter(date(2026, 3, 31), id="NEW")
    return supervise([late, soon, fresh], date(2026, 3, 31))


def test_ak_s_2_4_a_report_filtered_by_light_keeps_its_date_and_its_recommendations() -> None:
    report = _report()
    assert report.lights == {
        "LATE": TrafficLight.RED,
        "SOON": TrafficLight.YELLOW,
        "NEW": TrafficLight.GREEN,
    }
    [recommendation] = report.recommendations
    assert recommendation.matter_id == "LATE"
    red = report.only("red")
    assert red.as_of == date(2026, 3, 31)
    assert red.matters_evaluated == 3
    assert red.recommendations == (recommendation,)
    assert red.findings
    assert all("LATE" in f.matter_ids for f in red.findings)
    assert red.warnings == ()
    for other in (report.only("yellow"), report.only("green")):
        assert other.as_of == date(2026, 3, 31)
        assert other.recommendations == ()
    assert [w.matter_id for w in report.only("yellow").warnings] == ["SOON"]


def test_a_report_as_json_has_every_key() -> None:
    report = _report()
    d = report.to_dict()
    assert list(d) == [
        "as_of",
        "matters_evaluated",
        "findings",
        "recommendations",
        "lights",
        "warnings",
        "merged",
    ]
    assert d["as_of"] == "2026-03-31"
    assert d["matters_evaluated"] == 3
    assert d["lights"] == {"LATE": "red", "NEW": "green", "SOON": "yellow"}
    assert d["findings"] == [f.to_dict("en") for f in report.findings]
    assert d["recommendations"] == [r.to_dict("en") for r in report.recommendations]
    assert len(d["recommendations"]) == 1
    assert d["warnings"] == [w.to_dict("en") for w in report.warnings]
    assert len(d["warnings"]) == 1
    assert d["merged"] == {}


def _found(m: PetitionMatter, as_of: date, kind: str) -> list[Any]:
    return [f for f in supervise([m], as_of).findings if f.kind == kind]


# -- AK-S-2.5: manual flags --------------------------------------------------------------------


def test_ak_s_2_5_two_flags_in_date_order_with_their_one_note_in_both_languages() -> None:
    m = matter(
        0,
        {"kind": "accepted", "on": "2026-03-02"},
        {"kind": "flagged", "on": "2026-03-05", "note": "reported in the press"},
        {"kind": "flagged", "on": "2026-03-04"},
        {"kind": "flagged", "on": "2026-03-06", "note": "a deputy asked"},
    )
    [f] = _found(m, date(2026, 3, 12), "manual")
    assert f.facts.flagged_on == (date(2026, 3, 4), date(2026, 3, 5), date(2026, 3, 6))
    assert f.reason == (
        "flagged for supervision on 2026-03-04, 2026-03-05, 2026-03-06 (reported in the "
        "press; a deputy asked) (AK-S-2.5), by telephone"
    )
    assert f.reason_in("zh").startswith(
        "已于2026-03-04, 2026-03-05, 2026-03-06标记需要督查督办（reported in the press；a deputy "
        "asked）（AK-S-2.5）"
    )


def test_ak_s_2_5_a_flag_without_a_note_has_no_brackets() -> None:
    m = matter(0, {"kind": "accepted", "on": "2026-03-02"}, {"kind": "flagged", "on": "2026-03-05"})
    [f] = _found(m, date(2026, 3, 12), "manual")
    assert f.reason == "flagged for supervision on 2026-03-05 (AK-S-2.5), by telephone"
    assert f.reason_in("zh").startswith("已于2026-03-05标记需要督查督办（AK-S-2.5）")


# -- AK-S-2.4: buck-passing --------------------------------------------------------------------


def _transfers(*days: str, then: dict[str, Any] | None = None) -> PetitionMatter:
    events = [{"kind": "transferred", "on": d, "to": f"Organ {i}"} for i, d in enumerate(days, 1)]
    return matter(date.fromisoformat(days[0]), *events, *([then] if then else []))


def test_ak_s_2_4_buck_passing_names_the_count_first_last_and_threshold() -> None:
    m = _transfers("2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23")
    [f] = _found(m, date(2026, 3, 25), "buck_passing")
    assert f.reason.startswith(
        "transferred 4 times (Organ 1 → Organ 2 → Organ 3 → Organ 4) from 2026-03-02 to "
        "2026-03-23 and accepted by no one; 3 or more transfers without acceptance is "
        "buck-passing"
    )


def test_ak_s_2_4_buck_passing_then_accepted_names_the_day() -> None:
    accepted = {"kind": "accepted", "on": "2026-03-20"}
    m = _transfers("2026-03-02", "2026-03-09", "2026-03-16", then=accepted)
    [f] = _found(m, date(2026, 3, 25), "buck_passing")
    assert f.reason.startswith(
        "transferred 3 times (Organ 1 → Organ 2 → Organ 3) from 2026-03-02 to 2026-03-16 "
        "before it was accepted on 2026-03-20; 3 or more transfers"
    )
    assert "2026-03-20" in f.reason_in("zh")
    [plain] = _found(
        _transfers("2026-03-02", "2026-03-09", "2026-03-16"), date(2026, 3, 25), "buck_passing"
    )
    assert "XX" not in plain.reason_in("zh")
    assert "accepted on" not in plain.reason


# -- AK-S-2.4: extensions ----------------------------------------------------------------------


def test_ak_s_2_4_a_late_extension_names_its_days_its_day_and_the_due_day() -> None:
    """Accepted Mon 2 Mar: Nat-2's 60 days end Fri 1 May, a holiday (1–5 May off), so
    Wed 6 May; an extension approved Thu 7 May comes too late."""
    m = matter(
        0,
        {"kind": "accepted", "on": "2026-03-02"},
        {"kind": "extended", "on": "2026-05-07", "days": 20, "reason": "survey"},
    )
    [f] = [f for f in _found(m, date(2026, 5, 8), "procedure") if f.facts.lapse == "late_extension"]
    assert f.facts == ProcedureFacts("late_extension", 1, date(2026, 5, 7), date(2026, 5, 6))
    assert f.reason.startswith(
        "the extension of 20 days approved on 2026-05-07 came after the period ended on "
        "2026-05-06, so it does not count (AK-S-2.4, Nat-2)"
    )


def test_ak_s_2_4_an_extension_not_told_names_its_event_and_day() -> None:
    m = matter(
        0,
        {"kind": "accepted", "on": "2026-03-02"},
        {
            "kind": "extended",
            "on": "2026-04-20",
            "days": 20,
            "reason": "survey",
            "petitioner_told": False,
        },
    )
    [f] = _found(m, date(2026, 4, 21), "procedure")
    assert f.facts == ProcedureFacts("extension_not_told", 1, date(2026, 4, 20))
    assert f.reason.startswith(
        "the petitioner was not told why the period was extended on 2026-04-20, as Nat-2 "
        "requires (AK-S-2.4)"
    )


def test_ak_s_2_4_no_extension_lapse_before_acceptance_or_without_extensions() -> None:
    """An extension of a matter not accepted (a transfer) is no Nat-2 extension; a matter
    with no extension has no extension lapse."""
    plain = matter(0, {"kind": "accepted", "on": "2026-03-02"})
    assert _found(plain, date(2026, 5, 8), "procedure") == []


# -- AK-S-2.3: a collective petition -----------------------------------------------------------


def test_ak_s_2_3_exactly_five_people_are_a_collective_petition_named_in_full() -> None:
    [f] = _found(matter(0, people=5), DAY0, "collective")
    assert f.reason == (
        "5 people petitioned together (received 2026-03-02; 5 or more make a collective "
        "petition): supervise its handling (AK-S-2.3), by written notice"
    )
    assert _found(matter(0, people=4), DAY0, "collective") == []


# -- AK-S-2.1 / AK-S-2.2: what a window cluster counts -----------------------------------------


def _same(petitioner: str, day: int, *, place: str, subject: str) -> PetitionMatter:
    received = (DAY0 + timedelta(days=day)).isoformat()
    return PetitionMatter.model_validate(
        {
            "id": f"{petitioner}-{day}",
            "received_on": received,
            "channel": "letter",
            "petitioner_ids": [petitioner],
            "subject": subject,
            "place": place,
            "events": [{"kind": "accepted", "on": received}],
        }
    )


def test_ak_s_2_1_a_fixed_point_counts_matters_even_from_one_petitioner() -> None:
    ms = [_same("P-9", d, place="Unit F", subject=f"s{d}") for d in (0, 10, 20)]
    [f] = [f for f in supervise(ms, DAY0 + timedelta(days=21)).findings if f.kind == "fixed_point"]
    assert (f.facts.count, f.facts.counted) == (3, 3)


def test_ak_s_2_2_a_hot_topic_counts_petitioners_not_matters() -> None:
    """Five matters on one subject within 30 days, but from four petitioners: no hot topic
    (AK-S-2.2 counts the petitioners by default); five petitioners make one."""
    who = ["A", "B", "C", "D", "D"]
    ms = [_same(p, i, place=f"Unit {p}{i}", subject="land") for i, p in enumerate(who)]
    as_of = DAY0 + timedelta(days=5)
    assert [f for f in supervise(ms, as_of).findings if f.kind == "special"] == []
    ms.append(_same("E", 5, place="Unit E5", subject="land"))
    [f] = [f for f in supervise(ms, as_of).findings if f.kind == "special"]
    assert (f.facts.count, f.facts.counted) == (6, 5)


def test_ak_s_3_a_cluster_of_matters_supervised_before_is_escalated() -> None:
    """A fixed point whose matter was supervised by telephone is due one rung up."""
    first = matter(
        0,
        {"kind": "accepted", "on": "2026-03-02"},
        {"kind": "supervision_opened", "on": "2026-03-05", "method": "telephone"},
        id="FP-1",
    )
    ms = [first] + [_same(f"Q{d}", d, place=first.place, subject=f"t{d}") for d in (10, 20)]
    [f] = [f for f in supervise(ms, DAY0 + timedelta(days=21)).findings if f.kind == "fixed_point"]
    assert f.escalated_from is SupervisionMethod.TELEPHONE
    assert f.method is SupervisionMethod.WRITTEN


# -- AK-S-2.3: repeated matters of one petitioner; AK-S-2.2 counted by matters -----------------


def _by(petitioner: str, day: int, subject: str, *events: dict[str, Any]) -> PetitionMatter:
    received = (DAY0 + timedelta(days=day)).isoformat()
    return PetitionMatter.model_validate(
        {
            "id": f"{petitioner}-{day}",
            "received_on": received,
            "channel": "letter",
            "petitioner_ids": [petitioner],
            "subject": subject,
            "place": f"Unit {petitioner}{day}",
            "events": [{"kind": "accepted", "on": received}, *events],
        }
    )


def test_ak_s_2_3_a_repeat_petitioner_named_in_full_and_escalated() -> None:
    told = {"kind": "supervision_opened", "on": "2026-03-03", "method": "telephone"}
    ms = [_by("P-7", 0, "pension", told), _by("P-7", 100, "pension"), _by("P-7", 200, "pension")]
    [f] = [
        f
        for f in supervise(ms, DAY0 + timedelta(days=201)).findings
        if f.kind == "repeat_petitioner"
    ]
    assert f.escalated_from is SupervisionMethod.TELEPHONE
    assert f.reason == (
        "petitioner P-7 brought 3 matters on pension, received 2026-03-02 to 2026-09-18, at "
        "least 3 within 365 days: a key long-standing petitioner (AK-S-2.3), by written notice"
    )
    assert "信访人P-7于2026-03-02至2026-09-18就“pension”反映3件" in f.reason_in("zh")


def test_ak_s_2_2_a_hot_topic_counted_by_matters_says_so_and_is_escalated() -> None:
    told = {"kind": "supervision_opened", "on": "2026-03-03", "method": "telephone"}
    ms = [_by("R", 0, "land", told)] + [_by("R", d, "land") for d in (1, 2, 3, 4)]
    th = SupervisionThresholds(special_count="matters")
    [f] = [
        f
        for f in supervise(ms, DAY0 + timedelta(days=5), thresholds=th).findings
        if f.kind == "special"
    ]
    assert f.escalated_from is SupervisionMethod.TELEPHONE
    assert f.matter_ids == ("R-0", "R-1", "R-2", "R-3", "R-4")
    assert f.reason == (
        "5 matters on land, received 2026-03-02 to 2026-03-06, at least 5 within 30 days: "
        "special supervision of a hot issue (AK-S-2.2), by written notice"
    )


def test_ak_s_2_2_a_hot_topic_counted_by_petitioners_names_them() -> None:
    ms = [_by(p, i, "land") for i, p in enumerate("ABCDE")]
    [f] = [f for f in supervise(ms, DAY0 + timedelta(days=5)).findings if f.kind == "special"]
    assert f.reason.startswith(
        "5 matters on land from 5 different petitioners, received 2026-03-02 to 2026-03-06, "
        "at least 5 within 30 days: special supervision of a hot issue (AK-S-2.2)"
    )


# -- AK-S-2.4: no feedback ---------------------------------------------------------------------


def test_ak_s_2_4_no_feedback_names_the_result_and_the_due_day() -> None:
    m = matter(
        date(2026, 5, 29),
        {"kind": "accepted", "on": "2026-05-29"},
        {"kind": "answered", "on": "2026-07-01"},
    )
    [f] = _found(m, date(2026, 7, 29), "no_feedback")
    assert f.reason.startswith(
        "a result was reached on 2026-07-01 but has not been fed back to the petitioner, "
        "due by 2026-07-28: supervise the feedback (AK-S-2.4)"
    )


# -- AK-S-2.4: an overdue duty -----------------------------------------------------------------


def test_ak_s_2_4_an_overdue_conclusion_is_named_in_full_in_both_languages() -> None:
    """Accepted Tue 10 Mar: 60 days end Sat 9 May (a make-up working day); 3 days overdue
    on Tue 12 May. Nat-2 is art. 34 of the 2022 text and art. 33 of the 2005 one."""
    m = matter(date(2026, 3, 10), {"kind": "accepted", "on": "2026-03-10"})
    [f] = _found(m, date(2026, 5, 12), "overdue")
    assert f.reason == (
        "concluding the matter was due on 2026-05-09 (Nat-2: 60 days from 2026-03-10; "
        "Regulations on Letters and Visits Work (2022), art. 34; Regulations on Letters and "
        "Visits (2005), art. 33) and is 3 days overdue: supervise the delay (AK-S-2.4), by "
        "telephone"
    )
    assert f.reason_in("zh") == (
        "办结应于2026-05-09前完成（Nat-2：自2026-03-10起60日；《信访工作条例》第三十四条；"
        "《信访条例》第三十三条），已逾期3日，应督查督办（AK-S-2.4），方式：电话督办"
    )


def test_ak_s_2_4_an_overdue_clock_in_working_days_says_working_days() -> None:
    """60 working days from Tue 10 Mar (Qingming 4–6 Apr and 1–5 May off, Sat 9 May
    worked) end Fri 5 Jun; Fri 12 Jun is 5 working days past."""
    m = matter(date(2026, 3, 10), {"kind": "accepted", "on": "2026-03-10"})
    report = supervise([m], date(2026, 6, 12), limits=NationalTimeLimits(basis="working"))
    [f] = [f for f in report.findings if f.kind == "overdue"]
    assert "(Nat-2: 60 working days from 2026-03-10;" in f.reason
    assert "and is 5 working days overdue" in f.reason
    assert "自2026-03-10起60个工作日" in f.reason_in("zh")
    assert "已逾期5个工作日" in f.reason_in("zh")


# -- AK-S-2.1 / AK-S-2.2: the windows of a cluster ---------------------------------------------


def _at(days: tuple[int, ...], place: str = "Unit W") -> list[PetitionMatter]:
    return [_same(f"W{d}", d, place=place, subject=f"w{d}") for d in days]


def _fixed(ms: list[PetitionMatter], as_of: int) -> list[tuple[str, ...]]:
    report = supervise(ms, DAY0 + timedelta(days=as_of))
    return [f.matter_ids for f in report.findings if f.kind == "fixed_point"]


def test_ak_s_2_1_windows_sharing_one_matter_merge_into_one_cluster() -> None:
    """[0, 45, 90] and [90, 136, 180] are each three matters within 90 days and no other
    window holds three; they share only the matter of day 90, so they are one cluster of
    five, current on day 181 (the first window alone would be history)."""
    ms = _at((0, 45, 90, 136, 180))
    assert _fixed(ms, 181) == [tuple(f"W{d}-{d}" for d in (0, 45, 90, 136, 180))]


def test_ak_s_2_1_a_later_matter_no_window_joins_is_not_in_the_cluster() -> None:
    """Day 105 is more than 90 days after day 10: no window of three holds it, and the
    cluster of days 0–20 is still current on day 106 (20 + 90 = 110)."""
    ms = _at((0, 10, 20, 105))
    assert _fixed(ms, 106) == [("W0-0", "W10-10", "W20-20")]


def test_ak_s_2_2_a_petitioner_still_in_the_window_still_counts() -> None:
    """A on days 0 and 20, then B–E on days 35–38: when day 0 leaves the 30-day window,
    A's day-20 matter is still in it, so five petitioners are counted."""
    who = [("A", 0), ("A", 20), ("B", 35), ("C", 36), ("D", 37), ("E", 38)]
    ms = [_same(p, d, place=f"Unit {p}{d}", subject="land") for p, d in who]
    [f] = [f for f in supervise(ms, DAY0 + timedelta(days=38)).findings if f.kind == "special"]
    assert f.facts.counted == 5
    assert f.matter_ids == ("A-20", "B-35", "C-36", "D-37", "E-38")


def test_ak_s_2_2_anonymous_matters_are_each_their_own_petitioner() -> None:
    ms = [
        PetitionMatter.model_validate(
            {
                "id": f"N-{d}",
                "received_on": (DAY0 + timedelta(days=d)).isoformat(),
                "channel": "letter",
                "subject": "land",
                "place": f"Unit N{d}",
                "events": [],
            }
        )
        for d in range(5)
    ]
    [f] = [f for f in supervise(ms, DAY0 + timedelta(days=5)).findings if f.kind == "special"]
    assert f.facts.counted == 5


# -- AK-S-2.3: a long-standing matter ----------------------------------------------------------


def test_ak_s_2_3_a_long_standing_matter_has_its_facts_and_names_them() -> None:
    """Received and accepted Mon 2 Mar 2026; Sat 29 Aug is day 180, Sun 30 Aug day 181."""
    m = matter(0)
    [f] = _found(m, date(2026, 8, 30), "long_open")
    assert f.facts == OpenFacts(DAY0, 181, 180, MatterStatus.ACCEPTED)
    assert f.reason.startswith(
        "open 181 days since 2026-03-02, more than 180: a long-standing matter (AK-S-2.3)"
    )
    assert _found(m, date(2026, 8, 29), "long_open") == []


# -- AK-S-2.1 / AK-S-2.2: the keys of the window triggers --------------------------------------


def test_ak_s_2_1_a_place_with_one_matter_next_to_one_with_three() -> None:
    """Rows are grouped by key: a lone matter of Unit A does not hide Unit B's three."""
    ms = [_same("A1", 0, place="Unit A", subject="a")] + [
        _same(f"B{d}", d, place="Unit B", subject=f"b{d}") for d in (1, 2, 3)
    ]
    [f] = [f for f in supervise(ms, DAY0 + timedelta(days=4)).findings if f.kind == "fixed_point"]
    assert f.matter_ids == ("B1-1", "B2-2", "B3-3")
    assert (f.facts.key, f.facts.grouped_by) == (("Unit B",), ("place",))


def test_ak_s_2_2_a_hot_topic_is_grouped_by_subject() -> None:
    ms = [_by(p, i, "land") for i, p in enumerate("ABCDE")]
    [f] = [f for f in supervise(ms, DAY0 + timedelta(days=5)).findings if f.kind == "special"]
    assert (f.facts.key, f.facts.grouped_by) == (("land",), ("subject",))


# -- supervise: the limits, the order of recommendations, closed matters --------------------


def test_supervise_checks_extensions_against_the_limits_it_is_given() -> None:
    m = matter(
        0,
        {"kind": "accepted", "on": "2026-03-02"},
        {"kind": "extended", "on": "2026-04-20", "days": 10, "reason": "survey"},
        {"kind": "extended", "on": "2026-05-08", "days": 10, "reason": "survey"},
    )
    with pytest.raises(InconsistentMatterError):
        supervise([m], date(2026, 5, 10))
    two = NationalTimeLimits(max_extensions=2, extension_max_days=30)
    assert supervise([m], date(2026, 5, 10), limits=two).matters_evaluated == 1


def test_ak_s_7_recommendations_are_ordered_by_day_then_matter() -> None:
    def refused(mid: str, day: str) -> PetitionMatter:
        return matter(
            date(2026, 1, 5),
            {"kind": "accepted", "on": "2026-01-05"},
            {"kind": "supervision_opened", "on": "2026-03-02", "method": "written"},
            {"kind": "supervision_refused", "on": day},
            id=mid,
        )

    ms = [refused("A", "2026-03-12"), refused("B", "2026-03-10"), refused("C", "2026-03-10")]
    report = supervise(ms, date(2026, 3, 31))
    assert [(r.on, r.matter_id) for r in report.recommendations] == [
        (date(2026, 3, 10), "B"),
        (date(2026, 3, 10), "C"),
        (date(2026, 3, 12), "A"),
    ]


def test_ak_s_2_3_a_matter_whose_answer_stands_is_not_long_standing() -> None:
    """Answered and fed back 20–21 Jan: the review window lapsed on 20 Feb, the answer is
    final, the matter closed; 250 days on, it is no long-standing matter."""
    m = matter(
        date(2026, 1, 5),
        {"kind": "accepted", "on": "2026-01-05"},
        {"kind": "answered", "on": "2026-01-20"},
        {"kind": "fed_back", "on": "2026-01-21"},
    )
    assert _found(m, date(2026, 9, 12), "long_open") == []


def test_nat_8_a_claim_directed_to_arbitration_is_not_long_standing() -> None:
    """Under the 2022 text a claim of route (2), arbitration, is directed to it on the day
    it is classified (Nat-8): closed as a petition matter."""
    m = matter(
        date(2026, 1, 5),
        {"kind": "accepted", "on": "2026-01-05"},
        {"kind": "classified", "on": "2026-01-06", "category": "claim", "route": "arbitration"},
    )
    assert _found(m, date(2026, 9, 12), "long_open") == []
    opinion = matter(
        date(2026, 1, 5),
        {"kind": "accepted", "on": "2026-01-05"},
        {"kind": "classified", "on": "2026-01-06", "category": "claim", "route": "opinion"},
    )
    [f] = _found(opinion, date(2026, 9, 12), "long_open")
    assert f.facts.status is MatterStatus.ACCEPTED


def test_ak_s_2_4_an_overdue_clock_carries_its_status() -> None:
    m = matter(date(2026, 3, 10), {"kind": "accepted", "on": "2026-03-10"})
    [f] = _found(m, date(2026, 5, 12), "overdue")
    assert f.facts.clock.status is ClockStatus.OVERDUE
    assert f.facts.clock.due_on == date(2026, 5, 9)


def test_supervise_refuses_a_day_outside_the_years_it_counts() -> None:
    with pytest.raises(ReceptionRulesError, match="give a day in the years 1900 to 2200"):
        supervise([], date(1, 1, 1))
