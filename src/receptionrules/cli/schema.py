"""``receptionrules schema NAME``: the JSON Schema of each file the command line reads.

:data:`SCHEMAS` maps each name to what it validates and the option that reads it.
Every schema declares its dialect (``$schema``, JSON Schema 2020-12) and accepts what
the loader accepts: zone-less times (Asia/Shanghai), ranges of days in a holiday
schedule, roles by their Chinese or English labels, an institution's parts without
its name repeated (``tests/test_cli_schemas.py`` checks both ways). ``schema`` alone
lists them.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import TypeAdapter

from receptionrules.calendar import YearSchedule
from receptionrules.cli._common import CliError
from receptionrules.cli.lang import add_lang_option
from receptionrules.cli.output import Column, Table, add_output_options, output_for
from receptionrules.duty import (
    Absence,
    Change,
    ChangeRecord,
    Person,
    ReceptionRecord,
    Roster,
)
from receptionrules.institution import Institution
from receptionrules.supervision import (
    NationalTimeLimits,
    PetitionMatter,
    SupervisionThresholds,
)

__all__ = ["DIALECT", "SCHEMAS", "Schema", "json_schema", "register"]

DIALECT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class Schema:
    """A file format: what validates it, and which option reads it."""

    adapter: TypeAdapter[Any]
    read_by: str
    zh: str
    en: str


SCHEMAS: dict[str, Schema] = {
    "institution": Schema(
        TypeAdapter(Institution), "--config", "机构规则（JSON，TOML 同构）", "an institution"
    ),
    "holiday-schedule": Schema(
        TypeAdapter(YearSchedule | list[YearSchedule]),
        "--calendar",
        "一年（或几年）的法定节假日安排",
        "a year's holiday schedule, or a list of them",
    ),
    "people": Schema(TypeAdapter(list[Person]), "--people", "值班人员名单", "a list of people"),
    "person": Schema(TypeAdapter(Person), "(people)", "一名值班人员", "one person"),
    "absences": Schema(TypeAdapter(list[Absence]), "--absences", "请假与外出", "absences"),
    "absence": Schema(TypeAdapter(Absence), "(absences)", "一次请假或外出", "one absence"),
    "records": Schema(
        TypeAdapter(list[ReceptionRecord]), "--records", "接待登记记录", "reception records"
    ),
    "record": Schema(
        TypeAdapter(ReceptionRecord), "(records)", "一条接待登记记录", "one reception record"
    ),
    "announced-dates": Schema(
        TypeAdapter(list[date]), "--announced", "已公布的接待日期", "announced dates"
    ),
    "roster": Schema(TypeAdapter(Roster), "ROSTER, --roster, --other", "值班表", "a roster"),
    "change-request": Schema(
        TypeAdapter(Change),
        "--request",
        "调整申请：调换、代班、补岗、补位或撤销",
        "a change request: swap, cover, fill, substitution or undo",
    ),
    "change-record": Schema(
        TypeAdapter(ChangeRecord), "(roster history)", "值班表的一条调整记录", "a change record"
    ),
    "matters": Schema(
        TypeAdapter(list[PetitionMatter]), "MATTERS, --matters", "信访事项", "petition matters"
    ),
    "matter": Schema(TypeAdapter(PetitionMatter), "(matters)", "一件信访事项", "one matter"),
    "supervision-thresholds": Schema(
        TypeAdapter(SupervisionThresholds), "--thresholds", "督查触发标准", "trigger thresholds"
    ),
    "time-limits": Schema(
        TypeAdapter(NationalTimeLimits), "--limits", "办理期限", "national time limits"
    ),
}
"""Schema names and what they validate; a new input format adds one entry here."""


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of ``name``, declaring its dialect and the option that reads it."""
    entry = SCHEMAS[name]
    body = entry.adapter.json_schema()
    head: dict[str, Any] = {"$schema": DIALECT}
    if "title" not in body:
        head["title"] = name
    body.setdefault("description", f"{entry.en}; read by {entry.read_by}")
    return head | body


def register(commands: Any) -> None:
    p = commands.add_parser(
        "schema",
        help="print the JSON schema of an input file",
        description="Print the JSON Schema (2020-12) of an input file: "
        + ", ".join(SCHEMAS)
        + ". Without NAME, list them.",
    )
    p.add_argument("name", metavar="NAME", nargs="?", help=f"one of: {', '.join(SCHEMAS)}")
    add_lang_option(p)
    add_output_options(p, formats=("text", "json", "csv", "xlsx"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.name is None:
        rows = [
            {"name": name, "read_by": s.read_by, "what": s.zh if args.lang == "zh" else s.en}
            for name, s in SCHEMAS.items()
        ]
        columns = (
            Column("name", "名称", "name"),
            Column("read_by", "读取的选项", "read by"),
            Column("what", "内容", "what"),
        )
        output_for(args).write([Table("schema", "文件格式", "file formats", columns, rows)])
        return 0
    if args.name not in SCHEMAS:
        raise CliError(f"unknown schema {args.name!r}; valid names: {', '.join(SCHEMAS)}")
    text = json.dumps(json_schema(args.name), ensure_ascii=False, indent=2) + "\n"
    output_for(args).write_text(text)
    return 0
