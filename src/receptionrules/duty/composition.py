"""The composition of one duty slot: which posts it has and who may fill each.

Each preset states its composition as data (``receptionrules.presets.duty_composition``):

- AK (AK-R-4.1, AK-R-5.1): exactly one of mayor, vice mayor, mayor's assistant,
  secretary-general, deputy secretary-general;
- MC (MC-1): one city leader;
- WF (WF-3): one school leader;
- TS (TS-1): one deputy-section-level leader **and** one station/office chief;
- UN (UN-1): the union chairman.

A slot has its *full composition* when every position is held, each by a
different, active person who holds one of the position's roles.

>>> from receptionrules.presets import duty_composition
>>> ts = duty_composition("township-duty")
>>> [p.key for p in ts.positions]
['deputy_section_leader', 'station_chief']
>>> from receptionrules.duty.people import Person
>>> chief = Person(id="c1", name="Wang", roles=["station_chief"])
>>> ts.position("deputy_section_leader").admits(chief)
False
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from pydantic import BaseModel, Field, field_validator, model_validator

from receptionrules.duty._model import FROZEN
from receptionrules.duty.errors import UnknownPositionError
from receptionrules.duty.people import Person, Role
from receptionrules.duty.slot import Assignment

__all__ = ["Composition", "DutyRules", "Position"]


class Position(BaseModel):
    """One post of a duty slot and the roles that may fill it.

    >>> Position(key="leader", label="接待领导", roles=["mayor", "vice_mayor"]).roles
    (<Role.MAYOR: 'mayor'>, <Role.VICE_MAYOR: 'vice_mayor'>)
    """

    model_config = FROZEN

    key: str = Field(min_length=1, pattern=r"^[a-z][a-z0-9_]*$")
    label: str = Field(min_length=1)
    """The post's Chinese name, as published (e.g. 副科级领导)."""
    label_en: str = ""
    roles: tuple[Role, ...] = Field(min_length=1)

    @field_validator("roles")
    @classmethod
    def _normalise(cls, roles: tuple[Role, ...]) -> tuple[Role, ...]:
        order = list(Role)
        return tuple(sorted(set(roles), key=order.index))

    def admits(self, person: Person) -> bool:
        """Whether ``person`` holds one of the position's roles (activity is checked apart)."""
        return any(r in self.roles for r in person.roles)

    def roles_text(self, language: str = "en") -> str:
        """The eligible roles in words: ``'mayor / vice mayor'`` or ``'市长、副市长'``."""
        if language == "zh":
            return "、".join(r.label_zh for r in self.roles)
        return " / ".join(r.label for r in self.roles)

    @property
    def name_en(self) -> str:
        """The English name, falling back to the key."""
        return self.label_en or self.key.replace("_", " ")


class DutyRules(BaseModel):
    """Which rule each kind of roster check and audit finding cites, per institution.

    Attributes:
        eligibility: who may be on duty (AK-R-4.1, MC-1, WF-3, TS-1, UN-1).
        rotation: how the duty rotates (AK-R-5.1, …).
        vacancy: the post is never left empty (AK-R-6.1 不得空岗, TS-2 不准缺席, WF-3, …).
        duty: who is on duty is the published roster (a non-rostered receiver is a finding).
        day: the day and hours of the reception (AK-R-4.2, MC-1, WF-1, TS-2, UN-1).
        place: where it is held (AK-R-4.3, MC-1, WF-2, TS-2, UN-1).
        records: the registration records are kept (AK-R-6.3, MC-3, WF-7, …).
        month: once a month, for monthly regimes (AK-R-4.2, MC-1); None otherwise.
        changes: swaps and covers arranged in advance, past duty never rewritten (AK-R-6.1).
        substitution: the designated substitute, then the published order (WF-3).
        announcement: announced to the public in advance (AK-R-5.2).
        co_receivers: notified units send staff (AK-R-6.2).

    The defaults cite the Ankang reception-day rules (AK-R), the most general of the
    five texts; an institution defined as data inherits them unless it names its own.
    """

    model_config = FROZEN

    eligibility: str = "AK-R-4.1"
    rotation: str = "AK-R-5.1"
    vacancy: str = "AK-R-6.1"
    duty: str = "AK-R-5.1"
    day: str = "AK-R-4.2"
    place: str = "AK-R-4.3"
    records: str = "AK-R-6.3"
    month: str | None = None
    changes: str = "AK-R-6.1"
    substitution: str = "WF-3"
    announcement: str = "AK-R-5.2"
    co_receivers: str = "AK-R-6.2"


class Composition(BaseModel):
    """The posts of one duty slot of an institution, in published order, and its rules.

    Attributes:
        institution: the preset (regime) name it belongs to.
        positions: the posts; one person each, all different.
        rules: the rule each check cites.
        announced: the slot's leader is announced to the public in advance (AK-R-5.2);
            the audit checks announcements only when this is set.
    """

    model_config = FROZEN

    institution: str = Field(min_length=1)
    positions: tuple[Position, ...] = Field(min_length=1)
    rules: DutyRules = Field(default_factory=DutyRules)
    announced: bool = False

    @model_validator(mode="after")
    def _unique_keys(self) -> Composition:
        keys = [p.key for p in self.positions]
        for key in keys:
            if keys.count(key) > 1:
                raise ValueError(f"positions: the key {key!r} is used twice; keys are unique")
        return self

    @property
    def keys(self) -> tuple[str, ...]:
        """The position keys, in order."""
        return tuple(p.key for p in self.positions)

    def position(self, key: str, *, field: str = "position") -> Position:
        """The position with ``key``.

        Raises:
            UnknownPositionError: no such position (a ``KeyError``), naming ``field``.
        """
        for p in self.positions:
            if p.key == key:
                return p
        raise UnknownPositionError(key, field=field, valid=self.keys)

    def roles(self) -> tuple[Role, ...]:
        """Every role that can fill some position."""
        seen: list[Role] = []
        for p in self.positions:
            seen.extend(r for r in p.roles if r not in seen)
        return tuple(seen)

    def admits(self, person: Person) -> bool:
        """Whether ``person`` can fill at least one position."""
        return any(p.admits(person) for p in self.positions)

    def check_assignments(
        self, assignments: Sequence[Assignment], people: Mapping[str, Person], *, where: str
    ) -> None:
        """Check that ``assignments`` are this composition's posts, in order, each held (and
        substituted) by one of ``people`` with a role of the post; a roster's slots are
        validated with this (AK-R-4.1, MC-1, WF-3, TS-1, UN-1).

        Raises:
            ValueError: naming the field under ``where`` (e.g. ``slots[3]``) and the fix.
        """
        if tuple(a.position for a in assignments) != self.keys:
            raise ValueError(
                f"{where}.assignments: posts {[a.position for a in assignments]} do "
                f"not match the composition's {list(self.keys)}"
            )
        for j, (a, pos) in enumerate(zip(assignments, self.positions, strict=True)):
            for attr, pid in (("person", a.person), ("substitute", a.substitute)):
                if pid is None:
                    continue
                person = people.get(pid)
                if person is None:
                    raise ValueError(
                        f"{where}.assignments[{j}].{attr}: {pid!r} is not among the roster's people"
                    )
                if not pos.admits(person):
                    raise ValueError(
                        f"{where}.assignments[{j}].{attr}: {pid!r} holds none of the roles "
                        f"of the {a.position} post ({pos.roles_text()}) "
                        f"({self.rules.eligibility})"
                    )
