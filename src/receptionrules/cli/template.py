"""``receptionrules template KIND``: an empty, headed spreadsheet to fill in.

One per input kind (people, absences, records, announced, matters, events), as XLSX
(with a notes sheet and drop-down lists; the ``xlsx`` extra) or CSV (UTF-8 with a BOM),
headed in Chinese or English (``--lang``). Filled in, it is read back by the option
that takes that kind (``--people people.xlsx``). A workbook is not written to a
terminal: give ``-o FILE`` or redirect stdout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, cast

from receptionrules.cli.errors import CliError
from receptionrules.cli.lang import add_lang_option
from receptionrules.cli.output import Output
from receptionrules.sheets import INPUT_KINDS, InputKindName, XlsxUnavailableError, template

__all__ = ["register"]


def register(commands: Any) -> None:
    p = commands.add_parser(
        "template",
        help="an empty, headed spreadsheet for an input kind (xlsx or csv)",
        description="Write an empty template for KIND ("
        + ", ".join(INPUT_KINDS)
        + "), headed in Chinese or English: XLSX with notes and drop-down lists, or CSV "
        "(UTF-8 with a BOM). The matters workbook holds an events sheet too.",
    )
    p.add_argument("kind", metavar="KIND", choices=list(INPUT_KINDS), help=", ".join(INPUT_KINDS))
    p.add_argument(
        "--format",
        choices=("xlsx", "csv"),
        default=None,
        help="xlsx (default, or the extension of -o) or csv",
    )
    add_lang_option(p)
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    fmt = args.format
    if fmt is None:
        fmt = "csv" if args.output and Path(args.output).suffix.lower() == ".csv" else "xlsx"
    if fmt == "xlsx" and args.output is None and sys.stdout.isatty():
        raise CliError(
            "template: an XLSX workbook is not for a terminal; give -o FILE.xlsx, redirect "
            "stdout to a file, or ask for --format csv"
        )
    kind = cast("InputKindName", args.kind)
    try:
        data = template(kind, format=fmt, language=args.lang)
    except XlsxUnavailableError:
        raise CliError(
            "XLSX needs the 'xlsx' extra (openpyxl): pip install 'receptionrules[xlsx]', or "
            "ask for --format csv"
        ) from None
    out = Output(format="csv" if fmt == "csv" else "xlsx", lang=args.lang, path=args.output)
    out.write_bytes(data)
    return 0
