"""``receptionrules ical``: a preset's receptions as an iCalendar feed on stdout."""

from __future__ import annotations

import argparse
from typing import Any

from receptionrules.cli._common import (
    CliError,
    RegimeSource,
    add_source_options,
    describe,
    load_source,
)
from receptionrules.cli.lang import add_lang_option, title_in
from receptionrules.cli.output import Output, installed
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
    add_lang_option(ical)
    ical.add_argument("-o", "--output", metavar="FILE", help="write to FILE (an .ics file)")
    ical.set_defaults(run=run_ical)


def require_ical() -> None:
    """Refuse, in one line naming the extra, when icalendar is not installed."""
    if not installed("icalendar"):
        raise CliError(
            "ical needs the 'ical' extra (icalendar): pip install 'receptionrules[ical]'"
        )


def run_ical(args: argparse.Namespace) -> int:
    require_ical()
    source = load_source(args)
    from receptionrules.ical import roster_to_ical, to_ical

    try:
        if isinstance(source, RegimeSource):
            regime = source.regime
            title = title_in(regime.title, args.lang) or regime.name

            def summary(r: Reception) -> str:
                return f"{title}（{r.label}）" if r.label and args.lang == "zh" else title

            receptions = regime.receptions(source.start, source.end)
            text = to_ical(receptions, name=title, summary=summary)
        else:
            text = roster_to_ical(source.roster, source.start, source.end)
    except (ReceptionRulesError, ValueError) as e:
        raise CliError(describe(e)) from None
    Output(format="text", lang=args.lang, path=args.output).write_text(text)
    return 0
