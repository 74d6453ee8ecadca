"""What a matter's events say as of a date, read once (Nat-1 … Nat-4, Nat-7 … Nat-10,
AK-S-2.3, AK-S-2.4, AK-S-2.5).

A :class:`Timeline` walks a matter's events once and keeps what the clocks, the
matter status and the supervision triggers ask of it: the decisions on acceptance
and the transfers before them (Nat-1; a merge into the matter it repeats is such a
decision), objections to transfers (Nat-1a), extensions (Nat-2), pauses and resumptions
(Nat-4's hearing, local reasons), the answer or handling opinion (Nat-9), feedback,
review and re-review days (Nat-3, Nat-4), the classification in force (Nat-7, Nat-8), the
petitioner's evaluation (Nat-10), the repeat link (AK-S-2.3), the supervision methods
used (AK-S-3), misconduct (AK-S-7) and manual flags (AK-S-2.5). Events dated after
``as_of`` are ignored, as if not yet known.

Imports :mod:`~receptionrules.supervision.events` and
:mod:`~receptionrules.supervision.matters`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from receptionrules.supervision.events import (
    MISCONDUCT_KINDS,
    ClockPaused,
    ClockResumed,
    DeadlineExtended,
    HandlingOpinion,
    ManualFlag,
    MatterClassified,
    MatterRepeat,
    PetitionerEvaluated,
    SupervisionMethod,
)
from receptionrules.supervision.matters import PetitionMatter

__all__ = ["Timeline", "check_received"]


@dataclass(slots=True)
class Timeline:
    """What a matter's events say as of ``as_of`` (events after it ignored), read once.

    Attributes:
        decisions: acceptances, declines, transfers and a merge into the repeated matter
            (``"merged"``) as (day, event index, kind), by day.
        objections: the days a transfer was objected to (Nat-1a), in order.
        extensions: the approved extensions as (day, event index, event), by day (Nat-2).
        pauses: the pauses and resumptions as (day, event index, event), by day.
        classification: the classification in force (the latest), if any (Nat-7, Nat-8).
        opinion: the handling opinion, if the written answer was one (Nat-9); its day
            is ``answered_on``.
        evaluation: the petitioner's evaluation, if any (Nat-10).
        repeat: the link to the matter this one repeats, if any (AK-S-2.3).
        methods: the supervision methods used, as (day, method), by day (AK-S-3).
        misconduct: the indices of the misconduct events (AK-S-7).
        flags: the manual flags (AK-S-2.5).
        accepted_on … concluded_on: the day of each handling step, if it was taken.
    """

    matter: PetitionMatter
    as_of: date
    decisions: list[tuple[date, int, str]] = field(default_factory=list)
    objections: list[date] = field(default_factory=list)
    extensions: list[tuple[date, int, DeadlineExtended]] = field(default_factory=list)
    methods: list[tuple[date, SupervisionMethod]] = field(default_factory=list)
    misconduct: list[int] = field(default_factory=list)
    flags: list[ManualFlag] = field(default_factory=list)
    pauses: list[tuple[date, int, ClockPaused | ClockResumed]] = field(default_factory=list)
    classification: MatterClassified | None = None
    opinion: HandlingOpinion | None = None
    evaluation: PetitionerEvaluated | None = None
    repeat: MatterRepeat | None = None
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
        """``matter``'s timeline as of ``as_of``: one pass over its events."""
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
            elif k in MISCONDUCT_KINDS:
                t.misconduct.append(i)
            elif k == "classified":
                c = t.classification
                if c is None or on > c.on:  # one classification a day (the model checks)
                    t.classification = e  # type: ignore[assignment]
            elif k == "paused" or k == "resumed":
                t.pauses.append((on, i, e))  # type: ignore[arg-type]
            elif k == "opinion":
                t.answered_on = on
                t.opinion = e  # type: ignore[assignment]
            elif k == "evaluated":
                t.evaluation = e  # type: ignore[assignment]
            elif k == "repeat":
                t.repeat = e  # type: ignore[assignment]
                if e.merged:  # type: ignore[union-attr]
                    t.decisions.append((on, i, "merged"))
        if len(t.decisions) > 1:
            t.decisions.sort()
        if len(t.extensions) > 1:
            t.extensions.sort(key=lambda x: (x[0], x[1]))
        if len(t.methods) > 1:
            t.methods.sort()
        if len(t.objections) > 1:
            t.objections.sort()
        if len(t.pauses) > 1:
            t.pauses.sort(key=lambda x: (x[0], x[1]))
        return t

    def routing(self) -> tuple[list[tuple[date, int]], tuple[date, str] | None]:
        """The transfers before the first decision, as (day, event index), and that
        decision, (day, ``"accepted"``, ``"declined"`` or ``"merged"``), if there was one
        (Nat-1)."""
        transfers: list[tuple[date, int]] = []
        for on, index, kind in self.decisions:
            if kind != "transferred":
                return transfers, (on, kind)
            transfers.append((on, index))
        return transfers, None


def check_received(matter: PetitionMatter, as_of: date) -> None:
    """Refuse an evaluation of ``matter`` before the day it was received.

    Raises:
        ValueError: ``matter.received_on`` is after ``as_of``; the message names the matter.
    """
    if matter.received_on > as_of:
        raise ValueError(
            f"matter {matter.id!r}: received_on {matter.received_on.isoformat()} is after "
            f"as_of {as_of.isoformat()}; a matter has no clocks before it is received"
        )
