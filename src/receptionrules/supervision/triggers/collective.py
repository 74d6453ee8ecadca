"""Collective petitions and long-standing matters, one matter at a time (AK-S-2.3).

- an open matter of 5 or more people petitioning together (a collective petition);
- an open matter received more than 180 days ago (a long-standing matter).

The figures are :class:`~.thresholds.SupervisionThresholds`. The third AK-S-2.3
trigger, one petitioner's repeated matters, is a window cluster (:mod:`.clusters`).

Imports :mod:`~receptionrules.supervision.matters`,
:mod:`~receptionrules.supervision.deadlines.status`,
:mod:`~receptionrules.supervision.findings` and :mod:`.thresholds`.
"""

from __future__ import annotations

from datetime import date

from receptionrules.remarks import register_templates
from receptionrules.supervision.deadlines.status import MatterStatus
from receptionrules.supervision.findings import AddFinding, CollectiveFacts, OpenFacts
from receptionrules.supervision.matters import PetitionMatter
from receptionrules.supervision.triggers.thresholds import SupervisionThresholds

__all__ = ["collective_petition", "long_standing"]

register_templates(
    {
        "sup_collective": {
            "en": "{people} people petitioned together (received {received}; {threshold} or more "
            "make a collective petition): supervise its handling (AK-S-2.3), by {method}",
            "zh": "该事项由{people}人共同提出（{received}登记，{threshold}人以上为集体上访），"
            "应督查督办其处理情况（AK-S-2.3），方式：{method_zh}",
        },
        "sup_long_open": {
            "en": "open {days_open} days since {received}, more than {threshold}: a "
            "long-standing matter (AK-S-2.3), by {method}",
            "zh": "自{received}登记以来已{days_open}日未办结，超过{threshold}日，属信访老户问题"
            "（AK-S-2.3），方式：{method_zh}",
        },
    }
)


def collective_petition(
    m: PetitionMatter, thresholds: SupervisionThresholds, add: AddFinding
) -> None:
    """AK-S-2.3: ``collective_min_people`` or more people petitioned together."""
    th = thresholds
    if m.petitioner_count >= th.collective_min_people:
        add(
            "collective",
            CollectiveFacts(m.received_on, m.petitioner_count, th.collective_min_people),
            "sup_collective",
            people=m.petitioner_count,
            received=m.received_on.isoformat(),
            threshold=th.collective_min_people,
        )


def long_standing(
    m: PetitionMatter,
    as_of: date,
    status: MatterStatus,
    thresholds: SupervisionThresholds,
    add: AddFinding,
) -> None:
    """AK-S-2.3: open more than ``long_open_days`` days since it was received."""
    th = thresholds
    days_open = (as_of - m.received_on).days
    if days_open > th.long_open_days:
        add(
            "long_open",
            OpenFacts(m.received_on, days_open, th.long_open_days, status),
            "sup_long_open",
            days_open=days_open,
            received=m.received_on.isoformat(),
            threshold=th.long_open_days,
        )
