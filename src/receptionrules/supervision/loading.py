"""Fast loading of petition matters from JSON: a file of matters validated in pydantic-core.

:func:`matters_from_json` reads a JSON array of matters, :func:`load_matter` one JSON object
(a line of a JSON Lines file). Each gives exactly what the plain path gives —
``TypeAdapter(list[PetitionMatter]).validate_json`` and
``PetitionMatter.model_validate_json`` — the same models, equal field by field and with
the same fields set, and for bad data the same ``ValidationError``, naming the matter
and the field.

How: the plain models call Python for every date (the years 1900 … 2200 of
:data:`receptionrules.bounds.Day`), every event (the short message for a bad ``kind``),
every classification (a claim has a route, nothing else has one), and every matter
(the default petitioner count, and the history's consistency). The fast validator is
the same core schema, built once, with those calls taken out: the years become
pydantic-core's own date bounds, and the rest runs afterwards in one plain pass per
matter (:func:`~receptionrules.supervision.matters.history_problem`, the same check the
model runs). Anything the fast validator refuses, or the pass finds wrong, is read again
by the plain path, whose error is the one raised: a refusal is never the fast path's
own.

Imports :mod:`.batch`, :mod:`.categories` and :mod:`.matters`. The cyclic garbage
collector is paused while a batch is built (:func:`.batch.collector_paused`).

>>> ms = matters_from_json(b'[{"id": "M-1", "received_on": "2026-03-02", "channel": "visit",'
...                   b' "petitioner_ids": ["P-1", "P-2"], "subject": "wages", "place": "Unit A"}]')
>>> ms[0].petitioner_count
2
>>> from pydantic import ValidationError
>>> try:
...     matter_from_json('{"id": "M-2", "received_on": "2026-03-02", "channel": "letter",'
...                 ' "subject": "wages", "place": "Unit A",'
...                 ' "events": [{"kind": "answered", "on": "2026-03-10"}]}')
... except ValidationError as e:
...     print(e.errors()[0]["msg"].removeprefix("Value error, ").split(";")[0])
matter 'M-2': events[0].on: a written answer on 2026-03-10 with no acceptance before it
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

from pydantic import TypeAdapter
from pydantic_core import SchemaValidator, ValidationError

from receptionrules.bounds import FIRST_YEAR, LAST_YEAR, check_day
from receptionrules.errors import ReceptionRulesError
from receptionrules.supervision.batch import collector_paused
from receptionrules.supervision.categories import MatterCategory
from receptionrules.supervision.matters import PetitionMatter, history_problem

__all__ = ["MatterLineError", "matter_from_json", "matters_from_json", "matters_from_json_lines"]

_PLAIN_LIST: TypeAdapter[list[PetitionMatter]] = TypeAdapter(list[PetitionMatter])

# The Python calls the fast validator leaves out, by qualified name; each is made good
# after it (_settle). A validator not named here (or check_day) stops the build: a new
# check on the models must be added to _settle before it can be left out.
_STRIPPED = frozenset(
    {
        "check_kind",
        "PetitionMatter._check",
        "PetitionMatter._default_count",
        "MatterClassified._route",
    }
)


def _strip(schema: Any) -> Any:
    """``schema`` (a pydantic-core schema) without the Python calls: those of
    :data:`_STRIPPED`, and :func:`check_day`, which becomes the date's own bounds."""
    if isinstance(schema, list):
        return [_strip(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    kind = schema.get("type")
    if kind in ("function-after", "function-before"):
        f = schema["function"]["function"]
        if f is check_day:
            inner = dict(_strip(schema["schema"]))
            if inner.get("type") != "date":
                raise TypeError(f"check_day on a {inner.get('type')} schema")
            inner["ge"] = date(FIRST_YEAR, 1, 1)
            inner["le"] = date(LAST_YEAR, 12, 31)
            return inner
        name = getattr(f, "__qualname__", repr(f))
        if name not in _STRIPPED:
            raise TypeError(f"a validator the fast loader does not know: {name}")
        return _strip(schema["schema"])
    if kind in ("definitions", "definition-ref", "function-wrap", "function-plain"):
        raise TypeError(f"a {kind} schema: the fast loader does not take it")
    return {
        k: v if k in ("cls", "metadata", "serialization", "function") else _strip(v)
        for k, v in schema.items()
        if k != "ref"
    }


@cache
def _fast() -> tuple[SchemaValidator, SchemaValidator]:
    """The fast validators of one matter and of a list of matters, built once."""
    item = _strip(PetitionMatter.__pydantic_core_schema__)
    return SchemaValidator(item), SchemaValidator({"type": "list", "items_schema": item})


def _settle(m: PetitionMatter) -> PetitionMatter | None:
    """``m`` as the plain model would be (its default count), or None if the plain model
    would refuse it."""
    for e in m.events:
        if e.kind == "classified":
            claim = e.category is MatterCategory.CLAIM
            if claim is (e.route is None):
                return None
    if "petitioner_count" not in m.model_fields_set:
        # The plain model sets the count (at least 1) from the ids before validating.
        m = m.model_copy(update={"petitioner_count": max(1, len(m.petitioner_ids))})
    return None if history_problem(m) is not None else m


def matters_from_json(data: str | bytes | bytearray) -> list[PetitionMatter]:
    """The matters of a JSON array, validated as fast as pydantic-core goes.

    The same list as ``TypeAdapter(list[PetitionMatter]).validate_json(data)``.

    Raises:
        ValidationError: not JSON, not an array of matters, or a matter the model
            refuses; the plain path's error, naming the item, the matter and the field.
    """
    _, many = _fast()
    with collector_paused():
        try:
            matters: list[PetitionMatter] = many.validate_json(data)
        except ValidationError:
            matters = []
        else:
            settled = [_settle(m) for m in matters]
            if all(m is not None for m in settled):
                return settled  # type: ignore[return-value]
        return _PLAIN_LIST.validate_json(data)


def matter_from_json(data: str | bytes | bytearray) -> PetitionMatter:
    """One matter from a JSON object (a line of a JSON Lines file), as
    ``PetitionMatter.model_validate_json(data)`` gives it.

    Raises:
        ValidationError: not JSON, not a matter, or one the model refuses.
    """
    one, _ = _fast()
    try:
        m: PetitionMatter = one.validate_json(data)
    except ValidationError:
        return PetitionMatter.model_validate_json(data)
    settled = _settle(m)
    return PetitionMatter.model_validate_json(data) if settled is None else settled


class MatterLineError(ReceptionRulesError, ValueError):
    """A line of a JSON Lines file of matters is not a valid matter.

    Attributes:
        line: the line's number, from 1 (blank lines counted).
        text: the line as given.
        error: the model's ``ValidationError``, naming the matter and the field.
    """

    def __init__(self, line: int, text: str | bytes, error: ValidationError) -> None:
        self.line = line
        self.text = text
        self.error = error
        first = error.errors()[0] if error.error_count() else {"loc": (), "msg": str(error)}
        where = ".".join(str(p) for p in first["loc"])
        super().__init__(f"line {line}: {where + ': ' if where else ''}{first['msg']}")


def matters_from_json_lines(lines: Iterable[str | bytes]) -> list[PetitionMatter]:
    """The matters of a JSON Lines text, one JSON object a line (blank lines skipped).

    ``lines`` may be an open file, read one line at a time: the text is never held
    whole. Each matter is :func:`matter_from_json`'s.

    >>> [m.id for m in matters_from_json_lines([
    ...     '{"id": "M-1", "received_on": "2026-03-02", "channel": "visit",'
    ...     ' "subject": "wages", "place": "Unit A"}', "",
    ...     '{"id": "M-2", "received_on": "2026-03-03", "channel": "letter",'
    ...     ' "subject": "wages", "place": "Unit A"}'])]
    ['M-1', 'M-2']

    Raises:
        MatterLineError: a line that is not a matter; it names the line, and holds the
            model's ``ValidationError`` (the matter and the field).
    """
    out: list[PetitionMatter] = []
    with collector_paused():
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                out.append(matter_from_json(line))
            except ValidationError as e:
                raise MatterLineError(n, line, e) from None
    return out
