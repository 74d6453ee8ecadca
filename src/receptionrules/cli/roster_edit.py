"""``roster fill`` and ``roster announce``: the roster changes a petition office makes
besides swaps and covers.

``roster fill ROSTER --date D --person ID`` puts someone in a vacant post, checked like a
cover (AK-R-6.1: eligibility, availability, double booking, lead time, the slot not
started); the vacancies the roster is still left with are listed on stderr.
``roster announce ROSTER`` records that the slots were announced to the public
(AK-R-5.2), so that ``roster audit`` judges the announcement instead of reporting it
missing. Both write the new roster; a refusal goes to stderr, exit 1, nothing to
stdout.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import datetime
from typing import Any

from receptionrules.cli._common import (
    EXIT_NOTHING,
    CliError,
    add_calendar_option,
    describe,
    load_roster,
    now,
    parse_day,
    parse_moment,
    parse_range,
)
from receptionrules.cli.inputs import load_absences, load_change
from receptionrules.cli.lang import add_lang_option, pick
from receptionrules.cli.output import add_output_options, output_for
from receptionrules.cli.roster_views import (
    refuse_table_formats,
    report_vacancies,
    write_roster,
    write_violations_to_stderr,
)
from receptionrules.duty import ChangeRefusedError, FillRequest, Roster, apply_change
from receptionrules.errors import ReceptionRulesError
from receptionrules.timeutil import to_local

__all__ = ["register"]

_HINT = {"zh": "继续用 roster fill 补岗", "en": "fill them with `roster fill` too"}


def register(sub: Any) -> None:
    fill = sub.add_parser(
        "fill",
        help="put someone in a vacant post (checked like a cover; exit 1 if refused)",
        description="Fill a vacant post of one slot (不得空岗, AK-R-6.1), checked like a cover: "
        "the person may hold the post, is active, available and free at that time, the "
        "slot has not started and the fill is arranged in advance. Writes the new roster; "
        "the vacancies still left are listed on stderr.",
    )
    fill.add_argument("roster", metavar="ROSTER", help="a roster JSON file")
    which = fill.add_mutually_exclusive_group()
    which.add_argument("--slot", metavar="ID", help="the slot, e.g. township-duty/2026-03-04")
    which.add_argument("--date", metavar="DATE", help="the day of the slot")
    which.add_argument("--request", metavar="FILE", help="a fill request (JSON, kind 'fill')")
    fill.add_argument("--person", metavar="ID", help="who takes the post (an id of the roster)")
    fill.add_argument("--position", metavar="KEY", help="the post, when the slot has several")
    fill.add_argument("--at", metavar="DATETIME", help="when it was arranged (default: now)")
    fill.add_argument("--arranged-by", metavar="WHO", help="who arranged it (AK-R-6.3)")
    fill.add_argument("--note", default="", help="a note kept in the roster's history")
    fill.add_argument("--absences", metavar="FILE", help="absences (JSON, CSV or XLSX)")
    fill.add_argument(
        "--other", action="append", metavar="ROSTER", help="another roster (double booking)"
    )
    add_calendar_option(fill)
    add_lang_option(fill)
    add_output_options(fill, formats=("json",), default="json")
    fill.set_defaults(run=run_fill)

    ann = sub.add_parser(
        "announce",
        help="record that slots were announced to the public (AK-R-5.2)",
        description="Record in ROSTER that its slots were announced at --at (default now): "
        "every slot in [--from, --to] (default: all) not announced yet, or changed since it "
        "was announced, or the slots named with --slot. Writes the new roster.",
    )
    ann.add_argument("roster", metavar="ROSTER", help="a roster JSON file")
    ann.add_argument("--slot", action="append", metavar="ID", help="a slot id (repeatable)")
    ann.add_argument("--from", dest="start", metavar="DATE")
    ann.add_argument("--to", dest="end", metavar="DATE")
    ann.add_argument("--at", metavar="DATETIME", help="when they were announced (default: now)")
    add_calendar_option(ann)
    add_lang_option(ann)
    add_output_options(ann, formats=("json",), default="json")
    ann.set_defaults(run=run_announce)


def _moment(args: argparse.Namespace) -> datetime:
    return to_local(parse_moment(args.at, "--at")) if args.at else now()


def _fill_request(args: argparse.Namespace, roster: Roster) -> FillRequest:
    if args.request:
        change = load_change(args.request)
        if not isinstance(change, FillRequest):
            raise CliError(
                f"--request {args.request}: a {change.kind} request; roster fill takes "
                "kind 'fill' (roster check --apply takes any)"
            )
        return change
    if not args.person:
        raise CliError("give --person ID (and --slot ID or --date DATE), or --request FILE")
    if args.slot:
        slot_id = args.slot
    elif args.date:
        day = parse_day(args.date, "--date")
        try:
            slot = roster.slot_on(day)
        except ReceptionRulesError as e:
            raise CliError(f"--date: {describe(e)}") from None
        if slot is None:
            raise CliError(f"--date {day}: {roster.regime} has no reception that day")
        slot_id = slot.id
    else:
        raise CliError("give the slot: --slot ID or --date DATE")
    return FillRequest(
        slot_id=slot_id,
        person=args.person,
        position=args.position,
        requested_at=_moment(args),
        arranged_by=args.arranged_by,
        note=args.note,
    )


_OPTION_OF = {"slot_id": "--slot", "person": "--person", "position": "--position"}


def _fill_error(e: ReceptionRulesError, args: argparse.Namespace) -> str:
    """The error of a fill, naming the option (or the request file) that gave the value."""
    message = describe(e)
    if args.request:
        return f"--request {args.request}: {message}"
    field = getattr(e, "field", None)
    if field in _OPTION_OF:
        return message.replace(f"{field}=", f"{_OPTION_OF[field]} ", 1)
    return message


def run_fill(args: argparse.Namespace) -> int:
    out = output_for(args)
    refuse_table_formats(out, "roster fill")
    roster = load_roster(args.roster, "ROSTER", args)
    request = _fill_request(args, roster)
    others = [load_roster(path, "--other", args) for path in args.other or ()]
    absent = load_absences(args.absences, "--absences", args.lang) if args.absences else None
    try:
        new = apply_change(roster, request, availability=absent, others=others)
    except ChangeRefusedError as e:
        write_violations_to_stderr(e.violations, out.lang)
        return EXIT_NOTHING
    except ReceptionRulesError as e:
        raise CliError(_fill_error(e, args)) from None
    write_roster(replace(out, format="json"), new)
    report_vacancies(new.vacancies(), out.lang, hint=_HINT[out.lang])
    return 0


def run_announce(args: argparse.Namespace) -> int:
    out = output_for(args)
    refuse_table_formats(out, "roster announce")
    roster = load_roster(args.roster, "ROSTER", args)
    start, end = parse_range(args)
    at = _moment(args)
    if args.slot:
        if start is not None or end is not None:
            raise CliError("give --slot or --from/--to, not both")
        chosen = [roster.slot(sid, field="--slot") for sid in args.slot]
    else:
        lo = roster.start if start is None else start
        hi = roster.end if end is None else end
        chosen = [
            s
            for s in roster.slots_in(lo, hi, clip=True)
            if s.announced is None or s.announced.holders != s.holders
        ]
    try:
        new = roster.announce(*(s.id for s in chosen), at=at)
    except ReceptionRulesError as e:
        raise CliError(describe(e)) from None
    write_roster(replace(out, format="json"), new)
    lang = out.lang
    vacant = [s.id for s in chosen if None in s.holders]
    sys.stderr.write(
        pick(lang, f"已记录公布{len(chosen)}个值班", f"recorded {len(chosen)} slot(s) as announced")
        + pick(lang, f"（{at:%Y-%m-%d %H:%M}）\n", f" at {at:%Y-%m-%d %H:%M}\n")
    )
    if vacant:
        sys.stderr.write(
            pick(
                lang,
                f"注意：{len(vacant)}个值班公布时仍有岗位待定：{'、'.join(vacant)}\n",
                f"warning: {len(vacant)} slot(s) were announced with a post to be announced "
                f"(待定): {', '.join(vacant)}\n",
            )
        )
    return 0
