"""``receptionrules calendar``: the working-day calendar as a table (CSV, XLSX, JSON),
or a month at a glance with the institutions' reception days (CAL-1, CAL-2)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from receptionrules.cli._common import (
    CliError,
    add_calendar_option,
    describe,
    load_calendar,
    load_institution_for,
    parse_required_range,
)
from receptionrules.cli.lang import add_lang_option
from receptionrules.errors import ReceptionRulesError
from receptionrules.publishing.calendar_table import calendar_csv, calendar_records, calendar_xlsx
from receptionrules.publishing.month import month_grid
from receptionrules.regime import Regime
from receptionrules.rules import AnnouncedDates

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def register(commands: Any) -> None:
    cal = commands.add_parser(
        "calendar",
        help="the working-day calendar as a table (csv, xlsx, json), or a month at a glance",
        description="With --from/--to: one row per day (date, weekday in both languages, "
        "working, kind code and label, holiday name in both languages, provisional) as "
        "CSV (UTF-8 with BOM), XLSX (needs the 'xlsx' extra) or JSON. With --month "
        "YYYY-MM: the month as a grid, Monday first, with holidays, make-up working days "
        "and the reception days of each PRESET given.",
    )
    cal.add_argument("preset", nargs="*", help="with --month: institutions to mark")
    cal.add_argument("--month", metavar="YYYY-MM", help="a month at a glance")
    cal.add_argument("--from", dest="start", metavar="DATE")
    cal.add_argument("--to", dest="end", metavar="DATE")
    cal.add_argument(
        "--format",
        choices=("csv", "xlsx", "json"),
        default="csv",
        help="default: csv; json is JSON Lines, one day a line",
    )
    cal.add_argument(
        "--json", dest="format", action="store_const", const="json", help="= --format json"
    )
    add_lang_option(cal)
    cal.add_argument(
        "--config",
        action="append",
        metavar="FILE",
        help="with --month: an institution defined as data (repeatable)",
    )
    cal.add_argument(
        "--announced",
        action="append",
        metavar="DATE[,DATE...]",
        help="announced reception dates, for a preset with announced dates (MC-1)",
    )
    add_calendar_option(cal)
    cal.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    cal.set_defaults(run=run_calendar)


def _regimes(args: argparse.Namespace) -> list[Regime]:
    regimes = []
    sources = [(name, None) for name in args.preset] + [(None, c) for c in args.config or ()]
    for name, config in sources:
        plain = argparse.Namespace(config=config, calendar=args.calendar, announced=None)
        regime = load_institution_for(name, plain).regime
        if args.announced and isinstance(regime.rule, AnnouncedDates):
            plain.announced = args.announced
            regime = load_institution_for(name, plain).regime
        regimes.append(regime)
    return regimes


def _write(data: str | bytes, args: argparse.Namespace) -> None:
    if args.output:
        try:
            if isinstance(data, bytes):
                Path(args.output).write_bytes(data)
            else:
                Path(args.output).write_text(data, encoding="utf-8", newline="")
        except (OSError, ValueError) as e:  # ValueError: a NUL in the name
            raise CliError(
                f"-o: cannot write {args.output}: {getattr(e, 'strerror', None) or e}"
            ) from None
    elif isinstance(data, bytes):
        if sys.stdout.isatty():
            raise CliError("--format xlsx writes a binary file: give -o FILE, or redirect stdout")
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data)


def _json_lines(days: Any, *, language: Any) -> str:
    """The table as JSON Lines, one day an object (as every command's ``--json``)."""
    rows = calendar_records(days, language=language)
    return "".join(
        json.dumps({**r, "date": r["date"].isoformat()}, ensure_ascii=False) + "\n" for r in rows
    )


def run_calendar(args: argparse.Namespace) -> int:
    calendar = load_calendar(args.calendar)
    if args.month:
        m = _MONTH.match(args.month)
        if m is None or not 1 <= int(m.group(2)) <= 12:
            raise CliError(f"--month: {args.month!r} is not a month (YYYY-MM)")
        if args.start or args.end:
            raise CliError("give --month or --from/--to, not both")
        try:
            text = month_grid(
                int(m.group(1)), int(m.group(2)), calendar, _regimes(args), language=args.lang
            )
        except (ReceptionRulesError, ValueError) as e:
            raise CliError(describe(e).splitlines()[0]) from None
        _write(text + "\n", args)
        return 0
    if args.preset or args.config:
        raise CliError("institutions are marked only with --month; the table is the calendar's")
    if not args.start or not args.end:
        raise CliError("give --from and --to (a table), or --month YYYY-MM (a grid)")
    start, end = parse_required_range(args)
    writers: dict[str, Callable[..., str | bytes]] = {
        "csv": calendar_csv,
        "json": _json_lines,
        "xlsx": calendar_xlsx,
    }
    try:
        data = writers[args.format](calendar.days(start, end), language=args.lang)
    except ImportError as e:
        raise CliError(str(e)) from None
    except (ReceptionRulesError, ValueError) as e:
        raise CliError(describe(e).splitlines()[0]) from None
    _write(data, args)
    return 0
