"""Wenfu City Middle School leaders' reception day (2013-02-25).

Implements WF-1 (every Monday, 08:00–11:00) and WF-2 (the administrative meeting
room, 2nd floor of the science and education building).

Default it relies on (WF-1): a Monday that is not a working day has no
reception that week; it is not moved. A make-up Saturday is not a Monday
(CAL-3), unless the calendar declares it worked as one.

Duty (see :func:`duty`): one school leader, with a designated substitute (WF-3); the
office registers and files every visit (WF-7).
"""

from __future__ import annotations

from datetime import time

from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.duty.composition import Composition, DutyRules, Position
from receptionrules.duty.people import Role
from receptionrules.policy import SKIP, HolidayPolicy
from receptionrules.regime import Regime
from receptionrules.rules import Weekly
from receptionrules.timeutil import Weekday
from receptionrules.windows import TimeWindow

NAME = "wenfu-school"
RULE_IDS = ("WF-1", "WF-2", "CAL-3")
WINDOW = TimeWindow(start=time(8, 0), end=time(11, 0), label="上午")


def regime(
    *,
    calendar: WorkingCalendar | None = None,
    window: TimeWindow = WINDOW,
    holiday_policy: HolidayPolicy = SKIP,
) -> Regime:
    """The Wenfu school leaders' reception day (WF-1, WF-2)."""
    return Regime(
        name=NAME,
        title="文富市中学领导接待日 (Wenfu City Middle School leaders' reception day)",
        rule=Weekly(weekday=Weekday.MONDAY),
        window=window,
        holiday_policy=holiday_policy,
        location="科教楼二楼行政会议室",
        location_en="the administrative meeting room, 2nd floor, science and education building",
        rule_ids=RULE_IDS,
        calendar=calendar or default_calendar(),
    )


def duty() -> Composition:
    """Who is on duty (WF-3): one school leader per reception day, so the day is never
    empty; the designated substitute (补位领导), then the other leaders in published order,
    take the day of a leader who can't attend. The office keeps the records (WF-7).

    >>> duty().rules.substitution, duty().rules.records
    ('WF-3', 'WF-7')
    """
    return Composition(
        institution=NAME,
        positions=(
            Position(
                key="leader",
                label="值班校领导",
                label_en="school leader on duty",
                roles=(Role.SCHOOL_LEADER,),
            ),
        ),
        rules=DutyRules(
            eligibility="WF-3",
            rotation="WF-3",
            vacancy="WF-3",
            duty="WF-3",
            day="WF-1",
            place="WF-2",
            records="WF-7",
        ),
    )
