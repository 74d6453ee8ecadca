"""Ankang mayor's petition reception day (安康市市长信访接待日制度, 2005-05-31).

Implements AK-R-4.2 (once a month, the Tuesday morning of the first week of 上旬)
and AK-R-4.3 (the petition reception room of the municipal people's government).

Defaults it relies on (each a parameter, see docs/rules.md, AK-R-4.2):

- week: "the first week's Tuesday" is the first Tuesday of the month
  (``week="first_full_week"`` is the other reading: Tuesday of the first full
  Monday–Sunday week; they differ only when the 1st is a Tuesday);
- morning: 上午 = 08:30–12:00;
- holiday: a Tuesday that is not a working day moves to the next working day
  (a make-up weekend day counts); a move out of 上旬 is remarked on.

Duty (see :func:`duty`): AK-R-4.1 who may receive, AK-R-5.1 in turn, AK-R-5.2
announced in advance, AK-R-6.1 swaps in advance and no vacancy, AK-R-6.3 records.
"""

from __future__ import annotations

from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.duty.composition import Composition, DutyRules, Position
from receptionrules.duty.people import Role
from receptionrules.policy import MOVE_NEXT, HolidayPolicy
from receptionrules.regime import Regime
from receptionrules.rules import UPPER_DECADE, NthWeekdayOfMonth, WeekReading
from receptionrules.timeutil import Weekday
from receptionrules.windows import MORNING, TimeWindow

NAME = "ankang-mayor"
RULE_IDS = ("AK-R-4.2", "AK-R-4.3")


def regime(
    *,
    calendar: WorkingCalendar | None = None,
    week: WeekReading = "first_occurrence",
    window: TimeWindow = MORNING,
    holiday_policy: HolidayPolicy = MOVE_NEXT,
) -> Regime:
    """The Ankang mayor's reception day (AK-R-4.2, AK-R-4.3)."""
    return Regime(
        name=NAME,
        title="安康市市长信访接待日 (Ankang mayor's petition reception day)",
        rule=NthWeekdayOfMonth(weekday=Weekday.TUESDAY, n=1, week=week, period=UPPER_DECADE),
        window=window,
        holiday_policy=holiday_policy,
        location="市人民政府信访接待室",
        location_en="the petition reception room of the municipal people's government",
        rule_ids=RULE_IDS,
        calendar=calendar or default_calendar(),
    )


def duty() -> Composition:
    """Who is on duty (AK-R-4.1, AK-R-5.1): exactly one of the mayor, a vice mayor, a mayor's
    assistant, the secretary-general or a deputy secretary-general of the city government,
    in turn; swaps arranged in advance, never a vacancy (AK-R-6.1); announced in advance
    (AK-R-5.2); the City Petition Bureau keeps the records (AK-R-6.3).

    >>> [r.label_zh for r in duty().positions[0].roles]
    ['市长', '副市长', '市长助理', '秘书长', '副秘书长']
    """
    return Composition(
        institution=NAME,
        positions=(
            Position(
                key="leader",
                label="接待领导",
                label_en="receiving leader",
                roles=(
                    Role.MAYOR,
                    Role.VICE_MAYOR,
                    Role.MAYOR_ASSISTANT,
                    Role.SECRETARY_GENERAL,
                    Role.DEPUTY_SECRETARY_GENERAL,
                ),
            ),
        ),
        rules=DutyRules(
            eligibility="AK-R-4.1",
            rotation="AK-R-5.1",
            vacancy="AK-R-6.1",
            duty="AK-R-6.1",
            day="AK-R-4.2",
            place="AK-R-4.3",
            records="AK-R-6.3",
            month="AK-R-4.2",
        ),
        announced=True,
    )
