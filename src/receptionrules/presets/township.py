"""A township's leading cadres' reception day: daily duty by a pair (TS-1, TS-2).

Implements TS-2: on duty 08:00–17:00 at the petition office, every day.

Default it relies on (TS-2): "every day" is every working day of the statutory
calendar, make-up weekend days included (CAL-1); ``every_calendar_day=True``
covers every calendar day instead. Who is on duty (TS-1: one deputy-section-level
leader and one station/office chief) is the roster's business.

Duty (see :func:`duty`): a deputy-section-level leader and a station/office chief
together (TS-1); absence is not allowed (TS-2).
"""

from __future__ import annotations

from datetime import time

from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.duty.composition import Composition, DutyRules, Position
from receptionrules.duty.people import Role
from receptionrules.policy import KEEP
from receptionrules.regime import Regime
from receptionrules.rules import EveryDay, EveryWorkingDay
from receptionrules.windows import TimeWindow

NAME = "township-duty"
RULE_IDS = ("TS-2", "CAL-1")
WINDOW = TimeWindow(start=time(8, 0), end=time(17, 0), label="全天")


def regime(
    *,
    calendar: WorkingCalendar | None = None,
    window: TimeWindow = WINDOW,
    every_calendar_day: bool = False,
) -> Regime:
    """The township's daily duty (TS-2)."""
    return Regime(
        name=NAME,
        title="乡镇领导干部接访日 (township leading cadres' daily reception duty)",
        rule=EveryDay() if every_calendar_day else EveryWorkingDay(),
        window=window,
        holiday_policy=KEEP,
        location="信访办公室",
        location_en="the petition office",
        rule_ids=RULE_IDS,
        calendar=calendar or default_calendar(),
    )


def duty() -> Composition:
    """Who is on duty (TS-1): every day one deputy-section-level leader (副科级领导) **and**
    one station/office chief (所、站长) together, each from their own pool, the two pools
    rotating side by side; absence is not allowed (TS-2).

    >>> [p.label for p in duty().positions]
    ['副科级领导', '所、站长']
    """
    return Composition(
        institution=NAME,
        positions=(
            Position(
                key="deputy_section_leader",
                label="副科级领导",
                label_en="deputy-section-level leader",
                roles=(Role.DEPUTY_SECTION_LEADER,),
            ),
            Position(
                key="station_chief",
                label="所、站长",
                label_en="station/office chief",
                roles=(Role.STATION_CHIEF,),
            ),
        ),
        rules=DutyRules(
            eligibility="TS-1",
            rotation="TS-1",
            vacancy="TS-2",
            duty="TS-1",
            day="TS-2",
            place="TS-2",
            records="TS-2",
        ),
    )
