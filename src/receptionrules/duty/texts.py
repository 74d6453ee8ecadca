"""The words a refusal shows for a post or a person's roles, worked out once each.

A post's names and eligible roles, and a person's roles, in English and Chinese,
depend only on the (immutable) :class:`~receptionrules.duty.composition.Position` or
:class:`~receptionrules.duty.people.Person`; the checks of a change
(:mod:`.checks`) ask for them on every refusal of an ineligible person (TS-1,
AK-R-4.1), so they are remembered by identity (the entry keeps the value alive, so
its id is not reused) in a bounded memo.

>>> from receptionrules.presets import duty_composition
>>> from receptionrules.duty.people import Person
>>> post_texts(duty_composition("township-duty").position("deputy_section_leader"))[2]
'deputy-section-level leader'
>>> role_texts(Person(id="c1", name="Wang", roles=["station_chief"]))
('station/office chief', '所、站长')
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from receptionrules.duty.composition import Position
from receptionrules.duty.people import Person

__all__ = ["post_texts", "role_texts"]

_T = TypeVar("_T", Person, Position)
_KNOWN: dict[int, tuple[object, tuple[str, ...]]] = {}
_KEPT = 4096


def _memo(of: _T, make: Callable[[_T], tuple[str, ...]]) -> tuple[str, ...]:
    known = _KNOWN.get(id(of))
    if known is not None and known[0] is of:
        return known[1]
    found = make(of)
    if len(_KNOWN) >= _KEPT:
        _KNOWN.clear()
    _KNOWN[id(of)] = (of, found)
    return found


def _post(pos: Position) -> tuple[str, ...]:
    return pos.name_en, pos.label, pos.roles_text(), pos.roles_text("zh")


def _roles(person: Person) -> tuple[str, ...]:
    return (
        " / ".join(r.label for r in person.roles),
        "、".join(r.label_zh for r in person.roles),
    )


def post_texts(pos: Position) -> tuple[str, ...]:
    """``(name_en, label, roles_text(), roles_text("zh"))`` of the post."""
    return _memo(pos, _post)


def role_texts(person: Person) -> tuple[str, ...]:
    """The person's roles in words: ``(English joined by ' / ', Chinese joined by '、')``."""
    return _memo(person, _roles)
