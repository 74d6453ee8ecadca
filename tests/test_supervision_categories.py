"""The 2022 categories and routes (Nat-7, Nat-8), the handling opinion (Nat-9), and which
national text judges a matter.

Golden facts come from the texts: 《信访工作条例》 (in force 2022-05-01) arts. 29–31 (the
three categories, the six routes of 申诉求决类), art. 32 (the opinion supports, explains or
does not support), art. 34 (the 60 days apply to the matters of art. 31 item (6)); the
2005 《信访条例》 art. 33 (60 days for every accepted matter). Dates are counted by hand on
the 2026 holiday notice: Labour Day 1–5 May off, Sat 9 May worked.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from _supervision_support import one_matter
from receptionrules.supervision import (
    NAT_CITATIONS,
    Authority,
    ClaimRoute,
    ClockStatus,
    IntakeFacts,
    MatterCategory,
    MatterStatus,
    NationalText,
    NationalTimeLimits,
    OpinionOutcome,
    PetitionMatter,
    TableFacts,
    clocks,
    dispose,
    intake,
    matter_status,
    suggest_classification,
    supervise,
    text_in_force,
)

matter = one_matter


def classified(on: str, category: str, route: str | None = None) -> dict[str, Any]:
    e: dict[str, Any] = {"kind": "classified", "on": on, "category": category}
    if route is not None:
        e["route"] = route
    return e


ACCEPTED = {"kind": "accepted", "on": "2026-03-03"}  # Nat-2 due: 3 Mar + 60 = Sat 2 May → 6 May


def names(m: PetitionMatter, as_of: date, **kw: Any) -> dict[str, Any]:
    return {c.name: c for c in clocks(m, as_of, **kw)}


# -- Nat-2 under the 2022 text: route (6) only (art. 34) --------------------------------


def test_nat_2_2022_art_34_route_6_only() -> None:
    as_of = date(2026, 5, 20)
    six = names(matter(ACCEPTED, classified("2026-03-04", "claim", "opinion")), as_of)
    assert six["conclude"].due_on == date(2026, 5, 6)
    assert six["conclude"].status is ClockStatus.OVERDUE
    assert six["conclude"].text is NationalText.WORK_REGULATIONS_2022
    for category, route in (("suggestion", None), ("accusation", None), ("claim", "duty")):
        m = matter(ACCEPTED, classified("2026-03-04", category, route))
        assert "conclude" not in names(m, as_of), (category, route)
        assert matter_status(m, as_of) is MatterStatus.ACCEPTED  # still open, no 60 days
        assert not supervise([m], as_of).by_rule("AK-S-2.4")


def test_nat_2_2022_an_unclassified_matter_is_taken_as_route_6() -> None:
    assert "conclude" in names(matter(ACCEPTED), date(2026, 5, 20))


@pytest.mark.parametrize(
    "route", ["legal_proceedings", "arbitration", "party_appeal", "administrative"]
)
def test_nat_8_routes_1_to_4_end_the_petition_clock_with_a_direction(route: str) -> None:
    m = matter(ACCEPTED, classified("2026-03-10", "claim", route))
    c = names(m, date(2026, 6, 1))["conclude"]
    assert (c.status, c.stopped_on) == (ClockStatus.MET, date(2026, 3, 10))
    assert matter_status(m, date(2026, 6, 1)) is MatterStatus.DIRECTED
    assert MatterStatus.DIRECTED.closed
    report = supervise([m], date(2026, 6, 1))
    assert not report.findings
    assert report.light_of("M-1").value == "green"


def test_nat_8_a_direction_before_acceptance_stops_nat_1_and_starts_no_nat_2() -> None:
    m = matter(classified("2026-03-05", "claim", "legal_proceedings"), received="2026-03-02")
    cs = names(m, date(2026, 6, 1))
    assert cs["register"].status is ClockStatus.MET
    assert cs["register"].stopped_on == date(2026, 3, 5)
    assert "conclude" not in cs


def test_nat_8_a_late_direction_is_late() -> None:
    m = matter(ACCEPTED, classified("2026-05-08", "claim", "administrative"))
    assert names(m, date(2026, 6, 1))["conclude"].status is ClockStatus.LATE  # due 6 May


def test_nat_8_the_latest_classification_is_the_one_in_force() -> None:
    m = matter(
        ACCEPTED,
        classified("2026-03-04", "claim", "opinion"),
        classified("2026-04-01", "claim", "arbitration"),
    )
    assert names(m, date(2026, 3, 31))["conclude"].status is ClockStatus.RUNNING
    assert matter_status(m, date(2026, 3, 31)) is MatterStatus.ACCEPTED
    assert names(m, date(2026, 4, 1))["conclude"].stopped_on == date(2026, 4, 1)
    assert matter_status(m, date(2026, 4, 1)) is MatterStatus.DIRECTED


def test_nat_2_2005_text_runs_for_every_accepted_matter() -> None:
    # Received before 2022-05-01: the 2005 text, art. 33, whatever the classification.
    old = matter(
        {"kind": "accepted", "on": "2022-03-03"},
        classified("2022-03-04", "suggestion"),
        received="2022-03-02",
    )
    c = names(old, date(2022, 6, 1))["conclude"]
    assert c.text is NationalText.REGULATIONS_2005
    assert c.status is ClockStatus.OVERDUE  # 3 Mar + 60 = 2 May (Mon, Labour Day) → 5 May
    report = supervise([old], date(2022, 6, 1))
    (f,) = report.by_rule("AK-S-2.4")
    assert f.reason_in("zh").index("《信访条例》第三十三条") < f.reason_in("zh").index(
        "《信访工作条例》第三十四条"
    )  # the text the matter is judged under is cited first
    # A directing route under 2005 ends nothing: the matter stays in handling.
    old_directed = matter(ACCEPTED, classified("2026-03-10", "claim", "arbitration"))
    lim = NationalTimeLimits(national_text="2005")
    assert names(old_directed, date(2026, 6, 1), limits=lim)["conclude"].status is (
        ClockStatus.OVERDUE
    )


def test_nat_8_the_text_is_chosen_by_the_day_of_receipt_by_default() -> None:
    assert text_in_force(date(2022, 4, 30)) is NationalText.REGULATIONS_2005
    assert text_in_force(date(2022, 5, 1)) is NationalText.WORK_REGULATIONS_2022
    lim = NationalTimeLimits()
    assert lim.national_text == "by_receipt"
    assert lim.text_for(date(2022, 5, 1)) is NationalText.WORK_REGULATIONS_2022
    assert NationalTimeLimits(national_text="2022").text_for(date(2010, 1, 1)) is (
        NationalText.WORK_REGULATIONS_2022
    )
    with pytest.raises(ValidationError, match="national_text"):
        NationalTimeLimits(national_text="2019")  # type: ignore[arg-type]


# -- the classification event (Nat-7, Nat-8) --------------------------------------------


def test_nat_7_a_claim_needs_a_route_and_the_others_have_none() -> None:
    with pytest.raises(ValidationError, match="route: a claim"):
        matter(classified("2026-03-04", "claim"))
    with pytest.raises(ValidationError, match="'suggestion' matter has none"):
        matter(classified("2026-03-04", "suggestion", "opinion"))
    with pytest.raises(ValidationError, match="a second classification on 2026-03-04"):
        matter(classified("2026-03-04", "suggestion"), classified("2026-03-04", "accusation"))


def test_nat_7_the_categories_and_routes_have_their_names_and_articles() -> None:
    assert [c.label_zh for c in MatterCategory] == ["建议意见类", "检举控告类", "申诉求决类"]
    assert [c.article_2022 for c in MatterCategory] == [29, 30, 31]
    assert [r.item for r in ClaimRoute] == [1, 2, 3, 4, 5, 6]
    assert [r.directs for r in ClaimRoute] == [True, True, True, True, False, False]
    assert ClaimRoute.ARBITRATION.label_zh == "仲裁"
    assert NAT_CITATIONS["Nat-7"].render("2022", "zh") == (
        "《信访工作条例》第二十九条、第三十条、第三十一条"
    )
    assert NAT_CITATIONS["Nat-7"].articles("2005") == ()
    assert NAT_CITATIONS["Nat-8"].render("2022") == (
        "Regulations on Letters and Visits Work (2022), arts. 31, 34"
    )
    assert NAT_CITATIONS["Nat-9"].articles("2005") == (32,)


# -- the handling opinion (Nat-9) --------------------------------------------------------


def test_nat_9_the_handling_opinion_is_the_written_answer_with_its_outcome() -> None:
    m = matter(
        ACCEPTED,
        classified("2026-03-04", "claim", "opinion"),
        {"kind": "opinion", "on": "2026-04-10", "outcome": "explained"},
        {"kind": "fed_back", "on": "2026-04-13"},
    )
    cs = names(m, date(2026, 4, 20))
    assert cs["conclude"].status is ClockStatus.MET
    assert cs["review_request"].started_on == date(2026, 4, 13)  # Nat-3 from its receipt
    assert matter_status(m, date(2026, 4, 20)) is MatterStatus.ANSWERED
    assert m.events[2].outcome is OpinionOutcome.EXPLAINED  # type: ignore[union-attr]
    assert [o.label_zh for o in OpinionOutcome] == ["予以支持", "解释说明", "不予支持"]


def test_nat_9_a_matter_has_one_written_answer() -> None:
    with pytest.raises(ValidationError, match="one written answer"):
        matter(
            ACCEPTED,
            {"kind": "answered", "on": "2026-04-10"},
            {"kind": "opinion", "on": "2026-04-11", "outcome": "supported"},
        )
    with pytest.raises(
        ValidationError, match="a handling opinion on 2026-03-01 with no acceptance"
    ):
        matter(
            {"kind": "opinion", "on": "2026-03-01", "outcome": "supported"}, received="2026-02-27"
        )


# -- suggestions at intake and at the table (Nat-7, Nat-8; MC-4 generalised) -------------

CITY = Authority(name="安康市人民政府", area=("安康市",), level="city")


@pytest.mark.parametrize("institution", ["AK", "WF", "MC", "TS", "UN"])
def test_nat_8_intake_suggests_route_1_for_a_matter_in_legal_proceedings(
    institution: str,
) -> None:
    facts = IntakeFacts(matter_id="V-1", channel="visit", in_legal_proceedings=True)
    d = intake(facts, institution=institution, receiver=CITY)
    assert d.classification is not None
    assert (d.classification.category, d.classification.route) == (
        MatterCategory.CLAIM,
        ClaimRoute.LEGAL_PROCEEDINGS,
    )
    assert d.classification.rule_id == "Nat-8"
    assert "第三十一条第（一）项" in d.reasons_in("zh")[-1]


def test_nat_7_intake_suggests_the_category_from_the_facts() -> None:
    def suggested(**facts: Any) -> Any:
        f = IntakeFacts(matter_id="V-1", channel="letter", **facts)
        d = intake(f, institution="UN")
        return (
            None
            if d.classification is None
            else (d.classification.category.value, d.classification.route)
        )

    assert suggested(against_official=True) == ("accusation", None)
    assert suggested(proposal=True) == ("suggestion", None)
    assert suggested(procedure="arbitration") == ("claim", ClaimRoute.ARBITRATION)
    assert suggested() is None  # route (5) or (6) is the organ's judgement
    with pytest.raises(ValidationError, match=r"route \(5\) of art\. 31"):
        IntakeFacts(matter_id="V-1", channel="letter", procedure="duty")
    with pytest.raises(ValueError, match=r"route \(6\)"):
        suggest_classification(procedure=ClaimRoute.OPINION)


def test_nat_8_intake_reads_legal_proceedings_off_the_matter() -> None:
    m = matter(in_legal_proceedings=True)
    d = intake(IntakeFacts.from_matter(m), institution="TS")
    assert d.classification is not None
    assert d.classification.route is ClaimRoute.LEGAL_PROCEEDINGS


@pytest.mark.parametrize("institution", ["AK", "MC", "WF", "TS"])
def test_nat_8_disposition_suggests_the_classification_at_every_institution(
    institution: str,
) -> None:
    facts = TableFacts(matter_id="T-1", on=date(2026, 3, 2), in_legal_proceedings=True)
    d = dispose(facts, institution=institution)
    assert d.classification is not None
    assert d.classification.route is ClaimRoute.LEGAL_PROCEEDINGS
    if institution == "MC":  # MC-4 still directs it to the legal process at the table
        assert not d.accepted
        assert d.rule_ids() == ("MC-4",)
    accusation = dispose(
        TableFacts(matter_id="T-2", on=date(2026, 3, 2), against_official=True),
        institution=institution,
    )
    assert accusation.classification is not None
    assert accusation.classification.category is MatterCategory.ACCUSATION
    assert "第三十条" in accusation.classification.reason_in("zh")


# -- the citations, checked against the texts (item 6 of issue 11) -----------------------


def test_nat_citations_match_the_articles_of_both_texts() -> None:
    # 2005: art. 21 (the bureau's 15 days; last paragraph: the transferee's 15 days), art.
    # 22 (a matter filed directly), 33 (60 + 30 days), 34 (review), 35 (re-review, the
    # hearing), 18 (5 representatives), 32 (support, explain, not support), 14 and 21 (1)
    # (legal routes not accepted), 7 and 39 (assessment, statistics). 2022: arts. 22, 23
    # (15 days; 5 working days to object), 34, 35, 36, 20, 29–31, 32, 39.
    expected = {
        "Nat-1": ((21, 22), (22, 23)),
        "Nat-1a": ((), (23,)),
        "Nat-2": ((33,), (34,)),
        "Nat-3": ((34,), (35,)),
        "Nat-4": ((35,), (36,)),
        "Nat-5": ((18,), (20,)),
        "Nat-7": ((), (29, 30, 31)),
        "Nat-8": ((14, 21), (31, 34)),
        "Nat-9": ((32,), (32,)),
        "Nat-10": ((7, 39), (39,)),
    }
    assert {k: (c.articles_2005, c.articles_2022) for k, c in NAT_CITATIONS.items()} == expected


def test_nat_1_the_transferees_15_days_are_2005_art_21_last_paragraph() -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "supervision.md").read_text(
        encoding="utf-8"
    )
    assert "(2005 art. 21, last paragraph; 2022 art. 23, third\nparagraph)" in page
    assert "(2005 art. 22, 2022 art. 23)" not in page
