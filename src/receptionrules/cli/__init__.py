"""The ``receptionrules`` command: a thin shell over the library.

Every subcommand lives in its own module with a ``register(commands)`` function.
stdout carries only the output asked for; refusals, warnings and progress go to
stderr. Bad input exits 2 with one line on stderr naming the flag or the file, never
a traceback: a :class:`~receptionrules.cli.errors.CliError` says what the command
found wrong, and any library, validation, file, text-decoding, nesting or date-range
error that escapes a command is put on one line the same way.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib import metadata

from pydantic import ValidationError

from receptionrules.cli import (
    announce,
    calendar,
    ical,
    receptions,
    roster,
    schema,
    supervise,
    template,
    timetable,
    today,
)
from receptionrules.cli.errors import EXIT_BAD_INPUT, PROG, CliError, Parser, describe
from receptionrules.errors import ReceptionRulesError

__all__ = ["main", "version"]

_COMMANDS = (
    receptions,
    today,
    roster,
    announce,
    ical,
    timetable,
    calendar,
    supervise,
    schema,
    template,
)
_ESCAPED = (
    ReceptionRulesError,
    ValidationError,
    OSError,
    UnicodeError,
    RecursionError,
    OverflowError,
)
"""What a command may let escape; each becomes one line on stderr and exit 2."""


def version() -> str:
    """The installed version of the package."""
    try:
        return metadata.version("receptionrules")
    except metadata.PackageNotFoundError:  # pragma: no cover - run from a bare checkout
        return "unknown"


def build_parser() -> Parser:
    parser = Parser(
        prog=PROG,
        description="Chinese public-reception (信访接待日) rules on the real working-day calendar.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for module in _COMMANDS:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    command = "receptionrules"
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return EXIT_BAD_INPUT
        command = args.command
        code: int = args.run(args)
        return code
    except CliError as e:  # one line, even when a file name the user typed holds a newline
        sys.stderr.write(f"{PROG}: error: {' '.join(str(e).splitlines())}\n")
        return e.code
    except BrokenPipeError:  # e.g. piped into `head`
        return 0
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except _ESCAPED as e:
        message = " ".join(describe(e).split())
        sys.stderr.write(f"{PROG}: error: {command}: {message}\n")
        return EXIT_BAD_INPUT


def entry() -> None:
    """Console-script entry point."""
    sys.exit(main())
