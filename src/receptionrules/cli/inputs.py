"""The input files of each kind: people, absences, records, announced dates, matters (with
their events), change requests.

Each kind is read from JSON, or from a spreadsheet by its extension — ``.csv`` (UTF-8,
UTF-8 with a BOM, GB18030) or ``.xlsx`` (the ``xlsx`` extra) — through
:mod:`receptionrules.sheets`, with Chinese or English headers. Each loader takes the
path and the option that named it and returns the library's values, or raises a
one-line :class:`~receptionrules.cli.errors.CliError` naming the option, the file,
and the item and field (JSON) or the row and column (a spreadsheet), a spreadsheet's
in the ``--lang`` language.

:data:`FORMATS_BY_KIND` says which formats each kind is read from.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from pydantic import TypeAdapter

from receptionrules.cli.errors import CliError, describe_validation_error
from receptionrules.cli.files import load_json, read_bytes, read_lines
from receptionrules.cli.lang import DEFAULT_LANG, Language
from receptionrules.duty import (
    Absence,
    Availability,
    Change,
    Person,
    ReceptionRecord,
)
from receptionrules.errors import shown
from receptionrules.sheets import (
    Format,
    SheetError,
    XlsxUnavailableError,
    read_absences,
    read_announced,
    read_matters,
    read_people,
    read_records,
)
from receptionrules.supervision import (
    MatterLineError,
    PetitionMatter,
    matters_from_json,
    matters_from_json_lines,
)

__all__ = [
    "FORMATS_BY_KIND",
    "JSON_LINES_EXTENSIONS",
    "SHEET_EXTENSIONS",
    "is_sheet",
    "load_absences",
    "load_announced",
    "load_change",
    "load_matters",
    "load_people",
    "load_records",
]

T = TypeVar("T")

SHEET_EXTENSIONS = {".csv": "csv", ".xlsx": "xlsx"}
"""A file with one of these extensions is a spreadsheet; any other is JSON."""
JSON_LINES_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
"""A file of matters with one of these extensions is JSON Lines: one matter a line."""

FORMATS_BY_KIND: dict[str, tuple[str, ...]] = {
    "people": ("json", "csv", "xlsx"),
    "absences": ("json", "csv", "xlsx"),
    "records": ("json", "csv", "xlsx"),
    "announced": ("json", "csv", "xlsx", "DATE,DATE… on the command line"),
    "matters": (
        "json",
        "jsonl (JSON Lines, one matter a line)",
        "csv (events in a second file: --events)",
        "xlsx (events sheet)",
    ),
    "change-request": ("json",),
    "roster": ("json",),
    "institution": ("json", "toml"),
    "holiday-schedule": ("json",),
}
"""The formats each input kind is read from (docs/cli.md shows this table)."""

_PEOPLE = TypeAdapter(list[Person])
_ABSENCES = TypeAdapter(list[Absence])
_RECORDS = TypeAdapter(list[ReceptionRecord])
_MATTERS = TypeAdapter(list[PetitionMatter])
_MATTER = TypeAdapter(PetitionMatter)
_DATES = TypeAdapter(list[date])
_CHANGE: TypeAdapter[Change] = TypeAdapter(Change)


def is_sheet(path: str) -> bool:
    """Whether ``path`` names a spreadsheet (by its extension)."""
    return Path(path).suffix.lower() in SHEET_EXTENSIONS


def _sheet(path: str, option: str, lang: Language, read: Callable[[bytes, str], T]) -> T:
    data = read_bytes(path, option)
    try:
        return read(data, path)
    except SheetError as e:
        raise CliError(f"{option}: {e.render(lang)}") from None
    except XlsxUnavailableError:
        raise CliError(
            f"{option} {path}: XLSX needs the 'xlsx' extra (openpyxl): "
            "pip install 'receptionrules[xlsx]', or save the sheet as CSV"
        ) from None


def _fmt(path: str) -> Format:
    """The sheet's format, told by its extension."""
    return "xlsx" if Path(path).suffix.lower() == ".xlsx" else "csv"


