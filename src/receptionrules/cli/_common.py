"""What every CLI command shares: one-line errors with exit code 2, and input parsing.

The CLI is a thin shell: it parses arguments, reads files (the library itself
does no I/O), calls the library and prints.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn, TypeVar

from pydantic import TypeAdapter, ValidationError

from receptionrules.calendar import WorkingCalendar, YearSchedule, default_calendar, load_schedules
from receptionrules.errors import UnknownPresetError
from receptionrules.regime import Regime
from receptionrules.timeutil import TZ

if TYPE_CHECKING:
    from receptionrules.duty.roster import Roster
    from receptionrules.institution import Institution

T = TypeVar("T")

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


def parse_day(text: str, option: str) -> date:
    """A ``YYYY-MM-DD`` date, or a one-line error naming ``option``."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(f"{option}: {text!r} is not a date (YYYY-MM-DD)") from None


def parse_range(args: argparse.Namespace) -> tuple[date | None, date | None]:
    """``--from`` and ``--to`` (each optional), checked to be in order."""
    start = parse_day(args.start, "--from") if args.start else None
    end = parse_day(args.end, "--to") if args.end else None
    if start is not None and end is not None and end < start:
        raise CliError(f"--from {start.isoformat()} is after --to {end.isoformat()}")
    return start, end


def parse_required_range(args: argparse.Namespace) -> tuple[date, date]:
    """``--from`` and ``--to``, both given (argparse requires them), in order."""
    start, end = parse_range(args)
    if start is None or end is None:
        raise CliError("--from and --to are required")
    return start, end


