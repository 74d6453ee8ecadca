"""``receptionrules ical``: a preset's receptions as an iCalendar feed on stdout."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from receptionrules.cli._common import (
    CliError,
    add_announced_option,
    add_calendar_option,
    load_regime,
    parse_day,
)
from receptionrules.errors import ReceptionRulesError
from receptionrules.reception import Reception


def register(commands: Any) -> None:
    ical = commands.add_parser(
        "ical",
        help="a preset's receptions as an iCalendar (.ics) feed",
        description="Write the receptions of PRESET in [--from, --to] to stdout as an "
        "iCalendar (RFC 5545) calendar. Needs the 'ical' extra.",
    )
    ical.add_argument("preset")
    ical.add_argument("--from", dest="start", required=True, metavar="DATE")
    ical.add_argument("--to", dest="end", required=True, metavar="DATE")
    add_calendar_option(ical)
    add_announced_option(ical)
    ical.set_defaults(run=run_ical)


def run_ical(args: argparse.Namespace) -> int:
    start = parse_day(args.start, "--from")
    end = parse_day(args.end, "--to")
    if end < start:
        raise CliError(f"--from {start.isoformat()} is after --to {end.isoformat()}")
    regime = load_regime(args.preset, args)
    try:
        from receptionrules.ical import to_ical
    except ImportError as e:
        raise CliError(str(e)) from None
    title = regime.title or regime.name

    def summary(r: Reception) -> str:
        return f"{title}（{r.label}）" if r.label else title

    try:
        text = to_ical(regime.receptions(start, end), name=title, summary=summary)
    except ImportError as e:
        raise CliError(str(e)) from None
    except ReceptionRulesError as e:
        raise CliError(str(e)) from None
    sys.stdout.write(text)
    return 0
