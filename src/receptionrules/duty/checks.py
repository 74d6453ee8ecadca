"""The checks every change to a roster shares (AK-R-6.1, AK-R-4.1, TS-1), and what a change
would do.

A change is checked against every rule at once and *every* violation is reported,
each with its rule ID and a reason in English and Chinese:

- the requester actually holds the slot (and, for a swap, the counterpart theirs);
- whoever takes a post holds one of its roles (a station chief can't take the
  deputy-section leader's post, TS-1) and is active (AK-R-4.1, …);
- they are available that day and not on duty at an overlapping time, in this
  roster or any other roster passed in (no double booking);
- the slot has not started: past duty is never rewritten;
- it is arranged in advance (事先), before the lead-time deadline;
- afterwards every touched slot still has its full composition: no post emptied,
  nobody in two posts (不得空岗). Problems a slot already had are not the change's.

:class:`Checker` holds these checks; the planners of each kind of change
(:mod:`.swaps` for swaps and covers, :mod:`.fill`, :mod:`.undo`, :mod:`.substitution`)
use it and return a :class:`~receptionrules.duty.plans.Draft`. A check reads only
the slots the change touches, through the roster's index, in plain values (the
request was validated when it was made; a post changing hands is a plain ``Step``),
so it costs the same on a one-year and a thirty-year roster; the only models it
builds are its results, the violations (``plan_change`` adds the ``Move`` values).

Imports the roster; the roster never imports this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from receptionrules.duty.availability import NOBODY_ABSENT, Availability
from receptionrules.duty.errors import UnknownPersonError, UnknownSlotError
from receptionrules.duty.index import RosterIndex
from receptionrules.duty.leadtime import LeadTime
from receptionrules.duty.memo import ineligible, posts, slot_texts
from receptionrules.duty.people import Person
from receptionrules.duty.plans import ChangePlan, Draft, Step
from receptionrules.duty.roster import Roster
from receptionrules.duty.slot import Slot, hm
from receptionrules.duty.vacancies import holder_problems, nobody_twice
from receptionrules.duty.violations import Violation, violation
from receptionrules.remarks import TEMPLATES, Remark, register_templates

__all__ = ["ChangePlan", "Checker"]  # ChangePlan: where it was before duty.plans


register_templates(
    {
        "duty.same_person": {
            "en": "the requester and the counterpart are the same person, {person}",
            "zh": "申请人与对方是同一人（{person}）",
        },
        "duty.not_holder": {
            "en": "{person} does not hold the {position} post of slot {slot} ({when}); "
            "{holder} does",
            "zh": "{person}并未担任值班{slot}（{when}）的{position_zh}岗位，该岗位由{holder}担任",
        },
        "duty.not_holder_vacant": {
            "en": "{person} does not hold the {position} post of slot {slot} ({when}); it is empty",
            "zh": "{person}并未担任值班{slot}（{when}）的{position_zh}岗位，该岗位无人值守",
        },
        "duty.holds_no_post": {
            "en": "{person} holds no post in slot {slot} ({when})",
            "zh": "{person}在值班{slot}（{when}）中没有岗位",
        },
        "duty.not_eligible": {
            "en": "{person} can't take the {position} post of slot {slot}: it needs a {roles}, "
            "and {person} is a {held}",
            "zh": "{person}不能担任值班{slot}的{position_zh}岗位：该岗位须由{roles_zh}担任，"
            "而其职务为{held_zh}",
        },
        "duty.inactive": {
            "en": "{person} is no longer active and can't be put on duty",
            "zh": "{person}已不在岗，不能安排值班",
        },
        "duty.unavailable": {
            "en": "{person} is unavailable on {day}: {reason}",
            "zh": "{person}{day}{reason_zh}，无法值班",
        },
        "duty.double_booked": {
            "en": "{person} is already on duty at an overlapping time: slot {other} ({when})",
            "zh": "{person}在同一时段已有值班：{other}（{when}）",
        },
        "duty.late": {
            "en": "requested at {at}, too late for slot {slot} ({when}): a change is arranged "
            "in advance (事先), {rule}, that is before {deadline}",
            "zh": "申请时间{at}已晚于{deadline}：值班{slot}（{when}）的调整须事先安排（{rule_zh}）",
        },
        "duty.vacancy_after": {
            "en": "after the change the {position} post of slot {slot} would be empty (不得空岗)",
            "zh": "调整后值班{slot}的{position_zh}岗位将无人值守（不得空岗）",
        },
        "duty.duplicate_after": {
            "en": "after the change {person} would hold both the {other_position} and the "
            "{position} posts of slot {slot}; each post needs its own person",
            "zh": "调整后{person}将同时担任值班{slot}的{other_position_zh}和{position_zh}"
            "两个岗位，每个岗位须由不同人员担任",
        },
    }
)


class Checker:
    """The checks every kind of change shares; collects violations in order.

    Every lookup goes through the roster's indexes (read once, here), so a check
    touches only the slots the change names and those people's slots of those days.
    """

    __slots__ = (
        "absences",
        "at",
        "availability",
        "composition",
        "index",
        "keys",
        "other_indexes",
        "others",
        "out",
        "people",
        "posts",
        "roster",
        "rules",
        "slots",
    )

    def __init__(
        self,
        roster: Roster,
        *,
        availability: Availability | None,
        others: Iterable[Roster],
        at: datetime,
    ) -> None:
        self.roster = roster
        self.index = index = roster.index
        self.slots = roster.slots
        self.people = index.people
        self.composition = comp = roster.composition
        self.keys, self.posts = posts(comp)
        self.rules = comp.rules
        self.availability = availability if availability is not None else NOBODY_ABSENT
        self.absences = bool(self.availability.absences)
        # Another roster of this same institution can only be a copy of this one.
        if others == ():
            self.others: tuple[Roster, ...] = ()
            self.other_indexes: tuple[tuple[Roster, RosterIndex], ...] = ()
        else:
            self.others = tuple(o for o in others if o.regime != roster.regime)
            self.other_indexes = tuple((o, o.index) for o in self.others)
        self.at = at
        self.out: list[Violation] = []

    def add(self, rule_id: str, field: str, code: str, **params: str) -> None:
        """Record a violation: ``Remark.of(code, **params)``, the values already text."""
        self.refuse(rule_id, field, code, tuple(sorted(params.items())))

    def refuse(
        self, rule_id: str, field: str, code: str, params: tuple[tuple[str, str], ...]
    ) -> None:
        """Record a violation whose remark has these ``params``, already text and sorted by
        name, as ``Remark.of`` leaves them (the frequent refusals pass them so)."""
        if code not in TEMPLATES:
            raise ValueError(f"unknown remark code {code!r}")
        self.out.append(violation(rule_id, field, Remark(code, params)))

    def refuse_with(self, rule_id: str, field: str, remark: Remark) -> None:
        """Record a violation with a remark already made (a slot's ``duty.started``)."""
        self.out.append(violation(rule_id, field, remark))

    def draft(self, steps: tuple[Step, ...], on_behalf_of: str, describe: str) -> Draft:
        """The checked change: the violations found so far and these steps."""
        return Draft(tuple(self.out), steps, on_behalf_of, describe)

    # -- lookups that raise on bad input ---------------------------------------

    def slot(self, slot_id: str, field: str) -> tuple[int, Slot]:
        i = self.index.by_id.get(slot_id) if isinstance(slot_id, str) else None
        if i is None:
            raise UnknownSlotError(str(slot_id), field=field, roster=self.roster.regime)
        return i, self.slots[i]

    def person(self, person_id: str, field: str) -> Person:
        person = self.people.get(person_id) if isinstance(person_id, str) else None
        if person is None:
            raise UnknownPersonError(
                str(person_id), field=field, where=f"roster {self.roster.regime}"
            )
        return person

    def position(self, slot: Slot, person: Person, given: str | None, field: str) -> str | None:
        """The post in question: the one named, else the one ``person`` holds, else the only
        one; None when it can't be told (then a 'holds no post' violation explains)."""
        if given is not None:
            if given not in self.posts:
                self.composition.position(given, field=field)  # raises, naming the field
            return given
        pid = person.id
        for a in slot.assignments:
            if a.person == pid:
                return a.position
        keys = self.keys
        return keys[0] if len(keys) == 1 else None

    # -- checks ----------------------------------------------------------------

    def holds(self, slot: Slot, person: Person, position: str | None, field: str) -> bool:
        holder = slot.holder(position) if position is not None else None
        if position is not None and holder == person.id:
            return True
        names = {"person": person.display, "slot": slot.id, "when": slot.when()}
        if position is None:
            self.add(self.rules.changes, field, "duty.holds_no_post", **names)
            return False
        pos = self.posts.get(position) or self.composition.position(position)
        names.update(position=pos.name_en, position_zh=pos.label)
        if holder is None:
            self.add(self.rules.changes, field, "duty.not_holder_vacant", **names)
        else:
            shown = self.people[holder].display if holder in self.people else holder
            self.add(self.rules.changes, field, "duty.not_holder", holder=shown, **names)
        return False

    def not_started(self, slot: Slot) -> None:
        if self.at >= slot.start:
            self.refuse_with(self.rules.changes, "requested_at", slot_texts(slot)[2])

    def timely(self, slot: Slot, lead_time: LeadTime) -> None:
        """:meth:`not_started`, then :meth:`in_advance`, in one step."""
        if self.at >= slot.start:
            self.refuse_with(self.rules.changes, "requested_at", slot_texts(slot)[2])
        self.in_advance(slot, lead_time)

    def in_advance(self, slot: Slot, lead_time: LeadTime) -> None:
        deadline, shown, rule, rule_zh = self.index.deadline(
            lead_time, slot.start, self.roster.calendar
        )
        if self.at >= deadline:
            self.refuse(
                self.rules.changes,
                "requested_at",
                "duty.late",
                (
                    ("at", hm(self.at)),
                    ("deadline", shown),
                    ("rule", rule),
                    ("rule_zh", rule_zh),
                    ("slot", slot.id),
                    ("when", slot_texts(slot)[0]),
                ),
            )

    def incoming(
        self,
        person: Person,
        slot: Slot,
        position: str | None,
        field: str,
        touched: tuple[int, ...],
    ) -> None:
        """Checks on someone taking ``position`` in ``slot``: role, active, available, and
        not on duty at an overlapping time (here, outside the ``touched`` slots, or in any
        other roster)."""
        if position is not None:
            pos = self.posts.get(position) or self.composition.position(position)
            roles = pos.roles
            for role in person.roles:
                if role in roles:
                    break
            else:
                params = (*ineligible(person, pos), ("slot", slot.id))
                self.refuse(self.rules.eligibility, field, "duty.not_eligible", params)
        if not person.active:
            self.add(self.rules.eligibility, field, "duty.inactive", person=person.display)
        day = slot.day
        if self.absences:
            absence = self.availability.absence(person.id, day)
            if absence is not None:
                note = f" ({absence.note})" if absence.note else ""
                self.add(
                    self.rules.changes,
                    field,
                    "duty.unavailable",
                    person=person.display,
                    day=day.isoformat(),
                    reason=absence.reason.label + note,
                    reason_zh=absence.reason.label_zh + note,
                )
        held = self.index.by_person.get(person.id)
        if held is not None:
            for j in held.get(day, ()):
                if j not in touched:
                    other = self.slots[j]
                    if other.start < slot.end and slot.start < other.end:
                        self._double(person.display, other, field)
        for roster, index in self.other_indexes:
            for j in index.by_person.get(person.id, {}).get(day, ()):
                if roster.slots[j].overlaps(slot.start, slot.end):
                    self._double(person.display, roster.slots[j], field)

    def _double(self, shown: str, other: Slot, field: str) -> None:
        self.refuse(
            self.rules.changes,
            field,
            "duty.double_booked",
            (("other", other.id), ("person", shown), ("when", slot_texts(other)[0])),
        )

    def after(self, steps: Iterable[Step]) -> dict[int, list[str | None]]:
        """Who would hold each post of the touched slots once ``steps`` are made."""
        keys = self.keys
        by_id = self.index.by_id
        result: dict[int, list[str | None]] = {}
        for slot_id, position, _, person in steps:
            i = by_id[slot_id]
            holders = result.get(i)
            if holders is None:
                holders = result[i] = [a.person for a in self.slots[i].assignments]
            holders[keys.index(position)] = person
        return result

    def composition_kept(
        self, steps: Iterable[Step], *, field: str = "counterpart", allow_vacancy: bool = False
    ) -> None:
        """Every touched slot keeps its full composition: no post newly emptied, nobody newly
        in two posts, nobody newly in two overlapping touched slots."""
        after = self.after(steps)
        for i, holders in after.items():
            # The usual case first: no post empty (or allowed to be), nobody in two.
            if None not in holders:
                if len(set(holders)) == len(holders):
                    continue
            elif allow_vacancy and nobody_twice(holders):
                continue
            slot = self.slots[i]
            before = [a.person for a in slot.assignments]
            self._composition_problems(slot, before, holders, field, allow_vacancy=allow_vacancy)
        if len(after) < 2:
            return
        touched = list(after.items())
        for a, (i, h) in enumerate(touched):
            s = self.slots[i]
            for j, g in touched[a + 1 :]:
                t = self.slots[j]
                if not s.overlaps(t.start, t.end):
                    continue
                already = set(s.holders) & set(t.holders)
                for person in sorted({p for p in h if p is not None} & set(g) - already):
                    self._double(self.people[person].display, t, field)

    def _composition_problems(
        self,
        slot: Slot,
        before: list[str | None],
        holders: list[str | None],
        field: str,
        *,
        allow_vacancy: bool,
    ) -> None:
        comp = self.composition
        keys = self.keys
        old = holder_problems(keys, before)
        new = sorted(holder_problems(keys, holders) - old, key=lambda p: keys.index(p[1]))
        for kind, key, person in new:
            pos = comp.position(key)
            if kind == "vacant":
                if not allow_vacancy:
                    self.add(
                        self.rules.vacancy,
                        field,
                        "duty.vacancy_after",
                        position=pos.name_en,
                        position_zh=pos.label,
                        slot=slot.id,
                    )
                continue
            assert person is not None
            first = comp.position(keys[holders.index(person)])
            self.add(
                self.rules.eligibility,
                field,
                "duty.duplicate_after",
                person=self.people[person].display,
                position=pos.name_en,
                position_zh=pos.label,
                other_position=first.name_en,
                other_position_zh=first.label,
                slot=slot.id,
            )
