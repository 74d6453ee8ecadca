"""Co-receivers: units (and lawyers) notified to receive together at an appointment
reception (AK-R-5.3); a notified unit must send staff (AK-R-6.2).

A slot records who was notified (``Roster.notify``); the audit reports a notified
unit that sent nobody. A lawyer is invited, not obliged, so a lawyer's absence is
no finding.

>>> from datetime import datetime
>>> from receptionrules.timeutil import TZ
>>> n = Notification(party="市住建局", notified_at=datetime(2026, 4, 28, 9, tzinfo=TZ),
...                  matter="拆迁安置")
>>> n.kind, n.obliged
(<CoReceiverKind.UNIT: 'unit'>, True)
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel

from receptionrules.bounds import Id, ShortText
from receptionrules.duty._model import FROZEN, LocalDatetime

__all__ = ["CoReceiverKind", "Notification"]


class CoReceiverKind(StrEnum):
    """Who is asked to receive together with the leader (AK-R-5.3)."""

    UNIT = "unit"
    """有关单位: a county, district or city department concerned; it must send staff (AK-R-6.2)."""
    LAWYER = "lawyer"
    """律师: a lawyer, who may be invited (AK-R-5.3)."""


class Notification(BaseModel):
    """A unit or lawyer notified to receive together at a slot (AK-R-5.3)."""

    model_config = FROZEN

    party: Id
    """The unit's (or lawyer's) name, as the registration record will write it."""
    kind: CoReceiverKind = CoReceiverKind.UNIT
    notified_at: LocalDatetime | None = None
    matter: ShortText = ""
    """The appointment matter that needs it (AK-R-3.2, AK-R-3.3)."""

    @property
    def obliged(self) -> bool:
        """Whether the party must attend: a notified unit must (AK-R-6.2), a lawyer may."""
        return self.kind is CoReceiverKind.UNIT
