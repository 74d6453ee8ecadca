"""``receptionrules supervise MATTERS.json --as-of DATE``: what the supervision rules require now.

Reads a JSON array of petition matters (``receptionrules schema matter`` prints the
schema of one), evaluates them as of the date (AK-S-2 … AK-S-7, Nat-1 … Nat-4) and
prints the findings and recommendations of accountability as a table, or as one JSON
object with ``--json``. A bad file exits 2 with the matter id and the field at fault.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from receptionrules.cli._common import (
    CliError,
    add_calendar_option,
    load_calendar,
    load_config,
    load_json,
    parse_day,
    read_text,
)
from receptionrules.errors import ReceptionRulesError
from receptionrules.remarks import Language
from receptionrules.supervision.deadlines.limits import NationalTimeLimits
from receptionrules.supervision.matters import PetitionMatter
from receptionrules.supervision.triggers.evaluation import supervise
from receptionrules.supervision.triggers.report import SupervisionReport
from receptionrules.supervision.triggers.thresholds import SupervisionThresholds

_M = TypeVar("_M", bound=BaseModel)
_SHOWN_IDS = 4


def register(commands: Any) -> None:
    p = commands.add_parser(
        "supervise",
        help="findings and accountability over a set of petition matters",
        description="Evaluate the petition matters in MATTERS.json (a JSON array; see "
        "`receptionrules schema matter`) as of --as-of and print the findings (AK-S-2.x, "
        "with the method now due, AK-S-3) and recommendations of accountability (AK-S-7).",
    )
    p.add_argument("matters", metavar="MATTERS.json")
    p.add_argument(
        "--as-of",
        dest="as_of",
        required=True,
        metavar="DATE",
        help="evaluate as of this day; later events and matters are ignored",
    )
    p.add_argument("--json", action="store_true", help="the report as one JSON object")
    p.add_argument(
        "--language", choices=("en", "zh"), default="en", help="the language of the reasons"
    )
    p.add_argument(
        "--thresholds",
        metavar="FILE",
        help="a JSON object changing the trigger figures (`schema supervision-thresholds`)",
    )
    p.add_argument(
        "--limits",
        metavar="FILE",
        help="a JSON object changing the national time limits (`schema time-limits`)",
    )
    p.add_argument(
        "--config",
        metavar="FILE",
        help="an institution file whose supervision, time_limits and ladder apply "
        "(--thresholds and --limits override them)",
    )
    add_calendar_option(p)
    p.set_defaults(run=run)


def _where(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _matter_error(e: ValidationError, path: str, index: int, item: dict[str, Any]) -> str:
    """One line naming the file, the matter (by id when it has one) and the field."""
    first = e.errors()[0]
    msg = str(first["msg"]).removeprefix("Value error, ")
    more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
    raw_id = item.get("id")
    who = f"matter {raw_id!r} (item {index})" if isinstance(raw_id, str) else f"item {index}"
    named = f"matter {raw_id!r}: "
    if not first["loc"] and msg.startswith(named):
        # A model-level check: its message already names the matter and the field.
        return f"{path}: {who}: {msg.removeprefix(named)}{more}"
    return f"{path}: {who}: {_where(tuple(first['loc'])) or '(top level)'}: {msg}{more}"


def load_matters(text: str, path: str) -> list[PetitionMatter]:
    """The matters in a JSON array, or a one-line error naming the matter and field."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise CliError(f"{path}: not JSON: {e.msg} at line {e.lineno}, column {e.colno}") from None
    if not isinstance(data, list):
        raise CliError(
            f"{path}: expected a JSON array of matters (see `receptionrules schema matter`), "
            f"not a JSON {type(data).__name__}"
        )
    matters: list[PetitionMatter] = []
    for i, item in enumerate(data):
        if not isinstance(item, dict):
            raise CliError(f"{path}: item {i}: expected a matter object, not {item!r:.40}")
        try:
            matters.append(PetitionMatter.model_validate(item))
        except ValidationError as e:
            raise CliError(_matter_error(e, path, i, item)) from None
    return matters


def _ids(ids: tuple[str, ...]) -> str:
    shown = ", ".join(ids[:_SHOWN_IDS])
    return shown + (f" (+{len(ids) - _SHOWN_IDS} more)" if len(ids) > _SHOWN_IDS else "")


def _print_table(report: SupervisionReport, language: Language) -> None:
    n_m, n_f, n_r = report.matters_evaluated, len(report.findings), len(report.recommendations)
    print(
        f"as of {report.as_of.isoformat()}: {n_m} matter{'s' * (n_m != 1)}, "
        f"{n_f} finding{'s' * (n_f != 1)}, {n_r} recommendation{'s' * (n_r != 1)} "
        "of accountability"
    )
    if report.findings:
        print(f"{'RULE':<9} {'KIND':<17} {'METHOD':<10} {'MATTERS':<32} WHY")
        for f in report.findings:
            print(
                f"{f.rule_id:<9} {f.kind:<17} {f.method.value:<10} {_ids(f.matter_ids):<32} "
                f"{f.reason_in(language)}"
            )
    if report.recommendations:
        print(f"{'RULE':<9} {'MATTER':<17} {'UNIT':<20} WHY")
        for r in report.recommendations:
            print(f"{r.rule_id:<9} {r.matter_id:<17} {r.unit:<20} {r.reason_in(language)}")


def run(args: argparse.Namespace) -> int:
    as_of = parse_day(args.as_of, "--as-of")
    matters = load_matters(read_text(args.matters, "MATTERS.json"), args.matters)
    thresholds = (
        load_json(args.thresholds, "--thresholds", TypeAdapter(SupervisionThresholds))
        if args.thresholds
        else None
    )
    limits = (
        load_json(args.limits, "--limits", TypeAdapter(NationalTimeLimits)) if args.limits else None
    )
    ladder = None
    if args.config:
        inst = load_config(args.config)
        thresholds = thresholds or inst.supervision
        limits = limits or inst.time_limits
        ladder = inst.ladder
    calendar = load_calendar(args.calendar)
    try:
        report = supervise(
            matters,
            as_of,
            thresholds=thresholds,
            limits=limits,
            ladder=ladder,
            calendar=calendar,
        )
    except ReceptionRulesError as e:
        raise CliError(f"{args.matters}: {e}") from None
    if args.json:
        print(json.dumps(report.to_dict(args.language), ensure_ascii=False, indent=2))
    else:
        _print_table(report, args.language)
    return 0
