"""Institutions as data: a regime, a duty composition and supervision rules.

A new institution is defined in a JSON or TOML file validated by pydantic; every
bad field is refused with its path. The five presets are expressible the same
way (:func:`preset_institution`), and written out and read back they give the
same receptions.

>>> inst = preset_institution("wenfu-school")
>>> again = load_institution(inst.to_json())
>>> again == inst
True
>>> toml = '''
... name = "district-office"
... title = "区信访局局长接待日"
... [regime]
... rule = { kind = "nth_weekday", weekday = "thursday", n = 2 }
... window = { start = "14:30", end = "17:00", label = "下午" }
... holiday_policy = { kind = "next_working_day" }
... location = "区信访局接待大厅"
... [[duty.positions]]
... key = "leader"
... label = "局领导"
... roles = ["city_leader"]
... '''
>>> office = load_institution(toml, format="toml")
>>> office.regime.name, office.duty.keys
('district-office', ('leader',))
"""

from __future__ import annotations

import copy
import json
import tomllib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, GetJsonSchemaHandler, model_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from receptionrules.calendar import WorkingCalendar
from receptionrules.duty.composition import Composition
from receptionrules.presets import duty_composition, preset
from receptionrules.regime import Regime
from receptionrules.supervision.deadlines.limits import NationalTimeLimits
from receptionrules.supervision.ladder import MethodLadder
from receptionrules.supervision.triggers.thresholds import SupervisionThresholds

__all__ = ["Institution", "load_institution", "preset_institution"]

_NAME = r"^[a-z0-9][a-z0-9-]*$"
_FILLED = {"regime": ("name", "title"), "duty": ("institution",)}
"""The keys of each part that default to the institution's own (name, title)."""


class Institution(BaseModel):
    """One institution's rules as data.

    Attributes:
        name: a short identifier (lower case, digits and hyphens), also the regime's
            name and the duty composition's institution.
        title: its name in words.
        regime: when and where receptions are held (a :class:`Regime` without its
            name, which is this one's).
        duty: who may be on duty and how many (a :class:`Composition`).
        supervision: the trigger thresholds and windows (AK-S-2; defaults of docs/rules.md).
        time_limits: the national time limits (Nat-1 … Nat-4; defaults of docs/rules.md).
        ladder: the supervision method ladder (AK-S-3; default of docs/rules.md).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(pattern=_NAME)
    title: str = ""
    regime: Regime
    duty: Composition
    supervision: SupervisionThresholds = Field(default_factory=SupervisionThresholds)
    time_limits: NationalTimeLimits = Field(default_factory=NationalTimeLimits)
    ladder: MethodLadder = Field(default_factory=MethodLadder)

    @model_validator(mode="before")
    @classmethod
    def _name_the_parts(cls, data: Any) -> Any:
        # In a file the parts need not repeat the institution's name and title.
        if not isinstance(data, dict) or "name" not in data:
            return data
        data = dict(data)
        for part, fill in _FILLED.items():
            value = data.get(part)
            if isinstance(value, dict):
                value = dict(value)
                for key in fill:
                    source = data.get("title", "") if key == "title" else data["name"]
                    value.setdefault(key, source)
                data[part] = value
        return data

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        # A file need not repeat the name in its parts (see _name_the_parts): the schema
        # of the regime and the duty here is theirs without that requirement.
        schema = handler(core_schema)
        target = handler.resolve_ref_schema(schema)
        for part, filled in _FILLED.items():
            inline = copy.deepcopy(handler.resolve_ref_schema(target["properties"][part]))
            inline["required"] = [k for k in inline.get("required", []) if k not in filled]
            target["properties"][part] = inline
        return schema

    @model_validator(mode="after")
    def _same_name(self) -> Institution:
        if self.regime.name != self.name:
            raise ValueError(
                f"regime.name={self.regime.name!r} differs from name={self.name!r}; leave it "
                "out of the file, or make them equal"
            )
        if self.duty.institution != self.name:
            raise ValueError(
                f"duty.institution={self.duty.institution!r} differs from name={self.name!r}; "
                "leave it out of the file, or make them equal"
            )
        return self

    def with_calendar(self, calendar: WorkingCalendar) -> Institution:
        """The same institution, its regime on another working-day calendar."""
        return self.model_copy(update={"regime": self.regime.with_calendar(calendar)})

    def to_json(self, *, indent: int | None = 2) -> str:
        """The institution as JSON text, as a file would hold it."""
        return self.model_dump_json(indent=indent)

    def to_dict(self) -> dict[str, Any]:
        """The institution as JSON-ready data."""
        data: dict[str, Any] = json.loads(self.model_dump_json())
        return data


def preset_institution(
    name: str, *, calendar: WorkingCalendar | None = None, **options: Any
) -> Institution:
    """A preset as an :class:`Institution` (``options`` go to its regime).

    Raises:
        UnknownPresetError: ``name`` is not a preset.
    """
    regime = preset(name, calendar=calendar, **options)
    return Institution(
        name=name,
        title=regime.title,
        regime=regime,
        duty=duty_composition(name),
    )


def load_institution(
    data: str | bytes | dict[str, Any],
    *,
    format: Literal["json", "toml"] = "json",
    calendar: WorkingCalendar | None = None,
) -> Institution:
    """An institution from JSON or TOML text, or already-parsed data.

    The library does no I/O: read the file and pass its text.

    Raises:
        pydantic.ValidationError: a bad field, named by its path
            (e.g. ``regime.window.end``).
        ValueError: the text is not valid JSON or TOML.
    """
    if isinstance(data, dict):
        inst = Institution.model_validate(data)
    elif format == "toml":
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        try:
            parsed = tomllib.loads(text)
        except tomllib.TOMLDecodeError as e:
            raise ValueError(f"not valid TOML: {e}") from None
        inst = Institution.model_validate(parsed)
    elif format == "json":
        inst = Institution.model_validate_json(data)
    else:
        raise ValueError(f"format={format!r}; use 'json' or 'toml'")
    return inst if calendar is None else inst.with_calendar(calendar)
