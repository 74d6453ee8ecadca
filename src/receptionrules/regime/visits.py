"""Whether a visit is valid: in a regular reception, or by appointment (UN-3.1).

A visit inside one of the regime's receptions is regular; outside them it is valid
only for a reason the regime's :class:`~receptionrules.appointments.AppointmentPolicy`
allows. The decision carries a :class:`~receptionrules.remarks.Remark` saying why.
"""

from __future__ import annotations

from datetime import datetime

from receptionrules.appointments import AppointmentReason, VisitDecision, reason_zh
from receptionrules.regime.base import RegimeBase
from receptionrules.regime.searches import moment_in_calendar, reception_on
from receptionrules.remarks import Remark

__all__ = ["check_visit"]


def check_visit(
    regime: RegimeBase, at: datetime, *, reason: AppointmentReason | str | None = None
) -> VisitDecision:
    """Whether a visit to ``regime`` at ``at`` is valid (UN-3.1; see
    :meth:`Regime.check_visit <receptionrules.regime.Regime.check_visit>`)."""
    if not isinstance(at, datetime):
        raise TypeError(f"at={at!r} is a date; check_visit needs a moment")
    moment = moment_in_calendar(regime, at)
    reception = reception_on(regime, moment.date())
    if reception is not None and reception.contains(moment):
        return VisitDecision(
            at=moment,
            valid=True,
            regular=True,
            rule_id=regime.rule_ids[0] if regime.rule_ids else "",
            remark=Remark.of("visit.regular", day=reception.day, hours=reception.hours()),
            reception=reception,
        )
    policy = regime.appointments
    if policy is None:
        return VisitDecision(
            at=moment,
            valid=False,
            regular=False,
            rule_id=regime.rule_ids[0] if regime.rule_ids else "",
            remark=Remark.of("visit.no_exception", regime=regime.name),
        )
    if reason is None:
        allowed = sorted(policy.reasons)
        return VisitDecision(
            at=moment,
            valid=False,
            regular=False,
            rule_id=policy.rule_id,
            remark=Remark.of(
                "visit.reason_needed",
                arranged_by=policy.arranged_by,
                allowed=", ".join(r.value for r in allowed),
                allowed_zh="、".join(reason_zh(r) for r in allowed),
                rule_id=policy.rule_id,
            ),
        )
    parsed = AppointmentReason.parse(reason)
    if parsed not in policy.reasons:
        return VisitDecision(
            at=moment,
            valid=False,
            regular=False,
            rule_id=policy.rule_id,
            remark=Remark.of(
                "visit.reason_refused",
                reason=parsed.value,
                reason_zh=reason_zh(parsed),
                rule_id=policy.rule_id,
            ),
        )
    return VisitDecision(
        at=moment,
        valid=True,
        regular=False,
        rule_id=policy.rule_id,
        remark=Remark.of(
            "visit.agreed",
            reason=parsed.value,
            reason_zh=reason_zh(parsed),
            arranged_by=policy.arranged_by,
            rule_id=policy.rule_id,
        ),
    )
