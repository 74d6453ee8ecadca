"""People who may be on duty, and the roles that make them eligible (AK-R-4.1, MC-1, WF-3,
TS-1, UN-1).

A person is the user's data: an id, a name, a title as published on the name plate,
and the roles they hold. Presets carry roles, never people.

>>> p = Person(id="vm1", name="Li Ming", title="副市长", roles=["vice_mayor"])
>>> p.roles, p.holds(Role.VICE_MAYOR), p.display
((<Role.VICE_MAYOR: 'vice_mayor'>,), True, 'Li Ming (副市长)')
>>> Role("副秘书长")
<Role.DEPUTY_SECRETARY_GENERAL: 'deputy_secretary_general'>
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field, GetJsonSchemaHandler, field_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from receptionrules.duty._model import FROZEN

__all__ = ["Person", "Role"]

_LABELS: dict[str, tuple[str, str]] = {
    "mayor": ("mayor", "市长"),
    "vice_mayor": ("vice mayor", "副市长"),
    "mayor_assistant": ("mayor's assistant", "市长助理"),
    "secretary_general": ("secretary-general", "秘书长"),
    "deputy_secretary_general": ("deputy secretary-general", "副秘书长"),
    "city_leader": ("city leader", "市领导"),
    "school_leader": ("school leader", "校级领导"),
    "deputy_section_leader": ("deputy-section-level leader", "副科级领导"),
    "station_chief": ("station/office chief", "所、站长"),
    "union_chairman": ("union chairman", "工会主席"),
}


def _caseless(text: str) -> str:
    """A regular expression matching ``text`` in any case (ECMA 262, no flags)."""
    out = []
    for c in text:
        if c.isascii() and c.isalpha():
            out.append(f"[{c.lower()}{c.upper()}]")
        elif c in r".^$*+?()[]{}|\/-":
            out.append("\\" + c)
        else:
            out.append(c)
    return "".join(out)


class Role(StrEnum):
    """A role that can make a person eligible for a duty position.

    Accepts its value, its English label or its Chinese label (``Role("所、站长")``).
    """

    MAYOR = "mayor"
    """市长 (AK-R-4.1)."""
    VICE_MAYOR = "vice_mayor"
    """副市长 (AK-R-4.1)."""
    MAYOR_ASSISTANT = "mayor_assistant"
    """市长助理 (AK-R-4.1)."""
    SECRETARY_GENERAL = "secretary_general"
    """市政府秘书长 (AK-R-4.1)."""
    DEPUTY_SECRETARY_GENERAL = "deputy_secretary_general"
    """市政府副秘书长 (AK-R-4.1)."""
    CITY_LEADER = "city_leader"
    """市领导, a city leader (MC-1)."""
    SCHOOL_LEADER = "school_leader"
    """校级领导, a school leader (WF-3)."""
    DEPUTY_SECTION_LEADER = "deputy_section_leader"
    """副科级领导, a deputy-section-level township leader (TS-1)."""
    STATION_CHIEF = "station_chief"
    """所、站长, the chief of a township station or office (TS-1)."""
    UNION_CHAIRMAN = "union_chairman"
    """工会主席, the trade union chairman (UN-1)."""

    @property
    def label(self) -> str:
        """The English name, e.g. ``'vice mayor'``."""
        return _LABELS[self.value][0]

    @property
    def label_zh(self) -> str:
        """The Chinese name, e.g. ``'副市长'``."""
        return _LABELS[self.value][1]

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        # What _missing_ accepts too: the labels, the English ones in any case, spaced.
        schema = handler.resolve_ref_schema(handler(core_schema))
        labels = [label for pair in _LABELS.values() for label in pair]
        spaced = "|".join(_caseless(label) for label in labels)
        schema.pop("enum", None)
        schema.pop("type", None)
        schema["anyOf"] = [
            {"type": "string", "enum": list(dict.fromkeys([*_LABELS, *labels]))},
            {"type": "string", "pattern": rf"^\s*({spaced})\s*$"},
        ]
        return schema

    @classmethod
    def _missing_(cls, value: object) -> Role | None:
        if isinstance(value, str):
            text = value.strip()
            for key, (en, zh) in _LABELS.items():
                if text in (en, zh) or text.lower() == en:
                    return cls(key)
        return None


class Person(BaseModel):
    """Someone who may be put on duty: an id, a name, a title and the roles held.

    ``roles`` is kept sorted and without repeats, so the data form is stable. An
    inactive person (left the post, long illness) stays in a roster's history but
    is never rotated in and can't take over a slot.

    Raises pydantic ``ValidationError`` (naming the field) for an empty id or name,
    no roles, or an unknown role.
    """

    model_config = FROZEN

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    title: str = ""
    roles: tuple[Role, ...] = Field(min_length=1)
    active: bool = True

    @field_validator("roles")
    @classmethod
    def _normalise(cls, roles: tuple[Role, ...]) -> tuple[Role, ...]:
        order = list(Role)
        return tuple(sorted(set(roles), key=order.index))

    def holds(self, role: Role | str) -> bool:
        """Whether the person holds ``role``."""
        return Role(role) in self.roles

    @property
    def display(self) -> str:
        """``'name (title)'``, as on the name plate; the name alone without a title."""
        return f"{self.name} ({self.title})" if self.title else self.name
