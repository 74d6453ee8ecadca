"""The duty checks as they were before issue 14 (main's ``duty/checks.py``, ``swaps.py``,
``fill.py``, ``undo.py`` and the substitution planner, their templates left to the library,
which registers the same ones), kept as the plain reference the fast checks are compared
with (tests/test_duty_fast_checks.py). Public names only; nothing here is tested itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from receptionrules.duty import (
    Availability,
    ChangePlan,
    CoverRequest,
    FillRequest,
    LeadTime,
    Move,
    Person,
    Roster,
    Slot,
    SubstitutionRequest,
    SwapRequest,
    UndoRequest,
    UnknownChangeError,
    UnknownPersonError,
    UnknownSlotError,
    Violation,
    find_substitute,
)
from receptionrules.remarks import Remark

NOBODY_ABSENT = Availability()


def _hm(at: datetime) -> str:
    return f"{at:%Y-%m-%d %H:%M}"


def _problems(
    keys: Sequence[str], holders: Sequence[str | None]
) -> set[tuple[str, str, str | None]]:
    found: set[tuple[str, str, str | None]] = set()
    seen: set[str] = set()
    for key, person in zip(keys, holders, strict=True):
        if person is None:
            found.add(("vacant", key, None))
        elif person in seen:
            found.add(("duplicate", key, person))
        else:
            seen.add(person)
    return found


class Checker:
    """The checks every kind of change shares; collects violations in order.

    Every lookup goes through the roster's indexes (read once, here), so a check
    touches only the slots the change names and those people's slots of those days.
    """

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
        self.composition = roster.composition
        self.rules = roster.composition.rules
        self.availability = availability if availability is not None else NOBODY_ABSENT
        # Another roster of this same institution can only be a copy of this one.
        self.others = tuple(o for o in others if o.regime != roster.regime)
        self.other_indexes = tuple((o, o.index) for o in self.others)
        self.at = at
        self.out: list[Violation] = []

    def add(self, rule_id: str, field: str, code: str, **params: Any) -> None:
        self.out.append(Violation(rule_id=rule_id, field=field, remark=Remark.of(code, **params)))

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
        comp = self.composition
        if given is not None:
            comp.position(given, field=field)
            return given
        held = slot.position_of(person.id)
        if held is not None:
            return held
        return comp.keys[0] if len(comp.keys) == 1 else None

    # -- checks ----------------------------------------------------------------

    def holds(self, slot: Slot, person: Person, position: str | None, field: str) -> bool:
        holder = slot.holder(position) if position is not None else None
        if position is not None and holder == person.id:
            return True
        names = {"person": person.display, "slot": slot.id, "when": slot.when()}
        if position is None:
            self.add(self.rules.changes, field, "duty.holds_no_post", **names)
            return False
        pos = self.composition.position(position)
        names.update(position=pos.name_en, position_zh=pos.label)
        if holder is None:
            self.add(self.rules.changes, field, "duty.not_holder_vacant", **names)
        else:
            shown = self.people[holder].display if holder in self.people else holder
            self.add(self.rules.changes, field, "duty.not_holder", holder=shown, **names)
        return False

    def not_started(self, slot: Slot) -> None:
        if self.at >= slot.start:
            self.add(
                self.rules.changes,
                "requested_at",
                "duty.started",
                slot=slot.id,
                start=_hm(slot.start),
            )

    def in_advance(self, slot: Slot, lead_time: LeadTime) -> None:
        deadline = lead_time.deadline(slot.start, self.roster.calendar)
        if self.at >= deadline:
            self.add(
                self.rules.changes,
                "requested_at",
                "duty.late",
                at=_hm(self.at),
                slot=slot.id,
                when=slot.when(),
                rule=lead_time.describe(),
                rule_zh=lead_time.describe_zh(),
                deadline=_hm(deadline),
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
        shown = person.display
        if position is not None:
            pos = self.composition.position(position)
            if not pos.admits(person):
                self.add(
                    self.rules.eligibility,
                    field,
                    "duty.not_eligible",
                    person=shown,
                    position=pos.name_en,
                    position_zh=pos.label,
                    slot=slot.id,
                    roles=pos.roles_text(),
                    roles_zh=pos.roles_text("zh"),
                    held=" / ".join(r.label for r in person.roles),
                    held_zh="、".join(r.label_zh for r in person.roles),
                )
        if not person.active:
            self.add(self.rules.eligibility, field, "duty.inactive", person=shown)
        absence = self.availability.absence(person.id, slot.day)
        if absence is not None:
            note = f" ({absence.note})" if absence.note else ""
            self.add(
                self.rules.changes,
                field,
                "duty.unavailable",
                person=shown,
                day=slot.day.isoformat(),
                reason=absence.reason.label + note,
                reason_zh=absence.reason.label_zh + note,
            )
        for j in self.index.by_person.get(person.id, {}).get(slot.day, ()):
            if j not in touched and self.slots[j].overlaps(slot.start, slot.end):
                self._double(shown, self.slots[j], field)
        for roster, index in self.other_indexes:
            for j in index.by_person.get(person.id, {}).get(slot.day, ()):
                if roster.slots[j].overlaps(slot.start, slot.end):
                    self._double(shown, roster.slots[j], field)

    def _double(self, shown: str, other: Slot, field: str) -> None:
        self.add(
            self.rules.changes,
            field,
            "duty.double_booked",
            person=shown,
            other=other.id,
            when=other.when(),
        )

    def after(self, moves: Iterable[Move]) -> dict[int, list[str | None]]:
        """Who would hold each post of the touched slots once ``moves`` are made."""
        keys = self.composition.keys
        result: dict[int, list[str | None]] = {}
        for m in moves:
            i = self.index.by_id[m.slot_id]
            holders = result.get(i)
            if holders is None:
                holders = result[i] = list(self.slots[i].holders)
            holders[keys.index(m.position)] = m.after
        return result

    def composition_kept(
        self, moves: Iterable[Move], *, field: str = "counterpart", allow_vacancy: bool = False
    ) -> None:
        """Every touched slot keeps its full composition: no post newly emptied, nobody newly
        in two posts, nobody newly in two overlapping touched slots."""
        comp = self.composition
        keys = comp.keys
        after = self.after(moves)
        for i, holders in after.items():
            slot = self.slots[i]
            old = _problems(keys, slot.holders)
            new = sorted(_problems(keys, holders) - old, key=lambda p: keys.index(p[1]))
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


def plan_swap(check: Checker, req: SwapRequest, lead_time: LeadTime) -> ChangePlan:
    """Check a swap (调换, AK-R-6.1) and say what it would do: both posts change hands."""
    ia, a = check.slot(req.slot_id, "slot_id")
    ib, b = check.slot(req.counterpart_slot_id, "counterpart_slot_id")
    requester = check.person(req.requester, "requester")
    counterpart = check.person(req.counterpart, "counterpart")
    pa = check.position(a, requester, req.position, "position")
    pb = check.position(b, counterpart, req.counterpart_position, "counterpart_position")
    same = requester.id == counterpart.id
    if same:
        check.add(check.rules.changes, "counterpart", "duty.same_person", person=requester.display)
    held_a = check.holds(a, requester, pa, "requester")
    held_b = check.holds(b, counterpart, pb, "counterpart")
    for slot in (a,) if ia == ib else (a, b):
        check.not_started(slot)
        check.in_advance(slot, lead_time)
    touched = (ia, ib)
    check.incoming(counterpart, a, pa, "counterpart", touched)
    check.incoming(requester, b, pb, "requester", touched)
    moves: tuple[Move, ...] = ()
    if held_a and held_b and pa is not None and pb is not None and not same:
        moves = (
            Move(slot_id=a.id, position=pa, before=requester.id, after=counterpart.id),
            Move(slot_id=b.id, position=pb, before=counterpart.id, after=requester.id),
        )
        check.composition_kept(moves)
    return ChangePlan(
        violations=tuple(check.out),
        moves=moves,
        on_behalf_of=requester.id,
        describe=f"swap of {a.id} ({requester.id}) with {b.id} ({counterpart.id})",
    )


def plan_cover(check: Checker, req: CoverRequest, lead_time: LeadTime) -> ChangePlan:
    """Check a cover (AK-R-6.1) and say what it would do: one post changes hands."""
    ia, a = check.slot(req.slot_id, "slot_id")
    requester = check.person(req.requester, "requester")
    counterpart = check.person(req.counterpart, "counterpart")
    pa = check.position(a, requester, req.position, "position")
    same = requester.id == counterpart.id
    if same:
        check.add(check.rules.changes, "counterpart", "duty.same_person", person=requester.display)
    held = check.holds(a, requester, pa, "requester")
    check.not_started(a)
    check.in_advance(a, lead_time)
    check.incoming(counterpart, a, pa, "counterpart", (ia,))
    moves: tuple[Move, ...] = ()
    if held and pa is not None and not same:
        moves = (Move(slot_id=a.id, position=pa, before=requester.id, after=counterpart.id),)
        check.composition_kept(moves)
    return ChangePlan(
        violations=tuple(check.out),
        moves=moves,
        on_behalf_of=requester.id,
        describe=f"cover of {a.id} ({requester.id} by {counterpart.id})",
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
        count=len(shown),
        posts=", ".join(comp.position(k).name_en for k in shown),
        posts_zh="、".join(comp.position(k).label for k in shown),
        **names,
    )
    return None


def plan_fill(check: Checker, req: FillRequest, lead_time: LeadTime) -> ChangePlan:
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
    moves: tuple[Move, ...] = ()
    if key is not None and vacant:
        moves = (Move(slot_id=slot.id, position=key, before=None, after=person.id),)
        check.composition_kept(moves, field="person", allow_vacancy=True)
    return ChangePlan(
        violations=tuple(check.out),
        moves=moves,
        on_behalf_of=person.id,
        describe=f"fill of {slot.id} ({key or 'a vacant post'} by {person.id})",
    )


def plan_undo(check: Checker, req: UndoRequest) -> ChangePlan:
    """Check an undo of change ``req.change`` and say what it would do: every post it moved
    goes back.

    Raises:
        UnknownChangeError: no such change in the roster's history.
    """
    history = check.roster.history
    if not 0 <= req.change < len(history):
        raise UnknownChangeError(req.change, field="change", count=len(history))
    record = history[req.change]
    describe = f"undo of change {record.seq} ({record.kind})"
    if isinstance(record.change, UndoRequest):
        check.add(check.rules.changes, "change", "duty.undo_of_undo", change=record.seq)
        return ChangePlan(tuple(check.out), (), record.on_behalf_of, describe)
    for later in history[record.seq + 1 :]:
        if isinstance(later.change, UndoRequest) and later.change.change == record.seq:
            check.add(
                check.rules.changes,
                "change",
                "duty.already_undone",
                change=record.seq,
                by=later.seq,
            )
            return ChangePlan(tuple(check.out), (), record.on_behalf_of, describe)
    comp = check.composition
    inverse: list[Move] = []
    seen: dict[int, Slot] = {}
    for move in record.moves:
        i, slot = check.slot(move.slot_id, "change")
        seen[i] = slot
        if slot.holder(move.position) != move.after:
            later_seq = next(
                (
                    r.seq
                    for r in reversed(history)
                    if any(
                        m.slot_id == move.slot_id and m.position == move.position for m in r.moves
                    )
                ),
                record.seq,
            )
            pos = comp.position(move.position)
            check.add(
                check.rules.changes,
                "change",
                "duty.superseded",
                position=pos.name_en,
                position_zh=pos.label,
                slot=slot.id,
                change=record.seq,
                later=later_seq,
            )
        inverse.append(
            Move(slot_id=move.slot_id, position=move.position, before=move.after, after=move.before)
        )
    for slot in seen.values():
        check.not_started(slot)
    touched = tuple(seen)
    for move in inverse:
        if move.after is not None:
            _, slot = check.slot(move.slot_id, "change")
            check.incoming(
                check.person(move.after, "change"), slot, move.position, "change", touched
            )
    if not check.out:
        check.composition_kept(inverse, field="change", allow_vacancy=True)
    return ChangePlan(tuple(check.out), tuple(inverse), record.on_behalf_of, describe)


_HOW = {
    True: ("the designated substitute", "指定补位领导"),
    False: ("next in the published order", "按公布顺序"),
}


def plan_substitution(check: Checker, req: SubstitutionRequest) -> ChangePlan:
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
            end=f"{slot.end:%Y-%m-%d %H:%M}",
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
    moves: tuple[Move, ...] = ()
    if held and key is not None and req.substitute != absent.id:
        moves = (Move(slot_id=slot.id, position=key, before=absent.id, after=req.substitute),)
        check.composition_kept(moves, field="substitute", allow_vacancy=True)
    return ChangePlan(
        violations=tuple(check.out),
        moves=moves,
        on_behalf_of=absent.id,
        describe=f"substitution in {slot.id} for {absent.id}",
    )


def plan_change(
    roster: Roster,
    change: Any,
    *,
    availability: Availability | None = None,
    others: Iterable[Roster] = (),
    lead_time: LeadTime,
) -> ChangePlan:
    """main's ``plan_change``: the planner of the change's kind."""
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
