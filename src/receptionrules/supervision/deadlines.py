"""Deadline clocks of the national petition regulations (Nat-1 … Nat-4).

For a matter and a date, :func:`clocks` says which clocks run, when each falls due,
and how many days remain or are overdue. Each clock cites its article in both
national texts, the 2005 《信访条例》 and the 2022 《信访工作条例》 (their
numbers differ; the figures are the same).

The figures are parameters (:class:`NationalTimeLimits`) with SPEC's defaults.
Counting (SPEC "Default (counting)"): a day is a calendar day; the day of the
triggering event is not counted; a period whose last day is not a working day
ends on the next working day (Civil Code arts. 201, 203). Counting in working days
on the library's calendar is an option (``basis="working"``).

Two kinds of clock: a *duty* (the organ must act by the due day: register,
conclude, decide a review) can be overdue; a *window* (the petitioner may act by
the due day: request a review; the receiving organ may object to a transfer) only
opens and lapses.

Events dated after ``as_of`` are ignored, as if not yet known.

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

from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Literal, NamedTuple

from pydantic import BaseModel, ConfigDict, Field

from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.errors import InconsistentMatterError
from receptionrules.supervision.matters import (
    DeadlineExtended,
    ManualFlag,
    PetitionMatter,
    SupervisionMethod,
)

__all__ = [
    "NAT_CITATIONS",
    "Citation",
    "Clock",
    "ClockKind",
    "ClockName",
    "ClockStatus",
    "DayBasis",
    "MatterStatus",
    "NationalText",
    "NationalTimeLimits",
    "check_matter",
    "clocks",
    "due_date",
    "matter_status",
]

DayBasis = Literal["calendar", "working"]
"""How a period's days are counted: calendar days (the default) or working days (CAL-1)."""

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


class NationalText(StrEnum):
    """The national petition regulations a clock cites."""

    REGULATIONS_2005 = "2005"
    """《信访条例》, State Council, 2005 (the text the seed documents cite)."""
    WORK_REGULATIONS_2022 = "2022"
    """《信访工作条例》, in force 2022-05-01."""

    @property
    def title_zh(self) -> str:
        return "《信访条例》" if self is NationalText.REGULATIONS_2005 else "《信访工作条例》"

    @property
    def title_en(self) -> str:
        return (
            "Regulations on Letters and Visits (2005)"
            if self is NationalText.REGULATIONS_2005
            else "Regulations on Letters and Visits Work (2022)"
        )


_ZH_DIGITS = "零一二三四五六七八九"


def _zh_number(n: int) -> str:
    """1–99 in Chinese numerals: 33 -> 三十三."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _ZH_DIGITS[tens] + "十")
    return head + ("" if ones == 0 and tens else _ZH_DIGITS[ones])


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a national rule stands in each national text (the Nat table of SPEC).

    >>> NAT_CITATIONS["Nat-1"].render("2005")
    'Regulations on Letters and Visits (2005), arts. 21, 22'
    >>> NAT_CITATIONS["Nat-1a"].articles("2005")
    ()
    """

    rule_id: str
    articles_2005: tuple[int, ...]
    articles_2022: tuple[int, ...]

    def articles(self, text: NationalText | str) -> tuple[int, ...]:
        """The article numbers in ``text`` ('2005' or '2022'); empty if it has none."""
        text = NationalText(text)
        return self.articles_2005 if text is NationalText.REGULATIONS_2005 else self.articles_2022

    def render(self, text: NationalText | str, language: Literal["en", "zh"] = "en") -> str:
        """E.g. ``'《信访条例》第三十三条'`` or ``'Regulations … (2005), art. 33'``."""
        text = NationalText(text)
        arts = self.articles(text)
        if language == "zh":
            if not arts:
                return f"{text.title_zh}无对应条款"
            return text.title_zh + "、".join(f"第{_zh_number(a)}条" for a in arts)
        if not arts:
            return f"{text.title_en}: no corresponding article"
        label = "art." if len(arts) == 1 else "arts."
        return f"{text.title_en}, {label} {', '.join(map(str, arts))}"


