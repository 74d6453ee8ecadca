"""A company trade union chairman's reception day (UN-1, UN-3.1).

Implements UN-1 (every Wednesday afternoon, in the union chairman's office) and
UN-3.1 (for a major matter, a holiday, or special circumstances, a visit time
agreed by telephone is valid outside the regular slot).

Defaults it relies on (UN-1): 下午 = 14:30–17:30 (``SEASONAL_AFTERNOON`` is the
seasonal option); a Wednesday that is not a working day has no regular session.

Duty (see :func:`duty`): the union chairman (UN-1).
"""

from __future__ import annotations

from receptionrules.appointments import AppointmentPolicy
from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.duty.composition import Composition, DutyRules, Position
from receptionrules.duty.people import Role
from receptionrules.policy import SKIP, HolidayPolicy
from receptionrules.regime import Regime
from receptionrules.rules import Weekly
from receptionrules.timeutil import Weekday
from receptionrules.windows import AFTERNOON, Window

NAME = "union-chair"
RULE_IDS = ("UN-1", "UN-3.1")


def regime(
    *,
    calendar: WorkingCalendar | None = None,
    window: Window = AFTERNOON,
    holiday_policy: HolidayPolicy = SKIP,
    appointments: AppointmentPolicy | None = None,
) -> Regime:
    """The union chairman's reception day (UN-1, UN-3.1)."""
    return Regime(
        name=NAME,
        title="工会主席接待日 (trade union chairman's reception day)",
        rule=Weekly(weekday=Weekday.WEDNESDAY),
        window=window,
        holiday_policy=holiday_policy,
        location="工会主席办公室",
        location_en="the union chairman's office",
        appointments=appointments or AppointmentPolicy(),
        rule_ids=RULE_IDS,
        calendar=calendar or default_calendar(),
    )


def duty() -> Composition:
    """Who is on duty (UN-1): the union chairman receives employees directly.

    >>> duty().positions[0].roles_text("zh")
    '工会主席'
    """
    return Composition(
        institution=NAME,
        positions=(
            Position(
                key="chairman",
                label="工会主席",
                label_en="union chairman",
                roles=(Role.UNION_CHAIRMAN,),
            ),
        ),
        rules=DutyRules(
            eligibility="UN-1",
            rotation="UN-1",
            vacancy="UN-1",
            duty="UN-1",
            day="UN-1",
            place="UN-1",
            records="UN-1",
        ),
    )
