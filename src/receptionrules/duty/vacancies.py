"""Vacancies: slots that lack their full composition (AK-R-6.1 不得空岗, TS-1, TS-2, WF-3).

A post is *lacking* when nobody holds it, when its holder is no longer active or
no longer holds a role the post needs, or when one person holds two posts of the
same slot (TS-1 needs a leader **and** a chief: two people).

>>> from receptionrules.remarks import Remark
>>> v = Vacancy(slot_id="township-duty/2026-05-06", day="2026-05-06",
...             position="station_chief", problem="vacant", rule_id="TS-2",
...             remark=Remark.of("duty.post_vacant", slot="township-duty/2026-05-06",
...                              position="station/office chief", position_zh="所、站长"))
>>> str(v)
'TS-2: the station/office chief post of slot township-duty/2026-05-06 is empty'
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Literal

from pydantic import BaseModel

from receptionrules.duty._model import FROZEN
from receptionrules.duty.composition import Composition
from receptionrules.duty.people import Person
from receptionrules.duty.slot import Slot
from receptionrules.remarks import Cited, Remark, register_templates

__all__ = ["Vacancy", "VacancyProblem", "holder_problems", "nobody_twice", "slot_vacancies"]

register_templates(
    {
        "duty.post_vacant": {
            "en": "the {position} post of slot {slot} is empty",
            "zh": "值班{slot}的{position_zh}岗位无人值守",
        },
        "duty.post_inactive": {
            "en": "the {position} post of slot {slot} is held by {person}, who is no longer active",
            "zh": "值班{slot}的{position_zh}岗位由已不在岗的{person}担任",
        },
        "duty.post_ineligible": {
            "en": "the {position} post of slot {slot} is held by {person}, who is not a {roles}",
            "zh": "值班{slot}的{position_zh}岗位由{person}担任，其不是{roles_zh}",
        },
        "duty.post_duplicate": {
            "en": "{person} holds both the {other_position} and the {position} posts of slot "
            "{slot}; each post needs its own person",
            "zh": "{person}同时担任值班{slot}的{other_position_zh}和{position_zh}两个岗位，"
            "每个岗位须由不同人员担任",
        },
    }
)

VacancyProblem = Literal["vacant", "inactive", "ineligible", "duplicate"]


class Vacancy(Cited, BaseModel):
    """One post of one slot that lacks a proper holder, with the rule and the reason."""

    model_config = FROZEN

    slot_id: str
    day: date
    position: str
    problem: VacancyProblem
    rule_id: str
    remark: Remark
    person: str | None = None


def slot_vacancies(
    slot: Slot, composition: Composition, people: Mapping[str, Person]
) -> Iterator[Vacancy]:
    """The posts of ``slot`` that lack a proper holder, in post order."""
    rules = composition.rules
    seen: dict[str, str] = {}
    for a in slot.assignments:
        pos = composition.position(a.position)
        names = {"slot": slot.id, "position": pos.name_en, "position_zh": pos.label}
        if a.person is None:
            yield Vacancy(
                slot_id=slot.id,
                day=slot.day,
                position=a.position,
                problem="vacant",
                rule_id=rules.vacancy,
                remark=Remark.of("duty.post_vacant", **names),
            )
            continue
        person = people.get(a.person)
        shown = person.display if person is not None else a.person
        if a.person in seen:
            other = composition.position(seen[a.person])
            yield Vacancy(
                slot_id=slot.id,
                day=slot.day,
                position=a.position,
                problem="duplicate",
                rule_id=rules.eligibility,
                person=a.person,
                remark=Remark.of(
                    "duty.post_duplicate",
                    person=shown,
                    other_position=other.name_en,
                    other_position_zh=other.label,
                    **names,
                ),
            )
        seen.setdefault(a.person, a.position)
        if person is None or not pos.admits(person):
            yield Vacancy(
                slot_id=slot.id,
                day=slot.day,
                position=a.position,
                problem="ineligible",
                rule_id=rules.eligibility,
                person=a.person,
                remark=Remark.of(
                    "duty.post_ineligible",
                    person=shown,
                    roles=pos.roles_text(),
                    roles_zh=pos.roles_text("zh"),
                    **names,
                ),
            )
        elif not person.active:
            yield Vacancy(
                slot_id=slot.id,
                day=slot.day,
                position=a.position,
                problem="inactive",
                rule_id=rules.vacancy,
                person=a.person,
                remark=Remark.of("duty.post_inactive", person=shown, **names),
            )


def holder_problems(
    keys: Sequence[str], holders: Sequence[str | None]
) -> set[tuple[str, str, str | None]]:
    """The posts of a slot (``keys``, in order) that ``holders`` leave lacking:
    ``("vacant", key, None)``, or ``("duplicate", key, person)`` for a person already in
    an earlier post. The checks of a change compare these before and after."""
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


def nobody_twice(holders: Sequence[str | None]) -> bool:
    """Nobody holds two of these posts (vacant posts aside)."""
    present = [p for p in holders if p is not None]
    return len(set(present)) == len(present)
