"""Deadline clocks of the national petition regulations (Nat-1 … Nat-4).

For a matter and a date, :func:`clocks` says which clocks run, when each falls due,
and how many days remain or are overdue. Each clock cites its article in both
national texts, the 2005 《信访条例》 and the 2022 《信访工作条例》 (their
numbers differ; the figures are the same: :mod:`.citations`). Days are counted as
:mod:`.limits` says (calendar days by default, CAL-1 working days as an option).

Two kinds of clock: a *duty* (the organ must act by the due day: register,
conclude, decide a review) can be overdue; a *window* (the petitioner may act by
the due day: request a review; the receiving organ may object to a transfer) only
opens and lapses.

Events dated after ``as_of`` are ignored, as if not yet known. A clock is first a
:class:`ClockSpec` (what started it, how long it is, what stopped it), cheap to make
for every matter of a large set; judged on a date it gives a status, and, when asked
for, the full :class:`Clock`.

Imports :mod:`~receptionrules.supervision.events`,
:mod:`~receptionrules.supervision.matters`, and :mod:`.citations`, :mod:`.limits` and
:mod:`.timeline` of the deadlines.

>>> from datetime import date
>>> m = PetitionMatter.model_validate({
...     "id": "M-1", "received_on": "2026-03-02", "channel": "letter",
...     "subject": "wages", "place": "Unit A",
...     "events": [{"kind": "accepted", "on": "2026-03-09"}]})
>>> [(c.rule_id, c.status.value, c.due_on.isoformat()) for c in clocks(m, date(2026, 5, 11))]
[('Nat-1', 'met', '2026-03-17'), ('Nat-2', 'overdue', '2026-05-08')]
>>> clocks(m, date(2026, 5, 11))[1].citation.render("2022", "zh")
'《信访工作条例》第三十四条'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Literal, NamedTuple

from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.supervision.deadlines.citations import NAT_CITATIONS, Citation
from receptionrules.supervision.deadlines.limits import (
    DayBasis,
    DueDays,
    NationalTimeLimits,
    check_matter,
)
from receptionrules.supervision.deadlines.timeline import Timeline, check_received
from receptionrules.supervision.events import DeadlineExtended
from receptionrules.supervision.matters import PetitionMatter

__all__ = [
    "Clock",
    "ClockKind",
    "ClockName",
    "ClockSpec",
    "ClockStatus",
    "Extension",
    "clock_specs",
    "clocks",
    "nat2_extension",
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


@dataclass(frozen=True, slots=True)
class Clock:
    """One national time limit applied to one matter, as of a date (Nat-1 … Nat-4).

    Attributes:
        rule_id: ``"Nat-1"`` … ``"Nat-4"`` (``"Nat-1a"`` for the transfer objection).
        name: what is due: ``register``, ``conclude``, ``review_request`` …
        kind: ``duty`` or ``window``.
        started_on: the triggering event's day (not counted).
        days: the period, extensions included, in ``basis`` days.
        due_on: the last day of the period.
        stopped_on: the day the duty was done or the window used, else None.
        days_left: for a running duty or an open window, the ``basis`` days from
            ``as_of`` to ``due_on`` (0 on the due day, negative when overdue); else None.
        extension_days: the approved extension counted in ``days`` (Nat-2).
        provisional: ``due_on`` rests on a year without an official holiday schedule (CAL-2).
        citation: the articles in both national texts.
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

    @property
    def running(self) -> bool:
        """A duty not yet done (in time or overdue), or a window still open."""
        return self.status in (ClockStatus.RUNNING, ClockStatus.OVERDUE, ClockStatus.OPEN)

    @property
    def overdue(self) -> bool:
        return self.status is ClockStatus.OVERDUE

    @property
    def days_overdue(self) -> int:
        """How many ``basis`` days past due a running duty is (0 if not overdue)."""
        return -self.days_left if self.days_left is not None and self.days_left < 0 else 0


class ClockSpec(NamedTuple):
    """A clock before it is judged on a date (Nat-1 … Nat-4): cheap to make for every matter.

    What started it and when, its period and approved extension (in ``basis`` days), and
    the day it stopped, if it did by ``as_of``; :meth:`judge` gives the due day and the
    status on a date, and :meth:`clock` the full :class:`Clock`. A set of matters is
    judged from these, and a :class:`Clock` is built only where one is reported.
    """

    rule_id: str
    name: ClockName
    kind: ClockKind
    basis: DayBasis
    started_on: date
    days: int
    extension: int
    stopped_on: date | None

    def judge(self, dues: DueDays, as_of: date) -> tuple[date, ClockStatus]:
        """The due day and the status on ``as_of``."""
        due = dues.due(self.started_on, self.days + self.extension, self.basis)
        stop = self.stopped_on
        if self.kind == "duty":
            if stop is not None:
                return due, ClockStatus.MET if stop <= due else ClockStatus.LATE
            return due, ClockStatus.OVERDUE if as_of > due else ClockStatus.RUNNING
        if stop is not None:
            return due, ClockStatus.EXERCISED if stop <= due else ClockStatus.EXERCISED_LATE
        return due, ClockStatus.LAPSED if as_of > due else ClockStatus.OPEN

    def clock(self, due: date, status: ClockStatus, dues: DueDays, as_of: date) -> Clock:
        """The full :class:`Clock`, once judged."""
        running = status in (ClockStatus.RUNNING, ClockStatus.OVERDUE, ClockStatus.OPEN)
        return Clock(
            rule_id=self.rule_id,
            name=self.name,
            kind=self.kind,
            basis=self.basis,
            started_on=self.started_on,
            days=self.days + self.extension,
            due_on=due,
            status=status,
            stopped_on=self.stopped_on,
            days_left=dues.left(as_of, due, self.basis) if running else None,
            citation=NAT_CITATIONS[self.rule_id],
            extension_days=self.extension,
            provisional=dues.calendar.is_provisional(due),
        )


