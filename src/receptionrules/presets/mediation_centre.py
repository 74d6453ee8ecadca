"""A city's mayor reception day at the Social Conflict Mediation Centre (news, 2012-12-10).

Implements MC-1: once a month, on a date announced in advance, in the morning
window (上午, as AK), at the city's 社会矛盾大调解中心.

The preset holds the one observed date, Monday 2012-12-10. Users add the dates
their city announces (``Regime.with_announced_dates``); a month with no
announced date has no reception, which is a compliance gap
(``Regime.months_without_reception``). An announced date is kept even when it
is not a working day: the announcement is what binds.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.policy import KEEP, HolidayPolicy
from receptionrules.regime import Regime
from receptionrules.rules import AnnouncedDates
from receptionrules.windows import MORNING, TimeWindow

NAME = "mediation-centre-mayor"
RULE_IDS = ("MC-1",)
OBSERVED = (date(2012, 12, 10),)
"""The reception day the 2012-12-10 report describes."""


def regime(
    *,
    calendar: WorkingCalendar | None = None,
    announced: Iterable[date] = OBSERVED,
    window: TimeWindow = MORNING,
    holiday_policy: HolidayPolicy = KEEP,
) -> Regime:
    """The mediation-centre mayor's reception day (MC-1)."""
    return Regime(
        name=NAME,
        title="市长接待日（社会矛盾大调解中心） (mayor's reception day, mediation centre)",
        rule=AnnouncedDates(dates=tuple(announced)),
        window=window,
        holiday_policy=holiday_policy,
        location="市社会矛盾大调解中心",
        location_en="the city's Social Conflict Mediation Centre",
        rule_ids=RULE_IDS,
        calendar=calendar or default_calendar(),
    )
