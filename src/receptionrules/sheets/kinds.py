"""The input kinds and their columns: people, absences, reception records, announced
dates, petition matters and their events.

:data:`INPUT_KINDS` is what the readers match headers against, what templates write
and what ``docs/spreadsheets.md`` shows. The kinds are defined beside their engines'
values: :mod:`.duty_kinds` and :mod:`.matter_kinds`.

>>> list(INPUT_KINDS)
['people', 'absences', 'records', 'announced', 'matters', 'events']
>>> [c.en for c in INPUT_KINDS["records"].columns][:4]
['regime', 'day', 'start', 'end']
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

from receptionrules.sheets.columns import InputKind
from receptionrules.sheets.duty_kinds import ABSENCES, ANNOUNCED, PEOPLE, RECORDS
from receptionrules.sheets.matter_kinds import EVENTS, MATTERS

__all__ = [
    "ABSENCES",
    "ANNOUNCED",
    "EVENTS",
    "INPUT_KINDS",
    "MATTERS",
    "PEOPLE",
    "RECORDS",
    "InputKindName",
]

InputKindName = Literal["people", "absences", "records", "announced", "matters", "events"]
"""A key of :data:`INPUT_KINDS`: people, absences, records, announced, matters, events."""

INPUT_KINDS: Mapping[str, InputKind] = MappingProxyType(
    {k.name: k for k in (PEOPLE, ABSENCES, RECORDS, ANNOUNCED, MATTERS, EVENTS)}
)
"""Every input kind by name (an :data:`InputKindName`), in the order the docs show them."""
