"""The input files of each kind: people, absences, records, announced dates, matters,
change requests.

Each loader takes the path and the option that named it and returns the library's
values, or raises a one-line :class:`~receptionrules.cli.errors.CliError` naming the
option, the file, the item and the field.
"""

from __future__ import annotations

from datetime import date

from pydantic import TypeAdapter

from receptionrules.cli.files import load_json
from receptionrules.duty import (
    Absence,
    Availability,
    Change,
    Person,
    ReceptionRecord,
)
from receptionrules.supervision import PetitionMatter

__all__ = [
    "load_absences",
    "load_announced",
    "load_change",
    "load_matters",
    "load_people",
    "load_records",
]

_PEOPLE = TypeAdapter(list[Person])
_ABSENCES = TypeAdapter(list[Absence])
_RECORDS = TypeAdapter(list[ReceptionRecord])
_MATTERS = TypeAdapter(list[PetitionMatter])
_DATES = TypeAdapter(list[date])
_CHANGE: TypeAdapter[Change] = TypeAdapter(Change)


def load_people(path: str, option: str = "--people") -> list[Person]:
    """People who may be on duty."""
    return load_json(path, option, _PEOPLE, items="person", schema_name="people")


def load_absences(path: str, option: str = "--absences") -> Availability:
    """Absences, as the availability the roster functions take."""
    absences = load_json(path, option, _ABSENCES, items="absence", schema_name="absences")
    return Availability(absences=tuple(absences))


def load_records(path: str, option: str = "--records") -> list[ReceptionRecord]:
    """Registration records of receptions held."""
    return load_json(path, option, _RECORDS, items="record", schema_name="records")


def load_announced(path: str, option: str = "--announced") -> list[date]:
    """Announced reception dates."""
    return load_json(path, option, _DATES, items="date", schema_name="announced-dates")


def load_matters(path: str, option: str = "MATTERS") -> list[PetitionMatter]:
    """Petition matters with their events."""
    return load_json(path, option, _MATTERS, items="matter", schema_name="matters")


def load_change(path: str, option: str = "--request") -> Change:
    """A change request: a swap, cover, fill, substitution or undo, by its ``kind``."""
    return load_json(path, option, _CHANGE)
