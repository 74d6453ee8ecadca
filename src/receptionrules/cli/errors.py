"""One line for every problem: what the CLI says when input is bad, never a traceback.

:class:`CliError` is bad input: printed as ``receptionrules: error: …``, exit 2. The
library's errors name its own parameters and methods (``WorkingCalendar.with_schedule``);
:func:`describe` says the same in the terms the user typed — the flag and the file.
:func:`describe_validation_error` puts a pydantic error on one line: the item, the
field path, the problem, and for a mistyped key or value the nearest valid one
(``unknown key 'holiday_polcy'; did you mean 'holiday_policy'?``).
"""

from __future__ import annotations

import argparse
import difflib
import re
from collections.abc import Mapping, Sequence
from typing import Any, NoReturn

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from receptionrules.duty import (
    ChangeRefusedError,
    OutsideRosterError,
    UnknownChangeError,
    UnknownPersonError,
    UnknownPositionError,
    UnknownSlotError,
)
from receptionrules.errors import (
    CalendarRangeError,
    NaiveDatetimeError,
    NoReceptionError,
    ProvisionalDateError,
    ReceptionRulesError,
    shown,
)

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_NOTHING",
    "PROG",
    "CliError",
    "Parser",
    "describe",
    "describe_validation_error",
    "where",
]

PROG = "receptionrules"
EXIT_BAD_INPUT = 2
EXIT_NOTHING = 1


class CliError(Exception):
    """Bad input: printed as one line, exit code 2 (or ``code``)."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit 2, never a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise CliError(message)


_UNION_MEMBER = re.compile(r"^([a-z]+(-[a-z]+)*\[.*\]|[A-Z][A-Za-z0-9]*)$")
"""How pydantic names the member of a plain union in a location (``function-after[…]``,
``YearSchedule``): not a field, so not shown."""


def where(loc: Sequence[int | str]) -> str:
    """A field path as the user reads it: ``regime.window.end``, ``events[1].on``."""
    out = ""
    for part in loc:
        if isinstance(part, str) and _UNION_MEMBER.match(part):
            continue
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# --- pydantic errors ----------------------------------------------------------------------


def _resolve(schema: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        name = str(node["$ref"]).rpartition("/")[2]
        node = schema.get("$defs", {}).get(name, {})
    return node


def _keys_at(schema: Mapping[str, Any], loc: Sequence[int | str]) -> list[str]:
    """The property names the JSON schema allows at ``loc`` (as pydantic writes a location:
    union tags included), or [] when it can't be told."""
    nodes = [_resolve(schema, schema)]
    for part in loc:
        found: list[Mapping[str, Any]] = []
        for node in nodes:
            for branch in (node, *node.get("anyOf", ()), *node.get("oneOf", ())):
                branch = _resolve(schema, branch)
                mapping = branch.get("discriminator", {}).get("mapping", {})
                if isinstance(part, str) and part in mapping:
                    found.append(_resolve(schema, {"$ref": mapping[part]}))
                elif isinstance(part, int) and "items" in branch:
                    found.append(_resolve(schema, branch["items"]))
                elif isinstance(part, str) and part in branch.get("properties", {}):
                    found.append(_resolve(schema, branch["properties"][part]))
        nodes = found
    keys: list[str] = []
    for node in nodes:
        for branch in (node, *node.get("anyOf", ()), *node.get("oneOf", ())):
            keys.extend(_resolve(schema, branch).get("properties", {}))
    return list(dict.fromkeys(keys))


def _quoted(text: str) -> list[str]:
    return re.findall(r"'([^']*)'", text)


def _nearest(word: str, choices: Sequence[str]) -> str | None:
    found = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return found[0] if found else None


def _explain(error: ErrorDetails, errors: Sequence[ErrorDetails], schema: Mapping[str, Any]) -> str:
    kind = error["type"]
    loc = tuple(error["loc"])
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden" and loc:
        key = str(loc[-1])
        missing = [
            str(e["loc"][-1])
            for e in errors
            if e["type"] == "missing" and tuple(e["loc"][:-1]) == loc[:-1]
        ]
        valid = missing + [k for k in _keys_at(schema, loc[:-1]) if k not in missing]
        near = _nearest(key, valid)
        if near:
            return f"unknown key {shown(key)}; did you mean {near!r}?"
        return f"unknown key {shown(key)}" + (f"; valid keys: {', '.join(valid)}" if valid else "")
    if kind == "union_tag_invalid":
        tag = str(ctx.get("tag", ""))
        expected = _quoted(str(ctx.get("expected_tags", "")))
        near = _nearest(tag, expected)
        hint = f"did you mean {near!r}?" if near else f"valid: {', '.join(expected)}"
        return f"{ctx.get('discriminator', 'kind').strip(chr(39))} {shown(tag)} is unknown; {hint}"
    if kind in ("enum", "literal_error"):
        given = error.get("input")
        expected = _quoted(str(ctx.get("expected", "")))
        near = _nearest(given, expected) if isinstance(given, str) else None
        text = f"{shown(given)} is not one of {', '.join(expected)}"
        return text + (f"; did you mean {near!r}?" if near else "")
    return str(error["msg"]).removeprefix("Value error, ")


