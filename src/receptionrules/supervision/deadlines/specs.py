"""Which national clocks a matter runs as of a date (Nat-1 … Nat-4, Nat-8), and their state.

For a matter and a date, :func:`clocks` says which clocks run, when each falls due,
and how many days remain or are overdue; :func:`clock_specs` gives them unjudged, for
the evaluation of a large set.

Which clocks run follows the national text the matter is judged under
(:attr:`~.limits.NationalTimeLimits.national_text`). Under the 2022 text Nat-2 runs for
a claim of route (6) (art. 34; an unclassified matter is taken as one), not for a
suggestion, an accusation or a claim of route (5); a claim of route (1)–(4) is directed
to that procedure on the day it is so classified, which ends its clocks (Nat-8). Under
the 2005 text Nat-2 runs for every accepted matter, whatever its classification. A
matter merged into the one it repeats runs no clocks from the merge on. Nat-2's
extension and every clock's pauses are counted as :mod:`.adjust` says.

Events dated after ``as_of`` are ignored, as if not yet known.

Imports :mod:`~receptionrules.supervision.categories`,
:mod:`~receptionrules.supervision.matters`, and :mod:`.adjust`, :mod:`.citations`,
:mod:`.clock`, :mod:`.limits`, :mod:`.timeline` and :mod:`.warnings` of the deadlines.

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

from datetime import date

from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.errors import InconsistentMatterError
from receptionrules.supervision.categories import ClaimRoute, MatterCategory
from receptionrules.supervision.deadlines.adjust import (
    Interval,
    adjusted,
    pair_pauses,
    running_on,
)
from receptionrules.supervision.deadlines.citations import NationalText
from receptionrules.supervision.deadlines.clock import Clock, ClockSpec
from receptionrules.supervision.deadlines.limits import DueDays, NationalTimeLimits, check_matter
from receptionrules.supervision.deadlines.timeline import Timeline, check_received
from receptionrules.supervision.deadlines.warnings import WarningThresholds
from receptionrules.supervision.events import DeadlineExtended
from receptionrules.supervision.matters import PetitionMatter

__all__ = ["clock_specs", "clocks", "direction_day", "nat2_runs"]


_NO_LATE: tuple[tuple[int, DeadlineExtended, date], ...] = ()


def _earliest(a: date | None, b: date | None) -> date | None:
    if a is None:
        return b
    return a if b is None or a <= b else b


def direction_day(t: Timeline, text: NationalText) -> date | None:
    """The day a claim was directed to another procedure (导入相应程序): under the 2022
    text, the day of the classification in force when it is route (1)–(4) (Nat-8)."""
    c = t.classification
    if text is NationalText.WORK_REGULATIONS_2022 and c is not None and c.route is not None:
        return c.on if c.route.directs else None
    return None


def nat2_runs(t: Timeline, text: NationalText) -> bool:
    """Whether the matter's classification in force lets Nat-2 run under ``text``: every
    matter under 2005; under 2022 a claim of route (6) or (1)–(4) (until directed), or an
    unclassified matter, taken as route (6) (art. 34; Nat-8)."""
    c = t.classification
    if text is NationalText.REGULATIONS_2005 or c is None:
        return True
    return c.category is MatterCategory.CLAIM and c.route is not ClaimRoute.DUTY


def clock_specs(t: Timeline, dues: DueDays) -> list[ClockSpec]:
    """The clocks started on or before ``t.as_of``, in rule order (Nat-1, Nat-1a, Nat-2,
    Nat-3, Nat-4), not yet judged; ``dues`` carries the limits, the calendar and the
    warning thresholds.

    Raises:
        InconsistentMatterError: a pause that cannot be (see :mod:`.adjust`).
    """
    lim = dues.limits
    basis = lim.basis
    m = t.matter
    text = lim.text_for(m.received_on)
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
    # Nat-2: conclude within 60 days of acceptance (+ one approved extension); under the
    # 2022 text only a claim of route (6) (Nat-8).
    if t.accepted_on is not None and nat2_runs(t, text):
        ext, late = 0, _NO_LATE
        if t.extensions and not t.pauses:  # with pauses, _adjust counts both together
            ext, late = _extension(dues, t, t.accepted_on)
        out.append(
            ClockSpec(
                "Nat-2",
                "conclude",
                "duty",
                basis,
                t.accepted_on,
                lim.conclude_days,
                ext,
                _earliest(t.answered_on, concluded),
                late_extensions=late,
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
    # The day petition handling ended otherwise: directed to another procedure (2022,
    # Nat-8), or merged into the matter it repeats. Later clocks do not start; duties stop.
    merged = t.repeat.on if t.repeat is not None and t.repeat.merged else None
    ended = _earliest(direction_day(t, text), merged)
    if ended is not None:
        out = [
            s._replace(stopped_on=_earliest(s.stopped_on, ended)) if s.kind == "duty" else s
            for s in out
            if s.started_on <= ended
        ]
    if t.pauses:
        out = _adjust(t, dues, out)
    if text is not NationalText.WORK_REGULATIONS_2022:
        out = [s._replace(text=text) for s in out]
    return out


def _extension(
    dues: DueDays, t: Timeline, accepted_on: date
) -> tuple[int, tuple[tuple[int, DeadlineExtended, date], ...]]:
    """Nat-2's extension days of a matter without pauses, and the extensions approved
    after the period's last day (as extended so far), which do not count."""
    lim = dues.limits
    total = 0
    late: list[tuple[int, DeadlineExtended, date]] = []
    for on, i, e in t.extensions:
        due_then = dues.due(accepted_on, lim.conclude_days + total, lim.basis)
        if on > due_then:
            late.append((i, e, due_then))
        else:
            total += e.days
    return total, tuple(late)


