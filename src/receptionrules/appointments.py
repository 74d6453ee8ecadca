"""Appointment exceptions: when a visit outside the regular slot is valid (UN-3.1).

For a major matter, a holiday, or other special circumstances, the regular time
does not bind: a visit time is agreed by telephone (UN-3.1).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from receptionrules.bounds import Id, ShortText
from receptionrules.errors import UnknownValueError
from receptionrules.reception import Reception
from receptionrules.remarks import Explained, Remark, register_templates

__all__ = ["AppointmentPolicy", "AppointmentReason", "VisitDecision"]


class AppointmentReason(StrEnum):
    """Why a visit is arranged outside the regular slot (UN-3.1)."""

    MAJOR_MATTER = "major_matter"
    """重大事项: a major matter."""
    HOLIDAY = "holiday"
    """节假日: the regular slot falls on a holiday."""
    SPECIAL_CIRCUMSTANCES = "special_circumstances"
    """其他特殊情况: other special circumstances."""

    @classmethod
    def parse(cls, value: AppointmentReason | str, parameter: str = "reason") -> AppointmentReason:
        """The reason ``value`` names.

        Raises:
            UnknownValueError: ``value`` is not a reason (a ``ValueError``).
        """
        try:
            return cls(value)
        except ValueError:
            raise UnknownValueError(parameter, value, tuple(r.value for r in cls)) from None


class AppointmentPolicy(BaseModel):
    """Which reasons allow a visit at an agreed time outside the regular slot (UN-3.1).

    >>> AppointmentPolicy().allows("holiday")
    True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    reasons: frozenset[AppointmentReason] = Field(default=frozenset(AppointmentReason))
    arranged_by: ShortText = "telephone"
    rule_id: Id = "UN-3.1"

    def allows(self, reason: AppointmentReason | str) -> bool:
        """Whether ``reason`` makes an out-of-slot visit valid."""
        return AppointmentReason.parse(reason) in self.reasons


register_templates(
    {
        "visit.regular": {
            "en": "inside the regular reception {day} {hours}",
            "zh": "在{day} {hours}的定期接待时间内",
        },
        "visit.no_exception": {
            "en": "outside the regular reception, and {regime} has no appointment exception",
            "zh": "不在定期接待时间内，且{regime}不设预约例外",
        },
        "visit.reason_needed": {
            "en": "outside the regular reception; a time agreed by {arranged_by} is valid only "
            "for: {allowed} ({rule_id})",
            "zh": "不在定期接待时间内；只有{allowed_zh}，才可电话约定接待时间（{rule_id}）",
        },
        "visit.reason_refused": {
            "en": "{reason} is not a reason {rule_id} accepts for a visit outside the regular "
            "reception",
            "zh": "{reason_zh}不属于{rule_id}规定的可在定期接待时间外来访的情形",
        },
        "visit.agreed": {
            "en": "outside the regular reception, valid for {reason} at a time agreed by "
            "{arranged_by} ({rule_id})",
            "zh": "不在定期接待时间内，因{reason_zh}经电话约定时间，有效（{rule_id}）",
        },
    }
)

_REASONS_ZH = {
    AppointmentReason.MAJOR_MATTER: "重大事项",
    AppointmentReason.HOLIDAY: "节假日",
    AppointmentReason.SPECIAL_CIRCUMSTANCES: "其他特殊情况",
}


def reason_zh(reason: AppointmentReason) -> str:
    """The Chinese name of an appointment reason (UN-3.1)."""
    return _REASONS_ZH[reason]


@dataclass(frozen=True, slots=True)
class VisitDecision(Explained):
    """Whether a visit at a moment is valid, and why (UN-3.1).

    Attributes:
        valid: the visit may go ahead.
        regular: it falls inside a regular reception (``reception``).
        rule_id: the rule the decision rests on.
        remark: why, as a structured remark (``reason`` is its English text,
            ``reason_in("zh")`` the Chinese).
    """

    at: datetime
    valid: bool
    regular: bool
    rule_id: str
    remark: Remark
    reception: Reception | None = None
