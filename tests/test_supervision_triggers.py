"""Supervision triggers over a set of matters (AK-S-2.1 … AK-S-2.5) and their findings."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import count
from typing import Any

import pytest

from receptionrules.supervision import (
    ClockFacts,
    CollectiveFacts,
    FeedbackFacts,
    FlagFacts,
    OpenFacts,
    PetitionMatter,
    ProcedureFacts,
    SupervisionMethod,
    SupervisionThresholds,
    TransferFacts,
    WindowFacts,
    supervise,
)

_ids = count(1)
DAY0 = date(2026, 3, 2)


def matter(
    day: int | date,
    *events: dict[str, Any],
    place: str = "Unit A",
    subject: str | None = None,
    petitioners: tuple[str, ...] | None = None,
    people: int | None = None,
    id: str | None = None,
) -> PetitionMatter:
    """A matter received ``day`` days after DAY0, accepted the same day unless events say."""
    n = next(_ids)
    received = day if isinstance(day, date) else DAY0 + timedelta(days=day)
    return PetitionMatter.model_validate(
        {
            "id": id or f"M-{n:03d}",
            "received_on": received.isoformat(),
            "channel": "visit",
            "petitioner_ids": list(petitioners if petitioners is not None else (f"P-{n}",)),
            "petitioner_count": people,
            "subject": subject or f"subject-{n}",
            "place": place,
            "events": list(events) or [{"kind": "accepted", "on": received.isoformat()}],
        }
    )


def kinds(report: Any) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f.rule_id, f.kind, f.matter_ids) for f in report.findings]


def of_kind(report: Any, kind: str) -> list[Any]:
    return [f for f in report.findings if f.kind == kind]


# -- AK-S-2.1 fixed point ------------------------------------------------------


def test_ak_s_2_1_three_matters_against_one_unit_trigger_fixed_point() -> None:
    ms = [matter(0, id="A"), matter(40, id="B"), matter(80, id="C")]
    report = supervise(ms, DAY0 + timedelta(days=85))
    [f] = of_kind(report, "fixed_point")
    assert (f.rule_id, f.matter_ids) == ("AK-S-2.1", ("A", "B", "C"))
    assert isinstance(f.facts, WindowFacts)
    assert f.facts.key == ("Unit A",)
    assert (f.facts.first_received, f.facts.last_received) == (DAY0, DAY0 + timedelta(days=80))
    assert (f.facts.count, f.facts.counted, f.facts.threshold, f.facts.window_days) == (3, 3, 3, 90)
    assert f.method is SupervisionMethod.TELEPHONE
    assert "3 matters against Unit A" in f.reason
    assert "定点督查督办" in f.reason_in("zh")


def test_ak_s_2_1_two_matters_do_not_trigger() -> None:
    ms = [matter(0), matter(40), matter(60, place="Unit B")]
    assert of_kind(supervise(ms, DAY0 + timedelta(days=85)), "fixed_point") == []


def test_ak_s_2_1_window_is_at_most_90_days_from_first_to_last() -> None:
    inside = [matter(0, place="X"), matter(45, place="X"), matter(90, place="X")]
    outside = [matter(0, place="Y"), matter(45, place="Y"), matter(91, place="Y")]
    report = supervise(inside + outside, DAY0 + timedelta(days=95))
    assert [f.facts.key for f in of_kind(report, "fixed_point")] == [("X",)]


def test_ak_s_2_1_overlapping_windows_merge_into_one_finding() -> None:
    ms = [matter(d, place="X") for d in (0, 30, 60, 120, 150)]
    [f] = of_kind(supervise(ms, DAY0 + timedelta(days=150)), "fixed_point")
    assert f.facts.count == 5


def test_ak_s_2_1_separate_clusters_make_separate_findings() -> None:
    ms = [matter(d, place="X") for d in (0, 1, 2, 200, 201, 202)]
    found = of_kind(supervise(ms, DAY0 + timedelta(days=205)), "fixed_point")
    assert [f.facts.count for f in found] == [3]  # the first cluster is history
    ms2 = [matter(d, place="Y") for d in (0, 1, 2, 60, 61, 62)]
    found2 = of_kind(supervise(ms2, DAY0 + timedelta(days=70)), "fixed_point")
    assert [f.facts.first_received for f in found2] == [DAY0]
    assert found2[0].facts.count == 6


def test_ak_s_2_1_a_cluster_whose_window_passed_is_history() -> None:
    ms = [matter(d, place="X") for d in (0, 10, 20)]
    assert of_kind(supervise(ms, DAY0 + timedelta(days=110)), "fixed_point") != []
    assert of_kind(supervise(ms, DAY0 + timedelta(days=111)), "fixed_point") == []


def test_ak_s_2_1_thresholds_are_parameters() -> None:
    ms = [matter(0, place="X"), matter(5, place="X")]
    th = SupervisionThresholds(fixed_point_min_matters=2, fixed_point_window_days=10)
    assert len(of_kind(supervise(ms, DAY0 + timedelta(days=6), thresholds=th), "fixed_point")) == 1


# -- AK-S-2.2 special ------------------------------------------------------------


def test_ak_s_2_2_five_matters_on_one_topic_from_five_petitioners_within_30_days() -> None:
    ms = [matter(d, subject="heating", place=f"U{d}") for d in (0, 5, 10, 20, 30)]
    [f] = of_kind(supervise(ms, DAY0 + timedelta(days=30)), "special")
    assert (f.rule_id, f.facts.key, f.facts.counted) == ("AK-S-2.2", ("heating",), 5)
    assert "from 5 different petitioners" in f.reason
    assert "专项督查督办" in f.reason_in("zh")


def test_ak_s_2_2_four_matters_or_a_31_day_spread_do_not_trigger() -> None:
    four = [matter(d, subject="heating", place=f"U{d}") for d in (0, 5, 10, 20)]
    spread = [matter(d, subject="water", place=f"V{d}") for d in (0, 5, 10, 20, 31)]
    assert of_kind(supervise(four + spread, DAY0 + timedelta(days=31)), "special") == []


def test_ak_s_2_2_one_petitioner_repeating_is_not_a_hot_topic_by_default() -> None:
    ms = [
        matter(d, subject="heating", place=f"U{d}", petitioners=("P-same",))
        for d in (0, 1, 2, 3, 4)
    ]
    as_of = DAY0 + timedelta(days=5)
    assert of_kind(supervise(ms, as_of), "special") == []
    by_matters = SupervisionThresholds(special_count="matters")
    [f] = of_kind(supervise(ms, as_of, thresholds=by_matters), "special")
    assert f.facts.counted == 5


# -- AK-S-2.3 collective and long-standing ---------------------------------------


def test_ak_s_2_3_six_person_visit_is_collective_and_starts_at_written() -> None:
    m = matter(0, people=6)
    [f] = of_kind(supervise([m], DAY0 + timedelta(days=1)), "collective")
    assert f.rule_id == "AK-S-2.3"
    assert f.facts == CollectiveFacts(DAY0, 6, 5)
    assert f.method is SupervisionMethod.WRITTEN


def test_ak_s_2_3_four_people_are_not_collective() -> None:
    assert of_kind(supervise([matter(0, people=4)], DAY0), "collective") == []


def test_ak_s_2_3_closed_collective_matter_is_not_supervised() -> None:
    m = matter(
        0,
        {"kind": "accepted", "on": "2026-03-02"},
        {"kind": "concluded", "on": "2026-03-10"},
        people=8,
    )
    assert of_kind(supervise([m], DAY0 + timedelta(days=20)), "collective") == []


def test_ak_s_2_3_same_petitioner_three_matters_same_subject_within_365_days() -> None:
    ms = [matter(d, subject="pension", petitioners=("P-9",), place=f"U{d}") for d in (0, 200, 365)]
    [f] = of_kind(supervise(ms, DAY0 + timedelta(days=365)), "repeat_petitioner")
    assert (f.rule_id, f.facts.key, f.facts.grouped_by) == (
        "AK-S-2.3",
        ("P-9", "pension"),
        ("petitioner", "subject"),
    )
    late = [matter(d, subject="rent", petitioners=("P-8",), place=f"W{d}") for d in (0, 200, 366)]
    assert of_kind(supervise(late, DAY0 + timedelta(days=366)), "repeat_petitioner") == []


def test_ak_s_2_3_matter_open_longer_than_180_days_is_long_standing() -> None:
    m = matter(0)
    assert of_kind(supervise([m], DAY0 + timedelta(days=180)), "long_open") == []
    [f] = of_kind(supervise([m], DAY0 + timedelta(days=181)), "long_open")
    assert isinstance(f.facts, OpenFacts)
    assert (f.facts.days_open, f.facts.threshold) == (181, 180)


# -- AK-S-2.4 delay, feedback, procedure -----------------------------------------


def test_ak_s_2_4_overdue_conclusion_cites_nat_2_in_both_texts() -> None:
    m = matter(date(2026, 5, 29))  # accepted 29 May; due Tue 28 Jul
    assert of_kind(supervise([m], date(2026, 7, 28)), "overdue") == []
    [f] = of_kind(supervise([m], date(2026, 7, 29)), "overdue")
    assert f.rule_id == "AK-S-2.4"
    assert isinstance(f.facts, ClockFacts)
    assert (f.facts.clock.rule_id, f.facts.clock.due_on) == ("Nat-2", date(2026, 7, 28))
    assert "art. 34" in f.reason
    assert "art. 33" in f.reason
    assert "《信访工作条例》第三十四条" in f.reason_in("zh")
    assert "《信访条例》第三十三条" in f.reason_in("zh")


def test_ak_s_2_4_result_not_fed_back_by_the_nat_2_due_day() -> None:
    m = matter(
        date(2026, 5, 29),
        {"kind": "accepted", "on": "2026-05-29"},
        {"kind": "answered", "on": "2026-07-01"},
    )
    assert of_kind(supervise([m], date(2026, 7, 28)), "no_feedback") == []
    [f] = of_kind(supervise([m], date(2026, 7, 29)), "no_feedback")
    assert f.facts == FeedbackFacts(date(2026, 7, 1), date(2026, 7, 28), 1)
    fed = matter(
        date(2026, 5, 29),
        {"kind": "accepted", "on": "2026-05-29"},
        {"kind": "answered", "on": "2026-07-01"},
        {"kind": "fed_back", "on": "2026-07-02"},
    )
    assert of_kind(supervise([fed], date(2026, 7, 29)), "no_feedback") == []


def test_ak_s_2_4_no_feedback_is_reported_even_after_conclusion() -> None:
    m = matter(
        date(2026, 5, 29),
        {"kind": "accepted", "on": "2026-05-29"},
        {"kind": "concluded", "on": "2026-06-15"},
    )
    [f] = of_kind(supervise([m], date(2026, 8, 1)), "no_feedback")
    assert f.facts.result_on == date(2026, 6, 15)


def test_ak_s_2_4_procedure_late_extension_and_petitioner_not_told() -> None:
    m = matter(
        date(2026, 5, 29),
        {"kind": "accepted", "on": "2026-05-29"},
        {
            "kind": "extended",
            "on": "2026-07-29",
            "days": 30,
            "reason": "x",
            "petitioner_told": False,
        },
    )
    found = of_kind(supervise([m], date(2026, 7, 30)), "procedure")
    assert sorted(f.facts.lapse for f in found) == ["extension_not_told", "late_extension"]
    late = next(f for f in found if f.facts.lapse == "late_extension")
    assert late.facts == ProcedureFacts("late_extension", 1, date(2026, 7, 29), date(2026, 7, 28))


def test_ak_s_2_4_late_objection_to_a_transfer_is_a_procedure_lapse() -> None:
    m = matter(
        date(2026, 9, 29),
        {"kind": "transferred", "on": "2026-09-29", "to": "Bureau B"},
        {"kind": "transfer_objected", "on": "2026-10-13"},
    )
    [f] = of_kind(supervise([m], date(2026, 10, 14)), "procedure")
    assert (f.facts.lapse, f.facts.due_on) == ("late_transfer_objection", date(2026, 10, 12))


def _passed_around(*days: int, then: dict[str, Any] | None = None) -> PetitionMatter:
    events = [
        {"kind": "transferred", "on": (DAY0 + timedelta(days=d)).isoformat(), "to": f"Organ {i}"}
        for i, d in enumerate(days, 1)
    ]
    return matter(0, *events, *([then] if then else []))


def test_ak_s_2_4_buck_passing_three_transfers_without_acceptance() -> None:
    m = _passed_around(0, 10, 20)
    [f] = of_kind(supervise([m], DAY0 + timedelta(days=25)), "buck_passing")
    assert f.rule_id == "AK-S-2.4"
    assert f.facts == TransferFacts(
        (DAY0, DAY0 + timedelta(days=10), DAY0 + timedelta(days=20)),
        ("Organ 1", "Organ 2", "Organ 3"),
        None,
        3,
    )
    assert "Organ 1 → Organ 2 → Organ 3" in f.reason
    assert "推诿" in f.reason_in("zh")


def test_ak_s_2_4_two_transfers_are_routing_not_buck_passing() -> None:
    assert (
        of_kind(supervise([_passed_around(0, 10)], DAY0 + timedelta(days=25)), "buck_passing") == []
    )


def test_ak_s_2_4_buck_passing_counts_only_transfers_up_to_as_of() -> None:
    m = _passed_around(0, 10, 20)
    assert of_kind(supervise([m], DAY0 + timedelta(days=19)), "buck_passing") == []


def test_ak_s_2_4_buck_passing_stays_reported_after_late_acceptance_while_open() -> None:
    accepted = (DAY0 + timedelta(days=30)).isoformat()
    m = _passed_around(0, 10, 20, then={"kind": "accepted", "on": accepted})
    [f] = of_kind(supervise([m], DAY0 + timedelta(days=31)), "buck_passing")
    assert f.facts.accepted_on == DAY0 + timedelta(days=30)
    assert f"accepted on {accepted}" in f.reason


def test_ak_s_2_4_transfers_after_acceptance_are_not_buck_passing() -> None:
    m = matter(
        0,
        {"kind": "accepted", "on": DAY0.isoformat()},
        *[
            {"kind": "transferred", "on": (DAY0 + timedelta(days=d)).isoformat(), "to": "B"}
            for d in (1, 2, 3)
        ],
    )
    assert of_kind(supervise([m], DAY0 + timedelta(days=5)), "buck_passing") == []


def test_ak_s_2_4_buck_passing_threshold_is_a_parameter() -> None:
    th = SupervisionThresholds(buck_passing_min_transfers=2)
    found = of_kind(
        supervise([_passed_around(0, 10)], DAY0 + timedelta(days=12), thresholds=th), "buck_passing"
    )
    assert [f.facts.count for f in found] == [2]


def test_ak_s_2_4_buck_passing_ends_with_the_matter() -> None:
    concluded = {"kind": "concluded", "on": (DAY0 + timedelta(days=30)).isoformat()}
    m = _passed_around(0, 10, 20, then=concluded)
    assert of_kind(supervise([m], DAY0 + timedelta(days=31)), "buck_passing") == []


# -- AK-S-2.5 manual flag ----------------------------------------------------------


def test_ak_s_2_5_manual_flag_on_an_open_matter() -> None:
    m = matter(
        0,
        {"kind": "accepted", "on": "2026-03-02"},
        {"kind": "flagged", "on": "2026-03-05", "note": "reported in the press"},
    )
    [f] = of_kind(supervise([m], DAY0 + timedelta(days=10)), "manual")
    assert (f.rule_id, f.facts) == (
        "AK-S-2.5",
        FlagFacts((date(2026, 3, 5),), ("reported in the press",)),
    )
    assert "reported in the press" in f.reason_in("zh")
    assert of_kind(supervise([m], DAY0 + timedelta(days=2)), "manual") == []


def test_ak_s_2_5_flag_on_a_concluded_matter_is_spent() -> None:
    m = matter(
        0,
        {"kind": "accepted", "on": "2026-03-02"},
        {"kind": "flagged", "on": "2026-03-05"},
        {"kind": "answered", "on": "2026-03-06"},
        {"kind": "fed_back", "on": "2026-03-06"},
        {"kind": "concluded", "on": "2026-03-07"},
    )
    assert of_kind(supervise([m], DAY0 + timedelta(days=10)), "manual") == []


# -- the report ----------------------------------------------------------------------


def test_matters_received_after_as_of_are_not_evaluated() -> None:
    ms = [matter(0, place="X"), matter(1, place="X"), matter(30, place="X")]
    report = supervise(ms, DAY0 + timedelta(days=29))
    assert report.matters_evaluated == 2
    assert of_kind(report, "fixed_point") == []


def test_report_lookups_and_json() -> None:
    ms = [matter(0, id="A", people=7), matter(1, id="B"), matter(2, id="C")]
    report = supervise(ms, DAY0 + timedelta(days=3))
    assert [f.kind for f in report.for_matter("A")] == ["fixed_point", "collective"]
    assert [f.matter_ids for f in report.by_rule("AK-S-2.1")] == [("A", "B", "C")]
    d = report.to_dict("zh")
    assert d["as_of"] == "2026-03-05"
    first = d["findings"][0]
    assert first["facts"]["type"] == "WindowFacts"
    assert first["facts"]["first_received"] == "2026-03-02"
    assert first["method"] == "written"  # A is collective: it starts at written


@pytest.mark.parametrize("as_of", [DAY0 + timedelta(days=n) for n in (0, 100, 400)])
def test_every_finding_names_its_rule_in_both_languages(as_of: date) -> None:
    ms = [matter(d, place="X", subject="s", people=6) for d in (0, 1, 2, 3, 4)]
    for f in supervise(ms, as_of).findings:
        assert f.rule_id in f.reason
        assert f.rule_id in f.reason_in("zh")
