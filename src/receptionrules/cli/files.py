"""Reading the files a user gives: text as Notepad, Excel and WPS save it, JSON and TOML.

Text is UTF-8, with or without the byte-order mark Windows programs write, or GB18030
(what Chinese Windows calls ANSI). Every problem is one :class:`CliError` naming the
option and the file: unreadable, not text, not JSON or TOML, nested too deeply, or
invalid, with the field at fault.
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from receptionrules.cli.errors import CliError, describe, describe_validation_error
from receptionrules.errors import ReceptionRulesError

__all__ = [
    "decode",
    "load_json",
    "parse_json",
    "parse_toml",
    "read_bytes",
    "read_lines",
    "read_text",
    "validate",
]

T = TypeVar("T")


def read_bytes(path: str, option: str) -> bytes:
    """A file's bytes, or a one-line error naming the option and the file."""
    if not path.strip():
        raise CliError(f"{option}: no file given (an empty name); give the path of a file")
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise CliError(f"{option}: cannot read {path}: {e.strerror or e}") from None
    except ValueError as e:  # a NUL in the name: no file has it
        raise CliError(f"{option}: cannot read {path!r}: {e}") from None


def decode(data: bytes, path: str, option: str) -> str:
    """Text in UTF-8 (a BOM is dropped) or, failing that, GB18030."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise CliError(f"{option}: {path} is not text (UTF-8 or GB18030)") from None


def read_lines(path: str, option: str) -> Iterator[str]:
    """A file's lines one at a time, each decoded as :func:`decode` does (a BOM dropped),
    so a long file is never held whole; a one-line error naming the file."""
    if not path.strip():
        raise CliError(f"{option}: no file given (an empty name); give the path of a file")
    try:
        with Path(path).open("rb") as f:
            for n, raw in enumerate(f):
                yield decode(raw.removeprefix(b"\xef\xbb\xbf") if n == 0 else raw, path, option)
    except OSError as e:
        raise CliError(f"{option}: cannot read {path}: {e.strerror or e}") from None


def read_text(path: str, option: str) -> str:
    """A file's text (see :func:`decode`), or a one-line error naming the file."""
    return decode(read_bytes(path, option), path, option)


def parse_json(text: str, where: str) -> Any:
    """Parsed JSON, or a one-line error with the line and column."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise CliError(f"{where}: not JSON: {e.msg} at line {e.lineno}, column {e.colno}") from None
    except RecursionError:  # '[' * 5000: no file of this tool nests so deep
        raise CliError(
            f"{where}: nested too deeply to read; no file of this tool nests so deep"
        ) from None
    except ValueError as e:  # an integer of more than 4300 digits
        raise CliError(f"{where}: not JSON this tool reads: {e}".split("; use sys.")[0]) from None


def parse_toml(text: str, where: str) -> dict[str, Any]:
    """Parsed TOML, or a one-line error."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise CliError(f"{where}: not valid TOML: {e}") from None
    except RecursionError:  # '[' * 5000: no file of this tool nests so deep
        raise CliError(
            f"{where}: nested too deeply to read; no file of this tool nests so deep"
        ) from None


def validate(
    adapter: TypeAdapter[Any],
    data: Any,
    where: str,
    *,
    items: str | None = None,
    build: Callable[[Any], T],
) -> T:
    """``build(data)``, or a one-line error naming ``where``, the item and the field, and
    for a mistyped key the nearest valid one (from ``adapter``'s JSON schema, the shape
    ``build`` validates)."""
    try:
        return build(data)
    except ValidationError as e:
        raise CliError(
            describe_validation_error(
                e, where, schema=adapter.json_schema(), items=items, data=data
            )
        ) from None
    except ReceptionRulesError as e:
        raise CliError(f"{where}: {describe(e)}") from None
    except ValueError as e:
        raise CliError(f"{where}: {e}") from None


def load_json(
    path: str,
    option: str,
    adapter: TypeAdapter[T],
    *,
    items: str | None = None,
    schema_name: str | None = None,
    fast: Callable[[str], T] | None = None,
) -> T:
    """A JSON file validated by ``adapter`` (or by ``fast``, which must give what it gives,
    and raise its ``ValidationError``), or a one-line error naming the file, the item
    (``items``: the top level is a list of them) and the field."""
    where = f"{option} {path}"
    text = read_text(path, option)
    try:
        return (fast or adapter.validate_json)(text)
    except ValidationError as e:
        errors = e.errors()
        data = parse_json(text, where)  # a syntax error is named with its line and column
        if items is not None and not isinstance(data, list):
            see = f" (see `receptionrules schema {schema_name}`)" if schema_name else ""
            kind = "object" if isinstance(data, dict) else type(data).__name__
            plural = "people" if items == "person" else f"{items}s"
            raise CliError(
                f"{where}: expected a JSON array of {plural}{see}, not a JSON {kind}"
            ) from None
        if any(x["type"] == "json_invalid" for x in errors):
            raise CliError(f"{where}: not JSON: {errors[0]['msg']}") from None
        raise CliError(
            describe_validation_error(
                e, where, schema=adapter.json_schema(), items=items, data=data
            )
        ) from None
    except ReceptionRulesError as e:
        raise CliError(f"{where}: {describe(e)}") from None
