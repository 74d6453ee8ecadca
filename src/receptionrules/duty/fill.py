"""Filling a vacant post (不得空岗, AK-R-6.1): someone takes a post nobody holds.

A roster can leave a post vacant: :func:`~receptionrules.duty.rotation.generate_roster`
when nobody eligible is free, a substitution when nobody could take the day (WF-3).
A fill puts a person in it, checked like a cover (AK-R-6.1): the post is vacant; the
person may hold it (TS-1: a station chief can't take the deputy-section leader's
post), is active, available that day and not on duty at an overlapping time, in this
roster or another passed in; the slot has not started; the fill is arranged in
advance (the lead time); and afterwards nobody holds two posts of the slot. The other
vacant posts of the slot stay vacant, and ``Roster.vacancies`` still reports them.
:func:`receptionrules.duty.apply.check_change` and ``apply_change`` call this planner;
use those.

>>> from datetime import date, datetime
>>> import receptionrules as rr
>>> from receptionrules.duty import FillRequest, Person
>>> people = [Person(id="d1", name="王五", roles=["deputy_section_leader"]),
...           Person(id="c1", name="赵六", roles=["station_chief"])]
>>> roster = rr.generate_roster(rr.preset("township-duty"), people[:1],
...                             date(2026, 3, 2), date(2026, 3, 3))
>>> [v.position for v in roster.vacancies()]
['station_chief', 'station_chief']
>>> roster = roster.with_people(people[1])
>>> fill = FillRequest(slot_id="township-duty/2026-03-03", person="c1",
...                    requested_at=datetime(2026, 3, 2, 9, tzinfo=rr.TZ))
>>> after = rr.apply_change(roster, fill)
>>> after.slot("township-duty/2026-03-03").holders, [v.slot_id for v in after.vacancies()]
(('d1', 'c1'), ['township-duty/2026-03-02'])
"""

from __future__ import annotations

from receptionrules.duty.changes import FillRequest
from receptionrules.duty.checks import Checker
from receptionrules.duty.leadtime import LeadTime
from receptionrules.duty.people import Person
from receptionrules.duty.plans import Draft, Step
from receptionrules.duty.slot import Slot
from receptionrules.remarks import register_templates

__all__ = ["plan_fill"]

register_templates(
    {
        "duty.fill_not_vacant": {
            "en": "the {position} post of slot {slot} ({when}) is held by {holder}, not vacant; "
            "a cover or a swap changes who holds it",
            "zh": "值班{slot}（{when}）的{position_zh}岗位由{holder}担任，并未空缺；"
            "更换值班人员请申请代班或调换",
        },
        "duty.fill_no_vacancy": {
            "en": "slot {slot} ({when}) has no vacant post",
            "zh": "值班{slot}（{when}）没有空缺岗位",
        },
        "duty.fill_which_post": {
            "en": "slot {slot} ({when}) has {count} vacant posts {person} may take ({posts}); "
            "name one in position",
            "zh": "值班{slot}（{when}）有{count}个{person}可担任的空缺岗位（{posts_zh}），"
            "请指明岗位",
        },
    }
)


def _post(check: Checker, slot: Slot, person: Person, given: str | None) -> str | None:
    """The post to fill: the one named, else the only vacant post ``person`` may take (or
    the only vacant post); None when it can't be told, with a violation saying why."""
    comp = check.composition
    if given is not None:
        comp.position(given, field="position")
        return given
    vacant = [a.position for a in slot.assignments if a.person is None]
    names = {"slot": slot.id, "when": slot.when()}
    if not vacant:
        check.add(check.rules.changes, "slot_id", "duty.fill_no_vacancy", **names)
        return None
    if len(vacant) == 1:
        return vacant[0]
    fitting = [k for k in vacant if comp.position(k).admits(person)]
    if len(fitting) == 1:
        return fitting[0]
    shown = fitting or vacant
    check.add(
        check.rules.changes,
        "position",
        "duty.fill_which_post",
        person=person.display,
        count=str(len(shown)),
        posts=", ".join(comp.position(k).name_en for k in shown),
        posts_zh="、".join(comp.position(k).label for k in shown),
        **names,
    )
    return None


def plan_fill(check: Checker, req: FillRequest, lead_time: LeadTime) -> Draft:
    """Check a fill of a vacant post (不得空岗, AK-R-6.1) and say what it would do: the post
    goes from nobody to ``req.person``."""
    i, slot = check.slot(req.slot_id, "slot_id")
    person = check.person(req.person, "person")
    key = _post(check, slot, person, req.position)
    vacant = False
    if key is not None:
        holder = slot.holder(key)
        vacant = holder is None
        if not vacant:
            assert holder is not None
            pos = check.composition.position(key)
            shown = check.people[holder].display if holder in check.people else holder
            check.add(
                check.rules.changes,
                "position",
                "duty.fill_not_vacant",
                position=pos.name_en,
                position_zh=pos.label,
                slot=slot.id,
                when=slot.when(),
                holder=shown,
            )
    check.not_started(slot)
    check.in_advance(slot, lead_time)
    check.incoming(person, slot, key, "person", (i,))
    steps: tuple[Step, ...] = ()
    if key is not None and vacant:
        steps = ((slot.id, key, None, person.id),)
        check.composition_kept(steps, field="person", allow_vacancy=True)
    return check.draft(
        steps, person.id, f"fill of {slot.id} ({key or 'a vacant post'} by {person.id})"
    )
