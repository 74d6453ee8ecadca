"""The national time limits (Nat-1 … Nat-4) and how their days are counted.

The figures are parameters (:class:`NationalTimeLimits`) with the defaults of docs/rules.md.
Counting (docs/rules.md, Nat "counting"): a day is a calendar day; the day of the
triggering event is not counted; a period whose last day is not a working day
ends on the next working day (Civil Code arts. 201, 203). Counting in working days
on the library's calendar is an option (``basis="working"``, CAL-1).

:func:`due_date` counts one period; :class:`DueDays` counts many for one evaluation,
memoised, and carries the early-warning thresholds (:mod:`.warnings`);
:func:`check_matter` refuses a matter whose extensions break the limits in use (Nat-2).
Which national text a matter is judged under is :attr:`NationalTimeLimits.national_text`
(by default the one in force on the day it was received).

Imports :mod:`~receptionrules.supervision.events`,
:mod:`~receptionrules.supervision.matters`, and :mod:`.citations` and :mod:`.warnings`
of the deadlines.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from receptionrules.bounds import FIRST_YEAR, LAST_YEAR, DayCount, check_days
from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.errors import BoundsError, InconsistentMatterError
from receptionrules.supervision.deadlines.citations import NationalText, text_in_force
from receptionrules.supervision.deadlines.warnings import WarningThresholds
from receptionrules.supervision.events import DeadlineExtended
from receptionrules.supervision.matters import PetitionMatter

__all__ = [
    "DayBasis",
    "DueDays",
    "NationalTimeLimits",
    "TextChoice",
    "check_matter",
    "due_date",
]

DayBasis = Literal["calendar", "working"]
"""How a period's days are counted: calendar days (the default) or working days (CAL-1)."""

TextChoice = Literal["by_receipt", "2005", "2022"]
"""Which national text judges a matter: the one in force when it was received (the
default), or one of the two for every matter."""


