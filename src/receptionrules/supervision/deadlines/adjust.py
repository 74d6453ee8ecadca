"""What moves a due day: an approved extension (Nat-2) and paused time (Nat-4, local reasons).

**Extensions.** Nat-2's period grows by an extension approved on or before its last day
(as moved so far); a later one does not count (:class:`Extension`, a procedure lapse).

**Pauses.** A ``paused`` event stops a named duty clock from counting; ``resumed``
starts it again. The days from the pause to the resumption (the pause day counted, the
resumption day not: a pause and a resumption on one day move nothing) are added to the
period, in the clock's basis (calendar or working days). The hearing of a re-review
(``reason="hearing"`` on ``re_review_decision``) is the national rule: hearing time does
not count (2005 art. 35, 2022 art. 36; Nat-4). Any other reason is a local one, named as
given. A pause begun after the clock's last day (as moved so far) rescues nothing: it is
listed, not counted. A pause still open on ``as_of`` means the clock is paused now: its
days run to ``as_of``.

:func:`pair_pauses` reads a matter's pauses and resumptions into intervals, per clock, and
refuses what cannot be: a resumption with no pause before it, a second pause while paused.
:func:`adjusted` gives one clock its extension and paused days, and refuses a pause of a
clock that is not running on that day (it does not exist for the matter, or has stopped),
or one still open when the clock's closing event happens. Each refusal is an
:class:`~receptionrules.errors.InconsistentMatterError` naming the matter and the event.

Imports :mod:`~receptionrules.supervision.events`, :mod:`~receptionrules.supervision.matters`,
and :mod:`.limits` and :mod:`.timeline` of the deadlines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from receptionrules.errors import InconsistentMatterError
from receptionrules.supervision.deadlines.limits import DayBasis, DueDays
from receptionrules.supervision.deadlines.timeline import Timeline
from receptionrules.supervision.events import HEARING, ClockPaused, DeadlineExtended
from receptionrules.supervision.matters import PetitionMatter

__all__ = [
    "Extension",
    "Interval",
    "Pause",
    "adjusted",
    "pair_pauses",
    "paused_span",
    "running_on",
]


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


@dataclass(frozen=True, slots=True)
class Pause:
    """One pause of a duty clock, as the clock counts it.

    Attributes:
        clock: the clock's name (``conclude``, ``re_review_decision`` …).
        paused_on, resumed_on: the pause and the resumption; ``resumed_on`` is None while
            the clock is still paused on ``as_of``.
        days: the days not counted, in the clock's basis (to ``as_of`` while open).
        reason: why: ``"hearing"`` or a local reason, as recorded.
        national: the national hearing rule (Nat-4: a hearing on the re-review decision).
        counted: False for a pause begun after the clock's last day: it moves nothing.
        event_index: the ``paused`` event in the matter's ``events``.
    """

    clock: str
    paused_on: date
    resumed_on: date | None
    days: int
    reason: str
    national: bool
    counted: bool
    event_index: int


@dataclass(frozen=True, slots=True)
class Interval:
    """A pause of one clock and its resumption, before it is counted (see :class:`Pause`)."""

    clock: str
    paused_on: date
    resumed_on: date | None
    pause_index: int
    resume_index: int | None
    reason: str


def paused_span(dues: DueDays, start: date, end: date, basis: DayBasis) -> int:
    """The ``basis`` days from ``start`` to ``end`` not counted: 0 for one day."""
    return max(0, dues.left(start, end, basis))


def pair_pauses(matter: PetitionMatter, t: Timeline) -> dict[str, list[Interval]]:
    """The pauses of each clock as intervals, in date order.

    Events of one day are taken in the order that makes sense whatever order they were
    recorded in: a resumption first while the clock is paused, a pause first while not.

    Raises:
        InconsistentMatterError: a resumption with no pause before it, or a pause of a
            clock already paused (overlapping pauses).
    """
    by_clock: dict[str, list[tuple[date, int, bool, str]]] = {}
    for on, i, e in t.pauses:
        reason = e.reason if isinstance(e, ClockPaused) else ""
        by_clock.setdefault(e.clock, []).append((on, i, isinstance(e, ClockPaused), reason))
    out: dict[str, list[Interval]] = {}
    for name, events in by_clock.items():
        intervals: list[Interval] = []
        open_: tuple[date, int, str] | None = None
        k = 0
        while k < len(events):
            day = events[k][0]
            j = k
            while j < len(events) and events[j][0] == day:
                j += 1
            todo = events[k:j]
            while todo:
                pick = next((x for x in todo if x[2] is (open_ is None)), todo[0])
                todo.remove(pick)
                on, i, is_pause, reason = pick
                if is_pause and open_ is not None:
                    raise InconsistentMatterError(
                        matter.id,
                        f"events[{i}]",
                        f"a pause of the {name} clock on {on.isoformat()} while it is paused "
                        f"since {open_[0].isoformat()} (events[{open_[1]}]); pauses of one clock "
                        "do not overlap: resume it first",
                    )
                if not is_pause and open_ is None:
                    raise InconsistentMatterError(
                        matter.id,
                        f"events[{i}]",
                        f"the {name} clock resumed on {on.isoformat()} with no pause before it; "
                        "record the pause, or remove the resumption",
                    )
                if is_pause:
                    open_ = (on, i, reason)
                else:
                    assert open_ is not None
                    intervals.append(Interval(name, open_[0], on, open_[1], i, open_[2]))
                    open_ = None
            k = j
        if open_ is not None:
            intervals.append(Interval(name, open_[0], None, open_[1], None, open_[2]))
        out[name] = intervals
    return out


def adjusted(
    matter: PetitionMatter,
    t: Timeline,
    dues: DueDays,
    name: str,
    basis: DayBasis,
    start: date,
    days: int,
    stop: date | None,
    intervals: list[Interval],
    *,
    extend: bool = False,
) -> tuple[Extension, tuple[Pause, ...], date | None]:
    """One clock's extension (Nat-2 only, with ``extend``), its pauses, and the day it is
    paused since if it is paused on ``t.as_of``.

    ``intervals`` are the pauses of this clock instance (it runs from ``start`` to
    ``stop``). Extensions and pauses are taken in date order, each judged against the
    last day as moved by those before it.

    Raises:
        InconsistentMatterError: a pause still open when the clock stopped on ``stop``.
    """
    as_of = t.as_of
    items: list[tuple[date, int, DeadlineExtended | Interval]] = [
        (iv.paused_on, iv.pause_index, iv) for iv in intervals
    ]
    if extend:
        items += [(on, i, e) for on, i, e in t.extensions]
        items.sort(key=lambda x: (x[0], x[1]))
    total_ext = 0
    total_paused = 0
    late: list[tuple[int, DeadlineExtended, date]] = []
    pauses: list[Pause] = []
    open_since: date | None = None
    for on, i, item in items:
        due_then = dues.due(start, days + total_ext + total_paused, basis)
        if isinstance(item, DeadlineExtended):
            if on > due_then:
                late.append((i, item, due_then))
            else:
                total_ext += item.days
            continue
        end = item.resumed_on
        if stop is not None and (end is None or end > stop):
            raise InconsistentMatterError(
                matter.id,
                f"events[{item.pause_index}]",
                f"the {name} clock stopped on {stop.isoformat()} while paused since "
                f"{item.paused_on.isoformat()}; record its resumption on or before "
                f"{stop.isoformat()}",
            )
        counted = on <= due_then
        n = paused_span(dues, on, as_of if end is None else end, basis)
        if counted:
            total_paused += n
            if end is None:
                open_since = on
        pauses.append(
            Pause(
                clock=name,
                paused_on=on,
                resumed_on=end,
                days=n,
                reason=item.reason,
                national=item.reason == HEARING and name == "re_review_decision",
                counted=counted,
                event_index=item.pause_index,
            )
        )
    return Extension(total_ext, tuple(late)), tuple(pauses), open_since


def running_on(start: date, stop: date | None, day: date) -> bool:
    """A clock running from ``start`` to ``stop`` is running on ``day`` (can pause then)."""
    return start <= day and (stop is None or day < stop)
