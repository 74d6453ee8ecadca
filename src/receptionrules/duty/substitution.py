"""Substitution (WF-3): who takes the day when the leader on duty can't attend.

When the leader on duty can't attend (a meeting called by a superior, being
away), the designated substitute (补位领导) takes the day; failing that, the other
leaders in published order, the first who can. "Can" means: holds the post's
role, is active, is available that day, is not already in this slot and is not on
duty elsewhere at that time. The search is deterministic; when nobody can, the
result says the post is vacant, and applying it records the vacancy
(``Roster.vacancies``), never silently drops it. :func:`receptionrules.duty.apply.substitute`
finds the substitute and applies the change in one step.

>>> from datetime import date, datetime
>>> import receptionrules as rr
>>> leaders = [rr.Person(id=i, name=i.upper(), roles=["school_leader"]) for i in "abcd"]
>>> r = rr.generate_roster(rr.preset("wenfu-school"), leaders, date(2026, 3, 2),
...                        date(2026, 3, 31), designate_substitutes=True)
>>> slot = r.slot_on(date(2026, 3, 2))
>>> slot.assignments[0].person, slot.assignments[0].substitute
('a', 'b')
>>> found = find_substitute(r, slot.id, "a")
>>> found.substitute, found.designated
('b', True)
>>> away = rr.Availability(absences=[rr.Absence(person="b", first=date(2026, 3, 2),
...                                             reason="superior_meeting")])
>>> found = find_substitute(r, slot.id, "a", availability=away)
>>> found.substitute, [s.person for s in found.skipped]
('c', ['b'])
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from pydantic import BaseModel

from receptionrules.duty._model import FROZEN
from receptionrules.duty.availability import AbsenceReason, Availability
from receptionrules.duty.changes import SubstitutionOrder, SubstitutionRequest
from receptionrules.duty.checks import Checker
from receptionrules.duty.plans import Draft, Step
from receptionrules.duty.roster import Roster
from receptionrules.duty.slot import hm
from receptionrules.errors import UnknownValueError
from receptionrules.remarks import Remark, register_templates

__all__ = ["Candidate", "SubstitutionPlan", "find_substitute", "plan_substitution"]

register_templates(
    {
        "duty.in_slot_already": {
            "en": "{person} already holds the {position} post of slot {slot}",
            "zh": "{person}已担任值班{slot}的{position_zh}岗位",
        },
        "duty.substitute_available": {
            "en": "{candidate} can take the day ({how}), so the post may not be left empty",
            "zh": "{candidate}可以补位（{how_zh}），岗位不得空缺",
        },
        "duty.out_of_order": {
            "en": "{candidate} comes first ({how}) and can take the day, not {person}",
            "zh": "应由{candidate}补位（{how_zh}），而非{person}",
        },
        "duty.over": {
            "en": "slot {slot} ended at {end}; past duty is never rewritten",
            "zh": "值班{slot}已于{end}结束，已过去的值班不得改写",
        },
    }
)

_HOW = {
    True: ("the designated substitute", "指定补位领导"),
    False: ("next in the published order", "按公布顺序"),
}


class Candidate(BaseModel):
    """A leader considered for the day and passed over, with the reason."""

    model_config = FROZEN

    person: str
    designated: bool
    remark: Remark

    @property
    def reason(self) -> str:
        """Why they were passed over, in English."""
        return self.remark.render("en")


class SubstitutionPlan(BaseModel):
    """Who takes ``absent``'s post in a slot (WF-3), and who was passed over and why.

    ``substitute`` None means nobody can: the post is vacant.
    """

    model_config = FROZEN

    slot_id: str
    position: str
    absent: str
    substitute: str | None
    designated: bool
    order: SubstitutionOrder
    skipped: tuple[Candidate, ...] = ()

    @property
    def vacant(self) -> bool:
        """Nobody can take the day."""
        return self.substitute is None

    def request(
        self,
        *,
        at: datetime,
        arranged_by: str | None = None,
        absence: AbsenceReason | None = None,
        note: str = "",
    ) -> SubstitutionRequest:
        """The change request that applies this plan
        (:func:`~receptionrules.duty.apply.apply_change`)."""
        return SubstitutionRequest(
            slot_id=self.slot_id,
            position=self.position,
            absent=self.absent,
            substitute=self.substitute,
            order=self.order,
            requested_at=at,
            arranged_by=arranged_by,
            absence=absence,
            note=note,
        )


def find_substitute(
    roster: Roster,
    slot_id: str,
    absent: str,
    *,
    position: str | None = None,
    availability: Availability | None = None,
    others: Iterable[Roster] = (),
    order: SubstitutionOrder = SubstitutionOrder.PUBLISHED,
) -> SubstitutionPlan:
    """Who takes the post ``absent`` holds in ``slot_id`` (WF-3): the designated substitute,
    failing that the other eligible leaders in published order (``order``).

    Deterministic: the same roster, availability and others give the same answer.

    Raises:
        UnknownSlotError, UnknownPersonError, UnknownPositionError: bad input.
        ValueError: ``position`` is not given and ``absent`` holds no post in the slot of a
            composition with several posts.
    """
    i = roster.slot_index(slot_id)
    slot = roster.slots[i]
    missing = roster.person(absent, field="absent")
    key = position if position is not None else slot.position_of(missing.id)
    if key is None:
        key = roster.position_key(None)
    pos = roster.composition.position(key)
    designated = next((a.substitute for a in slot.assignments if a.position == key), None)
    published = [p.id for p in roster.people]
    try:  # the value or the member: "after_absent" orders as SubstitutionOrder.AFTER_ABSENT
        order = SubstitutionOrder(order)
    except ValueError:
        raise UnknownValueError("order", order, tuple(o.value for o in SubstitutionOrder)) from None
    if order is SubstitutionOrder.AFTER_ABSENT and missing.id in published:
        k = published.index(missing.id) + 1
        published = published[k:] + published[:k]
    candidates: list[tuple[str, bool]] = []
    if designated is not None and designated != missing.id:
        candidates.append((designated, True))
    candidates.extend(
        (pid, False)
        for pid in published
        if pid not in (missing.id, designated) and pos.admits(roster.person(pid))
    )
    skipped: list[Candidate] = []
    others = tuple(others)
    for pid, is_designated in candidates:
        person = roster.person(pid)
        check = Checker(roster, availability=availability, others=others, at=slot.start)
        other_post = slot.position_of(pid)
        if other_post is not None and other_post != key:
            other = roster.composition.position(other_post)
            check.add(
                roster.composition.rules.eligibility,
                "substitute",
                "duty.in_slot_already",
                person=person.display,
                position=other.name_en,
                position_zh=other.label,
                slot=slot.id,
            )
        check.incoming(person, slot, key, "substitute", (i,))
        if not check.out:
            return SubstitutionPlan(
                slot_id=slot.id,
                position=key,
                absent=missing.id,
                substitute=pid,
                designated=is_designated,
                order=order,
                skipped=tuple(skipped),
            )
        skipped.append(Candidate(person=pid, designated=is_designated, remark=check.out[0].remark))
    return SubstitutionPlan(
        slot_id=slot.id,
        position=key,
        absent=missing.id,
        substitute=None,
        designated=False,
        order=order,
        skipped=tuple(skipped),
    )


def plan_substitution(check: Checker, req: SubstitutionRequest) -> Draft:
    """Check a substitution request (WF-3) and say what it would do."""
    roster = check.roster
    rules = check.rules
    i, slot = check.slot(req.slot_id, "slot_id")
    absent = check.person(req.absent, "absent")
    key = check.position(slot, absent, req.position, "position")
    held = check.holds(slot, absent, key, "absent")
    if check.at >= slot.end:
        check.add(
            rules.changes,
            "requested_at",
            "duty.over",
            slot=slot.id,
            end=hm(slot.end),
        )
    found = (
        find_substitute(
            roster,
            slot.id,
            absent.id,
            position=key,
            availability=check.availability,
            others=check.others,
            order=req.order,
        )
        if key is not None
        else None
    )
    best = roster.person(found.substitute) if found and found.substitute else None
    how = _HOW[bool(found and found.designated)]
    if req.substitute is None:
        if best is not None:
            check.add(
                rules.substitution,
                "substitute",
                "duty.substitute_available",
                candidate=best.display,
                how=how[0],
                how_zh=how[1],
            )
    else:
        sub = check.person(req.substitute, "substitute")
        if sub.id == absent.id:
            check.add(rules.changes, "substitute", "duty.same_person", person=sub.display)
        else:
            check.incoming(sub, slot, key, "substitute", (i,))
        if best is not None and best.id != sub.id:
            check.add(
                rules.substitution,
                "substitute",
                "duty.out_of_order",
                candidate=best.display,
                person=sub.display,
                how=how[0],
                how_zh=how[1],
            )
    steps: tuple[Step, ...] = ()
    if held and key is not None and req.substitute != absent.id:
        steps = ((slot.id, key, absent.id, req.substitute),)
        check.composition_kept(steps, field="substitute", allow_vacancy=True)
    return check.draft(steps, absent.id, f"substitution in {slot.id} for {absent.id}")
