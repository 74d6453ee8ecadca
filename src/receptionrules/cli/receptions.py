"""``receptionrules next`` and ``receptionrules list``: when the receptions are."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import Any

from receptionrules.cli._common import (
    EXIT_NOTHING,
    CliError,
    add_institution_options,
    load_regime,
    parse_moment,
    parse_required_range,
    print_json_lines,
)
from receptionrules.errors import NoReceptionError, ReceptionRulesError
from receptionrules.presets import PRESETS
from receptionrules.reception import Reception
from receptionrules.timeutil import TZ


def register(commands: Any) -> None:
    nxt = commands.add_parser(
        "next",
        help="the next reception of one preset, or of all five",
        description="Print the next reception from now (or --at) for PRESET, or for all "
        "five presets when none is given.",
    )
    nxt.add_argument("preset", nargs="?", help="a preset name; all five when omitted")
    nxt.add_argument("--at", metavar="DATE|DATETIME", help="instead of now (local time)")
    nxt.add_argument("--json", action="store_true", help="one JSON object per line")
    add_institution_options(nxt)
    nxt.set_defaults(run=run_next)

    lst = commands.add_parser(
        "list",
        help="every reception of a preset in a range of days",
        description="Print every reception of PRESET whose day is in [--from, --to].",
    )
    lst.add_argument("preset", nargs="?", help="a preset name (or --config FILE)")
    lst.add_argument("--from", dest="start", required=True, metavar="DATE")
    lst.add_argument("--to", dest="end", required=True, metavar="DATE")
    lst.add_argument("--json", action="store_true", help="one JSON object per line")
    add_institution_options(lst)
    lst.set_defaults(run=run_list)


def _marks(r: Reception) -> str:
    marks = []
    if r.moved_from is not None:
        marks.append(f"moved from {r.moved_from.isoformat()}")
    if r.provisional:
        marks.append("provisional")
    return f" [{'; '.join(marks)}]" if marks else ""


def _line(name: str, r: Reception) -> str:
    return (
        f"{name:<24} {r.day.isoformat()}  {r.weekday.label:<9} {r.hours()}  {r.location}{_marks(r)}"
    )


def run_next(args: argparse.Namespace) -> int:
    at = parse_moment(args.at, "--at") if args.at else datetime.now(TZ)
    if args.config or args.preset:
        regimes = [load_regime(args.preset, args)]
    else:
        regimes = [load_regime(name, args) for name in PRESETS]
    out: list[dict[str, Any]] = []
    found_any = False
    for regime in regimes:
        try:
            r = regime.next_reception(at)
        except NoReceptionError as e:
            message = str(e).removeprefix(f"{regime.name}: ")
            if args.json:
                out.append({"preset": regime.name, "reception": None, "message": message})
            else:
                print(f"{regime.name:<24} no upcoming reception: {message}")
            continue
        except ReceptionRulesError as e:
            raise CliError(f"{regime.name}: {e}") from None
        found_any = True
        if args.json:
            out.append({"preset": regime.name, **r.to_dict()})
        else:
            print(_line(regime.name, r))
    if args.json:
        print_json_lines(out)
    # One preset asked for and nothing upcoming: say so in the exit code too.
    return 0 if found_any or len(regimes) > 1 else EXIT_NOTHING


def run_list(args: argparse.Namespace) -> int:
    start, end = parse_required_range(args)
    regime = load_regime(args.preset, args)
    try:
        receptions = list(regime.receptions(start, end))
    except ReceptionRulesError as e:
        raise CliError(str(e)) from None
    if args.json:
        print_json_lines([{"preset": regime.name, **r.to_dict()} for r in receptions])
    else:
        for r in receptions:
            print(_line(regime.name, r))
        if not receptions:
            sys.stderr.write(f"{regime.name}: no reception from {start} to {end}\n")
    return 0