def parse_moment(text: str, option: str) -> date | datetime:
    """A date, or a datetime; without an offset it is local time in Asia/Shanghai."""
    try:
        if "T" not in text and " " not in text.strip():
            return date.fromisoformat(text)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise CliError(
            f"{option}: {text!r} is not a date (YYYY-MM-DD) or a datetime "
            "(YYYY-MM-DDTHH:MM, optionally with an offset such as +08:00)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=TZ)
    return moment.astimezone(TZ)


def read_text(path: str, option: str) -> str:
    """A file's text, or a one-line error naming the file."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as e:
        raise CliError(f"{option}: cannot read {path}: {e.strerror or e}") from None
    except UnicodeDecodeError:
        raise CliError(f"{option}: {path} is not UTF-8 text") from None


def describe_validation_error(e: ValidationError, where: str) -> str:
    """The first problem of a pydantic error, on one line, with its field path."""
    first = e.errors()[0]
    loc = ".".join(str(p) for p in first["loc"]) or "(top level)"
    more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
    return f"{where}: {loc}: {first['msg']}{more}"


def load_calendar(paths: Sequence[str] | None) -> WorkingCalendar:
    """The default calendar plus the official years in the given JSON files (CAL-2)."""
    if not paths:
        return default_calendar()
    schedules: list[YearSchedule] = []
    for path in paths:
        text = read_text(path, "--calendar")
        try:
            schedules.extend(load_schedules(text))
        except ValidationError as e:
            raise CliError(describe_validation_error(e, f"--calendar {path}")) from None
        except ValueError as e:
            raise CliError(f"--calendar {path}: {e}") from None
    return WorkingCalendar(schedules=schedules)


def add_calendar_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--calendar",
        action="append",
        metavar="FILE",
        help="a JSON file with an announced year's holiday schedule (repeatable; CAL-2)",
    )


def add_institution_options(parser: argparse.ArgumentParser) -> None:
    """``--config``, ``--calendar`` and ``--announced``: what :func:`load_institution_for`
    reads besides the preset name."""
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="an institution defined as data, JSON or TOML (instead of a preset)",
    )
    add_calendar_option(parser)
    parser.add_argument(
        "--announced",
        action="append",
        metavar="DATE[,DATE...]",
        help="announced reception dates, for a preset with announced dates (MC-1)",
    )


def load_config(path: str) -> Institution:
    """An institution file, JSON or TOML by its extension, or a one-line error."""
    from receptionrules.institution import load_institution

    text = read_text(path, "--config")
    fmt: Literal["json", "toml"] = "toml" if path.lower().endswith(".toml") else "json"
    try:
        return load_institution(text, format=fmt)
    except ValidationError as e:
        raise CliError(describe_validation_error(e, f"--config {path}")) from None
    except ValueError as e:
        raise CliError(f"--config {path}: {e}") from None


def load_institution_for(name: str | None, args: argparse.Namespace) -> Institution:
    """The institution a command is about: ``--config FILE`` or the preset ``name``, on
    the calendar and with the announced dates the options give."""
    from receptionrules.institution import preset_institution

    config = getattr(args, "config", None)
    calendar = load_calendar(getattr(args, "calendar", None))
    if config and name:
        raise CliError(f"give a preset or --config, not both (got {name!r} and {config})")
    if config:
        inst = load_config(config).with_calendar(calendar)
    elif name:
        try:
            inst = preset_institution(name, calendar=calendar)
        except UnknownPresetError as e:
            raise CliError(str(e)) from None
    else:
        raise CliError("give a preset name or --config FILE")
    announced = getattr(args, "announced", None)
    if announced:
        dates = [
            parse_day(part.strip(), "--announced")
            for item in announced
            for part in item.split(",")
            if part.strip()
        ]
        try:
            regime = inst.regime.with_announced_dates(*dates)
        except TypeError:
            raise CliError(
                f"--announced: {inst.name} does not use announced dates (its rule is "
                f"{inst.regime.rule.describe()})"
            ) from None
        except ValidationError as e:
            raise CliError(describe_validation_error(e, "--announced")) from None
        inst = inst.model_copy(update={"regime": regime})
    return inst


def add_source_options(parser: argparse.ArgumentParser) -> None:
    """A preset, ``--config FILE`` or ``--roster FILE``, and an optional ``--from/--to``."""
    parser.add_argument("preset", nargs="?", help="a preset (or --roster, or --config)")
    parser.add_argument("--roster", metavar="FILE", help="a roster JSON file (roster generate)")
    parser.add_argument("--from", dest="start", metavar="DATE")
    parser.add_argument("--to", dest="end", metavar="DATE")
    add_institution_options(parser)


@dataclass(frozen=True)
class RosterSource:
    """A roster, and the part of it asked for (both ends optional)."""

    roster: Roster
    start: date | None
    end: date | None


@dataclass(frozen=True)
class RegimeSource:
    """The regime of a preset or ``--config``, and the range asked for."""

    regime: Regime
    start: date
    end: date


def load_source(args: argparse.Namespace) -> RosterSource | RegimeSource:
    """What ``add_source_options`` asked for: a roster with an optional range, or the
    regime of a preset or ``--config`` with a required one."""
    start, end = parse_range(args)
    if args.roster:
        if args.preset or args.config:
            raise CliError("give a preset, --config or --roster, not two of them")
        return RosterSource(load_roster(args.roster, "--roster", args), start, end)
    if not args.preset and not args.config:
        raise CliError("give a preset, --config FILE, or --roster FILE")
    if start is None or end is None:
        raise CliError("--from and --to are required without --roster")
    return RegimeSource(load_regime(args.preset, args), start, end)


def load_regime(name: str | None, args: argparse.Namespace) -> Regime:
    """The regime of ``--config FILE`` or of the preset ``name`` (see load_institution_for)."""
    return load_institution_for(name, args).regime


def print_json_lines(objects: Sequence[dict[str, Any]]) -> None:
    for obj in objects:
        sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")


def load_json(path: str, option: str, adapter: TypeAdapter[T]) -> T:
    """A JSON file validated by ``adapter``, or a one-line error naming the file and field."""
    text = read_text(path, option)
    try:
        return adapter.validate_json(text)
    except ValidationError as e:
        raise CliError(describe_validation_error(e, f"{option} {path}")) from None


def load_roster(path: str, option: str, args: argparse.Namespace) -> Roster:
    """A roster JSON file, on the calendar the options give."""
    from receptionrules.duty.roster import Roster

    roster = load_json(path, option, TypeAdapter(Roster))
    return roster.with_calendar(load_calendar(getattr(args, "calendar", None)))
