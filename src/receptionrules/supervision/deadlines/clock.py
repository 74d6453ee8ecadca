"""A deadline clock of the national petition regulations and its state (Nat-1 … Nat-4).

Two kinds of clock: a *duty* (the organ must act by the due day: register,
conclude, decide a review) can be overdue, warns as its due day nears (:mod:`.warnings`)
and can pause (:mod:`.adjust`); a *window* (the petitioner may act by the due day:
request a review; the receiving organ may object to a transfer) only opens and lapses.

A clock is first a :class:`ClockSpec` (what started it, how long it is, what moved and
what stopped it), cheap to make for every matter of a large set; judged on a date it
gives a :class:`ClockStatus`, and, when asked for, the full :class:`Clock`. Which
clocks a matter runs is :mod:`.specs`'s. Each clock cites its article in both national
texts, the 2005 《信访条例》 and the 2022 《信访工作条例》 (their numbers differ; the
figures are the same: :mod:`.citations`). Days are counted as :mod:`.limits` says
(calendar days by default, CAL-1 working days as an option).

Imports :mod:`~receptionrules.supervision.events`, and :mod:`.adjust`, :mod:`.citations` and
:mod:`.limits` of the deadlines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal, NamedTuple

from receptionrules.supervision.deadlines.adjust import Pause
from receptionrules.supervision.deadlines.citations import NAT_CITATIONS, Citation, NationalText
from receptionrules.supervision.deadlines.limits import DayBasis, DueDays
from receptionrules.supervision.events import DeadlineExtended

__all__ = [
    "RUNNING_STATUSES",
    "Clock",
    "ClockKind",
    "ClockName",
    "ClockSpec",
    "ClockStatus",
]

ClockKind = Literal["duty", "window"]
"""A duty (the organ must act; can be overdue) or a window (a party may act; lapses)."""

ClockName = Literal[
    "register",
    "transfer_objection",
    "conclude",
    "review_request",
    "review_decision",
    "re_review_request",
    "re_review_decision",
]
"""What a clock is for: the duty or window it times (see :class:`Clock`)."""


class ClockStatus(StrEnum):
    """Where a clock stands on a date."""

    RUNNING = "running"
    """A duty not done yet, and not yet due."""
    WARNING = "warning"
    """A duty not done yet, not yet due, and within its warning threshold (临期预警)."""
    PAUSED = "paused"
    """A duty not done yet whose clock is paused now (a hearing, a local reason)."""
    OVERDUE = "overdue"
    """A duty not done, past its due day."""
    MET = "met"
    """A duty done on or before its due day."""
    LATE = "late"
    """A duty done after its due day."""
    OPEN = "open"
    """A window still open."""
    LAPSED = "lapsed"
    """A window that closed without being used."""
    EXERCISED = "exercised"
    """A window used in time."""
    EXERCISED_LATE = "exercised_late"
    """A window used after it closed."""


RUNNING_STATUSES = frozenset(
    {
        ClockStatus.RUNNING,
        ClockStatus.WARNING,
        ClockStatus.PAUSED,
        ClockStatus.OVERDUE,
        ClockStatus.OPEN,
    }
)
"""The statuses of a clock still running: a duty not done (in time, warning, paused or
overdue), or a window still open."""


@dataclass(frozen=True, slots=True)
class Clock:
    """One national time limit applied to one matter, as of a date (Nat-1 … Nat-4).

    Attributes:
        rule_id: ``"Nat-1"`` … ``"Nat-4"`` (``"Nat-1a"`` for the transfer objection).
        name: what is due: ``register``, ``conclude``, ``review_request`` …
        kind: ``duty`` or ``window``.
        started_on: the triggering event's day (not counted).
        days: the period, extensions and paused days included, in ``basis`` days.
        due_on: the last day of the period.
        stopped_on: the day the duty was done or the window used, else None.
        days_left: for a running duty or an open window, the ``basis`` days from
            ``as_of`` to ``due_on`` (0 on the due day, negative when overdue); else None.
        extension_days: the approved extension counted in ``days`` (Nat-2).
        paused_days: the paused days counted in ``days`` (to ``as_of`` while paused).
        pauses: every pause of the clock, counted or not (see :mod:`.adjust`).
        warn_within: a running duty warns with this many days left or fewer (None for a
            window, or with warnings off).
        provisional: ``due_on`` rests on a year without an official holiday schedule (CAL-2).
        citation: the articles in both national texts.
        text: the national text the matter is judged under.
    """

    rule_id: str
    name: ClockName
    kind: ClockKind
    basis: DayBasis
    started_on: date
    days: int
    due_on: date
    status: ClockStatus
    stopped_on: date | None
    days_left: int | None
    citation: Citation
    extension_days: int = 0
    provisional: bool = False
    paused_days: int = 0
    pauses: tuple[Pause, ...] = ()
    warn_within: int | None = None
    text: NationalText = NationalText.WORK_REGULATIONS_2022

    @property
    def running(self) -> bool:
        """A duty not yet done (in time, warning, paused or overdue), or a window still open."""
        return self.status in RUNNING_STATUSES

    @property
    def paused(self) -> bool:
        """The clock is paused now."""
        return self.status is ClockStatus.PAUSED

    @property
    def overdue(self) -> bool:
        return self.status is ClockStatus.OVERDUE

    @property
    def days_overdue(self) -> int:
        """How many ``basis`` days past due a running duty is (0 if not overdue)."""
        return -self.days_left if self.days_left is not None and self.days_left < 0 else 0


class ClockSpec(NamedTuple):
    """A clock before it is judged on a date (Nat-1 … Nat-4): cheap to make for every matter.

    What started it and when, its period, approved extension and paused days (in
    ``basis`` days), and the day it stopped, if it did by ``as_of``; Nat-2's extensions
    approved too late to count, as (event index, event, the last day then), are
    ``late_extensions`` (a procedure lapse, AK-S-2.4). :meth:`judge` gives
    the due day and the status on a date, and :meth:`clock` the full :class:`Clock`. A
    set of matters is judged from these, and a :class:`Clock` is built only where one is
    reported.
    """

    rule_id: str
    name: ClockName
    kind: ClockKind
    basis: DayBasis
    started_on: date
    days: int
    extension: int
    stopped_on: date | None
    paused: int = 0
    pauses: tuple[Pause, ...] = ()
    paused_since: date | None = None
    text: NationalText = NationalText.WORK_REGULATIONS_2022
    late_extensions: tuple[tuple[int, DeadlineExtended, date], ...] = ()

    @property
    def period(self) -> int:
        """The period with its extension and paused days, in ``basis`` days."""
        return self.days + self.extension + self.paused

    def judge(self, dues: DueDays, as_of: date) -> tuple[date, ClockStatus]:
        """The due day and the status on ``as_of``."""
        due = dues.due(self.started_on, self.days + self.extension + self.paused, self.basis)
        stop = self.stopped_on
        if self.kind == "duty":
            if stop is not None:
                return due, ClockStatus.MET if stop <= due else ClockStatus.LATE
            if self.paused_since is not None:
                return due, ClockStatus.PAUSED
            if as_of > due:
                return due, ClockStatus.OVERDUE
            within = dues.warn_within(self.name, self.period)
            if within is not None and dues.left(as_of, due, self.basis) <= within:
                return due, ClockStatus.WARNING
            return due, ClockStatus.RUNNING
        if stop is not None:
            return due, ClockStatus.EXERCISED if stop <= due else ClockStatus.EXERCISED_LATE
        return due, ClockStatus.LAPSED if as_of > due else ClockStatus.OPEN

    def clock(self, due: date, status: ClockStatus, dues: DueDays, as_of: date) -> Clock:
        """The full :class:`Clock`, once judged."""
        running = status in RUNNING_STATUSES
        duty = self.kind == "duty"
        return Clock(
            rule_id=self.rule_id,
            name=self.name,
            kind=self.kind,
            basis=self.basis,
            started_on=self.started_on,
            days=self.period,
            due_on=due,
            status=status,
            stopped_on=self.stopped_on,
            days_left=dues.left(as_of, due, self.basis) if running else None,
            citation=NAT_CITATIONS[self.rule_id],
            extension_days=self.extension,
            provisional=dues.calendar.is_provisional(due),
            paused_days=self.paused,
            pauses=self.pauses,
            warn_within=dues.warn_within(self.name, self.period) if duty else None,
            text=self.text,
        )
