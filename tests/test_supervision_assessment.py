"""The assessment figures (Nat-10; 2022 art. 39): 及时受理率, 按期办结率, 参评率, 满意率,
重复信访率.

The golden counts are made by hand from the definitions in docs/supervision.md, on the
2026 holiday notice (no holiday in January or March; 31 Jan 2026 is a Saturday).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from receptionrules.errors import DuplicateMatterError
from receptionrules.supervision import (
    FIGURES,
    Figure,
    PetitionMatter,
    assess,
)

Q1 = (date(2026, 1, 1), date(2026, 3, 31))


def matter(
    mid: str,
    received: str,
    organ: str,
    place: str,
    *events: dict[str, Any],
    anonymous: bool = False,
) -> PetitionMatter:
    return PetitionMatter.model_validate(
        {
            "id": mid,
            "received_on": received,
            "channel": "letter",
            "petitioner_ids": [] if anonymous else [f"P-{mid}"],
            "subject": "wages",
            "place": place,
            "handling_organ": organ,
            "events": list(events),
        }
    )


def ev(kind: str, on: str, **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "on": on, **extra}


MATTERS = [
    # Nat-1 met, Nat-2 met on 10 Feb, fed back and satisfied.
    matter("M-1", "2026-01-05", "A", "X", ev("accepted", "2026-01-06"),
           ev("answered", "2026-02-10"), ev("fed_back", "2026-02-12"),
           ev("evaluated", "2026-02-15", satisfaction="satisfied")),
    # Accepted late (Nat-1 due 20 Jan); Nat-2 due 27 Mar, overdue on 28 Mar.
    matter("M-2", "2026-01-05", "A", "X", ev("accepted", "2026-01-26")),
    # Nat-2 extended in time, still running on 31 Mar: not settled, not counted.
    matter("M-3", "2026-02-02", "B", "Y", ev("accepted", "2026-02-03"),
           ev("extended", "2026-03-20", days=30, reason="complex")),
    # A merged repeat of M-1: counted as a repeat only.
    matter("M-4", "2026-03-02", "B", "Y", ev("repeat", "2026-03-03", of="M-1")),
    # Received 20 Mar, Nat-1 running on 31 Mar; linked (not merged) to M-3.
    matter("M-5", "2026-03-20", "B", "X", ev("repeat", "2026-03-21", of="M-3", merged=False)),
    # Received in December; answered in January within Nat-2 (due Sat 31 Jan → Mon 2 Feb).
    matter("M-6", "2025-12-01", "A", "X", ev("accepted", "2025-12-02"),
           ev("answered", "2026-01-20"), ev("fed_back", "2026-01-22"),
           ev("evaluated", "2026-01-25", satisfaction="dissatisfied")),
    # Anonymous: no evaluation can be asked of it.
    matter("M-7", "2026-01-10", "B", "Y", ev("accepted", "2026-01-12"),
           ev("answered", "2026-02-01"), ev("fed_back", "2026-02-03"), anonymous=True),
    # An appraisal paused Nat-2 for 20 days: due 27 Mar instead of 9 Mar; answered 25 Mar.
    matter("M-8", "2026-01-05", "A", "Y", ev("accepted", "2026-01-06"),
           ev("paused", "2026-01-10", clock="conclude", reason="appraisal"),
           ev("resumed", "2026-01-30", clock="conclude"), ev("answered", "2026-03-25")),
    # A suggestion under the 2022 text: no Nat-2; fed back and basically satisfied.
    matter("M-9", "2026-01-05", "B", "X", ev("accepted", "2026-01-06"),
           ev("classified", "2026-01-07", category="suggestion"),
           ev("answered", "2026-03-20"), ev("fed_back", "2026-03-22"),
           ev("evaluated", "2026-03-25", satisfaction="basically_satisfied")),
]  # fmt: skip


def counts(figures: tuple[Figure, ...]) -> dict[str, tuple[int, int]]:
    return {f.code: (f.numerator, f.denominator) for f in figures}


def test_nat_10_2022_art_39_the_assessment_figures_of_a_quarter() -> None:
    a = assess(MATTERS, *Q1)
    assert counts(a.total.figures) == {
        "timely_acceptance": (5, 6),
        "on_time_conclusion": (4, 5),
        "participation": (3, 3),
        "satisfaction": (2, 3),
        "repeat": (2, 8),
    }
    assert [f.code for f in a.total.figures] == list(FIGURES)
    assert a.total.figure("repeat").ratio == 0.25
    assert (len(a.groups), a.groups[0].key, a.as_of) == (1, "", date(2026, 3, 31))


def test_nat_10_by_organ_and_by_place_the_groups_add_up_to_the_total() -> None:
    by_organ = assess(MATTERS, *Q1, by="organ")
    assert [g.key for g in by_organ.groups] == ["A", "B"]
    a, b = (counts(g.figures) for g in by_organ.groups)
    assert a == {
        "timely_acceptance": (2, 3),
        "on_time_conclusion": (3, 4),
        "participation": (2, 2),
        "satisfaction": (1, 2),
        "repeat": (0, 3),
    }
    assert b == {
        "timely_acceptance": (3, 3),
        "on_time_conclusion": (1, 1),
        "participation": (1, 1),
        "satisfaction": (1, 1),
        "repeat": (2, 5),
    }
    total = counts(assess(MATTERS, *Q1).total.figures)
    assert counts(by_organ.total.figures) == total
    by_place = assess(MATTERS, *Q1, by="place")
    assert [g.key for g in by_place.groups] == ["X", "Y"]
    summed = [x + y for x, y in zip(*(g.figures for g in by_place.groups), strict=True)]
    assert counts(tuple(summed)) == total


def test_nat_10_the_figures_as_known_on_a_later_date() -> None:
    # By 30 Apr, M-5's Nat-1 (due Tue 7 Apr, after Qingming) is overdue: counted late.
    later = assess(MATTERS, *Q1, as_of=date(2026, 4, 30))
    assert counts(later.total.figures)["timely_acceptance"] == (5, 7)
    assert counts(later.total.figures)["on_time_conclusion"] == (4, 5)  # settled after Q1


def test_nat_10_rows_for_people_in_both_languages() -> None:
    a = assess(MATTERS, *Q1, by="organ")
    assert a.headers() == ("organ", "figure", "numerator", "denominator", "ratio")
    assert a.headers("zh") == ("承办机关", "指标", "分子", "分母", "比率")
    rows = a.rows("zh")
    assert len(rows) == 15  # two organs and the total, five figures each
    assert rows[0] == ("A", "及时受理率", 2, 3, 2 / 3)
    assert rows[-1] == ("合计", "重复信访率", 2, 8, 0.25)
    assert a.rows()[1][1] == "on-time conclusion rate"
    legend = dict(a.legend("zh"))
    assert "满意或基本满意" in legend["满意率"]
    d = a.to_dict("zh")
    assert d["total"]["figures"][3]["label"] == "满意率"
    assert d["groups"][0]["figures"][0]["ratio"] == pytest.approx(2 / 3)


def test_nat_10_a_figure_with_nothing_to_count_has_no_ratio() -> None:
    empty = assess([], *Q1)
    assert all(f.ratio is None and f.percent() == "—" for f in empty.total.figures)
    assert Figure("repeat", 1, 3).percent(0) == "33%"
    with pytest.raises(ValueError, match="cannot add"):
        Figure("repeat", 1, 3) + Figure("satisfaction", 1, 3)


def test_nat_10_bad_periods_and_sets_are_refused() -> None:
    with pytest.raises(ValueError, match="end: 2026-01-01 is before start 2026-03-31"):
        assess(MATTERS, date(2026, 3, 31), date(2026, 1, 1))
    with pytest.raises(ValueError, match="as_of: 2025-12-31 is before the period's start"):
        assess(MATTERS, *Q1, as_of=date(2025, 12, 31))
    with pytest.raises(DuplicateMatterError):
        assess([MATTERS[0], MATTERS[0]], *Q1)
