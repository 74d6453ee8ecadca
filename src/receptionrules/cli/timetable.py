"""``receptionrules timetable``: the printable reception timetable (接访日程表, TS-1) as one
HTML page, a sheet of A4 per month."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from receptionrules.cli._common import (
    CliError,
    add_source_options,
    describe,
    load_institution_for,
    load_roster,
    parse_day,
    parse_range,
)
from receptionrules.errors import ReceptionRulesError
from receptionrules.publishing.timetable import (
    Timetable,
    timetable_from_regime,
    timetable_from_roster,
)
from receptionrules.publishing.timetable_html import timetable_html
from receptionrules.timeutil import TZ


def register(commands: Any) -> None:
    tt = commands.add_parser(
        "timetable",
        help="the printable reception timetable (接访日程表), one A4 sheet per month",
        description="Write the timetable of PRESET (or --config) in [--from, --to], every "
        "leader 待定 (to be decided), or of a --roster with who is on duty, as one "
        "self-contained HTML page: a month grid with the holidays and a list of the "
        "receptions (date, weekday, hours, place, leaders and their titles, moved and "
        "provisional dates), one A4 sheet per month. Open it in a browser and print it.",
    )
    add_source_options(tt)
    tt.add_argument("--format", choices=("html",), default="html", help="default: html")
    tt.add_argument("--lang", choices=("zh", "en"), default="zh", help="default: zh")
    tt.add_argument("--title", help="the institution's name at the top of every sheet")
    tt.add_argument("--published", metavar="DATE", help="the date of publication (default: today)")
    tt.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    tt.set_defaults(run=run_timetable)


def _timetable(args: argparse.Namespace) -> Timetable:
    start, end = parse_range(args)
    if args.roster:
        if args.preset or args.config:
            raise CliError("give a preset, --config or --roster, not two of them")
        roster = load_roster(args.roster, "--roster", args)
        return timetable_from_roster(roster, start, end)
    if not args.preset and not args.config:
        raise CliError("give a preset, --config FILE, or --roster FILE")
    if start is None or end is None:
        raise CliError("--from and --to are required without --roster")
    inst = load_institution_for(args.preset, args)
    return timetable_from_regime(
        inst.regime, start, end, composition=inst.duty, institution=inst.title or None
    )


def run_timetable(args: argparse.Namespace) -> int:
    published = (
        parse_day(args.published, "--published") if args.published else datetime.now(TZ).date()
    )
    try:
        page = timetable_html(
            _timetable(args), language=args.lang, title=args.title, published=published
        )
    except (ReceptionRulesError, ValueError) as e:
        raise CliError(describe(e).splitlines()[0]) from None
    if args.output:
        try:
            Path(args.output).write_text(page, encoding="utf-8")
        except OSError as e:
            raise CliError(f"-o: cannot write {args.output}: {e.strerror or e}") from None
    else:
        sys.stdout.write(page)
    return 0
