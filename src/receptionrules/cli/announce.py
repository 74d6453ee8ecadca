"""``receptionrules announce``: the public notices of reception days (AK-R-5.2)."""

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
    print_json_lines,
)
from receptionrules.errors import ReceptionRulesError
from receptionrules.notices import Notice, notices, reception_notice


def register(commands: Any) -> None:
    ann = commands.add_parser(
        "announce",
        help="public notices of reception days, in Chinese or English (AK-R-5.2)",
        description="Print the notice of each reception day: date, weekday, hours, place "
        "and the receiving leaders' names and titles. From a roster (--roster), or for a "
        "preset without one (the leaders then read 待定, to be announced).",
    )
    ann.add_argument(
        "preset", nargs="?", help="a preset, when neither --roster nor --config is given"
    )
    ann.add_argument("--roster", metavar="FILE", help="a roster JSON file (roster generate)")
    ann.add_argument("--from", dest="start", metavar="DATE")
    ann.add_argument("--to", dest="end", metavar="DATE")
    ann.add_argument("--lang", choices=("zh", "en"), default="zh")
    ann.add_argument("--json", action="store_true", help="one JSON object per line")
    add_config_option(ann)
    add_calendar_option(ann)
    add_announced_option(ann)
    ann.set_defaults(run=run_announce)


def _notices(args: argparse.Namespace) -> list[Notice]:
    start, end = parse_range(args)
    if args.roster:
        if args.preset or args.config:
            raise CliError("give a preset, --config or --roster, not two of them")
        roster = load_roster(args.roster, "--roster", args)
        return list(notices(roster, start, end))
    if not args.preset and not args.config:
        raise CliError("give a preset, --config FILE, or --roster FILE")
    if start is None or end is None:
        raise CliError("--from and --to are required without --roster")
    regime = load_regime(args.preset, args)
    return [
        reception_notice(r, location_en=regime.location_en) for r in regime.receptions(start, end)
    ]


def run_announce(args: argparse.Namespace) -> int:
    try:
        found = _notices(args)
    except (ReceptionRulesError, ValueError) as e:
        raise CliError(str(e)) from None
    if args.json:
        print_json_lines(
            [
                {
                    "regime": n.regime,
                    "date": n.day.isoformat(),
                    "start": n.start.isoformat(),
                    "end": n.end.isoformat(),
                    "complete": n.complete,
                    "provisional": n.provisional,
                    "zh": n.render("zh"),
                    "en": n.render("en"),
                }
                for n in found
            ]
        )
    else:
        for n in found:
            print(n.render(args.lang))
        if not found:
            sys.stderr.write("no reception day in that period\n")
    return 0