class NationalTimeLimits(BaseModel):
    """The national time limits (Nat-1 … Nat-4) and how their days are counted.

    Every figure is the default of docs/rules.md and can be changed.

    Attributes:
        basis: ``"calendar"`` (default) or ``"working"`` days.
        roll_to_working_day: with calendar days, a period whose last day is not a
            working day ends on the next working day (default True).
        register_days: Nat-1, register and transfer, or decide on acceptance (15).
        transfer_objection_days, transfer_objection_basis: Nat-1a, an organ's objection
            to a transfer outside its powers (5 working days).
        conclude_days: Nat-2, conclude after acceptance (60).
        extension_max_days, max_extensions: Nat-2, one extension of at most 30 days.
        review_request_days, review_decision_days: Nat-3 (30, 30).
        re_review_request_days, re_review_decision_days: Nat-4 (30, 30).
        national_text: ``"by_receipt"`` (default): a matter received before 2022-05-01 is
            judged under the 2005 text, a later one under the 2022 text; ``"2005"`` or
            ``"2022"`` judges every matter under that text. Under 2022 the category and
            route decide whether Nat-2 runs (Nat-7, Nat-8); under 2005 it runs for every
            accepted matter.

    >>> NationalTimeLimits().conclude_days, NationalTimeLimits(basis="working").basis
    (60, 'working')
    >>> NationalTimeLimits().text_for(date(2022, 4, 30)).value
    '2005'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    basis: DayBasis = "calendar"
    roll_to_working_day: bool = True
    register_days: DayCount = 15
    transfer_objection_days: DayCount = 5
    transfer_objection_basis: DayBasis = "working"
    conclude_days: DayCount = 60
    extension_max_days: DayCount = 30
    max_extensions: int = Field(default=1, ge=0, le=100)
    review_request_days: DayCount = 30
    review_decision_days: DayCount = 30
    re_review_request_days: DayCount = 30
    re_review_decision_days: DayCount = 30
    national_text: TextChoice = "by_receipt"

    def text_for(self, received_on: date) -> NationalText:
        """The national text a matter received on ``received_on`` is judged under."""
        if self.national_text == "by_receipt":
            return text_in_force(received_on)
        return NationalText(self.national_text)


def due_date(
    start: date,
    days: int,
    *,
    basis: DayBasis = "calendar",
    roll_to_working_day: bool = True,
    calendar: WorkingCalendar | None = None,
) -> date:
    """The last day of a period of ``days`` days after ``start`` (``start`` not counted).

    With calendar days a last day that is not a working day moves to the next working
    day (unless ``roll_to_working_day`` is false); with working days the period is the
    ``days``-th working day after ``start``.

    >>> due_date(date(2026, 9, 15), 15)   # 30 Sep is a Wednesday
    datetime.date(2026, 9, 30)
    >>> due_date(date(2026, 9, 16), 15)   # 1 Oct: National Day, off until the 7th
    datetime.date(2026, 10, 8)
    >>> due_date(date(2026, 9, 29), 5, basis="working")
    datetime.date(2026, 10, 12)

    Raises:
        BoundsError: ``days`` is not 0 … 3660 (ten years), or ``start`` is outside the
            years 1900 … 2200 (:mod:`receptionrules.bounds`).
        CalendarRangeError: the period ends outside the calendar's years.
    """
    check_days(days, "days")
    if not FIRST_YEAR <= start.year <= LAST_YEAR:
        raise BoundsError("start", start, f"give a day in the years {FIRST_YEAR} to {LAST_YEAR}")
    cal = calendar or default_calendar()
    if basis == "working":
        return cal.add_working_days(start, days)
    end = start + timedelta(days=days)
    return cal.next_working_day(end) if roll_to_working_day else end


class DueDays:
    """Due days and days left for one evaluation, memoised: many matters share start days.

    Every clock of an evaluation counts with the same ``limits`` and ``calendar``
    (Nat-1 … Nat-4, CAL-1) and warns with the same ``warnings``; :meth:`due` is
    :func:`due_date` remembered by (start, days, basis).
    """

    __slots__ = ("_cache", "_warn", "calendar", "limits", "warnings")

    def __init__(
        self,
        limits: NationalTimeLimits,
        calendar: WorkingCalendar,
        warnings: WarningThresholds | None = None,
    ) -> None:
        self.limits = limits
        self.calendar = calendar
        self.warnings = warnings or WarningThresholds()
        self._cache: dict[tuple[date, int, str], date] = {}
        self._warn: dict[tuple[str, int], int | None] = {}

    def warn_within(self, name: str, period: int) -> int | None:
        """The days left at which the duty ``name`` of ``period`` days warns (memoised
        :meth:`~.warnings.WarningThresholds.threshold`); None with warnings off."""
        key = (name, period)
        if key not in self._warn:
            self._warn[key] = self.warnings.threshold(name, period)
        return self._warn[key]

    def due(self, start: date, days: int, basis: DayBasis) -> date:
        """The last day of ``days`` ``basis`` days after ``start`` (see :func:`due_date`)."""
        key = (start, days, basis)
        d = self._cache.get(key)
        if d is None:
            d = due_date(
                start,
                days,
                basis=basis,
                roll_to_working_day=self.limits.roll_to_working_day,
                calendar=self.calendar,
            )
            self._cache[key] = d
        return d

    def left(self, as_of: date, due: date, basis: DayBasis) -> int:
        """``basis`` days from ``as_of`` to ``due``: 0 on the due day, negative after it."""
        if basis == "calendar":
            return (due - as_of).days
        lo, hi, sign = (as_of, due, 1) if due >= as_of else (due, as_of, -1)
        n = sum(1 for d in self.calendar.working_days(lo + timedelta(days=1), hi))
        return sign * n


def check_matter(matter: PetitionMatter, limits: NationalTimeLimits | None = None) -> None:
    """Refuse a matter whose extensions break the limits in use (Nat-2).

    Raises:
        InconsistentMatterError: an extension over ``extension_max_days``, or more
            extensions than ``max_extensions`` (a second one, by default). The message
            names the matter and the event.
    """
    lim = limits or NationalTimeLimits()
    seen = 0
    for i, e in enumerate(matter.events):
        if not isinstance(e, DeadlineExtended):
            continue
        seen += 1
        if seen > lim.max_extensions:
            raise InconsistentMatterError(
                matter.id,
                f"events[{i}]",
                f"extension number {seen} on {e.on.isoformat()}; Nat-2 allows "
                f"{lim.max_extensions} (max_extensions), so a further extension is refused",
            )
        if e.days > lim.extension_max_days:
            raise InconsistentMatterError(
                matter.id,
                f"events[{i}].days",
                f"an extension of {e.days} days is over the Nat-2 limit of "
                f"{lim.extension_max_days} days (extension_max_days)",
            )