def _earliest(*days: date | None) -> date | None:
    present = [d for d in days if d is not None]
    return min(present) if present else None


@dataclass(frozen=True, slots=True)
class Extension:
    """How the Nat-2 period was extended: the days honoured, and extensions that were not.

    Attributes:
        days: the approved extension days that count.
        late: each extension approved after the period's last day, as (event index, the
            event, the last day of the period when it was approved): a procedure lapse
            (AK-S-2.4).
    """

    days: int
    late: tuple[tuple[int, DeadlineExtended, date], ...]  # (index, event, due when approved)


def nat2_extension(dues: DueDays, t: Timeline, accepted_on: date) -> Extension:
    """The Nat-2 extension of a matter accepted on ``accepted_on``.

    Extensions approved on or before the period's last day (the period as extended so
    far) count; later ones do not, and are listed in :attr:`Extension.late`.
    """
    lim = dues.limits
    total = 0
    late: list[tuple[int, DeadlineExtended, date]] = []
    for on, i, e in t.extensions:
        due_then = dues.due(accepted_on, lim.conclude_days + total, lim.basis)
        if on > due_then:
            late.append((i, e, due_then))
        else:
            total += e.days
    return Extension(total, tuple(late))


def clock_specs(t: Timeline, dues: DueDays) -> list[ClockSpec]:
    """The clocks started on or before ``t.as_of``, in rule order (Nat-1, Nat-1a, Nat-2,
    Nat-3, Nat-4), not yet judged; ``dues`` carries the limits and the calendar."""
    lim = dues.limits
    basis = lim.basis
    m = t.matter
    out: list[ClockSpec] = []
    concluded = t.concluded_on
    # Nat-1: from receipt, and again from each transfer, to the next decision.
    start = m.received_on
    routed, decision = t.routing()
    for on, _ in routed:
        out.append(ClockSpec("Nat-1", "register", "duty", basis, start, lim.register_days, 0, on))
        start = on
    stop = concluded if decision is None else decision[0]
    out.append(ClockSpec("Nat-1", "register", "duty", basis, start, lim.register_days, 0, stop))
    # Nat-1a: the receiving organ's window to object to each transfer.
    transfers = [on for on, _, kind in t.decisions if kind == "transferred"]
    for j, on in enumerate(transfers):
        nxt = transfers[j + 1] if j + 1 < len(transfers) else None
        used = next((o for o in t.objections if o >= on and (nxt is None or o < nxt)), None)
        out.append(
            ClockSpec(
                "Nat-1a",
                "transfer_objection",
                "window",
                lim.transfer_objection_basis,
                on,
                lim.transfer_objection_days,
                0,
                used,
            )
        )
    # Nat-2: conclude within 60 days of acceptance (+ one approved extension).
    if t.accepted_on is not None:
        extension = nat2_extension(dues, t, t.accepted_on).days if t.extensions else 0
        out.append(
            ClockSpec(
                "Nat-2",
                "conclude",
                "duty",
                basis,
                t.accepted_on,
                lim.conclude_days,
                extension,
                _earliest(t.answered_on, concluded),
            )
        )
    # Nat-3: the petitioner's window to ask for a review (from receiving the answer),
    # then the review decision.
    if t.answered_on is not None and t.fed_back_on is not None:
        out.append(
            ClockSpec(
                "Nat-3",
                "review_request",
                "window",
                basis,
                t.fed_back_on,
                lim.review_request_days,
                0,
                t.review_requested_on,
            )
        )
    if t.review_requested_on is not None:
        out.append(
            ClockSpec(
                "Nat-3",
                "review_decision",
                "duty",
                basis,
                t.review_requested_on,
                lim.review_decision_days,
                0,
                _earliest(t.review_decided_on, concluded),
            )
        )
    # Nat-4: the same for the re-review.
    if t.review_decided_on is not None:
        out.append(
            ClockSpec(
                "Nat-4",
                "re_review_request",
                "window",
                basis,
                t.review_decided_on,
                lim.re_review_request_days,
                0,
                t.re_review_requested_on,
            )
        )
    if t.re_review_requested_on is not None:
        out.append(
            ClockSpec(
                "Nat-4",
                "re_review_decision",
                "duty",
                basis,
                t.re_review_requested_on,
                lim.re_review_decision_days,
                0,
                _earliest(t.re_review_decided_on, concluded),
            )
        )
    return out


def clocks(
    matter: PetitionMatter,
    as_of: date,
    *,
    limits: NationalTimeLimits | None = None,
    calendar: WorkingCalendar | None = None,
) -> tuple[Clock, ...]:
    """Every national clock of ``matter`` started on or before ``as_of``, with its state.

    Clocks come in the order the rules apply (Nat-1, Nat-1a, Nat-2, Nat-3, Nat-4);
    ``[c for c in clocks(...) if c.running]`` are the ones that run.

    Raises:
        InconsistentMatterError: the extensions break ``limits`` (see :func:`check_matter`).
        ValueError: the matter was received after ``as_of``.
        CalendarRangeError: a due day is outside the calendar's years.
    """
    lim = limits or NationalTimeLimits()
    check_matter(matter, lim)
    check_received(matter, as_of)
    dues = DueDays(lim, calendar or default_calendar())
    out = []
    for spec in clock_specs(Timeline.of(matter, as_of), dues):
        due, status = spec.judge(dues, as_of)
        out.append(spec.clock(due, status, dues, as_of))
    return tuple(out)