NAT_CITATIONS: dict[str, Citation] = {
    "Nat-1": Citation("Nat-1", (21, 22), (22, 23)),
    "Nat-1a": Citation("Nat-1a", (), (23,)),
    "Nat-2": Citation("Nat-2", (33,), (34,)),
    "Nat-3": Citation("Nat-3", (34,), (35,)),
    "Nat-4": Citation("Nat-4", (35,), (36,)),
    "Nat-5": Citation("Nat-5", (18,), (20,)),
}
"""The article numbers of each national rule in the 2005 and 2022 texts (SPEC's Nat table)."""


class NationalTimeLimits(BaseModel):
    """The national time limits (Nat-1 … Nat-4) and how their days are counted.

    Every figure is SPEC's default and can be changed.

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

    >>> NationalTimeLimits().conclude_days, NationalTimeLimits(basis="working").basis
    (60, 'working')
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    basis: DayBasis = "calendar"
    roll_to_working_day: bool = True
    register_days: int = Field(default=15, ge=0)
    transfer_objection_days: int = Field(default=5, ge=0)
    transfer_objection_basis: DayBasis = "working"
    conclude_days: int = Field(default=60, ge=0)
    extension_max_days: int = Field(default=30, ge=0)
    max_extensions: int = Field(default=1, ge=0)
    review_request_days: int = Field(default=30, ge=0)
    review_decision_days: int = Field(default=30, ge=0)
    re_review_request_days: int = Field(default=30, ge=0)
    re_review_decision_days: int = Field(default=30, ge=0)


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
    """
    cal = calendar or default_calendar()
    if basis == "working":
        return cal.add_working_days(start, days)
    end = start + timedelta(days=days)
    return cal.next_working_day(end) if roll_to_working_day else end


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


class MatterStatus(StrEnum):
    """Where a matter stands on a date."""

    RECEIVED = "received"
    """Awaiting the decision on acceptance (Nat-1)."""
    TRANSFERRED = "transferred"
    """Transferred; awaiting the receiving organ's decision (Nat-1)."""
    ACCEPTED = "accepted"
    """Accepted and being handled (Nat-2)."""
    ANSWERED = "answered"
    """Answered in writing; the result not yet received, or the review window open (Nat-3)."""
    IN_REVIEW = "in_review"
    """Review requested, not decided (Nat-3)."""
    REVIEWED = "reviewed"
    """Review decided; the re-review window is open (Nat-4)."""
    IN_RE_REVIEW = "in_re_review"
    """Re-review requested, not decided (Nat-4)."""
    DECLINED = "declined"
    """Not accepted (closed)."""
    FINAL = "final"
    """The answer or review decision stands: the request window lapsed (closed)."""
    CLOSED_TO_PETITION = "closed_to_petition"
    """Re-review decided: closed to petition (Nat-4; closed)."""
    CONCLUDED = "concluded"
    """Concluded (closed)."""

    @property
    def closed(self) -> bool:
        return self in _CLOSED


_CLOSED = frozenset(
    {
        MatterStatus.DECLINED,
        MatterStatus.FINAL,
        MatterStatus.CLOSED_TO_PETITION,
        MatterStatus.CONCLUDED,
    }
)


# ---------------------------------------------------------------------------
# Consistency against the limits in use


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


# ---------------------------------------------------------------------------
# The history as of a date, read once


