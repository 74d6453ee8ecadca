"""Errors of the duty roster: bad input names the field; a refused change lists every reason.

All derive from :class:`receptionrules.errors.ReceptionRulesError` and from the
built-in a Python programmer expects (``KeyError`` for an unknown name,
``ValueError`` for a bad value).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from receptionrules.errors import ReceptionRulesError

if TYPE_CHECKING:
    from receptionrules.duty.violations import Violation

__all__ = [
    "ChangeRefusedError",
    "IneligiblePersonError",
    "OutsideRosterError",
    "RosterMismatchError",
    "UnknownChangeError",
    "UnknownPersonError",
    "UnknownPositionError",
    "UnknownSlotError",
]


class _LookupFailure(ReceptionRulesError, KeyError):
    """A name that is not there; ``str()`` is the full message (not KeyError's repr)."""

    def __init__(self, message: str, *, field: str) -> None:
        self.field = field
        self.message = message
        super().__init__(message)

    def __str__(self) -> str:
        return self.message


class UnknownPersonError(_LookupFailure):
    """A person id that is not among the roster's people.

    >>> str(UnknownPersonError("p9", field="counterpart", where="roster township-duty"))
    "counterpart='p9' is not among the people of roster township-duty; ..."
    """

    def __init__(self, person: str, *, field: str, where: str) -> None:
        self.person = person
        super().__init__(
            f"{field}={person!r} is not among the people of {where}; give the id of one of "
            "its people, or add the person first (Roster.with_people)",
            field=field,
        )


class UnknownSlotError(_LookupFailure):
    """A slot id that is not in the roster."""

    def __init__(self, slot_id: str, *, field: str, roster: str) -> None:
        self.slot_id = slot_id
        super().__init__(
            f"{field}={slot_id!r} is not a slot of roster {roster}; slot ids look like "
            f"'{roster}/2026-05-06' (Roster.slot_on(day).id gives the id of a day's slot)",
            field=field,
        )


class UnknownPositionError(_LookupFailure):
    """A position key that the duty composition does not have."""

    def __init__(self, position: str, *, field: str, valid: Sequence[str]) -> None:
        self.position = position
        super().__init__(
            f"{field}={position!r} is not a position of this duty composition; "
            f"valid positions: {', '.join(valid)}",
            field=field,
        )


class UnknownChangeError(_LookupFailure):
    """A change number that is not in the roster's history."""

    def __init__(self, change: int, *, field: str, count: int) -> None:
        self.change = change
        super().__init__(
            f"{field}={change} is not in the roster's history, which holds changes "
            f"0..{count - 1}" + (" (none yet)" if count == 0 else ""),
            field=field,
        )


class OutsideRosterError(ReceptionRulesError, ValueError):
    """A day outside the period a roster (or an audit) covers."""

    def __init__(self, day: date, *, field: str, start: date, end: date, what: str) -> None:
        self.day = day
        self.field = field
        self.start = start
        self.end = end
        super().__init__(
            f"{field}={day.isoformat()} is outside {what}, which covers {start.isoformat()} "
            f"to {end.isoformat()}; choose a day inside it or generate a roster that covers it"
        )


class IneligiblePersonError(ReceptionRulesError, ValueError):
    """A person who holds none of the roles any position of the composition needs."""

    def __init__(self, person: str, *, field: str, roles: Sequence[str], institution: str) -> None:
        self.person = person
        self.field = field
        super().__init__(
            f"{field}: {person!r} holds none of the roles that may be on duty for "
            f"{institution} ({', '.join(roles)}); give the person one of these roles or leave "
            "them out"
        )


class RosterMismatchError(ReceptionRulesError, ValueError):
    """A roster, record or composition that belongs to another institution."""

    def __init__(self, *, field: str, got: str, expected: str) -> None:
        self.field = field
        super().__init__(
            f"{field}={got!r} belongs to another institution than {expected!r}; pass the "
            "roster, records and regime of one institution together"
        )


class ChangeRefusedError(ReceptionRulesError, ValueError):
    """A swap, cover, fill, substitution or undo that breaks a rule; ``violations`` lists why.

    The message has one line per violation: the rule ID and the reason in English.
    Render them in Chinese with ``violation.render("zh")``.
    """

    def __init__(self, violations: Sequence[Violation], *, change: str) -> None:
        self.violations = tuple(violations)
        lines = "\n".join(f"  - {v}" for v in self.violations)
        super().__init__(
            f"{change} refused ({len(self.violations)} reason"
            f"{'s' if len(self.violations) != 1 else ''}):\n{lines}"
        )