def load_people(path: str, option: str = "--people", lang: Language = DEFAULT_LANG) -> list[Person]:
    """People who may be on duty."""
    if is_sheet(path):
        return list(
            _sheet(path, option, lang, lambda d, s: read_people(d, source=s, format=_fmt(s)))
        )
    return load_json(path, option, _PEOPLE, items="person", schema_name="people")


def load_absences(
    path: str, option: str = "--absences", lang: Language = DEFAULT_LANG
) -> Availability:
    """Absences, as the availability the roster functions take."""
    if is_sheet(path):
        return _sheet(path, option, lang, lambda d, s: read_absences(d, source=s, format=_fmt(s)))
    absences = load_json(path, option, _ABSENCES, items="absence", schema_name="absences")
    return Availability(absences=tuple(absences))


def load_records(
    path: str,
    option: str = "--records",
    lang: Language = DEFAULT_LANG,
    *,
    regime: str | None = None,
) -> list[ReceptionRecord]:
    """Registration records of receptions held; a sheet without a regime column is
    ``regime``'s."""
    if is_sheet(path):
        return list(
            _sheet(
                path,
                option,
                lang,
                lambda d, s: read_records(d, source=s, format=_fmt(s), regime=regime),
            )
        )
    return load_json(path, option, _RECORDS, items="record", schema_name="records")


def load_announced(
    path: str, option: str = "--announced", lang: Language = DEFAULT_LANG
) -> list[date]:
    """Announced reception dates."""
    if is_sheet(path):
        return list(
            _sheet(path, option, lang, lambda d, s: read_announced(d, source=s, format=_fmt(s)))
        )
    return load_json(path, option, _DATES, items="date", schema_name="announced-dates")


def load_matters(
    path: str,
    option: str = "MATTERS",
    lang: Language = DEFAULT_LANG,
    *,
    events: str | None = None,
) -> list[PetitionMatter]:
    """Petition matters with their events: JSON, a workbook with a matters and an events
    sheet, or a CSV of matters and (``events``) a CSV or sheet of their events."""
    if not is_sheet(path):
        if events is not None:
            raise CliError(
                f"--events {events}: events go inside the matters of a JSON file; --events "
                "is for a matters spreadsheet"
            )
        if Path(path).suffix.lower() in JSON_LINES_EXTENSIONS:
            return _matter_lines(path, option)
        return load_json(
            path, option, _MATTERS, items="matter", schema_name="matters", fast=matters_from_json
        )
    extra = read_bytes(events, "--events") if events is not None else None

    def read(data: bytes, source: str) -> tuple[PetitionMatter, ...]:
        return read_matters(
            data, source=source, format=_fmt(source), events=extra, events_source=events
        )

    return list(_sheet(path, option, lang, read))


def _matter_lines(path: str, option: str) -> list[PetitionMatter]:
    """The matters of a JSON Lines file, read a line at a time; a bad line is named with
    its number, the matter and the field."""
    where = f"{option} {path}"
    try:
        return matters_from_json_lines(read_lines(path, option))
    except MatterLineError as e:
        at = f"{where}: line {e.line}"
        text = e.text if isinstance(e.text, str) else e.text.decode("utf-8", "replace")
        try:
            data = json.loads(text.rstrip())
        except json.JSONDecodeError as bad:
            raise CliError(f"{at}, column {bad.colno}: not JSON: {bad.msg}") from None
        except RecursionError:
            data = None
        raw_id = data.get("id") if isinstance(data, dict) else None
        if isinstance(raw_id, str):
            at += f" (matter {shown(raw_id)})"
        raise CliError(
            describe_validation_error(e.error, at, schema=_MATTER.json_schema(), data=data)
        ) from None


def load_change(path: str, option: str = "--request") -> Change:
    """A change request: a swap, cover, fill, substitution or undo, by its ``kind``."""
    return load_json(path, option, _CHANGE)
