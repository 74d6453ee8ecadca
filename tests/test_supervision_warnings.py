"""Early warnings before a due day (临期预警) and each matter's traffic light (AK-S-2.4 with
Nat-1 … Nat-4).

Golden dates by hand on the 2026 holiday notice: a matter accepted on 3 Mar has Nat-2
due on 2 May, a Saturday of the Labour Day break (1–5 May), so on Wed 6 May; received on
Mon 2 Mar, its Nat-1 is due on Tue 17 Mar.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pydantic import ValidationError

from receptionrules.supervision import (
    ClockStatus,
    PetitionMatter,
    SupervisionThresholds,
    TrafficLight,
    WarningRule,
    WarningThresholds,
    clocks,
    supervise,
)


def matter(
    mid: str = "M-1", *events: dict[str, Any], received: str = "2026-03-02"
) -> PetitionMatter:
    return PetitionMatter.model_validate(
        {
            "id": mid,
            "received_on": received,
            "channel": "letter",
            "petitioner_ids": [f"P-{mid}"],
            "subject": f"s-{mid}",
            "place": f"Unit {mid}",
            "events": list(events),
        }
    )


ACCEPTED = {"kind": "accepted", "on": "2026-03-03"}


def status(m: PetitionMatter, as_of: date, name: str, **kw: Any) -> ClockStatus:
    (c,) = [c for c in clocks(m, as_of, **kw) if c.name == name]
    return c.status


def test_ak_s_2_4_a_duty_warns_in_the_last_quarter_of_its_period() -> None:
    m = matter("M-1", ACCEPTED)
    assert status(m, date(2026, 4, 20), "conclude") is ClockStatus.RUNNING  # 16 days left
    assert status(m, date(2026, 4, 21), "conclude") is ClockStatus.WARNING  # 15 = 60 / 4
    assert status(m, date(2026, 5, 6), "conclude") is ClockStatus.WARNING  # the due day
    assert status(m, date(2026, 5, 7), "conclude") is ClockStatus.OVERDUE
    fresh = matter("M-2")
    assert status(fresh, date(2026, 3, 13), "register") is ClockStatus.RUNNING  # 4 left
    assert status(fresh, date(2026, 3, 14), "register") is ClockStatus.WARNING  # 3 = ⌊15/4⌋


def test_ak_s_2_4_warning_thresholds_per_clock_by_days_or_share() -> None:
    m = matter("M-1", ACCEPTED)
    five = WarningThresholds(conclude_rule=WarningRule(days=5))
    assert status(m, date(2026, 4, 30), "conclude", warnings=five) is ClockStatus.RUNNING
    assert status(m, date(2026, 5, 1), "conclude", warnings=five) is ClockStatus.WARNING
    half = WarningThresholds(default=WarningRule(share=0.5))
    assert half.threshold("register", 15) == 7
    assert half.threshold("conclude", 90) == 45
    assert five.threshold("register", 15) == 3  # the default rule for the other clocks
    off = WarningThresholds(enabled=False)
    assert status(m, date(2026, 5, 6), "conclude", warnings=off) is ClockStatus.RUNNING
    assert off.threshold("conclude", 60) is None
    (c,) = [c for c in clocks(m, date(2026, 4, 21)) if c.name == "conclude"]
    assert c.warn_within == 15
    assert [c.warn_within for c in clocks(m, date(2026, 4, 21)) if c.kind == "window"] == []


def test_ak_s_2_4_a_warning_rule_is_days_or_share() -> None:
    with pytest.raises(ValidationError, match="exactly one"):
        WarningRule(days=3, share=0.5)
    with pytest.raises(ValidationError, match="exactly one"):
        WarningRule()
    with pytest.raises(ValidationError, match="share"):
        WarningRule(share=1.5)
    with pytest.raises(ValidationError, match="days"):
        WarningRule(days=5000)


def test_ak_s_2_4_a_warning_names_the_clock_the_due_day_and_the_days_left() -> None:
    report = supervise([matter("M-1", ACCEPTED)], date(2026, 4, 21))
    (w,) = report.warnings
    assert (w.matter_id, w.clock.rule_id, w.due_on, w.days_left) == (
        "M-1",
        "Nat-2",
        date(2026, 5, 6),
        15,
    )
    assert w.reason == (
        "concluding the matter is due on 2026-05-06 (Nat-2: 60 days from 2026-03-03; "
        "Regulations on Letters and Visits Work (2022), art. 34; Regulations on Letters and "
        "Visits (2005), art. 33): 15 days left, within the warning threshold of 15 days: an "
        "early warning (AK-S-2.4)"
    )
    assert w.reason_in("zh") == (
        "办结应于2026-05-06前完成（Nat-2：自2026-03-03起60日；《信访工作条例》第三十四条；"
        "《信访条例》第三十三条），尚余15日，已进入15日的预警期，临期预警（AK-S-2.4）"
    )
    assert w.to_dict()["days_left"] == 15
    quiet = SupervisionThresholds(warnings=WarningThresholds(enabled=False))
    assert not supervise([matter("M-1", ACCEPTED)], date(2026, 4, 21), thresholds=quiet).warnings


def _lights_set() -> list[PetitionMatter]:
    return [
        matter("R", received="2026-03-02"),  # Nat-1 overdue on 18 Mar
        matter("Y", ACCEPTED),  # Nat-2 in warning from 21 Apr
        matter("G", {"kind": "accepted", "on": "2026-04-20"}, received="2026-04-20"),
        matter(
            "D",
            {"kind": "accepted", "on": "2026-03-03"},
            {"kind": "concluded", "on": "2026-03-20"},
        ),
        matter(
            "Rx",
            {"kind": "repeat", "on": "2026-04-02", "of": "R"},
            received="2026-04-01",
        ),
    ]


def test_ak_s_2_4_each_matter_has_a_traffic_light() -> None:
    report = supervise(_lights_set(), date(2026, 4, 21))
    assert dict(report.lights) == {
        "R": TrafficLight.RED,
        "Y": TrafficLight.YELLOW,
        "G": TrafficLight.GREEN,
        "D": TrafficLight.GREEN,
    }
    assert report.merged == {"Rx": "R"}
    assert report.light_of("Rx") is TrafficLight.RED  # a merged repeat shows its original's
    assert report.light_of("nope") is None
    assert report.light_counts() == {
        TrafficLight.GREEN: 2,
        TrafficLight.YELLOW: 1,
        TrafficLight.RED: 2,
    }
    assert report.with_light("red") == ("R", "Rx")
    assert report.to_dict()["lights"] == {"D": "green", "G": "green", "R": "red", "Y": "yellow"}
    assert [TrafficLight(x).label_zh for x in ("green", "yellow", "red")] == [
        "绿灯",
        "黄灯",
        "红灯",
    ]


def test_ak_s_2_4_the_report_filters_on_the_light() -> None:
    report = supervise(_lights_set(), date(2026, 4, 21))
    red = report.only(TrafficLight.RED)
    assert set(red.lights) == {"R"}
    assert red.merged == {"Rx": "R"}
    assert red.findings
    assert all("R" in f.matter_ids for f in red.findings)
    assert not red.warnings
    yellow = report.only("yellow")
    assert [w.matter_id for w in yellow.warnings] == ["Y"]
    assert not yellow.findings  # a warning is not yet a lapse
    both = report.only("red", "yellow")
    assert set(both.lights) == {"R", "Y"}
    assert both.matters_evaluated == report.matters_evaluated == 5
    assert report.for_matter("Rx") == report.for_matter("R")
