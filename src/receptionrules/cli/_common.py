"""What every CLI command shares: options, the parsing of dates, and loading what they name.

The CLI is a thin shell: it parses arguments, reads files (the library itself does no
I/O), calls the library and prints. Errors are one line (:mod:`.errors`), files are
read by :mod:`.files`, output is written by :mod:`.output`, words come from
:mod:`.lang`.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter

from receptionrules.calendar import WorkingCalendar, YearSchedule, default_calendar, load_schedules
from receptionrules.cli.errors import (
    EXIT_BAD_INPUT,
    EXIT_NOTHING,
    PROG,
    CliError,
    Parser,
    describe,
    describe_validation_error,
)
from receptionrules.cli.files import load_json, parse_json, parse_toml, read_text, validate
from receptionrules.cli.inputs import load_announced
from receptionrules.cli.lang import DEFAULT_LANG, Language
from receptionrules.errors import UnknownPresetError
from receptionrules.regime import Regime
from receptionrules.timeutil import TZ

if TYPE_CHECKING:
    from receptionrules.duty import Roster
    from receptionrules.institution import Institution

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_NOTHING",
    "PROG",
    "CliError",
    "Parser",
    "RegimeSource",
    "RosterSource",
    "add_calendar_option",
    "add_institution_options",
    "add_source_options",
    "check_day",
    "describe",
    "describe_validation_error",
    "load_calendar",
    "load_config",
    "load_institution_for",
    "load_json",
    "load_regime",
    "load_roster",
    "load_source",
    "now",
    "parse_dates",
    "parse_day",
    "parse_moment",
    "parse_range",
    "parse_required_range",
    "read_text",
]


def now() -> datetime:
    """The present moment in Asia/Shanghai (the CLI reads the clock; the library never)."""
    return datetime.now(TZ)


def parse_day(text: str, option: str) -> date:
    """A ``YYYY-MM-DD`` date, or a one-line error naming ``option``."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"{option}: {text!r} is not a date (YYYY-MM-DD)") from None


_DATE_FILES = (".json", ".csv", ".xlsx")


def parse_dates(
    values: Sequence[str] | None, option: str, lang: Language = DEFAULT_LANG
) -> list[date]:
    """Dates given as ``2026-12-14,2027-01-11`` or in a file (JSON, CSV, XLSX; the option
    repeatable); an option given with no date at all is refused, never ignored."""
    if values is None:
        return []
    dates: list[date] = []
    for value in values:
        if value.strip().lower().endswith(_DATE_FILES):
            dates.extend(load_announced(value.strip(), option, lang))
        else:
            dates.extend(parse_day(p, option) for p in value.split(",") if p.strip())
    if not dates:
        raise CliError(f"{option}: no date given; list them as 2026-12-14,2027-01-11")
    return dates


def check_day(day: date, option: str, calendar: WorkingCalendar) -> date:
    """``day``, when the working-day calendar covers it; else a one-line error."""
    if not calendar.first_year <= day.year <= calendar.last_year:
        raise CliError(
            f"{option} {day.isoformat()}: outside the working-day calendar, which covers "
            f"{calendar.first_year}-01-01 to {calendar.last_year}-12-31; choose a day inside "
            "it, or add that year's holiday schedule with --calendar FILE (CAL-2)"
        )
    return day


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
        stripped = text.strip()
        if "T" not in stripped and " " not in stripped:
            return date.fromisoformat(stripped)
        moment = datetime.fromisoformat(stripped)
    except ValueError:
        raise CliError(
            f"{option}: {text!r} is not a date (YYYY-MM-DD) or a datetime "
            "(YYYY-MM-DDTHH:MM, optionally with an offset such as +08:00)"
        ) from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=TZ)
    try:
        return moment.astimezone(TZ)
    except OverflowError:
        raise CliError(
            f"{option}: {text!r} is outside the years 1 to 9999 in Asia/Shanghai time; "
            "give a moment inside the working-day calendar"
        ) from None


_SCHEDULE = TypeAdapter(YearSchedule)
_SCHEDULE_LIST = TypeAdapter(list[YearSchedule])


def load_calendar(paths: Sequence[str] | None) -> WorkingCalendar:
    """The default calendar plus the official years in the given JSON files (CAL-2)."""
    if not paths:
        return default_calendar()
    schedules: list[YearSchedule] = []
    for path in paths:
        where = f"--calendar {path}"
        data = parse_json(read_text(path, "--calendar"), where)
        # One year or a list of them; validated by its shape, so an error names its field.
        adapter: TypeAdapter[Any] = _SCHEDULE_LIST if isinstance(data, list) else _SCHEDULE
        years = validate(adapter, data, where, build=adapter.validate_python)
        schedules.extend(validate(adapter, years, where, build=load_schedules))
    years = [s.year for s in schedules]
    for year in years:
        if years.count(year) > 1:
            raise CliError(f"--calendar: year {year} is given twice; give each year once")
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
        metavar="DATE[,DATE...]|FILE",
        help="announced reception dates, or a file of them, for a preset with announced "
        "dates (MC-1)",
    )


def load_config(path: str) -> Institution:
    """An institution file, JSON or TOML by its extension, or a one-line error."""
    from receptionrules.institution import Institution, load_institution

    where = f"--config {path}"
    text = read_text(path, "--config")
    data = parse_toml(text, where) if path.lower().endswith(".toml") else parse_json(text, where)
    if not isinstance(data, dict):
        raise CliError(
            f"{where}: expected an institution (a JSON object), not {type(data).__name__}"
        )
    return validate(TypeAdapter(Institution), data, where, build=load_institution)


def load_institution_for(name: str | None, args: argparse.Namespace) -> Institution:
    """The institution a command is about: ``--config FILE`` or the preset ``name``, on
    the calendar and with the announced dates the options give."""
    from receptionrules.institution import preset_institution
    from receptionrules.rules import AnnouncedDates

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
    dates = parse_dates(
        getattr(args, "announced", None), "--announced", getattr(args, "lang", DEFAULT_LANG)
    )
    if dates:
        if not isinstance(inst.regime.rule, AnnouncedDates):
            raise CliError(
                f"--announced: {inst.name} does not use announced dates (its rule is "
                f"{inst.regime.rule.describe()})"
            )
        regime = validate(
            TypeAdapter(Regime),
            dates,
            "--announced",
            build=lambda ds: inst.regime.with_announced_dates(*ds),
        )
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
    """The regime of a preset or ``--config``, and the range asked for (inside its
    calendar)."""

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
    regime = load_regime(args.preset, args)
    check_day(start, "--from", regime.calendar)
    check_day(end, "--to", regime.calendar)
    return RegimeSource(regime, start, end)


def load_regime(name: str | None, args: argparse.Namespace) -> Regime:
    """The regime of ``--config FILE`` or of the preset ``name`` (see load_institution_for)."""
    return load_institution_for(name, args).regime


def load_roster(path: str, option: str, args: argparse.Namespace) -> Roster:
    """A roster JSON file, on the calendar the options give."""
    from receptionrules.duty import Roster

    roster = load_json(path, option, TypeAdapter(Roster))
    return roster.with_calendar(load_calendar(getattr(args, "calendar", None)))
