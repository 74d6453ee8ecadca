"""``receptionrules schema NAME``: the JSON schema of an input format.

:data:`SCHEMAS` maps each name to its model; a later input format (an institution,
a roster) adds one entry here.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from pydantic import BaseModel

from receptionrules.calendar import YearSchedule
from receptionrules.cli._common import CliError
from receptionrules.duty import Absence, ChangeRecord, Person, ReceptionRecord, Roster
from receptionrules.institution import Institution
from receptionrules.supervision.deadlines.limits import NationalTimeLimits
from receptionrules.supervision.matters import PetitionMatter
from receptionrules.supervision.triggers.thresholds import SupervisionThresholds

SCHEMAS: dict[str, type[BaseModel]] = {
    "matter": PetitionMatter,
    "supervision-thresholds": SupervisionThresholds,
    "time-limits": NationalTimeLimits,
    "institution": Institution,
    "holiday-schedule": YearSchedule,
    "person": Person,
    "absence": Absence,
    "roster": Roster,
    "record": ReceptionRecord,
    "change-record": ChangeRecord,
}
"""Schema names and their models. ``supervise`` reads a JSON array of ``matter``."""


def register(commands: Any) -> None:
    p = commands.add_parser(
        "schema",
        help="print the JSON schema of an input format",
        description="Print the JSON schema of an input format: "
        + ", ".join(SCHEMAS)
        + ". A MATTERS.json file for `supervise` is a JSON array of `matter` objects.",
    )
    p.add_argument("name", metavar="NAME", help=f"one of: {', '.join(SCHEMAS)}")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    model = SCHEMAS.get(args.name)
    if model is None:
        raise CliError(f"unknown schema {args.name!r}; valid names: {', '.join(SCHEMAS)}")
    print(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2))
    return 0
