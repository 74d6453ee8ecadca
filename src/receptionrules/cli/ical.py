"""``receptionrules ical``: a reception feed, a roster feed or one person's duty feed as
iCalendar on stdout."""

from __future__ import annotations

import argparse
from datetime import time
from typing import Any

from pydantic import ValidationError

from receptionrules.cli._common import (
    CliError,
    RegimeSource,
    add_source_options,
    describe,
    describe_validation_error,
    load_source,
)
from receptionrules.cli.lang import add_lang_option
from receptionrules.cli.output import Output, installed
from receptionrules.errors import ReceptionRulesError
from receptionrules.reception import Reception
from receptionrules.wording import title_in


def register(commands: Any) -> None:
    ical = commands.add_parser(
        "ical",
        help="receptions, a roster or one person's duty as an iCalendar (.ics) feed",
        description="Write the receptions of PRESET (or --config) in [--from, --to], the "
        "slots of a --roster with who is on duty, or with --person only that person's "
        "slots, each with a reminder, to stdout as an iCalendar (RFC 5545) calendar. A "
        "reception has the same UID in all three. Needs the 'ical' extra.",
    )
    add_source_options(ical)
    ical.add_argument(
        "--person", metavar="ID", help="with --roster: only this person's duty, with reminders"
    )
    add_lang_option(ical)
    ical.add_argument("-o", "--output", metavar="FILE", help="write to FILE (an .ics file)")
    ical.add_argument("--name", help="the calendar's name (X-WR-CALNAME)")
    ical.add_argument(
        "--remind-days",
        type=int,
        default=1,
        metavar="N",
        help="with --person: remind N working days before the duty (default: 1)",
    )
    ical.add_argument(
        "--remind-at",
        default="17:00",
        metavar="HH:MM",
        help="with --person: at this local time (default: 17:00)",
    )
    ical.add_argument(
        "--no-remind", action="store_true", help="with --person: leave the reminders out"
    )
    ical.set_defaults(run=run_ical)


def _reminder(args: argparse.Namespace) -> Any:
    from receptionrules.ical import Reminder

    if args.no_remind:
        return None
    try:
        at = time.fromisoformat(args.remind_at)
    except ValueError:
        raise CliError(f"--remind-at: {args.remind_at!r} is not a time (HH:MM)") from None
    try:
        return Reminder(working_days_before=args.remind_days, at=at)
    except ValidationError as e:
        raise CliError(describe_validation_error(e, "--remind-days")) from None


def require_ical() -> None:
    """Refuse, in one line naming the extra, when icalendar is not installed."""
    if not installed("icalendar"):
        raise CliError(
            "ical needs the 'ical' extra (icalendar): pip install 'receptionrules[ical]'"
        )


def run_ical(args: argparse.Namespace) -> int:
    require_ical()
    source = load_source(args)
    from receptionrules.ical import person_to_ical, roster_to_ical, to_ical

    if args.person and isinstance(source, RegimeSource):
        raise CliError("--person needs --roster FILE: a person's duty comes from a roster")
    try:
        if isinstance(source, RegimeSource):
            regime = source.regime
            title = title_in(regime.title, args.lang) or regime.name

            def summary(r: Reception) -> str:
                if args.lang == "en":
                    return f"{title}, {r.hours()}"
                return f"{title}（{r.label}）" if r.label else title

            receptions = regime.receptions(source.start, source.end)
            text = to_ical(receptions, name=args.name or title, summary=summary)
        elif args.person:
            text = person_to_ical(
                source.roster,
                args.person,
                source.start,
                source.end,
                name=args.name,
                language=args.lang,
                reminder=_reminder(args),
            )
        else:
            text = roster_to_ical(
                source.roster, source.start, source.end, name=args.name, language=args.lang
            )
    except (ReceptionRulesError, ValueError) as e:
        raise CliError(describe(e)) from None
    Output(format="text", lang=args.lang, path=args.output).write_text(text)
    return 0
