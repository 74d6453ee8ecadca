"""Swaps and covers (AK-R-6.1): two people exchange their slots, or one takes another's post.

A swap (调换) hands each person's post to the other; a cover hands one post to
someone else. Both are arranged in advance (事先, the lead time) and checked with
every shared check of :class:`~receptionrules.duty.checks.Checker`: who holds what,
who may take a post (TS-1: a station chief can't take the deputy-section leader's
post), availability, double booking, past duty, and the full composition
afterwards (不得空岗). :func:`receptionrules.duty.apply.check_change` and
``apply_change`` call these planners; use those.
"""

from __future__ import annotations

from receptionrules.duty.changes import CoverRequest, SwapRequest
from receptionrules.duty.checks import Checker
from receptionrules.duty.leadtime import LeadTime
from receptionrules.duty.plans import Draft, Step

__all__ = ["plan_cover", "plan_swap"]


def plan_swap(check: Checker, req: SwapRequest, lead_time: LeadTime) -> Draft:
    """Check a swap (调换, AK-R-6.1) and say what it would do: both posts change hands."""
    ia, a = check.slot(req.slot_id, "slot_id")
    ib, b = check.slot(req.counterpart_slot_id, "counterpart_slot_id")
    requester = check.person(req.requester, "requester")
    counterpart = check.person(req.counterpart, "counterpart")
    pa = check.position(a, requester, req.position, "position")
    pb = check.position(b, counterpart, req.counterpart_position, "counterpart_position")
    same = requester.id == counterpart.id
    if same:
        shown = (("person", requester.display),)
        check.refuse(check.rules.changes, "counterpart", "duty.same_person", shown)
    held_a = check.holds(a, requester, pa, "requester")
    held_b = check.holds(b, counterpart, pb, "counterpart")
    check.timely(a, lead_time)
    if ia != ib:
        check.timely(b, lead_time)
    touched = (ia, ib)
    check.incoming(counterpart, a, pa, "counterpart", touched)
    check.incoming(requester, b, pb, "requester", touched)
    steps: tuple[Step, ...] = ()
    if held_a and held_b and pa is not None and pb is not None and not same:
        steps = ((a.id, pa, requester.id, counterpart.id), (b.id, pb, counterpart.id, requester.id))
        check.composition_kept(steps)
    return check.draft(
        steps, requester.id, f"swap of {a.id} ({requester.id}) with {b.id} ({counterpart.id})"
    )


def plan_cover(check: Checker, req: CoverRequest, lead_time: LeadTime) -> Draft:
    """Check a cover (AK-R-6.1) and say what it would do: one post changes hands."""
    ia, a = check.slot(req.slot_id, "slot_id")
    requester = check.person(req.requester, "requester")
    counterpart = check.person(req.counterpart, "counterpart")
    pa = check.position(a, requester, req.position, "position")
    same = requester.id == counterpart.id
    if same:
        shown = (("person", requester.display),)
        check.refuse(check.rules.changes, "counterpart", "duty.same_person", shown)
    held = check.holds(a, requester, pa, "requester")
    check.timely(a, lead_time)
    check.incoming(counterpart, a, pa, "counterpart", (ia,))
    steps: tuple[Step, ...] = ()
    if held and pa is not None and not same:
        steps = ((a.id, pa, requester.id, counterpart.id),)
        check.composition_kept(steps)
    return check.draft(steps, requester.id, f"cover of {a.id} ({requester.id} by {counterpart.id})")
