"""``receptionrules ical``: a preset's receptions as an iCalendar feed on stdout."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from receptionrules.cli._common import (
    CliError,
    add_announced_option,
    add_calendar_option,
    add_config_option,
    load_regime,
    load_roster,
    parse_range,
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
    ical.add_argument(
        "preset", nargs="?", help="a preset, when neither --roster nor --config is given"
    )
    ical.add_argument("--roster", metavar="FILE", help="a roster: events name who is on duty")
    ical.add_argument("--from", dest="start", metavar="DATE")
    ical.add_argument("--to", dest="end", metavar="DATE")
    add_config_option(ical)
    add_calendar_option(ical)
    add_announced_option(ical)
    ical.set_defaults(run=run_ical)


def run_ical(args: argparse.Namespace) -> int:
    start, end = parse_range(args)
    try:
        from receptionrules.ical import roster_to_ical, to_ical
    except ImportError as e:
        raise CliError(str(e)) from None
    if args.roster:
        if args.preset or args.config:
            raise CliError("give a preset, --config or --roster, not two of them")
        roster = load_roster(args.roster, "--roster", args)
        try:
            text = roster_to_ical(roster, start, end)
        except (ReceptionRulesError, ValueError) as e:
            raise CliError(str(e)) from None
        sys.stdout.write(text)
        return 0
    if not args.preset and not args.config:
        raise CliError("give a preset, --config FILE, or --roster FILE")
    if start is None or end is None:
        raise CliError("--from and --to are required without --roster")
    regime = load_regime(args.preset, args)
    title = regime.title or regime.name

    def summary(r: Reception) -> str:
        return f"{title}（{r.label}）" if r.label else title

    try:
        text = to_ical(regime.receptions(start, end), name=title, summary=summary)
    except ReceptionRulesError as e:
        raise CliError(str(e)) from None
    sys.stdout.write(text)
    return 0
