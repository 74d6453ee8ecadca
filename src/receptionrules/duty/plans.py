"""What a checked change would do: :class:`ChangePlan`, and the plain :class:`Draft` the
planners return (AK-R-6.1, AK-R-6.3).

A planner (:mod:`.swaps`, :mod:`.fill`, :mod:`.undo`, :mod:`.substitution`) checks a
change in plain values and returns a :class:`Draft`: the violations, the posts that
would change hands as :data:`Step` tuples, whose duty it was, and a description.
``check_change`` keeps only the violations; ``plan_change`` and ``apply_change``,
which hand the moves on, turn the draft into a :class:`ChangePlan` of
:class:`~receptionrules.duty.changes.Move` values (:meth:`Draft.plan`).

>>> draft = Draft((), (("township-duty/2026-05-06", "station_chief", "c1", "c2"),), "c1",
...               "cover of township-duty/2026-05-06 (c1 by c2)")
>>> plan = draft.plan()
>>> plan.valid, [(m.position, m.before, m.after) for m in plan.moves]
(True, [('station_chief', 'c1', 'c2')])
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, TypeAlias

from receptionrules.duty.changes import Move
from receptionrules.duty.violations import Violation

__all__ = ["ChangePlan", "Draft", "Step"]

Step: TypeAlias = tuple[str, str, str | None, str | None]
"""One post of one slot changing hands, as plain values: slot id, post key, the holder
before and after (None: vacant). :meth:`Draft.plan` turns them into ``Move`` values."""


@dataclass(frozen=True, slots=True)
class ChangePlan:
    """What a change would do: its violations (empty when valid), the posts that would
    change hands, and whose duty it was."""

    violations: tuple[Violation, ...]
    moves: tuple[Move, ...]
    on_behalf_of: str
    describe: str

    @property
    def valid(self) -> bool:
        """No violations."""
        return not self.violations


class Draft(NamedTuple):
    """A checked change in plain values, what the planners return: its violations, its
    steps, whose duty it was and a description. :meth:`plan` is the :class:`ChangePlan`.
    (A named tuple: made on every check, it costs less than a frozen dataclass.)"""

    violations: tuple[Violation, ...]
    steps: tuple[Step, ...]
    on_behalf_of: str
    describe: str

    def plan(self) -> ChangePlan:
        """The plan, its steps made :class:`Move` values."""
        moves = tuple(Move(slot_id=s, position=p, before=b, after=a) for s, p, b, a in self.steps)
        return ChangePlan(self.violations, moves, self.on_behalf_of, self.describe)
