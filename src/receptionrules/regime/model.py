"""The :class:`Regime`: a regime's data with the questions it answers (Nat-6).

The fields and changed copies are :class:`~receptionrules.regime.base.RegimeBase`;
each question is a method here, answered by a function of
:mod:`~receptionrules.regime.searches` (bounded searches, CAL-1, CAL-2) or
:mod:`~receptionrules.regime.visits` (UN-3.1).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from datetime import date, datetime

from receptionrules.appointments import AppointmentReason, VisitDecision
from receptionrules.reception import Reception
from receptionrules.regime import searches, visits
from receptionrules.regime.base import RegimeBase
from receptionrules.timeutil import TZ

__all__ = ["Regime"]


class Regime(RegimeBase):
    """A reception regime: when, for how long, and where receptions are held.

    Immutable; the ``with_…`` methods return changed copies. The working-day
    calendar is part of the regime but not of its data form (it is configured
    separately, see :class:`~receptionrules.calendar.WorkingCalendar`).

    Attributes:
        name: a short identifier, such as ``"ankang-mayor"``.
        title: the institution and regime in words.
        rule: which days (e.g. the first Tuesday of each month, AK-R-4.2).
        window: which hours (e.g. 上午 08:30–12:00).
        holiday_policy: what happens when the rule's day is not a working day.
        location: where (AK-R-4.3, WF-2, TS-2, UN-1).
        appointments: when a visit outside the regular slot is valid (UN-3.1), if ever.
        rule_ids: the rule IDs (docs/rules.md) the regime implements.
        search_days: how far ahead :meth:`next_reception` looks before it gives up.
    """

    def next_reception(self, at: date | datetime) -> Reception:
        """The earliest reception whose end is later than ``at`` (one in progress counts).

        ``at`` is an aware datetime, or a date meaning the start of that day in
        Asia/Shanghai.

        Raises:
            NaiveDatetimeError: ``at`` is a naive datetime.
            NoReceptionError: nothing within :attr:`search_days` days, or (announced
                dates) no announced date after ``at``.
            CalendarRangeError: the search left the calendar's years.
            ProvisionalDateError: the calendar is strict and the answer is provisional.
        """
        # The hot path: a day of a year promoted to the hot table (regime.index.promote)
        # is one look-up in ``by_day``; a moment in Asia/Shanghai in such a year, one
        # bisection. searches.next_reception is the general case (also past a year's
        # last reception, where the index is out of range).
        kind = type(at)
        if kind is date:
            by_day = self.__pydantic_private__["_receptions"].by_day  # type: ignore[index]
            found: Reception | None = by_day.get(at)
            if found is not None:
                return found
        elif kind is datetime and at.tzinfo is TZ:  # type: ignore[union-attr]
            hot = self.__pydantic_private__["_receptions"].hot.get(at.year)  # type: ignore[index]
            if hot is not None:
                try:
                    return hot[1][bisect_right(hot[0], at)]  # type: ignore[no-any-return]
                except IndexError:
                    pass
        return searches.next_reception(self, at)

    def previous_reception(self, at: date | datetime) -> Reception:
        """The latest reception that started before ``at`` (one in progress counts).

        Searches back in widening steps, at most :attr:`search_days` days.

        Raises:
            NaiveDatetimeError: ``at`` is a naive datetime.
            NoReceptionError: nothing within :attr:`search_days` days before ``at``.
        """
        return searches.previous_reception(self, at)

    def receptions(self, start: date, end: date) -> Iterator[Reception]:
        """The receptions whose day is in ``[start, end]`` (both inclusive), in order.

        Raises (at the call, not when iterating):
            TypeError: ``start`` or ``end`` is not a date.
            ValueError: ``end`` is before ``start``.
        """
        return searches.receptions(self, start, end)

    def reception_on(self, day: date) -> Reception | None:
        """The reception held on ``day``, or None."""
        return searches.reception_on(self, day)

    def is_open(self, at: datetime) -> bool:
        """Whether a reception is in progress at the aware moment ``at`` (end exclusive).

        Raises:
            NaiveDatetimeError: ``at`` is naive.
            TypeError: ``at`` is a date, not a moment.
        """
        if type(at) is datetime and at.tzinfo is TZ:
            # The hot path (see next_reception): the only reception that can be in
            # progress is the first one that ends after ``at``; receptions never overlap.
            hot = self.__pydantic_private__["_receptions"].hot.get(at.year)  # type: ignore[index]
            if hot is not None:
                k = bisect_right(hot[0], at)
                if k < len(hot[0]):
                    start: datetime = hot[1][k].start
                    return start <= at
        return searches.is_open(self, at)

    def months_without_reception(self, start: date, end: date) -> tuple[tuple[int, int], ...]:
        """The months from ``start``'s to ``end``'s with no reception (MC-1 gap, AK-R-4.2).

        A reception counts for the month it is held in.
        """
        return searches.months_without_reception(self, start, end)

    def check_visit(
        self, at: datetime, *, reason: AppointmentReason | str | None = None
    ) -> VisitDecision:
        """Whether a visit at ``at`` is valid: inside a regular reception, or outside it
        for a reason the regime's appointment exception allows (UN-3.1).

        >>> import receptionrules as rr
        >>> from datetime import datetime
        >>> un = rr.preset("union-chair")
        >>> un.check_visit(datetime(2026, 10, 1, 10, tzinfo=rr.TZ), reason="holiday").valid
        True
        >>> un.check_visit(datetime(2026, 10, 1, 10, tzinfo=rr.TZ)).valid
        False
        """
        return visits.check_visit(self, at, reason=reason)
