"""Appointment exceptions: when a visit outside the regular slot is valid (UN-3.1).

For a major matter, a holiday, or other special circumstances, the regular time
does not bind: a visit time is agreed by telephone (UN-3.1).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from receptionrules.reception import Reception

__all__ = ["AppointmentPolicy", "AppointmentReason", "VisitDecision"]


class AppointmentReason(StrEnum):
    """Why a visit is arranged outside the regular slot (UN-3.1)."""

    MAJOR_MATTER = "major_matter"
    """重大事项: a major matter."""
    HOLIDAY = "holiday"
    """节假日: the regular slot falls on a holiday."""
    SPECIAL_CIRCUMSTANCES = "special_circumstances"
    """其他特殊情况: other special circumstances."""


class AppointmentPolicy(BaseModel):
    """Which reasons allow a visit at an agreed time outside the regular slot (UN-3.1).

    >>> AppointmentPolicy().allows("holiday")
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    reasons: frozenset[AppointmentReason] = Field(default=frozenset(AppointmentReason))
    arranged_by: str = "telephone"
    rule_id: str = "UN-3.1"

    def allows(self, reason: AppointmentReason | str) -> bool:
        """Whether ``reason`` makes an out-of-slot visit valid."""
        return AppointmentReason(reason) in self.reasons


@dataclass(frozen=True, slots=True)
class VisitDecision:
    """Whether a visit at a moment is valid, and why (UN-3.1).

    Attributes:
        valid: the visit may go ahead.
        regular: it falls inside a regular reception (``reception``).
        rule_id: the rule the decision rests on.
        reason: one English sentence saying why.
    """

    at: datetime
    valid: bool
    regular: bool
    rule_id: str
    reason: str
    reception: Reception | None = None
