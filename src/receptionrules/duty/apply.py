"""Checking and making a change to a roster: swaps, covers, fills, substitutions and undos
(AK-R-6.1, AK-R-6.3, WF-3).

:func:`check_change` lists every reason a change can't be made, each with its rule
ID; :func:`apply_change` makes it, returning a new roster with the change recorded
in its history (AK-R-6.3), or raises :class:`~receptionrules.duty.errors.ChangeRefusedError`
with that same list. :func:`undo_change` and :func:`substitute` build the request
and apply it. Each kind of change is planned by its own module (:mod:`.swaps`,
:mod:`.fill`, :mod:`.undo`, :mod:`.substitution`); :func:`plan_change` picks the planner.

>>> from datetime import date, datetime
>>> import receptionrules as rr
>>> people = [rr.Person(id=i, name=i.upper(), roles=["vice_mayor"]) for i in ("a", "b")]
>>> roster = rr.generate_roster(rr.preset("ankang-mayor"), people, date(2026, 1, 1),
...                             date(2026, 2, 28))
>>> cover = rr.CoverRequest(slot_id="ankang-mayor/2026-01-06", requester="a", counterpart="b",
...                         requested_at=datetime(2026, 1, 6, 8, tzinfo=rr.TZ))
>>> [(v.rule_id, v.code) for v in check_change(roster, cover)]
[('AK-R-6.1', 'duty.late')]
>>> early = cover.model_copy(update={"requested_at": datetime(2026, 1, 2, 9, tzinfo=rr.TZ)})
>>> apply_change(roster, early).slot("ankang-mayor/2026-01-06").holders
('b',)

Imports the roster; the roster never imports this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from receptionrules.duty.availability import AbsenceReason, Availability
from receptionrules.duty.changes import (
    Change,
    ChangeRecord,
    CoverRequest,
    FillRequest,
    SubstitutionOrder,
    SubstitutionRequest,
    SwapRequest,
    UndoRequest,
)
from receptionrules.duty.checks import Checker
from receptionrules.duty.errors import ChangeRefusedError
from receptionrules.duty.fill import plan_fill
from receptionrules.duty.leadtime import PREVIOUS_WORKING_DAY, LeadTime
from receptionrules.duty.plans import ChangePlan, Draft
from receptionrules.duty.roster import Roster
from receptionrules.duty.slot import Slot
from receptionrules.duty.substitution import find_substitute, plan_substitution
from receptionrules.duty.swaps import plan_cover, plan_swap
from receptionrules.duty.undo import plan_undo
from receptionrules.duty.violations import Violation

__all__ = ["apply_change", "check_change", "plan_change", "substitute", "undo_change"]


def plan_change(
    roster: Roster,
    change: Change,
    *,
    availability: Availability | None = None,
    others: Iterable[Roster] = (),
    lead_time: LeadTime,
) -> ChangePlan:
    """Check ``change`` against ``roster`` and say what it would do.

    Raises:
        UnknownSlotError, UnknownPersonError, UnknownPositionError, UnknownChangeError:
            the request names something that is not there (naming the field).
        TypeError: ``change`` is not a change request.
    """
    return _draft(roster, change, availability, others, lead_time).plan()


_KINDS = (SwapRequest, CoverRequest, FillRequest, UndoRequest, SubstitutionRequest)


def _draft(
    roster: Roster,
    change: Change,
    availability: Availability | None,
    others: Iterable[Roster],
    lead_time: LeadTime,
) -> Draft:
    # The request is a validated model; the planners read it and the roster's index as
    # plain values, and build no model but the violations (plan_change adds the moves).
    kind = type(change)
    if kind is not SwapRequest and kind is not CoverRequest and not isinstance(change, _KINDS):
        raise TypeError(
            "change must be a SwapRequest, CoverRequest, FillRequest, SubstitutionRequest or "
            f"UndoRequest, not {type(change).__name__}"
        )
    check = Checker(roster, availability=availability, others=others, at=change.requested_at)
    if isinstance(change, SwapRequest):
        return plan_swap(check, change, lead_time)
    if isinstance(change, CoverRequest):
        return plan_cover(check, change, lead_time)
    if isinstance(change, FillRequest):
        return plan_fill(check, change, lead_time)
    if isinstance(change, UndoRequest):
        return plan_undo(check, change)
    return plan_substitution(check, change)


def check_change(
    roster: Roster,
    change: Change,
    *,
    availability: Availability | None = None,
    others: Iterable[Roster] = (),
    lead_time: LeadTime = PREVIOUS_WORKING_DAY,
) -> tuple[Violation, ...]:
    """Every reason ``change`` can't be applied to ``roster``, each with its rule ID; empty
    when valid.

    ``availability`` says who is away on which day; ``others`` are the rosters of
    other institutions the same people sit on (no double booking across them; a
    roster of this same institution is ignored, being a copy of this one);
    ``lead_time`` is how far in advance (事先) a swap or cover must be arranged
    (AK-R-6.1), by default by the end of the previous working day.

    Raises:
        UnknownSlotError, UnknownPersonError, UnknownPositionError,
        UnknownChangeError: the request names something that is not there.
    """
    return _draft(roster, change, availability, others, lead_time).violations


def apply_change(
    roster: Roster,
    change: Change,
    *,
    availability: Availability | None = None,
    others: Iterable[Roster] = (),
    lead_time: LeadTime = PREVIOUS_WORKING_DAY,
) -> Roster:
    """``roster`` with ``change`` applied and recorded in its ``history`` (AK-R-6.3).

    Raises:
        ChangeRefusedError: the change breaks a rule; ``.violations`` lists every
            reason (the same list :func:`check_change` returns). The roster is unchanged.
        UnknownSlotError, UnknownPersonError, UnknownPositionError,
        UnknownChangeError: the request names something that is not there.
    """
    draft = _draft(roster, change, availability, others, lead_time)
    if draft.violations:
        raise ChangeRefusedError(draft.violations, change=draft.describe)
    plan = draft.plan()
    record = ChangeRecord(
        seq=len(roster.history),
        change=change,
        moves=plan.moves,
        on_behalf_of=plan.on_behalf_of,
        arranged_by=change.arranged_by or plan.on_behalf_of,
    )
    return roster.with_slots(_moved(roster, draft), record)


def _moved(roster: Roster, draft: Draft) -> dict[int, Slot]:
    changed: dict[int, Slot] = {}
    for slot_id, position, _, person in draft.steps:
        i = roster.slot_index(slot_id)
        changed[i] = changed.get(i, roster.slots[i]).with_holder(position, person)
    return changed


def undo_change(
    roster: Roster,
    change_number: int,
    *,
    at: datetime,
    arranged_by: str | None = None,
    availability: Availability | None = None,
    others: Iterable[Roster] = (),
) -> Roster:
    """``roster`` with change number ``change_number`` reversed (allowed while its slots
    have not started and nothing later changed the same posts).

    Raises:
        ChangeRefusedError: it can't be undone; ``.violations`` says why.
        UnknownChangeError: no such change.
    """
    return apply_change(
        roster,
        UndoRequest(change=change_number, requested_at=at, arranged_by=arranged_by),
        availability=availability,
        others=others,
    )


def substitute(
    roster: Roster,
    slot_id: str,
    absent: str,
    *,
    at: datetime,
    position: str | None = None,
    absence: AbsenceReason | None = None,
    availability: Availability | None = None,
    others: Iterable[Roster] = (),
    order: SubstitutionOrder = SubstitutionOrder.PUBLISHED,
    arranged_by: str | None = None,
) -> Roster:
    """``roster`` with ``absent``'s post in ``slot_id`` taken by the designated substitute,
    failing that the next leader in published order (WF-3); left vacant (and recorded)
    when nobody can.

    Raises:
        ChangeRefusedError: ``absent`` doesn't hold the post, or the slot is over.
    """
    others = tuple(others)  # read twice: by the search and by the check
    found = find_substitute(
        roster,
        slot_id,
        absent,
        position=position,
        availability=availability,
        others=others,
        order=order,
    )
    return apply_change(
        roster,
        found.request(at=at, arranged_by=arranged_by, absence=absence),
        availability=availability,
        others=others,
    )
