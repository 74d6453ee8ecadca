"""A city's mayor reception day at the Social Conflict Mediation Centre (news, 2012-12-10).

Implements MC-1: once a month, on a date announced in advance, in the morning
window (上午, as AK), at the city's 社会矛盾大调解中心.

The preset holds the one observed date, Monday 2012-12-10. Users add the dates
their city announces (``Regime.with_announced_dates``); a month with no
announced date has no reception, which is a compliance gap
(``Regime.months_without_reception``). An announced date is kept even when it
is not a working day: the announcement is what binds.

Duty (see :func:`duty`): one city leader (MC-1); the petition department keeps the
archive of the day (MC-3).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.duty.composition import Composition, DutyRules, Position
from receptionrules.duty.people import Role
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


CITY_LEADER_ROLES = (Role.CITY_LEADER, Role.MAYOR, Role.VICE_MAYOR)
"""Default reading of "a city leader" (MC-1): anyone holding the city-leader role, or the
mayor or a vice mayor (the 2012-12-10 reception was taken by a vice mayor)."""


def duty(*, roles: tuple[Role, ...] = CITY_LEADER_ROLES) -> Composition:
    """Who is on duty (MC-1): one city leader per monthly reception day; the petition
    department keeps the archive (MC-3).

    >>> duty().positions[0].roles_text()
    'mayor / vice mayor / city leader'
    """
    return Composition(
        institution=NAME,
        positions=(
            Position(
                key="leader", label="接待市领导", label_en="receiving city leader", roles=roles
            ),
        ),
        rules=DutyRules(
            eligibility="MC-1",
            rotation="MC-1",
            vacancy="MC-1",
            duty="MC-1",
            day="MC-1",
            place="MC-1",
            records="MC-3",
            month="MC-1",
        ),
    )