def _adjust(t: Timeline, dues: DueDays, specs: list[ClockSpec]) -> list[ClockSpec]:
    """The specs with Nat-2's extension and every clock's pauses counted (:mod:`.adjust`)."""
    m = t.matter
    intervals = pair_pauses(m, t) if t.pauses else {}
    mine: dict[int, list[Interval]] = {}
    for name, ivs in intervals.items():
        for iv in ivs:
            # The instance running that day, else one that stops that day (a pause then
            # is refused unless resumed the same day: see adjust).
            same = [k for k, s in enumerate(specs) if s.name == name]
            k = next(
                (
                    k
                    for k in same
                    if running_on(specs[k].started_on, specs[k].stopped_on, iv.paused_on)
                ),
                next(
                    (k for k in same if specs[k].started_on <= iv.paused_on == specs[k].stopped_on),
                    None,
                ),
            )
            if k is None:
                raise InconsistentMatterError(
                    m.id,
                    f"events[{iv.pause_index}]",
                    f"a pause of the {name} clock on {iv.paused_on.isoformat()}, which is not "
                    "running for this matter then (it has not started, has stopped, or does "
                    "not run under the national text and classification in force); pause a "
                    "clock while it runs",
                )
            mine.setdefault(k, []).append(iv)
    out = []
    for k, s in enumerate(specs):
        extend = s.name == "conclude" and bool(t.extensions)
        if k not in mine and not extend:
            out.append(s)
            continue
        ext, pauses, since = adjusted(
            m,
            t,
            dues,
            s.name,
            s.basis,
            s.started_on,
            s.days,
            s.stopped_on,
            mine.get(k, []),
            extend=extend,
        )
        paused = sum(p.days for p in pauses if p.counted)
        out.append(
            s._replace(
                extension=ext.days,
                paused=paused,
                pauses=pauses,
                paused_since=since,
                late_extensions=ext.late,
            )
        )
    return out


def clocks(
    matter: PetitionMatter,
    as_of: date,
    *,
    limits: NationalTimeLimits | None = None,
    calendar: WorkingCalendar | None = None,
    warnings: WarningThresholds | None = None,
) -> tuple[Clock, ...]:
    """Every national clock of ``matter`` started on or before ``as_of``, with its state.

    Clocks come in the order the rules apply (Nat-1, Nat-1a, Nat-2, Nat-3, Nat-4);
    ``[c for c in clocks(...) if c.running]`` are the ones that run. A running duty within
    its ``warnings`` threshold is in warning (default: the last quarter of its period).

    Raises:
        InconsistentMatterError: the extensions break ``limits`` (see :func:`check_matter`),
            or a pause cannot be (see :mod:`.adjust`).
        ValueError: the matter was received after ``as_of``.
        CalendarRangeError: a due day is outside the calendar's years.
    """
    lim = limits or NationalTimeLimits()
    check_matter(matter, lim)
    check_received(matter, as_of)
    dues = DueDays(lim, calendar or default_calendar(), warnings)
    out = []
    for spec in clock_specs(Timeline.of(matter, as_of), dues):
        due, status = spec.judge(dues, as_of)
        out.append(spec.clock(due, status, dues, as_of))
    return tuple(out)
