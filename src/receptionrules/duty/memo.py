"""What the checks of a change work out once per immutable value and then remember.

A refusal's words for a post (its names and eligible roles), for a person's roles and
for a slot's hours, and a composition's post keys, depend only on the (immutable)
:class:`~receptionrules.duty.composition.Position`, :class:`~receptionrules.duty.people.Person`,
:class:`~receptionrules.duty.slot.Slot` or :class:`~receptionrules.duty.composition.Composition`.
The checks (:mod:`.checks`) ask for them on every change, so they are remembered by
identity, in bounded memos: an entry keeps its value alive, so the id is not reused
while the entry stands.

>>> from receptionrules.presets import duty_composition
>>> from receptionrules.duty.people import Person
>>> township = duty_composition("township-duty")
>>> post_texts(township.position("deputy_section_leader"))[2]
'deputy-section-level leader'
>>> role_texts(Person(id="c1", name="Wang", roles=["station_chief"]))
('station/office chief', '所、站长')
>>> posts(township)[0]
('deputy_section_leader', 'station_chief')
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from receptionrules.duty.composition import Composition, Position
from receptionrules.duty.people import Person
from receptionrules.duty.slot import Slot, hm
from receptionrules.remarks import Remark

__all__ = ["ineligible", "post_texts", "posts", "role_texts", "slot_texts"]

_T = TypeVar("_T", Person, Position, Slot, Composition)
_R = TypeVar("_R")


class _Memo:
    __slots__ = ("kept", "known")

    def __init__(self, kept: int) -> None:
        self.kept = kept
        self.known: dict[int, tuple[object, Any]] = {}

    def get(self, of: _T, make: Callable[[_T], _R]) -> _R:
        known = self.known.get(id(of))
        if known is not None and known[0] is of:
            found: _R = known[1]
            return found
        made = make(of)
        if len(self.known) >= self.kept:
            self.known.clear()
        self.known[id(of)] = (of, made)
        return made


_SMALL = _Memo(4096)  # people, posts and compositions: a few per institution
_SLOTS = _Memo(16_384)  # slots: a 30-year roster has about 7,700; bounded, as it keeps them


def _post(pos: Position) -> tuple[str, str, str, str]:
    return pos.name_en, pos.label, pos.roles_text(), pos.roles_text("zh")


def _roles(person: Person) -> tuple[str, str]:
    return (
        " / ".join(r.label for r in person.roles),
        "、".join(r.label_zh for r in person.roles),
    )


def _slot(slot: Slot) -> tuple[str, str, Remark]:
    start = hm(slot.start)
    return slot.when(), start, Remark("duty.started", (("slot", slot.id), ("start", start)))


def _posts(comp: Composition) -> tuple[tuple[str, ...], Mapping[str, Position]]:
    return comp.keys, {p.key: p for p in comp.positions}


def post_texts(pos: Position) -> tuple[str, str, str, str]:
    """``(name_en, label, roles_text(), roles_text("zh"))`` of the post."""
    return _SMALL.get(pos, _post)


def role_texts(person: Person) -> tuple[str, str]:
    """The person's roles in words: ``(English joined by ' / ', Chinese joined by '、')``."""
    return _SMALL.get(person, _roles)


def slot_texts(slot: Slot) -> tuple[str, str, Remark]:
    """``(slot.when(), its start to the minute, the remark that it has started)``:
    ``('2026-05-06 08:00–17:00', '2026-05-06 08:00', Remark('duty.started', …))``."""
    return _SLOTS.get(slot, _slot)


_PAIRS: dict[tuple[int, int], tuple[Person, Position, tuple[tuple[str, str], ...]]] = {}


def ineligible(person: Person, pos: Position) -> tuple[tuple[str, str], ...]:
    """The parameters of the refusal of ``person`` for ``pos`` (``duty.not_eligible``, TS-1,
    AK-R-4.1) but the slot's, sorted by name: the slot's (``("slot", id)``) come last."""
    key = (id(person), id(pos))
    known = _PAIRS.get(key)
    if known is not None and known[0] is person and known[1] is pos:
        return known[2]
    name_en, label, roles_en, roles_zh = post_texts(pos)
    held_en, held_zh = role_texts(person)
    params = (
        ("held", held_en),
        ("held_zh", held_zh),
        ("person", person.display),
        ("position", name_en),
        ("position_zh", label),
        ("roles", roles_en),
        ("roles_zh", roles_zh),
    )
    if len(_PAIRS) >= 4096:
        _PAIRS.clear()
    _PAIRS[key] = (person, pos, params)
    return params


def posts(comp: Composition) -> tuple[tuple[str, ...], Mapping[str, Position]]:
    """The composition's post keys, in order, and its posts by key."""
    return _SMALL.get(comp, _posts)
