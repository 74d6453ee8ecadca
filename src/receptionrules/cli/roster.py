"""``receptionrules roster``: generate a duty roster, show it, check a change, audit the
records; fill a vacant post and record announcements (:mod:`.roster_edit`).

Files are JSON (``receptionrules schema NAME`` prints each format): a list of people, a
list of absences, a roster (as ``generate`` prints it), a change request (a swap,
cover, fill, substitution or undo, by its ``kind``), and registration records (a list).
A time without an offset in a file is local time in Asia/Shanghai, as in options.

stdout carries only what was asked for: the roster, the violations, the findings.
What a roster is left lacking (a vacant post) and why a change was refused go to
stderr.

>>> from receptionrules.cli.roster import VACANCY_HINT
>>> "roster fill" in VACANCY_HINT["en"]
True
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from receptionrules.cli import roster_edit
from receptionrules.cli._common import (
    EXIT_NOTHING,
    CliError,
    Parser,
    add_calendar_option,
    add_institution_options,
    check_day,
    describe,
    load_institution_for,
    load_roster,
    parse_range,
    parse_required_range,
)
from receptionrules.cli.inputs import load_absences, load_change, load_people, load_records
from receptionrules.cli.lang import add_lang_option, pick
from receptionrules.cli.output import add_output_options, output_for
from receptionrules.cli.roster_views import (
    findings_table,
    refuse_table_formats,
    report_vacancies,
    violations_table,
    write_roster,
    write_violations_to_stderr,
)
from receptionrules.duty import (
    Availability,
    ChangeRefusedError,
    apply_change,
    audit,
    check_change,
    generate_roster,
)
from receptionrules.errors import ReceptionRulesError

__all__ = ["VACANCY_HINT", "availability", "register"]

VACANCY_HINT = {
    "zh": "用 receptionrules roster fill 补岗",
    "en": "fill them with `receptionrules roster fill`",
}


def register(commands: Any) -> None:
    roster = commands.add_parser(
        "roster",
        help="duty rosters: generate, show, check a change, fill a vacancy, announce, audit",
        description="Duty rosters (AK-R-4.1 … UN-1): generate, show, check a change, fill a "
        "vacant post, record announcements, audit.",
    )
    sub = roster.add_subparsers(dest="roster_command", metavar="ACTION", parser_class=Parser)
    roster.set_defaults(run=_missing_action)

    gen = sub.add_parser(
        "generate",
        help="a roster (JSON); every post left vacant is reported on stderr",
        description="Rotate the people in published order over the receptions of --from to "
        "--to (AK-R-5.1) and write the roster. Every post left vacant (nobody eligible "
        "and free) is listed on stderr.",
    )
    gen.add_argument("preset", nargs="?", help="a preset name (or --config FILE)")
    gen.add_argument(
        "--people", required=True, metavar="FILE", help="the people (JSON, CSV or XLSX)"
    )
    gen.add_argument("--from", dest="start", required=True, metavar="DATE")
    gen.add_argument("--to", dest="end", required=True, metavar="DATE")
    gen.add_argument("--absences", metavar="FILE", help="absences (JSON, CSV or XLSX)")
    gen.add_argument("--designate-substitutes", action="store_true", help="WF-3")
    add_institution_options(gen)
    add_lang_option(gen)
    add_output_options(gen, default="json")
    gen.set_defaults(run=run_generate)

    show = sub.add_parser(
        "show",
        help="a roster as a table (text, CSV, XLSX)",
        description="Write the slots of ROSTER, in [--from, --to], as a table: day, hours, "
        "place and who holds each post (待定 for a vacant one).",
    )
    show.add_argument("roster", metavar="ROSTER", help="a roster JSON file")
    show.add_argument("--from", dest="start", metavar="DATE")
    show.add_argument("--to", dest="end", metavar="DATE")
    add_lang_option(show)
    add_output_options(show)
    show.set_defaults(run=run_show)

    chk = sub.add_parser(
        "check",
        help="check a change request against a roster (exit 1 if refused)",
        description="Print every violation of the change, each with its rule ID; with "
        "--apply, write the changed roster instead when it is valid (a refusal then goes "
        "to stderr and nothing to stdout).",
    )
    chk.add_argument("roster", metavar="ROSTER", help="a roster JSON file")
    chk.add_argument("--request", required=True, metavar="FILE", help="a change request")
    chk.add_argument("--absences", metavar="FILE", help="absences (JSON, CSV or XLSX)")
    chk.add_argument(
        "--other", action="append", metavar="ROSTER", help="another roster (double booking)"
    )
    chk.add_argument("--apply", action="store_true", help="write the changed roster")
    add_calendar_option(chk)
    add_lang_option(chk)
    add_output_options(chk)
    chk.set_defaults(run=run_check)

    roster_edit.register(sub)

    aud = sub.add_parser(
        "audit",
        help="audit registration records against the regime (and roster); exit 1 on findings",
    )
    aud.add_argument("preset", nargs="?", help="a preset name (or --config FILE)")
    aud.add_argument("--records", required=True, metavar="FILE", help="records (JSON, CSV or XLSX)")
    aud.add_argument("--from", dest="start", required=True, metavar="DATE")
    aud.add_argument("--to", dest="end", required=True, metavar="DATE")
    aud.add_argument("--roster", metavar="FILE")
    add_institution_options(aud)
    add_lang_option(aud)
    add_output_options(aud)
    aud.set_defaults(run=run_audit)


def _missing_action(args: argparse.Namespace) -> int:
    raise CliError("roster: choose an action: generate, show, check, fill, announce or audit")


def availability(args: argparse.Namespace) -> Availability | None:
    """The ``--absences`` file as availability, or None."""
    return load_absences(args.absences, "--absences", args.lang) if args.absences else None


def run_generate(args: argparse.Namespace) -> int:
    out = output_for(args)
    start, end = parse_required_range(args)
    inst = load_institution_for(args.preset, args)
    check_day(start, "--from", inst.regime.calendar)
    check_day(end, "--to", inst.regime.calendar)
    people = load_people(args.people, "--people", args.lang)
    try:
        roster = generate_roster(
            inst.regime,
            people,
            start,
            end,
            composition=inst.duty,
            availability=availability(args),
            designate_substitutes=args.designate_substitutes,
        )
    except (ReceptionRulesError, ValueError) as e:
        raise CliError(f"--people {args.people}: {describe(e)}") from None
    write_roster(out, roster)
    report_vacancies(roster.vacancies(), out.lang, hint=VACANCY_HINT[out.lang])
    return 0


def run_show(args: argparse.Namespace) -> int:
    out = output_for(args)
    start, end = parse_range(args)
    roster = load_roster(args.roster, "ROSTER", args)
    write_roster(out, roster, start, end)
    return 0


def run_check(args: argparse.Namespace) -> int:
    out = output_for(args)
    roster = load_roster(args.roster, "ROSTER", args)
    change = load_change(args.request)
    others = [load_roster(path, "--other", args) for path in args.other or ()]
    absent = availability(args)
    if args.apply:
        refuse_table_formats(out, "roster check --apply")
    try:
        if args.apply:
            new = apply_change(roster, change, availability=absent, others=others)
            write_roster(replace(out, format="json"), new)
            touched = {m.slot_id for m in new.history[-1].moves}
            left = [v for v in new.vacancies() if v.slot_id in touched]
            report_vacancies(left, out.lang, hint=VACANCY_HINT[out.lang])
            return 0
        violations = check_change(roster, change, availability=absent, others=others)
    except ChangeRefusedError as e:
        write_violations_to_stderr(e.violations, out.lang)
        return EXIT_NOTHING
    except ReceptionRulesError as e:
        raise CliError(f"--request {args.request}: {describe(e)}") from None
    if not violations:
        if out.format == "text":
            out.write_text(pick(out.lang, "符合规定\n", "valid\n"))
        else:
            out.write([violations_table((), out.lang)])
        return 0
    out.write([violations_table(violations, out.lang)])
    return EXIT_NOTHING


def run_audit(args: argparse.Namespace) -> int:
    out = output_for(args)
    start, end = parse_required_range(args)
    inst = load_institution_for(args.preset, args)
    check_day(start, "--from", inst.regime.calendar)
    check_day(end, "--to", inst.regime.calendar)
    records = load_records(args.records, "--records", args.lang, regime=inst.name)
    roster = load_roster(args.roster, "--roster", args) if args.roster else None
    try:
        report = audit(inst.regime, records, start, end, roster=roster, composition=inst.duty)
    except (ReceptionRulesError, ValueError) as e:
        raise CliError(describe(e)) from None
    if report.compliant and out.format == "text":
        out.write_text(pick(out.lang, "无问题\n", "compliant\n"))
        return 0
    out.write([findings_table(report.findings, out.lang)])
    return 0 if report.compliant else EXIT_NOTHING