@dataclass(slots=True)
class Timeline:
    """What a matter's events say as of a date (events after it ignored). Internal."""

    matter: PetitionMatter
    as_of: date
    decisions: list[tuple[date, int, str]] = field(default_factory=list)
    objections: list[date] = field(default_factory=list)
    extensions: list[tuple[date, int, DeadlineExtended]] = field(default_factory=list)
    methods: list[tuple[date, SupervisionMethod]] = field(default_factory=list)
    misconduct: list[int] = field(default_factory=list)
    flags: list[ManualFlag] = field(default_factory=list)
    accepted_on: date | None = None
    declined_on: date | None = None
    answered_on: date | None = None
    fed_back_on: date | None = None
    review_requested_on: date | None = None
    review_decided_on: date | None = None
    re_review_requested_on: date | None = None
    re_review_decided_on: date | None = None
    concluded_on: date | None = None

    @classmethod
    def of(cls, matter: PetitionMatter, as_of: date) -> Timeline:
        t = cls(matter, as_of)
        for i, e in enumerate(matter.events):
            on = e.on
            if on > as_of:
                continue
            k = e.kind
            if k == "accepted":
                t.accepted_on = on
                t.decisions.append((on, i, k))
            elif k == "answered":
                t.answered_on = on
            elif k == "fed_back":
                if t.fed_back_on is None or on < t.fed_back_on:
                    t.fed_back_on = on
            elif k == "supervision_opened":
                t.methods.append((on, e.method))  # type: ignore[union-attr]
            elif k == "transferred":
                t.decisions.append((on, i, k))
            elif k == "concluded":
                t.concluded_on = on
            elif k == "review_requested":
                t.review_requested_on = on
            elif k == "review_decided":
                t.review_decided_on = on
            elif k == "re_review_requested":
                t.re_review_requested_on = on
            elif k == "re_review_decided":
                t.re_review_decided_on = on
            elif k == "extended":
                t.extensions.append((on, i, e))  # type: ignore[arg-type]
            elif k == "flagged":
                t.flags.append(e)  # type: ignore[arg-type]
            elif k == "declined":
                t.declined_on = on
                t.decisions.append((on, i, k))
            elif k == "transfer_objected":
                t.objections.append(on)
            elif k != "assigned":
                t.misconduct.append(i)
        if len(t.decisions) > 1:
            t.decisions.sort()
        if len(t.extensions) > 1:
            t.extensions.sort(key=lambda x: (x[0], x[1]))
        if len(t.methods) > 1:
            t.methods.sort()
        if len(t.objections) > 1:
            t.objections.sort()
        return t

    def routing(self) -> tuple[list[tuple[date, int]], tuple[date, str] | None]:
        """The transfers before the first decision, as (day, event index), and that
        decision, (day, ``"accepted"`` or ``"declined"``), if there was one (Nat-1)."""
        transfers: list[tuple[date, int]] = []
        for on, index, kind in self.decisions:
            if kind != "transferred":
                return transfers, (on, kind)
            transfers.append((on, index))
        return transfers, None


class _Dues:
    """Due days for one evaluation, memoised: many matters share start days."""

    __slots__ = ("_cache", "calendar", "limits")

    def __init__(self, limits: NationalTimeLimits, calendar: WorkingCalendar) -> None:
        self.limits = limits
        self.calendar = calendar
        self._cache: dict[tuple[date, int, str], date] = {}

    def due(self, start: date, days: int, basis: DayBasis) -> date:
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
        if basis == "calendar":
            return (due - as_of).days
        lo, hi, sign = (as_of, due, 1) if due >= as_of else (due, as_of, -1)
        n = sum(1 for d in self.calendar.working_days(lo + timedelta(days=1), hi))
        return sign * n


class ClockSpec(NamedTuple):
    """A clock before it is judged on a date: cheap to make for every matter. Internal."""

    rule_id: str
    name: ClockName
    kind: ClockKind
    basis: DayBasis
    started_on: date
    days: int
    extension: int
    stopped_on: date | None

    def judge(self, dues: _Dues, as_of: date) -> tuple[date, ClockStatus]:
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

    def clock(self, due: date, status: ClockStatus, dues: _Dues, as_of: date) -> Clock:
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
class _Extension:
    """How the Nat-2 period was extended: the days honoured, and extensions that were not."""

    days: int
    late: tuple[tuple[int, DeadlineExtended, date], ...]  # (index, event, due when approved)


