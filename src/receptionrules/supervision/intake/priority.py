"""WF-5's five priority classes, and the order they give a reception day (WF-5).

Imports :mod:`.facts`.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from receptionrules.remarks import Remark, register_templates
from receptionrules.supervision.intake.facts import IntakeFacts

__all__ = ["PriorityClass", "prioritise", "priority_class", "priority_remark"]


class PriorityClass(IntEnum):
    """WF-5's five priority classes; a lower number comes first."""

    MANY_AFFECTED = 1
    """(1) matters affecting many people's interests."""
    ESCALATION_RISK = 2
    """(2) likely to cause a collective or level-skipping petition, or an emergency."""
    CROSS_DEPARTMENT = 3
    """(3) spanning several departments, needing a leader to coordinate."""
    IMPORTANT_POLICY = 4
    """(4) important policy matters."""
    LEADERSHIP_DECISION = 5
    """(5) matters that need the leadership's decision."""


def priority_class(facts: IntakeFacts) -> PriorityClass | None:
    """The highest WF-5 class the matter falls in, or None (WF-5).

    >>> priority_class(IntakeFacts(matter_id="x", channel="visit", may_escalate=True,
    ...                            important_policy=True))
    <PriorityClass.ESCALATION_RISK: 2>
    """
    if facts.affects_many:
        return PriorityClass.MANY_AFFECTED
    if facts.may_escalate:
        return PriorityClass.ESCALATION_RISK
    if facts.cross_department:
        return PriorityClass.CROSS_DEPARTMENT
    if facts.important_policy:
        return PriorityClass.IMPORTANT_POLICY
    if facts.needs_leadership_decision:
        return PriorityClass.LEADERSHIP_DECISION
    return None


def prioritise(matters: Iterable[IntakeFacts]) -> tuple[IntakeFacts, ...]:
    """The matters in WF-5 order: class 1 first, unclassed last; ties keep their order."""
    return tuple(sorted(matters, key=lambda f: priority_class(f) or 6))


register_templates(
    {
        "intake_priority": {
            "en": "priority class {number}: {label} (WF-5)",
            "zh": "优先类别（{number}）：{label_zh}（WF-5）",
        },
    }
)

_PRIORITY_LABELS = {
    PriorityClass.MANY_AFFECTED: (
        "matters affecting many people's interests",
        "涉及众多群众利益的问题",
    ),
    PriorityClass.ESCALATION_RISK: (
        "likely to cause a collective or level-skipping petition or an emergency",
        "易引发群体性越级上访和可能酿成突发事件的问题",
    ),
    PriorityClass.CROSS_DEPARTMENT: (
        "spanning several departments, needing a leader to coordinate",
        "涉及多个部门，需要领导协调处理的问题",
    ),
    PriorityClass.IMPORTANT_POLICY: ("important policy matters", "涉及重要方针政策的问题"),
    PriorityClass.LEADERSHIP_DECISION: (
        "needs the leadership's decision",
        "需向领导反映并得到组织解决的问题",
    ),
}


def priority_remark(priority: PriorityClass) -> Remark:
    """The sentence naming ``priority``'s class, e.g. "priority class 2: …" (WF-5)."""
    label, label_zh = _PRIORITY_LABELS[priority]
    return Remark.of("intake_priority", number=int(priority), label=label, label_zh=label_zh)
