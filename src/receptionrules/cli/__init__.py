"""The ``receptionrules`` command: a thin shell over the library.

Every subcommand lives in its own module with a ``register(commands)`` function;
bad input exits 2 with a one-line message, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from receptionrules.cli import (
    announce,
    calendar,
    ical,
    receptions,
    roster,
    schema,
    supervise,
    timetable,
)
from receptionrules.cli._common import PROG, CliError, Parser

__all__ = ["main"]

_COMMANDS = (receptions, roster, announce, ical, supervise, schema, timetable, calendar)


def build_parser() -> Parser:
    parser = Parser(
        prog=PROG,
        description="Chinese public-reception (信访接待日) rules on the real working-day calendar.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in _COMMANDS:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return 2
        code: int = args.run(args)
        return code
    except CliError as e:
        sys.stderr.write(f"{PROG}: error: {e}\n")
        return e.code
    except BrokenPipeError:  # e.g. piped into `head`
        return 0


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