def _extension(dues: _Dues, t: Timeline, accepted_on: date) -> _Extension:
    """Extensions approved on or before the period's last day count; later ones do not."""
    lim = dues.limits
    total = 0
    late: list[tuple[int, DeadlineExtended, date]] = []
    for on, i, e in t.extensions:
        due_then = dues.due(accepted_on, lim.conclude_days + total, lim.basis)
        if on > due_then:
            late.append((i, e, due_then))
        else:
            total += e.days
    return _Extension(total, tuple(late))


def _specs(t: Timeline, dues: _Dues) -> list[ClockSpec]:
    """The clocks started on or before ``t.as_of``, in rule order."""
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
        extension = _extension(dues, t, t.accepted_on).days if t.extensions else 0
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


def _status(t: Timeline, lapsed: Container[str]) -> MatterStatus:
    """The matter's status, given the names of the windows that lapsed unused."""
    if t.concluded_on is not None:
        return MatterStatus.CONCLUDED
    if t.declined_on is not None:
        return MatterStatus.DECLINED
    if t.re_review_decided_on is not None:
        return MatterStatus.CLOSED_TO_PETITION
    if t.re_review_requested_on is not None:
        return MatterStatus.IN_RE_REVIEW
    if t.review_decided_on is not None:
        return MatterStatus.FINAL if "re_review_request" in lapsed else MatterStatus.REVIEWED
    if t.review_requested_on is not None:
        return MatterStatus.IN_REVIEW
    if t.answered_on is not None:
        return MatterStatus.FINAL if "review_request" in lapsed else MatterStatus.ANSWERED
    if t.accepted_on is not None:
        return MatterStatus.ACCEPTED
    if t.decisions:
        return MatterStatus.TRANSFERRED
    return MatterStatus.RECEIVED


def _received(matter: PetitionMatter, as_of: date) -> None:
    if matter.received_on > as_of:
        raise ValueError(
            f"matter {matter.id!r}: received_on {matter.received_on.isoformat()} is after "
            f"as_of {as_of.isoformat()}; a matter has no clocks before it is received"
        )


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
    _received(matter, as_of)
    dues = _Dues(lim, calendar or default_calendar())
    out = []
    for spec in _specs(Timeline.of(matter, as_of), dues):
        due, status = spec.judge(dues, as_of)
        out.append(spec.clock(due, status, dues, as_of))
    return tuple(out)


def matter_status(
    matter: PetitionMatter,
    as_of: date,
    *,
    limits: NationalTimeLimits | None = None,
    calendar: WorkingCalendar | None = None,
) -> MatterStatus:
    """Where ``matter`` stands on ``as_of``: in handling, in review, or closed, and how.

    An answer (or review decision) becomes final when the petitioner's request window
    lapses unused; a re-review decision closes the matter to petition (Nat-4).

    Raises:
        InconsistentMatterError: the extensions break ``limits`` (see :func:`check_matter`).
        ValueError: the matter was received after ``as_of``.

    >>> from datetime import date
    >>> m = PetitionMatter.model_validate({
    ...     "id": "M-2", "received_on": "2026-03-02", "channel": "visit",
    ...     "subject": "wages", "place": "Unit A", "events": [
    ...         {"kind": "accepted", "on": "2026-03-03"},
    ...         {"kind": "answered", "on": "2026-03-20"},
    ...         {"kind": "fed_back", "on": "2026-03-23"}]})
    >>> matter_status(m, date(2026, 4, 22)).value, matter_status(m, date(2026, 4, 23)).value
    ('answered', 'final')
    """
    lim = limits or NationalTimeLimits()
    check_matter(matter, lim)
    _received(matter, as_of)
    t = Timeline.of(matter, as_of)
    dues = _Dues(lim, calendar or default_calendar())
    lapsed = {s.name for s in _specs(t, dues) if s.judge(dues, as_of)[1] is ClockStatus.LAPSED}
    return _status(t, lapsed)
