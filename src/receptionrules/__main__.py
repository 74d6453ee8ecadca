"""``python -m receptionrules``."""

from receptionrules.cli import entry

entry()