def describe_validation_error(
    e: ValidationError,
    context: str,
    *,
    schema: Mapping[str, Any] | None = None,
    items: str | None = None,
    data: Any = None,
) -> str:
    """The first problem of a pydantic error on one line: ``context: field: what``.

    An unknown key comes first (a mistyped key also leaves the real one missing, which
    it explains). ``schema`` (the JSON schema of what was read) lets an unknown key name
    the nearest valid one. With ``items`` ("matter", "person"…) the top level is a list
    and its index is named as that item, with its ``id`` when ``data`` has one.
    """
    errors = e.errors()
    extra = [x for x in errors if x["type"] == "extra_forbidden"]
    first = extra[0] if extra else errors[0]
    explained = {id(first)}
    if first["type"] == "extra_forbidden":
        parent = tuple(first["loc"][:-1])
        explained |= {
            id(x) for x in errors if x["type"] == "missing" and tuple(x["loc"][:-1]) == parent
        }
    more = len(errors) - len(explained)
    loc = list(first["loc"])
    head = context
    if items is not None and loc and isinstance(loc[0], int):
        index = int(loc.pop(0))
        item = data[index] if isinstance(data, list) and 0 <= index < len(data) else None
        raw_id = item.get("id") if isinstance(item, dict) else None
        head += (
            f": {items} {shown(raw_id)} (item {index})"
            if isinstance(raw_id, str)
            else (f": item {index}")
        )
    if first["type"] == "extra_forbidden":
        loc = loc[:-1]
    message = _explain(first, errors, schema or {})
    named = re.match(r"(?:matter|item) '[^']*': ", message)
    if named and not loc:
        message = message[named.end() :]  # a model-level check already names the field
    path = where(loc)
    tail = f" (and {more} more)" if more > 0 else ""
    return f"{head}: {path}: {message}{tail}" if path else f"{head}: {message}{tail}"


# --- the library's errors, in the user's terms --------------------------------------------


def describe(e: BaseException, *, calendar_option: str = "--calendar FILE") -> str:
    """What went wrong, on one line, naming the options a user of the CLI has (never a
    Python method)."""
    if isinstance(e, CliError):
        return str(e)
    if isinstance(e, CalendarRangeError):
        return (
            f"{e.day.isoformat()} is outside the working-day calendar, which covers "
            f"{e.first_year}-01-01 to {e.last_year}-12-31; choose a day inside it, or add "
            f"that year's holiday schedule with {calendar_option} (CAL-2)"
        )
    if isinstance(e, ProvisionalDateError):
        return (
            f"{e.day.isoformat()} is in {e.day.year}, past {e.last_official_year}, the last "
            "year with an official holiday schedule; add the State Council's "
            f"{e.day.year} schedule with {calendar_option} (CAL-2)"
        )
    if isinstance(e, NoReceptionError):
        text = str(e).replace(
            "Add the announced dates with Regime.with_announced_dates(...) (MC-1)",
            "give the announced dates with --announced DATE[,DATE...] (MC-1)",
        )
        return text.removeprefix(f"{e.regime}: ")
    if isinstance(e, UnknownPersonError):
        return (
            f"{e.field}={e.person!r} is not among the roster's people; give the id of one of "
            "them, or add the person to the --people file and generate the roster again"
        )
    if isinstance(e, UnknownSlotError):
        return str(e).split(" (Roster.slot_on", 1)[0]
    if isinstance(e, UnknownPositionError | UnknownChangeError | OutsideRosterError):
        return str(e).replace(" or generate a roster that covers it", "")
    if isinstance(e, ChangeRefusedError):
        return str(e).splitlines()[0]
    if isinstance(e, NaiveDatetimeError):
        return f"{e.parameter}: give a date and time with an offset, or local time"
    if isinstance(e, ValidationError):
        return describe_validation_error(e, "input")
    if isinstance(e, UnicodeError):
        return "the input is not UTF-8 (or GB18030) text"
    if isinstance(e, RecursionError):
        return "the input is nested too deeply to read"
    if isinstance(e, OverflowError):
        return "a date outside the years 1 to 9999; give a date inside the working-day calendar"
    if isinstance(e, OSError):
        name = f" {e.filename}" if e.filename else ""
        return f"cannot use{name}: {e.strerror or e}"
    if isinstance(e, ReceptionRulesError):
        return str(e).splitlines()[0]
    return f"{type(e).__name__}: {e}"
