"""Where a matter stands on a date: in handling, in review, or closed, and how (Nat-1 … Nat-4,
Nat-8).

An answer (or review decision) becomes final when the petitioner's request window
lapses unused; a re-review decision closes the matter to petition (Nat-4). Under the
2022 text a claim of route (1)–(4) is directed to that procedure (Nat-8); a matter merged
into the one it repeats is handled with it. Both are closed as petition matters.
:func:`status_of` reads it off a :class:`~.timeline.Timeline` and the windows that
lapsed (what the triggers have at hand); :func:`matter_status` does it for one matter.

Imports :mod:`~receptionrules.supervision.matters`, and :mod:`.citations`, :mod:`.clock`,
:mod:`.limits`, :mod:`.specs` and :mod:`.timeline` of the deadlines.
"""

from __future__ import annotations

from collections.abc import Container
from datetime import date
from enum import StrEnum

from receptionrules.calendar import WorkingCalendar, default_calendar
from receptionrules.supervision.deadlines.clock import ClockStatus
from receptionrules.supervision.deadlines.limits import DueDays, NationalTimeLimits, check_matter
from receptionrules.supervision.deadlines.specs import clock_specs, direction_day
from receptionrules.supervision.deadlines.timeline import Timeline, check_received
from receptionrules.supervision.matters import PetitionMatter

__all__ = ["MatterStatus", "matter_status", "status_of"]


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
    DIRECTED = "directed"
    """Directed to another procedure: a claim of route (1)–(4) under the 2022 text
    (导入相应程序, Nat-8; closed as a petition matter)."""
    MERGED = "merged"
    """Merged into the earlier matter it repeats (合并办理; closed, reported with it)."""
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
        MatterStatus.DIRECTED,
        MatterStatus.MERGED,
        MatterStatus.FINAL,
        MatterStatus.CLOSED_TO_PETITION,
        MatterStatus.CONCLUDED,
    }
)


def status_of(
    t: Timeline, lapsed: Container[str], *, directed_on: date | None = None
) -> MatterStatus:
    """The matter's status on ``t.as_of``, given the names of the windows that lapsed
    unused by then (each lapsed window's :class:`~.clock.ClockSpec` ``name``) and the day
    it was directed to another procedure, if it was (:func:`~.specs.direction_day`)."""
    if t.concluded_on is not None:
        return MatterStatus.CONCLUDED
    if t.declined_on is not None:
        return MatterStatus.DECLINED
    if t.repeat is not None and t.repeat.merged:
        return MatterStatus.MERGED
    if directed_on is not None:
        return MatterStatus.DIRECTED
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
    check_received(matter, as_of)
    t = Timeline.of(matter, as_of)
    dues = DueDays(lim, calendar or default_calendar())
    lapsed = {s.name for s in clock_specs(t, dues) if s.judge(dues, as_of)[1] is ClockStatus.LAPSED}
    return status_of(t, lapsed, directed_on=direction_day(t, lim.text_for(matter.received_on)))
