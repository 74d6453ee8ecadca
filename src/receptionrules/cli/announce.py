"""``receptionrules announce``: the public notices of reception days (AK-R-5.2)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from receptionrules.cli._common import (
    CliError,
    RegimeSource,
    add_source_options,
    load_source,
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
    add_source_options(ann)
    ann.add_argument("--lang", choices=("zh", "en"), default="zh")
    ann.add_argument("--json", action="store_true", help="one JSON object per line")
    ann.set_defaults(run=run_announce)


def _notices(args: argparse.Namespace) -> list[Notice]:
    source = load_source(args)
    if isinstance(source, RegimeSource):
        regime = source.regime
        return [
            reception_notice(r, location_en=regime.location_en)
            for r in regime.receptions(source.start, source.end)
        ]
    return list(notices(source.roster, source.start, source.end))


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
