"""``receptionrules ical``: a preset's receptions as an iCalendar feed on stdout."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from receptionrules.cli._common import CliError, RegimeSource, add_source_options, load_source
from receptionrules.errors import ReceptionRulesError
from receptionrules.reception import Reception


def register(commands: Any) -> None:
    ical = commands.add_parser(
        "ical",
        help="a preset's receptions as an iCalendar (.ics) feed",
        description="Write the receptions of PRESET (or --config) in [--from, --to], or the "
        "slots of a --roster with who is on duty, to stdout as an iCalendar (RFC 5545) "
        "calendar. Needs the 'ical' extra.",
    )
    add_source_options(ical)
    ical.set_defaults(run=run_ical)


def run_ical(args: argparse.Namespace) -> int:
    source = load_source(args)
    try:
        from receptionrules.ical import roster_to_ical, to_ical
    except ImportError as e:
        raise CliError(str(e)) from None
    try:
        if isinstance(source, RegimeSource):
            regime = source.regime
            title = regime.title or regime.name

            def summary(r: Reception) -> str:
                return f"{title}（{r.label}）" if r.label else title

            receptions = regime.receptions(source.start, source.end)
            text = to_ical(receptions, name=title, summary=summary)
        else:
            text = roster_to_ical(source.roster, source.start, source.end)
    except (ReceptionRulesError, ValueError) as e:
        raise CliError(str(e)) from None
    sys.stdout.write(text)
    return 0
