"""``receptionrules roster``: generate a roster, check a change, audit the records.

The files are JSON: people (a list of persons), absences (a list), a roster (as
``generate`` prints it), a change request (a swap, cover, substitution or undo,
by its ``kind``), and registration records (a list).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pydantic import TypeAdapter

from receptionrules.cli._common import (
    EXIT_NOTHING,
    CliError,
    Parser,
    add_calendar_option,
    add_institution_options,
    load_institution_for,
    load_json,
    load_roster,
    parse_required_range,
)
from receptionrules.duty import (
    Absence,
    Availability,
    Change,
    ChangeRefusedError,
    Person,
    ReceptionRecord,
    apply_change,
    audit,
    check_change,
    generate_roster,
)
from receptionrules.errors import ReceptionRulesError

_PEOPLE = TypeAdapter(list[Person])
_ABSENCES = TypeAdapter(list[Absence])
_CHANGE: TypeAdapter[Change] = TypeAdapter(Change)
_RECORDS = TypeAdapter(list[ReceptionRecord])


def register(commands: Any) -> None:
    roster = commands.add_parser(
        "roster",
        help="duty rosters: generate one, check a swap or cover, audit the records",
        description="Duty rosters (AK-R-4.1 … UN-1): generate, check a change, audit.",
    )
    sub = roster.add_subparsers(dest="roster_command", metavar="ACTION", parser_class=Parser)
    roster.set_defaults(run=_missing_action)

    gen = sub.add_parser("generate", help="print a roster as JSON")
    gen.add_argument("preset", nargs="?", help="a preset name (or --config FILE)")
    gen.add_argument("--people", required=True, metavar="FILE", help="JSON list of persons")
    gen.add_argument("--from", dest="start", required=True, metavar="DATE")
    gen.add_argument("--to", dest="end", required=True, metavar="DATE")
    gen.add_argument("--absences", metavar="FILE", help="JSON list of absences")
    gen.add_argument("--designate-substitutes", action="store_true", help="WF-3")
    add_institution_options(gen)
    gen.set_defaults(run=run_generate)

    chk = sub.add_parser(
        "check",
        help="check a change request against a roster (exit 1 if refused)",
        description="Print every violation of the change, each with its rule ID; with "
        "--apply, print the changed roster instead when it is valid.",
    )
    chk.add_argument("roster", metavar="ROSTER", help="a roster JSON file")
    chk.add_argument("--request", required=True, metavar="FILE", help="a change request")
    chk.add_argument("--absences", metavar="FILE")
    chk.add_argument(
        "--other", action="append", metavar="ROSTER", help="another roster (double booking)"
    )
    chk.add_argument("--lang", choices=("en", "zh"), default="en")
    chk.add_argument("--apply", action="store_true", help="print the changed roster")
    add_calendar_option(chk)
    chk.set_defaults(run=run_check)

    aud = sub.add_parser(
        "audit",
        help="audit registration records against the regime (and roster); exit 1 on findings",
    )
    aud.add_argument("preset", nargs="?", help="a preset name (or --config FILE)")
    aud.add_argument("--records", required=True, metavar="FILE", help="JSON list of records")
    aud.add_argument("--from", dest="start", required=True, metavar="DATE")
    aud.add_argument("--to", dest="end", required=True, metavar="DATE")
    aud.add_argument("--roster", metavar="FILE")
    aud.add_argument("--lang", choices=("en", "zh"), default="en")
    add_institution_options(aud)
    aud.set_defaults(run=run_audit)


def _missing_action(args: argparse.Namespace) -> int:
    raise CliError("roster: choose an action: generate, check or audit")


def _availability(args: argparse.Namespace) -> Availability | None:
    if not args.absences:
        return None
    absences = load_json(args.absences, "--absences", _ABSENCES)
    return Availability(absences=tuple(absences))


def run_generate(args: argparse.Namespace) -> int:
    start, end = parse_required_range(args)
    inst = load_institution_for(args.preset, args)
    people = load_json(args.people, "--people", _PEOPLE)
    try:
        roster = generate_roster(
            inst.regime,
            people,
            start,
            end,
            composition=inst.duty,
            availability=_availability(args),
            designate_substitutes=args.designate_substitutes,
        )
    except (ReceptionRulesError, ValueError) as e:
        raise CliError(str(e)) from None
    sys.stdout.write(roster.model_dump_json(indent=1) + "\n")
    return 0


def run_check(args: argparse.Namespace) -> int:
    roster = load_roster(args.roster, "ROSTER", args)
    change = load_json(args.request, "--request", _CHANGE)
    others = [load_roster(path, "--other", args) for path in args.other or ()]
    availability = _availability(args)
    try:
        if args.apply:
            new = apply_change(roster, change, availability=availability, others=others)
            sys.stdout.write(new.model_dump_json(indent=1) + "\n")
            return 0
        violations = check_change(roster, change, availability=availability, others=others)
    except ChangeRefusedError as e:
        violations = e.violations
    except ReceptionRulesError as e:
        raise CliError(str(e)) from None
    if not violations:
        print("valid" if args.lang == "en" else "符合规定")
        return 0
    for v in violations:
        print(v.render(args.lang))
    return EXIT_NOTHING


def run_audit(args: argparse.Namespace) -> int:
    start, end = parse_required_range(args)
    inst = load_institution_for(args.preset, args)
    records = load_json(args.records, "--records", _RECORDS)
    roster = load_roster(args.roster, "--roster", args) if args.roster else None
    try:
        report = audit(inst.regime, records, start, end, roster=roster, composition=inst.duty)
    except (ReceptionRulesError, ValueError) as e:
        raise CliError(str(e)) from None
    if report.compliant:
        print("compliant" if args.lang == "en" else "无问题")
        return 0
    for f in report.findings:
        print(f"{f.day.isoformat() if f.day else '':<10}  {f.render(args.lang)}")
    return EXIT_NOTHING
